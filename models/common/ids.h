#pragma once

#include <QString>

namespace openmayor {

// Stable row identifiers are UUIDs created by the client (DESIGN.md §4), stored as
// lowercase text without braces.
QString newId();
bool isValidId(const QString& id);

} // namespace openmayor

#pragma once

#include <QString>
#include <QStringList>

namespace openmayor {

// Splits an SQL script into single statements for QSqlQuery, which runs one at a time.
// Understands quoted strings and identifiers, -- and /* */ comments, and the
// BEGIN ... END bodies of CREATE TRIGGER (including CASE ... END inside them).
QStringList splitSqlScript(const QString& script);

} // namespace openmayor

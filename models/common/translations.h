#pragma once

#include <QString>

namespace openmayor {

// Installs the application's and Qt's own translations for `language` ("ko" or "en")
// on the running QCoreApplication, replacing any installed before. Returns false when
// the application's translation could not be loaded (English source text is used then).
bool installTranslations(const QString& language);

} // namespace openmayor

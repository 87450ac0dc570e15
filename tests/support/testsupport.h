#pragma once

#include <QString>
#include <QTemporaryDir>

namespace openmayor::test {

// Folder of golden cases and fixtures (tests/data), from OPENMAYOR_TEST_DATA.
QString dataDir();
QString dataPath(const QString& relative);
// The build tree (to find the executables under test).
QString binaryDir();
QString sourceDir();
// Reads an environment variable that the test command must set; fails loudly otherwise.
QString requiredEnv(const char* name);

} // namespace openmayor::test

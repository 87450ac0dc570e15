#include "testsupport.h"

#include <QDir>
#include <QtTest>

namespace openmayor::test {

QString requiredEnv(const char* name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run the tests through ctest (or the README's test command), "
               "which sets it",
               name);
    return value;
}

QString dataDir()
{
    return requiredEnv("OPENMAYOR_TEST_DATA");
}

QString dataPath(const QString& relative)
{
    return QDir(dataDir()).filePath(relative);
}

QString binaryDir()
{
    return requiredEnv("OPENMAYOR_BINARY_DIR");
}

QString sourceDir()
{
    return requiredEnv("OPENMAYOR_SOURCE_DIR");
}

} // namespace openmayor::test

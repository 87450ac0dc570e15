#include "pledge.h"

#include <QStringList>

namespace openmayor {

QList<int> codeSortKey(const QString& code)
{
    QList<int> key;
    const QStringList parts = code.split(u'-');
    for (const QString& part : parts)
        key << part.toInt();
    return key;
}

bool codeLessThan(const QString& a, const QString& b)
{
    return codeSortKey(a) < codeSortKey(b);
}

} // namespace openmayor

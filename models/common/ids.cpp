#include "ids.h"

#include <QUuid>

namespace openmayor {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValidId(const QString& id)
{
    return id.size() == 36 && !QUuid::fromString(id).isNull();
}

} // namespace openmayor

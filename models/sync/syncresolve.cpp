// TEMP stub on the gui branch only, so the GUI links before the lead's resolve lands.
// The lead's models/sync/syncresolve.cpp replaces this file.
#include "syncconflicts.h"

#include <QCoreApplication>

namespace openmayor {

Status SyncConflicts::resolve(qint64, TakeSide)
{
    return Error(Error::Kind::Generic, QStringLiteral("resolve is not implemented yet"));
}

Status SyncConflicts::resolveFields(qint64, const QMap<QString, TakeSide>&)
{
    return Error(Error::Kind::Generic, QStringLiteral("resolveFields is not implemented yet"));
}

} // namespace openmayor

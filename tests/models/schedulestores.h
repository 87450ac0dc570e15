#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QList>
#include <QTemporaryDir>

namespace openmayor::test {

// Throwaway stores for the iCalendar suites, in one temporary folder: the demo database,
// empty ones, and a hash of the schedule table to prove that nothing changed.
class ScheduleStores
{
public:
    ScheduleStores() = default;
    ~ScheduleStores();
    ScheduleStores(const ScheduleStores&) = delete;
    ScheduleStores& operator=(const ScheduleStores&) = delete;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    Database demo();
    Database empty(const QString& name);

    // Every row and column of schedule_event and the table's sync_outbox entries.
    static QByteArray tableHash(const Database& database);

private:
    QTemporaryDir m_dir;
    QList<Database> m_open;
};

QByteArray readFile(const QString& path);

} // namespace openmayor::test

#include "schedulestores.h"

#include "storage/demodata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace openmayor::test {

ScheduleStores::~ScheduleStores()
{
    for (Database& database : m_open)
        database.close();
}

Database ScheduleStores::empty(const QString& name)
{
    auto database = Database::open(path(name), Database::Mode::CreateIfMissing);
    if (!database)
        qFatal("%s", qPrintable(database.error().fullText()));
    m_open << *database;
    return *database;
}

Database ScheduleStores::demo()
{
    Database database = empty(QStringLiteral("demo.sqlite"));
    if (Status s = DemoData::populate(database, path(QStringLiteral("media"))); !s)
        qFatal("%s", qPrintable(s.error().fullText()));
    return database;
}

QByteArray ScheduleStores::tableHash(const Database& database)
{
    QSqlQuery query(database.connection());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& sql : {QStringLiteral("SELECT * FROM schedule_event ORDER BY id"),
                               QStringLiteral("SELECT * FROM sync_outbox WHERE table_name = "
                                              "'schedule_event' ORDER BY seq")}) {
        if (!query.exec(sql))
            qFatal("cannot hash: %s", qPrintable(sql));
        while (query.next())
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '\x1f'));
    }
    return hash.result().toHex();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace openmayor::test

// The pages are ordered by the table's columns (`t.`), not by the text of the selected
// xid: "100" sorts before "99", and a full page of the longer xids would move the cursor
// past the shorter ones for good.
#include "syncpagereader.h"

#include "portalconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace openmayor {

namespace {
constexpr std::size_t kWaitingPages = 2;

Error readError(const QSqlQuery& query)
{
    return PortalConnection::portalError(
        query.lastError(),
        QCoreApplication::translate("openmayor::SyncEngine", "Reading from the portal failed."));
}
} // namespace

SyncPageReader::SyncPageReader(PortalEndpoint endpoint, QString snapshot, QString horizon,
                               QList<Source> sources, QHash<QString, SyncCursor> cursors)
    : m_endpoint(std::move(endpoint)), m_snapshot(std::move(snapshot)),
      m_horizon(std::move(horizon)), m_sources(std::move(sources)), m_cursors(std::move(cursors)),
      m_thread([this] { run(); })
{}

SyncPageReader::~SyncPageReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

SyncPageReader::Page SyncPageReader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_pages.empty(); });
    Page page = std::move(m_pages.front());
    m_pages.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return page;
}

bool SyncPageReader::push(Page page)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_pages.size() < kWaitingPages; });
    if (m_stopped)
        return false;
    m_pages.push_back(std::move(page));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void SyncPageReader::run()
{
    auto failed = [this](const Error& error) {
        Page page;
        page.error = error;
        push(std::move(page));
    };
    auto opened = PortalConnection::open(m_endpoint);
    if (!opened)
        return failed(opened.error());
    PortalConnection& portal = **opened;
    if (Status s = portal.begin(true); !s)
        return failed(s.error());
    // the snapshot's id comes from the portal itself; quoting is all it needs
    if (Status s = portal.exec(QStringLiteral("SET TRANSACTION SNAPSHOT '%1'")
                                   .arg(QString(m_snapshot).replace(u'\'', QStringLiteral("''"))));
        !s)
        return failed(s.error());

    for (const Source& source : m_sources) {
        SyncCursor cursor = m_cursors.value(source.key);
        const QString select =
            QStringLiteral("SELECT %1, sync_xid::text FROM openmayor.%2 t WHERE sync_xid < "
                           "?::xid8 AND (sync_xid, sync_id) > (?::xid8, ?::uuid) ORDER BY "
                           "t.sync_xid, t.sync_id LIMIT %3")
                .arg(source.columns, source.table)
                .arg(pageRows);
        for (;;) {
            QSqlQuery query(portal.db());
            query.setForwardOnly(true);
            if (!query.prepare(select))
                return failed(readError(query));
            query.addBindValue(m_horizon);
            query.addBindValue(cursor.xid);
            query.addBindValue(cursor.id);
            if (!query.exec())
                return failed(readError(query));
            const int width = query.record().count() - 1; // without the xid
            Page page;
            page.key = source.key;
            while (query.next()) {
                QVariantList row;
                row.reserve(width);
                for (int i = 0; i < width; ++i)
                    row << query.value(i);
                cursor = SyncCursor{query.value(width).toString(), row.constFirst().toString()};
                page.rows << std::move(row);
            }
            page.last = cursor;
            const bool full = page.rows.size() == pageRows;
            if (!push(std::move(page)))
                return;
            if (!full)
                break;
        }
    }
    portal.rollback();
    push(Page());
}

} // namespace openmayor

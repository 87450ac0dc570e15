#include "schedulerepository.h"

#include "common/changenotifier.h"
#include "common/clock.h"
#include "common/ids.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace openmayor {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, title, starts_at, ends_at, all_day, place, category, department, visibility, "
    "status, description, ical_uid, ical_sequence, workflow_state, row_version "
    "FROM schedule_event");

// Stored start/end as comparable 'YYYY-MM-DDTHH:MM' text (all-day rows keep a bare date).
const QString startKey =
    QStringLiteral("(CASE WHEN length(starts_at) = 10 THEN starts_at || 'T00:00' "
                   "ELSE starts_at END)");
const QString endKey =
    QStringLiteral("(CASE WHEN length(ends_at) = 10 THEN ends_at || 'T00:00' ELSE ends_at END)");

QString storedText(const QDateTime& at, bool allDay)
{
    return allDay ? at.date().toString(Qt::ISODate)
                  : at.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

QString boundText(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

QDateTime parseStored(const QString& text)
{
    if (text.size() == 10)
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    return QDateTime::fromString(text.left(16), QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

ScheduleEvent eventFromRow(const QSqlQuery& q)
{
    ScheduleEvent e;
    e.id = q.value(0).toString();
    e.title = q.value(1).toString();
    e.start = parseStored(q.value(2).toString());
    e.end = parseStored(q.value(3).toString());
    e.allDay = q.value(4).toInt() != 0;
    e.place = q.value(5).toString();
    e.category = q.value(6).toString();
    e.department = q.value(7).toString();
    e.visibility = fromKey<Visibility>(q.value(8).toString()).value_or(Visibility::Public);
    e.status = fromKey<EventStatus>(q.value(9).toString()).value_or(EventStatus::Planned);
    e.description = q.value(10).toString();
    e.icalUid = q.value(11).toString();
    e.icalSequence = q.value(12).toInt();
    e.workflow = fromKey<WorkflowState>(q.value(13).toString()).value_or(WorkflowState::Draft);
    e.rowVersion = q.value(14).toInt();
    return e;
}

Result<QList<ScheduleEvent>> queryEvents(QSqlDatabase db, const QString& sql,
                                         const QVariantList& params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    if (Status s = exec(query, params); !s)
        return s.error();
    QList<ScheduleEvent> events;
    while (query.next())
        events << eventFromRow(query);
    return events;
}

Error invalid(const char* text)
{
    return Error(Error::Kind::Invalid,
                 QCoreApplication::translate("openmayor::ScheduleRepository", text));
}

Status validate(const ScheduleEvent& e)
{
    if (e.title.trimmed().isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("openmayor::ScheduleRepository", "An event needs a title."));
    if (!e.start.isValid() || !e.end.isValid())
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleRepository",
                                         "An event needs a start and an end."));
    if (e.end < e.start)
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleRepository",
                                         "An event cannot end before it starts."));
    if (e.allDay && (e.start.time() != QTime(0, 0) || e.end.time() != QTime(0, 0) ||
                     e.end.date() <= e.start.date()))
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleRepository",
                                         "An all-day event runs from one date to a later one."));
    return {};
}

bool sameContent(ScheduleEvent a, ScheduleEvent b)
{
    a.icalSequence = b.icalSequence;
    a.rowVersion = b.rowVersion;
    return a == b;
}

} // namespace

ScheduleRepository::ScheduleRepository(Database database, ChangeNotifier* notifier)
    : m_database(std::move(database)), m_notifier(notifier)
{}

Result<QList<ScheduleEvent>> ScheduleRepository::events(const QDateTime& from,
                                                        const QDateTime& to) const
{
    QString sql = selectColumns + QStringLiteral(" WHERE 1 = 1");
    QVariantList params;
    if (from.isValid()) {
        // an event of zero length at `from` still counts
        sql += QStringLiteral(" AND (") + endKey + QStringLiteral(" > ? OR ") + startKey +
               QStringLiteral(" = ?)");
        params << boundText(from) << boundText(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND ") + startKey + QStringLiteral(" < ?");
        params << boundText(to);
    }
    sql += QStringLiteral(" ORDER BY ") + startKey + QStringLiteral(", title, id");
    return queryEvents(m_database.connection(), sql, params);
}

Result<ScheduleEvent> ScheduleRepository::event(const QString& id) const
{
    auto found =
        queryEvents(m_database.connection(), selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("openmayor::ScheduleRepository",
                                                 "The event no longer exists."),
                     id);
    return found->first();
}

Result<ScheduleEvent> ScheduleRepository::eventByUid(const QString& icalUid) const
{
    auto found = queryEvents(m_database.connection(),
                             selectColumns + QStringLiteral(" WHERE ical_uid = ?"), {icalUid});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("openmayor::ScheduleRepository", "No event has this UID."),
            icalUid);
    return found->first();
}

Result<ScheduleEvent> ScheduleRepository::save(const ScheduleEvent& event)
{
    auto saved = saveAll({event});
    if (!saved)
        return saved.error();
    return saved->first();
}

Result<QList<ScheduleEvent>> ScheduleRepository::saveAll(const QList<ScheduleEvent>& events)
{
    for (const ScheduleEvent& e : events)
        if (Status s = validate(e); !s)
            return s.error();
    QList<ScheduleEvent> stored;
    Status s = m_database.transaction([&](QSqlDatabase& db) -> Status {
        for (ScheduleEvent e : events) {
            if (e.id.isEmpty())
                e.id = newId();
            if (e.icalUid.isEmpty())
                e.icalUid = e.id + QStringLiteral("@openmayor.naju");
            auto existing =
                queryEvents(db, selectColumns + QStringLiteral(" WHERE id = ?"), {e.id});
            if (!existing)
                return existing.error();
            if (!existing->isEmpty()) {
                const ScheduleEvent& old = existing->first();
                e.rowVersion = old.rowVersion; // the portal's token: sync moves it, not us
                e.icalSequence =
                    std::max(e.icalSequence, old.icalSequence) + (sameContent(e, old) ? 0 : 1);
            }
            Status written = exec(
                db,
                QStringLiteral(
                    "INSERT INTO schedule_event (id, title, starts_at, ends_at, all_day, place, "
                    "category, department, visibility, status, description, ical_uid, "
                    "ical_sequence, workflow_state, row_version, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                    "starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
                    "all_day = excluded.all_day, place = excluded.place, "
                    "category = excluded.category, department = excluded.department, "
                    "visibility = excluded.visibility, status = excluded.status, "
                    "description = excluded.description, ical_uid = excluded.ical_uid, "
                    "ical_sequence = excluded.ical_sequence, "
                    "workflow_state = excluded.workflow_state, "
                    "row_version = excluded.row_version, updated_at = excluded.updated_at"),
                {e.id, e.title, storedText(e.start, e.allDay), storedText(e.end, e.allDay),
                 int(e.allDay), e.place, e.category, e.department, toKey(e.visibility),
                 toKey(e.status), e.description, e.icalUid, e.icalSequence, toKey(e.workflow),
                 e.rowVersion, Clock::nowIso()});
            if (!written)
                return written;
            auto reread = queryEvents(db, selectColumns + QStringLiteral(" WHERE id = ?"), {e.id});
            if (!reread)
                return reread.error();
            stored << reread->first();
        }
        return {};
    });
    if (!s)
        return s.error();
    if (m_notifier) {
        QStringList ids;
        for (const ScheduleEvent& e : std::as_const(stored))
            ids << e.id;
        emit m_notifier->contentChanged(ContentType::ScheduleEvent, ids);
    }
    return stored;
}

Status ScheduleRepository::remove(const QString& id)
{
    Status s = m_database.transaction([&](QSqlDatabase& db) {
        return exec(db, QStringLiteral("DELETE FROM schedule_event WHERE id = ?"), {id});
    });
    if (s && m_notifier)
        emit m_notifier->contentChanged(ContentType::ScheduleEvent, {id});
    return s;
}

QStringList ScheduleRepository::overlapping(const QList<ScheduleEvent>& events)
{
    QList<const ScheduleEvent*> active;
    for (const ScheduleEvent& e : events)
        if (e.status != EventStatus::Cancelled)
            active << &e;
    std::sort(active.begin(), active.end(),
              [](const ScheduleEvent* a, const ScheduleEvent* b) { return a->start < b->start; });
    QStringList ids;
    auto flag = [&ids](const ScheduleEvent* e) {
        if (!ids.contains(e->id))
            ids << e->id;
    };
    for (int i = 0; i < active.size(); ++i) {
        for (int j = i + 1; j < active.size() && active[j]->start < active[i]->end; ++j) {
            flag(active[i]);
            flag(active[j]);
        }
    }
    return ids;
}

} // namespace openmayor

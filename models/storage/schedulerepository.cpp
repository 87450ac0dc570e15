#include "schedulerepository.h"

#include "common/changenotifier.h"
#include "common/clock.h"
#include "common/ids.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <tuple>

namespace openmayor {

namespace {

const QString dateTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

// The stored text of a start or end: a date for all-day events, else minutes.
QString storedText(const QDateTime& value, bool allDay)
{
    return allDay ? value.date().toString(Qt::ISODate) : value.toString(dateTimeFormat);
}

QDateTime fromStoredText(const QString& text)
{
    if (text.size() == 10)
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    return QDateTime::fromString(text, dateTimeFormat);
}

// Start and end in one comparable form, whatever all_day says ('YYYY-MM-DDTHH:MM').
const QString startExpr =
    QStringLiteral("(CASE all_day WHEN 1 THEN starts_at || 'T00:00' ELSE starts_at END)");
const QString endExpr =
    QStringLiteral("(CASE all_day WHEN 1 THEN ends_at || 'T00:00' ELSE ends_at END)");

const QString selectColumns = QStringLiteral(
    "SELECT id, title, starts_at, ends_at, all_day, place, category, department, visibility, "
    "status, description, ical_uid, ical_sequence, workflow_state, row_version "
    "FROM schedule_event");

template <typename E> E enumOr(const QVariant& key, E fallback)
{
    return fromKey<E>(key.toString()).value_or(fallback);
}

ScheduleEvent eventFrom(const QSqlQuery& q)
{
    ScheduleEvent e;
    e.id = q.value(0).toString();
    e.title = q.value(1).toString();
    e.start = fromStoredText(q.value(2).toString());
    e.end = fromStoredText(q.value(3).toString());
    e.allDay = q.value(4).toInt() != 0;
    e.place = q.value(5).toString();
    e.category = q.value(6).toString();
    e.department = q.value(7).toString();
    e.visibility = enumOr(q.value(8), Visibility::Public);
    e.status = enumOr(q.value(9), EventStatus::Planned);
    e.description = q.value(10).toString();
    e.icalUid = q.value(11).toString();
    e.icalSequence = q.value(12).toInt();
    e.workflow = enumOr(q.value(13), WorkflowState::Draft);
    e.rowVersion = q.value(14).toInt();
    return e;
}

Result<QList<ScheduleEvent>> queryEvents(QSqlDatabase& db, const QString& where,
                                         const QVariantList& params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, selectColumns + where); !s)
        return s.error();
    if (Status s = exec(query, params); !s)
        return s.error();
    QList<ScheduleEvent> events;
    while (query.next())
        events << eventFrom(query);
    return events;
}

Result<ScheduleEvent> queryOne(QSqlDatabase& db, const QString& where, const QVariantList& params,
                               const QString& missing)
{
    auto found = queryEvents(db, where, params);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Kind::NotFound, missing);
    return found->first();
}

Error invalid(const char* text)
{
    return Error(Error::Kind::Invalid,
                 QCoreApplication::translate("openmayor::ScheduleRepository", text));
}

// The fields a user or an iCalendar file can change (SEQUENCE rises when they do).
auto contentOf(const ScheduleEvent& e)
{
    return std::tie(e.title, e.start, e.end, e.allDay, e.place, e.category, e.department,
                    e.visibility, e.status, e.description);
}

const QString upsertSql = QStringLiteral(
    "INSERT INTO schedule_event (id, title, starts_at, ends_at, all_day, place, "
    "category, department, visibility, status, description, ical_uid, ical_sequence, "
    "workflow_state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET title = excluded.title, starts_at = "
    "excluded.starts_at, ends_at = excluded.ends_at, all_day = excluded.all_day, "
    "place = excluded.place, category = excluded.category, department = "
    "excluded.department, visibility = excluded.visibility, status = excluded.status, "
    "description = excluded.description, ical_uid = excluded.ical_uid, ical_sequence = "
    "excluded.ical_sequence, workflow_state = excluded.workflow_state, updated_at = "
    "excluded.updated_at");

// Writes one event inside the caller's transaction with `upsert` (prepared upsertSql);
// returns it as stored. `changed` tells whether a row was written.
Result<ScheduleEvent> saveInTransaction(QSqlDatabase& db, QSqlQuery& upsert,
                                        const ScheduleEvent& incoming, bool& changed)
{
    changed = false;
    auto normalized = ScheduleRepository::normalized(incoming);
    if (!normalized)
        return normalized.error();
    ScheduleEvent e = *normalized;

    std::optional<ScheduleEvent> stored;
    if (!e.id.isEmpty()) {
        auto existing = queryEvents(db, QStringLiteral(" WHERE id = ?"), {e.id});
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            stored = existing->first();
    }

    if (stored) {
        if (contentOf(*stored) == contentOf(e) && stored->workflow == e.workflow &&
            (e.icalUid.isEmpty() || e.icalUid == stored->icalUid) &&
            e.icalSequence <= stored->icalSequence)
            return *stored; // nothing changes: no write, no new SEQUENCE
        if (e.icalUid.isEmpty())
            e.icalUid = stored->icalUid;
        if (contentOf(*stored) != contentOf(e))
            e.icalSequence = std::max(e.icalSequence, stored->icalSequence + 1);
        else
            e.icalSequence = std::max(e.icalSequence, stored->icalSequence);
        e.rowVersion = stored->rowVersion;
    } else {
        if (e.id.isEmpty())
            e.id = newId();
        e.rowVersion = 0;
    }
    if (e.icalUid.isEmpty())
        e.icalUid = ScheduleRepository::newIcalUid();

    Status s = exec(upsert, {e.id, e.title, storedText(e.start, e.allDay),
                             storedText(e.end, e.allDay), int(e.allDay), e.place, e.category,
                             e.department, toKey(e.visibility), toKey(e.status), e.description,
                             e.icalUid, e.icalSequence, toKey(e.workflow), Clock::nowIso()});
    if (!s) {
        if (s.error().detail.contains(u"UNIQUE") && s.error().detail.contains(u"ical_uid"))
            return Error(Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "openmayor::ScheduleRepository",
                             "Another event already has the iCalendar UID %1; “%2” was not saved.")
                             .arg(e.icalUid, e.title),
                         s.error().detail);
        return s.error();
    }
    changed = true;
    return e;
}

} // namespace

ScheduleRepository::ScheduleRepository(Database database, ChangeNotifier* notifier)
    : m_database(std::move(database)), m_notifier(notifier)
{}

Result<QList<ScheduleEvent>> ScheduleRepository::events(const QDateTime& from,
                                                        const QDateTime& to) const
{
    QStringList conditions;
    QVariantList params;
    if (to.isValid()) {
        conditions << startExpr + QStringLiteral(" < ?");
        params << to.toString(dateTimeFormat);
    }
    if (from.isValid()) {
        // A zero-length event at `from` belongs to the range too.
        conditions << QStringLiteral("(%1 > ? OR (%1 = %2 AND %2 >= ?))").arg(endExpr, startExpr);
        params << from.toString(dateTimeFormat) << from.toString(dateTimeFormat);
    }
    const QString where =
        conditions.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlDatabase db = m_database.connection();
    return queryEvents(
        db, where + QStringLiteral(" ORDER BY ") + startExpr + QStringLiteral(", title, id"),
        params);
}

Result<ScheduleEvent> ScheduleRepository::event(const QString& id) const
{
    QSqlDatabase db = m_database.connection();
    return queryOne(db, QStringLiteral(" WHERE id = ?"), {id},
                    QCoreApplication::translate("openmayor::ScheduleRepository",
                                                "There is no schedule event with the id %1.")
                        .arg(id));
}

Result<ScheduleEvent> ScheduleRepository::eventByUid(const QString& icalUid) const
{
    QSqlDatabase db = m_database.connection();
    return queryOne(db, QStringLiteral(" WHERE ical_uid = ?"), {icalUid},
                    QCoreApplication::translate("openmayor::ScheduleRepository",
                                                "There is no schedule event with the UID %1.")
                        .arg(icalUid));
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
    QList<ScheduleEvent> stored;
    QStringList changedIds;
    Status s = m_database.transaction([&](QSqlDatabase& db) -> Status {
        QSqlQuery upsert(db); // prepared once for the whole batch
        if (Status prepared = prepare(upsert, upsertSql); !prepared)
            return prepared;
        for (const ScheduleEvent& event : events) {
            bool changed = false;
            auto saved = saveInTransaction(db, upsert, event, changed);
            if (!saved)
                return saved.error();
            if (changed)
                changedIds << saved->id;
            stored << *saved;
        }
        return {};
    });
    if (!s)
        return s.error();
    if (m_notifier && !changedIds.isEmpty())
        emit m_notifier->contentChanged(ContentType::ScheduleEvent, changedIds);
    return stored;
}

Status ScheduleRepository::remove(const QString& id)
{
    QSqlDatabase db = m_database.connection();
    auto removed =
        queryInt(db, QStringLiteral("SELECT count(*) FROM schedule_event WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("openmayor::ScheduleRepository",
                                                 "There is no schedule event with the id %1.")
                         .arg(id));
    Status s = m_database.transaction([&](QSqlDatabase& tx) {
        return exec(tx, QStringLiteral("DELETE FROM schedule_event WHERE id = ?"), {id});
    });
    if (s && m_notifier)
        emit m_notifier->contentChanged(ContentType::ScheduleEvent, {id});
    return s;
}

QStringList ScheduleRepository::overlapping(const QList<ScheduleEvent>& events)
{
    QList<const ScheduleEvent*> active;
    for (const ScheduleEvent& e : events)
        if (e.status != EventStatus::Cancelled && !e.allDay && e.start.isValid() && e.end.isValid())
            active << &e;
    std::sort(active.begin(), active.end(),
              [](const ScheduleEvent* a, const ScheduleEvent* b) { return a->start < b->start; });
    QStringList ids;
    auto mark = [&ids](const ScheduleEvent* e) {
        if (!ids.contains(e->id))
            ids << e->id;
    };
    // Sweep by start: each event overlaps the later ones that start before it ends, and
    // those that start at the same moment (even when both are zero-length).
    for (qsizetype i = 0; i < active.size(); ++i) {
        const ScheduleEvent* a = active.at(i);
        for (qsizetype j = i + 1; j < active.size(); ++j) {
            const ScheduleEvent* b = active.at(j);
            if (b->start != a->start && b->start >= a->end)
                break;
            mark(a);
            mark(b);
        }
    }
    return ids;
}

Result<ScheduleEvent> ScheduleRepository::normalized(const ScheduleEvent& event)
{
    ScheduleEvent e = event;
    if (!e.id.isEmpty() && !isValidId(e.id))
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleRepository",
                                         "A schedule event's id must be a UUID."));
    e.title = e.title.trimmed();
    if (e.title.isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("openmayor::ScheduleRepository", "A schedule event needs a title."));
    if (!e.start.isValid() || !e.end.isValid())
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleRepository",
                                         "A schedule event needs a valid start and end."));
    if (e.allDay) {
        e.start = QDateTime(e.start.date(), QTime(0, 0));
        e.end = QDateTime(e.end.date(), QTime(0, 0));
        if (e.end <= e.start)
            return invalid(QT_TRANSLATE_NOOP(
                "openmayor::ScheduleRepository",
                "An all-day event ends on a later day than it starts (the end is exclusive)."));
    } else {
        // Minutes are the store's precision.
        e.start = QDateTime(e.start.date(), QTime(e.start.time().hour(), e.start.time().minute()));
        e.end = QDateTime(e.end.date(), QTime(e.end.time().hour(), e.end.time().minute()));
        if (e.end < e.start)
            return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleRepository",
                                             "A schedule event cannot end before it starts."));
    }
    if (e.start.date().year() < 1900 || e.end.date().year() > 9999)
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleRepository",
                                         "A schedule event lies outside the years 1900 to 9999."));
    if (e.icalSequence < 0)
        e.icalSequence = 0;
    return e;
}

QString ScheduleRepository::newIcalUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) +
           QStringLiteral("@openmayor.naju.go.kr");
}

} // namespace openmayor

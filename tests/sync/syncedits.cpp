#include "syncedits.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace openmayor::test {

using namespace Qt::StringLiterals;

namespace {

struct EditableTable
{
    QString name;
    int weight;
    QStringList textColumns;
    QStringList numberColumns;
    QStringList nullableColumns; // text that may be NULL (NULL, '' and text all differ)
    bool deletable;
};

// Content a user edits often; pledges have a single row in the demo, so they conflict most.
const QList<EditableTable> kTables{
    {u"pledge"_s,
     15,
     {u"title"_s, u"policy_goal"_s},
     {u"required_budget"_s, u"budget_prior"_s},
     {u"basis_date"_s},
     false},
    {u"press_release"_s,
     30,
     {u"title"_s, u"subtitle"_s, u"body_html"_s},
     {},
     {u"distributed_at"_s, u"embargo_until"_s},
     true},
    {u"schedule_event"_s,
     35,
     {u"title"_s, u"place"_s, u"description"_s},
     {},
     {u"publish_at"_s},
     true},
    {u"speech"_s, 20, {u"title"_s, u"place"_s}, {}, {u"publish_at"_s}, true},
    // Deleting an activity takes its photos with it (ON DELETE CASCADE) while other sides
    // may be adding photos to it.
    {u"activity"_s, 12, {u"title"_s, u"place"_s}, {}, {u"publish_at"_s}, true},
};

// Appended to some tokens: quotes, SQL, escapes, control characters (not NUL), a surrogate
// pair, placeholders, invisible and trailing white space must all round-trip unchanged.
const QStringList kHostileSuffixes{
    u" '; DROP TABLE openmayor.pledge; --"_s,
    u" \"quoted\" \\back\\slash"_s,
    u" tab\tCR\rLF\nend"_s,
    u" \U0001F642 emoji"_s,
    u" \u0001\u001f control"_s,
    u" ? $1 %s %n :name"_s,
    u" zero\u200bwidth  "_s,
    u" <script>alert(1)</script> &amp;"_s,
};
constexpr int kMinRowsBeforeDelete = 5;

QString key(const QString& table, const QString& rowId)
{
    return table + u'/' + rowId;
}

QString textOf(const QString& value)
{
    return value.startsWith(u"s:"_s) ? value.mid(2) : value;
}

} // namespace

QString Write::describe() const
{
    static const char* const names[] = {"insert", "update", "delete"};
    QStringList fields;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        fields << it.key() + u'=' + it.value().left(40);
    return u"#%1 %2 %3 %4 %5 {%6}%7"_s.arg(seq).arg(
        actor, QString::fromLatin1(names[int(op)]), table, rowId, fields.join(u", "_s),
        acknowledged ? QString() : u" (never acknowledged)"_s);
}

// ---------------------------------------------------------------- WriteLog

const Write& WriteLog::record(Write write)
{
    write.seq = m_nextSeq++;
    write.acknowledged = write.actor == u"pg";
    m_writes.append(std::move(write));
    return m_writes.last();
}

void WriteLog::acknowledge(const QString& actor, qint64 seqAtStart)
{
    for (Write& write : m_writes)
        if (write.actor == actor && write.seq <= seqAtStart)
            write.acknowledged = true;
}

qint64 WriteLog::acknowledgedCount() const
{
    return std::count_if(m_writes.cbegin(), m_writes.cend(),
                         [](const Write& w) { return w.acknowledged; });
}

int WriteLog::excuseConflicts(const QJsonArray& conflicts, const QString& actor)
{
    for (const QJsonValue& value : conflicts) {
        const QJsonObject conflict = value.toObject();
        const QString table = conflict.value(u"table"_s).toString();
        const QString rowId = conflict.value(u"row_id"_s).toString();
        QString& why = m_excused[key(table, rowId)];
        if (!why.isEmpty())
            why += u"; "_s;
        why +=
            u"%1 at %2 after #%3"_s.arg(conflict.value(u"kind"_s).toString(), actor).arg(lastSeq());
    }
    return int(conflicts.size());
}

bool WriteLog::isExcused(const QString& table, const QString& rowId) const
{
    return m_excused.contains(key(table, rowId));
}

QStringList WriteLog::violations(const StoreContent& final, const StoreContent& initial) const
{
    QMap<QString, QList<const Write*>> byRow; // in sequence order
    for (const Write& write : m_writes)
        byRow[key(write.table, write.rowId)].append(&write);

    QSet<QString> deletedRows;
    for (const Write& write : m_writes)
        if (write.op == Write::Op::Delete)
            deletedRows.insert(key(write.table, write.rowId));

    QStringList found;
    for (auto it = byRow.cbegin(); it != byRow.cend(); ++it) {
        const QList<const Write*>& writes = it.value();
        const QString table = writes.first()->table;
        const QString rowId = writes.first()->rowId;
        const bool excused = isExcused(table, rowId);
        const TableContent& now = final.value(table);
        const TableContent& before = initial.value(table);
        const bool present = now.rows.contains(rowId);
        const Write* lastDelete = nullptr;
        for (const Write* write : writes)
            if (write->op == Write::Op::Delete)
                lastDelete = write;
        const Write* last = writes.last();
        const QString history = [&writes] {
            QStringList lines;
            for (const Write* write : writes)
                lines << u"    "_s + write->describe();
            return lines.join(u'\n');
        }();

        // A row whose parent was deleted (ON DELETE CASCADE) is deleted with it.
        const QString parent = writes.first()->parent;
        const bool parentDeleted = !parent.isEmpty() && deletedRows.contains(parent);
        if (!present) {
            if (!excused && !parentDeleted && (!lastDelete || last->op != Write::Op::Delete))
                found << u"%1 %2 is gone, but its last write is not a delete and no conflict "
                         u"names it:\n%3"_s.arg(table, rowId, history);
            continue;
        }
        if (lastDelete && !excused) {
            found << u"%1 %2 is present, but %3 deleted it and no conflict names it:\n%4"_s.arg(
                table, rowId, lastDelete->describe(), history);
            continue;
        }
        // Field by field: the last write wins unless a conflict resolution chose another
        // side; then the value must still be one that someone wrote (or the initial one).
        QMap<QString, QString> lastValue;
        QMap<QString, QSet<QString>> allowed;
        for (const Write* write : writes)
            for (auto field = write->values.cbegin(); field != write->values.cend(); ++field) {
                lastValue[field.key()] = field.value();
                allowed[field.key()].insert(field.value());
            }
        for (auto field = lastValue.cbegin(); field != lastValue.cend(); ++field) {
            const QString value = now.value(rowId, field.key());
            if (!excused && value != field.value())
                found << u"%1 %2 %3 is \"%4\", but the last write was \"%5\":\n%6"_s.arg(
                    table, rowId, field.key(), textOf(value).left(60),
                    textOf(field.value()).left(60), history);
            else if (excused && !allowed[field.key()].contains(value) &&
                     value != before.value(rowId, field.key()))
                found << u"%1 %2 %3 is \"%4\", a value nobody wrote (conflict: %5):\n%6"_s.arg(
                    table, rowId, field.key(), textOf(value).left(60),
                    m_excused.value(key(table, rowId)), history);
        }
    }
    return found;
}

// ---------------------------------------------------------------- EditMaker

QString EditMaker::token(const QString& actor)
{
    const QString plain = u"%1-e%2 편집"_s.arg(actor).arg(++m_counters[actor]);
    if (m_random->bounded(3) != 0)
        return plain;
    return plain + kHostileSuffixes.at(int(m_random->bounded(quint32(kHostileSuffixes.size()))));
}

QString EditMaker::pick(const QStringList& ids)
{
    return ids.at(int(m_random->bounded(quint32(ids.size()))));
}

EditMaker::Plan EditMaker::plan(const QString& actor)
{
    int total = 0;
    for (const EditableTable& table : kTables)
        total += table.weight;
    int roll = int(m_random->bounded(total));
    const EditableTable* table = &kTables.first();
    for (const EditableTable& candidate : kTables) {
        if (roll < candidate.weight) {
            table = &candidate;
            break;
        }
        roll -= candidate.weight;
    }

    Plan p;
    p.table = table->name;
    const int kindRoll = int(m_random->bounded(100));
    if (kindRoll < 10 && table->deletable) {
        p.kind = Kind::Delete;
    } else if (kindRoll < 40 && p.table == u"activity") {
        p.kind = Kind::InsertPhoto;
        p.table = u"activity_photo"_s;
        p.values = {{u"position"_s, int(m_random->bounded(100))},
                    {u"caption"_s, token(actor)},
                    {u"alt_text"_s, u""_s}};
    } else if (kindRoll < 30 && !table->numberColumns.isEmpty()) {
        p.kind = Kind::UpdateNumber;
        const QString column =
            table->numberColumns.at(int(m_random->bounded(quint32(table->numberColumns.size()))));
        // Full double precision; compared to 15 significant digits.
        p.values.insert(column, m_random->generateDouble() * 1e6);
    } else if (kindRoll < 35 || (kindRoll < 45 && p.table == u"schedule_event")) {
        p.kind = Kind::InsertEvent;
        p.table = u"schedule_event"_s;
        const QDateTime start(
            QDate(2026, 1 + int(m_random->bounded(12)), 1 + int(m_random->bounded(28))),
            QTime(int(8 + m_random->bounded(10)), 0));
        const QString format = u"yyyy-MM-ddTHH:mm"_s;
        const QString title = token(actor);
        p.values = {{u"title"_s, title},
                    {u"starts_at"_s, start.toString(format)},
                    {u"ends_at"_s, start.addSecs(3600).toString(format)},
                    {u"all_day"_s, 0},
                    {u"place"_s, QString(u"시청 "_s + title)},
                    {u"category"_s, u"행사"_s},
                    {u"visibility"_s, m_random->bounded(2) ? u"public"_s : u"internal"_s},
                    {u"status"_s, u"planned"_s},
                    {u"description"_s, u""_s}, // empty, not NULL
                    {u"ical_uid"_s, QVariant(QMetaType::fromType<QString>())},
                    {u"ical_sequence"_s, 0},
                    {u"workflow_state"_s, u"draft"_s},
                    {u"publish_at"_s, QVariant(QMetaType::fromType<QString>())},
                    {u"department"_s, u"비서실"_s},
                    {u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    } else if (kindRoll < 55 && !table->nullableColumns.isEmpty()) {
        p.kind = Kind::UpdateText;
        const QString column = table->nullableColumns.at(
            int(m_random->bounded(quint32(table->nullableColumns.size()))));
        const int choice = int(m_random->bounded(3));
        p.values.insert(column, choice == 0   ? QVariant(QMetaType::fromType<QString>())
                                : choice == 1 ? QVariant(u""_s)
                                              : QVariant(token(actor)));
    } else {
        p.kind = Kind::UpdateText;
        QStringList columns = table->textColumns;
        const int count = 1 + int(m_random->bounded(qMin(2, int(columns.size()))));
        for (int i = 0; i < count; ++i) {
            const QString column = columns.takeAt(int(m_random->bounded(quint32(columns.size()))));
            const QString text = token(actor);
            p.values.insert(column, column == u"body_html" ? u"<p>"_s + text + u"</p>"_s : text);
        }
    }
    return p;
}

namespace {

Write writeOf(const QString& actor, Write::Op op, const QString& table, const QString& rowId,
              const QMap<QString, QVariant>& values)
{
    Write write;
    write.actor = actor;
    write.op = op;
    write.table = table;
    write.rowId = rowId;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool numeric =
            it.value().typeId() == QMetaType::Int || it.value().typeId() == QMetaType::Double;
        write.values.insert(it.key(), canonicalValue(it.value(), numeric));
    }
    return write;
}

QString assignments(const QMap<QString, QVariant>& values)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << u"\"%1\" = ?"_s.arg(it.key());
    return parts.join(u", "_s);
}

// "NOT (a IS ? AND b IS ?)": an update that would change nothing is not made (a no-op write
// is no edit: nothing to sync, nothing to conflict with a delete). `same` is SQLite's IS or
// PostgreSQL's IS NOT DISTINCT FROM.
QString changesSomething(const QMap<QString, QVariant>& values, const QString& same)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << u"\"%1\" %2 ?"_s.arg(it.key(), same);
    return u"NOT ("_s + parts.join(u" AND "_s) + u')';
}

QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

QString columnNames(const QMap<QString, QVariant>& values)
{
    QStringList names;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        names << u'"' + it.key() + u'"';
    return names.join(u", "_s);
}

} // namespace

Result<bool> EditMaker::localEdit(const LocalStore& store, const QString& actor)
{
    const Plan p = plan(actor);
    if (p.kind == Kind::InsertEvent || p.kind == Kind::InsertPhoto) {
        QMap<QString, QVariant> values = p.values;
        QString parent;
        if (p.kind == Kind::InsertPhoto) {
            const Result<QStringList> activities =
                store.column(u"SELECT id FROM activity ORDER BY id"_s);
            const Result<QStringList> media = store.column(u"SELECT id FROM media ORDER BY id"_s);
            if (!activities || !media)
                return (activities ? media.error() : activities.error());
            if (activities->isEmpty() || media->isEmpty())
                return false;
            parent = pick(*activities);
            values.insert(u"activity_id"_s, parent);
            values.insert(u"media_id"_s, pick(*media));
        }
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Result<int> inserted =
            store.exec(u"INSERT INTO \"%1\" (id, %2) VALUES (?, %3)"_s.arg(
                           p.table, columnNames(values), placeholders(values.size())),
                       QVariantList{id} + values.values());
        if (!inserted)
            return inserted.error();
        Write write = writeOf(actor, Write::Op::Insert, p.table, id, values);
        if (!parent.isEmpty())
            write.parent = u"activity/"_s + parent;
        m_log->record(std::move(write));
        return true;
    }
    const Result<QStringList> ids =
        store.column(u"SELECT id FROM \"%1\" ORDER BY id"_s.arg(p.table));
    if (!ids)
        return ids.error();
    if (ids->isEmpty() || (p.kind == Kind::Delete && ids->size() < kMinRowsBeforeDelete))
        return false;
    const QString id = pick(*ids);
    const bool deleting = p.kind == Kind::Delete;
    const Result<int> changed =
        deleting
            ? store.exec(u"DELETE FROM \"%1\" WHERE id = ?"_s.arg(p.table), {id})
            : store.exec(u"UPDATE \"%1\" SET %2 WHERE id = ? AND %3"_s.arg(
                             p.table, assignments(p.values), changesSomething(p.values, u"IS"_s)),
                         p.values.values() + QVariantList{id} + p.values.values());
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return false; // deleted by a pull meanwhile, or it would change nothing
    m_log->record(
        writeOf(actor, deleting ? Write::Op::Delete : Write::Op::Update, p.table, id, p.values));
    return true;
}

Result<bool> EditMaker::portalEdit(const PortalDatabase& portal, const QString& actor)
{
    const Result<std::optional<Write>> made = makePortalEdit(portal.connection(), actor);
    if (!made)
        return made.error();
    if (!made->has_value())
        return false;
    m_log->record(std::move(**made));
    return true;
}

Result<std::optional<Write>> EditMaker::makePortalEdit(QSqlDatabase db, const QString& actor)
{
    const Plan p = plan(actor);
    QSqlQuery query(db);
    const auto run = [&query](const QString& sql, const QVariantList& bindings) -> Status {
        if (!query.prepare(sql))
            return Error(Error::Kind::Database, sql, query.lastError().text());
        for (const QVariant& value : bindings)
            query.addBindValue(value);
        if (!query.exec())
            return Error(query.lastError().nativeErrorCode() == u"55P03"
                             ? Error::Kind::Generic // lock_timeout: someone holds the row
                             : Error::Kind::Database,
                         sql, query.lastError().text());
        return {};
    };
    if (p.kind == Kind::InsertEvent || p.kind == Kind::InsertPhoto) {
        QMap<QString, QVariant> values = p.values;
        QString parent;
        if (p.kind == Kind::InsertPhoto) {
            QStringList found[2];
            const QString tables[2] = {u"activity"_s, u"media"_s};
            for (int i = 0; i < 2; ++i) {
                if (Status s = run(
                        u"SELECT sync_id::text FROM openmayor.%1 ORDER BY 1"_s.arg(tables[i]), {});
                    !s)
                    return s.error();
                while (query.next())
                    found[i] << query.value(0).toString();
                if (found[i].isEmpty())
                    return std::optional<Write>();
            }
            parent = pick(found[0]);
            values.insert(u"activity_id"_s, parent);
            values.insert(u"media_id"_s, pick(found[1]));
        }
        if (Status s = run(u"INSERT INTO openmayor.\"%1\" (sync_id, %2) VALUES "
                           u"(gen_random_uuid(), %3) RETURNING sync_id::text"_s.arg(
                               p.table, columnNames(values), placeholders(values.size())),
                           values.values());
            !s)
            return s.error();
        if (!query.next())
            return Error(Error::Kind::Database, u"INSERT … RETURNING gave no row"_s);
        Write write = writeOf(actor, Write::Op::Insert, p.table, query.value(0).toString(), values);
        if (!parent.isEmpty())
            write.parent = u"activity/"_s + parent;
        return std::optional<Write>(std::move(write));
    }
    if (Status s = run(u"SELECT sync_id::text FROM openmayor.\"%1\" ORDER BY 1"_s.arg(p.table), {});
        !s)
        return s.error();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    if (ids.isEmpty() || (p.kind == Kind::Delete && ids.size() < kMinRowsBeforeDelete))
        return std::optional<Write>();
    const QString id = pick(ids);
    const bool deleting = p.kind == Kind::Delete;
    const Status changed =
        deleting ? run(u"DELETE FROM openmayor.\"%1\" WHERE sync_id = ?::uuid"_s.arg(p.table), {id})
                 : run(u"UPDATE openmayor.\"%1\" SET %2 WHERE sync_id = ?::uuid AND %3"_s.arg(
                           p.table, assignments(p.values),
                           changesSomething(p.values, u"IS NOT DISTINCT FROM"_s)),
                       p.values.values() + QVariantList{id} + p.values.values());
    if (!changed && changed.error().kind == Error::Kind::Generic)
        return std::optional<Write>(); // the row is locked by a transaction held open
    if (!changed)
        return changed.error();
    if (query.numRowsAffected() == 0)
        return std::optional<Write>();
    return std::optional<Write>(
        writeOf(actor, deleting ? Write::Op::Delete : Write::Op::Update, p.table, id, p.values));
}

} // namespace openmayor::test

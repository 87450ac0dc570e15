// The SQL of each content type: one row per item plus its ordered parts (press
// attachments, activity photos). Columns are those of resources/migrations/0001_initial.sql.
#include "common/ids.h"
#include "contentitemrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace openmayor::contentrows {

namespace {

using Columns = QList<QPair<QString, QVariant>>;

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

// INSERT … ON CONFLICT(id) DO UPDATE of `columns`. `insertOnly` columns are written for a
// new row only (the workflow state of a re-inserted item). With `onlyWhenChanged`, an
// existing row whose columns are all equal is left alone (no sync outbox entry).
Status upsert(QSqlDatabase& db, const QString& table, const QString& id, const Columns& columns,
              const Columns& insertOnly, bool onlyWhenChanged)
{
    QStringList names{QStringLiteral("id")};
    QVariantList values{id};
    QStringList updates;
    QStringList changed;
    for (const auto& [name, value] : columns) {
        names << name;
        values << value;
        updates << name + QStringLiteral(" = excluded.") + name;
        if (name != u"updated_at" && name != u"updated_by")
            changed << table + u'.' + name + QStringLiteral(" IS NOT excluded.") + name;
    }
    for (const auto& [name, value] : insertOnly) {
        names << name;
        values << value;
    }
    QStringList marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                  names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                  marks.join(QStringLiteral(", ")) +
                  QStringLiteral(") ON CONFLICT(id) DO UPDATE SET ") +
                  updates.join(QStringLiteral(", "));
    if (onlyWhenChanged)
        sql += QStringLiteral(" WHERE ") + changed.join(QStringLiteral(" OR "));
    return exec(db, sql, values);
}

// Deletes the rows of `table` whose `parentColumn` is `parentId` and whose id is not kept.
Status deleteOthers(QSqlDatabase& db, const QString& table, const QString& parentColumn,
                    const QString& parentId, const QStringList& keep)
{
    QSqlQuery query(db);
    if (Status s =
            prepare(query, QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ") +
                               parentColumn + QStringLiteral(" = ?"));
        !s)
        return s;
    if (Status s = exec(query, {parentId}); !s)
        return s;
    QStringList gone;
    while (query.next())
        if (!keep.contains(query.value(0).toString()))
            gone << query.value(0).toString();
    for (const QString& id : gone)
        if (Status s = exec(
                db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
            !s)
            return s;
    return {};
}

Result<QSqlQuery> selectOne(QSqlDatabase& db, const QString& sql, const QString& id)
{
    QSqlQuery query(db);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    if (Status s = exec(query, {id}); !s)
        return s.error();
    if (!query.next())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("openmayor::ContentItemRepository",
                                                 "The item no longer exists; it may have been "
                                                 "deleted."),
                     id);
    return query;
}

const QString metaColumns =
    QStringLiteral("workflow_state, publish_at, department, updated_at, updated_by, row_version");

// Reads the six meta columns starting at `first`.
ContentMeta readMeta(const QSqlQuery& q, const QString& id, int first)
{
    ContentMeta meta;
    meta.id = id;
    meta.workflow =
        fromKey<WorkflowState>(q.value(first).toString()).value_or(WorkflowState::Draft);
    meta.publishAt = q.value(first + 1).toString();
    meta.department = q.value(first + 2).toString();
    meta.updatedAt = q.value(first + 3).toString();
    meta.updatedBy = q.value(first + 4).toString();
    meta.rowVersion = q.value(first + 5).toInt();
    return meta;
}

Result<ContentItem> loadPressRelease(QSqlDatabase& db, const QString& id)
{
    auto q = selectOne(db,
                       QStringLiteral("SELECT release_no, title, subtitle, manager, manager_phone, "
                                      "officer, officer_phone, distributed_at, embargo_until, "
                                      "body_html, ") +
                           metaColumns + QStringLiteral(" FROM press_release WHERE id = ?"),
                       id);
    if (!q)
        return q.error();
    PressRelease r;
    r.releaseNo = q->value(0).toString();
    r.title = q->value(1).toString();
    r.subtitle = q->value(2).toString();
    r.manager = q->value(3).toString();
    r.managerPhone = q->value(4).toString();
    r.officer = q->value(5).toString();
    r.officerPhone = q->value(6).toString();
    r.distributedAt = fromStoredDateTime(q->value(7).toString());
    r.embargoUntil = fromStoredDateTime(q->value(8).toString());
    r.bodyHtml = q->value(9).toString();
    r.meta = readMeta(*q, id, 10);

    QSqlQuery parts(db);
    if (Status s = prepare(
            parts, QStringLiteral("SELECT a.id, a.media_id, a.kind, a.caption, a.alt_text, "
                                  "m.file_name, m.size_bytes FROM press_attachment a "
                                  "JOIN media m ON m.id = a.media_id "
                                  "WHERE a.press_release_id = ? ORDER BY a.position, a.id"));
        !s)
        return s.error();
    if (Status s = exec(parts, {id}); !s)
        return s.error();
    while (parts.next())
        r.attachments << PressAttachment{parts.value(0).toString(),  parts.value(1).toString(),
                                         parts.value(2).toString(),  parts.value(3).toString(),
                                         parts.value(4).toString(),  parts.value(5).toString(),
                                         parts.value(6).toLongLong()};
    return ContentItem(r);
}

Result<ContentItem> loadSpeech(QSqlDatabase& db, const QString& id)
{
    auto q =
        selectOne(db,
                  QStringLiteral("SELECT title, event_name, place, delivered_on, body_html, ") +
                      metaColumns + QStringLiteral(" FROM speech WHERE id = ?"),
                  id);
    if (!q)
        return q.error();
    Speech s;
    s.title = q->value(0).toString();
    s.eventName = q->value(1).toString();
    s.place = q->value(2).toString();
    s.deliveredOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
    s.bodyHtml = q->value(4).toString();
    s.meta = readMeta(*q, id, 5);
    return ContentItem(s);
}

Result<ContentItem> loadActivity(QSqlDatabase& db, const QString& id)
{
    auto q = selectOne(db,
                       QStringLiteral("SELECT title, activity_date, place, body_html, ") +
                           metaColumns + QStringLiteral(" FROM activity WHERE id = ?"),
                       id);
    if (!q)
        return q.error();
    Activity a;
    a.title = q->value(0).toString();
    a.date = QDate::fromString(q->value(1).toString(), Qt::ISODate);
    a.place = q->value(2).toString();
    a.bodyHtml = q->value(3).toString();
    a.meta = readMeta(*q, id, 4);

    QSqlQuery parts(db);
    if (Status s = prepare(
            parts, QStringLiteral("SELECT p.id, p.media_id, p.caption, p.alt_text, m.licence, "
                                  "m.file_name, m.sha256 FROM activity_photo p "
                                  "JOIN media m ON m.id = p.media_id "
                                  "WHERE p.activity_id = ? ORDER BY p.position, p.id"));
        !s)
        return s.error();
    if (Status s = exec(parts, {id}); !s)
        return s.error();
    while (parts.next())
        a.photos << ActivityPhoto{parts.value(0).toString(), parts.value(1).toString(),
                                  parts.value(2).toString(), parts.value(3).toString(),
                                  parts.value(4).toString(), parts.value(5).toString(),
                                  parts.value(6).toString()};
    return ContentItem(a);
}

Result<ContentItem> loadPage(QSqlDatabase& db, const QString& id)
{
    auto q = selectOne(db,
                       QStringLiteral("SELECT slug, title, body_html, photo_media_id, ") +
                           metaColumns + QStringLiteral(" FROM page WHERE id = ?"),
                       id);
    if (!q)
        return q.error();
    Page p;
    p.slug = q->value(0).toString();
    p.title = q->value(1).toString();
    p.bodyHtml = q->value(2).toString();
    p.photoMediaId = q->value(3).toString();
    p.meta = readMeta(*q, id, 4);
    return ContentItem(p);
}

Result<ContentItem> loadSnsLink(QSqlDatabase& db, const QString& id)
{
    auto q = selectOne(db,
                       QStringLiteral("SELECT platform, url, label, position, ") + metaColumns +
                           QStringLiteral(" FROM sns_link WHERE id = ?"),
                       id);
    if (!q)
        return q.error();
    SnsLink l;
    l.platform = fromKey<SnsPlatform>(q->value(0).toString()).value_or(SnsPlatform::Other);
    l.url = q->value(1).toString();
    l.label = q->value(2).toString();
    l.position = q->value(3).toInt();
    l.meta = readMeta(*q, id, 4);
    return ContentItem(l);
}

Status writePressRelease(QSqlDatabase& db, PressRelease& r, const Columns& stamp,
                         const Columns& insertOnly)
{
    Columns columns = {
        {QStringLiteral("release_no"), r.releaseNo},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("subtitle"), r.subtitle},
        {QStringLiteral("manager"), r.manager},
        {QStringLiteral("manager_phone"), r.managerPhone},
        {QStringLiteral("officer"), r.officer},
        {QStringLiteral("officer_phone"), r.officerPhone},
        {QStringLiteral("distributed_at"), textOrNull(toStoredDateTime(r.distributedAt))},
        {QStringLiteral("embargo_until"), textOrNull(toStoredDateTime(r.embargoUntil))},
        {QStringLiteral("body_html"), r.bodyHtml},
        {QStringLiteral("department"), r.meta.department}};
    if (Status s = upsert(db, QStringLiteral("press_release"), r.meta.id, columns + stamp,
                          insertOnly, false);
        !s)
        return s;
    QStringList keep;
    for (PressAttachment& a : r.attachments) {
        if (a.id.isEmpty())
            a.id = newId();
        keep << a.id;
    }
    if (Status s = deleteOthers(db, QStringLiteral("press_attachment"),
                                QStringLiteral("press_release_id"), r.meta.id, keep);
        !s)
        return s;
    for (int i = 0; i < r.attachments.size(); ++i) {
        const PressAttachment& a = r.attachments.at(i);
        const Columns part = {
            {QStringLiteral("press_release_id"), r.meta.id},
            {QStringLiteral("media_id"), a.mediaId},
            {QStringLiteral("kind"), a.kind.isEmpty() ? QStringLiteral("attachment") : a.kind},
            {QStringLiteral("position"), i},
            {QStringLiteral("caption"), a.caption},
            {QStringLiteral("alt_text"), a.altText}};
        if (Status s = upsert(db, QStringLiteral("press_attachment"), a.id, part + stamp, {}, true);
            !s)
            return s;
    }
    return {};
}

Status writeActivity(QSqlDatabase& db, Activity& a, const Columns& stamp, const Columns& insertOnly)
{
    const Columns columns = {{QStringLiteral("title"), a.title},
                             {QStringLiteral("activity_date"), a.date.toString(Qt::ISODate)},
                             {QStringLiteral("place"), a.place},
                             {QStringLiteral("body_html"), a.bodyHtml},
                             {QStringLiteral("department"), a.meta.department}};
    if (Status s =
            upsert(db, QStringLiteral("activity"), a.meta.id, columns + stamp, insertOnly, false);
        !s)
        return s;
    QStringList keep;
    for (ActivityPhoto& p : a.photos) {
        if (p.id.isEmpty())
            p.id = newId();
        keep << p.id;
    }
    if (Status s = deleteOthers(db, QStringLiteral("activity_photo"), QStringLiteral("activity_id"),
                                a.meta.id, keep);
        !s)
        return s;
    for (int i = 0; i < a.photos.size(); ++i) {
        const ActivityPhoto& p = a.photos.at(i);
        const Columns part = {{QStringLiteral("activity_id"), a.meta.id},
                              {QStringLiteral("media_id"), p.mediaId},
                              {QStringLiteral("position"), i},
                              {QStringLiteral("caption"), p.caption},
                              {QStringLiteral("alt_text"), p.altText}};
        if (Status s = upsert(db, QStringLiteral("activity_photo"), p.id, part + stamp, {}, true);
            !s)
            return s;
        // The licence belongs to the media file (the same photo keeps it wherever it is used).
        if (Status s =
                exec(db,
                     QStringLiteral("UPDATE media SET licence = ?, updated_at = ?, "
                                    "updated_by = ? WHERE id = ? AND licence <> ?"),
                     {p.licence, stamp.at(0).second, stamp.at(1).second, p.mediaId, p.licence});
            !s)
            return s;
    }
    return {};
}

} // namespace

Result<ContentItem> load(QSqlDatabase& db, ContentType type, const QString& id)
{
    switch (type) {
    case ContentType::PressRelease:
        return loadPressRelease(db, id);
    case ContentType::Speech:
        return loadSpeech(db, id);
    case ContentType::Activity:
        return loadActivity(db, id);
    case ContentType::Page:
        return loadPage(db, id);
    case ContentType::SnsLink:
        return loadSnsLink(db, id);
    case ContentType::ScheduleEvent:
    case ContentType::Pledge:
        break;
    }
    return Error(Error::Kind::Usage,
                 QCoreApplication::translate("openmayor::ContentItemRepository",
                                             "This kind of item cannot be edited here."));
}

Status write(QSqlDatabase& db, ContentItem& item, const QString& who, const QString& now)
{
    ContentMeta& meta = metaOf(item);
    const bool isNew = meta.id.isEmpty();
    if (isNew)
        meta.id = newId();
    meta.updatedAt = now;
    meta.updatedBy = who;
    const Columns stamp = {{QStringLiteral("updated_at"), now},
                           {QStringLiteral("updated_by"), who}};
    const Columns insertOnly = {{QStringLiteral("workflow_state"), toKey(meta.workflow)},
                                {QStringLiteral("publish_at"), textOrNull(meta.publishAt)}};

    if (auto* r = std::get_if<PressRelease>(&item))
        return writePressRelease(db, *r, stamp, insertOnly);
    if (auto* a = std::get_if<Activity>(&item))
        return writeActivity(db, *a, stamp, insertOnly);
    if (auto* s = std::get_if<Speech>(&item))
        return upsert(
            db, QStringLiteral("speech"), s->meta.id,
            Columns{{QStringLiteral("title"), s->title},
                    {QStringLiteral("event_name"), s->eventName},
                    {QStringLiteral("place"), s->place},
                    {QStringLiteral("delivered_on"), s->deliveredOn.toString(Qt::ISODate)},
                    {QStringLiteral("body_html"), s->bodyHtml},
                    {QStringLiteral("department"), s->meta.department}} +
                stamp,
            insertOnly, false);
    if (auto* p = std::get_if<Page>(&item))
        return upsert(db, QStringLiteral("page"), p->meta.id,
                      Columns{{QStringLiteral("slug"), p->slug},
                              {QStringLiteral("title"), p->title},
                              {QStringLiteral("body_html"), p->bodyHtml},
                              {QStringLiteral("photo_media_id"), textOrNull(p->photoMediaId)},
                              {QStringLiteral("department"), p->meta.department}} +
                          stamp,
                      insertOnly, false);
    auto& link = std::get<SnsLink>(item);
    if (isNew) {
        auto last =
            queryInt(db, QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM sns_link"));
        if (!last)
            return last.error();
        link.position = int(*last);
    }
    return upsert(db, QStringLiteral("sns_link"), link.meta.id,
                  Columns{{QStringLiteral("platform"), toKey(link.platform)},
                          {QStringLiteral("url"), link.url.trimmed()},
                          {QStringLiteral("label"), link.label},
                          {QStringLiteral("position"), link.position},
                          {QStringLiteral("department"), link.meta.department}} +
                      stamp,
                  insertOnly, false);
}

} // namespace openmayor::contentrows

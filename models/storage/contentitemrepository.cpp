#include "contentitemrepository.h"

#include "common/changenotifier.h"
#include "common/clock.h"
#include "common/ids.h"
#include "publishing/htmlsanitizer.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace openmayor {

namespace {
Status insertRevision(QSqlDatabase& db, const QString& table, const QString& itemId, int number,
                      const ContentItem& item, const QString& createdAt, const QString& createdBy,
                      const QString& now)
{
    const QString data =
        QString::fromUtf8(QJsonDocument(toJson(item)).toJson(QJsonDocument::Compact));
    return exec(db,
                QStringLiteral("INSERT INTO content_revision (id, item_table, item_id, "
                               "revision_no, data, created_at, created_by, updated_at, "
                               "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {newId(), table, itemId, number, data, createdAt, createdBy, now, createdBy});
}

// Every body is stored as the sanitizer writes it (issue 4, "Sanitized HTML"): whatever an
// editor, an import or a sync hands over, no script or unsafe markup reaches the store.
void sanitizeBody(ContentItem& item)
{
    std::visit(
        [](auto& value) {
            if constexpr (requires { value.bodyHtml; })
                value.bodyHtml = HtmlSanitizer::sanitize(value.bodyHtml);
        },
        item);
}

Error notEditable()
{
    return Error(Error::Kind::Usage,
                 QCoreApplication::translate("openmayor::ContentItemRepository",
                                             "This kind of item cannot be edited here."));
}
} // namespace

ContentItemRepository::ContentItemRepository(Database database, ChangeNotifier* notifier)
    : m_database(std::move(database)), m_notifier(notifier)
{}

Result<ContentItem> ContentItemRepository::load(ContentType type, const QString& id) const
{
    QSqlDatabase db = m_database.connection();
    return contentrows::load(db, type, id);
}

Result<QString> ContentItemRepository::pageIdBySlug(const QString& slug) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, QStringLiteral("SELECT id FROM page WHERE slug = ?")); !s)
        return s.error();
    if (Status s = exec(query, {slug}); !s)
        return s.error();
    if (!query.next())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("openmayor::ContentItemRepository",
                                                 "The page \"%1\" does not exist yet.")
                         .arg(slug));
    return query.value(0).toString();
}

Result<MediaFileInfo> ContentItemRepository::mediaFile(const QString& mediaId) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, QStringLiteral("SELECT file_name, sha256, alt_text FROM media "
                                                 "WHERE id = ?"));
        !s)
        return s.error();
    if (Status s = exec(query, {mediaId}); !s)
        return s.error();
    if (!query.next())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("openmayor::ContentItemRepository",
                                                 "The file is not in the media library."),
                     mediaId);
    return MediaFileInfo{mediaId, query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString()};
}

Status ContentItemRepository::save(ContentItem& item, const QString& who)
{
    if (Status valid = validateContent(item); !valid)
        return valid;
    const ContentType type = contentTypeOf(item);
    const QString table = tableOf(type);
    ContentItem written = item; // `item` changes only when the transaction commits
    sanitizeBody(written);
    const QString now = Clock::nowIso();
    const Status saved = m_database.transaction([&](QSqlDatabase& db) -> Status {
        const QString existingId = metaOf(written).id;
        qint64 last = 0;
        if (!existingId.isEmpty()) {
            auto count = queryInt(db,
                                  QStringLiteral("SELECT coalesce(max(revision_no), 0) FROM "
                                                 "content_revision WHERE item_table = ? AND "
                                                 "item_id = ?"),
                                  {table, existingId});
            if (!count)
                return count.error();
            last = *count;
            // An item written before it had a history (demo data, sync, an older version)
            // gets its stored state as revision 1, so the first edit can be compared and
            // taken back from the history too.
            if (last == 0) {
                auto stored = contentrows::load(db, type, existingId);
                if (stored) {
                    const ContentMeta& meta = metaOf(*stored);
                    if (Status s = insertRevision(db, table, existingId, 1, *stored, meta.updatedAt,
                                                  meta.updatedBy, now);
                        !s)
                        return s;
                    last = 1;
                } else if (stored.error().kind != Error::Kind::NotFound) {
                    return stored.error();
                }
            }
        }
        if (Status s = contentrows::write(db, written, who, now); !s)
            return s;
        return insertRevision(db, table, metaOf(written).id, int(last + 1), written, now, who, now);
    });
    if (!saved)
        return saved;
    item = written;
    if (m_notifier)
        emit m_notifier->contentChanged(type, {metaOf(item).id});
    return {};
}

Status ContentItemRepository::remove(ContentType type, const QString& id)
{
    const QString table = tableOf(type);
    if (table.isEmpty())
        return notEditable();
    const Status removed = m_database.transaction([&](QSqlDatabase& db) -> Status {
        return exec(db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"),
                    {id});
    });
    if (removed && m_notifier)
        emit m_notifier->contentChanged(type, {id});
    return removed;
}

Result<QList<ContentRevision>> ContentItemRepository::revisions(ContentType type,
                                                                const QString& id) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (Status s = prepare(
            query, QStringLiteral("SELECT id, revision_no, created_at, created_by, "
                                  "data FROM content_revision WHERE item_table = ? "
                                  "AND item_id = ? ORDER BY revision_no DESC, created_at DESC"));
        !s)
        return s.error();
    if (Status s = exec(query, {tableOf(type), id}); !s)
        return s.error();
    QList<ContentRevision> list;
    while (query.next())
        list << ContentRevision{
            query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
            query.value(3).toString(),
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()};
    return list;
}

Result<ContentItem> ContentItemRepository::itemAtRevision(ContentType type, const QString& id,
                                                          const QString& revisionId) const
{
    auto current = load(type, id);
    if (!current)
        return current.error();
    auto all = revisions(type, id);
    if (!all)
        return all.error();
    for (const ContentRevision& revision : *all) {
        if (revision.id != revisionId)
            continue;
        auto restored = fromJson(type, revision.data);
        if (!restored)
            return restored.error();
        ContentMeta meta = metaOf(*current);
        meta.department = metaOf(*restored).department;
        metaOf(*restored) = meta;
        return restored;
    }
    return Error(Error::Kind::NotFound,
                 QCoreApplication::translate("openmayor::ContentItemRepository",
                                             "That revision does not exist."));
}

} // namespace openmayor

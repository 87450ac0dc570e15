#include "portalitem.h"

#include "storage/medialibrary.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace openmayor {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("PortalItem", text);
}

QString section(const char* title)
{
    return QCoreApplication::translate("Sections", title);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString labelled(const char* label, const QString& value)
{
    return value.trimmed().isEmpty() ? QString() : translated(label) + u' ' + value;
}

QString dateTime(const QString& iso)
{
    const QDateTime value = QDateTime::fromString(iso, Qt::ISODate);
    return value.isValid() ? value.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

// Runs a one-row query; an empty result is NotFound.
Result<QSqlQuery> row(const Database& database, const QString& sql, const QString& id)
{
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    if (Status s = exec(query, {id}); !s)
        return s.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, translated("The item no longer exists."), id);
    return query;
}

QString figure(const QString& mediaId, const QString& alt, const QString& caption)
{
    QString html = QStringLiteral("<figure><img src=\"media:") + esc(mediaId) +
                   QStringLiteral("\" alt=\"") + esc(alt) + QStringLiteral("\">");
    if (!caption.trimmed().isEmpty())
        html += QStringLiteral("<figcaption>") + esc(caption) + QStringLiteral("</figcaption>");
    return html + QStringLiteral("</figure>");
}

// Photos (as figures) and attachment names of press releases and activities.
Status addMedia(const Database& database, const QString& sql, const QString& id, PortalItem& item)
{
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, sql); !s)
        return s;
    if (Status s = exec(query, {id}); !s)
        return s;
    while (query.next()) {
        // media_id, alt_text, caption, kind, file_name
        if (query.value(3).toString() == u"attachment")
            item.attachmentNames << query.value(4).toString();
        else
            item.bodyHtml += figure(query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString());
    }
    return {};
}

void dropEmpty(QStringList& lines)
{
    lines.removeIf([](const QString& line) { return line.isEmpty(); });
}

} // namespace

Result<PortalItem> loadPortalItem(const Database& database, ContentType type, const QString& id)
{
    PortalItem item;
    switch (type) {
    case ContentType::PressRelease: {
        auto q =
            row(database,
                QStringLiteral("SELECT title, subtitle, release_no, distributed_at, department, "
                               "manager, manager_phone, officer, officer_phone, body_html "
                               "FROM press_release WHERE id = ?"),
                id);
        if (!q)
            return q.error();
        item.section = section("Press releases");
        item.title = q->value(0).toString();
        item.subtitle = q->value(1).toString();
        item.meta = {
            labelled("Release no.", q->value(2).toString()),
            labelled("Distributed", dateTime(q->value(3).toString())),
            labelled("Department", q->value(4).toString()),
            labelled(
                "Contact",
                QStringList{q->value(7).toString(), q->value(8).toString()}.join(u' ').trimmed())};
        item.bodyHtml = q->value(9).toString();
        if (Status s = addMedia(
                database,
                QStringLiteral("SELECT a.media_id, a.alt_text, a.caption, a.kind, m.file_name "
                               "FROM press_attachment a JOIN media m ON m.id = a.media_id "
                               "WHERE a.press_release_id = ? ORDER BY a.position"),
                id, item);
            !s)
            return s.error();
        break;
    }
    case ContentType::Page: {
        auto q =
            row(database,
                QStringLiteral("SELECT p.title, p.body_html, p.photo_media_id, m.alt_text, "
                               "p.slug FROM page p LEFT JOIN media m ON m.id = p.photo_media_id "
                               "WHERE p.id = ?"),
                id);
        if (!q)
            return q.error();
        const QString slug = q->value(4).toString();
        item.section = slug == u"greeting"  ? section("Greeting")
                       : slug == u"profile" ? section("Profile")
                                            : section("Vision and goals");
        item.title = q->value(0).toString();
        if (!q->value(2).isNull())
            item.bodyHtml = figure(q->value(2).toString(), q->value(3).toString(), {});
        item.bodyHtml += q->value(1).toString();
        break;
    }
    case ContentType::Speech: {
        auto q = row(database,
                     QStringLiteral("SELECT title, event_name, place, delivered_on, body_html "
                                    "FROM speech WHERE id = ?"),
                     id);
        if (!q)
            return q.error();
        item.section = section("Words and writings");
        item.title = q->value(0).toString();
        item.meta = {labelled("Event", q->value(1).toString()),
                     labelled("Place", q->value(2).toString()),
                     labelled("Date", q->value(3).toString())};
        item.bodyHtml = q->value(4).toString();
        break;
    }
    case ContentType::Activity: {
        auto q = row(database,
                     QStringLiteral("SELECT title, activity_date, place, body_html "
                                    "FROM activity WHERE id = ?"),
                     id);
        if (!q)
            return q.error();
        item.section = section("Into the field");
        item.title = q->value(0).toString();
        item.meta = {labelled("Date", q->value(1).toString()),
                     labelled("Place", q->value(2).toString())};
        item.bodyHtml = q->value(3).toString();
        if (Status s = addMedia(database,
                                QStringLiteral("SELECT media_id, alt_text, caption, 'photo', '' "
                                               "FROM activity_photo WHERE activity_id = ? "
                                               "ORDER BY position"),
                                id, item);
            !s)
            return s.error();
        break;
    }
    case ContentType::ScheduleEvent: {
        auto q = row(database,
                     QStringLiteral("SELECT title, starts_at, ends_at, place, description "
                                    "FROM schedule_event WHERE id = ?"),
                     id);
        if (!q)
            return q.error();
        item.section = section("Mayor 24 hours");
        item.title = q->value(0).toString();
        item.meta = {labelled("Starts", dateTime(q->value(1).toString())),
                     labelled("Place", q->value(3).toString())};
        item.bodyHtml =
            QStringLiteral("<p>") + esc(q->value(4).toString()) + QStringLiteral("</p>");
        break;
    }
    case ContentType::SnsLink: {
        auto q = row(database, QStringLiteral("SELECT label, url FROM sns_link WHERE id = ?"), id);
        if (!q)
            return q.error();
        item.section = section("Naju City SNS");
        item.title = q->value(0).toString();
        item.bodyHtml = QStringLiteral("<p><a href=\"") + esc(q->value(1).toString()) +
                        QStringLiteral("\">") + esc(q->value(0).toString()) +
                        QStringLiteral("</a></p>");
        break;
    }
    case ContentType::Pledge:
        return Error(Error::Kind::Usage, translated("Pledge cards are previewed from the card."));
    }
    dropEmpty(item.meta);
    return item;
}

QImage loadMediaImage(const Database& database, const QString& mediaId)
{
    auto q = row(database, QStringLiteral("SELECT sha256 FROM media WHERE id = ?"), mediaId);
    if (!q)
        return {};
    const MediaLibrary media(database, MediaLibrary::defaultRootFor(database.path()));
    return QImage(media.filePathFor(q->value(0).toString()));
}

} // namespace openmayor

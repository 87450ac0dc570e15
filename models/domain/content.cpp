#include "content.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextDocumentFragment>
#include <QUrl>

namespace openmayor {

namespace {

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QString translated(const char* text)
{
    return QCoreApplication::translate("openmayor::Content", text);
}

Error invalid(const QString& message)
{
    return Error(Error::Kind::Invalid, message);
}

QJsonObject metaJson(const ContentMeta& meta)
{
    return {{QStringLiteral("department"), meta.department}};
}

void readMeta(const QJsonObject& o, ContentMeta& meta)
{
    meta.department = o.value(QStringLiteral("department")).toString();
}

QString plainText(const QString& html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

QString line(const char* label, const QString& value)
{
    return translated(label) + QStringLiteral(": ") + value + u'\n';
}

// Checks one text field: required (when asked) and not longer than `limit` characters.
Status checkText(const QString& value, const char* label, bool required, int limit = maxFieldLength)
{
    if (required && value.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("openmayor::Content", "%1 is required.")
                           .arg(translated(label)));
    if (value.size() > limit)
        return invalid(QCoreApplication::translate("openmayor::Content",
                                                   "%1 is too long: %2 characters, at most %3.")
                           .arg(translated(label))
                           .arg(value.size())
                           .arg(limit));
    return {};
}

Status firstFailure(std::initializer_list<Status> checks)
{
    for (const Status& s : checks)
        if (!s)
            return s;
    return {};
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The host suffixes each platform's addresses end with.
QStringList hostsOf(SnsPlatform platform)
{
    switch (platform) {
    case SnsPlatform::Facebook:
        return {QStringLiteral("facebook.com"), QStringLiteral("fb.com"), QStringLiteral("fb.me")};
    case SnsPlatform::Instagram:
        return {QStringLiteral("instagram.com")};
    case SnsPlatform::YouTube:
        return {QStringLiteral("youtube.com"), QStringLiteral("youtu.be")};
    case SnsPlatform::Blog:
        return {QStringLiteral("blog.naver.com"), QStringLiteral("tistory.com"),
                QStringLiteral("blog.daum.net"), QStringLiteral("brunch.co.kr")};
    case SnsPlatform::X:
        return {QStringLiteral("x.com"), QStringLiteral("twitter.com")};
    case SnsPlatform::Other:
        break;
    }
    return {};
}

} // namespace

ContentType contentTypeOf(const ContentItem& item)
{
    return std::visit(Overloaded{[](const PressRelease&) { return ContentType::PressRelease; },
                                 [](const Speech&) { return ContentType::Speech; },
                                 [](const Activity&) { return ContentType::Activity; },
                                 [](const Page&) { return ContentType::Page; },
                                 [](const SnsLink&) {
                                     return ContentType::SnsLink;
                                 }},
                      item);
}

ContentMeta& metaOf(ContentItem& item)
{
    return std::visit([](auto& value) -> ContentMeta& { return value.meta; }, item);
}

const ContentMeta& metaOf(const ContentItem& item)
{
    return std::visit([](const auto& value) -> const ContentMeta& { return value.meta; }, item);
}

QString titleOf(const ContentItem& item)
{
    return std::visit(Overloaded{[](const SnsLink& link) { return link.label; },
                                 [](const auto& value) {
                                     return value.title;
                                 }},
                      item);
}

QString tableOf(ContentType type)
{
    switch (type) {
    case ContentType::PressRelease:
        return QStringLiteral("press_release");
    case ContentType::Speech:
        return QStringLiteral("speech");
    case ContentType::Activity:
        return QStringLiteral("activity");
    case ContentType::Page:
        return QStringLiteral("page");
    case ContentType::SnsLink:
        return QStringLiteral("sns_link");
    case ContentType::ScheduleEvent:
    case ContentType::Pledge:
        break;
    }
    return {};
}

bool isEditableContentType(ContentType type)
{
    return !tableOf(type).isEmpty();
}

ContentItem newContentItem(ContentType type)
{
    const QDate today = QDate::currentDate();
    switch (type) {
    case ContentType::Speech: {
        Speech speech;
        speech.title = translated("New speech");
        speech.deliveredOn = today;
        return speech;
    }
    case ContentType::Activity: {
        Activity activity;
        activity.title = translated("New field activity");
        activity.date = today;
        return activity;
    }
    case ContentType::Page: {
        Page page;
        page.title = translated("New page");
        return page;
    }
    case ContentType::SnsLink: {
        SnsLink link;
        link.label = translated("New SNS link");
        link.url = QStringLiteral("https://");
        return link;
    }
    case ContentType::PressRelease:
    case ContentType::ScheduleEvent:
    case ContentType::Pledge:
        break;
    }
    PressRelease release;
    release.title = translated("New press release");
    release.releaseNo = QStringLiteral("%1-").arg(today.year());
    release.distributedAt = QDateTime(today, QTime(9, 0));
    return release;
}

QStringList licenceKeys()
{
    return {QStringLiteral("kogl1"), QStringLiteral("kogl2"), QStringLiteral("kogl3"),
            QStringLiteral("kogl4"), QStringLiteral("none")};
}

QString licenceLabel(const QString& key)
{
    if (key == u"none")
        return translated("No licence (all rights reserved)");
    const int n = int(licenceKeys().indexOf(key)) + 1;
    if (n < 1)
        return key;
    static const char* const kinds[] = {
        QT_TRANSLATE_NOOP("openmayor::Content", "KOGL type %1: attribution"),
        QT_TRANSLATE_NOOP("openmayor::Content", "KOGL type %1: attribution, non-commercial"),
        QT_TRANSLATE_NOOP("openmayor::Content", "KOGL type %1: attribution, no derivatives"),
        QT_TRANSLATE_NOOP("openmayor::Content",
                          "KOGL type %1: attribution, non-commercial, no derivatives")};
    return translated(kinds[n - 1]).arg(n);
}

QString toStoredDateTime(const QDateTime& value)
{
    return value.isValid() ? value.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString();
}

QDateTime fromStoredDateTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime value = QDateTime::fromString(text.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!value.isValid())
        value = QDateTime(QDate::fromString(text.left(10), Qt::ISODate), QTime(0, 0));
    return value;
}

QJsonObject toJson(const ContentItem& item)
{
    QJsonObject o = metaJson(metaOf(item));
    std::visit(
        Overloaded{[&](const PressRelease& r) {
                       o.insert(QStringLiteral("release_no"), r.releaseNo);
                       o.insert(QStringLiteral("title"), r.title);
                       o.insert(QStringLiteral("subtitle"), r.subtitle);
                       o.insert(QStringLiteral("manager"), r.manager);
                       o.insert(QStringLiteral("manager_phone"), r.managerPhone);
                       o.insert(QStringLiteral("officer"), r.officer);
                       o.insert(QStringLiteral("officer_phone"), r.officerPhone);
                       o.insert(QStringLiteral("distributed_at"),
                                toStoredDateTime(r.distributedAt));
                       o.insert(QStringLiteral("embargo_until"), toStoredDateTime(r.embargoUntil));
                       o.insert(QStringLiteral("body_html"), r.bodyHtml);
                       QJsonArray attachments;
                       for (const PressAttachment& a : r.attachments)
                           attachments.append(
                               QJsonObject{{QStringLiteral("id"), a.id},
                                           {QStringLiteral("media_id"), a.mediaId},
                                           {QStringLiteral("kind"), a.kind},
                                           {QStringLiteral("caption"), a.caption},
                                           {QStringLiteral("alt_text"), a.altText},
                                           {QStringLiteral("file_name"), a.fileName},
                                           {QStringLiteral("size_bytes"), double(a.sizeBytes)}});
                       o.insert(QStringLiteral("attachments"), attachments);
                   },
                   [&](const Speech& s) {
                       o.insert(QStringLiteral("title"), s.title);
                       o.insert(QStringLiteral("event_name"), s.eventName);
                       o.insert(QStringLiteral("place"), s.place);
                       o.insert(QStringLiteral("delivered_on"), dateText(s.deliveredOn));
                       o.insert(QStringLiteral("body_html"), s.bodyHtml);
                   },
                   [&](const Activity& a) {
                       o.insert(QStringLiteral("title"), a.title);
                       o.insert(QStringLiteral("activity_date"), dateText(a.date));
                       o.insert(QStringLiteral("place"), a.place);
                       o.insert(QStringLiteral("body_html"), a.bodyHtml);
                       QJsonArray photos;
                       for (const ActivityPhoto& p : a.photos)
                           photos.append(QJsonObject{{QStringLiteral("id"), p.id},
                                                     {QStringLiteral("media_id"), p.mediaId},
                                                     {QStringLiteral("caption"), p.caption},
                                                     {QStringLiteral("alt_text"), p.altText},
                                                     {QStringLiteral("licence"), p.licence},
                                                     {QStringLiteral("file_name"), p.fileName},
                                                     {QStringLiteral("sha256"), p.sha256}});
                       o.insert(QStringLiteral("photos"), photos);
                   },
                   [&](const Page& p) {
                       o.insert(QStringLiteral("slug"), p.slug);
                       o.insert(QStringLiteral("title"), p.title);
                       o.insert(QStringLiteral("body_html"), p.bodyHtml);
                       o.insert(QStringLiteral("photo_media_id"), p.photoMediaId);
                   },
                   [&](const SnsLink& l) {
                       o.insert(QStringLiteral("platform"), toKey(l.platform));
                       o.insert(QStringLiteral("url"), l.url);
                       o.insert(QStringLiteral("label"), l.label);
                       o.insert(QStringLiteral("position"), l.position);
                   }},
        item);
    return o;
}

Result<ContentItem> fromJson(ContentType type, const QJsonObject& o)
{
    auto text = [&](const char* key) {
        return o.value(QLatin1String(key)).toString();
    };
    ContentItem item = newContentItem(type);
    switch (type) {
    case ContentType::PressRelease: {
        PressRelease r;
        r.releaseNo = text("release_no");
        r.title = text("title");
        r.subtitle = text("subtitle");
        r.manager = text("manager");
        r.managerPhone = text("manager_phone");
        r.officer = text("officer");
        r.officerPhone = text("officer_phone");
        r.distributedAt = fromStoredDateTime(text("distributed_at"));
        r.embargoUntil = fromStoredDateTime(text("embargo_until"));
        r.bodyHtml = text("body_html");
        for (const QJsonValue& v : o.value(QStringLiteral("attachments")).toArray()) {
            const QJsonObject a = v.toObject();
            r.attachments << PressAttachment{
                a.value(QStringLiteral("id")).toString(),
                a.value(QStringLiteral("media_id")).toString(),
                a.value(QStringLiteral("kind")).toString(),
                a.value(QStringLiteral("caption")).toString(),
                a.value(QStringLiteral("alt_text")).toString(),
                a.value(QStringLiteral("file_name")).toString(),
                qint64(a.value(QStringLiteral("size_bytes")).toDouble())};
        }
        item = r;
        break;
    }
    case ContentType::Speech: {
        Speech s;
        s.title = text("title");
        s.eventName = text("event_name");
        s.place = text("place");
        s.deliveredOn = QDate::fromString(text("delivered_on"), Qt::ISODate);
        s.bodyHtml = text("body_html");
        item = s;
        break;
    }
    case ContentType::Activity: {
        Activity a;
        a.title = text("title");
        a.date = QDate::fromString(text("activity_date"), Qt::ISODate);
        a.place = text("place");
        a.bodyHtml = text("body_html");
        for (const QJsonValue& v : o.value(QStringLiteral("photos")).toArray()) {
            const QJsonObject p = v.toObject();
            a.photos << ActivityPhoto{p.value(QStringLiteral("id")).toString(),
                                      p.value(QStringLiteral("media_id")).toString(),
                                      p.value(QStringLiteral("caption")).toString(),
                                      p.value(QStringLiteral("alt_text")).toString(),
                                      p.value(QStringLiteral("licence")).toString(),
                                      p.value(QStringLiteral("file_name")).toString(),
                                      p.value(QStringLiteral("sha256")).toString()};
        }
        item = a;
        break;
    }
    case ContentType::Page: {
        Page p;
        p.slug = text("slug");
        p.title = text("title");
        p.bodyHtml = text("body_html");
        p.photoMediaId = text("photo_media_id");
        item = p;
        break;
    }
    case ContentType::SnsLink: {
        SnsLink l;
        l.platform = fromKey<SnsPlatform>(text("platform")).value_or(SnsPlatform::Other);
        l.url = text("url");
        l.label = text("label");
        l.position = o.value(QStringLiteral("position")).toInt();
        item = l;
        break;
    }
    case ContentType::ScheduleEvent:
    case ContentType::Pledge:
        return Error(Error::Kind::Usage, translated("This kind of item has no revisions here."));
    }
    readMeta(o, metaOf(item));
    return item;
}

QString revisionText(const ContentItem& item)
{
    QString out;
    std::visit(
        Overloaded{
            [&](const PressRelease& r) {
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Release number"), r.releaseNo);
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Title"), r.title);
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Subtitle"), r.subtitle);
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Manager"),
                            r.manager + u' ' + r.managerPhone);
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Officer"),
                            r.officer + u' ' + r.officerPhone);
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Distributed"),
                            toStoredDateTime(r.distributedAt));
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Embargo until"),
                            toStoredDateTime(r.embargoUntil));
                QStringList names;
                for (const PressAttachment& a : r.attachments)
                    names << a.fileName;
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Attachments"),
                            names.join(QStringLiteral(", ")));
                out += u'\n' + plainText(r.bodyHtml);
            },
            [&](const Speech& s) {
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Title"), s.title);
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Event"), s.eventName);
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Place"), s.place);
                out +=
                    line(QT_TRANSLATE_NOOP("openmayor::Content", "Date"), dateText(s.deliveredOn));
                out += u'\n' + plainText(s.bodyHtml);
            },
            [&](const Activity& a) {
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Title"), a.title);
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Date"), dateText(a.date));
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Place"), a.place);
                for (const ActivityPhoto& p : a.photos)
                    out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Photo"),
                                p.caption + QStringLiteral(" / ") + p.altText);
                out += u'\n' + plainText(a.bodyHtml);
            },
            [&](const Page& p) {
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Title"), p.title);
                out += u'\n' + plainText(p.bodyHtml);
            },
            [&](const SnsLink& l) {
                out +=
                    line(QT_TRANSLATE_NOOP("openmayor::Content", "Platform"), labelOf(l.platform));
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Address"), l.url);
                out += line(QT_TRANSLATE_NOOP("openmayor::Content", "Label"), l.label);
            }},
        item);
    return out;
}

Status validateContent(const ContentItem& item)
{
    const Status meta = checkText(metaOf(item).department,
                                  QT_TRANSLATE_NOOP("openmayor::Content", "Department"), false);
    if (!meta)
        return meta;
    return std::visit(
        Overloaded{
            [](const PressRelease& r) -> Status {
                if (Status s = firstFailure(
                        {checkText(r.releaseNo,
                                   QT_TRANSLATE_NOOP("openmayor::Content", "Release number"), true,
                                   40),
                         checkText(r.title, QT_TRANSLATE_NOOP("openmayor::Content", "Title"), true),
                         checkText(r.subtitle, QT_TRANSLATE_NOOP("openmayor::Content", "Subtitle"),
                                   false),
                         checkText(r.manager, QT_TRANSLATE_NOOP("openmayor::Content", "Manager"),
                                   false, 100),
                         checkText(r.managerPhone,
                                   QT_TRANSLATE_NOOP("openmayor::Content", "Manager's phone"),
                                   false, 40),
                         checkText(r.officer, QT_TRANSLATE_NOOP("openmayor::Content", "Officer"),
                                   false, 100),
                         checkText(r.officerPhone,
                                   QT_TRANSLATE_NOOP("openmayor::Content", "Officer's phone"),
                                   false, 40),
                         checkText(r.bodyHtml, QT_TRANSLATE_NOOP("openmayor::Content", "Body"),
                                   false, maxBodyLength)});
                    !s)
                    return s;
                if (r.embargoUntil.isValid() && r.distributedAt.isValid() &&
                    r.embargoUntil < r.distributedAt)
                    return invalid(translated("The embargo cannot end before the release is "
                                              "distributed."));
                for (const PressAttachment& a : r.attachments)
                    if (a.mediaId.isEmpty())
                        return invalid(translated("An attachment has no file."));
                return {};
            },
            [](const Speech& s) -> Status {
                if (Status c = firstFailure(
                        {checkText(s.title, QT_TRANSLATE_NOOP("openmayor::Content", "Title"), true),
                         checkText(s.eventName, QT_TRANSLATE_NOOP("openmayor::Content", "Event"),
                                   false),
                         checkText(s.place, QT_TRANSLATE_NOOP("openmayor::Content", "Place"),
                                   false),
                         checkText(s.bodyHtml, QT_TRANSLATE_NOOP("openmayor::Content", "Body"),
                                   false, maxBodyLength)});
                    !c)
                    return c;
                if (!s.deliveredOn.isValid())
                    return invalid(translated("A speech needs the date it was given."));
                return {};
            },
            [](const Activity& a) -> Status {
                if (Status c = firstFailure(
                        {checkText(a.title, QT_TRANSLATE_NOOP("openmayor::Content", "Title"), true),
                         checkText(a.place, QT_TRANSLATE_NOOP("openmayor::Content", "Place"),
                                   false),
                         checkText(a.bodyHtml, QT_TRANSLATE_NOOP("openmayor::Content", "Body"),
                                   false, maxBodyLength)});
                    !c)
                    return c;
                if (!a.date.isValid())
                    return invalid(translated("A field activity needs its date."));
                for (const ActivityPhoto& p : a.photos) {
                    if (p.mediaId.isEmpty())
                        return invalid(translated("A photo has no file."));
                    if (!licenceKeys().contains(p.licence))
                        return invalid(translated("Unknown licence \"%1\".").arg(p.licence));
                    if (Status c = firstFailure(
                            {checkText(p.caption,
                                       QT_TRANSLATE_NOOP("openmayor::Content", "Caption"), false),
                             checkText(p.altText,
                                       QT_TRANSLATE_NOOP("openmayor::Content", "Alt text"),
                                       false)});
                        !c)
                        return c;
                }
                return {};
            },
            [](const Page& p) -> Status {
                if (!QStringList{QStringLiteral("greeting"), QStringLiteral("profile"),
                                 QStringLiteral("vision")}
                         .contains(p.slug))
                    return invalid(translated("Unknown page \"%1\".").arg(p.slug));
                return firstFailure(
                    {checkText(p.title, QT_TRANSLATE_NOOP("openmayor::Content", "Title"), true),
                     checkText(p.bodyHtml, QT_TRANSLATE_NOOP("openmayor::Content", "Body"), false,
                               maxBodyLength)});
            },
            [](const SnsLink& l) -> Status {
                if (Status c = firstFailure(
                        {checkText(l.label, QT_TRANSLATE_NOOP("openmayor::Content", "Label"), true),
                         checkText(l.url, QT_TRANSLATE_NOOP("openmayor::Content", "Address"), true,
                                   2000)});
                    !c)
                    return c;
                const QUrl url(l.url.trimmed(), QUrl::StrictMode);
                const QString scheme = url.scheme().toLower();
                if (!url.isValid() || (scheme != u"http" && scheme != u"https") ||
                    url.host().isEmpty())
                    return invalid(translated("\"%1\" is not a web address (http:// or https://).")
                                       .arg(l.url));
                return {};
            }},
        item);
}

QString snsHostWarning(const SnsLink& link)
{
    const QStringList hosts = hostsOf(link.platform);
    if (hosts.isEmpty())
        return {};
    const QString host = QUrl(link.url.trimmed()).host().toLower();
    if (host.isEmpty())
        return {};
    for (const QString& known : hosts)
        if (host == known || host.endsWith(u'.' + known))
            return {};
    return QCoreApplication::translate("openmayor::Content",
                                       "%1 is not a %2 address; check the platform or the link.")
        .arg(host, labelOf(link.platform));
}

} // namespace openmayor

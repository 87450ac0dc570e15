#include "medialibrary.h"

#include "common/changenotifier.h"
#include "common/ids.h"
#include "sqlutil.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>

namespace openmayor {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("openmayor::MediaLibrary", text);
}

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Status checkSize(qint64 size, const QString& name)
{
    if (size == 0)
        return Error(Error::Kind::Invalid, translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                                        "The file %1 is empty."))
                                               .arg(name));
    if (size > MediaLibrary::maxFileBytes)
        return Error(Error::Kind::Invalid,
                     translated(QT_TRANSLATE_NOOP(
                                    "openmayor::MediaLibrary",
                                    "The file %1 is %2 MB; the media library takes files of up to "
                                    "%3 MB."))
                         .arg(name, megabytes(size), megabytes(MediaLibrary::maxFileBytes)));
    return {};
}

const QString itemColumns =
    QStringLiteral("id, sha256, file_name, mime_type, size_bytes, width, height, alt_text, "
                   "caption, licence, created_at");

MediaItem itemFrom(const QSqlQuery& query)
{
    MediaItem item;
    item.id = query.value(0).toString();
    item.sha256 = query.value(1).toString();
    item.metadata.title = query.value(2).toString();
    item.mimeType = query.value(3).toString();
    item.sizeBytes = query.value(4).toLongLong();
    if (!query.value(5).isNull() && !query.value(6).isNull())
        item.pixelSize = QSize(query.value(5).toInt(), query.value(6).toInt());
    item.metadata.altText = query.value(7).toString();
    item.metadata.caption = query.value(8).toString();
    item.metadata.licence =
        fromKey<MediaLicence>(query.value(9).toString()).value_or(MediaLicence::None);
    item.createdAt = query.value(10).toString();
    return item;
}

// Where rows refer to a media id by column; `title` is an SQL expression of the item's title.
struct ReferenceQuery
{
    MediaUsage::Kind kind;
    ContentType type;
    const char* sql;  // selects item id and title; one parameter: the media id or reference
    bool byReference; // the parameter is "media:<id>" instead of the id
};

const ReferenceQuery referenceQueries[] = {
    {MediaUsage::Kind::ActivityPhoto, ContentType::Activity,
     "SELECT DISTINCT a.id, a.title FROM activity_photo p JOIN activity a ON a.id = "
     "p.activity_id WHERE p.media_id = ? ORDER BY a.activity_date",
     false},
    {MediaUsage::Kind::PressAttachment, ContentType::PressRelease,
     "SELECT DISTINCT r.id, r.title FROM press_attachment a JOIN press_release r ON r.id = "
     "a.press_release_id WHERE a.media_id = ? AND a.kind = 'attachment' ORDER BY r.release_no",
     false},
    {MediaUsage::Kind::PressPhoto, ContentType::PressRelease,
     "SELECT DISTINCT r.id, r.title FROM press_attachment a JOIN press_release r ON r.id = "
     "a.press_release_id WHERE a.media_id = ? AND a.kind = 'photo' ORDER BY r.release_no",
     false},
    {MediaUsage::Kind::PagePhoto, ContentType::Page,
     "SELECT id, title FROM page WHERE photo_media_id = ? ORDER BY slug", false},
    {MediaUsage::Kind::BodyReference, ContentType::Page,
     "SELECT id, title FROM page WHERE instr(body_html, ?) > 0 ORDER BY slug", true},
    {MediaUsage::Kind::BodyReference, ContentType::Speech,
     "SELECT id, title FROM speech WHERE instr(body_html, ?) > 0 ORDER BY delivered_on", true},
    {MediaUsage::Kind::BodyReference, ContentType::Activity,
     "SELECT id, title FROM activity WHERE instr(body_html, ?) > 0 ORDER BY activity_date", true},
    {MediaUsage::Kind::BodyReference, ContentType::PressRelease,
     "SELECT id, title FROM press_release WHERE instr(body_html, ?) > 0 ORDER BY release_no", true},
    {MediaUsage::Kind::BodyReference, ContentType::Pledge,
     "SELECT id, code || ' ' || title FROM pledge WHERE instr(plan_html, ?) > 0 ORDER BY code",
     true},
};

Result<QList<MediaUsage>> queryUsages(QSqlDatabase& db, const QString& id)
{
    QList<MediaUsage> usages;
    for (const ReferenceQuery& reference : referenceQueries) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s = prepare(query, QString::fromLatin1(reference.sql)); !s)
            return s.error();
        const QString parameter = reference.byReference ? QStringLiteral("media:") + id : id;
        if (Status s = exec(query, {parameter}); !s)
            return s.error();
        while (query.next())
            usages << MediaUsage{reference.kind, reference.type, query.value(0).toString(),
                                 query.value(1).toString()};
    }
    return usages;
}

} // namespace

MediaLibrary::MediaLibrary(Database database, QString rootFolder, ChangeNotifier* notifier)
    : m_database(std::move(database)), m_root(std::move(rootFolder)), m_notifier(notifier)
{}

QString MediaLibrary::defaultRootFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-media"));
}

QString MediaLibrary::filePathFor(const QString& sha256) const
{
    return QDir(m_root).filePath(sha256.left(2) + u'/' + sha256);
}

QString MediaLibrary::thumbnailPathFor(const QString& sha256, int pixels) const
{
    return QDir(m_root).filePath(QStringLiteral("thumbs/") + sha256 + u'-' +
                                 QString::number(pixels) + QStringLiteral(".png"));
}

void MediaLibrary::notify(const QStringList& ids) const
{
    if (m_notifier)
        emit m_notifier->mediaChanged(ids);
}

Result<QString> MediaLibrary::add(const NewMedia& media)
{
    if (Status s = checkSize(media.bytes.size(), media.fileName); !s)
        return s.error();
    if (!fromKey<MediaLicence>(media.licence))
        return Error(Error::Kind::Invalid, translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                                        "Unknown licence “%1”."))
                                               .arg(media.licence));
    const QString sha = sha256Of(media.bytes);
    QSqlDatabase db = m_database.connection();
    {
        QSqlQuery query(db);
        if (Status s = prepare(query, QStringLiteral("SELECT id FROM media WHERE sha256 = ?")); !s)
            return s.error();
        if (Status s = exec(query, {sha}); !s)
            return s.error();
        if (query.next())
            return query.value(0).toString();
    }

    const QString mimeType =
        media.mimeType.isEmpty()
            ? QMimeDatabase().mimeTypeForFileNameAndData(media.fileName, media.bytes).name()
            : media.mimeType;
    QSize size;
    if (mimeType.startsWith(QLatin1String("image/"))) {
        QBuffer buffer;
        buffer.setData(media.bytes);
        QImageReader reader(&buffer);
        size = reader.canRead() ? reader.size() : QSize();
        // The header gives the pixel size; one decode at a small size (JPEG decodes straight
        // at that size) finds pictures that are cut short or damaged after their header.
        if (size.isValid())
            reader.setScaledSize(size.scaled(64, 64, Qt::KeepAspectRatio).expandedTo({1, 1}));
        if (!size.isValid() || reader.read().isNull())
            return Error(Error::Kind::Invalid,
                         translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                      "The file %1 is not a readable image."))
                             .arg(media.fileName),
                         reader.errorString());
    }

    if (auto stored = storeBytes(media.bytes, sha, media.fileName); !stored)
        return stored.error();
    const QString id = newId();
    const QVariant noInt(QMetaType(QMetaType::Int));
    if (Status s =
            exec(db,
                 QStringLiteral("INSERT INTO media (id, sha256, file_name, mime_type, size_bytes, "
                                "width, height, alt_text, caption, licence) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, sha, media.fileName, mimeType, media.bytes.size(),
                  size.isValid() ? QVariant(size.width()) : noInt,
                  size.isValid() ? QVariant(size.height()) : noInt, media.altText, media.caption,
                  media.licence});
        !s)
        return s.error();
    notify({id});
    return id;
}

Result<QString> MediaLibrary::storeBytes(const QByteArray& bytes, const QString& sha,
                                         const QString& name)
{
    const QString path = filePathFor(sha);
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(Error::Kind::Io,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                  "Cannot create the media folder %1."))
                         .arg(QDir::toNativeSeparators(m_root)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Kind::Io,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                  "Cannot store the media file %1."))
                         .arg(name),
                     file.errorString());
    return path;
}

Result<MediaLibrary::Imported> MediaLibrary::importFile(const QString& path, Expect expect)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error(
            Error::Kind::NotFound,
            translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary", "Cannot find the file %1."))
                .arg(shown));
    if (!info.isFile())
        return Error(Error::Kind::Invalid,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary", "%1 is not a file."))
                         .arg(shown));
    if (Status s = checkSize(info.size(), name); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            Error::Kind::Io,
            translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary", "Cannot read the file %1."))
                .arg(shown),
            file.errorString());
    NewMedia media;
    media.bytes = file.readAll();
    media.fileName = name;
    media.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(name, media.bytes).name();
    if (expect == Expect::Image && !media.mimeType.startsWith(QLatin1String("image/")))
        return Error(
            Error::Kind::Invalid,
            translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary", "The file %1 is not an image."))
                .arg(name),
            media.mimeType);

    QSqlDatabase db = m_database.connection();
    auto existing = queryInt(db, QStringLiteral("SELECT count(*) FROM media WHERE sha256 = ?"),
                             {sha256Of(media.bytes)});
    if (!existing)
        return existing.error();
    auto id = add(media);
    if (!id)
        return id.error();
    return Imported{*id, *existing > 0};
}

Result<MediaItem> MediaLibrary::item(const QString& id) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, QStringLiteral("SELECT ") + itemColumns +
                                      QStringLiteral(" FROM media WHERE id = ?"));
        !s)
        return s.error();
    if (Status s = exec(query, {id}); !s)
        return s.error();
    if (!query.next())
        return Error(Error::Kind::NotFound,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                  "The media file is no longer in the library.")),
                     id);
    return itemFrom(query);
}

Result<QList<MediaItem>> MediaLibrary::items() const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, QStringLiteral("SELECT ") + itemColumns +
                                      QStringLiteral(" FROM media ORDER BY created_at DESC, "
                                                     "file_name, id"));
        !s)
        return s.error();
    if (Status s = exec(query); !s)
        return s.error();
    QList<MediaItem> items;
    while (query.next())
        items << itemFrom(query);
    return items;
}

Status MediaLibrary::updateMetadata(const QString& id, const MediaMetadata& metadata)
{
    if (metadata.title.trimmed().isEmpty())
        return Error(
            Error::Kind::Invalid,
            translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary", "A media file needs a name.")));
    if (metadata.title.size() > 255)
        return Error(Error::Kind::Invalid,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                  "A media name has at most 255 characters.")));
    if (metadata.altText.size() > 1000)
        return Error(
            Error::Kind::Invalid,
            translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                         "An alt text has at most 1000 characters; put longer "
                                         "descriptions in the caption or the text.")));
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (Status s =
            prepare(query, QStringLiteral("UPDATE media SET file_name = ?, alt_text = ?, "
                                          "caption = ?, licence = ?, updated_at = "
                                          "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"));
        !s)
        return s;
    if (Status s = exec(query, {metadata.title.trimmed(), metadata.altText.trimmed(),
                                metadata.caption.trimmed(), toKey(metadata.licence), id});
        !s)
        return s;
    if (query.numRowsAffected() == 0)
        return Error(Error::Kind::NotFound,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                  "The media file is no longer in the library.")),
                     id);
    notify({id});
    return {};
}

Result<QList<MediaUsage>> MediaLibrary::usages(const QString& id) const
{
    QSqlDatabase db = m_database.connection();
    return queryUsages(db, id);
}

Status MediaLibrary::remove(const QString& id)
{
    auto existing = item(id);
    if (!existing)
        return existing.error();
    Status removed = m_database.transaction([&](QSqlDatabase& db) -> Status {
        auto used = queryUsages(db, id);
        if (!used)
            return used.error();
        if (!used->isEmpty()) {
            QStringList places;
            for (const MediaUsage& usage : std::as_const(*used))
                places << usage.describe();
            return Error(
                Error::Kind::Invalid,
                translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                             "%1 is still used by %2; remove it there first."))
                    .arg(existing->metadata.title, places.join(QStringLiteral(", "))));
        }
        return exec(db, QStringLiteral("DELETE FROM media WHERE id = ?"), {id});
    });
    if (!removed)
        return removed;
    // The row is gone; the files are only a cache of it now. A file that cannot be removed
    // (locked on Windows) is left behind and reused if the same bytes come back.
    QFile::remove(filePathFor(existing->sha256));
    const QDir thumbs(QDir(m_root).filePath(QStringLiteral("thumbs")));
    for (const QString& name :
         thumbs.entryList({existing->sha256 + QStringLiteral("-*.png")}, QDir::Files))
        QFile::remove(thumbs.filePath(name));
    notify({id});
    return {};
}

Status MediaLibrary::restore(const MediaItem& item, const QByteArray& bytes)
{
    if (sha256Of(bytes) != item.sha256)
        return Error(Error::Kind::Invalid,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                  "The bytes of %1 do not match its checksum."))
                         .arg(item.metadata.title));
    if (auto stored = storeBytes(bytes, item.sha256, item.metadata.title); !stored)
        return stored.error();
    const QVariant noInt(QMetaType(QMetaType::Int));
    const bool sized = item.pixelSize.isValid();
    QSqlDatabase db = m_database.connection();
    if (Status s = exec(db,
                        QStringLiteral("INSERT INTO media (id, sha256, file_name, mime_type, "
                                       "size_bytes, width, height, alt_text, caption, licence, "
                                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {item.id, item.sha256, item.metadata.title, item.mimeType, item.sizeBytes,
                         sized ? QVariant(item.pixelSize.width()) : noInt,
                         sized ? QVariant(item.pixelSize.height()) : noInt, item.metadata.altText,
                         item.metadata.caption, toKey(item.metadata.licence), item.createdAt});
        !s)
        return s;
    notify({item.id});
    return {};
}

Result<QByteArray> MediaLibrary::readBytes(const MediaItem& item) const
{
    QFile file(filePathFor(item.sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                  "Cannot read the media file %1."))
                         .arg(item.metadata.title),
                     file.errorString());
    return file.readAll();
}

Result<QImage> MediaLibrary::thumbnail(const QString& sha256, int pixels) const
{
    const QString cached = thumbnailPathFor(sha256, pixels);
    if (QFileInfo::exists(cached)) {
        QImage image(cached);
        if (!image.isNull())
            return image;
        // an unreadable cache file (e.g. cut short by a crash) is made again below
    }
    QImageReader reader(filePathFor(sha256));
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid())
        return Error(Error::Kind::Invalid,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                  "The media file is not a readable image.")),
                     reader.errorString());
    // Decoders that can (JPEG) decode straight at the reduced size.
    if (size.width() > pixels || size.height() > pixels)
        reader.setScaledSize(size.scaled(pixels, pixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return Error(Error::Kind::Invalid,
                     translated(QT_TRANSLATE_NOOP("openmayor::MediaLibrary",
                                                  "The media file is not a readable image.")),
                     reader.errorString());
    // The cache is an optimisation: when it cannot be written the thumbnail is still shown
    // and made again next time.
    if (QDir().mkpath(QFileInfo(cached).absolutePath())) {
        QSaveFile file(cached);
        if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG"))
            file.commit();
    }
    return image;
}

} // namespace openmayor

#include "medialibrary.h"

#include "common/ids.h"
#include "sqlutil.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QSqlQuery>

namespace openmayor {

MediaLibrary::MediaLibrary(Database database, QString rootFolder)
    : m_database(std::move(database)), m_root(std::move(rootFolder))
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

Result<QString> MediaLibrary::add(const NewMedia& media)
{
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(media.bytes, QCryptographicHash::Sha256).toHex());
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

    const QString path = filePathFor(sha);
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("openmayor::MediaLibrary",
                                                     "Cannot create the media folder %1.")
                             .arg(QDir::toNativeSeparators(m_root)));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(media.bytes) != media.bytes.size() ||
            !file.commit())
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("openmayor::MediaLibrary",
                                                     "Cannot store the media file %1.")
                             .arg(media.fileName),
                         file.errorString());
    }

    QBuffer buffer;
    buffer.setData(media.bytes);
    QImageReader reader(&buffer);
    const QSize size = reader.canRead() ? reader.size() : QSize();
    const QString id = newId();
    const QVariant noInt(QMetaType(QMetaType::Int));
    if (Status s =
            exec(db,
                 QStringLiteral("INSERT INTO media (id, sha256, file_name, mime_type, size_bytes, "
                                "width, height, alt_text, caption, licence) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, sha, media.fileName, media.mimeType, media.bytes.size(),
                  size.isValid() ? QVariant(size.width()) : noInt,
                  size.isValid() ? QVariant(size.height()) : noInt, media.altText, media.caption,
                  media.licence});
        !s)
        return s.error();
    return id;
}

} // namespace openmayor

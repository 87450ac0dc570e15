#pragma once

#include "common/result.h"
#include "database.h"

#include <QByteArray>
#include <QString>

namespace openmayor {

// The content-addressed media library: bytes live in files named by their sha256 under
// a root folder (the per-user data folder's "media"), metadata in the `media` table.
// Adding the same bytes twice returns the existing entry.
class MediaLibrary
{
public:
    MediaLibrary(Database database, QString rootFolder);

    // The media folder that belongs to a database file.
    static QString defaultRootFor(const QString& databasePath);

    struct NewMedia
    {
        QByteArray bytes;
        QString fileName;
        QString mimeType;
        QString altText;
        QString caption;
        QString licence = QStringLiteral("kogl1");
    };
    // Stores the bytes (if new) and returns the media id.
    Result<QString> add(const NewMedia& media);
    QString filePathFor(const QString& sha256) const;

private:
    Database m_database;
    QString m_root;
};

} // namespace openmayor

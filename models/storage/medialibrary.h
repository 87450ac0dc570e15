#pragma once

#include "common/result.h"
#include "database.h"
#include "domain/media.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace openmayor {

class ChangeNotifier;

// The content-addressed media library: bytes live in files named by their sha256 under
// a root folder (`<db>-media/ab/abcd…`), metadata in the `media` table, thumbnails in
// `<root>/thumbs/<sha256>-<px>.png` (made once, remade when missing). Adding the same bytes
// twice returns the existing entry. A copy is a cheap handle (the database handle, the
// folder, the notifier); thumbnail() touches files only, so workers may call it.
class MediaLibrary
{
public:
    MediaLibrary(Database database, QString rootFolder, ChangeNotifier* notifier = nullptr);

    // The media folder that belongs to a database file.
    static QString defaultRootFor(const QString& databasePath);
    // Larger files are refused (the portal's upload limit).
    static constexpr qint64 maxFileBytes = 50LL * 1024 * 1024;

    struct NewMedia
    {
        QByteArray bytes;
        QString fileName;
        QString mimeType; // detected from the bytes and the name when empty
        QString altText;
        QString caption;
        QString licence = QStringLiteral("kogl1");
    };
    // Stores the bytes (if new) and returns the media id (of the existing row when the same
    // bytes are in the library already). Refuses empty and over-size files, and files that
    // claim to be images but cannot be read as one.
    Result<QString> add(const NewMedia& media);

    enum class Expect
    {
        AnyFile,
        Image
    };
    struct Imported
    {
        QString id;
        bool existed = false; // the same bytes were in the library already
    };
    // Reads a file from disk into the library (size checked before reading).
    Result<Imported> importFile(const QString& path, Expect expect = Expect::AnyFile);

    QString filePathFor(const QString& sha256) const;
    QString root() const { return m_root; }

    Result<MediaItem> item(const QString& id) const;
    // Every entry, newest first.
    Result<QList<MediaItem>> items() const;

    // Writes title, alt text, caption and licence; the title must not be empty.
    Status updateMetadata(const QString& id, const MediaMetadata& metadata);

    // Every place that refers to the entry: activity photos, press attachments, the page
    // photo, and media:<id> references in rich-text bodies (pages, speeches, activities,
    // press releases, pledge plans).
    Result<QList<MediaUsage>> usages(const QString& id) const;

    // Deletes the row, its file and its thumbnails; refused (nothing changed) while in use.
    Status remove(const QString& id);
    // Puts a removed entry back with the same id (undo of remove).
    Status restore(const MediaItem& item, const QByteArray& bytes);
    Result<QByteArray> readBytes(const MediaItem& item) const;

    // A thumbnail that fits in `pixels` × `pixels` (physical pixels: pass 2× the logical
    // size on HiDPI screens), from the cache or made now and cached.
    Result<QImage> thumbnail(const QString& sha256, int pixels) const;
    QString thumbnailPathFor(const QString& sha256, int pixels) const;

private:
    Result<QString> storeBytes(const QByteArray& bytes, const QString& sha, const QString& name);
    void notify(const QStringList& ids) const;

    Database m_database;
    QString m_root;
    ChangeNotifier* m_notifier = nullptr;
};

} // namespace openmayor

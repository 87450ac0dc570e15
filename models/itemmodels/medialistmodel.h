#pragma once

#include "domain/media.h"
#include "storage/medialibrary.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QSet>

namespace openmayor {

class ChangeNotifier;

// The media library as a list (the dock's thumbnail grid and the picker). Rows are read at
// once (one small query); thumbnails are made or read from the disk cache in a worker
// thread and appear when ready. Filtered by text
// (name, alt text, caption, type) and kind. Until its thumbnail is there, an image shows a
// plain stand-in of the same size, so the grid's layout does not jump.
class MediaListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AltTextRole,
        CaptionRole,
        LicenceRole,      // the key: kogl1 … kogl4, none
        LicenceLabelRole, // translated
        SizeBytesRole,
        SizeTextRole,  // "1.2 MB"
        PixelSizeRole, // QSize, invalid for non-images
        MimeTypeRole,
        IsImageRole,
        MissingAltTextRole, // an image without alt text
        ThumbnailReadyRole  // the decoration is the real thumbnail (not a stand-in)
    };

    enum class KindFilter
    {
        All,
        Images,
        OtherFiles,
        MissingAltText
    };

    // `thumbnailSize` is in logical pixels; thumbnails are made at `devicePixelRatio` times
    // that (2× on HiDPI screens) and carry the ratio.
    MediaListModel(MediaLibrary library, ChangeNotifier* notifier, QObject* parent = nullptr,
                   int thumbnailSize = 96, qreal devicePixelRatio = 1.0);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    MediaItem itemAt(int row) const { return m_rows.value(row); }
    QModelIndex indexOf(const QString& id) const;
    int totalCount() const { return int(m_all.size()); }

    void setFilterText(const QString& text);
    void setKindFilter(KindFilter kind);
    QString filterText() const { return m_filterText; }
    KindFilter kindFilter() const { return m_kind; }

    // True while a worker is making thumbnails.
    bool isLoadingThumbnails() const { return m_batchRunning || !m_queue.isEmpty(); }
    int thumbnailPixels() const;

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    bool accepts(const MediaItem& item) const;
    void applyFilter();
    void requestThumbnail(const QString& sha256) const;
    void startThumbnailBatch();
    QImage placeholderFor(const MediaItem& item) const;
    QImage loadingImage() const;
    QImage squared(const QImage& picture) const;

    MediaLibrary m_library;
    int m_thumbnailSize;
    qreal m_devicePixelRatio;
    QList<MediaItem> m_all;
    QList<MediaItem> m_rows;
    QString m_filterText;
    KindFilter m_kind = KindFilter::All;

    // thumbnail cache, by sha256; `m_requested` holds those asked for (loaded, queued or
    // failed), so each is made at most once per model
    QHash<QString, QImage> m_thumbnails;
    mutable QSet<QString> m_requested;
    mutable QStringList m_queue;
    mutable bool m_batchScheduled = false;
    bool m_batchRunning = false;
    mutable QHash<QString, QImage> m_placeholders; // by file suffix
    mutable QImage m_loading;
};

} // namespace openmayor

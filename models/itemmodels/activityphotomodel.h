#pragma once

#include "domain/content.h"
#include "storage/medialibrary.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QUrl>

namespace openmayor {

// The ordered photo gallery of a field activity, for an icon-mode list view. It shows the
// photos it is given and turns drag and drop into requests (reorder, add files); the
// editor applies them as undoable edits and gives the model the stored gallery back.
class ActivityPhotoModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        PhotoIdRole = Qt::UserRole + 1,
        AltTextRole,
        LicenceRole
    };

    // `library`: where the thumbnails come from (its cached thumbnails).
    explicit ActivityPhotoModel(MediaLibrary library, QObject* parent = nullptr);

    void setPhotos(const QList<ActivityPhoto>& photos);
    const QList<ActivityPhoto>& photos() const { return m_photos; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    static constexpr QSize thumbnailSize{160, 110};
    static QString rowsMimeType();

signals:
    // Move the photo at `from` so that it ends up before the photo now at `before`
    // (rowCount() for the end).
    void moveRequested(int from, int before);
    // Add these local image files before `before`.
    void filesDropped(const QStringList& paths, int before);

private:
    QImage thumbnail(const ActivityPhoto& photo) const;

    MediaLibrary m_library;
    QList<ActivityPhoto> m_photos;
    mutable QHash<QString, QImage> m_thumbnails; // by sha256
};

} // namespace openmayor

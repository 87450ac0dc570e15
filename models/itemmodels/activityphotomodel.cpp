#include "activityphotomodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>

namespace openmayor {

ActivityPhotoModel::ActivityPhotoModel(MediaLibrary library, QObject* parent)
    : QAbstractListModel(parent), m_library(std::move(library))
{}

QString ActivityPhotoModel::rowsMimeType()
{
    return QStringLiteral("application/x-openmayor-photo-rows");
}

void ActivityPhotoModel::setPhotos(const QList<ActivityPhoto>& photos)
{
    if (photos == m_photos)
        return;
    beginResetModel();
    m_photos = photos;
    endResetModel();
}

int ActivityPhotoModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_photos.size());
}

QImage ActivityPhotoModel::thumbnail(const ActivityPhoto& photo) const
{
    if (photo.sha256.isEmpty())
        return {};
    auto cached = m_thumbnails.constFind(photo.sha256);
    if (cached != m_thumbnails.constEnd())
        return *cached;
    // the library's cached thumbnail (made once, on disk), fitted to the gallery's cell
    const auto stored = m_library.thumbnail(photo.sha256, 2 * thumbnailSize.width());
    const QImage image =
        stored ? stored->scaled(thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
               : QImage();
    m_thumbnails.insert(photo.sha256, image);
    return image;
}

QVariant ActivityPhotoModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_photos.size())
        return {};
    const ActivityPhoto& photo = m_photos.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2")
            .arg(index.row() + 1)
            .arg(photo.caption.isEmpty() ? photo.fileName : photo.caption);
    case Qt::DecorationRole:
        return thumbnail(photo);
    case Qt::ToolTipRole:
    case AltTextRole:
        return photo.altText;
    case Qt::AccessibleTextRole:
        return photo.altText.isEmpty() ? photo.fileName : photo.altText;
    case PhotoIdRole:
        return photo.id;
    case LicenceRole:
        return photo.licence;
    default:
        return {};
    }
}

Qt::ItemFlags ActivityPhotoModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    // items are not drop targets: a drop lands between photos
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions ActivityPhotoModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ActivityPhotoModel::mimeTypes() const
{
    return {rowsMimeType(), QStringLiteral("text/uri-list")};
}

QMimeData* ActivityPhotoModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(rowsMimeType(), QByteArray::number(indexes.first().row()));
    return data;
}

bool ActivityPhotoModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                         const QModelIndex&) const
{
    if (!data)
        return false;
    if (data->hasFormat(rowsMimeType()))
        return true;
    for (const QUrl& url : data->urls())
        if (url.isLocalFile())
            return true;
    return false;
}

bool ActivityPhotoModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                      const QModelIndex& parent)
{
    if (action == Qt::IgnoreAction || !canDropMimeData(data, action, row, 0, parent))
        return false;
    const int before = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (data->hasFormat(rowsMimeType())) {
        bool ok = false;
        const int from = data->data(rowsMimeType()).toInt(&ok);
        if (!ok || from < 0 || from >= m_photos.size())
            return false;
        if (before != from && before != from + 1)
            emit moveRequested(from, before);
        // the move is the editor's to make: the view must not remove the dragged row
        return false;
    }
    QStringList paths;
    for (const QUrl& url : data->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return false;
    emit filesDropped(paths, before);
    return true;
}

} // namespace openmayor

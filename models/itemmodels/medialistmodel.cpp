#include "medialistmodel.h"

#include "common/background.h"
#include "common/changenotifier.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QTimer>

namespace openmayor {

namespace {
using Thumbnails = QList<std::pair<QString, QImage>>; // sha256, image (null when it failed)
}

MediaListModel::MediaListModel(MediaLibrary library, ChangeNotifier* notifier, QObject* parent,
                               int thumbnailSize, qreal devicePixelRatio)
    : QAbstractListModel(parent), m_library(std::move(library)), m_thumbnailSize(thumbnailSize),
      m_devicePixelRatio(qMax<qreal>(1.0, devicePixelRatio))
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::mediaChanged, this, &MediaListModel::reload);
        connect(notifier, &ChangeNotifier::storeReset, this, &MediaListModel::reload);
    }
    reload();
}

int MediaListModel::thumbnailPixels() const
{
    return qRound(m_thumbnailSize * m_devicePixelRatio);
}

void MediaListModel::reload()
{
    auto items = m_library.items();
    beginResetModel();
    m_all = items ? *items : QList<MediaItem>();
    m_rows.clear();
    for (const MediaItem& item : std::as_const(m_all))
        if (accepts(item))
            m_rows << item;
    endResetModel();
    if (!items)
        emit loadFailed(items.error().fullText());
}

bool MediaListModel::accepts(const MediaItem& item) const
{
    switch (m_kind) {
    case KindFilter::All:
        break;
    case KindFilter::Images:
        if (!item.isImage())
            return false;
        break;
    case KindFilter::OtherFiles:
        if (item.isImage())
            return false;
        break;
    case KindFilter::MissingAltText:
        if (!item.lacksAltText())
            return false;
        break;
    }
    const QString text = m_filterText.trimmed();
    if (text.isEmpty())
        return true;
    for (const QString& field :
         {item.metadata.title, item.metadata.altText, item.metadata.caption, item.mimeType})
        if (field.contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

void MediaListModel::applyFilter()
{
    beginResetModel();
    m_rows.clear();
    for (const MediaItem& item : std::as_const(m_all))
        if (accepts(item))
            m_rows << item;
    endResetModel();
}

void MediaListModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    applyFilter();
}

void MediaListModel::setKindFilter(KindFilter kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    applyFilter();
}

int MediaListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QModelIndex MediaListModel::indexOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return index(row);
    return {};
}

QVariant MediaListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MediaItem& item = m_rows.at(index.row());
    const QString sizeText = QLocale().formattedDataSize(item.sizeBytes, 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item.metadata.title;
    case Qt::ToolTipRole: {
        QString tip = item.metadata.title + u'\n' + sizeText;
        if (item.pixelSize.isValid())
            tip += QStringLiteral(" · %1 × %2")
                       .arg(item.pixelSize.width())
                       .arg(item.pixelSize.height());
        if (item.lacksAltText())
            tip += u'\n' + tr("No alt text yet");
        else if (!item.metadata.altText.isEmpty())
            tip += u'\n' + item.metadata.altText;
        return tip;
    }
    case Qt::DecorationRole:
        if (!item.isImage())
            return placeholderFor(item);
        if (const auto found = m_thumbnails.constFind(item.sha256); found != m_thumbnails.cend())
            return found->isNull() ? placeholderFor(item) : *found;
        requestThumbnail(item.sha256);
        return loadingImage();
    case IdRole:
        return item.id;
    case AltTextRole:
        return item.metadata.altText;
    case CaptionRole:
        return item.metadata.caption;
    case LicenceRole:
        return toKey(item.metadata.licence);
    case LicenceLabelRole:
        return labelOf(item.metadata.licence);
    case SizeBytesRole:
        return item.sizeBytes;
    case SizeTextRole:
        return sizeText;
    case PixelSizeRole:
        return item.pixelSize;
    case MimeTypeRole:
        return item.mimeType;
    case IsImageRole:
        return item.isImage();
    case MissingAltTextRole:
        return item.lacksAltText();
    case ThumbnailReadyRole:
        return item.isImage() && !m_thumbnails.value(item.sha256).isNull();
    default:
        return {};
    }
}

QHash<int, QByteArray> MediaListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "mediaId");
    names.insert(AltTextRole, "altText");
    names.insert(CaptionRole, "caption");
    names.insert(LicenceRole, "licence");
    names.insert(LicenceLabelRole, "licenceLabel");
    names.insert(SizeBytesRole, "sizeBytes");
    names.insert(SizeTextRole, "sizeText");
    names.insert(PixelSizeRole, "pixelSize");
    names.insert(MimeTypeRole, "mimeType");
    names.insert(IsImageRole, "isImage");
    names.insert(MissingAltTextRole, "missingAltText");
    names.insert(ThumbnailReadyRole, "thumbnailReady");
    return names;
}

void MediaListModel::requestThumbnail(const QString& sha256) const
{
    if (m_requested.contains(sha256))
        return;
    m_requested.insert(sha256);
    m_queue << sha256;
    if (m_batchScheduled || m_batchRunning)
        return;
    m_batchScheduled = true;
    // data() is const and may run inside a paint event: start the worker from the event loop
    QTimer::singleShot(0, const_cast<MediaListModel*>(this), &MediaListModel::startThumbnailBatch);
}

void MediaListModel::startThumbnailBatch()
{
    m_batchScheduled = false;
    if (m_queue.isEmpty() || m_batchRunning)
        return;
    m_batchRunning = true;
    const QStringList batch = std::exchange(m_queue, {});
    runInBackground<Thumbnails>(
        this,
        [library = m_library, batch, pixels = thumbnailPixels()] {
            Thumbnails made;
            for (const QString& sha : batch) {
                auto image = library.thumbnail(sha, pixels);
                made.append({sha, image ? *image : QImage()});
            }
            return made;
        },
        [this](Thumbnails made) {
            m_batchRunning = false;
            for (auto& [sha, image] : made) {
                m_thumbnails.insert(sha, image.isNull() ? image : squared(image));
                for (int row = 0; row < m_rows.size(); ++row)
                    if (m_rows.at(row).sha256 == sha)
                        emit dataChanged(index(row), index(row), {Qt::DecorationRole});
            }
            if (!m_queue.isEmpty())
                startThumbnailBatch();
        });
}

// Every decoration is a square of the same size (the picture centred on a transparent
// canvas), so grid cells line up whatever the pictures' shapes.
QImage MediaListModel::squared(const QImage& picture) const
{
    const int side = thumbnailPixels();
    QImage canvas(side, side, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    const QSize size = picture.size().boundedTo(QSize(side, side));
    painter.drawImage(QRect(QPoint((side - size.width()) / 2, (side - size.height()) / 2), size),
                      picture);
    painter.end();
    canvas.setDevicePixelRatio(m_devicePixelRatio);
    return canvas;
}

QImage MediaListModel::loadingImage() const
{
    if (m_loading.isNull()) {
        const int side = thumbnailPixels();
        QImage block(side, side * 2 / 3, QImage::Format_ARGB32_Premultiplied);
        block.fill(QColor(0xe9, 0xec, 0xf1));
        m_loading = squared(block);
    }
    return m_loading;
}

QImage MediaListModel::placeholderFor(const MediaItem& item) const
{
    const QString suffix = QFileInfo(item.metadata.title).suffix().toUpper().left(4);
    if (const auto found = m_placeholders.constFind(suffix); found != m_placeholders.cend())
        return *found;
    // A sheet of paper with the file type on it, drawn once per type.
    const int side = thumbnailPixels();
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF sheet(side * 0.2, side * 0.08, side * 0.6, side * 0.84);
    painter.setPen(QPen(QColor(0x8a, 0x94, 0xa6), side / 48.0));
    painter.setBrush(QColor(0xf4, 0xf6, 0xfa));
    painter.drawRoundedRect(sheet, side * 0.04, side * 0.04);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(8, side / 7));
    painter.setFont(font);
    painter.setPen(QColor(0x3b, 0x4a, 0x63));
    painter.drawText(sheet, Qt::AlignCenter, suffix.isEmpty() ? QStringLiteral("FILE") : suffix);
    painter.end();
    image.setDevicePixelRatio(m_devicePixelRatio);
    m_placeholders.insert(suffix, image);
    return image;
}

} // namespace openmayor

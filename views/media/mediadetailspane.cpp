#include "mediadetailspane.h"

#include "common/background.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace openmayor {

MediaDetailsPane::MediaDetailsPane(QWidget* parent)
    : QWidget(parent), m_preview(new QLabel(this)), m_titleLabel(new QLabel(this)),
      m_title(new QLineEdit(this)), m_altLabel(new QLabel(this)), m_altText(new QLineEdit(this)),
      m_altWarning(new QLabel(this)), m_captionLabel(new QLabel(this)),
      m_caption(new QLineEdit(this)), m_licenceLabel(new QLabel(this)),
      m_licence(new QComboBox(this)), m_infoLabel(new QLabel(this)), m_info(new QLabel(this)),
      m_usagesLabel(new QLabel(this)), m_usages(new QListWidget(this))
{
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(previewSize);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_altWarning->setWordWrap(true);
    m_altWarning->setObjectName(QStringLiteral("altTextWarning"));
    m_altWarning->setStyleSheet(QStringLiteral(
        "#altTextWarning { color: #8a4b00; background: #fff6dc; border: 1px solid #e3c565; "
        "border-radius: 3px; padding: 3px 6px; }"));
    m_altText->setMaxLength(1000);
    m_title->setMaxLength(255);
    // the long licence names must not widen the dock
    m_licence->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_licence->setMinimumContentsLength(16);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_usages->setSelectionMode(QAbstractItemView::NoSelection);
    m_usages->setWordWrap(true);
    m_usages->setMinimumHeight(m_usages->fontMetrics().height() * 3 + 8);
    fillLicences();

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_altLabel, m_altText);
    form->addRow(m_altWarning);
    form->addRow(m_captionLabel, m_caption);
    form->addRow(m_licenceLabel, m_licence);
    form->addRow(m_infoLabel, m_info);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_preview);
    layout->addLayout(form);
    layout->addWidget(m_usagesLabel);
    layout->addWidget(m_usages, 1);

    for (QLineEdit* edit : {m_title, m_altText, m_caption})
        connect(edit, &QLineEdit::editingFinished, this, &MediaDetailsPane::emitEdit);
    connect(m_altText, &QLineEdit::textChanged, this, &MediaDetailsPane::updateWarning);
    connect(m_licence, &QComboBox::activated, this, &MediaDetailsPane::emitEdit);
    retranslate();
    showItem(std::nullopt, nullptr);
}

void MediaDetailsPane::fillLicences()
{
    const int current = m_licence->currentIndex();
    m_licence->clear();
    for (const QString& key : EnumInfo<MediaLicence>::keys())
        m_licence->addItem(labelOfKey<MediaLicence>(key), key);
    m_licence->setCurrentIndex(current);
}

void MediaDetailsPane::retranslate()
{
    m_titleLabel->setText(tr("&Name:"));
    m_titleLabel->setBuddy(m_title);
    m_altLabel->setText(tr("&Alt text:"));
    m_altLabel->setBuddy(m_altText);
    m_altText->setPlaceholderText(tr("What the picture shows, for screen readers"));
    m_altWarning->setText(
        tr("This image has no alt text. Images without alt text cannot be published."));
    m_captionLabel->setText(tr("&Caption:"));
    m_captionLabel->setBuddy(m_caption);
    m_licenceLabel->setText(tr("&Licence:"));
    m_licenceLabel->setBuddy(m_licence);
    m_infoLabel->setText(tr("File:"));
    m_usagesLabel->setText(tr("Used in:"));
    m_preview->setAccessibleName(tr("Preview"));
    fillLicences();
}

void MediaDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MediaDetailsPane::showItem(const std::optional<MediaItem>& item, const MediaLibrary* library)
{
    m_item = item;
    ++m_previewGeneration;
    const bool shown = item.has_value();
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_title, m_altText, m_caption, m_licence, m_usages})
        widget->setEnabled(shown);
    m_preview->clear();
    m_usages->clear();
    if (!shown) {
        m_title->clear();
        m_altText->clear();
        m_caption->clear();
        m_info->clear();
        m_preview->setText(tr("Select a file to see its details."));
        updateWarning();
        return;
    }
    m_title->setText(item->metadata.title);
    m_altText->setText(item->metadata.altText);
    m_altText->setEnabled(item->isImage());
    m_caption->setText(item->metadata.caption);
    m_licence->setCurrentIndex(m_licence->findData(toKey(item->metadata.licence)));

    QStringList info{item->mimeType, QLocale().formattedDataSize(item->sizeBytes, 1)};
    if (item->pixelSize.isValid())
        info << tr("%1 × %2 pixels").arg(item->pixelSize.width()).arg(item->pixelSize.height());
    m_info->setText(info.join(QStringLiteral(" · ")));
    updateWarning();

    if (!library)
        return;
    if (auto usages = library->usages(item->id); !usages) {
        m_usages->addItem(usages.error().message);
    } else if (usages->isEmpty()) {
        m_usages->addItem(tr("Not used yet"));
    } else {
        for (const MediaUsage& usage : std::as_const(*usages))
            m_usages->addItem(usage.describe());
    }
    if (item->isImage())
        loadPreview(*library);
    else
        m_preview->setText(tr("No preview for this file type"));
}

void MediaDetailsPane::loadPreview(const MediaLibrary& library)
{
    const int generation = m_previewGeneration;
    const qreal ratio = devicePixelRatioF();
    const int pixels = qRound(previewSize * ratio);
    runInBackground<Result<QImage>>(
        this, [library, sha = m_item->sha256, pixels] { return library.thumbnail(sha, pixels); },
        [this, generation, ratio](Result<QImage> image) {
            if (generation != m_previewGeneration)
                return; // another item is shown by now
            if (!image) {
                m_preview->setText(image.error().message);
                return;
            }
            QPixmap pixmap = QPixmap::fromImage(*image);
            pixmap.setDevicePixelRatio(ratio);
            m_preview->setPixmap(pixmap);
        });
}

bool MediaDetailsPane::hasPreview() const
{
    return !m_preview->pixmap().isNull();
}

void MediaDetailsPane::updateWarning()
{
    m_altWarning->setVisible(m_item && m_item->isImage() && m_altText->text().trimmed().isEmpty());
}

void MediaDetailsPane::emitEdit()
{
    if (!m_item)
        return;
    MediaMetadata metadata = m_item->metadata;
    metadata.title = m_title->text().trimmed();
    metadata.altText = m_altText->text().trimmed();
    metadata.caption = m_caption->text().trimmed();
    metadata.licence = fromKey<MediaLicence>(m_licence->currentData().toString())
                           .value_or(m_item->metadata.licence);
    if (metadata != m_item->metadata)
        emit metadataEdited(m_item->id, metadata);
}

} // namespace openmayor

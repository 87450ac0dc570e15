#include "pageeditor.h"

#include "richtexteditor.h"
#include "storage/contentitemrepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace openmayor {

PageEditor::PageEditor(const ContentEditorContext& context, QWidget* parent)
    : ContentEditor(ContentType::Page, context, parent), m_titleLabel(new QLabel(this)),
      m_title(new QLineEdit(this)), m_photoRow(new QWidget(this)), m_photo(new QLabel(this)),
      m_photoNote(new QLabel(this)), m_choosePhoto(new QPushButton(this)),
      m_removePhoto(new QPushButton(this)), m_body(new RichTextEditor(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_titleLabel->setBuddy(m_title);
    m_photo->setFixedSize(120, 150);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photoNote->setWordWrap(true);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_titleLabel);
    titleRow->addWidget(m_title, 1);
    auto* photoButtons = new QVBoxLayout;
    photoButtons->addWidget(m_photoNote);
    photoButtons->addWidget(m_choosePhoto, 0, Qt::AlignLeft);
    photoButtons->addWidget(m_removePhoto, 0, Qt::AlignLeft);
    photoButtons->addStretch(1);
    auto* photoLayout = new QHBoxLayout(m_photoRow);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    photoLayout->addWidget(m_photo);
    photoLayout->addLayout(photoButtons, 1);
    formLayout()->addLayout(titleRow);
    formLayout()->addWidget(m_photoRow);
    formLayout()->addWidget(m_body, 1);
    connectMediaImages(m_body);

    bindText<Page>(m_title, QStringLiteral("title"), tr("title"), &Page::title);
    bindBody<Page>(m_body, tr("text"), &Page::bodyHtml);
    addRefresher([this] { refreshPhoto(); });
    connect(m_choosePhoto, &QPushButton::clicked, this, [this] {
        if (auto picked = pickImage())
            setPhoto(picked->first);
    });
    connect(m_removePhoto, &QPushButton::clicked, this, [this] { setPhoto(QString()); });
    retranslate();
}

bool PageEditor::setPhoto(const QString& mediaId)
{
    return applyNow(mediaId.isEmpty() ? tr("Remove the photo") : tr("Change the photo"),
                    [&](ContentItem& item) { std::get<Page>(item).photoMediaId = mediaId; })
        .ok();
}

void PageEditor::refreshPhoto()
{
    const Page& page = shown<Page>();
    m_photoRow->setVisible(page.slug == u"profile");
    if (page.slug != u"profile")
        return;
    const QImage image = page.photoMediaId.isEmpty() ? QImage() : mediaImage(page.photoMediaId);
    if (image.isNull()) {
        m_photo->setPixmap(QPixmap());
        m_photo->setText(tr("No photo"));
    } else {
        m_photo->setPixmap(QPixmap::fromImage(
            image.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    auto info = page.photoMediaId.isEmpty() ? Result<MediaFileInfo>(Error())
                                            : context().repository->mediaFile(page.photoMediaId);
    m_photo->setAccessibleName(info ? info->altText : tr("No photo"));
    m_photoNote->setText(
        info ? tr("%1\nAlt text: %2")
                   .arg(info->fileName, info->altText.isEmpty() ? tr("(missing)") : info->altText)
             : tr("The profile page shows the mayor's photo."));
    m_removePhoto->setEnabled(!page.photoMediaId.isEmpty());
}

void PageEditor::retranslate()
{
    m_titleLabel->setText(tr("&Title"));
    m_choosePhoto->setText(tr("Choose Photo…"));
    m_removePhoto->setText(tr("Remove Photo"));
}

} // namespace openmayor

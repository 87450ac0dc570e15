#include "mediapickerdialog.h"

#include "commands/mediaedits.h"
#include "itemmodels/medialistmodel.h"
#include "mediadock.h"
#include "mediathumbnaildelegate.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace openmayor {

MediaPickerDialog::MediaPickerDialog(MediaLibrary& library, Kind kind, QUndoStack* undoStack,
                                     QWidget* parent)
    : QDialog(parent), m_library(library), m_kind(kind), m_undoStack(undoStack),
      m_model(new MediaListModel(library, nullptr, this, MediaDock::thumbnailSize,
                                 devicePixelRatioF())),
      m_search(new QLineEdit(this)), m_view(new QListView(this)), m_import(new QPushButton(this)),
      m_altLabel(new QLabel(this)), m_altText(new QLineEdit(this)), m_altHint(new QLabel(this)),
      m_caption(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("mediaPicker"));
    setWindowTitle(kind == Kind::Image ? tr("Insert Image") : tr("Choose a File"));
    if (kind == Kind::Image)
        m_model->setKindFilter(MediaListModel::KindFilter::Images);

    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, alt text, caption"));
    m_import->setText(tr("&Import File…"));
    m_view->setModel(m_model);
    m_view->setViewMode(QListView::IconMode);
    m_view->setIconSize(QSize(MediaDock::thumbnailSize, MediaDock::thumbnailSize));
    const int textLines = m_view->fontMetrics().lineSpacing() * 2;
    m_view->setGridSize(
        QSize(MediaDock::thumbnailSize + 28, MediaDock::thumbnailSize + textLines + 14));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setUniformItemSizes(true);
    m_view->setItemDelegate(new MediaThumbnailDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Media files"));

    m_altLabel->setText(tr("&Alt text:"));
    m_altLabel->setBuddy(m_altText);
    m_altText->setMaxLength(1000);
    m_altText->setPlaceholderText(tr("What the picture shows, for screen readers"));
    m_altHint->setWordWrap(true);
    m_altHint->setText(tr("Images need an alt text: describe what the picture shows, in one "
                          "sentence, for people who cannot see it."));
    m_altHint->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a1261b;"));
    m_problem->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_import);
    auto* form = new QFormLayout;
    form->addRow(m_altLabel, m_altText);
    form->addRow(m_altHint);
    form->addRow(tr("&Caption:"), m_caption);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(640, 560);

    connect(m_search, &QLineEdit::textChanged, m_model, &MediaListModel::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MediaPickerDialog::onCurrentChanged);
    connect(m_model, &MediaListModel::modelReset, this, &MediaPickerDialog::onCurrentChanged);
    connect(m_altText, &QLineEdit::textChanged, this, &MediaPickerDialog::updateOk);
    connect(m_import, &QPushButton::clicked, this, &MediaPickerDialog::chooseFileToImport);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MediaPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MediaPickerDialog::reject);
    connect(m_view, &QListView::doubleClicked, this, [this] {
        if (okButton()->isEnabled())
            accept();
    });
    onCurrentChanged();
}

MediaPickerDialog::~MediaPickerDialog() = default;

std::optional<MediaPick> MediaPickerDialog::pick(QWidget* parent, MediaLibrary& library, Kind kind,
                                                 QUndoStack* undoStack, const QString& currentId)
{
    MediaPickerDialog dialog(library, kind, undoStack, parent);
    if (!currentId.isEmpty())
        dialog.selectMedia(currentId);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selection();
}

QPushButton* MediaPickerDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool MediaPickerDialog::selectMedia(const QString& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void MediaPickerDialog::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const bool image = current.isValid() && current.data(MediaListModel::IsImageRole).toBool();
    m_altText->setText(current.isValid() ? current.data(MediaListModel::AltTextRole).toString()
                                         : QString());
    m_caption->setText(current.isValid() ? current.data(MediaListModel::CaptionRole).toString()
                                         : QString());
    m_altText->setEnabled(image);
    m_altHint->setVisible(image || !current.isValid());
    m_problem->hide();
    updateOk();
}

void MediaPickerDialog::updateOk()
{
    const QModelIndex current = m_view->currentIndex();
    const bool image = current.isValid() && current.data(MediaListModel::IsImageRole).toBool();
    const bool missingAlt = image && m_altText->text().trimmed().isEmpty();
    okButton()->setEnabled(current.isValid() && !missingAlt);
    // the hint turns into a warning while it is what stands between the user and OK
    m_altHint->setStyleSheet(missingAlt ? QStringLiteral("color: #8a4b00;") : QString());
}

std::optional<MediaPick> MediaPickerDialog::selection() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const MediaItem item = m_model->itemAt(current.row());
    return MediaPick{item.id,
                     item.metadata.title,
                     item.mimeType,
                     item.isImage() ? m_altText->text().trimmed() : QString(),
                     m_caption->text().trimmed(),
                     item.pixelSize,
                     item.isImage()};
}

void MediaPickerDialog::accept()
{
    const std::optional<MediaPick> chosen = selection();
    if (!chosen || (chosen->isImage && chosen->altText.isEmpty()))
        return; // OK is disabled in this state; Enter in a field must not slip past it
    const MediaItem item = m_model->itemAt(m_view->currentIndex().row());
    MediaMetadata metadata = item.metadata;
    if (chosen->isImage)
        metadata.altText = chosen->altText;
    if (item.metadata.caption.isEmpty())
        metadata.caption = chosen->caption; // the first caption given becomes the file's own
    if (metadata != item.metadata) {
        const Status saved = m_undoStack ? pushMediaEdit(m_undoStack, m_library, item.id, metadata)
                                         : m_library.updateMetadata(item.id, metadata);
        if (!saved) {
            showProblem(saved.error().message);
            return;
        }
    }
    QDialog::accept();
}

bool MediaPickerDialog::importFile(const QString& path)
{
    auto imported = m_library.importFile(
        path, m_kind == Kind::Image ? MediaLibrary::Expect::Image : MediaLibrary::Expect::AnyFile);
    if (!imported) {
        showProblem(imported.error().message);
        return false;
    }
    m_search->clear();
    m_model->reload();
    selectMedia(imported->id);
    m_altText->setFocus();
    return true;
}

void MediaPickerDialog::chooseFileToImport()
{
    const QString filter = m_kind == Kind::Image
                               ? tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)")
                               : tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import into the Media Library"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), filter);
    if (!path.isEmpty())
        importFile(path);
}

void MediaPickerDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace openmayor

#include "mediadock.h"

#include "commands/mediaedits.h"
#include "itemmodels/medialistmodel.h"
#include "mediadetailspane.h"
#include "mediathumbnaildelegate.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace openmayor {

namespace {
QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}
} // namespace

MediaDock::MediaDock(QUndoStack* undoStack, QWidget* parent)
    : QDockWidget(parent), m_undoStack(undoStack), m_search(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_import(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_view(new QListView(this)), m_messageBar(new MessageBar(this)),
      m_details(new MediaDetailsPane(this))
{
    setObjectName(QStringLiteral("mediaDock"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    setFeatures(DockWidgetClosable | DockWidgetMovable | DockWidgetFloatable);

    m_search->setClearButtonEnabled(true);
    m_view->setViewMode(QListView::IconMode);
    m_view->setIconSize(QSize(thumbnailSize, thumbnailSize));
    const int textLines = m_view->fontMetrics().lineSpacing() * 2;
    m_view->setGridSize(QSize(thumbnailSize + 28, thumbnailSize + textLines + 14));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setWrapping(true);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setUniformItemSizes(true);
    m_view->setItemDelegate(new MediaThumbnailDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMinimumHeight(thumbnailSize + textLines + 20);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);

    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({330, 400});

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messageBar);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    setWidget(content);
    content->setMinimumWidth(300);

    connect(m_import, &QPushButton::clicked, this, &MediaDock::chooseFilesToImport);
    connect(m_delete, &QPushButton::clicked, this, &MediaDock::deleteSelected);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_model)
            m_model->setFilterText(text);
    });
    connect(m_kind, &QComboBox::activated, this, &MediaDock::applyKindFilter);
    connect(m_details, &MediaDetailsPane::metadataEdited, this, &MediaDock::onMetadataEdited);
    retranslate();
    clearLibrary();
}

MediaDock::~MediaDock() = default;

void MediaDock::retranslate()
{
    setWindowTitle(tr("Media Library"));
    m_search->setPlaceholderText(tr("Search name, alt text, caption"));
    m_search->setAccessibleName(tr("Search media"));
    const int kind = qMax(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("All files"), int(MediaListModel::KindFilter::All));
    m_kind->addItem(tr("Images"), int(MediaListModel::KindFilter::Images));
    m_kind->addItem(tr("Other files"), int(MediaListModel::KindFilter::OtherFiles));
    m_kind->addItem(tr("No alt text"), int(MediaListModel::KindFilter::MissingAltText));
    m_kind->setCurrentIndex(kind);
    m_kind->setAccessibleName(tr("Show"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add files to the library (or drop them on the list)"));
    m_delete->setText(tr("Delete"));
    m_view->setAccessibleName(tr("Media files"));
}

void MediaDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        onSelectionChanged();
    }
    QDockWidget::changeEvent(event);
}

void MediaDock::setLibrary(const MediaLibrary& library, ChangeNotifier* notifier)
{
    clearLibrary();
    m_library = std::make_unique<MediaLibrary>(library);
    m_model = new MediaListModel(*m_library, notifier, this, thumbnailSize, devicePixelRatioF());
    m_model->setFilterText(m_search->text());
    applyKindFilter();
    m_view->setModel(m_model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MediaDock::onSelectionChanged);
    connect(m_model, &MediaListModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedMediaId(); });
    connect(m_model, &MediaListModel::modelReset, this, [this] {
        if (!selectMedia(m_keptSelection))
            onSelectionChanged();
    });
    connect(m_model, &MediaListModel::loadFailed, this, [this](const QString& message) {
        m_messageBar->showMessage(message, MessageBar::Level::Error);
    });
    widget()->setEnabled(true);
    onSelectionChanged();
}

void MediaDock::clearLibrary()
{
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_library.reset();
    m_details->showItem(std::nullopt, nullptr);
    widget()->setEnabled(false);
}

void MediaDock::applyKindFilter()
{
    if (m_model)
        m_model->setKindFilter(MediaListModel::KindFilter(m_kind->currentData().toInt()));
}

QString MediaDock::selectedMediaId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(MediaListModel::IdRole).toString() : QString();
}

bool MediaDock::selectMedia(const QString& id)
{
    if (!m_model || id.isEmpty())
        return false;
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    onSelectionChanged(); // also when the index was current already (after a reset)
    return true;
}

void MediaDock::onSelectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_delete->setEnabled(current.isValid());
    if (!m_model || !current.isValid()) {
        m_details->showItem(std::nullopt, nullptr);
        return;
    }
    m_details->showItem(m_model->itemAt(current.row()), m_library.get());
}

void MediaDock::onMetadataEdited(const QString& id, const MediaMetadata& metadata)
{
    if (!m_library)
        return;
    if (Status s = pushMediaEdit(m_undoStack, *m_library, id, metadata); !s) {
        m_messageBar->showMessage(s.error().message, MessageBar::Level::Error);
        onSelectionChanged(); // show what is stored again
    }
}

void MediaDock::deleteSelected()
{
    const QString id = selectedMediaId();
    if (!m_library || id.isEmpty())
        return;
    const QString name = m_model->itemAt(m_view->currentIndex().row()).metadata.title;
    if (Status s = pushMediaRemoval(m_undoStack, *m_library, id); !s) {
        m_messageBar->showMessage(s.error().message, MessageBar::Level::Warning);
        return;
    }
    m_messageBar->showMessage(tr("Deleted %1. Undo brings it back.").arg(name));
}

void MediaDock::chooseFilesToImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import into the Media Library"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;Documents (*.pdf *.hwp *.hwpx "
           "*.docx *.xlsx *.pptx);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MediaDock::importFiles(const QStringList& paths)
{
    if (!m_library)
        return;
    QStringList problems;
    QString last;
    int added = 0;
    int existing = 0;
    for (const QString& path : paths) {
        auto imported = m_library->importFile(path);
        if (!imported) {
            problems << imported.error().message;
            continue;
        }
        imported->existed ? ++existing : ++added;
        last = imported->id;
    }
    if (!last.isEmpty())
        selectMedia(last);
    QStringList summary;
    if (added > 0)
        summary << tr("%n file(s) added to the library.", nullptr, added);
    if (existing > 0)
        summary << tr("%n file(s) were in the library already.", nullptr, existing);
    summary << problems;
    if (!summary.isEmpty())
        m_messageBar->showMessage(summary.join(u'\n'), problems.isEmpty()
                                                           ? MessageBar::Level::Information
                                                           : MessageBar::Level::Error);
}

bool MediaDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return QDockWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (m_library && !localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (!m_library || paths.isEmpty())
            return false;
        drop->acceptProposedAction();
        importFiles(paths);
        return true;
    }
    default:
        return QDockWidget::eventFilter(watched, event);
    }
}

} // namespace openmayor

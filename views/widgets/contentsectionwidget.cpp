#include "contentsectionwidget.h"

#include "commands/contentedits.h"
#include "editors/contenteditor.h"
#include "itemmodels/contenttablemodel.h"
#include "storage/contentitemrepository.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace openmayor {

ContentSectionWidget::ContentSectionWidget(const QString& title, ContentTableModel* model,
                                           QWidget* parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(title, this)), m_count(new QLabel(this)),
      m_view(new QTableView(this)), m_preview(new QTextBrowser(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_portalPreviewAction(new QAction(this))
{
    m_model->setParent(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAccessibleName(title);
    // size columns from the first rows only: a section may hold 100k rows
    m_view->horizontalHeader()->setResizeContentsPrecision(40);
    m_view->resizeColumnsToContents();
    // titles get the room: never let one very long value push the rest off screen
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 420));
    // the title (or label) takes the remaining width
    const QList<ContentColumn>& columns = m_model->listing().columns;
    for (int c = 0; c < columns.size(); ++c)
        if (columns.at(c).sql == u"title" || columns.at(c).sql == u"label")
            m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);

    m_preview->setOpenExternalLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setPlaceholderText(tr("Select an item to preview it."));

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    // schedule events and SNS links are not pages of their own on the portal
    const ContentType type = m_model->listing().type;
    m_portalPreviewAction->setVisible(type != ContentType::ScheduleEvent &&
                                      type != ContentType::SnsLink);
    m_portalPreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_portalPreviewAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_portalPreviewAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_portalPreviewAction);
    auto* previewButton = new QToolButton(this);
    previewButton->setDefaultAction(m_portalPreviewAction);
    previewButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    previewButton->setVisible(m_portalPreviewAction->isVisible());
    connect(m_portalPreviewAction, &QAction::triggered, this,
            &ContentSectionWidget::requestPortalPreview);
    retranslate();

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_count);
    header->addWidget(previewButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContentSectionWidget::showPreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContentSectionWidget::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContentSectionWidget::updateCount);
    connect(m_model, &ContentTableModel::totalCountChanged, this,
            &ContentSectionWidget::updateCount);
    // a reload (after every save) keeps the item that was selected
    // (an item further down than the loaded rows stays open in the editor)
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectedId.isEmpty())
            selectItem(m_selectedId);
    });
    updateCount();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void ContentSectionWidget::setEditor(ContentEditor* editor, bool singleItem)
{
    m_editor = editor;
    const int previewIndex = m_splitter->indexOf(m_preview);
    m_splitter->replaceWidget(previewIndex, editor);
    m_preview->hide();
    m_splitter->setOrientation(Qt::Horizontal);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({420, 640});
    // beside an editor the list shows what finds an item; the editor shows the rest
    static const QStringList kept = {QStringLiteral("release_no"), QStringLiteral("title"),
                                     QStringLiteral("label"), QStringLiteral("platform"),
                                     QStringLiteral("workflow_state")};
    const QList<ContentColumn>& columns = m_model->listing().columns;
    for (int c = 1; c < columns.size(); ++c)
        m_view->setColumnHidden(c, !kept.contains(columns.at(c).sql));
    m_view->setVisible(!singleItem);
    m_count->setVisible(!singleItem);
    connect(editor, &ContentEditor::errorOccurred, this, &ContentSectionWidget::errorOccurred);
    if (!singleItem) {
        m_new = new QAction(this);
        m_new->setShortcut(QKeySequence::New);
        m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(m_new, &QAction::triggered, this, &ContentSectionWidget::createItem);
        m_delete = new QAction(this);
        m_delete->setShortcut(QKeySequence::Delete);
        m_delete->setShortcutContext(Qt::WidgetShortcut); // Del in a text field deletes text
        connect(m_delete, &QAction::triggered, this, &ContentSectionWidget::deleteCurrentItem);
        addAction(m_new);
        m_view->addAction(m_delete);
    }
    retranslate();
    showPreview();
}

void ContentSectionWidget::setDeleteConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirmDelete = std::move(confirm);
}

QString ContentSectionWidget::previewText() const
{
    return m_preview->toPlainText();
}

bool ContentSectionWidget::selectItem(const QString& id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    return true;
}

void ContentSectionWidget::showPreview()
{
    const int row = m_view->currentIndex().row();
    if (m_editor) {
        // a reload clears the selection for a moment: keep the open item meanwhile
        const QString id = m_model->idAt(row);
        if (row >= 0 && !id.isEmpty())
            m_selectedId = id;
        if (m_view->isHidden() && row < 0 && m_model->rowCount() > 0) {
            m_view->selectRow(0);
            return;
        }
        if (row >= 0 || m_selectedId.isEmpty())
            m_editor->setItemId(row >= 0 ? id : QString());
        return;
    }
    const QString text = m_model->previewAt(row);
    if (m_model->listing().type == ContentType::SnsLink ||
        m_model->listing().type == ContentType::ScheduleEvent)
        m_preview->setPlainText(text);
    else
        m_preview->setHtml(text); // stored HTML is sanitized on the way in
}

void ContentSectionWidget::createItem()
{
    if (!m_editor)
        return;
    const ContentEditorContext& context = m_editor->context();
    ContentItem item = newContentItem(m_model->listing().type);
    if (auto* link = std::get_if<SnsLink>(&item))
        link->url = QStringLiteral("https://www.naju.go.kr/"); // a valid start to edit
    auto created = pushContentCreate(context.undoStack, context.repository, item,
                                     m_editor->userName(), tr("New item"));
    if (!created) {
        emit errorOccurred(created.error().message);
        return;
    }
    const QString id = metaOf(*created).id;
    m_selectedId = id;
    if (!selectItem(id))
        m_editor->setItemId(id); // not among the loaded rows (sorted further down)
    m_editor->setFocus(Qt::ShortcutFocusReason);
    if (QWidget* first = m_editor->nextInFocusChain(); first && m_editor->isAncestorOf(first))
        first->setFocus(Qt::ShortcutFocusReason);
}

void ContentSectionWidget::deleteCurrentItem()
{
    if (!m_editor || m_editor->itemId().isEmpty())
        return;
    m_editor->commitPending();
    const ContentItem item = m_editor->item();
    const QString title = titleOf(item);
    const bool confirmed =
        m_confirmDelete
            ? m_confirmDelete(title)
            : QMessageBox::question(this, tr("Delete Item"),
                                    tr("Delete \"%1\"? You can undo this with Ctrl+Z.").arg(title),
                                    QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::No) == QMessageBox::Yes;
    if (!confirmed)
        return;
    const int row = m_view->currentIndex().row();
    const ContentEditorContext& context = m_editor->context();
    m_selectedId.clear();
    const Status removed = pushContentDelete(context.undoStack, context.repository, item,
                                             m_editor->userName(), tr("Delete \"%1\"").arg(title));
    if (!removed) {
        emit errorOccurred(removed.error().message);
        return;
    }
    if (m_model->rowCount() > 0)
        m_view->selectRow(qMin(qMax(row, 0), m_model->rowCount() - 1));
    else
        m_editor->setItemId(QString());
}

void ContentSectionWidget::updateCount()
{
    const int total = m_model->totalCount();
    m_count->setText(total < 0 ? tr("Counting…") : tr("%n item(s)", nullptr, total));
}

void ContentSectionWidget::requestPortalPreview()
{
    const QString id = m_model->idAt(m_view->currentIndex().row());
    if (!id.isEmpty() && m_portalPreviewAction->isVisible())
        emit previewRequested(m_model->listing().type, id);
}

void ContentSectionWidget::retranslate()
{
    updateCount();
    if (m_new) {
        m_new->setText(tr("New Item"));
        m_delete->setText(tr("Delete Item"));
    }

    m_portalPreviewAction->setText(tr("Preview on the portal"));
    m_portalPreviewAction->setToolTip(
        tr("Show the selected item as the portal would at phone, tablet and PC widths (%1)")
            .arg(m_portalPreviewAction->shortcut().toString(QKeySequence::NativeText)));
}

void ContentSectionWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace openmayor

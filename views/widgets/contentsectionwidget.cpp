#include "contentsectionwidget.h"

#include "itemmodels/contenttablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
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
      m_portalPreviewAction(new QAction(this))
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

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

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
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContentSectionWidget::showPreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContentSectionWidget::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContentSectionWidget::updateCount);
    connect(m_model, &ContentTableModel::totalCountChanged, this,
            &ContentSectionWidget::updateCount);
    updateCount();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

QString ContentSectionWidget::previewText() const
{
    return m_preview->toPlainText();
}

void ContentSectionWidget::showPreview()
{
    const int row = m_view->currentIndex().row();
    const QString text = m_model->previewAt(row);
    if (m_model->listing().type == ContentType::SnsLink ||
        m_model->listing().type == ContentType::ScheduleEvent)
        m_preview->setPlainText(text);
    else
        m_preview->setHtml(text); // stored HTML is sanitized on the way in
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
    m_portalPreviewAction->setText(tr("Preview on the portal"));
    m_portalPreviewAction->setToolTip(
        tr("Show the selected item as the portal would at phone, tablet and PC widths (%1)")
            .arg(m_portalPreviewAction->shortcut().toString(QKeySequence::NativeText)));
}

void ContentSectionWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateCount();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace openmayor

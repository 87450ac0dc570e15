#include "pledgesectionwidget.h"

#include "charts/fulfilmentchartspanel.h"
#include "editors/pledgecardeditor.h"
#include "itemmodels/pledgefilterproxymodel.h"
#include "itemmodels/pledgetreemodel.h"
#include "pledgedetailhtml.h"
#include "storage/pledgerepository.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>

namespace openmayor {

PledgeSectionWidget::PledgeSectionWidget(const SectionInfo& section, PledgeTreeModel* model,
                                         PledgeRepository* repository, QUndoStack* undoStack,
                                         ChangeNotifier* notifier, QWidget* parent)
    : QWidget(parent), m_section(section), m_model(model), m_repository(repository),
      m_title(new QLabel(section.translatedTitle(), this)), m_summary(new QLabel(this)),
      m_view(new QTreeView(this)),
      m_editor(new PledgeCardEditor(repository, undoStack, notifier, this)),
      m_proxy(new PledgeFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setVisible(section.kind == SectionInfo::Kind::PledgeFulfilment);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PledgeTreeModel::CodeColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(section.translatedTitle());
    m_view->expandAll();
    // Column widths are set once from the texts they can hold, never measured over all
    // rows (ResizeToContents over a 500-pledge tree costs more than loading it).
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PledgeTreeModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 24;
    auto widthFor = [&](int column, const QStringList& samples) {
        int width =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        m_view->setColumnWidth(column, width + padding);
    };
    QStringList statusLabels;
    for (const QString& key : EnumInfo<PledgeStatus>::keys())
        statusLabels << labelOfKey<PledgeStatus>(key);
    widthFor(PledgeTreeModel::CodeColumn, {QStringLiteral("00-00-00")});
    m_view->setColumnWidth(PledgeTreeModel::CodeColumn,
                           m_view->columnWidth(PledgeTreeModel::CodeColumn) + 40);
    widthFor(PledgeTreeModel::StatusColumn, statusLabels);
    widthFor(PledgeTreeModel::RateColumn, {QStringLiteral("100.0%")});
    widthFor(PledgeTreeModel::DepartmentColumn, {QStringLiteral("뉴미디어홍보팀")});
    widthFor(
        PledgeTreeModel::UpdatedColumn,
        {QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat)});
    if (section.kind == SectionInfo::Kind::PledgePlans) {
        m_view->setColumnHidden(PledgeTreeModel::RateColumn, true);
        m_view->setColumnHidden(PledgeTreeModel::UpdatedColumn, true);
    }

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 560});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    buildFilterBar();
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterText, 2);
    filters->addWidget(m_filterStatus, 1);
    filters->addWidget(m_filterTiming, 1);
    filters->addWidget(m_filterDepartment, 1);
    m_portalPreviewAction = new QAction(tr("Preview on the portal"), this);
    m_portalPreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_portalPreviewAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_portalPreviewAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_portalPreviewAction);
    connect(m_portalPreviewAction, &QAction::triggered, this, [this] {
        if (!m_editor->pledgeId().isEmpty())
            emit previewRequested(ContentType::Pledge, m_editor->pledgeId());
    });
    auto* previewButton = new QToolButton(this);
    previewButton->setDefaultAction(m_portalPreviewAction);
    filters->addWidget(previewButton);
    layout->addLayout(filters);
    if (section.kind == SectionInfo::Kind::PledgeFulfilment) {
        // the tree and the card on one page, fulfilment over time and by status on the next:
        // both need the height, and the window must still fit 1280x800
        m_charts = new FulfilmentChartsPanel(repository->database(), notifier, this);
        m_pages = new QTabWidget(this);
        m_pages->setDocumentMode(true);
        m_pages->addTab(splitter, tr("Pledges"));
        m_pages->addTab(m_charts, tr("Charts"));
        layout->addWidget(m_pages, 1);
    } else {
        layout->addWidget(splitter, 1);
    }

    switch (section.kind) {
    case SectionInfo::Kind::PledgePlans:
        m_editor->showPage(PledgeCardEditor::PlanPage);
        break;
    case SectionInfo::Kind::PledgeFulfilment:
        m_editor->showPage(PledgeCardEditor::IndicatorsPage);
        break;
    default:
        m_editor->showPage(PledgeCardEditor::SummaryPage);
        break;
    }

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PledgeSectionWidget::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PledgeSectionWidget::onTreeReset);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PledgeSectionWidget::updateSummary);
    connect(m_editor, &PledgeCardEditor::errorOccurred, this, &PledgeSectionWidget::errorOccurred);
    onTreeReset();
}

void PledgeSectionWidget::onTreeReset()
{
    m_view->expandAll();
    updateSummary();
    if (m_model->isLoading()) {
        m_summary->setText(tr("Loading the pledges…"));
        m_summary->show();
        return;
    }
    m_summary->setVisible(m_section.kind == SectionInfo::Kind::PledgeFulfilment);
    fillFilterChoices();
    // keep the open card if it is still there, else open the first pledge
    if (!m_editor->pledgeId().isEmpty() && selectPledge(m_editor->pledgeId()))
        return;
    const QModelIndex first = firstPledge();
    if (first.isValid())
        m_view->setCurrentIndex(first);
    else
        m_editor->setPledge({});
}

QModelIndex PledgeSectionWidget::firstPledge(const QModelIndex& parent) const
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (m_model->pledgeAt(m_proxy->mapToSource(index)))
            return index;
        if (const QModelIndex inner = firstPledge(index); inner.isValid())
            return inner;
    }
    return {};
}

void PledgeSectionWidget::buildFilterBar()
{
    m_filterText = new QLineEdit(this);
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setPlaceholderText(tr("Filter by code or title (Ctrl+Shift+F)"));
    m_filterText->setAccessibleName(tr("Filter pledges"));
    m_filterStatus = new QComboBox(this);
    m_filterStatus->addItem(tr("All statuses"), QString());
    for (const QString& key : EnumInfo<PledgeStatus>::keys())
        m_filterStatus->addItem(labelOfKey<PledgeStatus>(key), key);
    m_filterTiming = new QComboBox(this);
    m_filterTiming->addItem(tr("Within and after term"), QString());
    for (const QString& key : EnumInfo<Timing>::keys())
        m_filterTiming->addItem(labelOfKey<Timing>(key), key);
    m_filterDepartment = new QComboBox(this);
    m_filterDepartment->addItem(tr("All departments"), QString());

    connect(m_filterText, &QLineEdit::textChanged, m_proxy, &PledgeFilterProxyModel::setText);
    connect(m_filterStatus, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatusKey(m_filterStatus->currentData().toString()); });
    connect(m_filterTiming, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTimingKey(m_filterTiming->currentData().toString()); });
    connect(m_filterDepartment, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDepartment(m_filterDepartment->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
}

void PledgeSectionWidget::fillFilterChoices()
{
    QStringList departments;
    std::function<void(const QModelIndex&)> collect = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (const PledgeSummary* pledge = m_model->pledgeAt(index)) {
                if (!pledge->leadDepartment.isEmpty() &&
                    !departments.contains(pledge->leadDepartment))
                    departments << pledge->leadDepartment;
            } else {
                collect(index);
            }
        }
    };
    collect({});
    QCollator collator;
    std::sort(departments.begin(), departments.end(), collator);
    const QString current = m_filterDepartment->currentData().toString();
    const QSignalBlocker blocker(m_filterDepartment);
    while (m_filterDepartment->count() > 1)
        m_filterDepartment->removeItem(1);
    for (const QString& department : std::as_const(departments))
        m_filterDepartment->addItem(department, department);
    m_filterDepartment->setCurrentIndex(qMax(0, m_filterDepartment->findData(current)));
}

void PledgeSectionWidget::focusFilter()
{
    m_filterText->setFocus(Qt::ShortcutFocusReason);
    m_filterText->selectAll();
}

bool PledgeSectionWidget::selectPledge(const QString& pledgeId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfPledge(pledgeId));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString PledgeSectionWidget::detailText() const
{
    return m_editor->summaryText();
}

void PledgeSectionWidget::updateSummary()
{
    if (m_section.kind != SectionInfo::Kind::PledgeFulfilment || m_model->isLoading())
        return;
    auto summaries = m_repository->summaries();
    m_summary->setText(summaries ? cityFiguresHtml(fulfilment::cityFigures(*summaries))
                                 : summaries.error().message.toHtmlEscaped());
}

void PledgeSectionWidget::showDetail()
{
    const PledgeSummary* summary = m_model->pledgeAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (summary)
        m_editor->setPledge(summary->id);
    if (m_charts)
        m_charts->setSelectedPledges(summary ? QStringList{summary->code} : QStringList());
}

} // namespace openmayor

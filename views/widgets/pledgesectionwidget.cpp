#include "pledgesectionwidget.h"

#include "editors/pledgecardeditor.h"
#include "itemmodels/pledgetreemodel.h"
#include "pledgedetailhtml.h"
#include "storage/pledgerepository.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace openmayor {

PledgeSectionWidget::PledgeSectionWidget(const SectionInfo& section, PledgeTreeModel* model,
                                         PledgeRepository* repository, QUndoStack* undoStack,
                                         ChangeNotifier* notifier, QWidget* parent)
    : QWidget(parent), m_section(section), m_model(model), m_repository(repository),
      m_title(new QLabel(section.translatedTitle(), this)), m_summary(new QLabel(this)),
      m_view(new QTreeView(this)), m_editor(new PledgeCardEditor(repository, undoStack, notifier, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setVisible(section.kind == SectionInfo::Kind::PledgeFulfilment);

    m_view->setModel(m_model);
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
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        m_view->setColumnWidth(column, width + padding);
    };
    QStringList statusLabels;
    for (const QString& key : EnumInfo<PledgeStatus>::keys())
        statusLabels << labelOfKey<PledgeStatus>(key);
    widthFor(PledgeTreeModel::CodeColumn, {QStringLiteral("00-00-00")});
    m_view->setColumnWidth(PledgeTreeModel::CodeColumn, m_view->columnWidth(PledgeTreeModel::CodeColumn) + 40);
    widthFor(PledgeTreeModel::StatusColumn, statusLabels);
    widthFor(PledgeTreeModel::RateColumn, {QStringLiteral("100.0%")});
    widthFor(PledgeTreeModel::DepartmentColumn, {QStringLiteral("뉴미디어홍보팀")});
    widthFor(PledgeTreeModel::UpdatedColumn, {QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat)});
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
    layout->addWidget(splitter, 1);

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
    // keep the open card if it is still there, else open the first pledge
    if (!m_editor->pledgeId().isEmpty() && selectPledge(m_editor->pledgeId()))
        return;
    const QModelIndex area = m_model->index(0, 0);
    const QModelIndex goal = m_model->index(0, 0, area);
    const QModelIndex first = m_model->index(0, 0, goal);
    if (first.isValid())
        m_view->setCurrentIndex(first);
    else
        m_editor->setPledge({});
}

bool PledgeSectionWidget::selectPledge(const QString& pledgeId)
{
    const QModelIndex index = m_model->indexOfPledge(pledgeId);
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
    const PledgeSummary* summary = m_model->pledgeAt(m_view->currentIndex());
    if (summary)
        m_editor->setPledge(summary->id);
}

} // namespace openmayor

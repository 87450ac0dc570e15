#include "publishfindingspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace openmayor {

namespace {
constexpr int FindingRole = Qt::UserRole + 1;
} // namespace

PublishFindingsPanel::PublishFindingsPanel(QWidget* parent)
    : QFrame(parent), m_summary(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_mask(new QPushButton(this)), m_maskAll(new QPushButton(this)),
      m_recheck(new QPushButton(this)), m_close(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("publishFindings"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(false);
    m_list->setColumnWidth(2, 200);
    m_mask->setObjectName(QStringLiteral("maskFinding"));
    m_maskAll->setObjectName(QStringLiteral("maskAllFindings"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_mask);
    buttons->addWidget(m_maskAll);
    buttons->addStretch(1);
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit findingActivated(item->data(0, FindingRole).toInt());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PublishFindingsPanel::updateButtons);
    connect(m_mask, &QPushButton::clicked, this, [this] {
        if (const int index = currentIndex(); index >= 0)
            emit maskRequested(index);
    });
    connect(m_maskAll, &QPushButton::clicked, this, &PublishFindingsPanel::maskAllRequested);
    connect(m_recheck, &QPushButton::clicked, this, &PublishFindingsPanel::recheckRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    rebuild();
}

bool PublishFindingsPanel::canMask(const PublishFinding& finding)
{
    return finding.isPersonalData() && finding.source == PublishFinding::Source::Body;
}

void PublishFindingsPanel::setFindings(const QList<PublishFinding>& findings)
{
    m_findings = findings;
    rebuild();
}

QString PublishFindingsPanel::summaryText() const
{
    return m_summary->text();
}

int PublishFindingsPanel::currentIndex() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, FindingRole).toInt() : -1;
}

void PublishFindingsPanel::retranslate()
{
    m_list->setHeaderLabels({tr("Severity"), tr("Problem"), tr("Where")});
    m_list->setToolTip(tr("Double-click or press Enter on a finding to go to its place"));
    m_mask->setText(tr("Mask"));
    m_mask->setToolTip(tr("Mask the selected personal data in the body (can be undone)"));
    m_maskAll->setText(tr("Mask All"));
    m_maskAll->setToolTip(tr("Mask every personal data finding in the body (can be undone)"));
    m_recheck->setText(tr("Check Again"));
    m_close->setText(tr("Close"));
    rebuild();
}

void PublishFindingsPanel::rebuild()
{
    m_list->clear();
    int blocking = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        const PublishFinding& finding = m_findings.at(i);
        blocking += finding.isBlocking() ? 1 : 0;
        auto* row = new QTreeWidgetItem(m_list);
        row->setData(0, FindingRole, i);
        row->setIcon(0, style()->standardIcon(finding.isBlocking() ? QStyle::SP_MessageBoxCritical
                                                                   : QStyle::SP_MessageBoxWarning));
        row->setText(0, finding.isBlocking() ? tr("Blocking") : tr("Warning"));
        row->setText(1, finding.message);
        row->setToolTip(1, finding.message);
        row->setText(2, finding.excerpt.isEmpty() ? finding.attachmentName : finding.excerpt);
        row->setToolTip(2, row->text(2));
    }
    m_list->setVisible(!m_findings.isEmpty());
    m_mask->setVisible(!m_findings.isEmpty());
    m_maskAll->setVisible(!m_findings.isEmpty());
    if (m_findings.isEmpty())
        m_summary->setText(tr("Pre-publish check: no problems"));
    else
        m_summary->setText(tr("Pre-publish check: %1 blocking, %2 warnings")
                               .arg(blocking)
                               .arg(m_findings.size() - blocking));
    if (!m_findings.isEmpty()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        // as high as its rows, up to five; the editor below keeps the room
        const int rows = int(qMin<qsizetype>(m_findings.size(), 5));
        m_list->setFixedHeight(m_list->header()->sizeHint().height() +
                               rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth());
    }
    updateButtons();
}

void PublishFindingsPanel::updateButtons()
{
    const int index = currentIndex();
    m_mask->setEnabled(index >= 0 && canMask(m_findings.at(index)));
    m_maskAll->setEnabled(std::any_of(m_findings.cbegin(), m_findings.cend(),
                                      [](const PublishFinding& f) { return canMask(f); }));
}

void PublishFindingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace openmayor

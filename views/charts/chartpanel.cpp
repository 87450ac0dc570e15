#include "chartpanel.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace openmayor::charts {

ChartPanel::ChartPanel(const QString& title, QAbstractItemModel* model, Fill fill, QWidget* parent)
    : QWidget(parent), m_model(model), m_fill(std::move(fill)), m_title(new QLabel(this)),
      m_view(new QChartView(new QChart, this)), m_table(new QTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    setTitle(title);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 220);
    m_table->setModel(model);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Figures of the chart"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 360});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &ChartPanel::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChartPanel::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartPanel::refresh);
    refresh();
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setTitle(const QString& title)
{
    m_title->setText(title);
    m_view->setAccessibleName(title);
}

void ChartPanel::setStyle(const ChartStyle& style)
{
    m_style = style;
    refresh();
}

void ChartPanel::refresh()
{
    m_fill(m_view->chart(), m_style);
}

} // namespace openmayor::charts

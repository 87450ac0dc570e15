#pragma once

#include "chartstyle.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QTableView;

namespace openmayor::charts {

// A chart and, beside it, the same figures as a table (QTableView on the chart's model).
// The chart is rebuilt whenever the model resets or its data change, so it follows the
// store live (the models follow the change notifier).
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    // `fill` draws the model into a chart (one of the fill*Chart functions).
    using Fill = std::function<void(QChart*, const ChartStyle&)>;
    ChartPanel(const QString& title, QAbstractItemModel* model, Fill fill,
               QWidget* parent = nullptr);

    QChart* chart() const;
    QChartView* chartView() const { return m_view; }
    QTableView* tableView() const { return m_table; }
    void setTitle(const QString& title);
    void setStyle(const ChartStyle& style);
    // Rebuilds the chart from the model (called on every model change).
    void refresh();

private:
    QAbstractItemModel* m_model;
    Fill m_fill;
    ChartStyle m_style;
    QLabel* m_title;
    QChartView* m_view;
    QTableView* m_table;
};

} // namespace openmayor::charts

#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace openmayor {

class IndicatorGridModel;
class PledgeEditSink;

// The achievement indicators (공약달성 확인지표): pick an indicator, edit its name, unit,
// kind and baseline, and its yearly targets and actuals in a grid whose cumulative rows
// and rate follow as you type. The rate's formula and inputs are shown under the grid.
class IndicatorPage : public QWidget
{
    Q_OBJECT
public:
    IndicatorPage(PledgeEditSink* sink, int firstYear, int lastYear, QWidget* parent = nullptr);

    void refresh();
    void retranslate();
    IndicatorGridModel* gridModel() const { return m_grid; }
    QTableView* gridView() const { return m_view; }
    QString rateText() const;

signals:
    void editRefused(const QString& message);

private:
    void commitFields(const QString& description);
    void addIndicator();
    void removeIndicator();

    PledgeEditSink* m_sink;
    IndicatorGridModel* m_grid;
    bool m_refreshing = false;
    QComboBox* m_choice;
    QLineEdit* m_name;
    QLineEdit* m_unit;
    QComboBox* m_kind;
    QCheckBox* m_hasBaseline;
    QDoubleSpinBox* m_baseline;
    QTableView* m_view;
    QLabel* m_rate;
    QLabel* m_pledgeRate;
    QPushButton* m_add;
    QPushButton* m_remove;
    QList<QLabel*> m_labels;
};

} // namespace openmayor

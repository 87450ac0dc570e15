#pragma once

#include "domain/pledge.h"

#include <QAbstractTableModel>

namespace openmayor {

class PledgeEditSink;

// One achievement indicator of a pledge card as the card prints it: yearly targets and
// actuals with their cumulative rows, and the rate. Targets and actuals are editable;
// cumulative rows and the rate are derived and follow every edit.
class IndicatorGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row
    {
        TargetRow,
        CumulativeTargetRow,
        ActualRow,
        CumulativeActualRow,
        RowCount
    };
    enum Role
    {
        DerivedRole = Qt::UserRole + 1,
        ValueRole,
        AfterBasisRole
    };

    // `firstYear`..`lastYear`: the term's years (2022..2026 for 민선8기).
    IndicatorGridModel(PledgeEditSink* sink, int firstYear, int lastYear,
                       QObject* parent = nullptr);

    // Which indicator of the card the grid shows (an index into pledge().indicators).
    void setIndicatorIndex(int index);
    int indicatorIndex() const { return m_indicator; }
    const Indicator* indicator() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int yearAt(int column) const;
    int rateColumn() const { return int(m_years.size()); }
    // The indicator's rate (0..100) as of the card's basis date; none when it cannot be rated.
    std::optional<double> rate() const;
    // "7 ÷ 8 × 100 = 87.5%": the formula with its inputs, for tooltips and the side panel.
    QString rateExplanation() const;

public slots:
    void refresh();

signals:
    void editRefused(const QString& message);

private:
    QList<int> yearsFor(const Indicator* indicator) const;

    PledgeEditSink* m_sink;
    int m_firstYear;
    int m_lastYear;
    int m_indicator = 0;
    QList<int> m_years;
    bool m_hasIndicator = false; // the shape: no rows without an indicator
};

// Parses a number typed in a grid cell: locale or C notation, thousands separators
// allowed; an empty text is "no value". Returns false when the text is not a number.
bool parseCellNumber(const QString& text, std::optional<double>* value);

} // namespace openmayor

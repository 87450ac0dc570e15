#pragma once

#include "domain/pledge.h"

#include <QAbstractTableModel>
#include <QDate>

#include <functional>
#include <optional>

namespace openmayor {

class PledgeEditSink;

// The card's 연도별 투자 계획 (seed/READING.md §4) as a fixed grid, million KRW.
//   rows:    total (sum of the sources), national, province, city, other, executed
//   columns: total, prior (기 투자), within-term subtotal, one per year, after term (임기후)
// Only cells are data: the source rows' and the executed row's years, and the total row's
// prior and after-term amounts (the pledge's budgetPrior / budgetAfterTerm). Everything else
// is derived (DerivedRole, read-only, a tooltip with the formula and its inputs).
class BudgetGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row
    {
        TotalRow,
        NationalRow,
        ProvinceRow,
        CityRow,
        OtherRow,
        ExecutedRow,
        RowCount
    };
    enum Column
    {
        TotalColumn,
        PriorColumn,
        SubtotalColumn,
        FirstYearColumn
    }; // after term last
    enum Role
    {
        DerivedRole = Qt::UserRole + 1, // bool: computed from other cells, read-only
        ApplicableRole,                 // bool: false for cells the card leaves blank (a
                                        // source's prior or after-term amount)
        ValueRole,                      // double, or invalid when the cell holds no value
        YearRole                        // int: the column's year (invalid for other columns)
    };

    // Years are those of the term (2022-07-01..2026-06-30 → 2022..2026) plus any year the
    // card holds amounts for, so that no amount is hidden.
    BudgetGridModel(PledgeEditSink* sink, const QDate& termStart, const QDate& termEnd,
                    QObject* parent = nullptr);
    // Years from the card's own amounts only.
    explicit BudgetGridModel(PledgeEditSink* sink, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // EditRole: a number, text parsed leniently ("1,234"), or empty for no value.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    // Typed accessors.
    QList<int> years() const { return m_years; }
    int columnOfYear(int year) const;   // -1 when the year has no column
    int yearOfColumn(int column) const; // 0 for the other columns
    int afterTermColumn() const { return FirstYearColumn + int(m_years.size()); }
    static std::optional<FundingSource> sourceOfRow(int row);
    static int rowOfSource(FundingSource source);
    // The figure a cell shows; none for a blank cell.
    std::optional<double> valueAt(int row, int column) const;
    bool isDerived(int row, int column) const;
    bool isEditable(int row, int column) const;
    double plannedTotal() const; // prior + within term + after term
    double executedTotal() const;
    std::optional<double> executionRate() const; // percent; none when nothing is planned

    // A different term: the year columns may change (resets the model).
    void setTerm(const QDate& termStart, const QDate& termEnd);

public slots:
    // Re-reads the sink's card: dataChanged over everything when the years are the same, a
    // reset otherwise.
    void refresh();

signals:
    void editRefused(const QString& message);

private:
    QList<int> computeYears() const;
    std::optional<double> planned(FundingSource source, int year) const;
    std::optional<double> executed(int year) const;
    double yearTotal(int year) const;
    double sourceSubtotal(FundingSource source) const;
    double plannedSubtotal() const;
    double executedSubtotal() const;
    QString formula(int row, int column) const;
    QString yearTerms(const std::function<double(int)>& amountOf) const;
    bool apply(const Pledge& after, const QString& description, const QString& mergeKey);

    PledgeEditSink* m_sink;
    Pledge m_card;
    int m_termFirstYear = 0; // 0: no term, years from the card only
    int m_termLastYear = 0;
    QList<int> m_years;
    bool m_applying = false;
};

} // namespace openmayor

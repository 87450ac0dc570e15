#pragma once

#include "domain/enums.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QMap>

#include <optional>

namespace openmayor {

class ChangeNotifier;

// Budget chart data (million KRW): one row per year (from the first year with an amount to
// the last) with the planned amount by source
// (국비/도비/시비/기타), their total, the executed amount and that year's execution rate.
// Of every pledge together (the default), or of one pledge. The totals include the
// prior (기 투자) and after-term amounts, so financingRate() is the card's 재정확보율.
class BudgetChartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        YearColumn,
        NationalColumn,
        ProvinceColumn,
        CityColumn,
        OtherColumn,
        PlannedColumn,
        ExecutedColumn,
        ExecutionRateColumn,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1 // double, invalid when there is no value
    };

    BudgetChartModel(Database database, ChangeNotifier* notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One pledge by code (an empty code: nothing), or every pledge of the book.
    void setPledge(const QString& code);
    void setWholeBook();
    bool isWholeBook() const { return m_wholeBook; }
    QString pledgeCode() const { return m_code; }
    QString pledgeTitle() const { return m_title; }

    static FundingSource sourceOfColumn(int column); // NationalColumn..OtherColumn
    int yearAt(int row) const { return m_years.value(row); }
    std::optional<double> value(int row, int column) const;
    QString seriesName(int column) const;
    double plannedTotal() const { return m_plannedTotal; }
    double executedTotal() const { return m_executedTotal; }
    std::optional<double> financingRate() const; // executed ÷ planned × 100
    QDate basisDate() const { return m_basisDate; }
    QString lastError() const { return m_error; }

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    void onPledgesChanged(const QStringList& ids);

    Database m_database;
    bool m_wholeBook = true;
    QString m_code;
    QString m_title;
    QString m_pledgeId;
    QList<int> m_years;
    QMap<int, QMap<FundingSource, double>> m_planned; // year -> source -> amount
    QMap<int, double> m_executed;
    double m_plannedTotal = 0;
    double m_executedTotal = 0;
    QDate m_basisDate;
    QString m_error;
};

} // namespace openmayor

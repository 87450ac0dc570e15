#pragma once

#include "domain/pledge.h"
#include "storage/database.h"

#include <QAbstractTableModel>

#include <optional>

namespace openmayor {

class ChangeNotifier;

// The chart data of one achievement indicator of one pledge: one row per year with the
// yearly target and actual, their running sums (the card's "(누계)") and the final target
// (the last cumulative target; for level-type indicators the last yearly target).
// Reloads from the store when the pledge changes (the notifier).
class IndicatorChartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        YearColumn,
        TargetColumn,
        ActualColumn,
        CumulativeTargetColumn,
        CumulativeActualColumn,
        FinalTargetColumn,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1 // double, invalid when the year has no value
    };

    IndicatorChartModel(Database database, ChangeNotifier* notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The pledge (by code) and which of its indicators; an unknown code empties the model.
    void setPledge(const QString& code, int indicatorIndex = 0);
    void setIndicatorIndex(int indicatorIndex);
    QString pledgeCode() const { return m_code; }
    QString pledgeTitle() const { return m_pledge.title; }
    QDate basisDate() const { return m_pledge.basisDate; }
    int indicatorIndex() const { return m_indicatorIndex; }
    int indicatorCount() const { return int(m_pledge.indicators.size()); }
    QString indicatorName() const;
    QStringList indicatorNames() const; // every indicator of the pledge
    QString unit() const;
    // The indicator's rate as of the pledge's basis date (0..100); none when it cannot be rated.
    std::optional<double> rate() const;
    std::optional<double> finalTarget() const;

    int yearAt(int row) const { return m_years.value(row); }
    std::optional<double> value(int row, int column) const;
    QString seriesName(int column) const;
    QString lastError() const { return m_error; }

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    const Indicator* indicator() const;
    void onPledgesChanged(const QStringList& ids);

    Database m_database;
    QString m_code;
    int m_indicatorIndex = 0;
    Pledge m_pledge;
    QList<int> m_years;
    QMap<int, double> m_cumulativeTargets;
    QMap<int, double> m_cumulativeActuals;
    QString m_error;
};

} // namespace openmayor

#pragma once

#include "storage/database.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QMap>

#include <optional>

namespace openmayor {

class ChangeNotifier;

// Fulfilment over time (DESIGN.md §2): one row per published reporting period, in order,
// then one row for the current, unpublished figures. Columns: the period, its basis date,
// the city's average rate and completion rate, then the rate of each selected pledge.
// Rates are percentages (ValueRole: double, invalid when there is nothing to rate).
// Follows the notifier: new periods, pledge edits and a reset store reload it.
class FulfilmentTrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PeriodColumn,
        BasisDateColumn,
        AverageRateColumn,
        CompletionRateColumn,
        FirstPledgeColumn
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1, // double or invalid
        CurrentRole,                  // bool: the unpublished current figures
        PeriodKeyRole                 // "2024-Q1", empty for the current row
    };

    FulfilmentTrendModel(Database database, ChangeNotifier* notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The pledges (by code) whose rates get a column each; unknown codes get an empty column.
    void setPledgeCodes(const QStringList& codes);
    QStringList pledgeCodes() const { return m_codes; }

    bool isCurrent(int row) const;
    int currentRow() const; // -1 when the current figures could not be read
    QString periodLabel(int row) const;
    QDate basisDate(int row) const;
    std::optional<double> value(int row, int column) const;
    QString seriesName(int column) const;
    QString lastError() const { return m_error; }

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    struct Point
    {
        QString period; // empty: current
        QDate basisDate;
        std::optional<double> averageRate;
        std::optional<double> completionRate;
        QMap<QString, double> pledgeRates; // code -> rate
    };

    Database m_database;
    QStringList m_codes;
    QMap<QString, QString> m_titles; // code -> title
    QList<Point> m_points;
    QString m_error;
};

// The latest basis date (기준일) of the stored pledges; invalid when none has one.
QDate latestPledgeBasisDate(const Database& database);

} // namespace openmayor

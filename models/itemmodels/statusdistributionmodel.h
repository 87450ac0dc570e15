#pragma once

#include "domain/enums.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QMap>

namespace openmayor {

class ChangeNotifier;

// Pledges by status (추진상황), one row per status in the card's order, with the count and
// its share of all pledges. The current figures, or those of a published period.
class StatusDistributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        CountColumn,
        PercentColumn,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1, // int count / double percent
        StatusKeyRole
    };

    StatusDistributionModel(Database database, ChangeNotifier* notifier, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A published period ("2024-Q1"); empty: the current figures.
    void setPeriod(const QString& period);
    QString period() const { return m_period; }

    static PledgeStatus statusAt(int row) { return static_cast<PledgeStatus>(row); }
    int count(PledgeStatus status) const { return m_counts.value(status); }
    double percent(PledgeStatus status) const;
    int total() const { return m_total; }
    QDate basisDate() const { return m_basisDate; }
    QString lastError() const { return m_error; }

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    Database m_database;
    QString m_period;
    QMap<PledgeStatus, int> m_counts;
    int m_total = 0;
    QDate m_basisDate;
    QString m_error;
};

} // namespace openmayor

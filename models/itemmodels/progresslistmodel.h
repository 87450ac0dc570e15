#pragma once

#include "cardlistediting.h"
#include "domain/pledge.h"

#include <QAbstractTableModel>

namespace openmayor {

// The card's 추진실적 (seed/READING.md §5): one row per record, in the card's order.
// Dates are text, a month ("2024-03") or a day ("2024-03-15"); `to` is set only for a range.
// Dates typed as "2024.3" or "2024. 3. 15." are normalised; anything else is refused.
class ProgressListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FromColumn,
        ToColumn,
        TextColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString: the record's id (empty until stored)
        IsRangeRole,               // bool: the record has an end date
        DayPrecisionRole           // bool: the column's date names a day, not a month
    };

    explicit ProgressListModel(PledgeEditSink* sink, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;
    // New rows are dated with the current month (Clock) and have no text.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

    ProgressRecord recordAt(int row) const;

    // Edits (each one undoable step; false and editRefused() when refused).
    bool insertRecord(int row, const ProgressRecord& record);
    bool removeRecord(int row);
    // Moves one record so that it ends up at row `to` (0 … rowCount() − 1).
    bool moveRecord(int from, int to);

public slots:
    // Re-reads the sink's card: dataChanged over everything when the row count is the same,
    // a reset otherwise.
    void refresh();

signals:
    void editRefused(const QString& message);

private:
    using Editing = CardListEditing<ProgressListModel, &Pledge::progress>;
    friend Editing;

    Editing m_list;
};

} // namespace openmayor

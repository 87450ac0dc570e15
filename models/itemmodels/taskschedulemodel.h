#pragma once

#include "cardlistediting.h"
#include "domain/pledge.h"

#include <QAbstractTableModel>
#include <QDate>

namespace openmayor {

// The card's 연차별 추진일정 (seed/READING.md §3): one row per task, a name column, one column
// per quarter of the term (2022-07-01..2026-06-30 → 2022 Q3 … 2026 Q2) and a note column.
// A quarter cell is checked (ActiveRole) when the task runs in it; toggling a cell extends or
// shortens the task from that side. Every edit goes through the sink as one undoable edit;
// a refused edit emits editRefused() and leaves the card as it was.
class TaskScheduleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn = 0,
        FirstQuarterColumn = 1
    }; // the note column is last
    enum Role
    {
        ActiveRole = Qt::UserRole + 1, // bool: the task runs in this quarter
        QuarterRole,                   // QString: the column's quarter key, "2022-Q3"
        IsStartRole,                   // bool: the task's first quarter
        IsEndRole,                     // bool: the task's last quarter
        TaskIdRole                     // QString: the task's id (empty until stored)
    };

    TaskScheduleModel(PledgeEditSink* sink, const QDate& termStart, const QDate& termEnd,
                      QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;
    // New rows are tasks named "New task" running in the term's first quarter.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

    // Typed accessors.
    PledgeTask taskAt(int row) const;
    int quarterCount() const { return m_quarterCount; }
    int noteColumn() const { return FirstQuarterColumn + m_quarterCount; }
    int columnOfQuarter(int quarterIndex) const;  // -1 outside the term
    int quarterIndexOfColumn(int column) const;   // -1 for the name and note columns
    QString quarterKeyAt(int quarterIndex) const; // "2022-Q3"
    bool isActive(int row, int quarterIndex) const;

    // Edits (each one undoable step; false and editRefused() when refused).
    // A quarter before the start extends the start, after the end extends the end; the
    // first or last quarter shortens the task from that side. A one-quarter task cannot
    // become empty and a quarter inside the task cannot be cut out.
    bool toggleQuarter(int row, int column);
    // Sets the task's run (quarter indexes of the term, either order), e.g. after a drag.
    // Consecutive calls for the same row merge into one undo step.
    bool setRange(int row, int startQuarterIndex, int endQuarterIndex);
    bool insertTask(int row, const QString& name);
    bool removeTask(int row);

    // A different term: the quarter columns change (resets the model).
    void setTerm(const QDate& termStart, const QDate& termEnd);

public slots:
    // Re-reads the sink's card (after undo, redo or a reload): dataChanged over everything
    // when the row count is the same, a reset otherwise.
    void refresh();

signals:
    void editRefused(const QString& message);

private:
    using Editing = CardListEditing<TaskScheduleModel, &Pledge::tasks>;
    friend Editing;

    bool setTaskRange(int row, int start, int end, const QString& mergeKey);

    Editing m_list;
    int m_firstQuarter = -1; // ordinal of the term's first quarter
    int m_quarterCount = 0;
};

} // namespace openmayor

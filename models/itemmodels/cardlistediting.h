#pragma once

#include "carditemsupport.h"
#include "commands/pledgeeditsink.h"
#include "domain/pledge.h"

#include <QModelIndex>

#include <type_traits>
#include <utility>

namespace openmayor {

// The list-editing plumbing shared by the card's list models (DepartmentListModel,
// ProgressListModel, TaskScheduleModel): the rows of one of the card's lists (`Member`, e.g.
// &Pledge::departments) as last read from the sink, edits applied through the sink as one
// undoable step each, and the row signals that follow them. Not a QObject: each model owns one,
// makes it a friend (it calls the model's protected begin…/end… functions) and keeps its
// columns, data, setData, headers and translated strings; a refusal is emitted as the model's
// editRefused() signal.
template <typename Model, auto Member> class CardListEditing
{
public:
    using List = std::remove_cvref_t<decltype(std::declval<Pledge&>().*Member)>;

    CardListEditing(Model* model, PledgeEditSink* sink) : m_model(model), m_sink(sink)
    {
        Q_ASSERT(m_sink);
        reread();
    }

    static List& listOf(Pledge& pledge) { return pledge.*Member; }
    static const List& listOf(const Pledge& pledge) { return pledge.*Member; }

    // The rows as the model shows them, and the sink's card as it is now.
    const List& rows() const { return m_rows; }
    const Pledge& pledge() const { return m_sink->pledge(); }

    // Takes the sink's rows without any signal (inside the model's own reset).
    void reread() { m_rows = listOf(m_sink->pledge()); }

    // Re-reads the sink's card: dataChanged over everything when the row count is the same,
    // a reset otherwise.
    void refresh()
    {
        if (m_applying)
            return; // our own edit: the caller re-reads when applyEdit returns
        const List& rows = listOf(m_sink->pledge());
        if (rows.size() != m_rows.size())
            return resetFromSink();
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit m_model->dataChanged(
                m_model->index(0, 0),
                m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));
    }

    // Applies `after` through the sink; false and editRefused() when the sink refuses.
    bool apply(const Pledge& after, const QString& description, const QString& mergeKey)
    {
        m_applying = true;
        const Status status = m_sink->applyEdit(after, description, mergeKey);
        m_applying = false;
        if (!status)
            return refuse(status.error().message);
        return true;
    }

    // apply() for an edit that keeps the rows where they are, then refresh().
    bool applyInPlace(const Pledge& after, const QString& description, const QString& mergeKey)
    {
        if (!apply(after, description, mergeKey))
            return false;
        refresh();
        return true;
    }

    bool refuse(const QString& message)
    {
        emit m_model->editRefused(message);
        return false;
    }

    void resetFromSink()
    {
        m_model->beginResetModel();
        reread();
        m_model->endResetModel();
    }

    // After an applied insert or remove: fine-grained signals when the sink's card has the
    // expected shape, a reset otherwise (a sink that changed more than was asked).
    void finishInsert(int row, int count)
    {
        const List& rows = listOf(m_sink->pledge());
        if (rows.size() != m_rows.size() + count)
            return resetFromSink();
        m_model->beginInsertRows({}, row, row + count - 1);
        m_rows = rows;
        m_model->endInsertRows();
    }

    void finishRemove(int row, int count)
    {
        const List& rows = listOf(m_sink->pledge());
        if (rows.size() != m_rows.size() - count)
            return resetFromSink();
        m_model->beginRemoveRows({}, row, row + count - 1);
        m_rows = rows;
        m_model->endRemoveRows();
    }

    // QAbstractItemModel::moveRows as one edit named `description`.
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild,
                  const QString& description)
    {
        if (sourceParent.isValid() || destinationParent.isValid() ||
            !carditems::isValidMove(int(m_rows.size()), sourceRow, count, destinationChild))
            return false;
        Pledge after = m_sink->pledge();
        if (listOf(after).size() != m_rows.size())
            return false;
        carditems::moveItems(listOf(after), sourceRow, count, destinationChild);
        if (!apply(after, description, QString()))
            return false;
        if (listOf(m_sink->pledge()).size() != m_rows.size()) {
            resetFromSink();
            return true;
        }
        m_model->beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild);
        reread();
        m_model->endMoveRows();
        return true;
    }

private:
    Model* m_model;
    PledgeEditSink* m_sink;
    List m_rows;
    bool m_applying = false;
};

} // namespace openmayor

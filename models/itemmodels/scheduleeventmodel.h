#pragma once

#include "domain/scheduleevent.h"
#include "storage/schedulerepository.h"

#include <QAbstractTableModel>
#include <QSet>

namespace openmayor {

class ChangeNotifier;

// The events of one date range (a month, a week, a day) as a table, read through
// ScheduleRepository. The calendar views and the list view show the same model; it reloads
// when the schedule changes (ChangeNotifier::contentChanged(ScheduleEvent)) and knows which
// events overlap another one.
class ScheduleEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        TitleColumn,
        PlaceColumn,
        CategoryColumn,
        DepartmentColumn,
        VisibilityColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OverlapRole, // bool: overlaps another non-cancelled event
        StartRole,   // QDateTime
        EndRole      // QDateTime (exclusive)
    };

    ScheduleEventModel(ScheduleRepository repository, ChangeNotifier* notifier,
                       QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows the events overlapping [from, to) and reloads.
    void setRange(const QDateTime& from, const QDateTime& to);
    QDateTime rangeStart() const { return m_from; }
    QDateTime rangeEnd() const { return m_to; }

    const QList<ScheduleEvent>& events() const { return m_events; }
    const ScheduleEvent& eventAt(int row) const { return m_events.at(row); }
    int rowOfEvent(const QString& id) const;
    bool isOverlapping(const QString& id) const { return m_overlapping.contains(id); }
    const ScheduleRepository& repository() const { return m_repository; }

    // Where a calendar opens: the date of the first event after now (within two years),
    // else of the last one before it (within five years), else today.
    static QDate startDate(const ScheduleRepository& repository);

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    ScheduleRepository m_repository;
    QDateTime m_from;
    QDateTime m_to;
    QList<ScheduleEvent> m_events;
    QSet<QString> m_overlapping;
};

// Display helpers shared by the model and the calendar views (locale-aware; Korean gives
// "2024년 5월", "5월 3일 (금)").
namespace scheduleformat {
QString monthTitle(const QDate& date);
QString dayTitle(const QDate& date);
QString timeText(const QTime& time);
// "09:00–10:30", "종일" for all-day, or dates for events over several days.
QString spanText(const ScheduleEvent& event);
} // namespace scheduleformat

} // namespace openmayor

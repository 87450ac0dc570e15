#include "scheduleeventmodel.h"

#include "common/changenotifier.h"
#include "common/clock.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace openmayor {

namespace scheduleformat {

namespace {
bool isKorean()
{
    return QLocale().language() == QLocale::Korean;
}
} // namespace

QString monthTitle(const QDate& date)
{
    return isKorean() ? QStringLiteral("%1년 %2월").arg(date.year()).arg(date.month())
                      : QLocale().toString(date, QStringLiteral("MMMM yyyy"));
}

QString dayTitle(const QDate& date)
{
    const QString weekday = QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
    return isKorean()
               ? QStringLiteral("%1월 %2일 (%3)").arg(date.month()).arg(date.day()).arg(weekday)
               : QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString timeText(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString spanText(const ScheduleEvent& e)
{
    if (e.allDay) {
        const QDate last = e.end.date().addDays(-1);
        if (last <= e.start.date())
            return QCoreApplication::translate("openmayor::ScheduleEventModel", "All day");
        return QCoreApplication::translate("openmayor::ScheduleEventModel", "All day, until %1")
            .arg(dayTitle(last));
    }
    if (e.end.date() != e.start.date() &&
        e.end != QDateTime(e.start.date().addDays(1), QTime(0, 0)))
        return timeText(e.start.time()) + QStringLiteral(" – ") + dayTitle(e.end.date()) + u' ' +
               timeText(e.end.time());
    return timeText(e.start.time()) + QStringLiteral("–") +
           (e.end.time() == QTime(0, 0) && e.end > e.start ? QStringLiteral("24:00")
                                                           : timeText(e.end.time()));
}

} // namespace scheduleformat

ScheduleEventModel::ScheduleEventModel(ScheduleRepository repository, ChangeNotifier* notifier,
                                       QObject* parent)
    : QAbstractTableModel(parent), m_repository(std::move(repository))
{
    if (notifier)
        connect(notifier, &ChangeNotifier::contentChanged, this, [this](ContentType type) {
            if (type == ContentType::ScheduleEvent)
                reload();
        });
    if (notifier)
        connect(notifier, &ChangeNotifier::storeReset, this, &ScheduleEventModel::reload);
}

int ScheduleEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ScheduleEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduleEvent& e = m_events.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case OverlapRole:
        return m_overlapping.contains(e.id);
    case StartRole:
        return e.start;
    case EndRole:
        return e.end;
    case Qt::FontRole:
        if (e.status == EventStatus::Cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn && m_overlapping.contains(e.id))
            return tr("Overlaps another event");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case DateColumn:
        return scheduleformat::dayTitle(e.start.date());
    case TimeColumn:
        return QString((m_overlapping.contains(e.id) ? QStringLiteral("⚠ ") : QString()) +
                       scheduleformat::spanText(e));
    case TitleColumn:
        return e.title;
    case PlaceColumn:
        return e.place;
    case CategoryColumn:
        return e.category;
    case DepartmentColumn:
        return e.department;
    case VisibilityColumn:
        return labelOf(e.visibility);
    case StatusColumn:
        return labelOf(e.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScheduleEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Title");
    case PlaceColumn:
        return tr("Place");
    case CategoryColumn:
        return tr("Category");
    case DepartmentColumn:
        return tr("Department");
    case VisibilityColumn:
        return tr("Visibility");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void ScheduleEventModel::setRange(const QDateTime& from, const QDateTime& to)
{
    m_from = from;
    m_to = to;
    reload();
}

int ScheduleEventModel::rowOfEvent(const QString& id) const
{
    for (int row = 0; row < m_events.size(); ++row)
        if (m_events.at(row).id == id)
            return row;
    return -1;
}

QDate ScheduleEventModel::startDate(const ScheduleRepository& repository)
{
    const QDateTime now = Clock::now().toLocalTime();
    const QDateTime here(now.date(), now.time()); // local wall-clock, like the stored times
    auto ahead = repository.events(here, here.addYears(2));
    if (ahead && !ahead->isEmpty())
        return ahead->first().start.date();
    auto before = repository.events(here.addYears(-5), here);
    if (before && !before->isEmpty())
        return before->last().start.date();
    return here.date();
}

void ScheduleEventModel::reload()
{
    auto loaded = m_repository.events(m_from, m_to);
    if (!loaded) {
        emit loadFailed(loaded.error().message);
        return;
    }
    beginResetModel();
    m_events = std::move(*loaded);
    const QStringList overlapping = ScheduleRepository::overlapping(m_events);
    m_overlapping = QSet<QString>(overlapping.begin(), overlapping.end());
    endResetModel();
}

} // namespace openmayor

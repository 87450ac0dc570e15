#include "scheduleimport.h"

#include "icalendarscan.h"
#include "storage/schedulerepository.h"

#include <QCoreApplication>
#include <QHash>

namespace openmayor::ical {

namespace {

QStringList differences(const ScheduleEvent& stored, const ScheduleEvent& incoming)
{
    QStringList fields;
    auto check = [&](bool same, const char* name) {
        if (!same)
            fields << QString::fromLatin1(name);
    };
    check(stored.title == incoming.title, "title");
    check(stored.start == incoming.start, "start");
    check(stored.end == incoming.end, "end");
    check(stored.allDay == incoming.allDay, "all_day");
    check(stored.place == incoming.place, "place");
    check(stored.category == incoming.category, "category");
    check(stored.department == incoming.department, "department");
    check(stored.visibility == incoming.visibility, "visibility");
    check(stored.status == incoming.status, "status");
    check(stored.description == incoming.description, "description");
    return fields;
}

} // namespace

int ScheduleImportPlan::count(ScheduleChange::Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const ScheduleChange& c) { return c.kind == kind; }));
}

bool ScheduleImportPlan::changesAnything() const
{
    return count(ScheduleChange::Kind::Unchanged) != changes.size();
}

Result<ScheduleImportPlan> planScheduleImport(const CalendarContents& contents,
                                              const ScheduleRepository& repository)
{
    auto stored = repository.events({}, {});
    if (!stored)
        return stored.error();
    QHash<QString, const ScheduleEvent*> byUid;
    for (const ScheduleEvent& e : std::as_const(*stored))
        byUid.insert(e.icalUid, &e);

    ScheduleImportPlan plan;
    plan.warnings = contents.warnings;
    QHash<QString, int> lineOfUid;
    for (qsizetype i = 0; i < contents.events.size(); ++i) {
        const ScheduleEvent& incoming = contents.events.at(i);
        const int line = contents.lines.value(i);
        if (lineOfUid.contains(incoming.icalUid))
            return lineError(line, QCoreApplication::translate(
                                       "ICalendar", "the UID %1 is already used by the event "
                                                    "of line %2.")
                                       .arg(incoming.icalUid)
                                       .arg(lineOfUid.value(incoming.icalUid)));
        lineOfUid.insert(incoming.icalUid, line);

        ScheduleChange change;
        change.line = line;
        change.event = incoming;
        const ScheduleEvent* existing = byUid.value(incoming.icalUid);
        if (!existing) {
            change.kind = ScheduleChange::Kind::New;
            change.event.workflow = WorkflowState::Draft;
            plan.changes << change;
            continue;
        }
        change.event.id = existing->id;
        change.event.workflow = existing->workflow;
        change.event.rowVersion = existing->rowVersion;
        change.changedFields = differences(*existing, incoming);
        if (incoming.icalSequence > existing->icalSequence)
            change.changedFields << QStringLiteral("sequence");
        else if (!change.changedFields.isEmpty() && incoming.icalSequence < existing->icalSequence)
            plan.warnings << lineError(line, QCoreApplication::translate(
                                                 "ICalendar", "“%1” is an older version "
                                                              "(SEQUENCE %2) than the stored one "
                                                              "(%3); the file's version replaces "
                                                              "it.")
                                                 .arg(incoming.title)
                                                 .arg(incoming.icalSequence)
                                                 .arg(existing->icalSequence))
                                 .message;
        change.kind = change.changedFields.isEmpty() ? ScheduleChange::Kind::Unchanged
                                                     : ScheduleChange::Kind::Updated;
        if (change.kind == ScheduleChange::Kind::Unchanged)
            change.event = *existing;
        plan.changes << change;
    }
    return plan;
}

Result<ScheduleImportPlan> applyScheduleImport(const ScheduleImportPlan& plan,
                                               ScheduleRepository& repository)
{
    QList<ScheduleEvent> toSave;
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < plan.changes.size(); ++i) {
        if (plan.changes.at(i).kind == ScheduleChange::Kind::Unchanged)
            continue;
        toSave << plan.changes.at(i).event;
        positions << i;
    }
    if (toSave.isEmpty())
        return plan;
    auto saved = repository.saveAll(toSave);
    if (!saved)
        return saved.error();
    ScheduleImportPlan applied = plan;
    for (qsizetype i = 0; i < positions.size(); ++i)
        applied.changes[positions.at(i)].event = saved->at(i);
    return applied;
}

} // namespace openmayor::ical

#include "enums.h"

#include <QCoreApplication>

namespace openmayor {

// Keys are listed in the order of the enumerators.

QStringList EnumInfo<PledgeStatus>::keys()
{
    return {QStringLiteral("completed"), QStringLiteral("completed_continuing"),
            QStringLiteral("on_track"),  QStringLiteral("partial"),
            QStringLiteral("lagging"),   QStringLiteral("on_hold"),
            QStringLiteral("dropped")};
}

QString EnumInfo<PledgeStatus>::label(PledgeStatus value)
{
    switch (value) {
    case PledgeStatus::Completed:
        return QCoreApplication::translate("Enums", "Completed, closed");
    case PledgeStatus::CompletedContinuing:
        return QCoreApplication::translate("Enums", "Completed, continuing");
    case PledgeStatus::OnTrack:
        return QCoreApplication::translate("Enums", "On track");
    case PledgeStatus::Partial:
        return QCoreApplication::translate("Enums", "Partly on track");
    case PledgeStatus::Lagging:
        return QCoreApplication::translate("Enums", "Lagging");
    case PledgeStatus::OnHold:
        return QCoreApplication::translate("Enums", "On hold");
    case PledgeStatus::Dropped:
        return QCoreApplication::translate("Enums", "Dropped");
    }
    return {};
}

QStringList EnumInfo<Timing>::keys()
{
    return {QStringLiteral("within_term"), QStringLiteral("after_term")};
}

QString EnumInfo<Timing>::label(Timing value)
{
    return value == Timing::WithinTerm ? QCoreApplication::translate("Enums", "Within term")
                                       : QCoreApplication::translate("Enums", "After term");
}

QStringList EnumInfo<BudgetKind>::keys()
{
    return {QStringLiteral("budget"), QStringLiteral("non_budget")};
}

QString EnumInfo<BudgetKind>::label(BudgetKind value)
{
    return value == BudgetKind::Budget ? QCoreApplication::translate("Enums", "Budgeted")
                                       : QCoreApplication::translate("Enums", "No budget");
}

QStringList EnumInfo<FundingSource>::keys()
{
    return {QStringLiteral("national"), QStringLiteral("province"), QStringLiteral("city"),
            QStringLiteral("other")};
}

QString EnumInfo<FundingSource>::label(FundingSource value)
{
    switch (value) {
    case FundingSource::National:
        return QCoreApplication::translate("Enums", "National funds");
    case FundingSource::Province:
        return QCoreApplication::translate("Enums", "Provincial funds");
    case FundingSource::City:
        return QCoreApplication::translate("Enums", "City funds");
    case FundingSource::Other:
        return QCoreApplication::translate("Enums", "Other funds");
    }
    return {};
}

QStringList EnumInfo<ExecutingBody>::keys()
{
    return {QStringLiteral("national"), QStringLiteral("province"), QStringLiteral("city"),
            QStringLiteral("private")};
}

QString EnumInfo<ExecutingBody>::label(ExecutingBody value)
{
    switch (value) {
    case ExecutingBody::National:
        return QCoreApplication::translate("Enums", "National government");
    case ExecutingBody::Province:
        return QCoreApplication::translate("Enums", "Province");
    case ExecutingBody::City:
        return QCoreApplication::translate("Enums", "Naju City");
    case ExecutingBody::Private:
        return QCoreApplication::translate("Enums", "Private sector");
    }
    return {};
}

QStringList EnumInfo<IndicatorKind>::keys()
{
    return {QStringLiteral("cumulative"), QStringLiteral("level"), QStringLiteral("reduction"),
            QStringLiteral("milestone")};
}

QString EnumInfo<IndicatorKind>::label(IndicatorKind value)
{
    switch (value) {
    case IndicatorKind::Cumulative:
        return QCoreApplication::translate("Enums", "Cumulative");
    case IndicatorKind::Level:
        return QCoreApplication::translate("Enums", "Level");
    case IndicatorKind::Reduction:
        return QCoreApplication::translate("Enums", "Reduction");
    case IndicatorKind::Milestone:
        return QCoreApplication::translate("Enums", "Milestone");
    }
    return {};
}

QStringList EnumInfo<DepartmentRole>::keys()
{
    return {QStringLiteral("lead"), QStringLiteral("cooperating")};
}

QString EnumInfo<DepartmentRole>::label(DepartmentRole value)
{
    return value == DepartmentRole::Lead
               ? QCoreApplication::translate("Enums", "Lead department")
               : QCoreApplication::translate("Enums", "Cooperating department");
}

QStringList EnumInfo<WorkflowState>::keys()
{
    return {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("approved"),
            QStringLiteral("published"), QStringLiteral("withdrawn")};
}

QString EnumInfo<WorkflowState>::label(WorkflowState value)
{
    switch (value) {
    case WorkflowState::Draft:
        return QCoreApplication::translate("Enums", "Draft");
    case WorkflowState::Review:
        return QCoreApplication::translate("Enums", "In review");
    case WorkflowState::Approved:
        return QCoreApplication::translate("Enums", "Approved");
    case WorkflowState::Published:
        return QCoreApplication::translate("Enums", "Published");
    case WorkflowState::Withdrawn:
        return QCoreApplication::translate("Enums", "Withdrawn");
    }
    return {};
}

QStringList EnumInfo<Visibility>::keys()
{
    return {QStringLiteral("public"), QStringLiteral("internal")};
}

QString EnumInfo<Visibility>::label(Visibility value)
{
    return value == Visibility::Public ? QCoreApplication::translate("Enums", "Public")
                                       : QCoreApplication::translate("Enums", "Internal");
}

QStringList EnumInfo<EventStatus>::keys()
{
    return {QStringLiteral("planned"), QStringLiteral("done"), QStringLiteral("cancelled")};
}

QString EnumInfo<EventStatus>::label(EventStatus value)
{
    switch (value) {
    case EventStatus::Planned:
        return QCoreApplication::translate("Enums", "Planned");
    case EventStatus::Done:
        return QCoreApplication::translate("Enums", "Done");
    case EventStatus::Cancelled:
        return QCoreApplication::translate("Enums", "Cancelled");
    }
    return {};
}

QStringList EnumInfo<SnsPlatform>::keys()
{
    return {QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("youtube"),
            QStringLiteral("blog"),     QStringLiteral("x"),         QStringLiteral("other")};
}

QString EnumInfo<SnsPlatform>::label(SnsPlatform value)
{
    switch (value) {
    case SnsPlatform::Facebook:
        return QCoreApplication::translate("Enums", "Facebook");
    case SnsPlatform::Instagram:
        return QCoreApplication::translate("Enums", "Instagram");
    case SnsPlatform::YouTube:
        return QCoreApplication::translate("Enums", "YouTube");
    case SnsPlatform::Blog:
        return QCoreApplication::translate("Enums", "Blog");
    case SnsPlatform::X:
        return QCoreApplication::translate("Enums", "X (Twitter)");
    case SnsPlatform::Other:
        return QCoreApplication::translate("Enums", "Other");
    }
    return {};
}

QStringList EnumInfo<MediaLicence>::keys()
{
    return {QStringLiteral("kogl1"), QStringLiteral("kogl2"), QStringLiteral("kogl3"),
            QStringLiteral("kogl4"), QStringLiteral("none")};
}

QString EnumInfo<MediaLicence>::label(MediaLicence value)
{
    switch (value) {
    case MediaLicence::Kogl1:
        return QCoreApplication::translate("Enums", "KOGL Type 1 (attribution)");
    case MediaLicence::Kogl2:
        return QCoreApplication::translate("Enums", "KOGL Type 2 (attribution, non-commercial)");
    case MediaLicence::Kogl3:
        return QCoreApplication::translate("Enums", "KOGL Type 3 (attribution, no derivatives)");
    case MediaLicence::Kogl4:
        return QCoreApplication::translate(
            "Enums", "KOGL Type 4 (attribution, non-commercial, no derivatives)");
    case MediaLicence::None:
        return QCoreApplication::translate("Enums", "No open licence");
    }
    return {};
}

QStringList EnumInfo<ContentType>::keys()
{
    return {QStringLiteral("page"),           QStringLiteral("speech"),
            QStringLiteral("schedule_event"), QStringLiteral("activity"),
            QStringLiteral("press_release"),  QStringLiteral("sns_link"),
            QStringLiteral("pledge")};
}

QString EnumInfo<ContentType>::label(ContentType value)
{
    switch (value) {
    case ContentType::Page:
        return QCoreApplication::translate("Enums", "Page");
    case ContentType::Speech:
        return QCoreApplication::translate("Enums", "Speech");
    case ContentType::ScheduleEvent:
        return QCoreApplication::translate("Enums", "Schedule event");
    case ContentType::Activity:
        return QCoreApplication::translate("Enums", "Field activity");
    case ContentType::PressRelease:
        return QCoreApplication::translate("Enums", "Press release");
    case ContentType::SnsLink:
        return QCoreApplication::translate("Enums", "SNS link");
    case ContentType::Pledge:
        return QCoreApplication::translate("Enums", "Pledge");
    }
    return {};
}

} // namespace openmayor

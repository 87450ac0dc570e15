#include "synclabels.h"

#include <QCoreApplication>
#include <QHash>

namespace openmayor {

QString syncTableLabel(const QString& tableName)
{
    // QT_TRANSLATE_NOOP keeps the names in one table that lupdate sees.
    static const QHash<QString, const char*> names = {
        {QStringLiteral("term"), QT_TRANSLATE_NOOP("SyncLabels", "Term")},
        {QStringLiteral("pledge_area"), QT_TRANSLATE_NOOP("SyncLabels", "Pledge area")},
        {QStringLiteral("pledge_goal"), QT_TRANSLATE_NOOP("SyncLabels", "Policy goal")},
        {QStringLiteral("pledge"), QT_TRANSLATE_NOOP("SyncLabels", "Pledge")},
        {QStringLiteral("pledge_task"), QT_TRANSLATE_NOOP("SyncLabels", "Pledge schedule")},
        {QStringLiteral("pledge_budget"), QT_TRANSLATE_NOOP("SyncLabels", "Pledge budget")},
        {QStringLiteral("pledge_budget_executed"),
         QT_TRANSLATE_NOOP("SyncLabels", "Budget executed")},
        {QStringLiteral("pledge_progress"), QT_TRANSLATE_NOOP("SyncLabels", "Pledge progress")},
        {QStringLiteral("pledge_indicator"), QT_TRANSLATE_NOOP("SyncLabels", "Indicator")},
        {QStringLiteral("indicator_value"), QT_TRANSLATE_NOOP("SyncLabels", "Indicator value")},
        {QStringLiteral("pledge_department"), QT_TRANSLATE_NOOP("SyncLabels", "Department")},
        {QStringLiteral("reporting_period"), QT_TRANSLATE_NOOP("SyncLabels", "Reporting period")},
        {QStringLiteral("pledge_snapshot"), QT_TRANSLATE_NOOP("SyncLabels", "Pledge snapshot")},
        {QStringLiteral("page"), QT_TRANSLATE_NOOP("SyncLabels", "Page")},
        {QStringLiteral("speech"), QT_TRANSLATE_NOOP("SyncLabels", "Speech")},
        {QStringLiteral("schedule_event"), QT_TRANSLATE_NOOP("SyncLabels", "Schedule")},
        {QStringLiteral("activity"), QT_TRANSLATE_NOOP("SyncLabels", "Activity")},
        {QStringLiteral("activity_photo"), QT_TRANSLATE_NOOP("SyncLabels", "Activity photo")},
        {QStringLiteral("press_release"), QT_TRANSLATE_NOOP("SyncLabels", "Press release")},
        {QStringLiteral("press_attachment"), QT_TRANSLATE_NOOP("SyncLabels", "Press attachment")},
        {QStringLiteral("sns_link"), QT_TRANSLATE_NOOP("SyncLabels", "SNS link")},
        {QStringLiteral("media"), QT_TRANSLATE_NOOP("SyncLabels", "Media file")},
        {QStringLiteral("workflow_transition"), QT_TRANSLATE_NOOP("SyncLabels", "Workflow step")},
        {QStringLiteral("content_revision"), QT_TRANSLATE_NOOP("SyncLabels", "Revision")},
    };
    const auto found = names.constFind(tableName);
    return found == names.constEnd() ? tableName
                                     : QCoreApplication::translate("SyncLabels", *found);
}

QString syncFieldLabel(const QString& column)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("SyncLabels", "Title")},
        {QStringLiteral("subtitle"), QT_TRANSLATE_NOOP("SyncLabels", "Subtitle")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("SyncLabels", "Name")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("SyncLabels", "Code")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("SyncLabels", "Label")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("SyncLabels", "Status")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("SyncLabels", "Department")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("SyncLabels", "Team")},
        {QStringLiteral("workflow_state"), QT_TRANSLATE_NOOP("SyncLabels", "Workflow state")},
        {QStringLiteral("visibility"), QT_TRANSLATE_NOOP("SyncLabels", "Visibility")},
        {QStringLiteral("publish_at"), QT_TRANSLATE_NOOP("SyncLabels", "Publish at")},
        {QStringLiteral("body_html"), QT_TRANSLATE_NOOP("SyncLabels", "Body")},
        {QStringLiteral("plan_html"), QT_TRANSLATE_NOOP("SyncLabels", "Plan")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("SyncLabels", "Description")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("SyncLabels", "Text")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("SyncLabels", "Note")},
        {QStringLiteral("caption"), QT_TRANSLATE_NOOP("SyncLabels", "Caption")},
        {QStringLiteral("alt_text"), QT_TRANSLATE_NOOP("SyncLabels", "Alternative text")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("SyncLabels", "Place")},
        {QStringLiteral("event_name"), QT_TRANSLATE_NOOP("SyncLabels", "Event")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("SyncLabels", "Category")},
        {QStringLiteral("delivered_on"), QT_TRANSLATE_NOOP("SyncLabels", "Delivered on")},
        {QStringLiteral("activity_date"), QT_TRANSLATE_NOOP("SyncLabels", "Date")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("SyncLabels", "Date")},
        {QStringLiteral("starts_at"), QT_TRANSLATE_NOOP("SyncLabels", "Starts")},
        {QStringLiteral("ends_at"), QT_TRANSLATE_NOOP("SyncLabels", "Ends")},
        {QStringLiteral("all_day"), QT_TRANSLATE_NOOP("SyncLabels", "All day")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("SyncLabels", "Start date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("SyncLabels", "End date")},
        {QStringLiteral("basis_date"), QT_TRANSLATE_NOOP("SyncLabels", "Basis date")},
        {QStringLiteral("policy_goal"), QT_TRANSLATE_NOOP("SyncLabels", "Policy goal")},
        {QStringLiteral("timing"), QT_TRANSLATE_NOOP("SyncLabels", "Completion timing")},
        {QStringLiteral("required_budget"), QT_TRANSLATE_NOOP("SyncLabels", "Required budget")},
        {QStringLiteral("budget_kind"), QT_TRANSLATE_NOOP("SyncLabels", "Budget kind")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("SyncLabels", "Amount")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("SyncLabels", "Year")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("SyncLabels", "Value")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("SyncLabels", "Target")},
        {QStringLiteral("actual"), QT_TRANSLATE_NOOP("SyncLabels", "Actual")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("SyncLabels", "Unit")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("SyncLabels", "Address (URL)")},
        {QStringLiteral("release_no"), QT_TRANSLATE_NOOP("SyncLabels", "Release number")},
        {QStringLiteral("embargo_until"), QT_TRANSLATE_NOOP("SyncLabels", "Embargo until")},
        {QStringLiteral("leader"), QT_TRANSLATE_NOOP("SyncLabels", "Team leader")},
        {QStringLiteral("officer"), QT_TRANSLATE_NOOP("SyncLabels", "Officer")},
        {QStringLiteral("updated_by"), QT_TRANSLATE_NOOP("SyncLabels", "Edited by")},
    };
    const auto found = names.constFind(column);
    return found == names.constEnd() ? column : QCoreApplication::translate("SyncLabels", *found);
}

QString syncRowLabel(const QString& tableName, const QString& rowId, const QJsonObject& row)
{
    auto text = [&row](const char* field) {
        return row.value(QLatin1String(field)).toVariant().toString().simplified();
    };
    QString name;
    const QString code = text("code");
    const QString title = text("title");
    if (!code.isEmpty() && !title.isEmpty())
        name = code + u' ' + title;
    for (const char* field : {"title", "name", "label", "slug", "file_name"}) {
        if (!name.isEmpty())
            break;
        name = text(field);
    }
    if (name.isEmpty())
        name = rowId;
    return syncTableLabel(tableName) + u' ' + name;
}

QString conflictKindKey(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::FieldsDiffer:
        return QStringLiteral("fields");
    case SyncConflict::Kind::DeletedThere:
        return QStringLiteral("deleted_there");
    case SyncConflict::Kind::DeletedHere:
        return QStringLiteral("deleted_here");
    case SyncConflict::Kind::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<SyncConflict::Kind> conflictKindFromKey(const QString& key)
{
    for (const auto kind : {SyncConflict::Kind::FieldsDiffer, SyncConflict::Kind::DeletedThere,
                            SyncConflict::Kind::DeletedHere, SyncConflict::Kind::Rejected})
        if (conflictKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString conflictKindLabel(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::FieldsDiffer:
        return QCoreApplication::translate("SyncLabels", "Changed on both sides");
    case SyncConflict::Kind::DeletedThere:
        return QCoreApplication::translate("SyncLabels", "Deleted on the portal, changed here");
    case SyncConflict::Kind::DeletedHere:
        return QCoreApplication::translate("SyncLabels", "Deleted here, changed on the portal");
    case SyncConflict::Kind::Rejected:
        return QCoreApplication::translate("SyncLabels", "Refused by the portal");
    }
    return {};
}

QString syncProgressText(const SyncProgress& progress)
{
    QString phase;
    switch (progress.phase) {
    case SyncProgress::Phase::Connecting:
        return QCoreApplication::translate("SyncLabels", "Connecting to the portal…");
    case SyncProgress::Phase::UploadingMedia:
        phase = QCoreApplication::translate("SyncLabels", "Uploading files");
        break;
    case SyncProgress::Phase::Pushing:
        phase = QCoreApplication::translate("SyncLabels", "Sending changes");
        break;
    case SyncProgress::Phase::Pulling:
        phase = QCoreApplication::translate("SyncLabels", "Receiving changes");
        break;
    case SyncProgress::Phase::Applying:
        phase = QCoreApplication::translate("SyncLabels", "Applying changes");
        break;
    case SyncProgress::Phase::Finished:
        return QCoreApplication::translate("SyncLabels", "Sync finished");
    }
    if (progress.total > 0)
        return phase + u' ' + QString::number(progress.done) + u'/' +
               QString::number(progress.total);
    if (progress.done > 0)
        return phase + u' ' + QString::number(progress.done);
    return phase;
}

} // namespace openmayor

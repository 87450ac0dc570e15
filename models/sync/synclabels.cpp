#include "synclabels.h"

#include <QCoreApplication>
#include <QHash>

namespace openmayor {

namespace {
const char* const context = "SyncLabels";
} // namespace

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
    return found == names.constEnd() ? tableName : QCoreApplication::translate(context, *found);
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
        return QCoreApplication::translate(context, "Changed on both sides");
    case SyncConflict::Kind::DeletedThere:
        return QCoreApplication::translate(context, "Deleted on the portal, changed here");
    case SyncConflict::Kind::DeletedHere:
        return QCoreApplication::translate(context, "Deleted here, changed on the portal");
    case SyncConflict::Kind::Rejected:
        return QCoreApplication::translate(context, "Refused by the portal");
    }
    return {};
}

QString syncProgressText(const SyncProgress& progress)
{
    QString phase;
    switch (progress.phase) {
    case SyncProgress::Phase::Connecting:
        return QCoreApplication::translate(context, "Connecting to the portal…");
    case SyncProgress::Phase::UploadingMedia:
        phase = QCoreApplication::translate(context, "Uploading files");
        break;
    case SyncProgress::Phase::Pushing:
        phase = QCoreApplication::translate(context, "Sending changes");
        break;
    case SyncProgress::Phase::Pulling:
        phase = QCoreApplication::translate(context, "Receiving changes");
        break;
    case SyncProgress::Phase::Applying:
        phase = QCoreApplication::translate(context, "Applying changes");
        break;
    case SyncProgress::Phase::Finished:
        return QCoreApplication::translate(context, "Sync finished");
    }
    if (progress.total > 0)
        return phase + u' ' + QString::number(progress.done) + u'/' +
               QString::number(progress.total);
    if (progress.done > 0)
        return phase + u' ' + QString::number(progress.done);
    return phase;
}

} // namespace openmayor

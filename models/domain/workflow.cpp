#include "workflow.h"

#include <QCoreApplication>

namespace openmayor {

QList<WorkflowState> allowedTransitions(WorkflowState from)
{
    using W = WorkflowState;
    switch (from) {
    case W::Draft:
        return {W::Review};
    case W::Review:
        return {W::Approved, W::Draft};
    case W::Approved:
        return {W::Published, W::Draft};
    case W::Published:
        return {W::Withdrawn};
    case W::Withdrawn:
        return {W::Draft, W::Published};
    }
    return {};
}

bool isTransitionAllowed(WorkflowState from, WorkflowState to)
{
    return allowedTransitions(from).contains(to);
}

QString transitionActionText(WorkflowState from, WorkflowState to)
{
    using W = WorkflowState;
    const char* text = nullptr;
    switch (to) {
    case W::Draft:
        text = from == W::Withdrawn
                   ? QT_TRANSLATE_NOOP("openmayor::Workflow", "Rework as draft")
                   : QT_TRANSLATE_NOOP("openmayor::Workflow", "Send back to draft");
        break;
    case W::Review:
        text = QT_TRANSLATE_NOOP("openmayor::Workflow", "Send to review");
        break;
    case W::Approved:
        text = QT_TRANSLATE_NOOP("openmayor::Workflow", "Approve");
        break;
    case W::Published:
        text = from == W::Withdrawn ? QT_TRANSLATE_NOOP("openmayor::Workflow", "Publish again")
                                    : QT_TRANSLATE_NOOP("openmayor::Workflow", "Publish");
        break;
    case W::Withdrawn:
        text = QT_TRANSLATE_NOOP("openmayor::Workflow", "Withdraw");
        break;
    }
    return QCoreApplication::translate("openmayor::Workflow", text);
}

namespace {

QString bodyOf(const ContentItem& item)
{
    return std::visit(
        [](const auto& value) -> QString {
            if constexpr (requires { value.bodyHtml; })
                return value.bodyHtml;
            else
                return {};
        },
        item);
}

// The file names shown to the public: press attachments and gallery photos.
QStringList publicFileNames(const ContentItem& item)
{
    QStringList names;
    if (const auto* release = std::get_if<PressRelease>(&item))
        for (const PressAttachment& attachment : release->attachments)
            names << attachment.fileName;
    if (const auto* activity = std::get_if<Activity>(&item))
        for (const ActivityPhoto& photo : activity->photos)
            names << photo.fileName;
    return names;
}

} // namespace

QList<PublishFinding> checkBeforePublishing(const ContentItem& item, const QDateTime& now)
{
    QList<PublishFinding> findings;
    if (const auto* release = std::get_if<PressRelease>(&item)) {
        if (release->embargoUntil.isValid() && now < release->embargoUntil) {
            PublishFinding finding;
            finding.code = PublishFinding::Code::UnderEmbargo;
            finding.severity = PublishFinding::Severity::Blocking;
            finding.source = PublishFinding::Source::Field;
            finding.field = QStringLiteral("embargo_until");
            finding.message =
                QCoreApplication::translate("openmayor::Workflow",
                                            "The release is under embargo until %1; it cannot "
                                            "be published before then.")
                    .arg(release->embargoUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            findings << finding;
        }
    }
    const bool isRelease = std::holds_alternative<PressRelease>(item);
    const QString filesField = isRelease ? QStringLiteral("attachments") : QStringLiteral("photos");
    for (PublishFinding finding : PublishChecker::check(bodyOf(item), publicFileNames(item))) {
        finding.field = finding.source == PublishFinding::Source::Attachment
                            ? filesField
                            : QStringLiteral("body_html");
        findings << finding;
    }
    if (const auto* activity = std::get_if<Activity>(&item)) {
        for (qsizetype i = 0; i < activity->photos.size(); ++i) {
            const ActivityPhoto& photo = activity->photos.at(i);
            if (!photo.altText.trimmed().isEmpty())
                continue;
            PublishFinding finding;
            finding.code = PublishFinding::Code::ImageWithoutAlt;
            finding.severity = PublishFinding::Severity::Blocking;
            finding.source = PublishFinding::Source::Field;
            finding.field = QStringLiteral("photos");
            finding.attachmentIndex = int(i);
            finding.attachmentName = photo.fileName;
            finding.message =
                QCoreApplication::translate("openmayor::Workflow", "Photo %1 (%2) has no alt text.")
                    .arg(i + 1)
                    .arg(photo.fileName);
            findings << finding;
        }
    }
    return findings;
}

} // namespace openmayor

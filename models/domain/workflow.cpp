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

QList<PublishFinding> checkBeforePublishing(const ContentItem& item, const QDateTime& now)
{
    QList<PublishFinding> findings;
    if (const auto* release = std::get_if<PressRelease>(&item)) {
        if (release->embargoUntil.isValid() && now < release->embargoUntil)
            findings << PublishFinding{
                PublishFinding::Severity::Blocking,
                QCoreApplication::translate("openmayor::Workflow",
                                            "The release is under embargo until %1; it cannot "
                                            "be published before then.")
                    .arg(release->embargoUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                QStringLiteral("embargo_until")};
    }
    return findings;
}

bool hasBlockingFinding(const QList<PublishFinding>& findings)
{
    for (const PublishFinding& finding : findings)
        if (finding.severity == PublishFinding::Severity::Blocking)
            return true;
    return false;
}

} // namespace openmayor

#pragma once

#include "domain/content.h"
#include "domain/enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace openmayor {

// The editorial workflow of every content item (DESIGN.md §1):
// draft → review → approved → published, plus withdrawn.
//
//   draft     → review
//   review    → approved, draft (sent back)
//   approved  → published, draft (sent back)
//   published → withdrawn
//   withdrawn → draft (reworked), published (put back)
QList<WorkflowState> allowedTransitions(WorkflowState from);
bool isTransitionAllowed(WorkflowState from, WorkflowState to);
// The verb of a transition button ("Send to review", "Publish", ...), translated.
QString transitionActionText(WorkflowState from, WorkflowState to);

// One thing found before publishing. Blocking findings refuse the transition.
struct PublishFinding
{
    enum class Severity
    {
        Warning,
        Blocking
    };
    Severity severity = Severity::Blocking;
    QString message; // translated, one line
    QString field;   // where to jump: a field key of the editor ("embargo_until", "body_html")

    bool operator==(const PublishFinding&) const = default;
};

// THE PRE-PUBLISH HOOK. Called by ContentWorkflow::transition before an item moves to
// "published" (and by editors on demand). Today it checks the embargo only (a press
// release is not published before its embargo ends); the HTML pre-publish checker
// (models/publishing/publishchecker.h) is meant to add its findings here.
// `now` is the local wall-clock time in Asia/Seoul, as stored date-times are.
QList<PublishFinding> checkBeforePublishing(const ContentItem& item, const QDateTime& now);
bool hasBlockingFinding(const QList<PublishFinding>& findings);

// One row of an item's workflow history.
struct WorkflowStep
{
    QString id;
    std::optional<WorkflowState> from; // none for the first recorded state
    WorkflowState to = WorkflowState::Draft;
    QString movedAt; // UTC ISO 8601
    QString movedBy;
};

} // namespace openmayor

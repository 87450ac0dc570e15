#pragma once

#include "domain/content.h"
#include "domain/enums.h"
#include "publishing/publishchecker.h"

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

// The pre-publish check of an item. Called by ContentWorkflow::transition before an item
// moves to "published" (and by editors on demand): the embargo of a press release, the
// HTML checks of PublishChecker on the body (alt text, table headers, headings, link
// texts, personal data), alt text of gallery photos and personal data in attachment and
// photo file names. Each finding's `field` names the editor field to jump to.
// `now` is the local wall-clock time in Asia/Seoul, as stored date-times are.
QList<PublishFinding> checkBeforePublishing(const ContentItem& item, const QDateTime& now);

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

#pragma once

#include "common/result.h"
#include "database.h"
#include "domain/workflow.h"

namespace openmayor {

class ChangeNotifier;

// Moves content items through the workflow (domain/workflow.h) and keeps who moved them
// and when in workflow_transition. A move to "published" first runs the pre-publish hook
// checkBeforePublishing(); a blocking finding refuses it and nothing changes.
class ContentWorkflow
{
public:
    ContentWorkflow(Database database, ChangeNotifier* notifier);

    struct Outcome
    {
        WorkflowState state = WorkflowState::Draft;
        QList<PublishFinding> findings; // the warnings that did not stop it
    };

    // `now` is the local wall-clock time (Asia/Seoul) the embargo is compared with; invalid
    // means the current time. Refusals: a transition the table does not allow, a blocking
    // finding (the message names the first; `refusedFindings` receives them all), an item
    // that is gone.
    Result<Outcome> transition(ContentType type, const QString& id, WorkflowState to,
                               const QString& who, const QDateTime& now = {},
                               QList<PublishFinding>* refusedFindings = nullptr);

    // Oldest first.
    Result<QList<WorkflowStep>> history(ContentType type, const QString& id) const;

private:
    Database m_database;
    ChangeNotifier* m_notifier;
};

} // namespace openmayor

#pragma once

#include "common/result.h"
#include "domain/pledge.h"

#include <QUndoCommand>

namespace openmayor {

class PledgeRepository;

// One user edit of a pledge card: the card before and after. redo() writes `after`,
// undo() writes `before`, both through the repository (which notifies the views).
// Consecutive edits with the same merge key (typing in one field) merge into one step.
class EditPledgeCommand : public QUndoCommand
{
public:
    EditPledgeCommand(PledgeRepository* repository, Pledge before, Pledge after,
                      const QString& text, QString mergeKey = {}, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    // Set when the edit was applied before the command was pushed (see pushPledgeEdit).
    void markApplied() { m_skipFirstRedo = true; }
    // The last write's outcome; undo/redo cannot return it.
    const Status& lastStatus() const { return m_lastStatus; }

private:
    PledgeRepository* m_repository;
    Pledge m_before;
    Pledge m_after;
    QString m_mergeKey;
    bool m_skipFirstRedo = false;
    Status m_lastStatus;
};

} // namespace openmayor

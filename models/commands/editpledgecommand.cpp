#include "editpledgecommand.h"

#include "storage/pledgerepository.h"

namespace openmayor {

namespace {
constexpr int editPledgeCommandId = 0x504c4544; // "PLED"
}

EditPledgeCommand::EditPledgeCommand(PledgeRepository* repository, Pledge before, Pledge after,
                                     const QString& text, QString mergeKey, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_repository(repository), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
{}

void EditPledgeCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    m_lastStatus = m_repository->save(m_after);
}

void EditPledgeCommand::undo()
{
    m_lastStatus = m_repository->save(m_before);
}

int EditPledgeCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : editPledgeCommandId;
}

bool EditPledgeCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditPledgeCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace openmayor

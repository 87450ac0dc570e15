#include "editcontentcommand.h"

#include "storage/contentitemrepository.h"

namespace openmayor {

namespace {
constexpr int editContentCommandId = 0x434f4e54; // "CONT"
}

EditContentCommand::EditContentCommand(ContentItemRepository* repository,
                                       std::optional<ContentItem> before,
                                       std::optional<ContentItem> after, QString who,
                                       const QString& text, QString mergeKey, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_repository(repository), m_before(std::move(before)),
      m_after(std::move(after)), m_who(std::move(who)), m_mergeKey(std::move(mergeKey))
{}

Status EditContentCommand::apply(std::optional<ContentItem>& target,
                                 const std::optional<ContentItem>& other)
{
    if (target)
        return m_repository->save(*target, m_who);
    // no target: the item did not exist on this side of the edit
    const ContentItem& existing = *other;
    return m_repository->remove(contentTypeOf(existing), metaOf(existing).id);
}

void EditContentCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    m_lastStatus = apply(m_after, m_before);
}

void EditContentCommand::undo()
{
    m_lastStatus = apply(m_before, m_after);
}

int EditContentCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : editContentCommandId;
}

bool EditContentCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditContentCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey || !m_after || !next->m_after ||
        metaOf(*next->m_after).id != metaOf(*m_after).id)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace openmayor

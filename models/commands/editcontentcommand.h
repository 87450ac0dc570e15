#pragma once

#include "common/result.h"
#include "domain/content.h"

#include <QUndoCommand>

#include <optional>

namespace openmayor {

class ContentItemRepository;

// One user edit of a content item: the item before and after, either of which may be
// absent (a created or a deleted item). redo() writes `after` (or deletes), undo() writes
// `before` (or deletes), both through the repository, which stores a revision and notifies
// the views. Consecutive edits with the same merge key (typing in one field) merge.
class EditContentCommand : public QUndoCommand
{
public:
    EditContentCommand(ContentItemRepository* repository, std::optional<ContentItem> before,
                       std::optional<ContentItem> after, QString who, const QString& text,
                       QString mergeKey = {}, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    // Set when the edit was applied before the command was pushed (see pushContentEdit).
    void markApplied() { m_skipFirstRedo = true; }
    const Status& lastStatus() const { return m_lastStatus; }

private:
    Status apply(std::optional<ContentItem>& target, const std::optional<ContentItem>& other);

    ContentItemRepository* m_repository;
    std::optional<ContentItem> m_before;
    std::optional<ContentItem> m_after;
    QString m_who;
    QString m_mergeKey;
    bool m_skipFirstRedo = false;
    Status m_lastStatus;
};

} // namespace openmayor

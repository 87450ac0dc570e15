#include "contentedits.h"

#include "editcontentcommand.h"
#include "storage/contentitemrepository.h"

#include <QUndoStack>

namespace openmayor {

Status pushContentEdit(QUndoStack* stack, ContentItemRepository* repository, ContentItem before,
                       ContentItem after, const QString& who, const QString& description,
                       const QString& mergeKey)
{
    if (Status saved = repository->save(after, who); !saved)
        return saved;
    auto* command = new EditContentCommand(repository, std::move(before), std::move(after), who,
                                           description, mergeKey);
    command->markApplied();
    stack->push(command); // push() calls redo(), which skips the write done above
    return {};
}

Result<ContentItem> pushContentCreate(QUndoStack* stack, ContentItemRepository* repository,
                                      ContentItem item, const QString& who,
                                      const QString& description)
{
    metaOf(item).id.clear();
    if (Status saved = repository->save(item, who); !saved)
        return saved.error();
    auto* command = new EditContentCommand(repository, std::nullopt, item, who, description);
    command->markApplied();
    stack->push(command);
    return item;
}

Status pushContentDelete(QUndoStack* stack, ContentItemRepository* repository, ContentItem item,
                         const QString& who, const QString& description)
{
    if (Status removed = repository->remove(contentTypeOf(item), metaOf(item).id); !removed)
        return removed;
    auto* command =
        new EditContentCommand(repository, std::move(item), std::nullopt, who, description);
    command->markApplied();
    stack->push(command);
    return {};
}

} // namespace openmayor

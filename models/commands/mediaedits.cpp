#include "mediaedits.h"

#include "editmediacommand.h"
#include "removemediacommand.h"
#include "storage/medialibrary.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace openmayor {

Status pushMediaEdit(QUndoStack* stack, MediaLibrary& library, const QString& mediaId,
                     const MediaMetadata& after)
{
    auto current = library.item(mediaId);
    if (!current)
        return current.error();
    const MediaMetadata before = current->metadata;
    if (before == after)
        return {};
    if (Status saved = library.updateMetadata(mediaId, after); !saved)
        return saved;
    auto* command = new EditMediaCommand(
        library, mediaId, before, after,
        QCoreApplication::translate("openmayor::MediaEdits", "Edit media “%1”").arg(after.title));
    command->markApplied();
    stack->push(command); // push() calls redo(), which skips the write done above
    return {};
}

Status pushMediaRemoval(QUndoStack* stack, MediaLibrary& library, const QString& mediaId)
{
    auto current = library.item(mediaId);
    if (!current)
        return current.error();
    auto bytes = library.readBytes(*current);
    if (!bytes)
        return bytes.error();
    if (Status removed = library.remove(mediaId); !removed)
        return removed;
    auto* command = new RemoveMediaCommand(
        library, *current, *bytes,
        QCoreApplication::translate("openmayor::MediaEdits", "Delete media “%1”")
            .arg(current->metadata.title));
    command->markApplied();
    stack->push(command);
    return {};
}

} // namespace openmayor

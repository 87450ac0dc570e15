#pragma once

#include "common/result.h"
#include "domain/media.h"
#include "storage/medialibrary.h"

#include <QByteArray>
#include <QUndoCommand>

namespace openmayor {

// Removal of an unused media file. The command keeps the row and the bytes, so undo()
// puts the entry back with the same id (references made later by id keep working).
class RemoveMediaCommand : public QUndoCommand
{
public:
    RemoveMediaCommand(MediaLibrary library, MediaItem item, QByteArray bytes, const QString& text,
                       QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    void markApplied() { m_skipFirstRedo = true; }
    const Status& lastStatus() const { return m_lastStatus; }

private:
    MediaLibrary m_library;
    MediaItem m_item;
    QByteArray m_bytes;
    bool m_skipFirstRedo = false;
    Status m_lastStatus;
};

} // namespace openmayor

#pragma once

#include "common/result.h"
#include "domain/media.h"
#include "storage/medialibrary.h"

#include <QUndoCommand>

namespace openmayor {

// One edit of a media file's metadata (name, alt text, caption, licence): redo() writes
// `after`, undo() writes `before`, both through the library (which notifies the views).
class EditMediaCommand : public QUndoCommand
{
public:
    EditMediaCommand(MediaLibrary library, QString mediaId, MediaMetadata before,
                     MediaMetadata after, const QString& text, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    // Set when the edit was applied before the command was pushed (see pushMediaEdit).
    void markApplied() { m_skipFirstRedo = true; }
    const Status& lastStatus() const { return m_lastStatus; }

private:
    MediaLibrary m_library;
    QString m_mediaId;
    MediaMetadata m_before;
    MediaMetadata m_after;
    bool m_skipFirstRedo = false;
    Status m_lastStatus;
};

} // namespace openmayor

#include "editmediacommand.h"

namespace openmayor {

EditMediaCommand::EditMediaCommand(MediaLibrary library, QString mediaId, MediaMetadata before,
                                   MediaMetadata after, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_library(std::move(library)), m_mediaId(std::move(mediaId)),
      m_before(std::move(before)), m_after(std::move(after))
{}

void EditMediaCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    m_lastStatus = m_library.updateMetadata(m_mediaId, m_after);
}

void EditMediaCommand::undo()
{
    m_lastStatus = m_library.updateMetadata(m_mediaId, m_before);
}

} // namespace openmayor

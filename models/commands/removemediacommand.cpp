#include "removemediacommand.h"

namespace openmayor {

RemoveMediaCommand::RemoveMediaCommand(MediaLibrary library, MediaItem item, QByteArray bytes,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_library(std::move(library)), m_item(std::move(item)),
      m_bytes(std::move(bytes))
{}

void RemoveMediaCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    m_lastStatus = m_library.remove(m_item.id);
}

void RemoveMediaCommand::undo()
{
    m_lastStatus = m_library.restore(m_item, m_bytes);
}

} // namespace openmayor

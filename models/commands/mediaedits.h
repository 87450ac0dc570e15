#pragma once

#include "common/result.h"
#include "domain/media.h"

class QUndoStack;

namespace openmayor {

class MediaLibrary;

// The facade through which the media dock and the picker edit the library (STYLE.md 6):
// each writes first and pushes one undo command only when the write succeeded, so a refused
// edit leaves neither the store nor the undo history changed.

// Writes `after` over the entry's metadata; nothing is pushed when nothing changed.
Status pushMediaEdit(QUndoStack* stack, MediaLibrary& library, const QString& mediaId,
                     const MediaMetadata& after);

// Removes an unused entry (refused with the places that use it otherwise).
Status pushMediaRemoval(QUndoStack* stack, MediaLibrary& library, const QString& mediaId);

} // namespace openmayor

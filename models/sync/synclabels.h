#pragma once

#include "syncconflicts.h"
#include "syncengine.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace openmayor {

// Translated words for sync, shared by the GUI and the CLI.

// The name of a synced local table as users know it ("pledge" → "공약"); the table name
// itself for a table we do not know.
QString syncTableLabel(const QString& tableName);

// A short label of a row: the table's name, then `code title`, else the title, name, label
// or slug field of `row`, else the row id ("공약 1-1-1 365일 열린시장실 운영").
QString syncRowLabel(const QString& tableName, const QString& rowId, const QJsonObject& row);

// The stored key of a conflict kind ('fields', 'deleted_there', 'deleted_here', 'rejected')
// and back; an unknown key gives std::nullopt.
QString conflictKindKey(SyncConflict::Kind kind);
std::optional<SyncConflict::Kind> conflictKindFromKey(const QString& key);
// What happened, in a few words ("Changed on both sides", "Refused by the portal").
QString conflictKindLabel(SyncConflict::Kind kind);

// The phase of a running sync with its counts when known ("Sending changes 120/500").
QString syncProgressText(const SyncProgress& progress);

} // namespace openmayor

#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace openmayor::test {

// A conflict row as sync would leave it, written straight into sync_conflict.
struct ConflictRow
{
    QString kind = QStringLiteral("fields");
    QString tableName = QStringLiteral("speech");
    QString rowId;
    QJsonObject base;
    QJsonObject mine;
    QJsonObject theirs;
    QStringList fields;
    QString message;
    QString detectedAt = QStringLiteral("2026-11-26T05:02:00.000Z");
};

// Inserts `row`; returns its id.
Result<qint64> insertConflict(const Database& store, const ConflictRow& row);
// Inserts a speech row (as a local edit: it lands in the outbox) and returns its id.
Result<QString> insertSpeech(const Database& store, const QString& title, const QString& place);
// Sets sync_state `key` (e.g. 'last_sync', 'portal').
Status setSyncState(const Database& store, const QString& key, const QString& value);

} // namespace openmayor::test

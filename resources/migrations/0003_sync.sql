-- OpenMayor Studio local store, schema version 3: the client side of portal sync
-- (DESIGN.md §4). The outbox, base copies and sync columns exist since version 1.

-- Pull cursor per portal table: the last (sync_xid, sync_id) applied. '' = from the start.
-- A tombstone cursor has table_name '*tombstone'.
CREATE TABLE sync_cursor (
    table_name TEXT PRIMARY KEY NOT NULL,
    xid        TEXT NOT NULL DEFAULT '0',
    row_id     TEXT NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000'
) WITHOUT ROWID;

-- The push batch in flight: persisted before it is sent, resent unchanged (same batch_id)
-- until the portal's answer has been applied locally, then deleted.
CREATE TABLE sync_batch (
    batch_id   TEXT PRIMARY KEY NOT NULL,
    max_seq    INTEGER NOT NULL, -- outbox entries up to this seq are in the batch
    payload    TEXT NOT NULL,    -- JSON array of ops as sent
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

-- Changes sync could not apply on its own: conflicts and the portal's rejections.
CREATE TABLE sync_conflict (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('fields', 'deleted_there', 'deleted_here', 'rejected')),
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    base        TEXT NOT NULL DEFAULT '{}', -- JSON of the row as last synced
    mine        TEXT NOT NULL DEFAULT '{}', -- JSON of the local row ('{}' when deleted here)
    theirs      TEXT NOT NULL DEFAULT '{}', -- JSON of the portal's row ('{}' when deleted there)
    theirs_version INTEGER NOT NULL DEFAULT 0,
    fields      TEXT NOT NULL DEFAULT '[]', -- JSON array of the conflicting field names
    message     TEXT NOT NULL DEFAULT '',
    detected_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (table_name, row_id)
);

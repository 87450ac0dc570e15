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

-- Two desktops editing the same item offline both write revision N+1; after sync both
-- revisions are kept (ordered by number, then time), so the number is no longer unique.
-- SQLite cannot drop a table constraint: the table is rebuilt with its index and triggers.
CREATE TABLE content_revision_v3 (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    item_table  TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    revision_no INTEGER NOT NULL CHECK (revision_no >= 1),
    data        TEXT NOT NULL, -- JSON object of the item's fields
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_by  TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
INSERT INTO content_revision_v3 SELECT id, item_table, item_id, revision_no, data, created_at,
    created_by, row_version, updated_at, updated_by FROM content_revision;
DROP TABLE content_revision;
ALTER TABLE content_revision_v3 RENAME TO content_revision;
CREATE INDEX content_revision_item ON content_revision (item_table, item_id, revision_no);
CREATE TRIGGER capture_content_revision_insert AFTER INSERT ON content_revision
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('content_revision', NEW.id, 'insert');
END;
CREATE TRIGGER capture_content_revision_update AFTER UPDATE ON content_revision
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('content_revision', NEW.id, 'update');
END;
CREATE TRIGGER capture_content_revision_delete AFTER DELETE ON content_revision
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('content_revision', OLD.id, 'delete');
END;

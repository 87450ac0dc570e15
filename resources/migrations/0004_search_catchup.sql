-- OpenMayor Studio local store, schema version 4: the full-text index can catch up later.
--
-- Tokenising into trigrams is most of the cost of writing an item (bench: 23 of 30 s CPU for
-- 100k schedule events), so a bulk write (a sync's first pull, a large import) can leave it
-- for later: search_document is still written in step with the content, but its rows from
-- `search_index_state.unindexed_from` up are not in search_fts yet. The search scans those
-- rows directly, so it misses nothing meanwhile; SearchIndex::catchUp adds them to
-- search_fts in short transactions and clears the mark when none are left.
--
--   * doc_id is AUTOINCREMENT now: a new row always gets an id above every earlier one, so
--     "unindexed" is exactly "doc_id >= unindexed_from" (a reused id below the mark would be
--     taken for indexed and a delete of it would damage search_fts).
--   * The search_document triggers keep search_fts in step only for rows below the mark;
--     while the mark is set, new rows wait for the catch-up.
--   * An item's row is rebuilt only when a column it shows changes (AFTER UPDATE OF): a
--     sync acknowledging a pushed row writes just its sync columns and re-indexes nothing.
--     A view below that shows a new column needs that column in its trigger's list.
--   * The rows are rebuilt from the content here; a store with content leaves them to the
--     catch-up, so that opening a large store after the upgrade stays quick.

CREATE TABLE search_index_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    unindexed_from INTEGER -- NULL: every search_document row is in search_fts
);
INSERT INTO search_index_state (id, unindexed_from) VALUES (1, NULL);

DROP TRIGGER search_document_insert;
DROP TRIGGER search_document_delete;
DROP TRIGGER search_document_update;
DROP TABLE search_fts;
DROP TABLE search_document;

CREATE TABLE search_document (
    doc_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    item_table TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    section    TEXT NOT NULL,
    title      TEXT NOT NULL,
    detail     TEXT NOT NULL,
    body_html  TEXT NOT NULL,
    sort_date  TEXT NOT NULL, -- ISO date or date-time; newer first among equally ranked hits
    UNIQUE (item_table, item_id)
);

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, detail, body_html,
    content = 'search_document', content_rowid = 'doc_id', tokenize = 'trigram');

CREATE TRIGGER search_document_insert AFTER INSERT ON search_document
WHEN (SELECT unindexed_from FROM search_index_state) IS NULL
BEGIN
    INSERT INTO search_fts (rowid, title, detail, body_html)
    VALUES (NEW.doc_id, NEW.title, NEW.detail, NEW.body_html);
END;
CREATE TRIGGER search_document_delete AFTER DELETE ON search_document
WHEN OLD.doc_id < coalesce((SELECT unindexed_from FROM search_index_state), OLD.doc_id + 1)
BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, detail, body_html)
    VALUES ('delete', OLD.doc_id, OLD.title, OLD.detail, OLD.body_html);
END;
CREATE TRIGGER search_document_update AFTER UPDATE ON search_document
WHEN OLD.doc_id < coalesce((SELECT unindexed_from FROM search_index_state), OLD.doc_id + 1)
BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, detail, body_html)
    VALUES ('delete', OLD.doc_id, OLD.title, OLD.detail, OLD.body_html);
    INSERT INTO search_fts (rowid, title, detail, body_html)
    VALUES (NEW.doc_id, NEW.title, NEW.detail, NEW.body_html);
END;

-- ---------------------------------------------------------------- content triggers
DROP TRIGGER search_page_update;
CREATE TRIGGER search_page_update AFTER UPDATE OF id, slug, title, department, body_html, updated_at ON page
BEGIN
    DELETE FROM search_document WHERE item_table = 'page' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_page WHERE item_id = NEW.id;
END;
DROP TRIGGER search_speech_update;
CREATE TRIGGER search_speech_update AFTER UPDATE OF id, title, event_name, place, department, body_html, delivered_on ON speech
BEGIN
    DELETE FROM search_document WHERE item_table = 'speech' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_speech WHERE item_id = NEW.id;
END;
DROP TRIGGER search_schedule_event_update;
CREATE TRIGGER search_schedule_event_update AFTER UPDATE OF id, title, place, category, description, department, starts_at ON schedule_event
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'schedule_event' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_schedule_event WHERE item_id = NEW.id;
END;
DROP TRIGGER search_activity_update;
CREATE TRIGGER search_activity_update AFTER UPDATE OF id, title, place, department, body_html, activity_date ON activity
BEGIN
    DELETE FROM search_document WHERE item_table = 'activity' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_activity WHERE item_id = NEW.id;
END;
DROP TRIGGER search_activity_photo_update;
CREATE TRIGGER search_activity_photo_update AFTER UPDATE OF activity_id, caption, alt_text ON activity_photo
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'activity' AND item_id IN (OLD.activity_id, NEW.activity_id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_activity WHERE item_id IN (OLD.activity_id, NEW.activity_id);
END;
DROP TRIGGER search_press_release_update;
CREATE TRIGGER search_press_release_update AFTER UPDATE OF id, title, release_no, subtitle, department, manager, officer, body_html, distributed_at, created_at ON press_release
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'press_release' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_press_release WHERE item_id = NEW.id;
END;
DROP TRIGGER search_press_attachment_update;
CREATE TRIGGER search_press_attachment_update AFTER UPDATE OF press_release_id, media_id, caption, alt_text ON press_attachment
BEGIN
    DELETE FROM search_document WHERE item_table = 'press_release'
        AND item_id IN (OLD.press_release_id, NEW.press_release_id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_press_release
    WHERE item_id IN (OLD.press_release_id, NEW.press_release_id);
END;
DROP TRIGGER search_sns_link_update;
CREATE TRIGGER search_sns_link_update AFTER UPDATE OF id, label, platform, url, updated_at ON sns_link
BEGIN
    DELETE FROM search_document WHERE item_table = 'sns_link' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_sns_link WHERE item_id = NEW.id;
END;
DROP TRIGGER search_pledge_update;
CREATE TRIGGER search_pledge_update AFTER UPDATE OF id, code, title, policy_goal, plan_html, updated_at ON pledge
BEGIN
    DELETE FROM search_document WHERE item_table = 'pledge' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id = NEW.id;
END;
DROP TRIGGER search_pledge_task_update;
CREATE TRIGGER search_pledge_task_update AFTER UPDATE OF pledge_id, name, note ON pledge_task
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'pledge' AND item_id IN (OLD.pledge_id, NEW.pledge_id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id IN (OLD.pledge_id, NEW.pledge_id);
END;
DROP TRIGGER search_pledge_progress_update;
CREATE TRIGGER search_pledge_progress_update AFTER UPDATE OF pledge_id, text ON pledge_progress
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'pledge' AND item_id IN (OLD.pledge_id, NEW.pledge_id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id IN (OLD.pledge_id, NEW.pledge_id);
END;

UPDATE search_index_state SET unindexed_from = 1;

INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
SELECT * FROM search_source_page;
INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
SELECT * FROM search_source_speech;
INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
SELECT * FROM search_source_schedule_event;
INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
SELECT * FROM search_source_activity;
INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
SELECT * FROM search_source_press_release;
INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
SELECT * FROM search_source_sns_link;
INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
SELECT * FROM search_source_pledge;
UPDATE search_index_state SET unindexed_from = NULL
WHERE NOT EXISTS (SELECT 1 FROM search_document);

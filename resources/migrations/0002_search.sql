-- OpenMayor Studio local store, schema version 2: full-text search across all content.
--
--   * `search_document` holds one row per searchable item (page, speech, schedule event,
--     field activity with its photo captions, press release with its attachment names and
--     captions, SNS link, pledge with its tasks and progress record). It is local and
--     derived: it has no sync columns and no capture triggers, so nothing here reaches
--     sync_outbox. Triggers on the content tables rebuild an item's row whenever the item
--     or one of its parts changes, whoever writes (GUI, import, sync, a raw sqlite3 session).
--   * `search_fts` is an FTS5 index over search_document (external content, trigram
--     tokenizer) kept in step by the triggers on search_document. Trigram MATCH needs at
--     least three characters; shorter words are searched with instr() over search_document
--     (LIKE on a trigram column is wrong in SQLite 3.40.1).
--   * Columns: `title` (plain), `detail` (plain header fields, captions, file names, joined
--     by newlines), `body_html` (the stored HTML with the entities of text punctuation
--     decoded, so that "R&D" is found; &lt; and &gt; stay, the markup stays parseable; the
--     program strips tags when it checks a hit and builds the snippet). `section` is the
--     navigation's section key of the item.

CREATE TABLE search_document (
    doc_id     INTEGER PRIMARY KEY,
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
BEGIN
    INSERT INTO search_fts (rowid, title, detail, body_html)
    VALUES (NEW.doc_id, NEW.title, NEW.detail, NEW.body_html);
END;
CREATE TRIGGER search_document_delete AFTER DELETE ON search_document
BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, detail, body_html)
    VALUES ('delete', OLD.doc_id, OLD.title, OLD.detail, OLD.body_html);
END;
CREATE TRIGGER search_document_update AFTER UPDATE ON search_document
BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, detail, body_html)
    VALUES ('delete', OLD.doc_id, OLD.title, OLD.detail, OLD.body_html);
    INSERT INTO search_fts (rowid, title, detail, body_html)
    VALUES (NEW.doc_id, NEW.title, NEW.detail, NEW.body_html);
END;

-- ---------------------------------------------------------------- what each item shows
-- One view per content table, each giving search_document's columns for its items.

CREATE VIEW search_source_page AS
SELECT 'page' AS item_table, id AS item_id, slug AS section, title,
       department AS detail,
       replace(replace(replace(replace(replace(body_html, '&nbsp;', ' '), '&quot;', '"'),
           '&#39;', char(39)), '&apos;', char(39)), '&amp;', '&') AS body_html,
       updated_at AS sort_date
FROM page;

CREATE VIEW search_source_speech AS
SELECT 'speech' AS item_table, id AS item_id, 'speeches' AS section, title,
       event_name || char(10) || place || char(10) || department AS detail,
       replace(replace(replace(replace(replace(body_html, '&nbsp;', ' '), '&quot;', '"'),
           '&#39;', char(39)), '&apos;', char(39)), '&amp;', '&') AS body_html,
       delivered_on AS sort_date
FROM speech;

CREATE VIEW search_source_schedule_event AS
SELECT 'schedule_event' AS item_table, id AS item_id, 'schedule' AS section, title,
       place || char(10) || category || char(10) || description || char(10) || department
           AS detail,
       '' AS body_html, starts_at AS sort_date
FROM schedule_event;

CREATE VIEW search_source_activity AS
SELECT 'activity' AS item_table, a.id AS item_id, 'activities' AS section, a.title,
       a.place || char(10) || a.department || coalesce(
           (SELECT char(10) || group_concat(p.caption || char(10) || p.alt_text, char(10))
            FROM activity_photo p WHERE p.activity_id = a.id), '') AS detail,
       replace(replace(replace(replace(replace(a.body_html, '&nbsp;', ' '), '&quot;', '"'),
           '&#39;', char(39)), '&apos;', char(39)), '&amp;', '&') AS body_html,
       a.activity_date AS sort_date
FROM activity a;

CREATE VIEW search_source_press_release AS
SELECT 'press_release' AS item_table, r.id AS item_id, 'press' AS section, r.title,
       r.release_no || char(10) || r.subtitle || char(10) || r.department || char(10)
           || r.manager || char(10) || r.officer || coalesce(
           (SELECT char(10) || group_concat(m.file_name || char(10) || x.caption || char(10)
                                                || x.alt_text, char(10))
            FROM press_attachment x JOIN media m ON m.id = x.media_id
            WHERE x.press_release_id = r.id), '') AS detail,
       replace(replace(replace(replace(replace(r.body_html, '&nbsp;', ' '), '&quot;', '"'),
           '&#39;', char(39)), '&apos;', char(39)), '&amp;', '&') AS body_html,
       coalesce(r.distributed_at, r.created_at) AS sort_date
FROM press_release r;

CREATE VIEW search_source_sns_link AS
SELECT 'sns_link' AS item_table, id AS item_id, 'sns' AS section, label AS title,
       platform || char(10) || url AS detail, '' AS body_html, updated_at AS sort_date
FROM sns_link;

CREATE VIEW search_source_pledge AS
SELECT 'pledge' AS item_table, p.id AS item_id, 'pledges' AS section,
       p.code || ' ' || p.title AS title,
       p.policy_goal || coalesce(
           (SELECT char(10) || group_concat(t.name || char(10) || t.note, char(10))
            FROM pledge_task t WHERE t.pledge_id = p.id), '') || coalesce(
           (SELECT char(10) || group_concat(g.text, char(10))
            FROM pledge_progress g WHERE g.pledge_id = p.id), '') AS detail,
       replace(replace(replace(replace(replace(p.plan_html, '&nbsp;', ' '), '&quot;', '"'),
           '&#39;', char(39)), '&apos;', char(39)), '&amp;', '&') AS body_html,
       p.updated_at AS sort_date
FROM pledge p;

-- ---------------------------------------------------------------- keeping the index current
-- An insert or update (re)builds the item's row; a delete removes it. Updates delete and
-- insert rather than REPLACE, which would skip the delete trigger of search_document.

CREATE TRIGGER search_page_insert AFTER INSERT ON page
BEGIN
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_page WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_page_update AFTER UPDATE ON page
BEGIN
    DELETE FROM search_document WHERE item_table = 'page' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_page WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_page_delete AFTER DELETE ON page
BEGIN
    DELETE FROM search_document WHERE item_table = 'page' AND item_id = OLD.id;
END;

CREATE TRIGGER search_speech_insert AFTER INSERT ON speech
BEGIN
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_speech WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_speech_update AFTER UPDATE ON speech
BEGIN
    DELETE FROM search_document WHERE item_table = 'speech' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_speech WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_speech_delete AFTER DELETE ON speech
BEGIN
    DELETE FROM search_document WHERE item_table = 'speech' AND item_id = OLD.id;
END;

CREATE TRIGGER search_schedule_event_insert AFTER INSERT ON schedule_event
BEGIN
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_schedule_event WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_schedule_event_update AFTER UPDATE ON schedule_event
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'schedule_event' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_schedule_event WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_schedule_event_delete AFTER DELETE ON schedule_event
BEGIN
    DELETE FROM search_document WHERE item_table = 'schedule_event' AND item_id = OLD.id;
END;

CREATE TRIGGER search_activity_insert AFTER INSERT ON activity
BEGIN
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_activity WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_activity_update AFTER UPDATE ON activity
BEGIN
    DELETE FROM search_document WHERE item_table = 'activity' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_activity WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_activity_delete AFTER DELETE ON activity
BEGIN
    DELETE FROM search_document WHERE item_table = 'activity' AND item_id = OLD.id;
END;

-- Photo captions belong to their activity's row.
CREATE TRIGGER search_activity_photo_insert AFTER INSERT ON activity_photo
BEGIN
    DELETE FROM search_document WHERE item_table = 'activity' AND item_id = NEW.activity_id;
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_activity WHERE item_id = NEW.activity_id;
END;
CREATE TRIGGER search_activity_photo_update AFTER UPDATE ON activity_photo
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'activity' AND item_id IN (OLD.activity_id, NEW.activity_id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_activity WHERE item_id IN (OLD.activity_id, NEW.activity_id);
END;
CREATE TRIGGER search_activity_photo_delete AFTER DELETE ON activity_photo
BEGIN
    DELETE FROM search_document WHERE item_table = 'activity' AND item_id = OLD.activity_id;
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_activity WHERE item_id = OLD.activity_id;
END;

CREATE TRIGGER search_press_release_insert AFTER INSERT ON press_release
BEGIN
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_press_release WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_press_release_update AFTER UPDATE ON press_release
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'press_release' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_press_release WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_press_release_delete AFTER DELETE ON press_release
BEGIN
    DELETE FROM search_document WHERE item_table = 'press_release' AND item_id = OLD.id;
END;

-- Attachment file names and captions belong to their release's row.
CREATE TRIGGER search_press_attachment_insert AFTER INSERT ON press_attachment
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'press_release' AND item_id = NEW.press_release_id;
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_press_release WHERE item_id = NEW.press_release_id;
END;
CREATE TRIGGER search_press_attachment_update AFTER UPDATE ON press_attachment
BEGIN
    DELETE FROM search_document WHERE item_table = 'press_release'
        AND item_id IN (OLD.press_release_id, NEW.press_release_id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_press_release
    WHERE item_id IN (OLD.press_release_id, NEW.press_release_id);
END;
CREATE TRIGGER search_press_attachment_delete AFTER DELETE ON press_attachment
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'press_release' AND item_id = OLD.press_release_id;
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_press_release WHERE item_id = OLD.press_release_id;
END;

CREATE TRIGGER search_sns_link_insert AFTER INSERT ON sns_link
BEGIN
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_sns_link WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_sns_link_update AFTER UPDATE ON sns_link
BEGIN
    DELETE FROM search_document WHERE item_table = 'sns_link' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_sns_link WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_sns_link_delete AFTER DELETE ON sns_link
BEGIN
    DELETE FROM search_document WHERE item_table = 'sns_link' AND item_id = OLD.id;
END;

CREATE TRIGGER search_pledge_insert AFTER INSERT ON pledge
BEGIN
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_pledge_update AFTER UPDATE ON pledge
BEGIN
    DELETE FROM search_document WHERE item_table = 'pledge' AND item_id IN (OLD.id, NEW.id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id = NEW.id;
END;
CREATE TRIGGER search_pledge_delete AFTER DELETE ON pledge
BEGIN
    DELETE FROM search_document WHERE item_table = 'pledge' AND item_id = OLD.id;
END;

-- Task names and the progress record belong to their pledge's row.
CREATE TRIGGER search_pledge_task_insert AFTER INSERT ON pledge_task
BEGIN
    DELETE FROM search_document WHERE item_table = 'pledge' AND item_id = NEW.pledge_id;
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id = NEW.pledge_id;
END;
CREATE TRIGGER search_pledge_task_update AFTER UPDATE ON pledge_task
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'pledge' AND item_id IN (OLD.pledge_id, NEW.pledge_id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id IN (OLD.pledge_id, NEW.pledge_id);
END;
CREATE TRIGGER search_pledge_task_delete AFTER DELETE ON pledge_task
BEGIN
    DELETE FROM search_document WHERE item_table = 'pledge' AND item_id = OLD.pledge_id;
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id = OLD.pledge_id;
END;

CREATE TRIGGER search_pledge_progress_insert AFTER INSERT ON pledge_progress
BEGIN
    DELETE FROM search_document WHERE item_table = 'pledge' AND item_id = NEW.pledge_id;
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id = NEW.pledge_id;
END;
CREATE TRIGGER search_pledge_progress_update AFTER UPDATE ON pledge_progress
BEGIN
    DELETE FROM search_document
    WHERE item_table = 'pledge' AND item_id IN (OLD.pledge_id, NEW.pledge_id);
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id IN (OLD.pledge_id, NEW.pledge_id);
END;
CREATE TRIGGER search_pledge_progress_delete AFTER DELETE ON pledge_progress
BEGIN
    DELETE FROM search_document WHERE item_table = 'pledge' AND item_id = OLD.pledge_id;
    INSERT INTO search_document (item_table, item_id, section, title, detail, body_html, sort_date)
    SELECT * FROM search_source_pledge WHERE item_id = OLD.pledge_id;
END;

-- ---------------------------------------------------------------- existing rows

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

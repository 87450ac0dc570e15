-- OpenMayor Studio local store, schema version 1.
-- Holds every part of DESIGN.md §1-§2 and the client-side sync columns of §4.
--
-- Conventions
--   * Every synced table has `id` (client-created UUID text), `row_version` (the portal's
--     compare-and-set token; 0 = never synced), `updated_at` (UTC ISO 8601) and
--     `updated_by`. Content tables add workflow state, publish time and department.
--   * Local change capture: triggers at the end of this file record every insert, update
--     and delete of a synced table in `sync_outbox` (whose `seq` is the local sequence),
--     whoever wrote it: GUI, import, CLI or a raw sqlite3 session. A row is dirty while it
--     has an outbox entry; a delete's entry is its local tombstone. The sync engine sets
--     sync_state.applying_remote = '1' while it applies pulled rows, so those are not
--     captured as local edits.
--   * Dates are ISO text: 'YYYY-MM-DD', month precision 'YYYY-MM', quarters 'YYYY-Qn'.
--   * Amounts of money are in million KRW (백만원), as on the pledge card.

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO sync_state (key, value) VALUES ('applying_remote', '0');

CREATE TABLE sync_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    captured_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX sync_outbox_row ON sync_outbox (table_name, row_id);

-- Last synced copy of each row (the "base" of the three-way merge), filled by sync.
CREATE TABLE sync_base (
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    data        TEXT NOT NULL, -- JSON object of the row as last synced
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;

-- Local, unsynced application state (last opened section, sync cursors, ...).
CREATE TABLE app_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

-- Media library: content-addressed files (the bytes live in the per-user media folder).
CREATE TABLE media (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    width       INTEGER CHECK (width IS NULL OR width > 0),
    height      INTEGER CHECK (height IS NULL OR height > 0),
    alt_text    TEXT NOT NULL DEFAULT '',
    caption     TEXT NOT NULL DEFAULT '',
    licence     TEXT NOT NULL DEFAULT 'kogl1' CHECK (licence IN ('kogl1', 'kogl2', 'kogl3', 'kogl4', 'none')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);

-- ---------------------------------------------------------------- pledge book

CREATE TABLE term (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    name        TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL CHECK (end_date > start_date),
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE pledge_area (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    term_id     TEXT NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    code        TEXT NOT NULL CHECK (code GLOB '[0-9]*' AND code NOT GLOB '*[^0-9]*'),
    title       TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (term_id, code)
);

CREATE TABLE pledge_goal (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    area_id     TEXT NOT NULL REFERENCES pledge_area (id) ON DELETE CASCADE,
    code        TEXT NOT NULL CHECK (code GLOB '[0-9]*-[0-9]*'),
    title       TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (area_id, code)
);

CREATE TABLE pledge (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    goal_id          TEXT NOT NULL REFERENCES pledge_goal (id) ON DELETE RESTRICT,
    code             TEXT NOT NULL UNIQUE CHECK (code GLOB '[0-9]*-[0-9]*-[0-9]*'),
    title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    policy_goal      TEXT NOT NULL DEFAULT '',
    timing           TEXT NOT NULL DEFAULT 'within_term' CHECK (timing IN ('within_term', 'after_term')),
    body_national    INTEGER NOT NULL DEFAULT 0 CHECK (body_national IN (0, 1)),
    body_province    INTEGER NOT NULL DEFAULT 0 CHECK (body_province IN (0, 1)),
    body_city        INTEGER NOT NULL DEFAULT 0 CHECK (body_city IN (0, 1)),
    body_private     INTEGER NOT NULL DEFAULT 0 CHECK (body_private IN (0, 1)),
    is_new           INTEGER NOT NULL DEFAULT 1 CHECK (is_new IN (0, 1)),
    budget_kind      TEXT NOT NULL DEFAULT 'budget' CHECK (budget_kind IN ('budget', 'non_budget')),
    required_budget  REAL NOT NULL DEFAULT 0 CHECK (required_budget >= 0),
    budget_prior     REAL NOT NULL DEFAULT 0 CHECK (budget_prior >= 0),
    budget_after_term REAL NOT NULL DEFAULT 0 CHECK (budget_after_term >= 0),
    status           TEXT NOT NULL DEFAULT 'on_track' CHECK (status IN ('completed', 'completed_continuing', 'on_track', 'partial', 'lagging', 'on_hold', 'dropped')),
    basis_date       TEXT,
    plan_html        TEXT NOT NULL DEFAULT '',
    sort_key         INTEGER NOT NULL DEFAULT 0,
    row_version      INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pledge_goal_idx ON pledge (goal_id);

-- Quarter schedule (연차별 추진일정): one row per task with its active quarters.
CREATE TABLE pledge_task (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id     TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    name          TEXT NOT NULL,
    start_quarter TEXT NOT NULL CHECK (start_quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    end_quarter   TEXT NOT NULL CHECK (end_quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' AND end_quarter >= start_quarter),
    note          TEXT NOT NULL DEFAULT '',
    row_version   INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pledge_task_pledge ON pledge_task (pledge_id, position);

-- Investment plan (연도별 투자 계획): planned cells by source and year. Totals are derived.
CREATE TABLE pledge_budget (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('national', 'province', 'city', 'other')),
    year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    amount      REAL NOT NULL CHECK (amount >= 0),
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (pledge_id, source, year)
);

-- Executed amounts (집행액) per year.
CREATE TABLE pledge_budget_executed (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    amount      REAL NOT NULL CHECK (amount >= 0),
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (pledge_id, year)
);

-- Progress record (추진실적): day or month precision, optionally a range.
CREATE TABLE pledge_progress (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    date_from   TEXT NOT NULL CHECK (date_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' OR date_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    date_to     TEXT CHECK (date_to IS NULL OR ((date_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' OR date_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND date_to >= date_from)),
    text        TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pledge_progress_pledge ON pledge_progress (pledge_id, position);

-- Achievement indicators (공약달성 확인지표) and their yearly targets/actuals.
CREATE TABLE pledge_indicator (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'cumulative' CHECK (kind IN ('cumulative', 'level', 'reduction', 'milestone')),
    baseline    REAL,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pledge_indicator_pledge ON pledge_indicator (pledge_id, position);

CREATE TABLE indicator_value (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    indicator_id TEXT NOT NULL REFERENCES pledge_indicator (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    target       REAL,
    actual       REAL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by   TEXT NOT NULL DEFAULT '',
    UNIQUE (indicator_id, year)
);

-- Departments and contacts (주관부서 / 협조부서).
CREATE TABLE pledge_department (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id     TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    role          TEXT NOT NULL CHECK (role IN ('lead', 'cooperating')),
    department    TEXT NOT NULL,
    team          TEXT NOT NULL DEFAULT '',
    leader        TEXT NOT NULL DEFAULT '',
    leader_phone  TEXT NOT NULL DEFAULT '',
    officer       TEXT NOT NULL DEFAULT '',
    officer_phone TEXT NOT NULL DEFAULT '',
    row_version   INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pledge_department_pledge ON pledge_department (pledge_id, position);

-- Quarterly reporting periods; publishing one freezes every pledge into a snapshot.
CREATE TABLE reporting_period (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    period       TEXT NOT NULL UNIQUE CHECK (period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    basis_date   TEXT NOT NULL,
    published_at TEXT,
    published_by TEXT NOT NULL DEFAULT '',
    figures_json TEXT NOT NULL DEFAULT '{}', -- the city figures as published
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE pledge_snapshot (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    period_id   TEXT NOT NULL REFERENCES reporting_period (id) ON DELETE CASCADE,
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    rate        REAL CHECK (rate IS NULL OR rate BETWEEN 0 AND 100),
    status      TEXT NOT NULL CHECK (status IN ('completed', 'completed_continuing', 'on_track', 'partial', 'lagging', 'on_hold', 'dropped')),
    timing      TEXT NOT NULL DEFAULT 'within_term' CHECK (timing IN ('within_term', 'after_term')),
    planned_budget  REAL NOT NULL DEFAULT 0,
    executed_budget REAL NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (period_id, pledge_id)
);
CREATE INDEX pledge_snapshot_pledge ON pledge_snapshot (pledge_id);

-- ---------------------------------------------------------------- content
-- Shared columns of every content item: workflow_state, publish_at, department,
-- created_at, plus the sync columns.

CREATE TABLE page (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    slug           TEXT NOT NULL UNIQUE CHECK (slug IN ('greeting', 'profile', 'vision')),
    title          TEXT NOT NULL,
    body_html      TEXT NOT NULL DEFAULT '',
    photo_media_id TEXT REFERENCES media (id) ON DELETE SET NULL,
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE speech (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    title          TEXT NOT NULL,
    event_name     TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL DEFAULT '',
    delivered_on   TEXT NOT NULL,
    body_html      TEXT NOT NULL DEFAULT '',
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX speech_date ON speech (delivered_on);

CREATE TABLE schedule_event (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    title          TEXT NOT NULL,
    starts_at      TEXT NOT NULL, -- local date-time 'YYYY-MM-DDTHH:MM' (Asia/Seoul) or a date when all-day
    ends_at        TEXT NOT NULL CHECK (ends_at >= starts_at), -- exclusive end
    all_day        INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    place          TEXT NOT NULL DEFAULT '',
    category       TEXT NOT NULL DEFAULT '',
    visibility     TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'internal')),
    status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
    description    TEXT NOT NULL DEFAULT '',
    ical_uid       TEXT UNIQUE,
    ical_sequence  INTEGER NOT NULL DEFAULT 0,
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX schedule_event_start ON schedule_event (starts_at);

CREATE TABLE activity (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    title          TEXT NOT NULL,
    activity_date  TEXT NOT NULL,
    place          TEXT NOT NULL DEFAULT '',
    body_html      TEXT NOT NULL DEFAULT '',
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_date_idx ON activity (activity_date);

CREATE TABLE activity_photo (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    media_id    TEXT NOT NULL REFERENCES media (id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL DEFAULT 0,
    caption     TEXT NOT NULL DEFAULT '',
    alt_text    TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_photo_activity ON activity_photo (activity_id, position);

CREATE TABLE press_release (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    release_no     TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL,
    subtitle       TEXT NOT NULL DEFAULT '',
    manager        TEXT NOT NULL DEFAULT '',
    manager_phone  TEXT NOT NULL DEFAULT '',
    officer        TEXT NOT NULL DEFAULT '',
    officer_phone  TEXT NOT NULL DEFAULT '',
    distributed_at TEXT,
    embargo_until  TEXT,
    body_html      TEXT NOT NULL DEFAULT '',
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX press_release_distributed ON press_release (distributed_at);

CREATE TABLE press_attachment (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    press_release_id TEXT NOT NULL REFERENCES press_release (id) ON DELETE CASCADE,
    media_id         TEXT NOT NULL REFERENCES media (id) ON DELETE RESTRICT,
    kind             TEXT NOT NULL DEFAULT 'attachment' CHECK (kind IN ('attachment', 'photo')),
    position         INTEGER NOT NULL DEFAULT 0,
    caption          TEXT NOT NULL DEFAULT '',
    alt_text         TEXT NOT NULL DEFAULT '',
    row_version      INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX press_attachment_release ON press_attachment (press_release_id, position);

CREATE TABLE sns_link (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    platform       TEXT NOT NULL CHECK (platform IN ('facebook', 'instagram', 'youtube', 'blog', 'x', 'other')),
    url            TEXT NOT NULL CHECK (url LIKE 'https://%' OR url LIKE 'http://%'),
    label          TEXT NOT NULL,
    position       INTEGER NOT NULL DEFAULT 0,
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);

-- Workflow history: who moved which item to which state, and when.
CREATE TABLE workflow_transition (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    item_table  TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT NOT NULL CHECK (to_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    moved_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    moved_by    TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX workflow_transition_item ON workflow_transition (item_table, item_id);

-- Revision history of every content item: a full copy of the item per revision.
CREATE TABLE content_revision (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    item_table  TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    revision_no INTEGER NOT NULL CHECK (revision_no >= 1),
    data        TEXT NOT NULL, -- JSON object of the item's fields
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_by  TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (item_table, item_id, revision_no)
);

-- ---------------------------------------------------------------- change capture
-- Generated list; keep it in the same order as the tables above. A write is captured
-- unless the sync engine is applying pulled rows (sync_state.applying_remote = '1').
CREATE TRIGGER capture_media_insert AFTER INSERT ON media
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('media', NEW.id, 'insert');
END;
CREATE TRIGGER capture_media_update AFTER UPDATE ON media
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('media', NEW.id, 'update');
END;
CREATE TRIGGER capture_media_delete AFTER DELETE ON media
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('media', OLD.id, 'delete');
END;
CREATE TRIGGER capture_term_insert AFTER INSERT ON term
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('term', NEW.id, 'insert');
END;
CREATE TRIGGER capture_term_update AFTER UPDATE ON term
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('term', NEW.id, 'update');
END;
CREATE TRIGGER capture_term_delete AFTER DELETE ON term
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('term', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_area_insert AFTER INSERT ON pledge_area
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_area', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_area_update AFTER UPDATE ON pledge_area
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_area', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_area_delete AFTER DELETE ON pledge_area
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_area', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_goal_insert AFTER INSERT ON pledge_goal
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_goal', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_goal_update AFTER UPDATE ON pledge_goal
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_goal', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_goal_delete AFTER DELETE ON pledge_goal
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_goal', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_insert AFTER INSERT ON pledge
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_update AFTER UPDATE ON pledge
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_delete AFTER DELETE ON pledge
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_task_insert AFTER INSERT ON pledge_task
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_task', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_task_update AFTER UPDATE ON pledge_task
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_task', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_task_delete AFTER DELETE ON pledge_task
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_task', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_budget_insert AFTER INSERT ON pledge_budget
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_budget_update AFTER UPDATE ON pledge_budget
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_budget_delete AFTER DELETE ON pledge_budget
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_budget_executed_insert AFTER INSERT ON pledge_budget_executed
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget_executed', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_budget_executed_update AFTER UPDATE ON pledge_budget_executed
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget_executed', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_budget_executed_delete AFTER DELETE ON pledge_budget_executed
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget_executed', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_progress_insert AFTER INSERT ON pledge_progress
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_progress', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_progress_update AFTER UPDATE ON pledge_progress
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_progress', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_progress_delete AFTER DELETE ON pledge_progress
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_progress', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_indicator_insert AFTER INSERT ON pledge_indicator
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_indicator', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_indicator_update AFTER UPDATE ON pledge_indicator
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_indicator', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_indicator_delete AFTER DELETE ON pledge_indicator
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_indicator', OLD.id, 'delete');
END;
CREATE TRIGGER capture_indicator_value_insert AFTER INSERT ON indicator_value
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('indicator_value', NEW.id, 'insert');
END;
CREATE TRIGGER capture_indicator_value_update AFTER UPDATE ON indicator_value
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('indicator_value', NEW.id, 'update');
END;
CREATE TRIGGER capture_indicator_value_delete AFTER DELETE ON indicator_value
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('indicator_value', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_department_insert AFTER INSERT ON pledge_department
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_department', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_department_update AFTER UPDATE ON pledge_department
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_department', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_department_delete AFTER DELETE ON pledge_department
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_department', OLD.id, 'delete');
END;
CREATE TRIGGER capture_reporting_period_insert AFTER INSERT ON reporting_period
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('reporting_period', NEW.id, 'insert');
END;
CREATE TRIGGER capture_reporting_period_update AFTER UPDATE ON reporting_period
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('reporting_period', NEW.id, 'update');
END;
CREATE TRIGGER capture_reporting_period_delete AFTER DELETE ON reporting_period
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('reporting_period', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_snapshot_insert AFTER INSERT ON pledge_snapshot
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_snapshot', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_snapshot_update AFTER UPDATE ON pledge_snapshot
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_snapshot', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_snapshot_delete AFTER DELETE ON pledge_snapshot
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_snapshot', OLD.id, 'delete');
END;
CREATE TRIGGER capture_page_insert AFTER INSERT ON page
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('page', NEW.id, 'insert');
END;
CREATE TRIGGER capture_page_update AFTER UPDATE ON page
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('page', NEW.id, 'update');
END;
CREATE TRIGGER capture_page_delete AFTER DELETE ON page
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('page', OLD.id, 'delete');
END;
CREATE TRIGGER capture_speech_insert AFTER INSERT ON speech
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('speech', NEW.id, 'insert');
END;
CREATE TRIGGER capture_speech_update AFTER UPDATE ON speech
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('speech', NEW.id, 'update');
END;
CREATE TRIGGER capture_speech_delete AFTER DELETE ON speech
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('speech', OLD.id, 'delete');
END;
CREATE TRIGGER capture_schedule_event_insert AFTER INSERT ON schedule_event
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('schedule_event', NEW.id, 'insert');
END;
CREATE TRIGGER capture_schedule_event_update AFTER UPDATE ON schedule_event
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('schedule_event', NEW.id, 'update');
END;
CREATE TRIGGER capture_schedule_event_delete AFTER DELETE ON schedule_event
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('schedule_event', OLD.id, 'delete');
END;
CREATE TRIGGER capture_activity_insert AFTER INSERT ON activity
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity', NEW.id, 'insert');
END;
CREATE TRIGGER capture_activity_update AFTER UPDATE ON activity
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity', NEW.id, 'update');
END;
CREATE TRIGGER capture_activity_delete AFTER DELETE ON activity
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity', OLD.id, 'delete');
END;
CREATE TRIGGER capture_activity_photo_insert AFTER INSERT ON activity_photo
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity_photo', NEW.id, 'insert');
END;
CREATE TRIGGER capture_activity_photo_update AFTER UPDATE ON activity_photo
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity_photo', NEW.id, 'update');
END;
CREATE TRIGGER capture_activity_photo_delete AFTER DELETE ON activity_photo
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity_photo', OLD.id, 'delete');
END;
CREATE TRIGGER capture_press_release_insert AFTER INSERT ON press_release
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_release', NEW.id, 'insert');
END;
CREATE TRIGGER capture_press_release_update AFTER UPDATE ON press_release
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_release', NEW.id, 'update');
END;
CREATE TRIGGER capture_press_release_delete AFTER DELETE ON press_release
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_release', OLD.id, 'delete');
END;
CREATE TRIGGER capture_press_attachment_insert AFTER INSERT ON press_attachment
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_attachment', NEW.id, 'insert');
END;
CREATE TRIGGER capture_press_attachment_update AFTER UPDATE ON press_attachment
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_attachment', NEW.id, 'update');
END;
CREATE TRIGGER capture_press_attachment_delete AFTER DELETE ON press_attachment
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_attachment', OLD.id, 'delete');
END;
CREATE TRIGGER capture_sns_link_insert AFTER INSERT ON sns_link
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('sns_link', NEW.id, 'insert');
END;
CREATE TRIGGER capture_sns_link_update AFTER UPDATE ON sns_link
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('sns_link', NEW.id, 'update');
END;
CREATE TRIGGER capture_sns_link_delete AFTER DELETE ON sns_link
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('sns_link', OLD.id, 'delete');
END;
CREATE TRIGGER capture_workflow_transition_insert AFTER INSERT ON workflow_transition
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('workflow_transition', NEW.id, 'insert');
END;
CREATE TRIGGER capture_workflow_transition_update AFTER UPDATE ON workflow_transition
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('workflow_transition', NEW.id, 'update');
END;
CREATE TRIGGER capture_workflow_transition_delete AFTER DELETE ON workflow_transition
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('workflow_transition', OLD.id, 'delete');
END;
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

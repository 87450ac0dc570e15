-- OpenMayor portal schema, version 1 (DESIGN.md §4). Installed and upgraded by
-- `openmayor-cli portal init`, each migration in one transaction with its version recorded
-- in openmayor.schema_version. No server process of ours: tables, triggers, functions,
-- roles and views are all there is.
--
-- Every synced table mirrors a local table (tools/gen-portal-tables.py wrote the CREATE
-- TABLE statements below from the local schema): the data columns, keyed by sync_id (the
-- client-created UUID, the local `id`), plus row_version (compare-and-set token), sync_xid
-- (the writing transaction, what pulls page by), updated_at and updated_by. Triggers stamp
-- every write whoever makes it (the app's push, the portal's web admin, psql), leave a
-- tombstone for each delete, keep an audit row and send a NOTIFY.

CREATE SCHEMA IF NOT EXISTS openmayor;

CREATE TABLE openmayor.schema_version (
    version    integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- The synced tables, parents before children (pull applies in this order).
CREATE TABLE openmayor.sync_table (
    table_name text PRIMARY KEY,
    position   integer NOT NULL UNIQUE
);

-- Portal-wide settings the clients read (media store URL and user, portal identity).
CREATE TABLE openmayor.portal_setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO openmayor.portal_setting (key, value) VALUES
    ('portal_id', gen_random_uuid()::text),
    ('media_base_url', ''),
    ('media_user', '');

-- One row per deleted synced row; a re-insert of the same sync_id removes it.
CREATE TABLE openmayor.sync_tombstone (
    table_name  text NOT NULL,
    sync_id     uuid NOT NULL,
    row_version bigint NOT NULL,
    sync_xid    xid8 NOT NULL DEFAULT pg_current_xact_id(),
    deleted_at  timestamptz NOT NULL DEFAULT now(),
    deleted_by  text NOT NULL,
    PRIMARY KEY (table_name, sync_id)
);
CREATE INDEX sync_tombstone_xid ON openmayor.sync_tombstone (sync_xid, sync_id);

-- Every change: who (database role and app user), when, old -> new.
CREATE TABLE openmayor.sync_audit (
    id         bigserial PRIMARY KEY,
    table_name text NOT NULL,
    sync_id    uuid NOT NULL,
    op         text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    db_user    text NOT NULL DEFAULT session_user,
    app_user   text NOT NULL DEFAULT '',
    at         timestamptz NOT NULL DEFAULT now(),
    old_row    jsonb,
    new_row    jsonb
);
CREATE INDEX sync_audit_row ON openmayor.sync_audit (table_name, sync_id);

-- Push batches already applied, with their answers: a resent batch gets the same answer
-- and changes nothing (DESIGN.md §4, idempotent push).
CREATE TABLE openmayor.sync_push_log (
    batch_id   uuid PRIMARY KEY,
    db_user    text NOT NULL DEFAULT session_user,
    app_user   text NOT NULL DEFAULT '',
    applied_at timestamptz NOT NULL DEFAULT now(),
    op_count   integer NOT NULL,
    result     jsonb NOT NULL
);

-- ------------------------------------------------------------------ synced tables
CREATE TABLE openmayor.media (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sha256 text NOT NULL,
    file_name text NOT NULL,
    mime_type text NOT NULL,
    size_bytes bigint NOT NULL,
    width bigint,
    height bigint,
    alt_text text NOT NULL DEFAULT '',
    caption text NOT NULL DEFAULT '',
    licence text NOT NULL DEFAULT 'kogl1',
    created_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (sha256)
);
CREATE INDEX media_sync_xid ON openmayor.media (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('media', 1);

CREATE TABLE openmayor.term (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    start_date text NOT NULL,
    end_date text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX term_sync_xid ON openmayor.term (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('term', 2);

CREATE TABLE openmayor.pledge_area (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    term_id text NOT NULL,
    code text NOT NULL,
    title text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (term_id, code)
);
CREATE INDEX pledge_area_sync_xid ON openmayor.pledge_area (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge_area', 3);

CREATE TABLE openmayor.pledge_goal (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    area_id text NOT NULL,
    code text NOT NULL,
    title text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (area_id, code)
);
CREATE INDEX pledge_goal_sync_xid ON openmayor.pledge_goal (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge_goal', 4);

CREATE TABLE openmayor.pledge (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    goal_id text NOT NULL,
    code text NOT NULL,
    title text NOT NULL,
    policy_goal text NOT NULL DEFAULT '',
    timing text NOT NULL DEFAULT 'within_term',
    body_national bigint NOT NULL DEFAULT 0,
    body_province bigint NOT NULL DEFAULT 0,
    body_city bigint NOT NULL DEFAULT 0,
    body_private bigint NOT NULL DEFAULT 0,
    is_new bigint NOT NULL DEFAULT 1,
    budget_kind text NOT NULL DEFAULT 'budget',
    required_budget double precision NOT NULL DEFAULT 0,
    budget_prior double precision NOT NULL DEFAULT 0,
    budget_after_term double precision NOT NULL DEFAULT 0,
    status text NOT NULL DEFAULT 'on_track',
    basis_date text,
    plan_html text NOT NULL DEFAULT '',
    sort_key bigint NOT NULL DEFAULT 0,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (code)
);
CREATE INDEX pledge_sync_xid ON openmayor.pledge (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge', 5);

CREATE TABLE openmayor.pledge_task (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pledge_id text NOT NULL,
    position bigint NOT NULL DEFAULT 0,
    name text NOT NULL,
    start_quarter text NOT NULL,
    end_quarter text NOT NULL,
    note text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX pledge_task_sync_xid ON openmayor.pledge_task (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge_task', 6);

CREATE TABLE openmayor.pledge_budget (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pledge_id text NOT NULL,
    source text NOT NULL,
    year bigint NOT NULL,
    amount double precision NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (pledge_id, source, year)
);
CREATE INDEX pledge_budget_sync_xid ON openmayor.pledge_budget (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge_budget', 7);

CREATE TABLE openmayor.pledge_budget_executed (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pledge_id text NOT NULL,
    year bigint NOT NULL,
    amount double precision NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (pledge_id, year)
);
CREATE INDEX pledge_budget_executed_sync_xid ON openmayor.pledge_budget_executed (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge_budget_executed', 8);

CREATE TABLE openmayor.pledge_progress (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pledge_id text NOT NULL,
    position bigint NOT NULL DEFAULT 0,
    date_from text NOT NULL,
    date_to text,
    text text NOT NULL,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX pledge_progress_sync_xid ON openmayor.pledge_progress (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge_progress', 9);

CREATE TABLE openmayor.pledge_indicator (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pledge_id text NOT NULL,
    position bigint NOT NULL DEFAULT 0,
    name text NOT NULL,
    unit text NOT NULL DEFAULT '',
    kind text NOT NULL DEFAULT 'cumulative',
    baseline double precision,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX pledge_indicator_sync_xid ON openmayor.pledge_indicator (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge_indicator', 10);

CREATE TABLE openmayor.indicator_value (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    indicator_id text NOT NULL,
    year bigint NOT NULL,
    target double precision,
    actual double precision,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (indicator_id, year)
);
CREATE INDEX indicator_value_sync_xid ON openmayor.indicator_value (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('indicator_value', 11);

CREATE TABLE openmayor.pledge_department (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pledge_id text NOT NULL,
    position bigint NOT NULL DEFAULT 0,
    role text NOT NULL,
    department text NOT NULL,
    team text NOT NULL DEFAULT '',
    leader text NOT NULL DEFAULT '',
    leader_phone text NOT NULL DEFAULT '',
    officer text NOT NULL DEFAULT '',
    officer_phone text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX pledge_department_sync_xid ON openmayor.pledge_department (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge_department', 12);

CREATE TABLE openmayor.reporting_period (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    period text NOT NULL,
    basis_date text NOT NULL,
    published_at text,
    published_by text NOT NULL DEFAULT '',
    figures_json text NOT NULL DEFAULT '{}',
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (period)
);
CREATE INDEX reporting_period_sync_xid ON openmayor.reporting_period (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('reporting_period', 13);

CREATE TABLE openmayor.pledge_snapshot (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    period_id text NOT NULL,
    pledge_id text NOT NULL,
    rate double precision,
    status text NOT NULL,
    timing text NOT NULL DEFAULT 'within_term',
    planned_budget double precision NOT NULL DEFAULT 0,
    executed_budget double precision NOT NULL DEFAULT 0,
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (period_id, pledge_id)
);
CREATE INDEX pledge_snapshot_sync_xid ON openmayor.pledge_snapshot (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('pledge_snapshot', 14);

CREATE TABLE openmayor.page (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug text NOT NULL,
    title text NOT NULL,
    body_html text NOT NULL DEFAULT '',
    photo_media_id text,
    workflow_state text NOT NULL DEFAULT 'draft',
    publish_at text,
    department text NOT NULL DEFAULT '',
    created_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (slug)
);
CREATE INDEX page_sync_xid ON openmayor.page (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('page', 15);

CREATE TABLE openmayor.speech (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title text NOT NULL,
    event_name text NOT NULL DEFAULT '',
    place text NOT NULL DEFAULT '',
    delivered_on text NOT NULL,
    body_html text NOT NULL DEFAULT '',
    workflow_state text NOT NULL DEFAULT 'draft',
    publish_at text,
    department text NOT NULL DEFAULT '',
    created_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX speech_sync_xid ON openmayor.speech (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('speech', 16);

CREATE TABLE openmayor.schedule_event (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title text NOT NULL,
    starts_at text NOT NULL,
    ends_at text NOT NULL,
    all_day bigint NOT NULL DEFAULT 0,
    place text NOT NULL DEFAULT '',
    category text NOT NULL DEFAULT '',
    visibility text NOT NULL DEFAULT 'public',
    status text NOT NULL DEFAULT 'planned',
    description text NOT NULL DEFAULT '',
    ical_uid text,
    ical_sequence bigint NOT NULL DEFAULT 0,
    workflow_state text NOT NULL DEFAULT 'draft',
    publish_at text,
    department text NOT NULL DEFAULT '',
    created_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user,
    UNIQUE (ical_uid)
);
CREATE INDEX schedule_event_sync_xid ON openmayor.schedule_event (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('schedule_event', 17);

CREATE TABLE openmayor.activity (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title text NOT NULL,
    activity_date text NOT NULL,
    place text NOT NULL DEFAULT '',
    body_html text NOT NULL DEFAULT '',
    workflow_state text NOT NULL DEFAULT 'draft',
    publish_at text,
    department text NOT NULL DEFAULT '',
    created_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX activity_sync_xid ON openmayor.activity (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('activity', 18);

CREATE TABLE openmayor.activity_photo (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    activity_id text NOT NULL,
    media_id text NOT NULL,
    position bigint NOT NULL DEFAULT 0,
    caption text NOT NULL DEFAULT '',
    alt_text text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX activity_photo_sync_xid ON openmayor.activity_photo (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('activity_photo', 19);

CREATE TABLE openmayor.press_release (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    release_no text NOT NULL DEFAULT '',
    title text NOT NULL,
    subtitle text NOT NULL DEFAULT '',
    manager text NOT NULL DEFAULT '',
    manager_phone text NOT NULL DEFAULT '',
    officer text NOT NULL DEFAULT '',
    officer_phone text NOT NULL DEFAULT '',
    distributed_at text,
    embargo_until text,
    body_html text NOT NULL DEFAULT '',
    workflow_state text NOT NULL DEFAULT 'draft',
    publish_at text,
    department text NOT NULL DEFAULT '',
    created_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX press_release_sync_xid ON openmayor.press_release (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('press_release', 20);

CREATE TABLE openmayor.press_attachment (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    press_release_id text NOT NULL,
    media_id text NOT NULL,
    kind text NOT NULL DEFAULT 'attachment',
    position bigint NOT NULL DEFAULT 0,
    caption text NOT NULL DEFAULT '',
    alt_text text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX press_attachment_sync_xid ON openmayor.press_attachment (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('press_attachment', 21);

CREATE TABLE openmayor.sns_link (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    platform text NOT NULL,
    url text NOT NULL,
    label text NOT NULL,
    position bigint NOT NULL DEFAULT 0,
    workflow_state text NOT NULL DEFAULT 'draft',
    publish_at text,
    department text NOT NULL DEFAULT '',
    created_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX sns_link_sync_xid ON openmayor.sns_link (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('sns_link', 22);

CREATE TABLE openmayor.workflow_transition (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    item_table text NOT NULL,
    item_id text NOT NULL,
    from_state text,
    to_state text NOT NULL,
    moved_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    moved_by text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX workflow_transition_sync_xid ON openmayor.workflow_transition (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('workflow_transition', 23);

CREATE TABLE openmayor.content_revision (
    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    item_table text NOT NULL,
    item_id text NOT NULL,
    revision_no bigint NOT NULL,
    data text NOT NULL,
    created_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    created_by text NOT NULL DEFAULT '',
    row_version bigint NOT NULL DEFAULT 1,
    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE INDEX content_revision_sync_xid ON openmayor.content_revision (sync_xid, sync_id);
INSERT INTO openmayor.sync_table (table_name, position) VALUES ('content_revision', 24);

-- ------------------------------------------------------------------ stamping and history

-- Who writes: the app user the push names, else the database role.
CREATE FUNCTION openmayor.app_user() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('openmayor.app_user', true), ''), session_user::text)
$$;

CREATE FUNCTION openmayor.stamp_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = openmayor, pg_catalog AS $$
DECLARE
    v_deleted bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        DELETE FROM sync_tombstone WHERE table_name = TG_TABLE_NAME AND sync_id = NEW.sync_id
            RETURNING row_version INTO v_deleted;
        NEW.row_version := coalesce(v_deleted, 0) + 1;
    ELSE
        IF NEW.sync_id <> OLD.sync_id THEN
            RAISE EXCEPTION 'sync_id of %.% cannot change', TG_TABLE_NAME, OLD.sync_id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        NEW.row_version := OLD.row_version + 1;
    END IF;
    NEW.sync_xid := pg_current_xact_id();
    NEW.updated_at := clock_timestamp();
    NEW.updated_by := app_user();
    RETURN NEW;
END
$$;

CREATE FUNCTION openmayor.record_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = openmayor, pg_catalog AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO sync_tombstone (table_name, sync_id, row_version, deleted_by)
        VALUES (TG_TABLE_NAME, OLD.sync_id, OLD.row_version + 1, app_user())
        ON CONFLICT (table_name, sync_id) DO UPDATE
            SET row_version = EXCLUDED.row_version, sync_xid = pg_current_xact_id(),
                deleted_at = now(), deleted_by = EXCLUDED.deleted_by;
        INSERT INTO sync_audit (table_name, sync_id, op, app_user, old_row)
        VALUES (TG_TABLE_NAME, OLD.sync_id, 'delete', app_user(), to_jsonb(OLD));
        RETURN OLD;
    END IF;
    INSERT INTO sync_audit (table_name, sync_id, op, app_user, old_row, new_row)
    VALUES (TG_TABLE_NAME, NEW.sync_id, lower(TG_OP), app_user(),
            CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END, to_jsonb(NEW));
    RETURN NEW;
END
$$;

-- A hint for listening clients ("pull now"); the pull itself never relies on it.
CREATE FUNCTION openmayor.notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('openmayor_sync', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT table_name FROM openmayor.sync_table ORDER BY position LOOP
        EXECUTE format('CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON openmayor.%I '
                       'FOR EACH ROW EXECUTE FUNCTION openmayor.stamp_row()', t);
        EXECUTE format('CREATE TRIGGER record AFTER INSERT OR UPDATE OR DELETE ON openmayor.%I '
                       'FOR EACH ROW EXECUTE FUNCTION openmayor.record_change()', t);
        EXECUTE format('CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON openmayor.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION openmayor.notify_change()', t);
    END LOOP;
END
$$;

-- ------------------------------------------------------------------ push

-- Applies one op of a push batch (DESIGN.md §4) and returns its answer:
--   {id, status: applied|merged|conflict|rejected, row_version, row, fields, reason, message}
-- `row` is the portal's row after the op (null when deleted). Compare-and-set on
-- row_version; on a mismatch the fields merge when the portal did not change the ones this
-- op changes (or changed them to the same values), else a conflict returns the portal's row.
-- Runs with the caller's rights: grants and row-level security refuse what the role may not
-- do, and that refusal comes back as status 'rejected' for this op only.
CREATE FUNCTION openmayor.apply_op(p_op jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = openmayor, pg_catalog AS $$
DECLARE
    v_table text := p_op->>'table';
    v_id uuid := (p_op->>'id')::uuid;
    v_kind text := p_op->>'op';
    v_base_version bigint := coalesce((p_op->>'base_version')::bigint, 0);
    v_fields jsonb := coalesce(p_op->'fields', '{}');
    v_base jsonb := coalesce(p_op->'base', '{}');
    v_cur jsonb;
    v_row jsonb;
    v_tomb bigint;
    v_apply jsonb := '{}';
    v_conflicts text[] := '{}';
    v_status text := 'applied';
    v_key text;
    v_cols text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sync_table WHERE table_name = v_table)
       OR v_kind NOT IN ('insert', 'update', 'delete') THEN
        RETURN jsonb_build_object('id', v_id, 'status', 'rejected', 'reason', 'invalid',
                                  'message', format('unknown table or op: %s %s', v_table, v_kind));
    END IF;
    FOR v_key IN SELECT jsonb_object_keys(v_fields) LOOP
        IF v_key IN ('sync_id', 'row_version', 'sync_xid', 'updated_at', 'updated_by')
           OR NOT EXISTS (SELECT 1 FROM pg_attribute
                          WHERE attrelid = format('openmayor.%I', v_table)::regclass
                            AND attname = v_key AND attnum > 0 AND NOT attisdropped) THEN
            RETURN jsonb_build_object('id', v_id, 'status', 'rejected', 'reason', 'invalid',
                                      'message', format('unknown column: %s.%s', v_table, v_key));
        END IF;
    END LOOP;

    BEGIN
        EXECUTE format('SELECT to_jsonb(t) FROM openmayor.%I t WHERE sync_id = $1 FOR UPDATE',
                       v_table) INTO v_cur USING v_id;

        IF v_cur IS NULL THEN
            SELECT row_version INTO v_tomb FROM sync_tombstone
                WHERE table_name = v_table AND sync_id = v_id;
            IF v_kind = 'delete' THEN -- deleted on both sides (or never here): nothing to do
                RETURN jsonb_build_object('id', v_id, 'status', 'applied', 'row', NULL,
                                          'row_version', coalesce(v_tomb, 0));
            END IF;
            IF v_kind = 'update' AND v_tomb IS NOT NULL THEN -- changed here, deleted there
                RETURN jsonb_build_object('id', v_id, 'status', 'conflict', 'row', NULL,
                                          'row_version', v_tomb);
            END IF;
            SELECT string_agg(format('%I', k), ', ') INTO v_cols FROM jsonb_object_keys(v_fields) k;
            EXECUTE format('INSERT INTO openmayor.%I AS t (sync_id, %s) SELECT $1, %s '
                           'FROM jsonb_populate_record(NULL::openmayor.%I, $2) RETURNING to_jsonb(t)',
                           v_table, v_cols, v_cols, v_table) INTO v_row USING v_id, v_fields;
            RETURN jsonb_build_object('id', v_id, 'status', 'applied', 'row', v_row,
                                      'row_version', (v_row->>'row_version')::bigint);
        END IF;

        IF (v_cur->>'row_version')::bigint = v_base_version AND v_kind <> 'insert' THEN
            v_apply := v_fields;
        ELSIF v_kind = 'delete' THEN -- deleted here, changed there
            RETURN jsonb_build_object('id', v_id, 'status', 'conflict', 'row', v_cur,
                                      'row_version', (v_cur->>'row_version')::bigint);
        ELSE
            IF v_kind = 'insert' THEN
                v_base := '{}'; -- new on both sides: every differing field conflicts
            END IF;
            FOR v_key IN SELECT jsonb_object_keys(v_fields) LOOP
                IF v_cur->v_key IS DISTINCT FROM v_fields->v_key THEN
                    IF v_cur->v_key IS NOT DISTINCT FROM v_base->v_key THEN
                        v_apply := v_apply || jsonb_build_object(v_key, v_fields->v_key);
                    ELSE
                        v_conflicts := v_conflicts || v_key;
                    END IF;
                END IF;
            END LOOP;
            IF cardinality(v_conflicts) > 0 THEN
                RETURN jsonb_build_object('id', v_id, 'status', 'conflict', 'row', v_cur,
                                          'row_version', (v_cur->>'row_version')::bigint,
                                          'fields', to_jsonb(v_conflicts));
            END IF;
            v_status := 'merged';
        END IF;

        IF v_kind = 'delete' THEN
            EXECUTE format('DELETE FROM openmayor.%I WHERE sync_id = $1', v_table) USING v_id;
            SELECT row_version INTO v_tomb FROM sync_tombstone
                WHERE table_name = v_table AND sync_id = v_id;
            RETURN jsonb_build_object('id', v_id, 'status', 'applied', 'row', NULL,
                                      'row_version', v_tomb);
        END IF;
        IF v_apply = '{}' THEN -- the portal has these values already
            RETURN jsonb_build_object('id', v_id, 'status', v_status, 'row', v_cur,
                                      'row_version', (v_cur->>'row_version')::bigint);
        END IF;
        SELECT string_agg(format('%I', k), ', ') INTO v_cols FROM jsonb_object_keys(v_apply) k;
        EXECUTE format('UPDATE openmayor.%I AS t SET (%s) = (SELECT %s FROM '
                       'jsonb_populate_record(NULL::openmayor.%I, $2)) WHERE sync_id = $1 '
                       'RETURNING to_jsonb(t)', v_table, v_cols, v_cols, v_table)
            INTO v_row USING v_id, v_apply;
        RETURN jsonb_build_object('id', v_id, 'status', v_status, 'row', v_row,
                                  'row_version', (v_row->>'row_version')::bigint);
    EXCEPTION
        WHEN insufficient_privilege THEN
            RETURN jsonb_build_object('id', v_id, 'status', 'rejected', 'reason', 'permission',
                                      'message', SQLERRM);
        WHEN unique_violation THEN
            RETURN jsonb_build_object('id', v_id, 'status', 'rejected', 'reason', 'duplicate',
                                      'message', SQLERRM);
        WHEN integrity_constraint_violation OR data_exception OR check_violation THEN
            RETURN jsonb_build_object('id', v_id, 'status', 'rejected', 'reason', 'invalid',
                                      'message', SQLERRM);
    END;
END
$$;

-- Applies a batch of ops in one transaction, once: a batch id already applied returns the
-- stored answer and changes nothing, so a client may resend a batch until it hears back.
CREATE FUNCTION openmayor.push(p_batch uuid, p_app_user text, p_ops jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = openmayor, pg_catalog AS $$
DECLARE
    v_result jsonb := '[]';
    v_op jsonb;
BEGIN
    PERFORM set_config('openmayor.app_user', coalesce(p_app_user, ''), true);
    PERFORM pg_advisory_xact_lock(hashtextextended(p_batch::text, 0));
    SELECT result INTO v_result FROM sync_push_log WHERE batch_id = p_batch;
    IF FOUND THEN
        RETURN v_result;
    END IF;
    v_result := '[]';
    FOR v_op IN SELECT value FROM jsonb_array_elements(p_ops) LOOP
        v_result := v_result || jsonb_build_array(apply_op(v_op));
    END LOOP;
    INSERT INTO sync_push_log (batch_id, app_user, op_count, result)
    VALUES (p_batch, coalesce(p_app_user, ''), jsonb_array_length(p_ops), v_result);
    RETURN v_result;
END
$$;

-- ------------------------------------------------------------------ roles and rights
-- Group roles (NOLOGIN); the portal's administrator grants them to login users:
--   openmayor_policy      policy office: the pledge book and everything else
--   openmayor_comms       communications: press, speeches, activities, pages, SNS, media;
--                         pledges read-only
--   openmayor_secretariat secretariat: the schedule only
--   openmayor_admin       everything, and the portal settings
--   openmayor_web         the portal website: the public views only
-- All but openmayor_web are members of openmayor_app (read everything, push).
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['openmayor_app', 'openmayor_admin', 'openmayor_policy',
                             'openmayor_comms', 'openmayor_secretariat', 'openmayor_web'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;
GRANT openmayor_app TO openmayor_admin, openmayor_policy, openmayor_comms, openmayor_secretariat;

GRANT USAGE ON SCHEMA openmayor TO openmayor_app;
GRANT SELECT ON openmayor.sync_table, openmayor.portal_setting, openmayor.sync_tombstone,
    openmayor.schema_version TO openmayor_app;
GRANT SELECT, INSERT ON openmayor.sync_push_log TO openmayor_app;
GRANT EXECUTE ON FUNCTION openmayor.push(uuid, text, jsonb), openmayor.apply_op(jsonb),
    openmayor.app_user() TO openmayor_app;
GRANT UPDATE ON openmayor.portal_setting TO openmayor_admin;
REVOKE ALL ON openmayor.sync_audit FROM PUBLIC;
GRANT SELECT ON openmayor.sync_audit TO openmayor_admin, openmayor_policy;

-- The tables each role may write.
CREATE FUNCTION openmayor.role_tables(p_role text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_role
        WHEN 'openmayor_comms' THEN ARRAY['media', 'page', 'speech', 'activity', 'activity_photo',
            'press_release', 'press_attachment', 'sns_link', 'workflow_transition',
            'content_revision']
        WHEN 'openmayor_secretariat' THEN ARRAY['schedule_event', 'workflow_transition',
            'content_revision']
        ELSE NULL END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT table_name FROM openmayor.sync_table LOOP
        EXECUTE format('GRANT SELECT ON openmayor.%I TO openmayor_app', t);
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON openmayor.%I '
                       'TO openmayor_admin, openmayor_policy', t);
        IF t = ANY (openmayor.role_tables('openmayor_comms')) THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON openmayor.%I TO openmayor_comms', t);
        END IF;
        IF t = ANY (openmayor.role_tables('openmayor_secretariat')) THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON openmayor.%I TO openmayor_secretariat', t);
        END IF;
    END LOOP;
END
$$;

-- Row-level security. History rows (workflow moves, revisions) may be written only for
-- items of a table the role may write: the secretariat's revisions of schedule events go
-- through, its revisions of a press release do not.
CREATE FUNCTION openmayor.may_write(p_table text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM openmayor.sync_table WHERE table_name = p_table)
       AND has_table_privilege(format('openmayor.%I', p_table), 'UPDATE')
$$;
GRANT EXECUTE ON FUNCTION openmayor.may_write(text) TO openmayor_app;

ALTER TABLE openmayor.workflow_transition ENABLE ROW LEVEL SECURITY;
ALTER TABLE openmayor.content_revision ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON openmayor.workflow_transition FOR SELECT TO openmayor_app USING (true);
CREATE POLICY write_own ON openmayor.workflow_transition FOR ALL TO openmayor_app
    USING (openmayor.may_write(item_table)) WITH CHECK (openmayor.may_write(item_table));
CREATE POLICY read_all ON openmayor.content_revision FOR SELECT TO openmayor_app USING (true);
CREATE POLICY write_own ON openmayor.content_revision FOR ALL TO openmayor_app
    USING (openmayor.may_write(item_table)) WITH CHECK (openmayor.may_write(item_table));

-- Internal schedule entries (the mayor's private appointments) are seen only by the roles
-- that keep the schedule.
CREATE FUNCTION openmayor.sees_internal_schedule() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role('openmayor_secretariat', 'MEMBER')
        OR pg_has_role('openmayor_policy', 'MEMBER')
        OR pg_has_role('openmayor_admin', 'MEMBER')
$$;
GRANT EXECUTE ON FUNCTION openmayor.sees_internal_schedule() TO openmayor_app;
ALTER TABLE openmayor.schedule_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_visible ON openmayor.schedule_event FOR SELECT TO openmayor_app
    USING (visibility = 'public' OR openmayor.sees_internal_schedule());
CREATE POLICY insert_any ON openmayor.schedule_event FOR INSERT TO openmayor_app WITH CHECK (true);
CREATE POLICY update_any ON openmayor.schedule_event FOR UPDATE TO openmayor_app
    USING (true) WITH CHECK (true);
CREATE POLICY delete_any ON openmayor.schedule_event FOR DELETE TO openmayor_app USING (true);

-- ------------------------------------------------------------------ public views
-- What the portal website reads: published items, the public schedule, the current pledge
-- figures; never the sync columns, drafts, internal entries or embargoed releases.
CREATE SCHEMA IF NOT EXISTS openmayor_public;

CREATE FUNCTION openmayor_public.now_local() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT to_char(now() AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD"T"HH24:MI:SS')
$$;

CREATE VIEW openmayor_public.press_releases AS
    SELECT sync_id AS id, release_no, title, subtitle, department, manager, manager_phone,
           officer, officer_phone, distributed_at, body_html, publish_at
    FROM openmayor.press_release
    WHERE workflow_state = 'published'
      AND (coalesce(embargo_until, '') = '' OR embargo_until <= openmayor_public.now_local());

CREATE VIEW openmayor_public.media AS
    SELECT m.sync_id AS id, m.sha256, m.file_name, m.mime_type, m.size_bytes, m.width, m.height,
           m.alt_text, m.caption, m.licence,
           (SELECT value FROM openmayor.portal_setting WHERE key = 'media_base_url')
               || substr(m.sha256, 1, 2) || '/' || m.sha256 AS url
    FROM openmayor.media m;

CREATE VIEW openmayor_public.press_attachments AS
    SELECT a.sync_id AS id, a.press_release_id, a.kind, a.position, a.caption, a.alt_text,
           a.media_id
    FROM openmayor.press_attachment a
    JOIN openmayor_public.press_releases p ON p.id::text = a.press_release_id;

CREATE VIEW openmayor_public.speeches AS
    SELECT sync_id AS id, title, event_name, place, delivered_on, body_html, publish_at
    FROM openmayor.speech WHERE workflow_state = 'published';

CREATE VIEW openmayor_public.activities AS
    SELECT sync_id AS id, title, activity_date, place, body_html, publish_at
    FROM openmayor.activity WHERE workflow_state = 'published';

CREATE VIEW openmayor_public.activity_photos AS
    SELECT ph.sync_id AS id, ph.activity_id, ph.media_id, ph.position, ph.caption, ph.alt_text
    FROM openmayor.activity_photo ph
    JOIN openmayor_public.activities a ON a.id::text = ph.activity_id;

CREATE VIEW openmayor_public.pages AS
    SELECT sync_id AS id, slug, title, body_html, photo_media_id
    FROM openmayor.page WHERE workflow_state = 'published';

CREATE VIEW openmayor_public.sns_links AS
    SELECT sync_id AS id, platform, url, label, position
    FROM openmayor.sns_link WHERE workflow_state = 'published';

CREATE VIEW openmayor_public.schedule AS
    SELECT sync_id AS id, title, starts_at, ends_at, all_day = 1 AS all_day, place, category,
           status, description
    FROM openmayor.schedule_event WHERE visibility = 'public';

-- The figures of the latest published quarter, per pledge and for the city.
CREATE VIEW openmayor_public.pledge_figures AS
    SELECT p.code, p.title, s.rate, s.status, s.timing, s.planned_budget, s.executed_budget,
           rp.period, rp.basis_date
    FROM openmayor.pledge_snapshot s
    JOIN openmayor.reporting_period rp ON rp.sync_id::text = s.period_id
    JOIN openmayor.pledge p ON p.sync_id::text = s.pledge_id
    WHERE rp.published_at IS NOT NULL
      AND rp.period = (SELECT max(period) FROM openmayor.reporting_period
                       WHERE published_at IS NOT NULL);

CREATE VIEW openmayor_public.city_figures AS
    SELECT period, basis_date, published_at, figures_json::jsonb AS figures
    FROM openmayor.reporting_period
    WHERE published_at IS NOT NULL
    ORDER BY period DESC LIMIT 1;

GRANT USAGE ON SCHEMA openmayor_public TO openmayor_web;
GRANT SELECT ON ALL TABLES IN SCHEMA openmayor_public TO openmayor_web;

-- OpenMayor portal schema, version 2: a faster push (DESIGN.md §4), same answers.
--
-- Version 1 spent its time on (measured with track_functions on a 1,466-op first push):
--   * the answer built with `v_result || jsonb_build_array(...)` per op, which copies the
--     whole answer so far each time (quadratic: ~40% of the time);
--   * one subtransaction per op (an EXCEPTION block), which also makes every foreign-key
--     lock on a shared parent row a growing multixact;
--   * a catalogue lookup per field of every op.
-- Version 2 keeps every guarantee of version 1 and changes how the work is done:
--   * the answers are collected in a jsonb[] (appending is in place) and turned into one
--     jsonb array at the end;
--   * the writable columns of every synced table are read from the catalogue once per
--     batch (push_columns) and each op's field names are checked against that map;
--   * the batch runs optimistically: all ops inside ONE subtransaction, without per-op
--     exception blocks. If any op raises an error that version 1 would have turned into a
--     per-op rejection (grant or row-level-security refusal, duplicate, invalid value),
--     that subtransaction is rolled back as a whole and the batch runs again the careful
--     way, each op in its own subtransaction (apply_op_guarded), which gives exactly
--     version 1's per-op answers. Other errors (deadlock, serialization failure, lost
--     connection) abort the whole push as before, and the client resends the batch.
-- Unchanged: idempotent resend through sync_push_log (same answer, applied once), the
-- compare-and-set on row_version with field-level merge, values passed as parameters and
-- read with jsonb_populate_record (never spliced into SQL; names quoted with %I), and the
-- functions run with the caller's rights (no SECURITY DEFINER), so grants and row-level
-- security apply to every write.

-- The columns a push may write, per synced table: {table: {column: true}}, from the
-- catalogue (the sync columns the triggers stamp are not writable).
CREATE FUNCTION openmayor.push_columns() RETURNS jsonb
LANGUAGE sql STABLE SET search_path = openmayor, pg_catalog AS $$
    SELECT coalesce(jsonb_object_agg(st.table_name, cols.map), '{}')
    FROM sync_table st
    CROSS JOIN LATERAL (
        SELECT coalesce(jsonb_object_agg(a.attname, true), '{}') AS map
        FROM pg_attribute a
        WHERE a.attrelid = format('openmayor.%I', st.table_name)::regclass
          AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attname NOT IN ('sync_id', 'row_version', 'sync_xid', 'updated_at',
                                'updated_by')) cols
$$;

-- Applies one op of a push batch (DESIGN.md §4) and returns its answer:
--   {id, status: applied|merged|conflict|rejected, row_version, row, fields, reason, message}
-- `row` is the portal's row after the op (null when deleted). Compare-and-set on
-- row_version; on a mismatch the fields merge when the portal did not change the ones this
-- op changes (or changed them to the same values), else a conflict returns the portal's row.
-- `p_columns` is push_columns(): an op naming an unknown table or column is rejected.
-- Errors (a refused grant or row-level-security check, a duplicate, an invalid value) are
-- raised, not caught: push() decides how to turn them into per-op rejections.
CREATE FUNCTION openmayor.apply_op(p_op jsonb, p_columns jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = openmayor, pg_catalog AS $$
DECLARE
    v_table text := p_op->>'table';
    v_id uuid := (p_op->>'id')::uuid;
    v_kind text := p_op->>'op';
    v_base_version bigint := coalesce((p_op->>'base_version')::bigint, 0);
    v_fields jsonb := coalesce(p_op->'fields', '{}');
    v_base jsonb := coalesce(p_op->'base', '{}');
    v_allowed jsonb := p_columns->v_table;
    v_unknown text;
    v_cur jsonb;
    v_row jsonb;
    v_tomb bigint;
    v_apply jsonb := '{}';
    v_conflicts text[] := '{}';
    v_status text := 'applied';
    v_key text;
    v_cols text;
BEGIN
    IF v_allowed IS NULL OR v_kind IS NULL OR v_kind NOT IN ('insert', 'update', 'delete') THEN
        RETURN jsonb_build_object('id', v_id, 'status', 'rejected', 'reason', 'invalid',
                                  'message', format('unknown table or op: %s %s', v_table, v_kind));
    END IF;
    SELECT min(k) INTO v_unknown FROM jsonb_object_keys(v_fields) k WHERE NOT v_allowed ? k;
    IF v_unknown IS NOT NULL THEN
        RETURN jsonb_build_object('id', v_id, 'status', 'rejected', 'reason', 'invalid',
                                  'message', format('unknown column: %s.%s', v_table, v_unknown));
    END IF;

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
END
$$;

-- apply_op in its own subtransaction: an error of this op comes back as its rejection and
-- undoes only this op. The careful path of push().
CREATE FUNCTION openmayor.apply_op_guarded(p_op jsonb, p_columns jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = openmayor, pg_catalog AS $$
BEGIN
    RETURN apply_op(p_op, p_columns);
EXCEPTION
    WHEN insufficient_privilege THEN
        RETURN jsonb_build_object('id', (p_op->>'id')::uuid, 'status', 'rejected',
                                  'reason', 'permission', 'message', SQLERRM);
    WHEN unique_violation THEN
        RETURN jsonb_build_object('id', (p_op->>'id')::uuid, 'status', 'rejected',
                                  'reason', 'duplicate', 'message', SQLERRM);
    WHEN integrity_constraint_violation OR data_exception OR check_violation THEN
        RETURN jsonb_build_object('id', (p_op->>'id')::uuid, 'status', 'rejected',
                                  'reason', 'invalid', 'message', SQLERRM);
END
$$;

-- The fast way for a run of insert ops of one table that name the same columns (a first
-- push is mostly such runs): when none of the rows is on the portal yet, one INSERT of all
-- of them, which is what apply_op would do for each, with one plan instead of one per row.
-- Returns the ops' answers in order, or NULL when the run needs apply_op op by op (a row
-- already exists, or a name is not a writable column).
CREATE FUNCTION openmayor.insert_new_rows(p_ops jsonb[], p_columns jsonb) RETURNS jsonb[]
LANGUAGE plpgsql SET search_path = openmayor, pg_catalog AS $$
DECLARE
    v_table text := p_ops[1]->>'table';
    v_allowed jsonb := p_columns->v_table;
    v_ids uuid[];
    v_fields jsonb[];
    v_cols text;
    v_values text;
    v_exists boolean;
    v_rows jsonb;
    v_answers jsonb[];
BEGIN
    IF v_allowed IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT string_agg(format('%I', k), ', '), string_agg(format('r.%I', k), ', ')
        INTO v_cols, v_values
        FROM jsonb_object_keys(coalesce(p_ops[1]->'fields', '{}')) k
        HAVING bool_and(v_allowed ? k);
    IF v_cols IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT array_agg((op->>'id')::uuid ORDER BY ord), array_agg(op->'fields' ORDER BY ord)
        INTO v_ids, v_fields FROM unnest(p_ops) WITH ORDINALITY AS u(op, ord);
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM openmayor.%I WHERE sync_id = ANY ($1))', v_table)
        INTO v_exists USING v_ids;
    IF v_exists THEN
        RETURN NULL;
    END IF;
    EXECUTE format('WITH inserted AS (INSERT INTO openmayor.%I AS t (sync_id, %s) '
                   'SELECT u.id, %s FROM unnest($1, $2) WITH ORDINALITY AS u(id, fields, ord) '
                   'CROSS JOIN LATERAL jsonb_populate_record(NULL::openmayor.%I, u.fields) r '
                   'ORDER BY u.ord RETURNING t.sync_id, to_jsonb(t) AS row) '
                   'SELECT jsonb_object_agg(sync_id, row) FROM inserted',
                   v_table, v_cols, v_values, v_table) INTO v_rows USING v_ids, v_fields;
    SELECT array_agg(jsonb_build_object('id', id, 'status', 'applied', 'row', v_rows->(id::text),
                                        'row_version', (v_rows->(id::text)->>'row_version')::bigint)
                     ORDER BY ord)
        INTO v_answers FROM unnest(v_ids) WITH ORDINALITY AS u(id, ord);
    RETURN v_answers;
END
$$;

-- Applies a batch of ops in one transaction, once: a batch id already applied returns the
-- stored answer and changes nothing, so a client may resend a batch until it hears back.
-- Fast path first (one subtransaction for the whole batch), the careful path when an op
-- raised an error that becomes a rejection (see the top of this file).
CREATE OR REPLACE FUNCTION openmayor.push(p_batch uuid, p_app_user text, p_ops jsonb)
RETURNS jsonb
LANGUAGE plpgsql SET search_path = openmayor, pg_catalog AS $$
DECLARE
    v_result jsonb;
    v_columns jsonb;
    v_answers jsonb[] := '{}';
    v_op jsonb;
    v_ops jsonb[];
    v_runs text[];
    v_run jsonb[];
    v_count integer;
    v_first integer;
    v_last integer;
    v_i integer;
BEGIN
    PERFORM set_config('openmayor.app_user', coalesce(p_app_user, ''), true);
    PERFORM pg_advisory_xact_lock(hashtextextended(p_batch::text, 0));
    SELECT result INTO v_result FROM sync_push_log WHERE batch_id = p_batch;
    IF FOUND THEN
        RETURN v_result;
    END IF;
    v_columns := push_columns();
    -- Runs: consecutive insert ops of one table naming the same columns share a key, the
    -- JSON text of [table, [column, ...]] (quoted, so no two different runs share one).
    SELECT array_agg(value ORDER BY ord),
           array_agg(CASE WHEN value->>'op' = 'insert' AND jsonb_typeof(value->'fields') = 'object'
                          THEN jsonb_build_array(value->'table', ARRAY(
                                   SELECT jsonb_object_keys(value->'fields')))::text
                     END ORDER BY ord)
        INTO v_ops, v_runs FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS e(value, ord);
    v_count := coalesce(cardinality(v_ops), 0);
    BEGIN
        v_first := 1;
        WHILE v_first <= v_count LOOP
            v_last := v_first;
            WHILE v_last < v_count AND v_runs[v_first] IS NOT NULL
                  AND v_runs[v_last + 1] = v_runs[v_first] LOOP
                v_last := v_last + 1;
            END LOOP;
            v_run := NULL;
            IF v_last > v_first THEN
                v_run := insert_new_rows(v_ops[v_first:v_last], v_columns);
            END IF;
            IF v_run IS NOT NULL THEN
                v_answers := v_answers || v_run;
            ELSE
                FOR v_i IN v_first..v_last LOOP
                    v_answers := v_answers || apply_op(v_ops[v_i], v_columns);
                END LOOP;
            END IF;
            v_first := v_last + 1;
        END LOOP;
    EXCEPTION
        WHEN insufficient_privilege OR integrity_constraint_violation OR data_exception THEN
            v_answers := '{}'; -- everything the fast path did is undone: each op on its own
            FOR v_op IN SELECT value FROM jsonb_array_elements(p_ops) LOOP
                v_answers := v_answers || apply_op_guarded(v_op, v_columns);
            END LOOP;
    END;
    v_result := to_jsonb(v_answers);
    INSERT INTO sync_push_log (batch_id, app_user, op_count, result)
    VALUES (p_batch, coalesce(p_app_user, ''), jsonb_array_length(p_ops), v_result);
    RETURN v_result;
END
$$;

-- The one-argument apply_op of version 1 is replaced by the two above.
DROP FUNCTION openmayor.apply_op(jsonb);
GRANT EXECUTE ON FUNCTION openmayor.push_columns(), openmayor.apply_op(jsonb, jsonb),
    openmayor.apply_op_guarded(jsonb, jsonb), openmayor.insert_new_rows(jsonb[], jsonb)
    TO openmayor_app;

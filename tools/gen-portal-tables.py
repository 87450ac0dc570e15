#!/usr/bin/env python3
"""Writes the CREATE TABLE part of the portal's first migration from a local store.

The portal keeps one table per synced local table, with the same data columns
(TEXT -> text, INTEGER -> bigint, REAL -> double precision), NOT NULL and defaults as
locally, the same UNIQUE constraints, and the sync columns of DESIGN.md §4. Usage:
    openmayor-cli --db /tmp/x.sqlite init && tools/gen-portal-tables.py /tmp/x.sqlite
Later schema changes are new numbered migrations written by hand.
"""
import re
import sqlite3
import sys

from syncedtables import SYNC_COLUMNS, tables

TYPES = {"TEXT": "text", "INTEGER": "bigint", "REAL": "double precision"}
NOW_UTC = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"



def default(value):
    if value is None:
        return ""
    if "strftime" in value:
        return " DEFAULT " + NOW_UTC
    return " DEFAULT " + value


def main(path):
    db = sqlite3.connect(path)
    for table in tables(db):
        # Foreign keys as locally, on uuid columns: a parent deleted on the portal (by the app
        # or by psql) takes its children with it, and a child of a missing parent is refused.
        refs = {}
        for _, _, parent, column, _, _, on_delete, _ in db.execute(f"PRAGMA foreign_key_list({table})"):
            refs[column] = f" REFERENCES openmayor.{parent} (sync_id) ON DELETE {on_delete}"
        cols = []
        for _, name, ctype, notnull, dflt, _ in db.execute(f"PRAGMA table_info({table})"):
            if name in SYNC_COLUMNS:
                continue
            ptype = "uuid" if name in refs else TYPES[ctype]
            cols.append(f"    {name} {ptype}{' NOT NULL' if notnull else ''}{default(dflt)}{refs.get(name, '')}")
        uniques = []
        for _, index, unique, origin, _ in db.execute(f"PRAGMA index_list({table})"):
            if unique and origin == "u":
                names = [r[2] for r in db.execute(f"PRAGMA index_info({index})")]
                uniques.append("    UNIQUE (" + ", ".join(names) + ")")
        body = ",\n".join(
            ["    sync_id uuid PRIMARY KEY DEFAULT gen_random_uuid()"] + cols +
            ["    row_version bigint NOT NULL DEFAULT 1",
             "    sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id()",
             "    updated_at timestamptz NOT NULL DEFAULT now()",
             "    updated_by text NOT NULL DEFAULT session_user"] + uniques)
        print(f"CREATE TABLE openmayor.{table} (\n{body}\n);")
        print(f"CREATE INDEX {table}_sync_xid ON openmayor.{table} (sync_xid, sync_id);")
        for column in refs:
            print(f"CREATE INDEX {table}_{column} ON openmayor.{table} ({column});")
        print(f"INSERT INTO openmayor.sync_table (table_name, position) VALUES ('{table}', "
              f"{len(tables(db)) and tables(db).index(table) + 1});\n")


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
"""Writes the capture triggers of local schema 5 (sync base copies taken on the first edit).

For every synced table (those with a capture trigger) the update and delete triggers
are recreated: before recording the change in sync_outbox they keep the row as it was
last synced in sync_base, unless a copy is kept already or the row was never synced.
The JSON object has the data columns in the table's order, as SyncTable::jsonObjectSql.
Usage (on a store of schema 4):
    openmayor-cli --db /tmp/x.sqlite init && tools/gen-capture-triggers.py /tmp/x.sqlite
A later migration that adds a column to a synced table must recreate its two triggers.
"""
import sqlite3
import sys

from syncedtables import SYNC_COLUMNS, tables

APPLYING = "WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'"


def trigger(table, columns, op):
    name = f"capture_{table}_{op}"
    pairs = ", ".join(f"'{c}', OLD.{c}" for c in columns)
    row = "NEW.id" if op == "update" else "OLD.id"
    return (f"DROP TRIGGER {name};\n"
            f"CREATE TRIGGER {name} AFTER {op.upper()} ON {table}\n{APPLYING}\nBEGIN\n"
            f"    INSERT OR IGNORE INTO sync_base (table_name, row_id, row_version, data)\n"
            f"    SELECT '{table}', OLD.id, OLD.row_version, json_object({pairs})\n"
            f"    WHERE OLD.row_version > 0;\n"
            f"    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('{table}', {row}, '{op}');\n"
            f"END;")


def main():
    db = sqlite3.connect(sys.argv[1])
    for table in tables(db):
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")
                   if r[1] not in SYNC_COLUMNS]
        print(trigger(table, columns, "update"))
        print(trigger(table, columns, "delete"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the content triggers of local schema 6 (search documents that wait for the catch-up).

Every search trigger that builds a document on an insert or update of a content table is
recreated to run only while search_index_state.documents_wait is 0, and gets a twin that
runs while it is 1: the twin removes the item's old document and records the item in
search_pending, without evaluating the item's view. Delete triggers are left as they are.
Usage (on a store of schema 5):
    openmayor-cli --db /tmp/x.sqlite init && tools/gen-search-wait-triggers.py /tmp/x.sqlite
A later migration that recreates one of these triggers must keep its WHEN clause.
"""
import re
import sqlite3
import sys

BUILDS = "WHEN (SELECT documents_wait FROM search_index_state) = 0"
WAITS = "WHEN (SELECT documents_wait FROM search_index_state) = 1"

# content table -> (the item whose document it feeds, the column holding that item's id)
ITEMS = {
    "page": ("page", "id"),
    "speech": ("speech", "id"),
    "schedule_event": ("schedule_event", "id"),
    "activity": ("activity", "id"),
    "activity_photo": ("activity", "activity_id"),
    "press_release": ("press_release", "id"),
    "press_attachment": ("press_release", "press_release_id"),
    "sns_link": ("sns_link", "id"),
    "pledge": ("pledge", "id"),
    "pledge_task": ("pledge", "pledge_id"),
    "pledge_progress": ("pledge", "pledge_id"),
}


def twin(table, op, event):
    item, key = ITEMS[table]
    ids = f"NEW.{key}" if op == "insert" else f"OLD.{key}, NEW.{key}"
    return (f"CREATE TRIGGER search_{table}_{op}_waits {event}\n{WAITS}\nBEGIN\n"
            f"    DELETE FROM search_document WHERE item_table = '{item}' AND item_id IN ({ids});\n"
            f"    INSERT OR IGNORE INTO search_pending (item_table, item_id) "
            f"VALUES ('{item}', NEW.{key});\n"
            f"END;")


def main():
    db = sqlite3.connect(sys.argv[1])
    for table in ITEMS:
        for op in ("insert", "update"):
            name = f"search_{table}_{op}"
            (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                (name,)).fetchone()
            head, body = re.match(r"(CREATE TRIGGER \w+ (AFTER .*? ON \w+))\n(BEGIN.*)", sql,
                                  re.S).group(1, 3)
            event = re.match(r"CREATE TRIGGER \w+ (AFTER .*? ON \w+)", head).group(1)
            print(f"DROP TRIGGER {name};\n{head}\n{BUILDS}\n{body};")
            print(twin(table, op, event))


if __name__ == "__main__":
    main()

"""What the schema generators in tools/ share: the synced tables of a local store.

A synced table is one whose writes the capture triggers record in sync_outbox; its data
columns are all but the sync columns.
"""
import re

SYNC_COLUMNS = {"id", "row_version", "updated_at", "updated_by"}


def tables(db):
    """The synced tables of an open sqlite3 connection, in the order of their triggers."""
    names = []
    for (sql,) in db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                             "AND sql LIKE '%INSERT INTO sync_outbox%' ORDER BY rowid"):
        m = re.search(r"VALUES \('([a-z_]+)'", sql)
        if m and m.group(1) not in names:
            names.append(m.group(1))
    return names

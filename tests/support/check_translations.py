#!/usr/bin/env python3
"""Fails when a committed .ts file is stale or a complete-language file has unfinished entries.

Runs lupdate over the project's sources into a temporary copy of each .ts file and compares
the set of (context, source, comment) messages with the committed file. Prints what differs
and how to fix it (`cmake --build build --target update_translations`).
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(path):
    root = ET.parse(path).getroot()
    result = {}
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            result[key] = (kind, translation)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True, help="file listing the source files")
    parser.add_argument("--complete", action="append", default=[],
                        help="a .ts file that must have no unfinished entry")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    sources = [line for line in Path(args.sources).read_text().splitlines() if line.strip()]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in args.ts_files:
            copy = Path(tmp) / Path(ts).name
            shutil.copy(ts, copy)
            run = subprocess.run([args.lupdate, "-silent", "-no-obsolete", "-locations", "none",
                                  *sources, "-ts", str(copy)], capture_output=True, text=True)
            if run.returncode != 0:
                failures.append(f"lupdate failed on {ts}: {run.stderr.strip()}")
                continue
            committed = messages(ts)
            fresh = messages(copy)
            added = sorted(set(fresh) - set(committed))
            dropped = sorted(set(committed) - set(fresh))
            for key in added:
                failures.append(f"{Path(ts).name}: stale, missing message {key[0]!r}: {key[1]!r}")
            for key in dropped:
                failures.append(f"{Path(ts).name}: stale, message no longer in the sources "
                                f"{key[0]!r}: {key[1]!r}")
    for ts in args.complete:
        for key, (kind, translation) in messages(ts).items():
            text = "".join(translation.itertext()).strip() if translation is not None else ""
            if kind == "unfinished" or not text:
                failures.append(f"{Path(ts).name}: unfinished {key[0]!r}: {key[1]!r}")

    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} problem(s). Update with: cmake --build BUILD --target "
              "update_translations, then translate the new entries (Qt Linguist).")
        return 1
    print(f"translations up to date: {', '.join(Path(t).name for t in args.ts_files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Prints the events of an .ics file as JSON, read by python3-icalendar: the independent
parser that tst_icalendar checks OpenMayor's export against.

Usage: ics_events.py FILE.ics
Output: a JSON array, one object per VEVENT in file order, with the keys uid, sequence,
title, start, end (Seoul wall-clock 'YYYY-MM-DDTHH:MM', or 'YYYY-MM-DD' for all-day
events), all_day, place, category, description, visibility (public/internal), status
(planned/done/cancelled) and department. Exit code 2 when the file does not parse.
"""
import datetime
import json
import sys

import icalendar  # Debian: python3-icalendar

SEOUL = datetime.timezone(datetime.timedelta(hours=9))


def wall_clock(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(SEOUL)
        return value.strftime('%Y-%m-%dT%H:%M'), False
    return value.isoformat(), True


def text(component, name):
    value = component.get(name)
    if value is None:
        return ''
    if isinstance(value, list):  # repeated property
        value = value[0]
    if hasattr(value, 'to_ical') and not isinstance(value, str):
        return value.to_ical().decode('utf-8')
    return str(value)


def categories(component):
    """One text per CATEGORIES property, several joined by ', ' (as OpenMayor reads them).
    python3-icalendar 4.0.3 splits a value at escaped commas too ('a\\,b' -> a, b), so the
    parts of one property are joined with ',' again."""
    value = component.get('CATEGORIES')
    if value is None:
        return ''
    values = value if isinstance(value, list) else [value]
    return ', '.join(','.join(str(c) for c in getattr(v, 'cats', [v])) for v in values)


def main():
    with open(sys.argv[1], 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in calendar.walk('VEVENT'):
        start, all_day = wall_clock(event.decoded('DTSTART'))
        end, _ = wall_clock(event.decoded('DTEND'))
        status = 'cancelled' if text(event, 'STATUS').upper() == 'CANCELLED' else 'planned'
        if status == 'planned' and text(event, 'X-OPENMAYOR-STATUS') == 'done':
            status = 'done'
        klass = text(event, 'CLASS').upper()
        events.append({
            'uid': text(event, 'UID'),
            'sequence': int(event.get('SEQUENCE', 0)),
            'title': text(event, 'SUMMARY'),
            'start': start,
            'end': end,
            'all_day': all_day,
            'place': text(event, 'LOCATION'),
            'category': categories(event),
            'description': text(event, 'DESCRIPTION'),
            'visibility': 'internal' if klass in ('PRIVATE', 'CONFIDENTIAL') else 'public',
            'status': status,
            'department': text(event, 'X-OPENMAYOR-DEPARTMENT'),
        })
    json.dump(events, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    try:
        main()
    except Exception as error:  # any parse failure is reported, not hidden
        sys.stderr.write('ics_events.py: %s: %s\n' % (type(error).__name__, error))
        sys.exit(2)

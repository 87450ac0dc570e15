#pragma once

#include "common/result.h"
#include "domain/pledgebook.h"

#include <QByteArray>
#include <QJsonObject>

namespace openmayor::interchange {

// The pledge interchange format of DESIGN.md §5a ("openmayor-pledges", version 1).
//
// Export is deterministic: keys in the order of §5a, areas/goals/pledges by code, budget
// cells by year then source, 2-space indent, UTF-8 without BOM, a trailing newline and
// numbers written minimally (40, 87.5), so export → import → export is byte-identical.
// An array or object holding only scalars is written on one line.
//
// Import is strict: an unknown key, a wrong type, a bad enumeration key, a malformed
// date, quarter or code is an error naming its path (`pledges[0].indicators[0].colour`);
// a syntax error names the line and column. Missing optional keys take their defaults.

inline constexpr int formatVersion = 1;
QString formatTag(); // "openmayor-pledges"

QByteArray exportJson(const PledgeBook& book);
Result<PledgeBook> parseJson(const QByteArray& data);

// Where a book read from a JSON-shaped object went wrong: the §5a path of the value at
// fault ("pledges[2].tasks[0].start") and what is wrong with it (translated).
struct BookFault
{
    QString path;
    QString problem;
};

// Reads a book from an object shaped like §5a (the CSV reader builds one too). On failure
// the error's message is "path: problem" and `fault`, when given, receives both parts.
Result<PledgeBook> bookFromJson(const QJsonObject& root, BookFault* fault = nullptr);

// A number as the interchange formats write it: shortest text that reads back the same
// double, never in exponent form ("40", "87.5", "0.1").
QString formatNumber(double value);

} // namespace openmayor::interchange

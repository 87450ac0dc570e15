#pragma once

#include "common/result.h"
#include "domain/pledgebook.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace openmayor::interchange {

// The pledge book as a set of CSV files, for Excel users (DESIGN.md §5a carried in CSV).
//
// The main file names the set: for `pledges.csv` the parts are its siblings
// `pledges-term.csv`, `pledges-areas.csv`, ... Every file has a header row; columns are
// found by name (any order); rows of the part files name their pledge in `pledge_code` and
// keep their order within a pledge.
//
//   pledges.csv              code, title, policy_goal, timing, bodies, is_new, budget_kind,
//                            required_budget, budget_prior, budget_after_term, status,
//                            basis_date, plan             (one row per pledge)
//   pledges-term.csv         name, start, end             (at most one row)
//   pledges-areas.csv        code, title
//   pledges-goals.csv        code, title
//   pledges-tasks.csv        pledge_code, name, start, end, note
//   pledges-budget.csv       pledge_code, source, year, amount     (planned cells)
//   pledges-executed.csv     pledge_code, year, amount
//   pledges-progress.csv     pledge_code, date, text
//   pledges-indicators.csv   pledge_code, name, unit, kind, baseline,
//                            target_YYYY ..., actual_YYYY ...       (one column per year)
//   pledges-departments.csv  pledge_code, role, department, team, leader, leader_phone,
//                            officer, officer_phone
//
// Values are as in §5a: enumeration keys, ISO dates, quarters "2022-Q3", numbers with a
// dot; `bodies` is a list of keys separated by ";"; `is_new` is true/false; an empty
// cell is "not given" (the default; for baseline and basis_date: none).
// Quoting is RFC 4180 (fields holding commas, quotes or line breaks are quoted, quotes
// doubled); lines end with CRLF. Export writes UTF-8 with a BOM (what Excel expects) or
// CP949; import reads a BOM as UTF-8, valid UTF-8 as UTF-8 and anything else as CP949
// (Excel on Korean Windows), with CRLF or LF line ends. The part files are optional on
// import (a missing one means "no rows"). Errors name the file, the line and the column.

enum class CsvEncoding
{
    Utf8Bom,
    Cp949
};

// The part suffixes, in the order the files are written: "", "-term", "-areas", ...
QStringList csvPartSuffixes();

// The files of the set for a main file called `baseName`.csv: file name → bytes.
Result<QMap<QString, QByteArray>> csvFiles(const PledgeBook& book, const QString& baseName,
                                           CsvEncoding encoding = CsvEncoding::Utf8Bom);
// Reads a set given as file name → bytes (absent part files are simply not in `files`).
Result<PledgeBook> parseCsvFiles(const QMap<QString, QByteArray>& files, const QString& baseName);

// The same on disk, `mainPath` being the main file ("…/pledges.csv").
Status exportCsv(const PledgeBook& book, const QString& mainPath,
                 CsvEncoding encoding = CsvEncoding::Utf8Bom);
Result<PledgeBook> importCsv(const QString& mainPath);

// Text of a CSV file in UTF-8 (with or without BOM) or CP949, told apart as above.
QString decodeCsvText(const QByteArray& bytes);

} // namespace openmayor::interchange

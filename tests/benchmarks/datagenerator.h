#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QMap>
#include <QString>

#include <optional>

namespace openmayor {

// Deterministic benchmark data (STYLE.md 14): a pledge book and content of every section,
// with realistic Korean text lengths, written through the real schema so that the change
// capture triggers run as they do for local edits. The same size always gives the same
// rows (fixed seed, ids drawn from the same generator); only the capture times differ.
class DataGenerator
{
public:
    enum class Size
    {
        Tiny,  // about a thousand rows: 300 events, 100 press releases, 8 pledges, ...
        Small, // about 3,700 rows: 600 events, 200 press releases, 50 pledges, ...
        Large  // 100k schedule events, 20k press releases, 500 pledges, ...
    };

    struct Report
    {
        QMap<QString, qint64> rowsByTable; // rows written per table (not counting sync_outbox)
        qint64 rows = 0;                   // their sum
        qint64 captured = 0;               // rows the triggers added to sync_outbox
        qint64 elapsedMs = 0;
        double rowsPerSecond() const
        {
            return elapsedMs > 0 ? double(rows) * 1000.0 / double(elapsedMs) : double(rows);
        }
    };

    static std::optional<Size> sizeFromName(const QString& name);
    static QString nameOf(Size size);

    // Fills an empty store in one transaction; refuses a store that already holds pledges
    // or content, and leaves it unchanged on any error.
    static Result<Report> generate(const Database& database, Size size);
};

} // namespace openmayor

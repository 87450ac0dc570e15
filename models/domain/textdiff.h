#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace openmayor {

// A small longest-common-subsequence diff of two texts, for the revision history.
// Texts are cut into tokens that never split a character: whole lines, or words (runs of
// letters and digits, Hangul included), single spaces/punctuation marks, and line breaks.
struct DiffSegment
{
    enum class Kind
    {
        Same,
        Inserted,
        Deleted
    };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const DiffSegment&) const = default;
};

enum class DiffGranularity
{
    Lines,
    Words
};

QStringList diffTokens(const QString& text, DiffGranularity granularity);

// The edit from `before` to `after` as segments in reading order; neighbouring segments of
// the same kind are joined. Deletions come before the insertions that replace them.
// Very long texts whose words would need more than `cellLimit` table cells are compared
// line by line instead (then the words of each changed line block).
QList<DiffSegment> diffTexts(const QString& before, const QString& after,
                             DiffGranularity granularity = DiffGranularity::Words,
                             qint64 cellLimit = 4'000'000);

// Counts of inserted and deleted characters, for a one-line summary.
struct DiffStats
{
    int inserted = 0;
    int deleted = 0;
};
DiffStats diffStats(const QList<DiffSegment>& segments);

} // namespace openmayor

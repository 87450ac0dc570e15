#include "textdiff.h"

#include <QChar>

#include <vector>

namespace openmayor {

namespace {

bool isWordChar(QChar c)
{
    // Letters (Hangul syllables and jamo included), digits, combining marks, and the
    // halves of a surrogate pair, so no character is ever cut in two.
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

void append(QList<DiffSegment>& out, DiffSegment::Kind kind, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({kind, text});
}

// LCS of a[aFrom, aTo) and b[bFrom, bTo) by dynamic programming; appends the edit.
void lcsDiff(const QStringList& a, qsizetype aFrom, qsizetype aTo, const QStringList& b,
             qsizetype bFrom, qsizetype bTo, QList<DiffSegment>& out)
{
    const qsizetype n = aTo - aFrom;
    const qsizetype m = bTo - bFrom;
    // lengths[i][j] = LCS of a[aFrom+i ..) and b[bFrom+j ..)
    std::vector<int> lengths(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& {
        return lengths[size_t(i * (m + 1) + j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(aFrom + i) == b.at(bFrom + j) ? at(i + 1, j + 1) + 1
                                                          : qMax(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0;
    qsizetype j = 0;
    QString deleted;
    QString inserted;
    auto flush = [&] {
        append(out, DiffSegment::Kind::Deleted, deleted);
        append(out, DiffSegment::Kind::Inserted, inserted);
        deleted.clear();
        inserted.clear();
    };
    while (i < n && j < m) {
        if (a.at(aFrom + i) == b.at(bFrom + j)) {
            flush();
            append(out, DiffSegment::Kind::Same, a.at(aFrom + i));
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            deleted += a.at(aFrom + i++);
        } else {
            inserted += b.at(bFrom + j++);
        }
    }
    while (i < n)
        deleted += a.at(aFrom + i++);
    while (j < m)
        inserted += b.at(bFrom + j++);
    flush();
}

void diffRange(const QStringList& a, qsizetype aFrom, qsizetype aTo, const QStringList& b,
               qsizetype bFrom, qsizetype bTo, QList<DiffSegment>& out)
{
    // common prefix and suffix cost nothing
    while (aFrom < aTo && bFrom < bTo && a.at(aFrom) == b.at(bFrom)) {
        append(out, DiffSegment::Kind::Same, a.at(aFrom));
        ++aFrom;
        ++bFrom;
    }
    QString suffix;
    while (aTo > aFrom && bTo > bFrom && a.at(aTo - 1) == b.at(bTo - 1)) {
        --aTo;
        --bTo;
        suffix.prepend(a.at(aTo));
    }
    lcsDiff(a, aFrom, aTo, b, bFrom, bTo, out);
    append(out, DiffSegment::Kind::Same, suffix);
}

} // namespace

QStringList diffTokens(const QString& text, DiffGranularity granularity)
{
    QStringList tokens;
    if (granularity == DiffGranularity::Lines) {
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            end = end < 0 ? text.size() : end + 1;
            tokens << text.mid(start, end - start);
            start = end;
        }
        return tokens;
    }
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i + 1;
        if (isWordChar(text.at(i)))
            while (end < text.size() && isWordChar(text.at(end)))
                ++end;
        tokens << text.mid(i, end - i);
        i = end;
    }
    return tokens;
}

QList<DiffSegment> diffTexts(const QString& before, const QString& after,
                             DiffGranularity granularity, qint64 cellLimit)
{
    QList<DiffSegment> out;
    const QStringList a = diffTokens(before, granularity);
    const QStringList b = diffTokens(after, granularity);
    if (granularity == DiffGranularity::Lines ||
        qint64(a.size() + 1) * (b.size() + 1) <= cellLimit) {
        diffRange(a, 0, a.size(), b, 0, b.size(), out);
        return out;
    }
    // Too long for one table: align lines first, then diff the words of each changed block.
    const QList<DiffSegment> lines = diffTexts(before, after, DiffGranularity::Lines);
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const DiffSegment& segment = lines.at(k);
        if (segment.kind == DiffSegment::Kind::Deleted && k + 1 < lines.size() &&
            lines.at(k + 1).kind == DiffSegment::Kind::Inserted) {
            const QStringList wa = diffTokens(segment.text, DiffGranularity::Words);
            const QStringList wb = diffTokens(lines.at(k + 1).text, DiffGranularity::Words);
            if (qint64(wa.size() + 1) * (wb.size() + 1) <= cellLimit) {
                diffRange(wa, 0, wa.size(), wb, 0, wb.size(), out);
                ++k;
                continue;
            }
        }
        append(out, segment.kind, segment.text);
    }
    return out;
}

DiffStats diffStats(const QList<DiffSegment>& segments)
{
    DiffStats stats;
    for (const DiffSegment& s : segments) {
        if (s.kind == DiffSegment::Kind::Inserted)
            stats.inserted += int(s.text.size());
        else if (s.kind == DiffSegment::Kind::Deleted)
            stats.deleted += int(s.text.size());
    }
    return stats;
}

} // namespace openmayor

// The revision history's text diff: Korean-safe tokens, word and line granularity, the
// line-first path for long texts.
#include "domain/textdiff.h"

#include <QtTest>

using namespace openmayor;

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void diffIsKoreanSafeAndMarksChanges();
    void diffOfLongTextsFallsBackToLines();
};

void TestTextDiff::diffIsKoreanSafeAndMarksChanges()
{
    const QStringList words =
        diffTokens(QStringLiteral("시민 여러분,\n나주😀시"), DiffGranularity::Words);
    QCOMPARE(words,
             (QStringList{QStringLiteral("시민"), QStringLiteral(" "), QStringLiteral("여러분"),
                          QStringLiteral(","), QStringLiteral("\n"), QStringLiteral("나주😀시")}));
    const QList<DiffSegment> diff = diffTexts(QStringLiteral("나주시는 시민과 함께합니다."),
                                              QStringLiteral("나주시는 언제나 시민과 함께합니다!"));
    const QList<DiffSegment> expected = {
        {DiffSegment::Kind::Same, QStringLiteral("나주시는 ")},
        {DiffSegment::Kind::Inserted, QStringLiteral("언제나 ")},
        {DiffSegment::Kind::Same, QStringLiteral("시민과 함께합니다")},
        {DiffSegment::Kind::Deleted, QStringLiteral(".")},
        {DiffSegment::Kind::Inserted, QStringLiteral("!")}};
    QCOMPARE(diff, expected);
    const DiffStats stats = diffStats(diff);
    QCOMPARE(stats.inserted, 5);
    QCOMPARE(stats.deleted, 1);
    // lines
    const QList<DiffSegment> lines =
        diffTexts(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\n"), DiffGranularity::Lines);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1), (DiffSegment{DiffSegment::Kind::Deleted, QStringLiteral("b\n")}));
    QCOMPARE(lines.at(2), (DiffSegment{DiffSegment::Kind::Inserted, QStringLiteral("B\n")}));
    QVERIFY(diffTexts(QStringLiteral("같다"), QStringLiteral("같다")).size() == 1);
}

void TestTextDiff::diffOfLongTextsFallsBackToLines()
{
    QString before;
    for (int i = 0; i < 400; ++i)
        before += QStringLiteral("%1번째 문단의 내용입니다 나주시\n").arg(i);
    QString after = before;
    after.replace(QStringLiteral("200번째 문단의"), QStringLiteral("200번째 고친 문단의"));
    // a limit far below words² forces the line-first path
    const QList<DiffSegment> diff = diffTexts(before, after, DiffGranularity::Words, 10'000);
    QString rebuiltBefore;
    QString rebuiltAfter;
    QStringList inserted;
    for (const DiffSegment& s : diff) {
        if (s.kind != DiffSegment::Kind::Inserted)
            rebuiltBefore += s.text;
        if (s.kind != DiffSegment::Kind::Deleted)
            rebuiltAfter += s.text;
        if (s.kind == DiffSegment::Kind::Inserted)
            inserted << s.text;
    }
    QCOMPARE(rebuiltBefore, before);
    QCOMPARE(rebuiltAfter, after);
    QCOMPARE(inserted, QStringList{QStringLiteral("고친 ")});
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"

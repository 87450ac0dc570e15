// The printable pledge card and pledge book (issue "Printable card"): the seed card 7-1-3 as
// an A4 PDF in Korean with its figures, every progress record and the basis date as
// selectable text and the font embedded (read back with poppler's pdftotext, pdfinfo and
// pdffonts, which the test needs and fails without), and `openmayor-cli report`.
#include "common/translations.h"
#include "domain/fulfilment.h"
#include "report/pledgecardreport.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/pledgerepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
    QString err;
};

Tool run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    Tool result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"%1 did not finish"_s.arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// All runs of white space as one space: pdftotext -layout pads table columns and may wrap.
QString flat(const QString& text)
{
    return text.simplified();
}

} // namespace

class TestCardReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordDates();
    void cardPdfHoldsTheCardInKorean();
    void cardPdfIsA4WithEmbeddedFonts();
    void bookStartsWithCityFigures();
    void unwritablePathLeavesNothing();
    void cliWritesCard();
    void cliUnknownCodeLeavesNoFile();
    void cliWritesBook();

private:
    QString tool(const char* name) const;
    QString pdfText(const QString& pdf, int firstPage = 0, int lastPage = 0,
                    bool layout = true) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    QString m_dbPath;
    Pledge m_pledge;
    Term m_term;
    QString m_cardPdf;
};

QString TestCardReport::tool(const char* name) const
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qFatal("%s (poppler-utils) is needed by this test and was not found on PATH", name);
    return path;
}

QString TestCardReport::pdfText(const QString& pdf, int firstPage, int lastPage, bool layout) const
{
    QStringList arguments{u"-enc"_s, u"UTF-8"_s};
    if (layout)
        arguments << u"-layout"_s;
    if (firstPage > 0)
        arguments << u"-f"_s << QString::number(firstPage);
    if (lastPage > 0)
        arguments << u"-l"_s << QString::number(lastPage);
    arguments << pdf << u"-"_s;
    const Tool result = run(tool("pdftotext"), arguments);
    if (result.exitCode != 0)
        qWarning().noquote() << "pdftotext failed:" << result.err;
    return result.out;
}

void TestCardReport::initTestCase()
{
    // Every label of the card must come out in Korean.
    QVERIFY(installTranslations(u"ko"_s));
    // Fail early and loudly when poppler is missing (CI installs poppler-utils).
    for (const char* name : {"pdftotext", "pdfinfo", "pdffonts"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty(),
                 qPrintable(u"%1 (poppler-utils) is required by this test"_s.arg(
                     QString::fromLatin1(name))));

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"card.sqlite"_s);
    auto db = Database::open(m_dbPath, Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
    m_db = *db;
    const Status populated = DemoData::populate(*m_db, MediaLibrary::defaultRootFor(m_dbPath));
    QVERIFY2(populated, qPrintable(populated ? QString() : populated.error().fullText()));

    const PledgeRepository repository(*m_db, nullptr);
    auto pledge = repository.loadByCode(u"7-1-3"_s);
    QVERIFY(pledge);
    m_pledge = *pledge;
    auto terms = repository.terms();
    QVERIFY(terms && !terms->isEmpty());
    m_term = terms->first();

    m_cardPdf = m_dir->filePath(u"7-1-3.pdf"_s);
    const Status written = PledgeCardReport::writePdf(m_pledge, m_term, m_cardPdf);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
}

void TestCardReport::cleanupTestCase()
{
    if (m_db)
        m_db->close();
    m_db.reset();
    m_dir.reset();
}

void TestCardReport::recordDates()
{
    auto date = [](const QString& from, const QString& to) {
        return PledgeCardReport::formatRecordDate(ProgressRecord{{}, from, to, {}});
    };
    QCOMPARE(date(u"2022-09"_s, {}), u"2022. 9."_s);
    QCOMPARE(date(u"2022-09-29"_s, {}), u"2022. 9. 29."_s);
    QCOMPARE(date(u"2024-02"_s, u"2024-03"_s), u"2024. 2.~3."_s);
    QCOMPARE(date(u"2023-11"_s, u"2024-03"_s), u"2023. 11. ~ 2024. 3."_s);
    QCOMPARE(date(u"2024-02-01"_s, u"2024-03-15"_s), u"2024. 2. 1. ~ 2024. 3. 15."_s);
    QCOMPARE(PledgeCardReport::formatDate(QDate(2024, 5, 31)), u"2024. 5. 31."_s);
}

void TestCardReport::cardPdfHoldsTheCardInKorean()
{
    QFile file(m_cardPdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));

    const QString text = flat(pdfText(m_cardPdf));
    QVERIFY2(!text.isEmpty(), "pdftotext found no text: the text is not selectable");
    const QStringList expected = {
        u"365일 열린시장실 운영"_s, u"7-1-3"_s,
        // the figures: rate 87.5, budget 40 planned, 25 executed, 62.5 % executed
        u"87.5"_s, u"40"_s, u"25"_s, u"62.5"_s,
        // the basis date of the indicators
        u"2024. 5. 31."_s,
        // labels in Korean (the translations are installed)
        u"공약번호"_s, u"완료시기"_s, u"사업주체"_s, u"소요예산"_s, u"정상추진"_s, u"정책목표"_s,
        u"추진계획"_s, u"연차별 추진일정"_s, u"연도별 투자 계획"_s, u"추진실적"_s,
        u"공약달성 확인지표"_s, u"주관부서"_s, u"협조부서"_s,
        // the card's cells
        u"2(3)"_s, u"4(7)"_s, u"누리집 개선"_s, u"콘텐츠 현행화"_s, u"정책개발팀장 오상덕"_s,
        u"2022. 9. 29."_s, u"2024. 2.~3."_s};
    for (const QString& needle : expected)
        QVERIFY2(text.contains(needle), qPrintable(u"missing in the PDF text: %1"_s.arg(needle)));
    QVERIFY(!m_pledge.progress.isEmpty());
    for (const ProgressRecord& record : std::as_const(m_pledge.progress))
        QVERIFY2(text.contains(flat(record.text)),
                 qPrintable(u"progress record missing in the PDF text: %1"_s.arg(record.text)));
    // A name that wraps inside its cell reads whole in pdftotext's reading order (no -layout).
    const QString reading = flat(pdfText(m_cardPdf, 0, 0, false));
    for (const Indicator& indicator : std::as_const(m_pledge.indicators))
        QVERIFY2(reading.contains(flat(indicator.name)), qPrintable(indicator.name));
}

void TestCardReport::cardPdfIsA4WithEmbeddedFonts()
{
    const Tool info = run(tool("pdfinfo"), {m_cardPdf});
    QCOMPARE(info.exitCode, 0);
    const auto size =
        QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info.out);
    QVERIFY2(size.hasMatch(), qPrintable(info.out));
    QVERIFY2(qAbs(size.captured(1).toDouble() - 595) <= 1, qPrintable(info.out));
    QVERIFY2(qAbs(size.captured(2).toDouble() - 842) <= 1, qPrintable(info.out));
    const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info.out);
    QVERIFY(pages.hasMatch());
    QVERIFY(pages.captured(1).toInt() >= 1);
    QVERIFY2(info.out.contains(u"365일 열린시장실 운영"_s), qPrintable(info.out)); // the title

    const Tool fonts = run(tool("pdffonts"), {m_cardPdf});
    QCOMPARE(fonts.exitCode, 0);
    // name type encoding emb sub uni object ID: the "emb" column of some font is "yes".
    const QRegularExpression row(u"\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s);
    bool embedded = false;
    for (const QString& line : fonts.out.split(u'\n')) {
        const auto match = row.match(line);
        if (match.hasMatch() && match.captured(1) == u"yes")
            embedded = true;
    }
    QVERIFY2(embedded, qPrintable(fonts.out));
}

void TestCardReport::bookStartsWithCityFigures()
{
    const PledgeRepository repository(*m_db, nullptr);
    auto summaries = repository.summaries();
    QVERIFY(summaries);
    QList<Pledge> pledges;
    for (const PledgeSummary& summary : std::as_const(*summaries)) {
        auto pledge = repository.load(summary.id);
        QVERIFY(pledge);
        pledges.append(*pledge);
    }
    const QString path = m_dir->filePath(u"book.pdf"_s);
    const Status written =
        PledgeCardReport::writeBookPdf(pledges, m_term, fulfilment::cityReport(*summaries), path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));

    const QString first = flat(pdfText(path, 1, 1));
    for (const QString& needle :
         {u"공약이행 현황"_s, u"완료율"_s, u"평균 이행률"_s, u"재정확보율"_s, u"62.5"_s, u"87.5"_s,
          u"2024. 5. 31."_s, u"정상추진"_s})
        QVERIFY2(first.contains(needle),
                 qPrintable(u"missing on the first page: %1"_s.arg(needle)));
    // The card starts on a page of its own.
    QVERIFY(!first.contains(u"연도별 투자 계획"_s));
    QVERIFY(flat(pdfText(path, 2)).contains(u"연도별 투자 계획"_s));
}

void TestCardReport::unwritablePathLeavesNothing()
{
    const QString folder = m_dir->filePath(u"no-such-folder"_s);
    const QString path = folder + u"/card.pdf"_s;
    const Status written = PledgeCardReport::writePdf(m_pledge, m_term, path);
    QVERIFY(!written);
    QVERIFY(!written.error().message.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestCardReport::cliWritesCard()
{
    const QString cli = QDir(test::binaryDir()).filePath(u"app/openmayor-cli"_s);
    const QString out = m_dir->filePath(u"cli-card.pdf"_s);
    const Tool result = run(cli, {u"--db"_s, m_dbPath, u"--lang"_s, u"ko"_s, u"report"_s, u"card"_s,
                                  u"7-1-3"_s, u"--out"_s, out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    QVERIFY(flat(pdfText(out)).contains(u"365일 열린시장실 운영"_s));
}

void TestCardReport::cliUnknownCodeLeavesNoFile()
{
    const QString cli = QDir(test::binaryDir()).filePath(u"app/openmayor-cli"_s);
    const QString out = m_dir->filePath(u"unknown.pdf"_s);
    const Tool result =
        run(cli, {u"--db"_s, m_dbPath, u"report"_s, u"card"_s, u"9-9-9"_s, u"--out"_s, out});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.trimmed().count(u'\n'), 0); // one line
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY(!QFileInfo::exists(out));

    // Usage errors: no --out, a file that is not .pdf.
    QCOMPARE(run(cli, {u"--db"_s, m_dbPath, u"report"_s, u"card"_s, u"7-1-3"_s}).exitCode, 1);
    QCOMPARE(run(cli, {u"--db"_s, m_dbPath, u"report"_s, u"card"_s, u"7-1-3"_s, u"--out"_s,
                       m_dir->filePath(u"card.txt"_s)})
                 .exitCode,
             1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"card.txt"_s)));
}

void TestCardReport::cliWritesBook()
{
    const QString cli = QDir(test::binaryDir()).filePath(u"app/openmayor-cli"_s);
    const QString out = m_dir->filePath(u"cli-book.pdf"_s);
    const Tool result = run(
        cli, {u"--db"_s, m_dbPath, u"--lang"_s, u"ko"_s, u"report"_s, u"book"_s, u"--out"_s, out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString first = flat(pdfText(out, 1, 1));
    QVERIFY2(first.contains(u"완료율"_s) && first.contains(u"재정확보율"_s), qPrintable(first));
    QVERIFY(flat(pdfText(out)).contains(u"365일 열린시장실 운영"_s));
}

QTEST_MAIN(TestCardReport)
#include "tst_cardreport.moc"

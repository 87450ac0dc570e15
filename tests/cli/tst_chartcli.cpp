// `openmayor-cli chart` through the real executable (which makes itself a QApplication on
// the offscreen platform for this command): every chart and template as PNG of the asked
// size and not blank, SVG as well-formed XML with the title as text, PDF with the asked
// page (poppler's pdfinfo), the alt text in --json, and the usage errors.
#include "testsupport.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestChartCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngOfEveryKind_data();
    void pngOfEveryKind();
    void svgIsXmlWithTheTitle();
    void pdfPages_data();
    void pdfPages();
    void jsonCarriesTheAltText();
    void refusals_data();
    void refusals();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& arguments) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QProcessEnvironment m_environment;
};

TestChartCli::Run TestChartCli::cli(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(openmayor::test::binaryDir() + u"/app/openmayor-cli"_s,
                  QStringList{u"--lang"_s, u"ko"_s, u"--db"_s, m_demo} + arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestChartCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.remove(u"OPENMAYOR_DB"_s);
    // the CLI must not need the test's offscreen setting: it picks offscreen itself
    m_environment.remove(u"QT_QPA_PLATFORM"_s);
    m_environment.remove(u"DISPLAY"_s);
    m_environment.insert(u"HOME"_s, m_dir.path());
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_demo = m_dir.filePath(u"demo.sqlite"_s);
    const Run init = cli({u"init"_s, u"--demo"_s});
    QVERIFY2(init.exitCode == 0, init.err.constData());
}

void TestChartCli::pngOfEveryKind_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QSize>("size");
    for (const char* kind : {"fulfilment-trend", "indicators", "budget", "status"})
        QTest::newRow(kind) << QStringList{QString::fromLatin1(kind)} << QSize(1080, 1080);
    QTest::newRow("indicators of 7-1-3 wide")
        << QStringList{u"indicators"_s, u"--pledge"_s, u"7-1-3"_s, u"--size"_s, u"1200x630"_s}
        << QSize(1200, 630);
    QTest::newRow("budget of 7-1-3 story")
        << QStringList{u"budget"_s, u"--pledge"_s, u"7-1-3"_s, u"--size"_s, u"1080x1920"_s}
        << QSize(1080, 1920);
    for (const char* name : {"rate-card", "trend", "budget", "pledge-card"})
        QTest::newRow(name) << QStringList{u"infographic"_s, u"--template"_s,
                                           QString::fromLatin1(name), u"--size"_s, u"1080x1350"_s}
                            << QSize(1080, 1350);
}

void TestChartCli::pngOfEveryKind()
{
    QFETCH(QStringList, arguments);
    QFETCH(QSize, size);
    const QString out = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".png"_s);
    const Run run = cli(QStringList{u"chart"_s} + arguments + QStringList{u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // one clean run, no Qt chatter
    const QImage image(out);
    QCOMPARE(image.size(), size);
    QSet<QRgb> colours;
    qint64 inked = 0;
    const QRgb background = image.pixel(size.width() / 2, size.height() - 2);
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            colours.insert(image.pixel(x, y));
            inked += image.pixel(x, y) != background;
        }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    QVERIFY(inked > image.width() * image.height() / 4 / 12);
}

void TestChartCli::svgIsXmlWithTheTitle()
{
    const QString out = m_dir.filePath(u"status.svg"_s);
    const Run run =
        cli({u"chart"_s, u"status"_s, u"--size"_s, u"1200x630"_s, u"--out"_s, out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString title = QJsonDocument::fromJson(run.out).object().value(u"title"_s).toString();
    QVERIFY(!title.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(text.contains(title));
    QVERIFY(text.contains(u"정상추진"_s)); // the slice label, Korean text
    QVERIFY(text.contains(u"출처: 나주시"_s));
}

void TestChartCli::pdfPages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("trend 1920x1080")
        << QStringList{u"fulfilment-trend"_s, u"--size"_s, u"1920x1080"_s} << u"1920 x 1080 pts"_s;
    QTest::newRow("rate card A4") << QStringList{u"infographic"_s, u"--template"_s, u"rate-card"_s,
                                                 u"--size"_s, u"a4"_s}
                                  << u"595 x 842 pts (A4)"_s;
}

void TestChartCli::pdfPages()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, pageSize);
    const QString out = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    const Run run = cli(QStringList{u"chart"_s} + arguments + QStringList{u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QProcess pdfinfo;
    pdfinfo.start(u"pdfinfo"_s, {out});
    QVERIFY(pdfinfo.waitForFinished(60000));
    QCOMPARE(pdfinfo.exitCode(), 0);
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    const auto match = QRegularExpression(u"Page size:\\s+([^\\n]+)"_s).match(info);
    QVERIFY2(match.hasMatch(), qPrintable(info));
    QCOMPARE(match.captured(1).trimmed(), pageSize);
    QVERIFY(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
}

void TestChartCli::jsonCarriesTheAltText()
{
    const QString out = m_dir.filePath(u"card.png"_s);
    const Run run = cli({u"chart"_s, u"infographic"_s, u"--template"_s, u"pledge-card"_s,
                         u"--pledge"_s, u"7-1-3"_s, u"--out"_s, out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"width"_s).toInt(), 1080);
    QCOMPARE(json.value(u"height"_s).toInt(), 1080);
    const QString alt = json.value(u"alt_text"_s).toString();
    QVERIFY2(alt.contains(u"7-1-3"_s) && alt.contains(u"87.5%"_s) &&
                 alt.contains(u"365일 열린시장실 운영"_s),
             qPrintable(alt));
}

void TestChartCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown kind") << QStringList{u"pie"_s, u"--out"_s, u"x.png"_s} << 1;
    QTest::newRow("no out") << QStringList{u"status"_s} << 1;
    QTest::newRow("gif") << QStringList{u"status"_s, u"--out"_s, u"x.gif"_s} << 1;
    QTest::newRow("bad size") << QStringList{u"status"_s, u"--size"_s, u"big"_s, u"--out"_s,
                                             u"x.png"_s}
                              << 1;
    QTest::newRow("a4 as png") << QStringList{u"status"_s, u"--size"_s, u"a4"_s, u"--out"_s,
                                              u"x.png"_s}
                               << 1;
    QTest::newRow("infographic without template")
        << QStringList{u"infographic"_s, u"--out"_s, u"x.png"_s} << 1;
    QTest::newRow("unknown template")
        << QStringList{u"infographic"_s, u"--template"_s, u"poster"_s, u"--out"_s, u"x.png"_s} << 1;
    QTest::newRow("unknown pledge")
        << QStringList{u"indicators"_s, u"--pledge"_s, u"9-9-9"_s, u"--out"_s, u"x.png"_s} << 2;
}

void TestChartCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QStringList args = QStringList{u"chart"_s} + arguments;
    const int out = args.indexOf(u"--out"_s);
    if (out >= 0)
        args[out + 1] = m_dir.filePath(args.at(out + 1));
    const Run run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.trimmed().count('\n'), 0); // one line
    QVERIFY(!run.err.trimmed().isEmpty());
    if (out >= 0)
        QVERIFY(!QFile::exists(args.at(out + 1)));
}

QTEST_GUILESS_MAIN(TestChartCli)
#include "tst_chartcli.moc"

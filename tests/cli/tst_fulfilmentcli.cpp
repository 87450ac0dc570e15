// The city figures through the real openmayor-cli: golden cases (tests/data/fulfilment),
// published periods of the demo, and refusals.
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestFulfilmentCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goldenCases_data();
    void goldenCases();
    void periodsOfTheDemo();
    void publishingTwiceIsRefused();
    void badOptionsAreUsageErrors_data();
    void badOptionsAreUsageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& arguments) const;
    static void compareSubset(const QJsonObject& expected, const QJsonObject& actual,
                              const QString& path);

    QTemporaryDir m_dir;
    QString m_demo;
    QProcessEnvironment m_environment;
};

TestFulfilmentCli::Run TestFulfilmentCli::cli(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(openmayor::test::binaryDir() + QStringLiteral("/app/openmayor-cli"),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestFulfilmentCli::compareSubset(const QJsonObject& expected, const QJsonObject& actual,
                                      const QString& path)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString where = path + u'.' + it.key();
        QVERIFY2(actual.contains(it.key()), qPrintable(where + QStringLiteral(" is missing")));
        const QJsonValue value = actual.value(it.key());
        if (it.value().isObject()) {
            compareSubset(it.value().toObject(), value.toObject(), where);
        } else if (it.value().isDouble()) {
            QVERIFY2(qAbs(value.toDouble() - it.value().toDouble()) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2, expected %3")
                                    .arg(where)
                                    .arg(value.toDouble())
                                    .arg(it.value().toDouble())));
        } else {
            QCOMPARE(value, it.value());
        }
    }
}

void TestFulfilmentCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.remove(QStringLiteral("OPENMAYOR_DB"));
    m_environment.insert(QStringLiteral("HOME"), m_dir.path());
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                         m_dir.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run init =
        cli({QStringLiteral("--db"), m_demo, QStringLiteral("init"), QStringLiteral("--demo")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
}

void TestFulfilmentCli::goldenCases_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("variant");
    const QDir root(openmayor::test::dataPath(QStringLiteral("fulfilment")));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(!cases.isEmpty());
    for (const QString& name : cases) {
        const QDir expected(root.filePath(name + QStringLiteral("/expected")));
        for (const QString& variant : expected.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(name + u'/' + variant))
                << root.filePath(name + QStringLiteral("/input/pledges.json"))
                << expected.filePath(variant);
    }
}

void TestFulfilmentCli::goldenCases()
{
    QFETCH(QString, input);
    QFETCH(QString, variant);
    const QString db = m_dir.filePath(QStringLiteral("golden-%1.sqlite")
                                          .arg(QString::fromUtf8(QTest::currentDataTag()))
                                          .replace(u'/', u'-'));
    QFile::remove(db);
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const Run imported = cli(
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("pledges"), input});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    QFile argsFile(variant + QStringLiteral("/args"));
    QVERIFY(argsFile.open(QIODevice::ReadOnly));
    const QStringList args =
        QString::fromUtf8(argsFile.readAll()).simplified().split(u' ', Qt::SkipEmptyParts);
    const Run run = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("fulfilment"),
                                    QStringLiteral("--json")} +
                        args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject actual = QJsonDocument::fromJson(run.out).object();
    QFile expectedFile(variant + QStringLiteral("/fulfilment.json"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    compareSubset(QJsonDocument::fromJson(expectedFile.readAll()).object(), actual,
                  QStringLiteral("fulfilment"));
}

void TestFulfilmentCli::periodsOfTheDemo()
{
    // The seed's actuals are yearly: 1 by 2022, 3 by 2023, 7 by 2024 of a final 8.
    const QList<std::pair<QString, double>> expected = {{QStringLiteral("2022-Q4"), 12.5},
                                                        {QStringLiteral("2023-Q4"), 37.5},
                                                        {QStringLiteral("2024-Q1"), 87.5}};
    for (const auto& [period, rate] : expected) {
        const Run run = cli({QStringLiteral("--db"), m_demo, QStringLiteral("fulfilment"),
                             QStringLiteral("--period"), period, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject figures = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(figures.value(QStringLiteral("average_rate")).toDouble(), rate);
        QCOMPARE(figures.value(QStringLiteral("period")).toString(), period);
    }
    // --as-of computes the same from the live data
    const Run asOf =
        cli({QStringLiteral("--db"), m_demo, QStringLiteral("fulfilment"),
             QStringLiteral("--as-of"), QStringLiteral("2023-06-30"), QStringLiteral("--json")});
    QVERIFY2(asOf.exitCode == 0, asOf.err.constData());
    QCOMPARE(
        QJsonDocument::fromJson(asOf.out).object().value(QStringLiteral("average_rate")).toDouble(),
        37.5);

    const Run periods =
        cli({QStringLiteral("--db"), m_demo, QStringLiteral("periods"), QStringLiteral("--json")});
    QCOMPARE(periods.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(periods.out).array().size() >= 3);
}

void TestFulfilmentCli::publishingTwiceIsRefused()
{
    const QString db = m_dir.filePath(QStringLiteral("publish.sqlite"));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")})
                 .exitCode,
             0);
    const Run first =
        cli({QStringLiteral("--db"), db, QStringLiteral("publish"), QStringLiteral("2024-Q2")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run again =
        cli({QStringLiteral("--db"), db, QStringLiteral("publish"), QStringLiteral("2024-Q2")});
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(again.err.count('\n'), 1);
    const Run bad =
        cli({QStringLiteral("--db"), db, QStringLiteral("publish"), QStringLiteral("2024-Q5")});
    QCOMPARE(bad.exitCode, 1);
}

void TestFulfilmentCli::badOptionsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("rounding") << QStringList{QStringLiteral("--rounding"),
                                             QStringLiteral("bankers")};
    QTest::newRow("decimals") << QStringList{QStringLiteral("--decimals"), QStringLiteral("x")};
    QTest::newRow("as-of") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2024-13-01")};
    QTest::newRow("period") << QStringList{QStringLiteral("--period"), QStringLiteral("2024Q1")};
    QTest::newRow("both") << QStringList{QStringLiteral("--period"), QStringLiteral("2024-Q1"),
                                         QStringLiteral("--as-of"), QStringLiteral("2024-01-01")};
}

void TestFulfilmentCli::badOptionsAreUsageErrors()
{
    QFETCH(QStringList, options);
    const Run run =
        cli(QStringList{QStringLiteral("--db"), m_demo, QStringLiteral("fulfilment")} + options);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestFulfilmentCli)
#include "tst_fulfilmentcli.moc"

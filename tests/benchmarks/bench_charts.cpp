// Chart and infographic rendering (issue 6): each template written as a 1080×1080 PNG
// (goal: under 300 ms each), on the demo store and, when the runner passes one in
// OPENMAYOR_BENCH_LARGE_DB, on the large generated store (500 pledges, 16 quarterly
// periods). Loading the chart models from the store is measured on its own. QBENCHMARK
// figures, printed, never asserted; run by run-benchmarks.sh.
#include "infographic/infographic.h"
#include "storage/database.h"
#include "storage/demodata.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace openmayor {

class BenchCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void load_figures_data();
    void load_figures();
    void render_png_1080_data();
    void render_png_1080();
    void paint_only_1080_data();
    void paint_only_1080();

private:
    void addStoreRows();
    const Database& store(const QString& name) const;

    QTemporaryDir m_dir;
    std::optional<Database> m_demo;
    std::optional<Database> m_large;
};

void BenchCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto demo = Database::open(demoPath, Database::Mode::CreateIfMissing);
    QVERIFY(demo);
    QVERIFY(DemoData::populate(*demo, m_dir.filePath(QStringLiteral("media"))));
    m_demo = *demo;
    const QString largePath = qEnvironmentVariable("OPENMAYOR_BENCH_LARGE_DB");
    if (!largePath.isEmpty() && QFileInfo::exists(largePath)) {
        auto large = Database::open(largePath, Database::Mode::OpenExisting);
        QVERIFY(large);
        m_large = *large;
    } else {
        qInfo("OPENMAYOR_BENCH_LARGE_DB not set: the demo store only");
    }
}

const Database& BenchCharts::store(const QString& name) const
{
    return name == u"large" ? *m_large : *m_demo;
}

void BenchCharts::addStoreRows()
{
    QTest::addColumn<QString>("storeName");
    QTest::addColumn<QString>("templateKey");
    for (const QString& name : {QStringLiteral("demo"), QStringLiteral("large")}) {
        if (name == u"large" && !m_large)
            continue;
        for (const QString& key : infographic::templateKeys())
            QTest::newRow(qPrintable(name + u' ' + key)) << name << key;
    }
}

void BenchCharts::load_figures_data()
{
    QTest::addColumn<QString>("storeName");
    QTest::newRow("demo") << QStringLiteral("demo");
    if (m_large)
        QTest::newRow("large") << QStringLiteral("large");
}

void BenchCharts::load_figures()
{
    QFETCH(QString, storeName);
    QBENCHMARK
    {
        infographic::Figures figures(store(storeName), nullptr);
    }
}

void BenchCharts::render_png_1080_data()
{
    addStoreRows();
}

void BenchCharts::render_png_1080()
{
    QFETCH(QString, storeName);
    QFETCH(QString, templateKey);
    const infographic::Figures figures(store(storeName), nullptr);
    infographic::Request request;
    request.templateKind = infographic::templateFromKey(templateKey);
    request.size = QSize(1080, 1080);
    const QString path = m_dir.filePath(storeName + u'-' + templateKey + u".png");
    QBENCHMARK
    {
        const Status written = infographic::write(path, request, figures);
        QVERIFY(written);
    }
    QCOMPARE(QImage(path).size(), QSize(1080, 1080));
}

void BenchCharts::paint_only_1080_data()
{
    addStoreRows();
}

// The same without PNG encoding and file writing: how much of the time is drawing.
void BenchCharts::paint_only_1080()
{
    QFETCH(QString, storeName);
    QFETCH(QString, templateKey);
    const infographic::Figures figures(store(storeName), nullptr);
    infographic::Request request;
    request.templateKind = infographic::templateFromKey(templateKey);
    request.size = QSize(1080, 1080);
    QImage image;
    QBENCHMARK
    {
        image = infographic::renderImage(request, figures);
    }
    QCOMPARE(image.size(), QSize(1080, 1080));
}

} // namespace openmayor

QTEST_MAIN(openmayor::BenchCharts)
#include "bench_charts.moc"

// Charts and infographics (issue 6) on the demo database: the chart models' figures, live
// updates through the notifier, every chart and template rendered as PNG (exact size, not
// blank), SVG (valid XML with its title as text) and PDF (page size read back with
// poppler's pdfinfo), the contrast function, alt text, the theme in the settings, and the
// composer and chart panels of the GUI.
#include "charts/chartpanel.h"
#include "charts/charts.h"
#include "charts/fulfilmentchartspanel.h"
#include "charts/pledgechartspage.h"
#include "common/brandtheme.h"
#include "common/changenotifier.h"
#include "common/settings.h"
#include "common/translations.h"
#include "infographic/composerdialog.h"
#include "infographic/infographic.h"
#include "itemmodels/budgetchartmodel.h"
#include "itemmodels/fulfilmenttrendmodel.h"
#include "itemmodels/indicatorchartmodel.h"
#include "itemmodels/statusdistributionmodel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/pledgerepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMimeData>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <optional>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {

struct Coverage
{
    int distinctColours = 0;
    double inked = 0; // share of pixels that differ from the background
};

Coverage coverageOf(const QImage& image, const QColor& background)
{
    QSet<QRgb> colours;
    qint64 inked = 0;
    const QRgb plain = background.rgb();
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            colours.insert(line[x]);
            if (line[x] != plain)
                ++inked;
        }
    }
    return {int(colours.size()), double(inked) / (qint64(rgb.width()) * rgb.height())};
}

QString pdfPageSize(const QString& path)
{
    QProcess pdfinfo;
    pdfinfo.start(u"pdfinfo"_s, {path});
    if (!pdfinfo.waitForFinished(60000) || pdfinfo.exitCode() != 0)
        return u"pdfinfo failed: "_s + QString::fromUtf8(pdfinfo.readAllStandardError());
    const QString out = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    const QRegularExpressionMatch match =
        QRegularExpression(u"Page size:\\s+([^\\n]+)"_s).match(out);
    return match.hasMatch() ? match.captured(1).trimmed() : out;
}

// The text content of every element of an SVG; empty when it is not well-formed XML.
std::optional<QString> svgText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QXmlStreamReader xml(&file);
    QString text;
    bool rootIsSvg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg"_s)
            rootIsSvg = true;
        if (xml.isCharacters())
            text += xml.text() + u'\n';
    }
    if (xml.hasError() || !rootIsSvg)
        return std::nullopt;
    return text;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trendModelOfTheDemo();
    void indicatorModelOfTheSeed();
    void budgetModelOfTheSeed();
    void statusModelOfTheDemo();
    void modelsPassTheTester();
    void anIndicatorEditMovesTheCharts();
    void everyImageRendersAsPng_data();
    void everyImageRendersAsPng();
    void svgIsXmlWithItsTitle_data();
    void svgIsXmlWithItsTitle();
    void pdfHasTheRequestedPage_data();
    void pdfHasTheRequestedPage();
    void unknownSuffixIsRefused();
    void contrastGoldenValues_data();
    void contrastGoldenValues();
    void defaultThemePassesContrast();
    void themeIsKeptInSettings();
    void altTextCarriesTheNumbers();
    void chartsCarryTextLabels();
    void fulfilmentPanelShowsChartAndTable();
    void composerPreviewsExportsAndCopies();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::optional<Database> m_db;
    ChangeNotifier m_notifier;
};

void TestCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(installTranslations(u"ko"_s));
    QLocale::setDefault(QLocale::c());
    m_dbPath = m_dir.filePath(u"demo.sqlite"_s);
    auto db = Database::open(m_dbPath, Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
    m_db = *db;
    const Status s = DemoData::populate(*m_db, MediaLibrary::defaultRootFor(m_dbPath));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
}

void TestCharts::trendModelOfTheDemo()
{
    FulfilmentTrendModel model(*m_db, &m_notifier);
    model.setPledgeCodes({u"7-1-3"_s});
    // six published quarters, then the current figures
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), FulfilmentTrendModel::FirstPledgeColumn + 1);
    const QList<double> averages = {12.5, 37.5, 37.5, 37.5, 37.5, 87.5, 87.5};
    const QStringList periods = {u"2022-Q4"_s, u"2023-Q1"_s, u"2023-Q2"_s,
                                 u"2023-Q3"_s, u"2023-Q4"_s, u"2024-Q1"_s};
    for (int row = 0; row < 7; ++row) {
        QCOMPARE(model.value(row, FulfilmentTrendModel::AverageRateColumn), averages.at(row));
        QCOMPARE(model.value(row, FulfilmentTrendModel::CompletionRateColumn), 0.0);
        QCOMPARE(model.value(row, FulfilmentTrendModel::FirstPledgeColumn), averages.at(row));
        QCOMPARE(model.isCurrent(row), row == 6);
        if (row < 6)
            QCOMPARE(model.index(row, 0).data(FulfilmentTrendModel::PeriodKeyRole).toString(),
                     periods.at(row));
    }
    QCOMPARE(model.currentRow(), 6);
    QCOMPARE(model.basisDate(0), QDate(2022, 12, 31));
    QCOMPARE(model.basisDate(6), QDate(2024, 5, 31)); // the card's 기준일
    QVERIFY(model.index(6, 0).data(FulfilmentTrendModel::CurrentRole).toBool());
    QCOMPARE(model.index(0, FulfilmentTrendModel::AverageRateColumn).data().toString(), u"12.5"_s);
    QVERIFY(model.seriesName(FulfilmentTrendModel::FirstPledgeColumn).contains(u"7-1-3"_s));
}

void TestCharts::indicatorModelOfTheSeed()
{
    IndicatorChartModel model(*m_db, &m_notifier);
    model.setPledge(u"7-1-3"_s);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.indicatorCount(), 1);
    QCOMPARE(model.unit(), u"회"_s);
    using C = IndicatorChartModel;
    const QList<int> years = {2022, 2023, 2024, 2025, 2026};
    const QList<double> targets = {1, 2, 2, 2, 1};
    const QList<double> cumulativeTargets = {1, 3, 5, 7, 8};
    const QList<std::optional<double>> actuals = {1, 2, 4, std::nullopt, std::nullopt};
    const QList<std::optional<double>> cumulativeActuals = {1, 3, 7, std::nullopt, std::nullopt};
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(model.yearAt(row), years.at(row));
        QCOMPARE(model.value(row, C::TargetColumn), targets.at(row));
        QCOMPARE(model.value(row, C::CumulativeTargetColumn), cumulativeTargets.at(row));
        QCOMPARE(model.value(row, C::ActualColumn), actuals.at(row));
        QCOMPARE(model.value(row, C::CumulativeActualColumn), cumulativeActuals.at(row));
        QCOMPARE(model.value(row, C::FinalTargetColumn), 8.0);
    }
    QCOMPARE(model.rate(), 87.5);
    QCOMPARE(model.basisDate(), QDate(2024, 5, 31));

    model.setPledge(u"9-9-9"_s);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.lastError().isEmpty());
}

void TestCharts::budgetModelOfTheSeed()
{
    BudgetChartModel model(*m_db, &m_notifier);
    QVERIFY(model.isWholeBook());
    model.setPledge(u"7-1-3"_s);
    using C = BudgetChartModel;
    QCOMPARE(model.rowCount(), 3); // 2022..2024, 2023 without money shown too
    QCOMPARE(model.yearAt(1), 2023);
    QCOMPARE(model.value(0, C::CityColumn), 20.0);
    QCOMPARE(model.value(0, C::NationalColumn), 0.0);
    QCOMPARE(model.value(1, C::PlannedColumn), 0.0);
    QCOMPARE(model.value(1, C::ExecutionRateColumn), std::nullopt);
    QCOMPARE(model.value(2, C::PlannedColumn), 20.0);
    QCOMPARE(model.value(2, C::ExecutedColumn), 5.0);
    QCOMPARE(model.value(2, C::ExecutionRateColumn), 25.0);
    QCOMPARE(model.value(0, C::ExecutionRateColumn), 100.0);
    QCOMPARE(model.plannedTotal(), 40.0);
    QCOMPARE(model.executedTotal(), 25.0);
    QCOMPARE(model.financingRate(), 62.5);
    QCOMPARE(model.seriesName(C::CityColumn), labelOf(FundingSource::City));

    model.setPledge(QString());
    QCOMPARE(model.rowCount(), 0);
    model.setWholeBook(); // the demo book holds the one card
    QCOMPARE(model.plannedTotal(), 40.0);
}

void TestCharts::statusModelOfTheDemo()
{
    StatusDistributionModel model(*m_db, &m_notifier);
    QCOMPARE(model.rowCount(), int(EnumInfo<PledgeStatus>::keys().size()));
    QCOMPARE(model.total(), 1);
    QCOMPARE(model.count(PledgeStatus::OnTrack), 1);
    QCOMPARE(model.percent(PledgeStatus::OnTrack), 100.0);
    QCOMPARE(model.percent(PledgeStatus::Completed), 0.0);
    const int row = int(PledgeStatus::OnTrack);
    QCOMPARE(model.index(row, StatusDistributionModel::StatusColumn).data().toString(),
             labelOf(PledgeStatus::OnTrack));
    model.setPeriod(u"2022-Q4"_s);
    QCOMPARE(model.total(), 1);
    QCOMPARE(model.basisDate(), QDate(2022, 12, 31));
}

void TestCharts::modelsPassTheTester()
{
    FulfilmentTrendModel trend(*m_db, &m_notifier);
    QAbstractItemModelTester trendTester(&trend,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    trend.setPledgeCodes({u"7-1-3"_s, u"1-1-1"_s});
    IndicatorChartModel indicator(*m_db, &m_notifier);
    QAbstractItemModelTester indicatorTester(
        &indicator, QAbstractItemModelTester::FailureReportingMode::QtTest);
    indicator.setPledge(u"7-1-3"_s);
    BudgetChartModel budget(*m_db, &m_notifier);
    QAbstractItemModelTester budgetTester(&budget,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    budget.setPledge(u"7-1-3"_s);
    StatusDistributionModel status(*m_db, &m_notifier);
    QAbstractItemModelTester statusTester(&status,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    status.reload();
    // an unknown code gets an empty column, not a crash
    QCOMPARE(trend.value(0, FulfilmentTrendModel::FirstPledgeColumn + 1), std::nullopt);
}

void TestCharts::anIndicatorEditMovesTheCharts()
{
    // a store of its own: this test edits the card
    const QString path = m_dir.filePath(u"edited.sqlite"_s);
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(DemoData::populate(*db, MediaLibrary::defaultRootFor(path)));
    ChangeNotifier notifier;
    PledgeChartsPage page(*db, &notifier);
    page.setPledge(u"7-1-3"_s);
    FulfilmentChartsPanel fulfilment(*db, &notifier);
    fulfilment.setSelectedPledges({u"7-1-3"_s});

    auto actualBar = [&page]() -> double {
        for (QAbstractSeries* series : page.indicatorPanel()->chart()->series())
            if (auto* bars = qobject_cast<QBarSeries*>(series))
                for (QBarSet* set : bars->barSets())
                    if (set->label() ==
                        page.indicatorModel()->seriesName(IndicatorChartModel::ActualColumn))
                        return set->at(2); // 2024
        return -1;
    };
    auto cumulativeActualLine = [&page]() -> double {
        for (QAbstractSeries* series : page.indicatorPanel()->chart()->series())
            if (auto* line = qobject_cast<QLineSeries*>(series))
                if (line->name() ==
                    page.indicatorModel()->seriesName(IndicatorChartModel::CumulativeActualColumn))
                    return line->at(2).y();
        return -1;
    };
    QCOMPARE(actualBar(), 4.0);
    QCOMPARE(cumulativeActualLine(), 7.0);
    FulfilmentTrendModel* trend = fulfilment.trendModel();
    QCOMPARE(trend->value(trend->currentRow(), FulfilmentTrendModel::AverageRateColumn), 87.5);

    PledgeRepository repository(*db, &notifier);
    auto pledge = repository.loadByCode(u"7-1-3"_s);
    QVERIFY(pledge);
    pledge->indicators[0].actuals[2024] = 5;
    QSignalSpy reset(page.indicatorModel(), &QAbstractItemModel::modelReset);
    QVERIFY(repository.save(*pledge));
    QVERIFY(reset.count() >= 1);

    // the model, the chart's series and the table follow
    QCOMPARE(page.indicatorModel()->value(2, IndicatorChartModel::ActualColumn), 5.0);
    QCOMPARE(actualBar(), 5.0);
    QCOMPARE(cumulativeActualLine(), 8.0);
    QCOMPARE(page.indicatorPanel()
                 ->tableView()
                 ->model()
                 ->index(2, IndicatorChartModel::ActualColumn)
                 .data()
                 .toString(),
             u"5"_s);
    // 8 of 8: the current city figure moves, the published quarters stay as they were
    QCOMPARE(trend->value(trend->currentRow(), FulfilmentTrendModel::AverageRateColumn), 100.0);
    QCOMPARE(trend->value(5, FulfilmentTrendModel::AverageRateColumn), 87.5);
    bool sawHundred = false;
    for (QAbstractSeries* series : fulfilment.trendPanel()->chart()->series())
        if (auto* xy = qobject_cast<QXYSeries*>(series))
            for (const QPointF& point : xy->points())
                sawHundred = sawHundred || (point.x() == trend->currentRow() && point.y() == 100.0);
    QVERIFY(sawHundred);
}

void TestCharts::everyImageRendersAsPng_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QSize>("size");
    for (const QString& chart : charts::chartKindKeys())
        QTest::newRow(qPrintable(chart)) << chart << QSize(1080, 1080);
    for (const QString& key : infographic::templateKeys())
        for (const infographic::Preset& preset : infographic::presets())
            if (!preset.a4)
                QTest::newRow(qPrintable(key + u' ' + preset.key)) << key << preset.pixels;
    QTest::newRow("small odd size") << u"status"_s << QSize(333, 222);
}

void TestCharts::everyImageRendersAsPng()
{
    QFETCH(QString, kind);
    QFETCH(QSize, size);
    infographic::Figures figures(*m_db, &m_notifier);
    figures.setPledge(u"7-1-3"_s);
    infographic::Request request;
    request.templateKind = infographic::templateFromKey(kind);
    if (!request.templateKind)
        request.chartKind = *charts::chartKindFromKey(kind);
    request.size = size;
    const QString path =
        m_dir.filePath(u"%1-%2x%3.png"_s.arg(kind).arg(size.width()).arg(size.height()));
    const Status s = infographic::write(path, request, figures);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
    const QImage image(path);
    QCOMPARE(image.size(), size);
    const Coverage coverage = coverageOf(image, request.theme.background);
    QVERIFY2(coverage.distinctColours > 50, qPrintable(QString::number(coverage.distinctColours)));
    QVERIFY2(coverage.inked > 0.08 && coverage.inked < 0.9,
             qPrintable(QString::number(coverage.inked)));
}

void TestCharts::svgIsXmlWithItsTitle_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString& chart : charts::chartKindKeys())
        QTest::newRow(qPrintable(chart)) << chart;
    for (const QString& key : infographic::templateKeys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestCharts::svgIsXmlWithItsTitle()
{
    QFETCH(QString, kind);
    infographic::Figures figures(*m_db, &m_notifier);
    infographic::Request request;
    request.templateKind = infographic::templateFromKey(kind);
    if (!request.templateKind)
        request.chartKind = *charts::chartKindFromKey(kind);
    request.size = QSize(1200, 630);
    const QString path = m_dir.filePath(kind + u".svg"_s);
    QVERIFY(infographic::write(path, request, figures));
    const auto text = svgText(path);
    QVERIFY2(text, "not a well-formed SVG document");
    QVERIFY2(text->contains(request.title()), qPrintable(request.title()));
    // the Korean source line of the brand and the basis date are text too
    QVERIFY(text->contains(u"출처: 나주시"_s));
    QVERIFY(text->contains(u"2024-05-31"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("width=\"1200"));
    QVERIFY(svg.contains("viewBox=\"0 0 1200 630\""));
}

void TestCharts::pdfHasTheRequestedPage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("rate card 1080") << u"rate-card"_s << u"1080x1080"_s << u"1080 x 1080 pts"_s;
    QTest::newRow("trend 1920x1080") << u"trend"_s << u"1920x1080"_s << u"1920 x 1080 pts"_s;
    QTest::newRow("pledge card A4") << u"pledge-card"_s << u"a4"_s << u"595 x 842 pts (A4)"_s;
    QTest::newRow("budget A4") << u"budget"_s << u"a4"_s << u"595 x 842 pts (A4)"_s;
}

void TestCharts::pdfHasTheRequestedPage()
{
    QFETCH(QString, kind);
    QFETCH(QString, preset);
    QFETCH(QString, pageSize);
    infographic::Figures figures(*m_db, &m_notifier);
    infographic::Request request;
    request.templateKind = infographic::templateFromKey(kind);
    const auto chosen = infographic::presetFromKey(preset);
    QVERIFY(chosen);
    request.size = chosen->pixels;
    request.a4 = chosen->a4;
    const QString path = m_dir.filePath(kind + u'-' + preset + u".pdf"_s);
    const Status s = infographic::write(path, request, figures);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
    QCOMPARE(pdfPageSize(path), pageSize);
}

void TestCharts::unknownSuffixIsRefused()
{
    infographic::Figures figures(*m_db, &m_notifier);
    infographic::Request request;
    const QString path = m_dir.filePath(u"chart.gif"_s);
    const Status s = infographic::write(path, request, figures);
    QVERIFY(!s);
    QVERIFY(!QFile::exists(path));
    request.a4 = true;
    QVERIFY(!infographic::write(m_dir.filePath(u"a4.png"_s), request, figures));
    QVERIFY(!QFile::exists(m_dir.filePath(u"a4.png"_s)));
}

void TestCharts::contrastGoldenValues_data()
{
    // WCAG 2 examples and values checked with WebAIM's contrast checker
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on black") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("same colour") << QColor(0x12, 0x34, 0x56) << QColor(0x12, 0x34, 0x56) << 1.0;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("#777777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("red on white") << QColor(Qt::red) << QColor(Qt::white) << 4.00;
    QTest::newRow("#005bac on white") << QColor(0x00, 0x5b, 0xac) << QColor(Qt::white) << 6.79;
}

void TestCharts::contrastGoldenValues()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(contrast::ratio(foreground, background) - ratio) < 0.005,
             qPrintable(QString::number(contrast::ratio(foreground, background), 'f', 4)));
    QCOMPARE(contrast::relativeLuminance(Qt::white), 1.0);
    QCOMPARE(contrast::relativeLuminance(Qt::black), 0.0);
}

void TestCharts::defaultThemePassesContrast()
{
    const QList<contrast::Check> checks = contrast::checkTheme(BrandTheme());
    QVERIFY(!checks.isEmpty());
    for (const contrast::Check& check : checks)
        QVERIFY2(check.passes(), qPrintable(check.what));
    BrandTheme pale;
    pale.text = QColor(0x99, 0x99, 0x99);
    const QList<contrast::Check> paleChecks = contrast::checkTheme(pale);
    QVERIFY(!paleChecks.first().passes());
    QVERIFY(paleChecks.first().ratio < 4.5);
}

void TestCharts::themeIsKeptInSettings()
{
    Settings settings(m_dir.filePath(u"settings.ini"_s), nullptr);
    QCOMPARE(settings.brandTheme(), BrandTheme());
    QSignalSpy changed(&settings, &Settings::brandThemeChanged);
    BrandTheme theme;
    theme.primary = QColor(0x80, 0x00, 0x20);
    theme.footer = u"나주시 뉴미디어홍보팀"_s;
    theme.logoPath = m_dir.filePath(u"logo.png"_s);
    settings.setBrandTheme(theme);
    QCOMPARE(changed.count(), 1);
    settings.setBrandTheme(theme); // unchanged: no signal
    QCOMPARE(changed.count(), 1);
    Settings reread(m_dir.filePath(u"settings.ini"_s), nullptr);
    QCOMPARE(reread.brandTheme(), theme);
}

void TestCharts::altTextCarriesTheNumbers()
{
    infographic::Figures figures(*m_db, &m_notifier);
    figures.setPledge(u"7-1-3"_s);
    infographic::Request request;
    request.templateKind = infographic::Template::RateCard;
    QString alt = infographic::altText(request, figures);
    QVERIFY2(alt.contains(u"87.5%"_s) && alt.contains(u"0%"_s) && alt.contains(u"2024-05-31"_s) &&
                 alt.contains(labelOf(PledgeStatus::OnTrack)) && alt.contains(u"나주시"_s),
             qPrintable(alt));
    request.templateKind = infographic::Template::Trend;
    alt = infographic::altText(request, figures);
    QVERIFY2(alt.contains(u"2022-Q4 12.5%"_s) && alt.contains(u"2024-Q1 87.5%"_s), qPrintable(alt));
    request.templateKind = infographic::Template::Budget;
    alt = infographic::altText(request, figures);
    QVERIFY2(alt.contains(u"40"_s) && alt.contains(u"25"_s) && alt.contains(u"62.5%"_s),
             qPrintable(alt));
    request.templateKind = infographic::Template::PledgeCard;
    alt = infographic::altText(request, figures);
    QVERIFY2(alt.contains(u"7-1-3"_s) && alt.contains(u"365일 열린시장실 운영"_s) &&
                 alt.contains(u"87.5%"_s) && alt.contains(u" 7 "_s) && alt.contains(u" 8 "_s),
             qPrintable(alt));
}

void TestCharts::chartsCarryTextLabels()
{
    StatusDistributionModel status(*m_db, &m_notifier);
    QChart chart;
    charts::fillStatusChart(&chart, status, charts::ChartStyle());
    QCOMPARE(chart.series().size(), 1);
    auto* donut = qobject_cast<QPieSeries*>(chart.series().first());
    QVERIFY(donut);
    QCOMPARE(donut->count(), 1); // statuses without pledges get no slice
    const QPieSlice* slice = donut->slices().first();
    QVERIFY(slice->isLabelVisible());
    QVERIFY2(slice->label().contains(labelOf(PledgeStatus::OnTrack)) &&
                 slice->label().contains(u"100"_s),
             qPrintable(slice->label()));

    FulfilmentTrendModel trend(*m_db, &m_notifier);
    charts::fillTrendChart(&chart, trend, charts::ChartStyle());
    // the current point: a hollow marker labelled "Now (unpublished)", reached by a dashed line
    bool dashed = false;
    bool labelled = false;
    for (QAbstractSeries* series : chart.series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series);
            line && series->type() == QAbstractSeries::SeriesTypeLine &&
            line->pen().style() == Qt::DashLine)
            dashed = true;
        if (auto* scatter = qobject_cast<QScatterSeries*>(series))
            labelled = labelled || (scatter->name() == trend.periodLabel(6) &&
                                    scatter->color() == charts::ChartStyle().theme.background &&
                                    scatter->pointLabelsVisible());
    }
    QVERIFY(dashed);
    QVERIFY(labelled);
    QVERIFY(chart.axes(Qt::Horizontal).size() == 1);
}

void TestCharts::fulfilmentPanelShowsChartAndTable()
{
    FulfilmentChartsPanel panel(*m_db, &m_notifier);
    panel.resize(900, 400);
    QCOMPARE(panel.trendPanel()->tableView()->model(), panel.trendModel());
    QCOMPARE(panel.statusPanel()->tableView()->model(), panel.statusModel());
    QVERIFY(!panel.trendPanel()->chart()->series().isEmpty());
    const QImage grabbed = panel.grab().toImage();
    QVERIFY(coverageOf(grabbed, grabbed.pixelColor(0, 0)).distinctColours > 20);
}

void TestCharts::composerPreviewsExportsAndCopies()
{
    Settings settings(m_dir.filePath(u"composer.ini"_s), nullptr);
    ComposerDialog composer(*m_db, &m_notifier, &settings);
    composer.resize(1100, 760);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    composer.setTemplate(infographic::Template::PledgeCard);
    composer.setPreset(u"1080x1350"_s);
    QCOMPARE(composer.image().size(), QSize(1080, 1350));
    QVERIFY(composer.altText().contains(u"7-1-3"_s));
    composer.setFitted(false);
    QCOMPARE(composer.previewLabel()->pixmap().size(), QSize(1080, 1350));
    composer.setFitted(true);
    QVERIFY(composer.previewLabel()->pixmap().height() < 1350);
    QVERIFY(composer.contrastLabel()->text().contains(u"4.5"_s));

    const QString path = m_dir.filePath(u"composer.png"_s);
    QVERIFY(composer.exportTo(path));
    QCOMPARE(QImage(path).size(), QSize(1080, 1350));

    composer.copyToClipboard();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasImage());
    QVERIFY(mime->text().contains(u"87.5%"_s));
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(1080, 1350));

    // a theme change redraws the preview in the new colours
    BrandTheme theme = settings.brandTheme();
    theme.primary = QColor(0x80, 0x00, 0x20);
    settings.setBrandTheme(theme);
    QTRY_COMPARE(composer.image().pixelColor(540, 10), theme.primary);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"

#pragma once

#include "charts/charts.h"
#include "common/brandtheme.h"
#include "common/result.h"
#include "storage/database.h"

#include <QDate>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

class QPainter;

namespace openmayor {

class BudgetChartModel;
class ChangeNotifier;
class FulfilmentTrendModel;
class IndicatorChartModel;
class StatusDistributionModel;

namespace infographic {

// What an image shows: one of the composer's templates, or a bare chart with its frame.
enum class Template
{
    RateCard,   // "공약 이행률": the big number, the status donut and the basis date
    Trend,      // quarterly trend
    Budget,     // budget execution
    PledgeCard, // one pledge: status, rate and its indicator
};
QStringList templateKeys(); // "rate-card", "trend", "budget", "pledge-card"
QString keyOf(Template kind);
std::optional<Template> templateFromKey(const QString& key);
QString titleOf(Template kind); // translated

// An output size: fixed pixels, or an A4 page (PDF only).
struct Preset
{
    QString key;  // "1080x1080", "a4"
    QSize pixels; // the exact output size; for A4 the page at 300 dpi
    bool a4 = false;
    QString label() const; // translated: "1080×1080 (square, Instagram)"
};
QList<Preset> presets();
std::optional<Preset> presetFromKey(const QString& key);
// "1200x630" → 1200×630 (16..8000 px each side); none when malformed.
std::optional<QSize> parseSize(const QString& text);

// The figures an image is drawn from: the chart models on one store, kept current by the
// notifier. `pledgeCode` picks the pledge of the pledge card and of the indicator chart.
class Figures
{
public:
    Figures(const Database& database, ChangeNotifier* notifier);
    ~Figures();
    Figures(const Figures&) = delete;
    Figures& operator=(const Figures&) = delete;

    // The pledge of PledgeCard, Indicators and the Budget chart; empty: the first rated
    // pledge of the book for the card and indicators, the whole book for the budget chart.
    void setPledge(const QString& code);
    QString pledgeCode() const;

    FulfilmentTrendModel& trend() const { return *m_trend; }
    StatusDistributionModel& status() const { return *m_status; }
    BudgetChartModel& bookBudget() const { return *m_bookBudget; }
    BudgetChartModel& pledgeBudget() const { return *m_pledgeBudget; }
    IndicatorChartModel& indicator() const { return *m_indicator; }
    // The budget the Budget chart shows: the chosen pledge's, else the whole book's.
    BudgetChartModel& chartBudget() const;

    // The basis date (기준일) of what `kind` shows.
    QDate basisDate(Template kind) const;
    QDate basisDate(charts::ChartKind kind) const;

private:
    Database m_database;
    bool m_explicitPledge = false;
    std::unique_ptr<FulfilmentTrendModel> m_trend;
    std::unique_ptr<StatusDistributionModel> m_status;
    std::unique_ptr<BudgetChartModel> m_bookBudget;
    std::unique_ptr<BudgetChartModel> m_pledgeBudget;
    std::unique_ptr<IndicatorChartModel> m_indicator;
};

// One image to draw: a template or a bare chart, at a size, in the brand.
struct Request
{
    std::optional<Template> templateKind;                             // set: a composer template
    charts::ChartKind chartKind = charts::ChartKind::FulfilmentTrend; // else this chart
    QSize size{1080, 1080};
    bool a4 = false; // PDF on an A4 page (size is then the page at 300 dpi)
    BrandTheme theme;

    QString title() const; // translated
};

// Paints `request` on `painter` over (0, 0, size): header band with logo and title, the
// content, and the footer with the source line and the basis date. Needs a QApplication
// (the charts are Qt Charts).
void paint(QPainter& painter, const Request& request, const Figures& figures);
// The image at exactly request.size pixels.
QImage renderImage(const Request& request, const Figures& figures);
// Writes .png, .svg or .pdf (by the suffix) through a temporary file: PNG and SVG at exactly
// request.size pixels, PDF with a page of that many points (1 px = 1 pt) or A4.
Status write(const QString& path, const Request& request, const Figures& figures);
// A sentence describing the image with its key numbers (for alt text and screen readers).
QString altText(const Request& request, const Figures& figures);

} // namespace infographic
} // namespace openmayor

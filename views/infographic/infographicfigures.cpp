// Templates, presets and the figures behind an infographic.
#include "infographic.h"

#include "itemmodels/budgetchartmodel.h"
#include "itemmodels/fulfilmenttrendmodel.h"
#include "itemmodels/indicatorchartmodel.h"
#include "itemmodels/statusdistributionmodel.h"
#include "storage/pledgerepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace openmayor::infographic {

namespace {
struct TemplateInfo
{
    Template kind;
    const char* key;
    const char* title;
};
const TemplateInfo templates[] = {
    {Template::RateCard, "rate-card",
     QT_TRANSLATE_NOOP("openmayor::infographic", "Pledge fulfilment rate")},
    {Template::Trend, "trend",
     QT_TRANSLATE_NOOP("openmayor::infographic", "Quarterly fulfilment trend")},
    {Template::Budget, "budget",
     QT_TRANSLATE_NOOP("openmayor::infographic", "Pledge budget execution")},
    {Template::PledgeCard, "pledge-card",
     QT_TRANSLATE_NOOP("openmayor::infographic", "Pledge card")},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("openmayor::infographic", text);
}
} // namespace

QStringList templateKeys()
{
    QStringList keys;
    for (const TemplateInfo& info : templates)
        keys << QString::fromLatin1(info.key);
    return keys;
}

QString keyOf(Template kind)
{
    for (const TemplateInfo& info : templates)
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<Template> templateFromKey(const QString& key)
{
    for (const TemplateInfo& info : templates)
        if (key == QLatin1String(info.key))
            return info.kind;
    return std::nullopt;
}

QString titleOf(Template kind)
{
    for (const TemplateInfo& info : templates)
        if (info.kind == kind)
            return translated(info.title);
    return {};
}

QString Preset::label() const
{
    if (a4)
        return translated(QT_TRANSLATE_NOOP("openmayor::infographic", "A4 page (PDF)"));
    static const QMap<QString, const char*> uses = {
        {QStringLiteral("1080x1080"), QT_TRANSLATE_NOOP("openmayor::infographic", "square feed")},
        {QStringLiteral("1080x1350"), QT_TRANSLATE_NOOP("openmayor::infographic", "portrait feed")},
        {QStringLiteral("1080x1920"), QT_TRANSLATE_NOOP("openmayor::infographic", "story")},
        {QStringLiteral("1200x630"), QT_TRANSLATE_NOOP("openmayor::infographic", "link preview")},
        {QStringLiteral("1920x1080"), QT_TRANSLATE_NOOP("openmayor::infographic", "screen")},
    };
    const QString size = QStringLiteral("%1×%2").arg(pixels.width()).arg(pixels.height());
    return uses.contains(key) ? QStringLiteral("%1 (%2)").arg(size, translated(uses.value(key)))
                              : size;
}

QList<Preset> presets()
{
    QList<Preset> list;
    for (const QSize& size : {QSize(1080, 1080), QSize(1080, 1350), QSize(1080, 1920),
                              QSize(1200, 630), QSize(1920, 1080)})
        list << Preset{QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), size, false};
    // A4 at 300 dpi: 210 × 297 mm
    list << Preset{QStringLiteral("a4"), QSize(2480, 3508), true};
    return list;
}

std::optional<Preset> presetFromKey(const QString& key)
{
    for (const Preset& preset : presets())
        if (preset.key.compare(key, Qt::CaseInsensitive) == 0)
            return preset;
    return std::nullopt;
}

std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,4})[x×](\\d{2,4})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 16 || size.height() < 16 || size.width() > 8000 || size.height() > 8000)
        return std::nullopt;
    return size;
}

Figures::Figures(const Database& database, ChangeNotifier* notifier)
    : m_database(database), m_trend(std::make_unique<FulfilmentTrendModel>(database, notifier)),
      m_status(std::make_unique<StatusDistributionModel>(database, notifier)),
      m_bookBudget(std::make_unique<BudgetChartModel>(database, notifier)),
      m_pledgeBudget(std::make_unique<BudgetChartModel>(database, notifier)),
      m_indicator(std::make_unique<IndicatorChartModel>(database, notifier))
{
    setPledge({});
}

Figures::~Figures() = default;

void Figures::setPledge(const QString& code)
{
    m_explicitPledge = !code.isEmpty();
    QString chosen = code;
    if (chosen.isEmpty()) {
        // the first pledge of the book that has an indicator, else the first one
        auto summaries = PledgeRepository(m_database, nullptr).summaries();
        for (const PledgeSummary& summary : summaries ? *summaries : QList<PledgeSummary>()) {
            if (chosen.isEmpty())
                chosen = summary.code;
            if (summary.rate) {
                chosen = summary.code;
                break;
            }
        }
    }
    m_indicator->setPledge(chosen);
    m_pledgeBudget->setPledge(chosen);
}

QString Figures::pledgeCode() const
{
    return m_indicator->pledgeCode();
}

QDate Figures::basisDate(Template kind) const
{
    switch (kind) {
    case Template::RateCard:
        return m_status->basisDate();
    case Template::Trend: {
        const int rows = m_trend->rowCount();
        return rows > 0 ? m_trend->basisDate(rows - 1) : QDate();
    }
    case Template::Budget:
        return m_bookBudget->basisDate();
    case Template::PledgeCard:
        return m_indicator->basisDate();
    }
    return {};
}

QDate Figures::basisDate(charts::ChartKind kind) const
{
    switch (kind) {
    case charts::ChartKind::FulfilmentTrend:
        return basisDate(Template::Trend);
    case charts::ChartKind::Indicators:
        return m_indicator->basisDate();
    case charts::ChartKind::Budget:
        return chartBudget().basisDate();
    case charts::ChartKind::Status:
        return m_status->basisDate();
    }
    return {};
}

BudgetChartModel& Figures::chartBudget() const
{
    return m_explicitPledge ? *m_pledgeBudget : *m_bookBudget;
}

} // namespace openmayor::infographic

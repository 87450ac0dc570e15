// `fulfilment`, `periods` and `publish`: the city's published figures (DESIGN.md §2, §5a).
#include "cli.h"

#include "domain/fulfilment.h"
#include "io/cityfiguresjson.h"
#include "storage/database.h"
#include "storage/pledgerepository.h"
#include "storage/reportingrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace openmayor::cli {

namespace {

struct FigureOptions
{
    int decimals = 1;
    fulfilment::Rounding rounding = fulfilment::Rounding::HalfUp;
};

QString percentText(const QJsonValue& value)
{
    return value.isNull() ? QStringLiteral("—")
                          : QLocale().toString(value.toDouble(), 'g', 12) + u'%';
}

void printFigures(QTextStream& out, const QJsonObject& f)
{
    out << QCoreApplication::translate("Cli", "Pledges counted") << ": "
        << f.value(QStringLiteral("pledges_counted")).toInt() << '\n'
        << QCoreApplication::translate("Cli", "Completion rate") << ": "
        << percentText(f.value(QStringLiteral("completion_rate")))
        << QCoreApplication::translate("Cli", " (completed and completed-continuing ÷ counted)")
        << '\n'
        << QCoreApplication::translate("Cli", "Average rate") << ": "
        << percentText(f.value(QStringLiteral("average_rate")))
        << QCoreApplication::translate("Cli", " (mean of the pledges' rates)") << '\n'
        << QCoreApplication::translate("Cli", "Financing rate") << ": "
        << percentText(f.value(QStringLiteral("financing_rate")))
        << QCoreApplication::translate("Cli", " (executed ÷ planned budget)") << '\n';
    const QJsonObject byStatus = f.value(QStringLiteral("by_status")).toObject();
    for (const QString& key : EnumInfo<PledgeStatus>::keys())
        out << "  " << labelOfKey<PledgeStatus>(key) << ": " << byStatus.value(key).toInt() << '\n';
}

} // namespace

int runFulfilment(const Context& context)
{
    if (!context.arguments.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "fulfilment takes options only."),
                            Usage);
    const QCommandLineParser& parser = *context.parser;
    FigureOptions options;
    if (parser.isSet(QStringLiteral("decimals"))) {
        bool ok = false;
        options.decimals = parser.value(QStringLiteral("decimals")).toInt(&ok);
        if (!ok || options.decimals < 0 || options.decimals > 6)
            return context.fail(
                QCoreApplication::translate("Cli", "--decimals takes a whole number from 0 to 6."),
                Usage);
    }
    if (parser.isSet(QStringLiteral("rounding"))) {
        const auto rounding = fulfilment::roundingFromKey(parser.value(QStringLiteral("rounding")));
        if (!rounding)
            return context.fail(
                QCoreApplication::translate("Cli", "--rounding is half-up or truncate."), Usage);
        options.rounding = *rounding;
    }
    std::optional<QDate> asOf;
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QDate date = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!date.isValid())
            return context.fail(
                QCoreApplication::translate("Cli", "--as-of takes a date like 2024-05-31."), Usage);
        asOf = date;
    }
    const QString period = parser.value(QStringLiteral("period"));
    if (!period.isEmpty() && asOf)
        return context.fail(
            QCoreApplication::translate("Cli", "Use either --period or --as-of, not both."), Usage);

    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    Result<QList<PledgeSummary>> pledges = QList<PledgeSummary>();
    if (!period.isEmpty()) {
        if (!ReportingRepository::isValidPeriod(period))
            return context.fail(
                QCoreApplication::translate("Cli", "A period is written like 2024-Q1."), Usage);
        pledges = ReportingRepository(*database, nullptr).snapshot(period);
    } else {
        pledges = PledgeRepository(*database, nullptr).summaries(asOf);
    }
    if (!pledges)
        return context.fail(pledges.error().fullText());

    const bool includeDropped = parser.isSet(QStringLiteral("include-dropped"));
    QJsonObject figures = cityfiguresjson::toJson(fulfilment::cityReport(*pledges, includeDropped),
                                                  options.decimals, options.rounding);
    figures.insert(QStringLiteral("period"), period.isEmpty() ? QJsonValue() : QJsonValue(period));
    figures.insert(QStringLiteral("as_of"),
                   asOf ? QJsonValue(asOf->toString(Qt::ISODate)) : QJsonValue());
    figures.insert(QStringLiteral("decimals"), options.decimals);
    figures.insert(QStringLiteral("rounding"), options.rounding == fulfilment::Rounding::HalfUp
                                                   ? QStringLiteral("half-up")
                                                   : QStringLiteral("truncate"));
    figures.insert(QStringLiteral("include_dropped"), includeDropped);
    if (context.json()) {
        *context.out << QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Indented));
        return Ok;
    }
    printFigures(*context.out, figures);
    *context.out << QCoreApplication::translate("Cli", "Within term:") << '\n';
    printFigures(*context.out, figures.value(QStringLiteral("within_term")).toObject());
    return Ok;
}

int runPeriods(const Context& context)
{
    if (!context.arguments.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "periods takes no arguments."),
                            Usage);
    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    auto periods = ReportingRepository(*database, nullptr).periods();
    if (!periods)
        return context.fail(periods.error().fullText());
    if (context.json()) {
        QJsonArray array;
        for (const ReportingPeriod& p : std::as_const(*periods))
            array.append(QJsonObject{
                {QStringLiteral("period"), p.period},
                {QStringLiteral("basis_date"), p.basisDate.toString(Qt::ISODate)},
                {QStringLiteral("published_at"), p.publishedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("published_by"), p.publishedBy},
                {QStringLiteral("figures"), p.figures}});
        *context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const ReportingPeriod& p : std::as_const(*periods))
        *context.out << p.period << '\t' << p.basisDate.toString(Qt::ISODate) << '\t'
                     << percentText(p.figures.value(QStringLiteral("average_rate"))) << '\n';
    return Ok;
}

int runPublish(const Context& context)
{
    if (context.arguments.size() != 1)
        return context.fail(
            QCoreApplication::translate("Cli", "publish takes one period, e.g. 2024-Q1."), Usage);
    QDate basis;
    if (context.parser->isSet(QStringLiteral("as-of"))) {
        basis = QDate::fromString(context.parser->value(QStringLiteral("as-of")), Qt::ISODate);
        if (!basis.isValid())
            return context.fail(
                QCoreApplication::translate("Cli", "--as-of takes a date like 2024-05-31."), Usage);
    }
    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    auto published = ReportingRepository(*database, nullptr)
                         .publish(context.arguments.first(), basis,
                                  qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    if (!published)
        return context.fail(published.error().fullText(),
                            published.error().kind == Error::Kind::Usage ? Usage : Failed);
    *context.out << QCoreApplication::translate("Cli",
                                                "Published %1 (basis date %2): average rate %3.")
                        .arg(published->period, published->basisDate.toString(Qt::ISODate),
                             percentText(published->figures.value(QStringLiteral("average_rate"))))
                 << '\n';
    return Ok;
}

} // namespace openmayor::cli

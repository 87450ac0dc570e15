// `chart KIND --out FILE.png|.svg|.pdf [--pledge CODE] [--size WxH|a4] [--template NAME]`
// (DESIGN.md §5): a chart or an infographic template rendered offscreen. Qt Charts draws
// with QGraphicsWidget, which needs a QApplication: main() creates one instead of the
// QGuiApplication when this command is asked for (needsWidgets), on the offscreen platform.
#include "cli.h"

#include "common/settings.h"
#include "infographic/infographic.h"
#include "itemmodels/indicatorchartmodel.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace openmayor::cli {

bool needsWidgets(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "chart") == 0)
            return true;
    return false;
}

namespace {

QString kindList()
{
    return charts::chartKindKeys().join(QStringLiteral(", ")) + QStringLiteral(", infographic");
}

} // namespace

int runChart(const Context& context)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return context.fail(QStringLiteral("chart needs a QApplication (see needsWidgets)."));
    const QString kind = context.arguments.value(0);
    if (context.arguments.size() != 1)
        return context.fail(
            QCoreApplication::translate("Cli", "chart takes one KIND: %1.").arg(kindList()), Usage);

    infographic::Request request;
    const QString templateKey = context.parser->value(QStringLiteral("template"));
    if (kind == u"infographic") {
        request.templateKind = infographic::templateFromKey(templateKey);
        if (!request.templateKind)
            return context.fail(
                QCoreApplication::translate("Cli", "chart infographic needs --template %1.")
                    .arg(infographic::templateKeys().join(u'|')),
                Usage);
    } else if (const auto chartKind = charts::chartKindFromKey(kind)) {
        if (!templateKey.isEmpty())
            return context.fail(
                QCoreApplication::translate("Cli", "--template goes with chart infographic."),
                Usage);
        request.chartKind = *chartKind;
    } else {
        return context.fail(QCoreApplication::translate("Cli", "Unknown chart \"%1\"; one of %2.")
                                .arg(kind, kindList()),
                            Usage);
    }

    const QString out = context.parser->value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != u"png" && suffix != u"svg" && suffix != u"pdf"))
        return context.fail(
            QCoreApplication::translate("Cli", "chart needs --out FILE.png, .svg or .pdf."), Usage);
    if (context.parser->isSet(QStringLiteral("size"))) {
        const QString sizeText = context.parser->value(QStringLiteral("size"));
        if (const auto preset = infographic::presetFromKey(sizeText)) {
            request.size = preset->pixels;
            request.a4 = preset->a4;
        } else if (const auto size = infographic::parseSize(sizeText)) {
            request.size = *size;
        } else {
            return context.fail(QCoreApplication::translate(
                                    "Cli", "--size is WIDTHxHEIGHT (16 to 8000 pixels) or a4, "
                                           "not \"%1\".")
                                    .arg(sizeText),
                                Usage);
        }
    }
    if (request.a4 && suffix != u"pdf")
        return context.fail(QCoreApplication::translate("Cli", "--size a4 writes PDF only."),
                            Usage);

    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    infographic::Figures figures(*database, nullptr);
    const QString pledge = context.parser->value(QStringLiteral("pledge"));
    figures.setPledge(pledge);
    if (!pledge.isEmpty() && figures.indicator().pledgeTitle().isEmpty())
        return context.fail(figures.indicator().lastError().isEmpty()
                                ? QCoreApplication::translate("Cli", "No pledge %1.").arg(pledge)
                                : figures.indicator().lastError());
    request.theme = Settings().brandTheme();

    if (Status s = infographic::write(out, request, figures); !s)
        return context.fail(s.error().fullText());
    const QString alt = infographic::altText(request, figures);
    if (context.json()) {
        const QJsonObject json{{QStringLiteral("file"), QDir::toNativeSeparators(out)},
                               {QStringLiteral("width"), request.size.width()},
                               {QStringLiteral("height"), request.size.height()},
                               {QStringLiteral("title"), request.title()},
                               {QStringLiteral("alt_text"), alt}};
        *context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        *context.out << QCoreApplication::translate("Cli", "%1 written to %2")
                            .arg(request.title(), QDir::toNativeSeparators(out))
                     << '\n'
                     << alt << '\n';
    }
    return Ok;
}

} // namespace openmayor::cli

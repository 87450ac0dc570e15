// `report card CODE --out FILE.pdf` and `report book --out FILE.pdf` (DESIGN.md §5): the
// printable pledge card, and the whole pledge book after a page of city figures.
#include "cli.h"

#include "domain/fulfilment.h"
#include "report/pledgecardreport.h"
#include "storage/database.h"
#include "storage/pledgerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace openmayor::cli {

namespace {

// The term the pledges belong to (the book holds one term); an empty term when none is
// stored, and the report then spans the years of the card's own data.
Result<Term> currentTerm(const PledgeRepository& repository)
{
    auto terms = repository.terms();
    if (!terms)
        return terms.error();
    if (terms->isEmpty())
        return Term();
    Term latest = terms->first();
    for (const Term& term : std::as_const(*terms))
        if (term.start > latest.start)
            latest = term;
    return latest;
}

int writeCard(const Context& context, const PledgeRepository& repository, const Term& term,
              const QString& out)
{
    auto pledge = repository.loadByCode(context.arguments.at(1));
    if (!pledge)
        return context.fail(pledge.error().fullText());
    if (Status s = PledgeCardReport::writePdf(*pledge, term, out); !s)
        return context.fail(s.error().fullText());
    *context.out << QCoreApplication::translate("Cli", "Pledge card %1 written to %2")
                        .arg(pledge->code, QDir::toNativeSeparators(out))
                 << '\n';
    return Ok;
}

int writeBook(const Context& context, const PledgeRepository& repository, const Term& term,
              const QString& out)
{
    auto summaries = repository.summaries();
    if (!summaries)
        return context.fail(summaries.error().fullText());
    QList<Pledge> pledges;
    pledges.reserve(summaries->size());
    for (const PledgeSummary& summary : std::as_const(*summaries)) {
        auto pledge = repository.load(summary.id);
        if (!pledge)
            return context.fail(pledge.error().fullText());
        pledges.append(std::move(*pledge));
    }
    const fulfilment::CityReport report = fulfilment::cityReport(*summaries);
    if (Status s = PledgeCardReport::writeBookPdf(pledges, term, report, out); !s)
        return context.fail(s.error().fullText());
    *context.out << QCoreApplication::translate("Cli", "Pledge book of %n pledge(s) written to %1",
                                                nullptr, int(pledges.size()))
                        .arg(QDir::toNativeSeparators(out))
                 << '\n';
    return Ok;
}

} // namespace

int runReport(const Context& context)
{
    const QString kind = context.arguments.value(0);
    const bool card = kind == u"card" && context.arguments.size() == 2;
    const bool book = kind == u"book" && context.arguments.size() == 1;
    if (!card && !book)
        return context.fail(
            QCoreApplication::translate("Cli", "report takes \"card CODE\" or \"book\", e.g. "
                                               "\"report card 7-1-3 --out card.pdf\"."),
            Usage);
    const QString out = context.parser->value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "report needs --out FILE.pdf."),
                            Usage);
    if (QFileInfo(out).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0)
        return context.fail(
            QCoreApplication::translate("Cli", "The report file must end in .pdf: %1").arg(out),
            Usage);

    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    const PledgeRepository repository(*database, nullptr);
    auto term = currentTerm(repository);
    if (!term)
        return context.fail(term.error().fullText());
    return card ? writeCard(context, repository, *term, out)
                : writeBook(context, repository, *term, out);
}

} // namespace openmayor::cli

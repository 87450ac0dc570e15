// Writing the CSV set: csvFiles() and exportCsv() of pledgecsv.h, and the columns both sides share.
#include "pledgecsv.h"

#include "pledgecsvsupport.h"
#include "pledgeinterchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace openmayor::interchange {

// ------------------------------------------------------------------------ columns

namespace csvdetail {

QStringList columns(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list << QString::fromLatin1(name);
    return list;
}

const QStringList& pledgeColumns()
{
    static const QStringList list = columns(
        {"code", "title", "policy_goal", "timing", "bodies", "is_new", "budget_kind",
         "required_budget", "budget_prior", "budget_after_term", "status", "basis_date", "plan"});
    return list;
}

// Columns of each part file (indicators add their year columns).
const QHash<QString, QStringList>& partColumns()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("-term"), columns({"name", "start", "end"})},
        {QStringLiteral("-areas"), columns({"code", "title"})},
        {QStringLiteral("-goals"), columns({"code", "title"})},
        {QStringLiteral("-tasks"), columns({"pledge_code", "name", "start", "end", "note"})},
        {QStringLiteral("-budget"), columns({"pledge_code", "source", "year", "amount"})},
        {QStringLiteral("-executed"), columns({"pledge_code", "year", "amount"})},
        {QStringLiteral("-progress"), columns({"pledge_code", "date", "text"})},
        {QStringLiteral("-indicators"),
         columns({"pledge_code", "name", "unit", "kind", "baseline"})},
        {QStringLiteral("-departments"),
         columns({"pledge_code", "role", "department", "team", "leader", "leader_phone", "officer",
                  "officer_phone"})},
    };
    return table;
}

} // namespace csvdetail

using namespace csvdetail;

namespace {

// ------------------------------------------------------------------------ writing

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void addRow(QString& text, const QStringList& fields)
{
    QStringList quoted;
    for (const QString& field : fields)
        quoted << csvField(field);
    text += quoted.join(u',') + QStringLiteral("\r\n");
}

QString optionalNumber(const std::optional<double>& value)
{
    return value ? formatNumber(*value) : QString();
}

QString bodiesText(const Pledge& p)
{
    QStringList keys;
    if (p.bodyNational)
        keys << toKey(ExecutingBody::National);
    if (p.bodyProvince)
        keys << toKey(ExecutingBody::Province);
    if (p.bodyCity)
        keys << toKey(ExecutingBody::City);
    if (p.bodyPrivate)
        keys << toKey(ExecutingBody::Private);
    return keys.join(u';');
}

// The text of every file of the set, by suffix.
QMap<QString, QString> csvTexts(const PledgeBook& source)
{
    // Same order as the JSON export: by code, budget cells by year and source.
    PledgeBook book = source;
    auto byCode = [](const auto& a, const auto& b) {
        return codeLessThan(a.code, b.code);
    };
    std::stable_sort(book.areas.begin(), book.areas.end(), byCode);
    std::stable_sort(book.goals.begin(), book.goals.end(), byCode);
    std::stable_sort(book.pledges.begin(), book.pledges.end(), byCode);
    for (Pledge& p : book.pledges) {
        std::stable_sort(
            p.planned.begin(), p.planned.end(), [](const BudgetCell& a, const BudgetCell& b) {
                return std::pair(a.year, int(a.source)) < std::pair(b.year, int(b.source));
            });
        std::stable_sort(
            p.executed.begin(), p.executed.end(),
            [](const ExecutedAmount& a, const ExecutedAmount& b) { return a.year < b.year; });
    }
    QMap<QString, QString> texts;
    QString& main = texts[QString()];
    addRow(main, pledgeColumns());
    QString& term = texts[QStringLiteral("-term")];
    addRow(term, partColumns().value(QStringLiteral("-term")));
    if (book.hasTerm())
        addRow(term, {book.term.name, book.term.start.toString(Qt::ISODate),
                      book.term.end.toString(Qt::ISODate)});
    QString& areas = texts[QStringLiteral("-areas")];
    addRow(areas, partColumns().value(QStringLiteral("-areas")));
    for (const PledgeArea& a : book.areas)
        addRow(areas, {a.code, a.title});
    QString& goals = texts[QStringLiteral("-goals")];
    addRow(goals, partColumns().value(QStringLiteral("-goals")));
    for (const PledgeGoal& g : book.goals)
        addRow(goals, {g.code, g.title});

    QSet<int> yearSet;
    for (const Pledge& p : book.pledges)
        for (const Indicator& ind : p.indicators) {
            for (auto it = ind.targets.cbegin(); it != ind.targets.cend(); ++it)
                yearSet.insert(it.key());
            for (auto it = ind.actuals.cbegin(); it != ind.actuals.cend(); ++it)
                yearSet.insert(it.key());
        }
    QList<int> years(yearSet.cbegin(), yearSet.cend());
    std::sort(years.begin(), years.end());

    QString* parts[] = {
        &texts[QStringLiteral("-tasks")],      &texts[QStringLiteral("-budget")],
        &texts[QStringLiteral("-executed")],   &texts[QStringLiteral("-progress")],
        &texts[QStringLiteral("-indicators")], &texts[QStringLiteral("-departments")]};
    QString& tasks = *parts[0];
    QString& budget = *parts[1];
    QString& executed = *parts[2];
    QString& progress = *parts[3];
    QString& indicators = *parts[4];
    QString& departments = *parts[5];
    addRow(tasks, partColumns().value(QStringLiteral("-tasks")));
    addRow(budget, partColumns().value(QStringLiteral("-budget")));
    addRow(executed, partColumns().value(QStringLiteral("-executed")));
    addRow(progress, partColumns().value(QStringLiteral("-progress")));
    QStringList indicatorHeader = partColumns().value(QStringLiteral("-indicators"));
    for (int y : std::as_const(years))
        indicatorHeader << QStringLiteral("target_%1").arg(y);
    for (int y : std::as_const(years))
        indicatorHeader << QStringLiteral("actual_%1").arg(y);
    addRow(indicators, indicatorHeader);
    addRow(departments, partColumns().value(QStringLiteral("-departments")));

    for (const Pledge& p : book.pledges) {
        addRow(main, {p.code, p.title, p.policyGoal, toKey(p.timing), bodiesText(p),
                      p.isNew ? QStringLiteral("true") : QStringLiteral("false"),
                      toKey(p.budgetKind), formatNumber(p.requiredBudget),
                      formatNumber(p.budgetPrior), formatNumber(p.budgetAfterTerm), toKey(p.status),
                      p.basisDate.toString(Qt::ISODate), p.planHtml});
        for (const PledgeTask& t : p.tasks)
            addRow(tasks, {p.code, t.name, t.startQuarter, t.endQuarter, t.note});
        for (const BudgetCell& c : p.planned)
            addRow(budget,
                   {p.code, toKey(c.source), QString::number(c.year), formatNumber(c.amount)});
        for (const ExecutedAmount& e : p.executed)
            addRow(executed, {p.code, QString::number(e.year), formatNumber(e.amount)});
        for (const ProgressRecord& r : p.progress)
            addRow(
                progress,
                {p.code, r.dateTo.isEmpty() ? r.dateFrom : r.dateFrom + u'/' + r.dateTo, r.text});
        for (const Indicator& ind : p.indicators) {
            QStringList row = {p.code, ind.name, ind.unit, toKey(ind.kind),
                               optionalNumber(ind.baseline)};
            for (int y : std::as_const(years))
                row << (ind.targets.contains(y) ? formatNumber(ind.targets.value(y)) : QString());
            for (int y : std::as_const(years))
                row << (ind.actuals.contains(y) ? formatNumber(ind.actuals.value(y)) : QString());
            addRow(indicators, row);
        }
        for (const DepartmentContact& d : p.departments)
            addRow(departments, {p.code, toKey(d.role), d.department, d.team, d.leader,
                                 d.leaderPhone, d.officer, d.officerPhone});
    }
    return texts;
}

Result<QByteArray> encode(const QString& text, CsvEncoding encoding, const QString& fileName)
{
    if (encoding == CsvEncoding::Utf8Bom)
        return QByteArray(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    QStringEncoder encoder(cp949Name);
    QStringDecoder decoder(cp949Name);
    if (!encoder.isValid() || !decoder.isValid())
        return Error(
            Error::Kind::Generic,
            QCoreApplication::translate("PledgeCsv", "This system cannot write CP949 text."));
    const QByteArray bytes = encoder(text);
    const QString back = decoder(bytes);
    if (!encoder.hasError() && back == text)
        return bytes;
    // Find the first character CP949 has no code for, to name it.
    qsizetype at = 0;
    while (at < text.size() && at < back.size() && text.at(at) == back.at(at))
        ++at;
    const int line = int(QStringView(text).left(at).count(u'\n')) + 1;
    return Error(Error::Kind::Invalid,
                 QCoreApplication::translate(
                     "PledgeCsv", "%1, line %2: the character \"%3\" cannot be written in CP949; "
                                  "export in UTF-8 instead.")
                     .arg(fileName)
                     .arg(line)
                     .arg(text.mid(at, text.at(at).isHighSurrogate() ? 2 : 1)));
}

} // namespace

QStringList csvPartSuffixes()
{
    return {QString(),
            QStringLiteral("-term"),
            QStringLiteral("-areas"),
            QStringLiteral("-goals"),
            QStringLiteral("-tasks"),
            QStringLiteral("-budget"),
            QStringLiteral("-executed"),
            QStringLiteral("-progress"),
            QStringLiteral("-indicators"),
            QStringLiteral("-departments")};
}

Result<QMap<QString, QByteArray>> csvFiles(const PledgeBook& book, const QString& baseName,
                                           CsvEncoding encoding)
{
    const QMap<QString, QString> texts = csvTexts(book);
    QMap<QString, QByteArray> files;
    for (const QString& suffix : csvPartSuffixes()) {
        const QString name = baseName + suffix + QStringLiteral(".csv");
        auto bytes = encode(texts.value(suffix), encoding, name);
        if (!bytes)
            return bytes.error();
        files.insert(name, *bytes);
    }
    return files;
}

Status exportCsv(const PledgeBook& book, const QString& mainPath, CsvEncoding encoding)
{
    const QFileInfo info(mainPath);
    auto files = csvFiles(book, info.completeBaseName(), encoding);
    if (!files)
        return files.error();
    // Every file is written to a temporary first; the set is committed only when all are.
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (auto it = files->cbegin(); it != files->cend(); ++it) {
        auto file = std::make_unique<QSaveFile>(info.dir().filePath(it.key()));
        if (!file->open(QIODevice::WriteOnly) || file->write(it.value()) != it.value().size())
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("PledgeCsv", "Cannot write %1.")
                             .arg(QDir::toNativeSeparators(file->fileName())),
                         file->errorString());
        pending.push_back(std::move(file));
    }
    for (auto& file : pending)
        if (!file->commit())
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("PledgeCsv", "Cannot write %1.")
                             .arg(QDir::toNativeSeparators(file->fileName())),
                         file->errorString());
    return {};
}

} // namespace openmayor::interchange

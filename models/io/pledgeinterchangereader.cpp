// Reading the interchange format: parseJson() and bookFromJson() of pledgeinterchange.h.
#include "pledgeinterchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace openmayor::interchange {

namespace {

// ----------------------------------------------------------------------------- reading

const QRegularExpression& pattern(int which)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^[0-9]+$")),                    // area code
        QRegularExpression(QStringLiteral("^[0-9]+-[0-9]+$")),             // goal code
        QRegularExpression(QStringLiteral("^[0-9]+-[0-9]+-[0-9]+$")),      // pledge code
        QRegularExpression(QStringLiteral("^([0-9]{4})-Q([1-4])$")),       // quarter
        QRegularExpression(QStringLiteral("^([0-9]{4})-([0-9]{2})$")),     // month
        QRegularExpression(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) // day
    };
    return patterns[which];
}
enum Pattern
{
    AreaCode,
    GoalCode,
    PledgeCode,
    Quarter,
    Month,
    Day
};

bool matches(Pattern which, const QString& value)
{
    return pattern(which).match(value).hasMatch();
}

QDate parseDay(const QString& value)
{
    if (!matches(Day, value))
        return {};
    return QDate::fromString(value, Qt::ISODate);
}

bool isMonthOrDay(const QString& value)
{
    if (parseDay(value).isValid())
        return true;
    const auto m = pattern(Month).match(value);
    if (!m.hasMatch())
        return false;
    const int month = m.captured(2).toInt();
    return month >= 1 && month <= 12;
}

constexpr int minYear = 1990;
constexpr int maxYear = 2100;

// Keeps the first fault met; everything read after it is ignored.
class Reader
{
public:
    bool failed() const { return m_fault.has_value(); }
    void fail(const QString& path, const QString& problem)
    {
        if (!m_fault)
            m_fault = BookFault{path, problem};
    }
    const BookFault& fault() const { return *m_fault; }

private:
    std::optional<BookFault> m_fault;
};

enum class Need
{
    Optional,
    Required
};

// One JSON object being read at `path`, with the keys it may hold.
class ObjectView
{
public:
    ObjectView(Reader& reader, QJsonObject object, QString path,
               std::initializer_list<const char*> allowed)
        : m_reader(reader), m_object(std::move(object)), m_path(std::move(path))
    {
        QSet<QString> known;
        for (const char* key : allowed)
            known.insert(QString::fromLatin1(key));
        const QStringList keys = m_object.keys(); // sorted: the first unknown key is reported
        for (const QString& key : keys) {
            if (!known.contains(key)) {
                m_reader.fail(pathOf(key),
                              QCoreApplication::translate("PledgeInterchange", "unknown key \"%1\"")
                                  .arg(key));
                break;
            }
        }
    }

    QString pathOf(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + u'.' + key;
    }
    QString pathOf(const char* key) const { return pathOf(QString::fromLatin1(key)); }

    // The value at `key`; nullopt (after reporting a missing required key) when absent or null.
    std::optional<QJsonValue> value(const char* key, Need need)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (need == Need::Required)
                m_reader.fail(pathOf(key), QCoreApplication::translate("PledgeInterchange",
                                                                       "this key is required"));
            return std::nullopt;
        }
        return v;
    }

    QString string(const char* key, Need need = Need::Optional)
    {
        const auto v = value(key, need);
        if (!v)
            return {};
        if (!v->isString()) {
            m_reader.fail(pathOf(key),
                          QCoreApplication::translate("PledgeInterchange", "expected text"));
            return {};
        }
        return v->toString();
    }

    std::optional<double> optionalNumber(const char* key, Need need = Need::Optional)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        if (!v->isDouble()) {
            m_reader.fail(pathOf(key),
                          QCoreApplication::translate("PledgeInterchange", "expected a number"));
            return std::nullopt;
        }
        return v->toDouble();
    }

    double amount(const char* key, Need need = Need::Optional)
    {
        const double value = optionalNumber(key, need).value_or(0);
        if (value < 0)
            m_reader.fail(pathOf(key),
                          QCoreApplication::translate("PledgeInterchange", "must not be negative"));
        return value;
    }

    int year(const char* key)
    {
        const auto v = optionalNumber(key, Need::Required);
        if (!v)
            return 0;
        if (*v != std::floor(*v) || *v < minYear || *v > maxYear) {
            m_reader.fail(pathOf(key),
                          QCoreApplication::translate("PledgeInterchange",
                                                      "%1 is not a year between %2 and %3")
                              .arg(formatNumber(*v))
                              .arg(minYear)
                              .arg(maxYear));
            return 0;
        }
        return int(*v);
    }

    bool boolean(const char* key, bool fallback)
    {
        const auto v = value(key, Need::Optional);
        if (!v)
            return fallback;
        if (!v->isBool()) {
            m_reader.fail(pathOf(key), QCoreApplication::translate("PledgeInterchange",
                                                                   "expected true or false"));
            return fallback;
        }
        return v->toBool();
    }

    template <typename E> E enumeration(const char* key, E fallback, Need need = Need::Optional)
    {
        if (!value(key, need))
            return fallback;
        const QString k = string(key, need);
        return enumValue<E>(pathOf(key), k, fallback);
    }

    template <typename E> E enumValue(const QString& path, const QString& k, E fallback)
    {
        if (m_reader.failed())
            return fallback;
        const auto e = fromKey<E>(k);
        if (!e) {
            m_reader.fail(
                path, QCoreApplication::translate("PledgeInterchange", "\"%1\" is not one of: %2")
                          .arg(k, EnumInfo<E>::keys().join(QStringLiteral(", "))));
            return fallback;
        }
        return *e;
    }

    QDate date(const char* key, Need need)
    {
        if (!value(key, need))
            return {};
        const QString s = string(key, need);
        if (m_reader.failed())
            return {};
        const QDate d = parseDay(s);
        if (!d.isValid())
            m_reader.fail(pathOf(key), QCoreApplication::translate(
                                           "PledgeInterchange", "\"%1\" is not a date (YYYY-MM-DD)")
                                           .arg(s));
        return d;
    }

    QJsonArray array(const char* key)
    {
        const auto v = value(key, Need::Optional);
        if (!v)
            return {};
        if (!v->isArray()) {
            m_reader.fail(pathOf(key), QCoreApplication::translate("PledgeInterchange",
                                                                   "expected a list [...]"));
            return {};
        }
        return v->toArray();
    }

    std::optional<QJsonObject> object(const char* key, Need need = Need::Optional)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        if (!v->isObject()) {
            m_reader.fail(pathOf(key), QCoreApplication::translate("PledgeInterchange",
                                                                   "expected an object {...}"));
            return std::nullopt;
        }
        return v->toObject();
    }

    // The element `index` of `array` (read from `key`), which must be an object.
    std::optional<QJsonObject> element(const QJsonArray& array, qsizetype index,
                                       const QString& arrayPath)
    {
        const QJsonValue v = array.at(index);
        if (!v.isObject()) {
            m_reader.fail(
                elementPath(arrayPath, index),
                QCoreApplication::translate("PledgeInterchange", "expected an object {...}"));
            return std::nullopt;
        }
        return v.toObject();
    }

    static QString elementPath(const QString& arrayPath, qsizetype index)
    {
        return arrayPath + u'[' + QString::number(index) + u']';
    }

    Reader& reader() { return m_reader; }

private:
    Reader& m_reader;
    QJsonObject m_object;
    QString m_path;
};

QString checkedCode(ObjectView& view, Pattern which)
{
    const QString code = view.string("code", Need::Required);
    if (view.reader().failed())
        return code;
    if (!matches(which, code)) {
        const char* problem =
            which == AreaCode ? QT_TRANSLATE_NOOP("PledgeInterchange",
                                                  "\"%1\" is not an area code (a number, e.g. 7)")
            : which == GoalCode
                ? QT_TRANSLATE_NOOP("PledgeInterchange",
                                    "\"%1\" is not a goal code (area-goal, e.g. 7-1)")
                : QT_TRANSLATE_NOOP("PledgeInterchange",
                                    "\"%1\" is not a pledge code (area-goal-item, e.g. 7-1-3)");
        view.reader().fail(view.pathOf("code"),
                           QCoreApplication::translate("PledgeInterchange", problem).arg(code));
    }
    return code;
}

QString checkedQuarter(ObjectView& view, const char* key)
{
    const QString q = view.string(key, Need::Required);
    if (!view.reader().failed() && !matches(Quarter, q))
        view.reader().fail(view.pathOf(key), QCoreApplication::translate(
                                                 "PledgeInterchange",
                                                 "\"%1\" is not a quarter (YYYY-Qn, e.g. 2022-Q3)")
                                                 .arg(q));
    return q;
}

QMap<int, double> readYearValues(ObjectView& parent, const char* key)
{
    QMap<int, double> values;
    const auto object = parent.object(key);
    if (!object)
        return values;
    const QString path = parent.pathOf(key);
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString itemPath = path + u'.' + it.key();
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || it.key().size() != 4 || year < minYear || year > maxYear) {
            parent.reader().fail(
                itemPath, QCoreApplication::translate("PledgeInterchange",
                                                      "\"%1\" is not a year between %2 and %3")
                              .arg(it.key())
                              .arg(minYear)
                              .arg(maxYear));
            break;
        }
        if (!it.value().isDouble()) {
            parent.reader().fail(
                itemPath, QCoreApplication::translate("PledgeInterchange", "expected a number"));
            break;
        }
        values.insert(year, it.value().toDouble());
    }
    return values;
}

Pledge readPledge(Reader& reader, const QJsonObject& object, const QString& path)
{
    ObjectView v(reader, object, path,
                 {"code", "title", "policy_goal", "timing", "bodies", "is_new", "budget_kind",
                  "required_budget", "status", "basis_date", "plan", "tasks", "budget", "progress",
                  "indicators", "departments"});
    Pledge p;
    p.code = checkedCode(v, PledgeCode);
    p.title = v.string("title", Need::Required);
    if (!reader.failed() && p.title.trimmed().isEmpty())
        reader.fail(v.pathOf("title"), QCoreApplication::translate("PledgeInterchange",
                                                                   "the title must not be empty"));
    if (!reader.failed() && p.title.size() > 500)
        reader.fail(v.pathOf("title"),
                    QCoreApplication::translate("PledgeInterchange",
                                                "the title is longer than 500 characters"));
    p.policyGoal = v.string("policy_goal");
    p.timing = v.enumeration("timing", Timing::WithinTerm);
    const QJsonArray bodies = v.array("bodies");
    for (qsizetype i = 0; i < bodies.size() && !reader.failed(); ++i) {
        const QString itemPath = ObjectView::elementPath(v.pathOf("bodies"), i);
        if (!bodies.at(i).isString()) {
            reader.fail(itemPath,
                        QCoreApplication::translate("PledgeInterchange", "expected text"));
            break;
        }
        switch (v.enumValue(itemPath, bodies.at(i).toString(), ExecutingBody::City)) {
        case ExecutingBody::National:
            p.bodyNational = true;
            break;
        case ExecutingBody::Province:
            p.bodyProvince = true;
            break;
        case ExecutingBody::City:
            p.bodyCity = true;
            break;
        case ExecutingBody::Private:
            p.bodyPrivate = true;
            break;
        }
    }
    p.isNew = v.boolean("is_new", true);
    p.budgetKind = v.enumeration("budget_kind", BudgetKind::Budget);
    p.requiredBudget = v.amount("required_budget");
    p.status = v.enumeration("status", PledgeStatus::OnTrack);
    p.basisDate = v.date("basis_date", Need::Optional);
    p.planHtml = v.string("plan");

    const QJsonArray tasks = v.array("tasks");
    for (qsizetype i = 0; i < tasks.size() && !reader.failed(); ++i) {
        const auto o = v.element(tasks, i, v.pathOf("tasks"));
        if (!o)
            break;
        ObjectView t(reader, *o, ObjectView::elementPath(v.pathOf("tasks"), i),
                     {"name", "start", "end", "note"});
        PledgeTask task;
        task.name = t.string("name", Need::Required);
        task.startQuarter = checkedQuarter(t, "start");
        task.endQuarter = checkedQuarter(t, "end");
        task.note = t.string("note");
        if (!reader.failed() && task.endQuarter < task.startQuarter)
            reader.fail(t.pathOf("end"),
                        QCoreApplication::translate("PledgeInterchange",
                                                    "the task ends (%1) before it starts (%2)")
                            .arg(task.endQuarter, task.startQuarter));
        p.tasks << task;
    }

    if (const auto budgetObject = v.object("budget")) {
        ObjectView b(reader, *budgetObject, v.pathOf("budget"),
                     {"prior", "after_term", "planned", "executed"});
        p.budgetPrior = b.amount("prior");
        p.budgetAfterTerm = b.amount("after_term");
        const QJsonArray planned = b.array("planned");
        QSet<std::pair<int, int>> seenCells;
        for (qsizetype i = 0; i < planned.size() && !reader.failed(); ++i) {
            const auto o = b.element(planned, i, b.pathOf("planned"));
            if (!o)
                break;
            ObjectView c(reader, *o, ObjectView::elementPath(b.pathOf("planned"), i),
                         {"source", "year", "amount"});
            BudgetCell cell;
            cell.source = c.enumeration("source", FundingSource::City, Need::Required);
            cell.year = c.year("year");
            cell.amount = c.amount("amount", Need::Required);
            if (!reader.failed() && seenCells.contains({int(cell.source), cell.year}))
                reader.fail(
                    c.pathOf("year"),
                    QCoreApplication::translate("PledgeInterchange", "a second amount for %1 in %2")
                        .arg(toKey(cell.source))
                        .arg(cell.year));
            seenCells.insert({int(cell.source), cell.year});
            p.planned << cell;
        }
        const QJsonArray executed = b.array("executed");
        QSet<int> seenYears;
        for (qsizetype i = 0; i < executed.size() && !reader.failed(); ++i) {
            const auto o = b.element(executed, i, b.pathOf("executed"));
            if (!o)
                break;
            ObjectView e(reader, *o, ObjectView::elementPath(b.pathOf("executed"), i),
                         {"year", "amount"});
            ExecutedAmount amount;
            amount.year = e.year("year");
            amount.amount = e.amount("amount", Need::Required);
            if (!reader.failed() && seenYears.contains(amount.year))
                reader.fail(e.pathOf("year"),
                            QCoreApplication::translate("PledgeInterchange",
                                                        "a second executed amount for %1")
                                .arg(amount.year));
            seenYears.insert(amount.year);
            p.executed << amount;
        }
    }

    const QJsonArray progress = v.array("progress");
    for (qsizetype i = 0; i < progress.size() && !reader.failed(); ++i) {
        const auto o = v.element(progress, i, v.pathOf("progress"));
        if (!o)
            break;
        ObjectView r(reader, *o, ObjectView::elementPath(v.pathOf("progress"), i),
                     {"date", "text"});
        ProgressRecord record;
        const QString date = r.string("date", Need::Required);
        record.text = r.string("text", Need::Required);
        if (reader.failed())
            break;
        const QStringList parts = date.split(u'/');
        const bool valid = (parts.size() == 1 || parts.size() == 2) &&
                           std::all_of(parts.cbegin(), parts.cend(), isMonthOrDay) &&
                           (parts.size() == 1 || parts.at(1) >= parts.at(0));
        if (!valid) {
            reader.fail(
                r.pathOf("date"),
                QCoreApplication::translate("PledgeInterchange",
                                            "\"%1\" is not a date (YYYY-MM, YYYY-MM-DD or FROM/TO)")
                    .arg(date));
            break;
        }
        record.dateFrom = parts.at(0);
        record.dateTo = parts.value(1);
        p.progress << record;
    }

    const QJsonArray indicators = v.array("indicators");
    for (qsizetype i = 0; i < indicators.size() && !reader.failed(); ++i) {
        const auto o = v.element(indicators, i, v.pathOf("indicators"));
        if (!o)
            break;
        ObjectView n(reader, *o, ObjectView::elementPath(v.pathOf("indicators"), i),
                     {"name", "unit", "kind", "baseline", "targets", "actuals"});
        Indicator indicator;
        indicator.name = n.string("name", Need::Required);
        indicator.unit = n.string("unit");
        indicator.kind = n.enumeration("kind", IndicatorKind::Cumulative);
        indicator.baseline = n.optionalNumber("baseline");
        indicator.targets = readYearValues(n, "targets");
        indicator.actuals = readYearValues(n, "actuals");
        p.indicators << indicator;
    }

    const QJsonArray departments = v.array("departments");
    for (qsizetype i = 0; i < departments.size() && !reader.failed(); ++i) {
        const auto o = v.element(departments, i, v.pathOf("departments"));
        if (!o)
            break;
        ObjectView d(
            reader, *o, ObjectView::elementPath(v.pathOf("departments"), i),
            {"role", "department", "team", "leader", "leader_phone", "officer", "officer_phone"});
        DepartmentContact contact;
        contact.role = d.enumeration("role", DepartmentRole::Lead);
        contact.department = d.string("department", Need::Required);
        contact.team = d.string("team");
        contact.leader = d.string("leader");
        contact.leaderPhone = d.string("leader_phone");
        contact.officer = d.string("officer");
        contact.officerPhone = d.string("officer_phone");
        p.departments << contact;
    }
    return p;
}

// Line and column (1-based, in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray& data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

// Where the string that is still open at `offset` began (for "unterminated string",
// which the parser notices only at the end of the file); `offset` when none is open.
qsizetype openStringStart(const QByteArray& data, qsizetype offset)
{
    bool inString = false;
    qsizetype start = offset;
    for (qsizetype i = 0; i < std::min(offset, data.size()); ++i) {
        const char c = data.at(i);
        if (inString && c == '\\')
            ++i;
        else if (c == '"') {
            inString = !inString;
            start = i;
        }
    }
    return inString ? start : offset;
}

} // namespace

Result<PledgeBook> bookFromJson(const QJsonObject& root, BookFault* fault)
{
    Reader reader;
    PledgeBook book;
    ObjectView top(reader, root, {}, {"format", "version", "term", "areas", "goals", "pledges"});
    // The format tag and version first: a file of another kind fails on them, not on a key.
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != formatTag()) {
        reader = Reader();
        reader.fail(QStringLiteral("format"),
                    QCoreApplication::translate("PledgeInterchange",
                                                "not an OpenMayor pledge file (expected \"%1\")")
                        .arg(formatTag()));
    } else if (const auto version = top.optionalNumber("version", Need::Required)) {
        if (*version > formatVersion)
            reader.fail(QStringLiteral("version"),
                        QCoreApplication::translate(
                            "PledgeInterchange",
                            "version %1 was written by a newer OpenMayor Studio; this one reads "
                            "version %2")
                            .arg(formatNumber(*version))
                            .arg(formatVersion));
        else if (*version != formatVersion)
            reader.fail(
                QStringLiteral("version"),
                QCoreApplication::translate("PledgeInterchange", "version %1 is not supported")
                    .arg(formatNumber(*version)));
    }

    if (const auto termObject = top.object("term")) {
        ObjectView t(reader, *termObject, QStringLiteral("term"), {"name", "start", "end"});
        book.term.name = t.string("name", Need::Required);
        book.term.start = t.date("start", Need::Required);
        book.term.end = t.date("end", Need::Required);
        if (!reader.failed() && book.term.name.trimmed().isEmpty())
            reader.fail(t.pathOf("name"),
                        QCoreApplication::translate("PledgeInterchange", "the term needs a name"));
        if (!reader.failed() && book.term.end <= book.term.start)
            reader.fail(
                t.pathOf("end"),
                QCoreApplication::translate("PledgeInterchange", "the term ends before it starts"));
    }

    QSet<QString> codes;
    const QJsonArray areas = top.array("areas");
    for (qsizetype i = 0; i < areas.size() && !reader.failed(); ++i) {
        const auto o = top.element(areas, i, QStringLiteral("areas"));
        if (!o)
            break;
        ObjectView a(reader, *o, ObjectView::elementPath(QStringLiteral("areas"), i),
                     {"code", "title"});
        PledgeArea area;
        area.code = checkedCode(a, AreaCode);
        area.title = a.string("title", Need::Required);
        if (!reader.failed() && codes.contains(area.code))
            reader.fail(a.pathOf("code"), QCoreApplication::translate("PledgeInterchange",
                                                                      "the code %1 appears twice")
                                              .arg(area.code));
        codes.insert(area.code);
        book.areas << area;
    }
    const QJsonArray goals = top.array("goals");
    for (qsizetype i = 0; i < goals.size() && !reader.failed(); ++i) {
        const auto o = top.element(goals, i, QStringLiteral("goals"));
        if (!o)
            break;
        ObjectView g(reader, *o, ObjectView::elementPath(QStringLiteral("goals"), i),
                     {"code", "title"});
        PledgeGoal goal;
        goal.code = checkedCode(g, GoalCode);
        goal.title = g.string("title", Need::Required);
        if (!reader.failed() && codes.contains(goal.code))
            reader.fail(g.pathOf("code"), QCoreApplication::translate("PledgeInterchange",
                                                                      "the code %1 appears twice")
                                              .arg(goal.code));
        codes.insert(goal.code);
        book.goals << goal;
    }
    const QJsonArray pledges = top.array("pledges");
    for (qsizetype i = 0; i < pledges.size() && !reader.failed(); ++i) {
        const QString path = ObjectView::elementPath(QStringLiteral("pledges"), i);
        const auto o = top.element(pledges, i, QStringLiteral("pledges"));
        if (!o)
            break;
        Pledge pledge = readPledge(reader, *o, path);
        if (!reader.failed() && codes.contains(pledge.code))
            reader.fail(
                path + QStringLiteral(".code"),
                QCoreApplication::translate("PledgeInterchange", "the code %1 appears twice")
                    .arg(pledge.code));
        codes.insert(pledge.code);
        book.pledges << pledge;
    }

    if (reader.failed()) {
        if (fault)
            *fault = reader.fault();
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("PledgeInterchange", "Pledge file, %1: %2")
                         .arg(reader.fault().path, reader.fault().problem));
    }
    return book;
}

Result<PledgeBook> parseJson(const QByteArray& data)
{
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a BOM added by a Windows editor
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype at = error.error == QJsonParseError::UnterminatedString
                                 ? openStringStart(text, error.offset)
                                 : error.offset;
        const auto [line, column] = lineAndColumn(text, at);
        return Error(
            Error::Kind::Invalid,
            QCoreApplication::translate(
                "PledgeInterchange", "The pledge file is not valid JSON: %1 at line %2, column %3.")
                .arg(error.errorString())
                .arg(line)
                .arg(column));
    }
    if (!document.isObject())
        return Error(
            Error::Kind::Invalid,
            QCoreApplication::translate(
                "PledgeInterchange", "The pledge file is not valid JSON: %1 at line %2, column %3.")
                .arg(QCoreApplication::translate("PledgeInterchange", "expected an object {...}"))
                .arg(1)
                .arg(1));
    return bookFromJson(document.object());
}

} // namespace openmayor::interchange

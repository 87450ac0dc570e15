#include "pledgecsv.h"

#include "pledgeinterchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace openmayor::interchange {

namespace {

const char* const cp949Name = "windows-949"; // ICU's full CP949 (see ENV.md)

// ------------------------------------------------------------------------ columns

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

// Columns an import cannot do without (the others take their defaults).
QStringList requiredColumns(const QString& suffix)
{
    if (suffix.isEmpty())
        return columns({"code", "title"});
    if (suffix == u"-term")
        return columns({"name", "start", "end"});
    if (suffix == u"-areas" || suffix == u"-goals")
        return columns({"code", "title"});
    if (suffix == u"-indicators" || suffix == u"-tasks")
        return columns({"pledge_code", "name"});
    if (suffix == u"-departments")
        return columns({"pledge_code", "department"});
    return partColumns().value(suffix);
}

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

// ------------------------------------------------------------------------ reading

struct Record
{
    int line = 0;
    QStringList fields;
};

Result<QList<Record>> parseRecords(const QString& text, const QString& fileName)
{
    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool fieldQuoted = false;
    record.line = 1;
    auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records << record;
        record = Record{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                    ++i;
                field += u'\n'; // CRLF inside a cell reads as LF
                ++line;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "PledgeCsv", "%1, line %2: a quoted cell is not closed (a \" is missing).")
                         .arg(fileName)
                         .arg(quoteLine));
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldQuoted)
        endRecord();
    return records;
}

// Where a value of the book came from.
struct Location
{
    QString file;
    int line = 0;
    QString column;
};

QString locate(const Location& where, const QString& problem)
{
    if (where.column.isEmpty())
        return QCoreApplication::translate("PledgeCsv", "%1, line %2: %3")
            .arg(where.file)
            .arg(where.line)
            .arg(problem);
    return QCoreApplication::translate("PledgeCsv", "%1, line %2, column \"%3\": %4")
        .arg(where.file)
        .arg(where.line)
        .arg(where.column, problem);
}

Error csvError(const Location& where, const QString& problem)
{
    return Error(Error::Kind::Invalid, locate(where, problem));
}

// One data row of a file, read by column name into a JSON object shaped like §5a.
class Row
{
public:
    Row(const Record& record, const QHash<QString, int>& header, QString file, QString path,
        QHash<QString, Location>& locations)
        : m_record(record), m_header(header), m_file(std::move(file)), m_path(std::move(path)),
          m_locations(locations)
    {
        m_locations.insert(m_path, {m_file, m_record.line, {}});
    }

    bool has(const QString& column) const { return m_header.contains(column); }
    QString cell(const QString& column) const
    {
        return m_record.fields.value(m_header.value(column, -1));
    }
    Location where(const QString& column) const { return {m_file, m_record.line, column}; }

    enum class Kind
    {
        Text,
        OptionalText,
        Number,
        Bool,
        List
    };
    // Puts the cell of `column` at `key` (a dotted path below the row's object).
    void take(QJsonObject& object, const char* column, Kind kind, const char* key = nullptr)
    {
        take(object, QString::fromLatin1(column), kind, QString::fromLatin1(key ? key : column));
    }
    void take(QJsonObject& object, const QString& column, Kind kind, const QString& key)
    {
        m_locations.insert(m_path + u'.' + key, where(column));
        if (!has(column))
            return;
        const QString value = kind == Kind::Text ? cell(column) : cell(column).trimmed();
        if (value.isEmpty() && kind != Kind::Text)
            return;
        QJsonValue json = value;
        if (kind == Kind::Number) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (ok)
                json = number;
        } else if (kind == Kind::Bool) {
            const QString lower = value.toLower();
            if (lower == u"true" || lower == u"1")
                json = true;
            else if (lower == u"false" || lower == u"0")
                json = false;
        } else if (kind == Kind::List) {
            QJsonArray list;
            for (const QString& item : value.split(u';', Qt::SkipEmptyParts))
                if (!item.trimmed().isEmpty())
                    list.append(item.trimmed());
            json = list;
        }
        setPath(object, key.split(u'.'), json);
    }

private:
    static void setPath(QJsonObject& object, QStringList keys, const QJsonValue& value)
    {
        const QString first = keys.takeFirst();
        if (keys.isEmpty()) {
            object.insert(first, value);
            return;
        }
        QJsonObject inner = object.value(first).toObject();
        setPath(inner, keys, value);
        object.insert(first, inner);
    }

    const Record& m_record;
    const QHash<QString, int>& m_header;
    QString m_file;
    QString m_path;
    QHash<QString, Location>& m_locations;
};

struct Table
{
    QString file;
    QHash<QString, int> header;
    QList<Record> rows;
};

Result<Table> readTable(const QByteArray& bytes, const QString& file, const QString& suffix)
{
    auto records = parseRecords(decodeCsvText(bytes), file);
    if (!records)
        return records.error();
    Table table;
    table.file = file;
    if (records->isEmpty())
        return csvError({file, 1, {}},
                        QCoreApplication::translate("PledgeCsv", "the header row is missing"));
    const Record header = records->takeFirst();
    const QStringList known = suffix.isEmpty() ? pledgeColumns() : partColumns().value(suffix);
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        const bool yearColumn = suffix == u"-indicators" &&
                                (name.startsWith(u"target_") || name.startsWith(u"actual_"));
        if (!known.contains(name) && !yearColumn)
            return csvError({file, header.line, name},
                            QCoreApplication::translate("PledgeCsv", "unknown column"));
        if (table.header.contains(name))
            return csvError({file, header.line, name},
                            QCoreApplication::translate("PledgeCsv", "the column appears twice"));
        table.header.insert(name, i);
    }
    for (const QString& required : requiredColumns(suffix))
        if (!table.header.contains(required))
            return csvError({file, header.line, required},
                            QCoreApplication::translate("PledgeCsv", "this column is missing"));
    for (const Record& record : std::as_const(*records)) {
        for (qsizetype i = header.fields.size(); i < record.fields.size(); ++i)
            if (!record.fields.at(i).trimmed().isEmpty())
                return csvError({file, record.line, {}},
                                QCoreApplication::translate(
                                    "PledgeCsv", "the row has more cells than the header"));
        table.rows << record;
    }
    return table;
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

QString decodeCsvText(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder cp949(cp949Name);
    return cp949.isValid() ? cp949(bytes) : text;
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

Result<PledgeBook> parseCsvFiles(const QMap<QString, QByteArray>& files, const QString& baseName)
{
    QHash<QString, Table> tables;
    for (const QString& suffix : csvPartSuffixes()) {
        const QString name = baseName + suffix + QStringLiteral(".csv");
        if (!files.contains(name)) {
            if (suffix.isEmpty())
                return Error(Error::Kind::NotFound,
                             QCoreApplication::translate("PledgeCsv", "%1 is missing.").arg(name));
            continue;
        }
        auto table = readTable(files.value(name), name, suffix);
        if (!table)
            return table.error();
        tables.insert(suffix, *table);
    }

    using Kind = Row::Kind;
    QHash<QString, Location> locations;
    QJsonObject root{{QStringLiteral("format"), formatTag()},
                     {QStringLiteral("version"), formatVersion}};

    if (tables.contains(QStringLiteral("-term"))) {
        const Table& t = tables[QStringLiteral("-term")];
        if (t.rows.size() > 1)
            return csvError({t.file, t.rows.at(1).line, {}},
                            QCoreApplication::translate("PledgeCsv", "there can be only one term"));
        if (!t.rows.isEmpty()) {
            QJsonObject term;
            Row row(t.rows.first(), t.header, t.file, QStringLiteral("term"), locations);
            row.take(term, "name", Kind::Text);
            row.take(term, "start", Kind::OptionalText);
            row.take(term, "end", Kind::OptionalText);
            root.insert(QStringLiteral("term"), term);
        }
    }
    for (const char* key : {"areas", "goals"}) {
        const QString name = QString::fromLatin1(key);
        const auto it = tables.constFind(u'-' + name);
        if (it == tables.cend())
            continue;
        QJsonArray array;
        for (const Record& record : it->rows) {
            QJsonObject object;
            Row row(record, it->header, it->file,
                    name + u'[' + QString::number(array.size()) + u']', locations);
            row.take(object, "code", Kind::OptionalText);
            row.take(object, "title", Kind::Text);
            array.append(object);
        }
        root.insert(name, array);
    }

    const Table& main = tables[QString()];
    QList<QJsonObject> pledges;
    QHash<QString, int> indexByCode;
    for (const Record& record : main.rows) {
        const int index = int(pledges.size());
        QJsonObject p;
        Row row(record, main.header, main.file, QStringLiteral("pledges[%1]").arg(index),
                locations);
        row.take(p, "code", Kind::OptionalText);
        row.take(p, "title", Kind::Text);
        row.take(p, "policy_goal", Kind::Text);
        row.take(p, "timing", Kind::OptionalText);
        row.take(p, "bodies", Kind::List);
        row.take(p, "is_new", Kind::Bool);
        row.take(p, "budget_kind", Kind::OptionalText);
        row.take(p, "required_budget", Kind::Number);
        row.take(p, "budget_prior", Kind::Number, "budget.prior");
        row.take(p, "budget_after_term", Kind::Number, "budget.after_term");
        row.take(p, "status", Kind::OptionalText);
        row.take(p, "basis_date", Kind::OptionalText);
        row.take(p, "plan", Kind::Text);
        const QString code = row.cell(QStringLiteral("code")).trimmed();
        if (!indexByCode.contains(code))
            indexByCode.insert(code, index);
        pledges << p;
    }

    // The part files: each row goes to the pledge named in pledge_code.
    struct Part
    {
        const char* suffix;
        const char* key; // array key under the pledge ("budget.planned": inside budget)
        std::function<void(Row&, QJsonObject&)> read;
    };
    const Part parts[] = {
        {"-tasks", "tasks",
         [](Row& r, QJsonObject& o) {
             r.take(o, "name", Kind::Text);
             r.take(o, "start", Kind::OptionalText);
             r.take(o, "end", Kind::OptionalText);
             r.take(o, "note", Kind::Text);
         }},
        {"-budget", "budget.planned",
         [](Row& r, QJsonObject& o) {
             r.take(o, "source", Kind::OptionalText);
             r.take(o, "year", Kind::Number);
             r.take(o, "amount", Kind::Number);
         }},
        {"-executed", "budget.executed",
         [](Row& r, QJsonObject& o) {
             r.take(o, "year", Kind::Number);
             r.take(o, "amount", Kind::Number);
         }},
        {"-progress", "progress",
         [](Row& r, QJsonObject& o) {
             r.take(o, "date", Kind::OptionalText);
             r.take(o, "text", Kind::Text);
         }},
        {"-indicators", "indicators",
         [&](Row& r, QJsonObject& o) {
             r.take(o, "name", Kind::Text);
             r.take(o, "unit", Kind::Text);
             r.take(o, "kind", Kind::OptionalText);
             r.take(o, "baseline", Kind::Number);
             for (auto it = tables[QStringLiteral("-indicators")].header.cbegin();
                  it != tables[QStringLiteral("-indicators")].header.cend(); ++it) {
                 const QString& column = it.key();
                 if (column.startsWith(u"target_"))
                     r.take(o, column, Kind::Number, QStringLiteral("targets.") + column.mid(7));
                 else if (column.startsWith(u"actual_"))
                     r.take(o, column, Kind::Number, QStringLiteral("actuals.") + column.mid(7));
             }
         }},
        {"-departments", "departments",
         [](Row& r, QJsonObject& o) {
             r.take(o, "role", Kind::OptionalText);
             r.take(o, "department", Kind::Text);
             r.take(o, "team", Kind::Text);
             r.take(o, "leader", Kind::Text);
             r.take(o, "leader_phone", Kind::Text);
             r.take(o, "officer", Kind::Text);
             r.take(o, "officer_phone", Kind::Text);
         }},
    };
    for (const Part& part : parts) {
        const auto it = tables.constFind(QString::fromLatin1(part.suffix));
        if (it == tables.cend())
            continue;
        const QStringList keys = QString::fromLatin1(part.key).split(u'.');
        QHash<int, QJsonArray> arrays; // pledge index → rows of this part
        for (const Record& record : it->rows) {
            const QString code =
                record.fields.value(it->header.value(QStringLiteral("pledge_code"))).trimmed();
            if (!indexByCode.contains(code))
                return csvError(
                    {it->file, record.line, QStringLiteral("pledge_code")},
                    QCoreApplication::translate("PledgeCsv", "there is no pledge \"%1\" in %2")
                        .arg(code, main.file));
            const int index = indexByCode.value(code);
            QJsonArray& array = arrays[index];
            QJsonObject object;
            Row row(record, it->header, it->file,
                    QStringLiteral("pledges[%1].%2[%3]")
                        .arg(index)
                        .arg(QString::fromLatin1(part.key))
                        .arg(array.size()),
                    locations);
            part.read(row, object);
            array.append(object);
        }
        for (auto a = arrays.cbegin(); a != arrays.cend(); ++a) {
            QJsonObject& pledge = pledges[a.key()];
            if (keys.size() == 1) {
                pledge.insert(keys.first(), a.value());
            } else {
                QJsonObject inner = pledge.value(keys.first()).toObject();
                inner.insert(keys.last(), a.value());
                pledge.insert(keys.first(), inner);
            }
        }
    }
    QJsonArray pledgeArray;
    for (const QJsonObject& p : std::as_const(pledges))
        pledgeArray.append(p);
    root.insert(QStringLiteral("pledges"), pledgeArray);

    BookFault fault;
    auto book = bookFromJson(root, &fault);
    if (book)
        return book;
    // Name the cell at fault: the longest registered prefix of the fault's path.
    QString path = fault.path;
    while (!path.isEmpty() && !locations.contains(path)) {
        const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
        path = cut > 0 ? path.left(cut) : QString();
    }
    if (path.isEmpty())
        return book.error();
    return csvError(locations.value(path), fault.problem);
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

Result<PledgeBook> importCsv(const QString& mainPath)
{
    const QFileInfo info(mainPath);
    QMap<QString, QByteArray> files;
    for (const QString& suffix : csvPartSuffixes()) {
        const QString name = info.completeBaseName() + suffix + QStringLiteral(".csv");
        QFile file(suffix.isEmpty() ? mainPath : info.dir().filePath(name));
        if (!file.exists() && !suffix.isEmpty())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("PledgeCsv", "Cannot read %1.")
                             .arg(QDir::toNativeSeparators(file.fileName())),
                         file.errorString());
        files.insert(name, file.readAll());
    }
    return parseCsvFiles(files, info.completeBaseName());
}

} // namespace openmayor::interchange

// Reading the CSV set: decodeCsvText(), parseCsvFiles() and importCsv() of pledgecsv.h.
#include "pledgecsv.h"

#include "pledgecsvsupport.h"
#include "pledgeinterchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <functional>

namespace openmayor::interchange {

using namespace csvdetail;

namespace {

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

// Writing the interchange format (reading: pledgeinterchangereader.cpp).
#include "pledgeinterchange.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace openmayor::interchange {

namespace {

// ----------------------------------------------------------------------------- writing

// A JSON value whose object members keep the order they were added in (QJsonObject sorts
// its keys, §5a has its own order).
class Node
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    static Node null() { return Node(Type::Null); }
    static Node boolean(bool value)
    {
        Node n(Type::Bool);
        n.m_bool = value;
        return n;
    }
    static Node number(double value)
    {
        Node n(Type::Number);
        n.m_number = value;
        return n;
    }
    static Node string(const QString& value)
    {
        Node n(Type::String);
        n.m_string = value;
        return n;
    }
    static Node array() { return Node(Type::Array); }
    static Node object() { return Node(Type::Object); }

    Node& append(Node item)
    {
        m_items.push_back(std::move(item));
        return *this;
    }
    Node& insert(const char* key, Node value)
    {
        m_members.emplace_back(QString::fromLatin1(key), std::move(value));
        return *this;
    }
    Node& insert(const QString& key, Node value)
    {
        m_members.emplace_back(key, std::move(value));
        return *this;
    }

    void write(QByteArray& out, int level, bool forceMultiline = false) const
    {
        switch (m_type) {
        case Type::Null:
            out += "null";
            return;
        case Type::Bool:
            out += m_bool ? "true" : "false";
            return;
        case Type::Number:
            out += std::isfinite(m_number) ? formatNumber(m_number).toLatin1() : QByteArray("null");
            return;
        case Type::String:
            writeString(out, m_string);
            return;
        case Type::Array:
        case Type::Object:
            break;
        }
        const bool isArray = m_type == Type::Array;
        const size_t count = isArray ? m_items.size() : m_members.size();
        const char open = isArray ? '[' : '{';
        const char close = isArray ? ']' : '}';
        if (count == 0) {
            out += open;
            out += close;
            return;
        }
        bool inline_ = !forceMultiline;
        for (size_t i = 0; i < count && inline_; ++i)
            inline_ = (isArray ? m_items[i] : m_members[i].second).isScalar();
        out += open;
        for (size_t i = 0; i < count; ++i) {
            if (inline_) {
                if (i > 0)
                    out += ", ";
            } else {
                out += i > 0 ? ",\n" : "\n";
                out += QByteArray(2 * (level + 1), ' ');
            }
            if (isArray) {
                m_items[i].write(out, level + 1);
            } else {
                writeString(out, m_members[i].first);
                out += ": ";
                m_members[i].second.write(out, level + 1);
            }
        }
        if (!inline_) {
            out += '\n';
            out += QByteArray(2 * level, ' ');
        }
        out += close;
    }

private:
    explicit Node(Type type) : m_type(type) {}
    bool isScalar() const { return m_type != Type::Array && m_type != Type::Object; }

    static void writeString(QByteArray& out, const QString& text)
    {
        QString escaped;
        escaped.reserve(text.size() + 2);
        escaped += u'"';
        for (const QChar c : text) {
            switch (c.unicode()) {
            case u'"':
                escaped += u"\\\"";
                break;
            case u'\\':
                escaped += u"\\\\";
                break;
            case u'\n':
                escaped += u"\\n";
                break;
            case u'\r':
                escaped += u"\\r";
                break;
            case u'\t':
                escaped += u"\\t";
                break;
            case u'\b':
                escaped += u"\\b";
                break;
            case u'\f':
                escaped += u"\\f";
                break;
            default:
                if (c.unicode() < 0x20)
                    escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    escaped += c;
            }
        }
        escaped += u'"';
        out += escaped.toUtf8();
    }

    Type m_type;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    std::vector<Node> m_items;
    std::vector<std::pair<QString, Node>> m_members;
};

Node text(const QString& value)
{
    return Node::string(value);
}

Node yearValues(const QMap<int, double>& values)
{
    Node object = Node::object();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(QString::number(it.key()), Node::number(it.value()));
    return object;
}

Node pledgeNode(const Pledge& p)
{
    Node bodies = Node::array();
    const std::pair<bool, ExecutingBody> flags[] = {{p.bodyNational, ExecutingBody::National},
                                                    {p.bodyProvince, ExecutingBody::Province},
                                                    {p.bodyCity, ExecutingBody::City},
                                                    {p.bodyPrivate, ExecutingBody::Private}};
    for (const auto& [set, body] : flags)
        if (set)
            bodies.append(text(toKey(body)));

    Node tasks = Node::array();
    for (const PledgeTask& t : p.tasks)
        tasks.append(Node::object()
                         .insert("name", text(t.name))
                         .insert("start", text(t.startQuarter))
                         .insert("end", text(t.endQuarter))
                         .insert("note", text(t.note)));

    QList<BudgetCell> planned = p.planned;
    std::stable_sort(planned.begin(), planned.end(), [](const BudgetCell& a, const BudgetCell& b) {
        return std::pair(a.year, int(a.source)) < std::pair(b.year, int(b.source));
    });
    Node plannedNode = Node::array();
    for (const BudgetCell& c : std::as_const(planned))
        plannedNode.append(Node::object()
                               .insert("source", text(toKey(c.source)))
                               .insert("year", Node::number(c.year))
                               .insert("amount", Node::number(c.amount)));
    QList<ExecutedAmount> executed = p.executed;
    std::stable_sort(
        executed.begin(), executed.end(),
        [](const ExecutedAmount& a, const ExecutedAmount& b) { return a.year < b.year; });
    Node executedNode = Node::array();
    for (const ExecutedAmount& e : std::as_const(executed))
        executedNode.append(Node::object()
                                .insert("year", Node::number(e.year))
                                .insert("amount", Node::number(e.amount)));
    Node budget = Node::object()
                      .insert("prior", Node::number(p.budgetPrior))
                      .insert("after_term", Node::number(p.budgetAfterTerm))
                      .insert("planned", std::move(plannedNode))
                      .insert("executed", std::move(executedNode));

    Node progress = Node::array();
    for (const ProgressRecord& r : p.progress)
        progress.append(Node::object()
                            .insert("date", text(r.dateTo.isEmpty() ? r.dateFrom
                                                                    : r.dateFrom + u'/' + r.dateTo))
                            .insert("text", text(r.text)));

    Node indicators = Node::array();
    for (const Indicator& ind : p.indicators)
        indicators.append(
            Node::object()
                .insert("name", text(ind.name))
                .insert("unit", text(ind.unit))
                .insert("kind", text(toKey(ind.kind)))
                .insert("baseline", ind.baseline ? Node::number(*ind.baseline) : Node::null())
                .insert("targets", yearValues(ind.targets))
                .insert("actuals", yearValues(ind.actuals)));

    Node departments = Node::array();
    for (const DepartmentContact& d : p.departments)
        departments.append(Node::object()
                               .insert("role", text(toKey(d.role)))
                               .insert("department", text(d.department))
                               .insert("team", text(d.team))
                               .insert("leader", text(d.leader))
                               .insert("leader_phone", text(d.leaderPhone))
                               .insert("officer", text(d.officer))
                               .insert("officer_phone", text(d.officerPhone)));

    return Node::object()
        .insert("code", text(p.code))
        .insert("title", text(p.title))
        .insert("policy_goal", text(p.policyGoal))
        .insert("timing", text(toKey(p.timing)))
        .insert("bodies", std::move(bodies))
        .insert("is_new", Node::boolean(p.isNew))
        .insert("budget_kind", text(toKey(p.budgetKind)))
        .insert("required_budget", Node::number(p.requiredBudget))
        .insert("status", text(toKey(p.status)))
        .insert("basis_date",
                p.basisDate.isValid() ? text(p.basisDate.toString(Qt::ISODate)) : Node::null())
        .insert("plan", text(p.planHtml))
        .insert("tasks", std::move(tasks))
        .insert("budget", std::move(budget))
        .insert("progress", std::move(progress))
        .insert("indicators", std::move(indicators))
        .insert("departments", std::move(departments));
}

template <typename T> QList<T> sortedByCode(QList<T> list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const T& a, const T& b) { return codeLessThan(a.code, b.code); });
    return list;
}

} // namespace

QString formatTag()
{
    return QStringLiteral("openmayor-pledges");
}

QString formatNumber(double value)
{
    if (value == 0 || !std::isfinite(value))
        return QStringLiteral("0"); // also turns -0 into 0
    char buffer[400];
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (error != std::errc())
        return QString::number(value, 'g', std::numeric_limits<double>::max_digits10);
    return QString::fromLatin1(buffer, end - buffer);
}

QByteArray exportJson(const PledgeBook& book)
{
    Node term = book.hasTerm() ? Node::object()
                                     .insert("name", text(book.term.name))
                                     .insert("start", text(book.term.start.toString(Qt::ISODate)))
                                     .insert("end", text(book.term.end.toString(Qt::ISODate)))
                               : Node::null();
    Node areas = Node::array();
    for (const PledgeArea& a : sortedByCode(book.areas))
        areas.append(Node::object().insert("code", text(a.code)).insert("title", text(a.title)));
    Node goals = Node::array();
    for (const PledgeGoal& g : sortedByCode(book.goals))
        goals.append(Node::object().insert("code", text(g.code)).insert("title", text(g.title)));
    Node pledges = Node::array();
    for (const Pledge& p : sortedByCode(book.pledges))
        pledges.append(pledgeNode(p));

    Node root = Node::object()
                    .insert("format", text(formatTag()))
                    .insert("version", Node::number(formatVersion))
                    .insert("term", std::move(term))
                    .insert("areas", std::move(areas))
                    .insert("goals", std::move(goals))
                    .insert("pledges", std::move(pledges));
    QByteArray out;
    root.write(out, 0, true);
    out += '\n';
    return out;
}

} // namespace openmayor::interchange

#include "datagenerator.h"

#include "domain/fulfilment.h"
#include "domain/pledge.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace openmayor {

namespace {

// How many rows of each kind a size writes.
struct Plan
{
    int areas;
    int goalsPerArea;
    int pledgesPerGoal;
    int events;
    int releases;
    int speeches;
    int activities;
    int media;
};

Plan planFor(DataGenerator::Size size)
{
    switch (size) {
    case DataGenerator::Size::Tiny:
        return {2, 2, 2, 300, 100, 20, 20, 10};
    case DataGenerator::Size::Small:
        return {5, 2, 5, 600, 200, 50, 50, 20};
    case DataGenerator::Size::Large:
        return {10, 5, 10, 100000, 20000, 2000, 5000, 500};
    }
    return {};
}

// The fictional present of the data: the end of the term. Pledge cards are rated to it,
// every quarterly period up to it is published, and schedule events after it are planned.
const QDate today(2026, 6, 30);
const QDate termStart(2022, 7, 1);
const QDate termEnd(2026, 6, 30);
constexpr int firstYear = 2022;
constexpr int lastYear = 2026;
constexpr quint32 seed = 20220701;

// Vocabulary of the city's administrative Korean, for titles, bodies and descriptions.
const char16_t* const nouns[] = {
    u"나주시",   u"시민",     u"주민",     u"읍면동",   u"행정복지센터", u"혁신도시", u"빛가람동",
    u"영산강",   u"정원",     u"나주배",   u"농업인",   u"청년",         u"어르신",   u"아동",
    u"가족",     u"소상공인", u"전통시장", u"관광객",   u"문화유산",     u"나주읍성", u"축제",
    u"공공기관", u"에너지",   u"일자리",   u"창업",     u"기업",         u"투자",     u"협약",
    u"예산",     u"국비",     u"도비",     u"사업",     u"계획",         u"용역",     u"설명회",
    u"간담회",   u"토론회",   u"공청회",   u"현장",     u"점검",         u"안전",     u"재난",
    u"폭염",     u"한파",     u"방역",     u"보건소",   u"복지",         u"돌봄",     u"교육",
    u"도서관",   u"체육",     u"생활체육", u"공원",     u"도로",         u"교통",     u"버스",
    u"주차장",   u"상하수도", u"환경",     u"탄소중립", u"재생에너지",   u"스마트팜", u"로컬푸드",
    u"수출",     u"유통",     u"판로",     u"홍보",     u"누리집",       u"콘텐츠",   u"공약",
    u"이행",     u"평가단",   u"자문회의", u"성과",     u"지표",         u"목표",     u"실적",
    u"추진상황", u"의견",     u"제안",     u"민원",     u"소통",         u"참여",     u"협력",
    u"지원",     u"확대",     u"개선",     u"조성",     u"운영",         u"구축",     u"추진",
    u"개최",     u"마련",     u"발표",     u"선정",     u"모집",         u"지역경제", u"상생",
    u"균형발전", u"인구",     u"정주여건", u"주거",     u"청년주택",     u"마을",     u"공동체",
    u"자원봉사", u"장애인",   u"다문화",
};

const char16_t* const verbsPolite[] = {
    u"추진합니다.",
    u"운영할 계획입니다.",
    u"마련했습니다.",
    u"확대할 예정입니다.",
    u"개최했습니다.",
    u"지원하고 있습니다.",
    u"점검했습니다.",
    u"협력하기로 했습니다.",
    u"공개했습니다.",
    u"선정되었습니다.",
    u"차질 없이 추진하겠습니다.",
};

const char16_t* const verbsPress[] = {
    u"밝혔다.",   u"추진한다고 밝혔다.",   u"개최했다고 전했다.", u"마련했다.",
    u"확대한다.", u"선정됐다고 밝혔다.",   u"운영한다고 밝혔다.", u"협약을 체결했다.",
    u"강조했다.", u"계획이라고 설명했다.", u"기대된다.",
};

const char16_t* const places[] = {
    u"시청 대회의실",    u"시청 중회의실",
    u"시장실",           u"빛가람동 행정복지센터",
    u"나주읍성 남고문",  u"영산강 둔치",
    u"농업기술센터",     u"나주종합스포츠파크",
    u"나주문화예술회관", u"빛가람혁신도시 공동혁신센터",
    u"금천면 배 과수원", u"정부세종청사",
    u"전라남도청",       u"나주 청년창업지원센터",
    u"송월동 경로당",    u"나주시노인복지관",
};

const char16_t* const categories[] = {u"회의",     u"행사",     u"간담회", u"시민소통",
                                      u"현장점검", u"대외협력", u"언론",   u"보고"};

const char16_t* const departments[] = {
    u"정책홍보실", u"총무과",     u"기획예산실", u"일자리경제과", u"농식품유통과",
    u"정원산업과", u"안전총괄과", u"문화예술과", u"관광과",       u"노인장애인과",
    u"여성가족과", u"도서관과",   u"도시과",     u"건설과",       u"환경관리과",
};

const char16_t* const teams[] = {u"정책개발팀", u"홍보기획팀", u"뉴미디어홍보팀", u"기획팀",
                                 u"지원팀",     u"운영팀",     u"사업팀",         u"관리팀"};

const char16_t* const familyNames[] = {u"김", u"이", u"박", u"최", u"정", u"강", u"조",
                                       u"윤", u"장", u"임", u"오", u"신", u"홍", u"유"};
const char16_t* const givenNames[] = {u"지인", u"상덕", u"해준", u"신재", u"세창", u"기훈",
                                      u"상식", u"성범", u"정남", u"지원", u"현진", u"재학",
                                      u"민서", u"도윤", u"서연", u"하준", u"수빈", u"예준"};

const char16_t* const units[] = {u"회", u"건", u"명", u"개소", u"%", u"km", u"억원", u"ha"};

template <typename T, size_t N> constexpr int countOf(const T (&)[N])
{
    return int(N);
}

// UTF-8 size of Korean text: Hangul and CJK punctuation take 3 bytes, ASCII one.
qint64 utf8Size(const QString& text)
{
    qint64 n = 0;
    for (const QChar c : text)
        n += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : 3;
    return n;
}

QString isoTimestamp(const QDate& date, int hour, int minute)
{
    return date.toString(Qt::ISODate) + QStringLiteral("T%1:%2:00.000Z")
                                            .arg(hour, 2, 10, QChar(u'0'))
                                            .arg(minute, 2, 10, QChar(u'0'));
}

class Random
{
public:
    explicit Random(quint32 s) : m_rng(s) {}

    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); }
    double real(double low, double high) { return low + m_rng.generateDouble() * (high - low); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template <size_t N> QString pick(const char16_t* const (&list)[N])
    {
        return QString::fromUtf16(list[m_rng.bounded(quint32(N))]);
    }

    // A version 4 UUID drawn from the seeded generator: same size, same ids.
    QString id()
    {
        const quint32 a = m_rng.generate(), b = m_rng.generate(), c = m_rng.generate(),
                      d = m_rng.generate();
        const QUuid uuid(a, ushort(b >> 16), ushort((b & 0x0fff) | 0x4000),
                         uchar(((c >> 24) & 0x3f) | 0x80), uchar(c >> 16), uchar(c >> 8), uchar(c),
                         uchar(d >> 24), uchar(d >> 16), uchar(d >> 8), uchar(d));
        return uuid.toString(QUuid::WithoutBraces);
    }

    // An office-hours UTC timestamp up to `daysBack` days before `day`.
    QString timestamp(const QDate& day, int daysBack)
    {
        const QDate date = day.addDays(-between(0, daysBack));
        const int hour = between(8, 18);
        return isoTimestamp(date, hour, between(0, 59));
    }

    QString hex(int digits)
    {
        QString s;
        s.reserve(digits);
        for (int i = 0; i < digits; ++i)
            s += QChar(u"0123456789abcdef"[m_rng.bounded(16u)]);
        return s;
    }

    // Draws happen in statement order (the order of function arguments is unspecified),
    // so every compiler writes the same data.
    QString personName()
    {
        const QString family = pick(familyNames);
        return family + pick(givenNames);
    }
    QString phone() { return QStringLiteral("061-339-%1").arg(between(8000, 8999)); }

    // Words joined by spaces, between `minChars` and `maxChars` characters long.
    QString phrase(int minChars, int maxChars)
    {
        const int target = between(minChars, maxChars);
        QString s;
        s.reserve(maxChars + 8);
        while (s.size() < target) {
            const QString word = pick(nouns);
            if (!s.isEmpty() && s.size() + 1 + word.size() > maxChars) {
                if (s.size() >= minChars)
                    break;
                continue; // a shorter word may still fit
            }
            if (!s.isEmpty())
                s += u' ';
            s += word;
        }
        return s;
    }

    QString title(int minChars, int maxChars)
    {
        // Press-style titles often start with the city's name.
        if (chance(0.4))
            return QStringLiteral("나주시, ") + phrase(minChars - 5, maxChars - 5);
        return phrase(minChars, maxChars);
    }

    QString sentence(bool press)
    {
        QString s = phrase(18, 70);
        s += u' ';
        s += press ? pick(verbsPress) : pick(verbsPolite);
        return s;
    }

    // Paragraphs of HTML (<p>…</p>) of `minBytes`–`maxBytes` bytes of UTF-8.
    QString html(qint64 minBytes, qint64 maxBytes, bool press)
    {
        const qint64 target = minBytes + qint64(m_rng.bounded(quint32(maxBytes - minBytes + 1)));
        QString s;
        s.reserve(int(target / 2));
        qint64 bytes = 0;
        while (bytes < target) {
            QString p = QStringLiteral("<p>");
            const int sentences = between(2, 5);
            for (int i = 0; i < sentences; ++i) {
                if (i > 0)
                    p += u' ';
                p += sentence(press);
            }
            p += QStringLiteral("</p>");
            const qint64 size = utf8Size(p);
            if (bytes + size > maxBytes && bytes >= minBytes)
                break;
            s += p;
            bytes += size;
        }
        return s;
    }

    // Plain text of `minChars`–`maxChars` characters.
    QString text(int minChars, int maxChars)
    {
        const int target = between(minChars, maxChars);
        QString s;
        while (s.size() < target) {
            if (!s.isEmpty())
                s += u' ';
            s += sentence(false);
        }
        if (s.size() > maxChars)
            s.truncate(maxChars);
        return s;
    }

private:
    QRandomGenerator m_rng;
};

// One prepared INSERT, bound and executed per row (STYLE.md 8: bound parameters only).
class Inserter
{
public:
    Inserter(QSqlDatabase& db, QString table, const QStringList& columns)
        : m_query(db), m_table(std::move(table))
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        m_sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") +
                columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                marks.join(QStringLiteral(", ")) + u')';
    }

    Status prepare() { return openmayor::prepare(m_query, m_sql); }
    Status insert(const QVariantList& values)
    {
        if (Status s = exec(m_query, values); !s)
            return s;
        ++m_rows;
        return {};
    }
    const QString& table() const { return m_table; }
    qint64 rows() const { return m_rows; }

private:
    QSqlQuery m_query;
    QString m_table;
    QString m_sql;
    qint64 m_rows = 0;
};

const QVariant nullText = QVariant(QMetaType(QMetaType::QString));
const QVariant nullReal = QVariant(QMetaType(QMetaType::Double));

QString quarterOf(const QDate& date)
{
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

QDate quarterEnd(int year, int quarter)
{
    return QDate(year, quarter * 3, 1).addMonths(1).addDays(-1);
}

QString workflowState(Random& r, bool internal)
{
    const int x = r.between(1, 100);
    if (internal)
        return x <= 85 ? QStringLiteral("approved") : QStringLiteral("review");
    if (x <= 72)
        return QStringLiteral("published");
    if (x <= 82)
        return QStringLiteral("approved");
    if (x <= 89)
        return QStringLiteral("review");
    if (x <= 98)
        return QStringLiteral("draft");
    return QStringLiteral("withdrawn");
}

// Status keys with the weights a real pledge book shows; every key occurs.
PledgeStatus pickStatus(Random& r, int index)
{
    static const PledgeStatus all[] = {PledgeStatus::Completed, PledgeStatus::CompletedContinuing,
                                       PledgeStatus::OnTrack,   PledgeStatus::Partial,
                                       PledgeStatus::Lagging,   PledgeStatus::OnHold,
                                       PledgeStatus::Dropped};
    if (index < countOf(all)) // the first pledges cover every key, whatever the size
        return all[index];
    const int x = r.between(1, 100);
    if (x <= 18)
        return PledgeStatus::Completed;
    if (x <= 28)
        return PledgeStatus::CompletedContinuing;
    if (x <= 70)
        return PledgeStatus::OnTrack;
    if (x <= 82)
        return PledgeStatus::Partial;
    if (x <= 91)
        return PledgeStatus::Lagging;
    if (x <= 96)
        return PledgeStatus::OnHold;
    return PledgeStatus::Dropped;
}

// How far along a pledge of this status is (actual ÷ target), before noise.
double performanceOf(Random& r, PledgeStatus status)
{
    switch (status) {
    case PledgeStatus::Completed:
    case PledgeStatus::CompletedContinuing:
        return r.real(0.95, 1.25);
    case PledgeStatus::OnTrack:
        return r.real(0.6, 1.05);
    case PledgeStatus::Partial:
        return r.real(0.35, 0.75);
    case PledgeStatus::Lagging:
        return r.real(0.15, 0.5);
    case PledgeStatus::OnHold:
        return r.real(0.05, 0.35);
    case PledgeStatus::Dropped:
        return r.real(0.0, 0.15);
    }
    return 1.0;
}

// Yearly targets and actuals of one indicator for a pledge at `performance`.
Indicator makeIndicator(Random& r, double performance)
{
    Indicator ind;
    const int k = r.between(1, 100);
    ind.kind = k <= 60   ? IndicatorKind::Cumulative
               : k <= 75 ? IndicatorKind::Level
               : k <= 88 ? IndicatorKind::Reduction
                         : IndicatorKind::Milestone;
    ind.name = r.phrase(10, 40);
    auto actualOf = [&](int year, double target) {
        const double share = year == lastYear ? 0.5 : 1.0; // the term ends mid-year
        return std::round(target * performance * share * r.real(0.8, 1.2) * 10.0) / 10.0;
    };
    switch (ind.kind) {
    case IndicatorKind::Cumulative:
        ind.unit = r.pick(units);
        for (int year = firstYear; year <= lastYear; ++year) {
            const double target =
                r.between(1, 40) * (year == firstYear || year == lastYear ? 1 : 2);
            ind.targets.insert(year, target);
            ind.actuals.insert(year, actualOf(year, target));
        }
        break;
    case IndicatorKind::Level: {
        ind.unit = QStringLiteral("%");
        const double goal = r.between(60, 95);
        for (int year = firstYear; year <= lastYear; ++year) {
            const double target = std::round(goal * (0.8 + 0.05 * (year - firstYear)));
            ind.targets.insert(year, target);
            ind.actuals.insert(year, qMin(100.0, std::round(target * qMin(1.1, performance + 0.1) *
                                                            r.real(0.9, 1.05))));
        }
        break;
    }
    case IndicatorKind::Reduction: {
        ind.unit = r.chance(0.5) ? QStringLiteral("건") : QStringLiteral("톤");
        const double baseline = r.between(200, 2000);
        ind.baseline = baseline;
        const double finalTarget = std::round(baseline * r.real(0.5, 0.85));
        for (int year = firstYear; year <= lastYear; ++year) {
            const double step = double(year - firstYear + 1) / double(lastYear - firstYear + 1);
            ind.targets.insert(year, std::round(baseline - (baseline - finalTarget) * step));
            const double actual = std::round(baseline - (baseline - finalTarget) * step *
                                                            performance * r.real(0.85, 1.1));
            ind.actuals.insert(year, qMax(0.0, actual));
        }
        break;
    }
    case IndicatorKind::Milestone:
        ind.unit = QStringLiteral("완료");
        ind.targets.insert(lastYear, 1);
        if (performance >= 0.9)
            ind.actuals.insert(r.between(2024, lastYear), 1);
        break;
    }
    return ind;
}

class Generator
{
public:
    Generator(QSqlDatabase& db, const Plan& plan) : m_db(db), m_plan(plan), m_r(seed) {}

    Status run();
    const QList<Inserter*>& inserters() const { return m_all; }
    ~Generator() { qDeleteAll(m_all); }

private:
    Inserter* table(const QString& name, const QStringList& columns)
    {
        auto* inserter = new Inserter(m_db, name, columns);
        m_all << inserter;
        return inserter;
    }
    Status prepareAll();
    Status pledgeBook();
    Status pledge(const QString& goalId, const QString& code, int index);
    Status periods();
    Status content();

    QSqlDatabase& m_db;
    Plan m_plan;
    Random m_r;
    QList<Inserter*> m_all;
    QList<Pledge> m_pledges; // code, id, status and indicators, for the snapshots

    Inserter* m_term =
        table(QStringLiteral("term"), {QStringLiteral("id"), QStringLiteral("name"),
                                       QStringLiteral("start_date"), QStringLiteral("end_date")});
    Inserter* m_area =
        table(QStringLiteral("pledge_area"), {QStringLiteral("id"), QStringLiteral("term_id"),
                                              QStringLiteral("code"), QStringLiteral("title")});
    Inserter* m_goal =
        table(QStringLiteral("pledge_goal"), {QStringLiteral("id"), QStringLiteral("area_id"),
                                              QStringLiteral("code"), QStringLiteral("title")});
    Inserter* m_pledge = table(QStringLiteral("pledge"), {QStringLiteral("id"),
                                                          QStringLiteral("goal_id"),
                                                          QStringLiteral("code"),
                                                          QStringLiteral("title"),
                                                          QStringLiteral("policy_goal"),
                                                          QStringLiteral("timing"),
                                                          QStringLiteral("body_national"),
                                                          QStringLiteral("body_province"),
                                                          QStringLiteral("body_city"),
                                                          QStringLiteral("body_private"),
                                                          QStringLiteral("is_new"),
                                                          QStringLiteral("budget_kind"),
                                                          QStringLiteral("required_budget"),
                                                          QStringLiteral("budget_prior"),
                                                          QStringLiteral("budget_after_term"),
                                                          QStringLiteral("status"),
                                                          QStringLiteral("basis_date"),
                                                          QStringLiteral("plan_html"),
                                                          QStringLiteral("sort_key"),
                                                          QStringLiteral("updated_at"),
                                                          QStringLiteral("updated_by")});
    Inserter* m_task = table(QStringLiteral("pledge_task"),
                             {QStringLiteral("id"), QStringLiteral("pledge_id"),
                              QStringLiteral("position"), QStringLiteral("name"),
                              QStringLiteral("start_quarter"), QStringLiteral("end_quarter")});
    Inserter* m_budget =
        table(QStringLiteral("pledge_budget"),
              {QStringLiteral("id"), QStringLiteral("pledge_id"), QStringLiteral("source"),
               QStringLiteral("year"), QStringLiteral("amount")});
    Inserter* m_executed = table(QStringLiteral("pledge_budget_executed"),
                                 {QStringLiteral("id"), QStringLiteral("pledge_id"),
                                  QStringLiteral("year"), QStringLiteral("amount")});
    Inserter* m_progress =
        table(QStringLiteral("pledge_progress"),
              {QStringLiteral("id"), QStringLiteral("pledge_id"), QStringLiteral("position"),
               QStringLiteral("date_from"), QStringLiteral("date_to"), QStringLiteral("text")});
    Inserter* m_indicator =
        table(QStringLiteral("pledge_indicator"),
              {QStringLiteral("id"), QStringLiteral("pledge_id"), QStringLiteral("position"),
               QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("kind"),
               QStringLiteral("baseline")});
    Inserter* m_value =
        table(QStringLiteral("indicator_value"),
              {QStringLiteral("id"), QStringLiteral("indicator_id"), QStringLiteral("year"),
               QStringLiteral("target"), QStringLiteral("actual")});
    Inserter* m_department =
        table(QStringLiteral("pledge_department"),
              {QStringLiteral("id"), QStringLiteral("pledge_id"), QStringLiteral("position"),
               QStringLiteral("role"), QStringLiteral("department"), QStringLiteral("team"),
               QStringLiteral("leader"), QStringLiteral("leader_phone"), QStringLiteral("officer"),
               QStringLiteral("officer_phone")});
    Inserter* m_period = table(QStringLiteral("reporting_period"),
                               {QStringLiteral("id"), QStringLiteral("period"),
                                QStringLiteral("basis_date"), QStringLiteral("published_at"),
                                QStringLiteral("published_by"), QStringLiteral("figures_json")});
    Inserter* m_snapshot =
        table(QStringLiteral("pledge_snapshot"),
              {QStringLiteral("id"), QStringLiteral("period_id"), QStringLiteral("pledge_id"),
               QStringLiteral("rate"), QStringLiteral("status")});
    Inserter* m_media =
        table(QStringLiteral("media"),
              {QStringLiteral("id"), QStringLiteral("sha256"), QStringLiteral("file_name"),
               QStringLiteral("mime_type"), QStringLiteral("size_bytes"), QStringLiteral("width"),
               QStringLiteral("height"), QStringLiteral("alt_text"), QStringLiteral("caption")});
    Inserter* m_page = table(QStringLiteral("page"),
                             {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("title"),
                              QStringLiteral("body_html"), QStringLiteral("workflow_state"),
                              QStringLiteral("department"), QStringLiteral("updated_by")});
    Inserter* m_speech = table(
        QStringLiteral("speech"),
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("event_name"),
         QStringLiteral("place"), QStringLiteral("delivered_on"), QStringLiteral("body_html"),
         QStringLiteral("workflow_state"), QStringLiteral("department"),
         QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("updated_by")});
    Inserter* m_event = table(
        QStringLiteral("schedule_event"),
        {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("starts_at"),
         QStringLiteral("ends_at"), QStringLiteral("all_day"), QStringLiteral("place"),
         QStringLiteral("category"), QStringLiteral("visibility"), QStringLiteral("status"),
         QStringLiteral("description"), QStringLiteral("ical_uid"),
         QStringLiteral("workflow_state"), QStringLiteral("department"),
         QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("updated_by")});
    Inserter* m_activity = table(QStringLiteral("activity"),
                                 {QStringLiteral("id"), QStringLiteral("title"),
                                  QStringLiteral("activity_date"), QStringLiteral("place"),
                                  QStringLiteral("body_html"), QStringLiteral("workflow_state"),
                                  QStringLiteral("department"), QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), QStringLiteral("updated_by")});
    Inserter* m_photo =
        table(QStringLiteral("activity_photo"),
              {QStringLiteral("id"), QStringLiteral("activity_id"), QStringLiteral("media_id"),
               QStringLiteral("position"), QStringLiteral("caption"), QStringLiteral("alt_text")});
    Inserter* m_release = table(QStringLiteral("press_release"),
                                {QStringLiteral("id"), QStringLiteral("release_no"),
                                 QStringLiteral("title"), QStringLiteral("subtitle"),
                                 QStringLiteral("manager"), QStringLiteral("manager_phone"),
                                 QStringLiteral("officer"), QStringLiteral("officer_phone"),
                                 QStringLiteral("distributed_at"), QStringLiteral("embargo_until"),
                                 QStringLiteral("body_html"), QStringLiteral("workflow_state"),
                                 QStringLiteral("department"), QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"), QStringLiteral("updated_by")});
    Inserter* m_sns = table(QStringLiteral("sns_link"),
                            {QStringLiteral("id"), QStringLiteral("platform"),
                             QStringLiteral("url"), QStringLiteral("label"),
                             QStringLiteral("position"), QStringLiteral("workflow_state")});
};

Status Generator::prepareAll()
{
    for (Inserter* inserter : std::as_const(m_all))
        if (Status s = inserter->prepare(); !s)
            return s;
    return {};
}

Status Generator::run()
{
    if (Status s = prepareAll(); !s)
        return s;
    if (Status s = pledgeBook(); !s)
        return s;
    if (Status s = periods(); !s)
        return s;
    return content();
}

Status Generator::pledgeBook()
{
    const QString termId = m_r.id();
    if (Status s = m_term->insert({termId, QStringLiteral("민선8기"),
                                   termStart.toString(Qt::ISODate), termEnd.toString(Qt::ISODate)});
        !s)
        return s;
    int index = 0;
    for (int a = 1; a <= m_plan.areas; ++a) {
        const QString areaId = m_r.id();
        if (Status s = m_area->insert({areaId, termId, QString::number(a), m_r.phrase(10, 30)}); !s)
            return s;
        for (int g = 1; g <= m_plan.goalsPerArea; ++g) {
            const QString goalId = m_r.id();
            const QString goalCode = QStringLiteral("%1-%2").arg(a).arg(g);
            if (Status s = m_goal->insert({goalId, areaId, goalCode, m_r.phrase(10, 40)}); !s)
                return s;
            for (int p = 1; p <= m_plan.pledgesPerGoal; ++p)
                if (Status s = pledge(goalId, goalCode + QStringLiteral("-%1").arg(p), index++); !s)
                    return s;
        }
    }
    return {};
}

Status Generator::pledge(const QString& goalId, const QString& code, int index)
{
    Pledge p;
    p.id = m_r.id();
    p.code = code;
    p.status = pickStatus(m_r, index);
    p.basisDate = today;
    const double performance = performanceOf(m_r, p.status);
    const bool budget = m_r.chance(0.75);
    const double required = budget ? m_r.between(10, 50000) : 0;
    const QString updatedAt = m_r.timestamp(today, 120);
    Status s = m_pledge->insert(
        {p.id,
         goalId,
         code,
         m_r.title(20, 60),
         m_r.phrase(30, 80),
         m_r.chance(0.85) ? QStringLiteral("within_term") : QStringLiteral("after_term"),
         int(m_r.chance(0.2)),
         int(m_r.chance(0.35)),
         1,
         int(m_r.chance(0.1)),
         int(m_r.chance(0.7)),
         budget ? QStringLiteral("budget") : QStringLiteral("non_budget"),
         required,
         budget && m_r.chance(0.2) ? double(m_r.between(1, 500)) : 0.0,
         budget && m_r.chance(0.2) ? double(m_r.between(1, 5000)) : 0.0,
         toKey(p.status),
         today.toString(Qt::ISODate),
         m_r.html(500, 1500, false),
         index,
         updatedAt,
         QStringLiteral("bench")});
    if (!s)
        return s;

    // Quarterly schedule tasks (연차별 추진일정).
    const int tasks = m_r.between(2, 4);
    for (int t = 0; t < tasks; ++t) {
        const QDate from = termStart.addMonths(m_r.between(0, 40));
        const int monthsLeft = (termEnd.year() - from.year()) * 12 + termEnd.month() - from.month();
        const QDate to = from.addMonths(m_r.between(0, monthsLeft));
        if (!(s = m_task->insert(
                  {m_r.id(), p.id, t, m_r.phrase(8, 25), quarterOf(from), quarterOf(to)})))
            return s;
    }

    // Investment plan and executed amounts.
    if (budget) {
        static const QString sources[] = {QStringLiteral("national"), QStringLiteral("province"),
                                          QStringLiteral("city"), QStringLiteral("other")};
        const int sourceCount = m_r.between(1, 3);
        const int offset = m_r.between(0, 3);
        QMap<int, double> plannedByYear;
        for (int k = 0; k < sourceCount; ++k) {
            for (int year = firstYear; year <= lastYear; ++year) {
                if (!m_r.chance(0.7))
                    continue;
                const double amount =
                    std::round(required / (sourceCount * 4.0) * m_r.real(0.5, 1.5));
                plannedByYear[year] += amount;
                if (!(s = m_budget->insert(
                          {m_r.id(), p.id, sources[(offset + k) % 4], year, amount})))
                    return s;
            }
        }
        for (auto it = plannedByYear.cbegin(); it != plannedByYear.cend(); ++it) {
            const double share = it.key() == lastYear ? 0.5 : 1.0;
            const double amount =
                std::round(it.value() * qMin(1.0, performance * share) * m_r.real(0.85, 1.0));
            if (!(s = m_executed->insert({m_r.id(), p.id, it.key(), amount})))
                return s;
        }
    }

    // Progress records: day or month precision, some ranges.
    const int records = m_r.between(3, 8);
    QDate when = termStart.addDays(m_r.between(30, 120));
    for (int g = 0; g < records && when <= today; ++g) {
        const int form = m_r.between(1, 10);
        QString from =
            form <= 6 ? when.toString(Qt::ISODate) : when.toString(QStringLiteral("yyyy-MM"));
        QVariant to = nullText;
        if (form == 10)
            to = when.addMonths(m_r.between(1, 3)).toString(QStringLiteral("yyyy-MM"));
        if (form == 10)
            from = when.toString(QStringLiteral("yyyy-MM"));
        if (!(s = m_progress->insert({m_r.id(), p.id, g, from, to, m_r.phrase(15, 60)})))
            return s;
        when = when.addDays(m_r.between(60, 200));
    }

    // Three indicators with yearly targets and actuals.
    for (int i = 0; i < 3; ++i) {
        Indicator ind = makeIndicator(m_r, performance);
        ind.id = m_r.id();
        if (!(s = m_indicator->insert({ind.id, p.id, i, ind.name, ind.unit, toKey(ind.kind),
                                       ind.baseline ? QVariant(*ind.baseline) : nullReal})))
            return s;
        for (int year = firstYear; year <= lastYear; ++year) {
            if (!ind.targets.contains(year) && !ind.actuals.contains(year))
                continue;
            const QVariant target =
                ind.targets.contains(year) ? QVariant(ind.targets.value(year)) : nullReal;
            const QVariant actual =
                ind.actuals.contains(year) ? QVariant(ind.actuals.value(year)) : nullReal;
            if (!(s = m_value->insert({m_r.id(), ind.id, year, target, actual})))
                return s;
        }
        p.indicators << ind;
    }

    // Lead and cooperating departments.
    const int depts = m_r.between(1, 3);
    for (int d = 0; d < depts; ++d) {
        if (!(s = m_department->insert(
                  {m_r.id(), p.id, d,
                   d == 0 ? QStringLiteral("lead") : QStringLiteral("cooperating"),
                   m_r.pick(departments), m_r.pick(teams), m_r.personName(), m_r.phone(),
                   m_r.personName(), m_r.phone()})))
            return s;
    }
    m_pledges << p;
    return {};
}

// Quarterly reporting periods 2022-Q3 … 2026-Q2, each published with a snapshot of every
// pledge: its rate grows towards today's, its status settles on today's.
Status Generator::periods()
{
    QList<QDate> ends; // 2022-Q3 … 2026-Q2: 16 quarters
    for (int year = termStart.year(), quarter = 3; quarterEnd(year, quarter) <= termEnd;) {
        ends << quarterEnd(year, quarter);
        if (++quarter > 4) {
            quarter = 1;
            ++year;
        }
    }
    const int count = int(ends.size());
    for (int k = 0; k < count; ++k) {
        const QDate end = ends.at(k);
        const QString periodId = m_r.id();
        const QString published = isoTimestamp(end.addDays(20), 10, 0);
        Status s = m_period->insert({periodId, quarterOf(end), end.toString(Qt::ISODate), published,
                                     QStringLiteral("bench"), QStringLiteral("{}")});
        if (!s)
            return s;
        const double progress = std::pow(double(k + 1) / count, 0.8);
        for (const Pledge& p : std::as_const(m_pledges)) {
            const std::optional<double> rate = fulfilment::pledgeRate(p);
            QVariant value = nullReal;
            if (rate)
                value = qBound(
                    0.0, std::round(*rate * progress * m_r.real(0.9, 1.05) * 10.0) / 10.0, 100.0);
            PledgeStatus status = p.status;
            if (k < count - 4 &&
                (status == PledgeStatus::Completed || status == PledgeStatus::CompletedContinuing))
                status = PledgeStatus::OnTrack; // completed late in the term
            if (!(s = m_snapshot->insert({m_r.id(), periodId, p.id, value, toKey(status)})))
                return s;
        }
    }
    return {};
}

Status Generator::content()
{
    Status s;
    // Media: photo records (the bytes are not needed by any benchmark).
    QStringList mediaIds;
    for (int i = 0; i < m_plan.media; ++i) {
        const QString id = m_r.id();
        const QString caption = m_r.phrase(10, 40);
        if (!(s = m_media->insert(
                  {id, m_r.hex(64),
                   QStringLiteral("bench-photo-%1.jpg").arg(i + 1, 4, 10, QChar(u'0')),
                   QStringLiteral("image/jpeg"), m_r.between(200000, 4000000), 1600, 1067,
                   QString(caption + QStringLiteral(" 사진")), caption})))
            return s;
        mediaIds << id;
    }

    const char* const slugs[] = {"greeting", "profile", "vision"};
    for (const char* slug : slugs) {
        if (!(s = m_page->insert({m_r.id(), QString::fromLatin1(slug), m_r.title(10, 30),
                                  m_r.html(1000, 3000, false), QStringLiteral("published"),
                                  QStringLiteral("정책홍보실"), QStringLiteral("bench")})))
            return s;
    }

    // Speeches, spread over the term.
    const qint64 termDays = termStart.daysTo(termEnd);
    for (int i = 0; i < m_plan.speeches; ++i) {
        const QDate day = termStart.addDays(termDays * i / m_plan.speeches);
        const QString stamp = isoTimestamp(day, 18, m_r.between(0, 59));
        if (!(s = m_speech->insert({m_r.id(), m_r.title(20, 60), m_r.phrase(10, 30),
                                    m_r.pick(places), day.toString(Qt::ISODate),
                                    m_r.html(1500, 4096, false), workflowState(m_r, false),
                                    QStringLiteral("정책홍보실"), stamp, stamp,
                                    QStringLiteral("bench")})))
            return s;
    }

    // Schedule events: the term plus half a year of plans, 07–20 h, a few all-day.
    const qint64 spanDays = termStart.daysTo(termEnd.addMonths(6));
    for (int i = 0; i < m_plan.events; ++i) {
        const QDate day = termStart.addDays(spanDays * i / m_plan.events);
        const bool allDay = m_r.chance(0.05);
        const int hour = m_r.between(7, 19);
        const int minute = m_r.between(0, 5) * 10;
        const int duration = m_r.between(3, 18) * 10;
        const QString date = day.toString(Qt::ISODate);
        QString start, end;
        if (allDay) {
            start = date;
            end = day.addDays(1).toString(Qt::ISODate);
        } else {
            start = date + QStringLiteral("T%1:%2")
                               .arg(hour, 2, 10, QChar(u'0'))
                               .arg(minute, 2, 10, QChar(u'0'));
            const int endMinutes = hour * 60 + minute + duration;
            end = date + QStringLiteral("T%1:%2")
                             .arg(endMinutes / 60, 2, 10, QChar(u'0'))
                             .arg(endMinutes % 60, 2, 10, QChar(u'0'));
        }
        const bool internal = m_r.chance(0.2);
        const bool cancelled = m_r.chance(0.04);
        const QString status = cancelled      ? QStringLiteral("cancelled")
                               : day <= today ? QStringLiteral("done")
                                              : QStringLiteral("planned");
        const QString stamp = m_r.timestamp(day.addDays(-1), 29);
        if (!(s = m_event->insert({m_r.id(), m_r.title(20, 60), start, end, int(allDay),
                                   m_r.pick(places), m_r.pick(categories),
                                   internal ? QStringLiteral("internal") : QStringLiteral("public"),
                                   status, m_r.text(50, 300),
                                   QStringLiteral("bench-%1@openmayor.naju.example").arg(i + 1),
                                   workflowState(m_r, internal), m_r.pick(departments), stamp,
                                   stamp, QStringLiteral("bench")})))
            return s;
    }

    // Field activities with 0–4 photos each.
    for (int i = 0; i < m_plan.activities; ++i) {
        const QDate day = termStart.addDays(termDays * i / m_plan.activities);
        const QString activityId = m_r.id();
        const QString stamp = m_r.timestamp(day.addDays(1), 0);
        if (!(s = m_activity->insert({activityId, m_r.title(20, 60), day.toString(Qt::ISODate),
                                      m_r.pick(places), m_r.html(300, 1200, false),
                                      workflowState(m_r, false), QStringLiteral("정책홍보실"),
                                      stamp, stamp, QStringLiteral("bench")})))
            return s;
        const int photos = mediaIds.isEmpty() ? 0 : m_r.between(0, 4);
        for (int ph = 0; ph < photos; ++ph) {
            const QString caption = m_r.phrase(10, 40);
            if (!(s = m_photo->insert({m_r.id(), activityId,
                                       mediaIds.at(m_r.between(0, int(mediaIds.size()) - 1)), ph,
                                       caption, QString(caption + QStringLiteral(" 모습"))})))
                return s;
        }
    }

    // Press releases with 1.5–4 KB bodies.
    QMap<int, int> numberInYear;
    for (int i = 0; i < m_plan.releases; ++i) {
        const QDate day = termStart.addDays(termDays * i / m_plan.releases);
        const int no = ++numberInYear[day.year()];
        const QString distributed =
            day.toString(Qt::ISODate) +
            QStringLiteral("T%1:00:00").arg(m_r.between(8, 16), 2, 10, QChar(u'0'));
        const QVariant embargo =
            m_r.chance(0.01)
                ? QVariant(day.addDays(1).toString(Qt::ISODate) + QStringLiteral("T06:00:00"))
                : nullText;
        const QString stamp = isoTimestamp(day, 7, m_r.between(0, 59));
        if (!(s = m_release->insert(
                  {m_r.id(), QStringLiteral("%1-%2").arg(day.year()).arg(no, 4, 10, QChar(u'0')),
                   m_r.title(20, 60), m_r.phrase(10, 40), m_r.personName(), m_r.phone(),
                   m_r.personName(), m_r.phone(), distributed, embargo, m_r.html(1536, 4096, true),
                   workflowState(m_r, false), m_r.pick(departments), stamp, stamp,
                   QStringLiteral("bench")})))
            return s;
    }

    const struct
    {
        const char* platform;
        const char* url;
        const char16_t* label;
    } links[] = {{"facebook", "https://www.facebook.com/naju.example", u"나주시 페이스북"},
                 {"instagram", "https://www.instagram.com/naju.example", u"나주시 인스타그램"},
                 {"youtube", "https://www.youtube.com/@naju.example", u"나주시 유튜브"},
                 {"blog", "https://blog.naver.com/naju.example", u"나주시 블로그"},
                 {"x", "https://x.com/naju_example", u"나주시 X"}};
    int position = 0;
    for (const auto& link : links) {
        if (!(s = m_sns->insert({m_r.id(), QString::fromLatin1(link.platform),
                                 QString::fromLatin1(link.url), QString::fromUtf16(link.label),
                                 position++, QStringLiteral("published")})))
            return s;
    }
    return {};
}

} // namespace

std::optional<DataGenerator::Size> DataGenerator::sizeFromName(const QString& name)
{
    if (name == u"tiny")
        return Size::Tiny;
    if (name == u"small")
        return Size::Small;
    if (name == u"large")
        return Size::Large;
    return std::nullopt;
}

QString DataGenerator::nameOf(Size size)
{
    switch (size) {
    case Size::Tiny:
        return QStringLiteral("tiny");
    case Size::Small:
        return QStringLiteral("small");
    case Size::Large:
        return QStringLiteral("large");
    }
    return {};
}

Result<DataGenerator::Report> DataGenerator::generate(const Database& database, Size size)
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = database.connection();
    auto existing = queryInt(db, QStringLiteral("SELECT (SELECT count(*) FROM pledge) + "
                                                "(SELECT count(*) FROM page) + "
                                                "(SELECT count(*) FROM schedule_event) + "
                                                "(SELECT count(*) FROM press_release)"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error(
            Error::Kind::Invalid,
            QStringLiteral(
                "The database already holds data; benchmark data goes only into an empty one."));
    auto outboxBefore = queryInt(db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    if (!outboxBefore)
        return outboxBefore.error();

    Report report;
    Status s = database.transaction([&](QSqlDatabase& connection) -> Status {
        Generator generator(connection, planFor(size));
        if (Status r = generator.run(); !r)
            return r;
        for (const Inserter* inserter : generator.inserters()) {
            report.rowsByTable.insert(inserter->table(), inserter->rows());
            report.rows += inserter->rows();
        }
        return {};
    });
    if (!s)
        return s.error();
    auto outboxAfter = queryInt(db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    if (!outboxAfter)
        return outboxAfter.error();
    report.captured = *outboxAfter - *outboxBefore;
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace openmayor

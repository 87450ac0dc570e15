// Sample content of the demo database: invented, plainly marked "[예시]" (sample), but
// realistic in form, so every section of the app has rows to show.
#include "demodata.h"

#include "common/ids.h"
#include "medialibrary.h"
#include "sqlutil.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace openmayor {

namespace {

const QString sample = QStringLiteral("[예시] ");

// A placeholder photo: a landscape-like picture drawn without text (no fonts needed).
QByteArray placeholderPhoto(int seed)
{
    QImage image(640, 427, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const int hue = (seed * 47) % 360;
    QLinearGradient sky(0, 0, 0, image.height());
    sky.setColorAt(0, QColor::fromHsv(hue, 90, 240));
    sky.setColorAt(1, QColor::fromHsv((hue + 30) % 360, 40, 255));
    painter.fillRect(image.rect(), sky);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv((hue + 180) % 360, 60, 250));
    painter.drawEllipse(QPointF(480 - seed * 23 % 300, 110), 48, 48);
    for (int layer = 0; layer < 3; ++layer) {
        QPainterPath hills;
        hills.moveTo(0, image.height());
        for (int x = 0; x <= image.width(); x += 80) {
            const int y = 240 + layer * 55 + ((x / 80 + seed + layer) % 3) * 25;
            hills.lineTo(x, y);
        }
        hills.lineTo(image.width(), image.height());
        hills.closeSubpath();
        painter.setBrush(QColor::fromHsv(110 + layer * 15, 120 + layer * 30, 170 - layer * 40));
        painter.drawPath(hills);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct SampleEvent
{
    const char* title;
    const char* place;
    const char* category;
    bool internal;
};

const SampleEvent sampleEvents[] = {
    {"간부회의 주재", "시청 중회의실", "회의", true},
    {"읍면동 순방 - 시민과의 대화", "빛가람동 행정복지센터", "시민소통", false},
    {"나주배 수출 선적식 참석", "나주배원예농협", "행사", false},
    {"혁신도시 공공기관장 간담회", "빛가람혁신도시 공동혁신센터", "간담회", false},
    {"시민 직소상담실 운영", "시장실", "시민소통", false},
    {"주간 업무보고", "시청 대회의실", "회의", true},
    {"영산강 정원 조성사업 현장 점검", "영산강 둔치", "현장점검", false},
    {"나주읍성 문화행사 참석", "나주읍성 남고문", "행사", false},
    {"국비 확보 관련 중앙부처 방문", "정부세종청사", "대외협력", true},
    {"농업인 단체 간담회", "농업기술센터", "간담회", false},
    {"청년 창업가 현장 방문", "나주 청년창업지원센터", "현장점검", false},
    {"공약이행평가단 회의", "시청 소회의실", "회의", false},
};

struct SampleRelease
{
    const char* title;
    const char* subtitle;
    const char* department;
};

const SampleRelease sampleReleases[] = {
    {"나주시, 2024년 1분기 공약 이행 현황 공개", "「365일 열린시장실」 누리집에서 누구나 확인",
     "정책홍보실"},
    {"나주시, 시민 직소상담실 메뉴 신설", "시장에게 직접 제안하는 온라인 창구 운영", "정책홍보실"},
    {"나주시, 영산강 정원 시민 의견 수렴", "설명회 및 온라인 설문 병행", "정원산업과"},
    {"나주시, 여름철 폭염 대비 무더위쉼터 운영", "경로당·행정복지센터 등 지정", "안전총괄과"},
    {"나주배, 동남아 수출길 넓힌다", "수출 선적식 개최", "농식품유통과"},
    {"나주시, 청년 창업 지원사업 참여자 모집", "창업공간·멘토링 지원", "일자리경제과"},
    {"나주시, 공약이행평가단 자문회의 결과 반영", "세부 추진계획 일부 조정", "정책홍보실"},
    {"나주읍성 야간 문화행사 개최", "주말 저녁 전통공연과 체험 프로그램", "문화예술과"},
    {"나주시, 어르신 스마트폰 교실 운영", "읍면동 순회 교육", "노인장애인과"},
    {"나주시, 열린시장실 반응형 누리집으로 개편", "PC·태블릿·스마트폰 어디서나 편리하게",
     "정책홍보실"},
    {"나주시, 여름방학 어린이 도서관 프로그램 운영", "독서교실·체험활동", "도서관과"},
    {"나주시, 시민 안전보험 보장 확대", "자연재해·대중교통 사고 보장", "안전총괄과"},
};

struct SampleSpeech
{
    const char* title;
    const char* event;
    const char* place;
};

const SampleSpeech sampleSpeeches[] = {
    {"시민과 함께 여는 새해 인사", "신년 시민과의 대화", "나주문화예술회관"},
    {"농업인의 날 기념사", "농업인의 날 기념식", "나주종합스포츠파크"},
    {"혁신도시 상생 협약식 인사말", "공공기관 상생 협약식", "빛가람혁신도시 공동혁신센터"},
    {"나주배 축제 개막 축사", "나주배 축제", "나주읍성 일원"},
    {"청년 정책 토론회 인사말", "청년 정책 토론회", "나주시청 대회의실"},
    {"어버이날 기념 인사말", "어버이날 기념 경로잔치", "나주시노인복지관"},
};

struct SampleActivity
{
    const char* title;
    const char* place;
};

const SampleActivity sampleActivities[] = {
    {"영산강 정원 조성 현장 점검", "영산강 둔치"},
    {"나주배 과수원 개화기 현장 방문", "금천면 배 과수원"},
    {"빛가람동 시민과의 대화", "빛가람동 행정복지센터"},
    {"여름철 폭염 대비 무더위쉼터 점검", "송월동 경로당"},
    {"청년 창업공간 현장 방문", "나주 청년창업지원센터"},
    {"나주읍성 문화행사 현장", "나주읍성 남고문"},
};

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>") + text + QStringLiteral("</p>");
}

QString sampleBody(const QString& topic, int n)
{
    return paragraph(QStringLiteral("이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 "
                                    "일정이 아닙니다.")) +
           paragraph(QStringLiteral("「%1」에 관하여 나주시는 시민 여러분의 의견을 듣고, "
                                    "관계 부서와 함께 세부 계획을 마련하고 있습니다.")
                         .arg(topic)) +
           paragraph(QStringLiteral("앞으로도 시민 중심의 열린 시정을 위해 %1차 후속 조치를 "
                                    "차질 없이 추진하겠습니다.")
                         .arg(n));
}

} // namespace

Status DemoData::addSampleContent(const Database& database, const QString& mediaRoot)
{
    QRandomGenerator random(20240531);
    MediaLibrary media(database, mediaRoot);

    // Photos first (the media library writes files outside the transaction).
    QStringList photoIds;
    for (int i = 0; i < 12; ++i) {
        auto id = media.add({placeholderPhoto(i),
                             QStringLiteral("sample-photo-%1.png").arg(i + 1, 2, 10, QChar(u'0')),
                             QStringLiteral("image/png"),
                             QStringLiteral("예시 사진 %1: 들판과 언덕 풍경 그림").arg(i + 1),
                             QStringLiteral("예시 사진 %1").arg(i + 1)});
        if (!id)
            return id.error();
        photoIds << *id;
    }

    return database.transaction([&](QSqlDatabase& db) -> Status {
        Status s;
        // Pages: greeting, profile, vision.
        const struct
        {
            const char* slug;
            QString title;
            QString body;
            bool photo;
        } pages[] = {
            {"greeting", QStringLiteral("인사말 - 나주시장 윤병태입니다"),
             paragraph(QStringLiteral("[예시] 시민 여러분, 반갑습니다. 「365일 열린시장실」을 "
                                      "찾아주셔서 감사합니다.")) +
                 paragraph(QStringLiteral("시민 여러분의 목소리에 귀 기울이며, 시민이 주인되는 "
                                          "열린 시정을 펼치겠습니다.")),
             false},
            {"profile", QStringLiteral("프로필"),
             paragraph(QStringLiteral("[예시] 나주시장 윤병태")) +
                 QStringLiteral(
                     "<ul><li>민선8기 나주시장</li><li>학력·경력 항목은 예시입니다</li></ul>"),
             true},
            {"vision", QStringLiteral("비전 및 목표"),
             QStringLiteral("<h2>[예시] 비전</h2>") +
                 paragraph(QStringLiteral("시민과 함께 여는 새로운 나주")) +
                 QStringLiteral("<h2>목표</h2><ul><li>시민 중심의 열린 행정</li>"
                                "<li>활력 있는 지역 경제</li><li>살기 좋은 정주 여건</li></ul>"),
             false},
        };
        for (const auto& page : pages) {
            s = exec(db,
                     QStringLiteral("INSERT INTO page (id, slug, title, body_html, photo_media_id, "
                                    "workflow_state, department, updated_by) "
                                    "VALUES (?, ?, ?, ?, ?, 'published', '정책홍보실', 'demo')"),
                     {newId(), QString::fromLatin1(page.slug), page.title, page.body,
                      page.photo ? QVariant(photoIds.first())
                                 : QVariant(QMetaType(QMetaType::QString))});
            if (!s)
                return s;
        }

        // Schedule: 40 events from March to July 2024, public and internal.
        const QDate first(2024, 3, 4);
        const int eventCount = 40;
        const int templates = int(std::size(sampleEvents));
        for (int i = 0; i < eventCount; ++i) {
            const SampleEvent& e = sampleEvents[i % templates];
            const QDate day = first.addDays(i * 3 + int(random.bounded(2)));
            const bool allDay = i % 11 == 5;
            const int hour = 9 + int(random.bounded(8));
            const QString start = allDay
                                      ? day.toString(Qt::ISODate)
                                      : day.toString(Qt::ISODate) +
                                            QStringLiteral("T%1:00").arg(hour, 2, 10, QChar(u'0'));
            const QString end =
                allDay ? day.addDays(1).toString(Qt::ISODate)
                       : day.toString(Qt::ISODate) +
                             QStringLiteral("T%1:30").arg(hour + 1, 2, 10, QChar(u'0'));
            const bool past = day < QDate(2024, 5, 31);
            const QString status = i == 17 ? QStringLiteral("cancelled")
                                   : past  ? QStringLiteral("done")
                                           : QStringLiteral("planned");
            s = exec(db,
                     QStringLiteral(
                         "INSERT INTO schedule_event (id, title, starts_at, ends_at, all_day, "
                         "place, category, visibility, status, description, ical_uid, "
                         "workflow_state, department, updated_by) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '총무과', 'demo')"),
                     {newId(), QString(sample + QString::fromUtf8(e.title)), start, end,
                      int(allDay), QString::fromUtf8(e.place), QString::fromUtf8(e.category),
                      e.internal ? QStringLiteral("internal") : QStringLiteral("public"), status,
                      QStringLiteral("예시 일정입니다. 실제 시장 일정이 아닙니다."),
                      QStringLiteral("demo-%1@openmayor.naju.example").arg(i + 1),
                      e.internal ? QStringLiteral("approved") : QStringLiteral("published")});
            if (!s)
                return s;
        }

        // Press releases with the structured header fields.
        int n = 0;
        const QStringList officers = {QStringLiteral("최지인"), QStringLiteral("이신재"),
                                      QStringLiteral("김기훈")};
        for (const SampleRelease& r : sampleReleases) {
            ++n;
            const QDateTime distributed(QDate(2024, 3, 5).addDays(n * 9), QTime(9, 0));
            const bool embargoed = n == 12;
            s = exec(db,
                     QStringLiteral(
                         "INSERT INTO press_release (id, release_no, title, subtitle, manager, "
                         "manager_phone, officer, officer_phone, distributed_at, embargo_until, "
                         "body_html, workflow_state, department, updated_by) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"),
                     {newId(), QStringLiteral("2024-%1").arg(n, 3, 10, QChar(u'0')),
                      QString(sample + QString::fromUtf8(r.title)), QString::fromUtf8(r.subtitle),
                      QStringLiteral("홍보기획팀장 오해준"), QStringLiteral("061-339-8261"),
                      officers.at(n % 3), QStringLiteral("061-339-%1").arg(8263 + (n % 3) * 2),
                      distributed.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                      embargoed ? QVariant(distributed.addDays(2).toString(
                                      QStringLiteral("yyyy-MM-ddTHH:mm")))
                                : QVariant(QMetaType(QMetaType::QString)),
                      sampleBody(QString::fromUtf8(r.title), n),
                      n <= 9    ? QStringLiteral("published")
                      : n == 10 ? QStringLiteral("review")
                                : QStringLiteral("draft"),
                      QString::fromUtf8(r.department)});
            if (!s)
                return s;
        }

        // Speeches.
        n = 0;
        for (const SampleSpeech& sp : sampleSpeeches) {
            ++n;
            s = exec(
                db,
                QStringLiteral("INSERT INTO speech (id, title, event_name, place, delivered_on, "
                               "body_html, workflow_state, department, updated_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, 'published', '총무과', 'demo')"),
                {newId(), QString(sample + QString::fromUtf8(sp.title)),
                 QString::fromUtf8(sp.event), QString::fromUtf8(sp.place),
                 QDate(2024, 1, 2).addDays(n * 25).toString(Qt::ISODate),
                 sampleBody(QString::fromUtf8(sp.event), n)});
            if (!s)
                return s;
        }

        // Field activities with ordered photos.
        n = 0;
        for (const SampleActivity& a : sampleActivities) {
            ++n;
            const QString activityId = newId();
            s = exec(
                db,
                QStringLiteral("INSERT INTO activity (id, title, activity_date, place, body_html, "
                               "workflow_state, department, updated_by) "
                               "VALUES (?, ?, ?, ?, ?, 'published', '뉴미디어홍보팀', 'demo')"),
                {activityId, QString(sample + QString::fromUtf8(a.title)),
                 QDate(2024, 3, 10).addDays(n * 14).toString(Qt::ISODate),
                 QString::fromUtf8(a.place), sampleBody(QString::fromUtf8(a.title), n)});
            if (!s)
                return s;
            for (int k = 0; k < 2; ++k) {
                const int photo = ((n - 1) * 2 + k) % int(photoIds.size());
                s = exec(
                    db,
                    QStringLiteral(
                        "INSERT INTO activity_photo (id, activity_id, media_id, position, "
                        "caption, alt_text) VALUES (?, ?, ?, ?, ?, ?)"),
                    {newId(), activityId, photoIds.at(photo), k,
                     QStringLiteral("%1 (예시 사진 %2)").arg(QString::fromUtf8(a.title)).arg(k + 1),
                     QStringLiteral("예시 사진: 들판과 언덕 풍경 그림")});
                if (!s)
                    return s;
            }
        }

        // The three official SNS channels (sample addresses).
        const struct
        {
            const char* platform;
            const char* url;
            QString label;
        } links[] = {
            {"facebook", "https://www.facebook.com/naju.example",
             QStringLiteral("나주시 페이스북 (예시 주소)")},
            {"instagram", "https://www.instagram.com/naju.example",
             QStringLiteral("나주시 인스타그램 (예시 주소)")},
            {"youtube", "https://www.youtube.com/@naju.example",
             QStringLiteral("나주시 유튜브 (예시 주소)")},
        };
        n = 0;
        for (const auto& link : links) {
            s = exec(
                db,
                QStringLiteral("INSERT INTO sns_link (id, platform, url, label, position, "
                               "workflow_state, department, updated_by) "
                               "VALUES (?, ?, ?, ?, ?, 'published', '뉴미디어홍보팀', 'demo')"),
                {newId(), QString::fromLatin1(link.platform), QString::fromLatin1(link.url),
                 link.label, n++});
            if (!s)
                return s;
        }
        return {};
    });
}

} // namespace openmayor

#include "demodata.h"

#include "common/changenotifier.h"
#include "pledgerepository.h"
#include "reportingrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace openmayor {

namespace {
// The plan (추진계획) of the seed card, as the card's bullet list.
QString seedPlanHtml()
{
    return QStringLiteral(
        "<ul>"
        "<li>민선8기 시 누리집「365일 열린시장실」전면 개편"
        "<ul><li>최신 트렌드를 반영한 사용자 중심의 디자인 변경</li>"
        "<li>시정활동을 적극 홍보할 수 있도록 메인화면 배치</li></ul></li>"
        "<li>민선8기 신규 콘텐츠 제작"
        "<ul><li>민선8기 정책 및 비전, 공약사항 등 신규 콘텐츠 제작</li>"
        "<li>시정정보의 인포그래픽 제작으로 시각적인 콘텐츠 서비스</li></ul></li>"
        "<li>반응형 웹사이트 구축"
        "<ul><li>반응형 웹사이트를 통해 PC, 태블릿PC, 스마트폰 등 다양한 기기 및 브라우저의 "
        "사용자 환경에 자동 반응하는 시스템 구축</li></ul></li>"
        "<li>「365일 열린시장실」메뉴 구성(안)"
        "<table><thead><tr><th scope=\"col\">메뉴명</th><th scope=\"col\"></th>"
        "<th scope=\"col\">비고</th></tr></thead><tbody>"
        "<tr><td rowspan=\"4\">나주시장 윤병태입니다</td><td>인사말</td><td></td></tr>"
        "<tr><td>프로필</td><td></td></tr>"
        "<tr><td>말과 글</td><td>행사 인사말씀</td></tr>"
        "<tr><td>시장24시</td><td>시장님 일정</td></tr>"
        "<tr><td rowspan=\"2\">시장 현장</td><td>현장속으로</td><td>시장님 활동사진</td></tr>"
        "<tr><td>언론보도</td><td>보도자료</td></tr>"
        "<tr><td rowspan=\"2\">시민과의 소통</td><td>시민신문고</td><td>민원접수 공간</td></tr>"
        "<tr><td>나주시 SNS (페이스북 / 인스타그램 / 유튜브)</td><td>시 공식</td></tr>"
        "<tr><td rowspan=\"4\">시민과의 약속</td><td>비전 및 목표</td><td></td></tr>"
        "<tr><td>공약현황</td><td></td></tr>"
        "<tr><td>공약사업 계획</td><td></td></tr>"
        "<tr><td>공약이행 현황</td><td></td></tr>"
        "</tbody></table></li>"
        "</ul>");
}
} // namespace

Status DemoData::populate(const Database& database, const QString& mediaRoot,
                          ChangeNotifier* notifier)
{
    QSqlDatabase db = database.connection();
    auto existing = queryInt(db, QStringLiteral("SELECT (SELECT count(*) FROM pledge) + "
                                                "(SELECT count(*) FROM page) + "
                                                "(SELECT count(*) FROM schedule_event)"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error(
            Error::Kind::Invalid,
            QCoreApplication::translate(
                "openmayor::DemoData",
                "The database already holds data; demo data goes only into an empty one."));
    if (Status s = addSeedPledge(database, notifier); !s)
        return s;
    if (Status s = addSampleContent(database, mediaRoot); !s)
        return s;
    // The card records publishing the status as of 2023 Q1, 2023 Q4 and 2024 Q1; the demo
    // adds the quarters between, so "fulfilment over time" has a history.
    ReportingRepository periods(database, notifier);
    for (const char* period : {"2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"}) {
        auto published = periods.publish(QString::fromLatin1(period), {}, QStringLiteral("demo"));
        if (!published)
            return published.error();
    }
    if (notifier)
        emit notifier->storeReset();
    return {};
}

Status DemoData::addSeedPledge(const Database& database, ChangeNotifier* notifier)
{
    PledgeRepository repository(database, notifier);

    Term term{{}, QStringLiteral("민선8기"), QDate(2022, 7, 1), QDate(2026, 6, 30)};
    if (Status s = repository.saveTerm(term); !s)
        return s;
    // The card does not name its area and goal; these titles are the demo's own.
    PledgeArea area{{}, QStringLiteral("7"), QStringLiteral("소통하고 참여하는 열린 시정")};
    if (Status s = repository.saveArea(area, term.id); !s)
        return s;
    PledgeGoal goal{
        {}, area.id, QStringLiteral("7-1"), QStringLiteral("시민이 주인되는 참여 행정")};
    if (Status s = repository.saveGoal(goal); !s)
        return s;

    Pledge p;
    p.goalId = goal.id;
    p.code = QStringLiteral("7-1-3");
    p.title = QStringLiteral("365일 열린시장실 운영");
    p.policyGoal = QStringLiteral("시민들의 시정에 대한 자유로운 참여로 시민중심 행정 구현");
    p.timing = Timing::WithinTerm;
    p.bodyCity = true;
    p.isNew = true;
    p.budgetKind = BudgetKind::Budget;
    p.requiredBudget = 40;
    p.status = PledgeStatus::OnTrack;
    p.basisDate = QDate(2024, 5, 31);
    p.planHtml = seedPlanHtml();
    p.tasks = {{{},
                QStringLiteral("누리집 개선"),
                QStringLiteral("2022-Q3"),
                QStringLiteral("2022-Q4"),
                {}},
               {{},
                QStringLiteral("콘텐츠 현행화"),
                QStringLiteral("2023-Q1"),
                QStringLiteral("2026-Q2"),
                {}}};
    p.planned = {{{}, FundingSource::City, 2022, 20}, {{}, FundingSource::City, 2024, 20}};
    p.executed = {{{}, 2022, 20}, {{}, 2024, 5}};
    p.progress = {
        {{}, QStringLiteral("2022-09"), {}, QStringLiteral("누리집 개편 계획수립")},
        {{}, QStringLiteral("2022-09-29"), {}, QStringLiteral("누리집 개편 용역 계약")},
        {{},
         QStringLiteral("2022-12-28"),
         {},
         QStringLiteral("누리집 개편 완료(민선8기 공약현황 게시)")},
        {{},
         QStringLiteral("2023-01-31"),
         {},
         QStringLiteral("민선8기 공약실천계획서 확정 및 게시")},
        {{},
         QStringLiteral("2023-04"),
         {},
         QStringLiteral("23년도 1분기 기준 공약 이행 현황 게시")},
        {{},
         QStringLiteral("2024-02"),
         {},
         QStringLiteral("23년도 4분기 기준 공약 이행 현황 게시")},
        {{},
         QStringLiteral("2024-02"),
         QStringLiteral("2024-03"),
         QStringLiteral("공약이행평가단 자문회의 결과 변경사항 게시")},
        {{}, QStringLiteral("2024-03"), {}, QStringLiteral("누리집 '시민 직소상담실' 메뉴 신설")},
        {{},
         QStringLiteral("2024-05"),
         {},
         QStringLiteral("24년도 1분기 기준 공약 이행 현황 게시")},
    };
    Indicator indicator;
    indicator.name = QStringLiteral("「365일 열린시장실」 공약현황 자료갱신");
    indicator.unit = QStringLiteral("회");
    indicator.kind = IndicatorKind::Cumulative;
    indicator.targets = {{2022, 1}, {2023, 2}, {2024, 2}, {2025, 2}, {2026, 1}};
    indicator.actuals = {{2022, 1}, {2023, 2}, {2024, 4}};
    p.indicators = {indicator};
    const QString policyOffice = QStringLiteral("정책홍보실");
    const QString generalAffairs = QStringLiteral("총무과");
    p.departments = {
        {{},
         DepartmentRole::Lead,
         policyOffice,
         QStringLiteral("정책개발팀"),
         QStringLiteral("오상덕"),
         QStringLiteral("8131"),
         QStringLiteral("최지인"),
         QStringLiteral("8134")},
        {{},
         DepartmentRole::Lead,
         policyOffice,
         QStringLiteral("홍보기획팀"),
         QStringLiteral("오해준"),
         QStringLiteral("8261"),
         QStringLiteral("이신재"),
         QStringLiteral("8263")},
        {{},
         DepartmentRole::Lead,
         policyOffice,
         QStringLiteral("뉴미디어홍보팀"),
         QStringLiteral("홍세창"),
         QStringLiteral("8266"),
         QStringLiteral("김기훈"),
         QStringLiteral("8268")},
        {{},
         DepartmentRole::Cooperating,
         generalAffairs,
         QStringLiteral("비서실"),
         QStringLiteral("신상식"),
         QStringLiteral("8204"),
         QStringLiteral("유성범"),
         QStringLiteral("8201")},
        {{},
         DepartmentRole::Cooperating,
         generalAffairs,
         QStringLiteral("전산운영팀"),
         QStringLiteral("임정남"),
         QStringLiteral("8451"),
         QStringLiteral("최지원"),
         QStringLiteral("8454")},
        {{},
         DepartmentRole::Cooperating,
         QStringLiteral("시민봉사과"),
         QStringLiteral("종합민원팀"),
         QStringLiteral("최현진"),
         QStringLiteral("8731"),
         QStringLiteral("임재학"),
         QStringLiteral("8782")},
    };
    return repository.save(p, QStringLiteral("demo"));
}

} // namespace openmayor

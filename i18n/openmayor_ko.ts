<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cli</name>
    <message>
        <source>The local database file.</source>
        <translation>로컬 데이터베이스 파일.</translation>
    </message>
    <message>
        <source>Language of messages: ko or en.</source>
        <translation>메시지 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>주 창을 PNG 파일로 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <source>The section (or menu group) to show first.</source>
        <translation>처음에 보여 줄 메뉴(또는 메뉴 묶음).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>창 크기, 예: 1280x800.</translation>
    </message>
    <message>
        <source>Print the time to the first paint and the peak memory.</source>
        <translation>첫 화면 표시까지 걸린 시간과 최대 메모리 사용량을 출력합니다.</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>--size에는 너비x높이를 지정합니다. 예: 1280x800.</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;.</source>
        <translation>알 수 없는 메뉴 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; (ko or en).</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다 (ko 또는 en).</translation>
    </message>
    <message>
        <source>init [--demo]  create or upgrade the local database</source>
        <translation>init [--demo]  로컬 데이터베이스를 만들거나 업그레이드합니다</translation>
    </message>
    <message>
        <source>pledges [--json]  code, title, status, rate of every pledge</source>
        <translation>pledges [--json]  모든 공약의 번호, 공약명, 추진상황, 이행률</translation>
    </message>
    <message>
        <source>pledge CODE [--json]  one full card with derived figures</source>
        <translation>pledge 공약번호 [--json]  공약 카드 전체와 산출 지표</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>OpenMayor Studio command line.</source>
        <translation>열린시장실 스튜디오 명령줄 도구.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>텍스트 대신 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>With init: fill a new database with the demo data.</source>
        <translation>init과 함께: 새 데이터베이스에 데모 데이터를 채웁니다.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>실행할 명령.</translation>
    </message>
    <message>
        <source>openmayor-cli: no command given.</source>
        <translation>openmayor-cli: 명령이 없습니다.</translation>
    </message>
    <message>
        <source>openmayor-cli: unknown command &quot;%1&quot;.</source>
        <translation>openmayor-cli: 알 수 없는 명령 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 명령에는 인수가 없습니다.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>데이터베이스 준비 완료: %1 (스키마 버전 %2)</translation>
    </message>
    <message>
        <source>pledges takes no arguments.</source>
        <translation>pledges 명령에는 인수가 없습니다.</translation>
    </message>
    <message>
        <source>pledge takes one pledge code, e.g. 7-1-3.</source>
        <translation>pledge 명령에는 공약번호 하나를 지정합니다. 예: 7-1-3.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>추진상황</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>이행률</translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Budget (million KRW)</source>
        <translation>예산(백만원)</translation>
    </message>
    <message>
        <source>planned %1, executed %2</source>
        <translation>계획 %1, 집행 %2</translation>
    </message>
    <message>
        <source>With export to .csv: utf-8 (default, with BOM) or cp949.</source>
        <translation>.csv로 내보낼 때: utf-8(기본, BOM 포함) 또는 cp949.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>%1 takes a kind and a file, e.g. &quot;%1 pledges pledges.json&quot;.</source>
        <translation>%1 명령에는 종류와 파일을 지정합니다. 예: &quot;%1 pledges pledges.json&quot;.</translation>
    </message>
    <message>
        <source>The pledge file must end in .json or .csv: %1</source>
        <translation>공약 파일은 .json 또는 .csv여야 합니다: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>파일 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Pledges imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>공약 가져오기 완료: 추가 %1, 갱신 %2, 변경 없음 %3.</translation>
    </message>
    <message>
        <source>--encoding is utf-8 or cp949 (cp949 for .csv only).</source>
        <translation>--encoding은 utf-8 또는 cp949입니다(cp949는 .csv만).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Pledges exported: %1 to %2</source>
        <translation>공약 내보내기 완료: %1건을 %2에 저장했습니다</translation>
    </message>
    <message>
        <source>fulfilment [--period YYYY-Qn | --as-of DATE] [--decimals N] [--rounding half-up|truncate] [--include-dropped] [--json]  city figures</source>
        <translation>fulfilment [--period YYYY-Qn | --as-of 날짜] [--decimals N] [--rounding half-up|truncate] [--include-dropped] [--json]  시 공약 이행 지표</translation>
    </message>
    <message>
        <source>periods [--json]  the published reporting periods</source>
        <translation>periods [--json]  공표된 분기별 현황 목록</translation>
    </message>
    <message>
        <source>publish YYYY-Qn [--as-of DATE]  freeze every pledge&apos;s rate and status as a reporting period</source>
        <translation>publish YYYY-Qn [--as-of 날짜]  모든 공약의 이행률과 추진상황을 분기 현황으로 확정합니다</translation>
    </message>
    <message>
        <source>report card CODE|book --out FILE.pdf  the printable pledge card, or every card after the city figures</source>
        <translation>report card CODE|book --out FILE.pdf  인쇄용 공약 카드, 또는 시 전체 지표와 모든 공약 카드</translation>
    </message>
    <message>
        <source>With fulfilment: the figures of a published period.</source>
        <translation>fulfilment와 함께: 공표된 분기의 지표.</translation>
    </message>
    <message>
        <source>YYYY-Qn</source>
        <translation>YYYY-Qn</translation>
    </message>
    <message>
        <source>Rates as of this date (values of later years do not count).</source>
        <translation>이 날짜 기준 이행률(이후 연도 값은 반영하지 않음).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Decimals of the published figures (default 1).</source>
        <translation>공표 지표의 소수 자릿수(기본 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>half-up (default) or truncate.</source>
        <translation>half-up(반올림, 기본) 또는 truncate(버림).</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Count dropped pledges too.</source>
        <translation>폐기된 공약도 집계합니다.</translation>
    </message>
    <message>
        <source>Pledges counted</source>
        <translation>집계 대상 공약</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>완료율</translation>
    </message>
    <message>
        <source> (completed and completed-continuing ÷ counted)</source>
        <translation> (완료로 종결 + 완료 후 계속추진 ÷ 집계 대상)</translation>
    </message>
    <message>
        <source>Average rate</source>
        <translation>평균 이행률</translation>
    </message>
    <message>
        <source> (mean of the pledges&apos; rates)</source>
        <translation> (공약별 이행률의 평균)</translation>
    </message>
    <message>
        <source>Financing rate</source>
        <translation>재정확보율</translation>
    </message>
    <message>
        <source> (executed ÷ planned budget)</source>
        <translation> (집행액 ÷ 계획 예산)</translation>
    </message>
    <message>
        <source>fulfilment takes options only.</source>
        <translation>fulfilment 명령에는 옵션만 지정합니다.</translation>
    </message>
    <message>
        <source>--decimals takes a whole number from 0 to 6.</source>
        <translation>--decimals에는 0부터 6까지의 정수를 지정합니다.</translation>
    </message>
    <message>
        <source>--rounding is half-up or truncate.</source>
        <translation>--rounding은 half-up 또는 truncate입니다.</translation>
    </message>
    <message>
        <source>--as-of takes a date like 2024-05-31.</source>
        <translation>--as-of에는 2024-05-31 같은 날짜를 지정합니다.</translation>
    </message>
    <message>
        <source>Use either --period or --as-of, not both.</source>
        <translation>--period와 --as-of 중 하나만 쓰세요.</translation>
    </message>
    <message>
        <source>A period is written like 2024-Q1.</source>
        <translation>기간은 2024-Q1처럼 씁니다.</translation>
    </message>
    <message>
        <source>Within term:</source>
        <translation>임기내:</translation>
    </message>
    <message>
        <source>periods takes no arguments.</source>
        <translation>periods 명령에는 인수가 없습니다.</translation>
    </message>
    <message>
        <source>publish takes one period, e.g. 2024-Q1.</source>
        <translation>publish 명령에는 기간 하나를 지정합니다. 예: 2024-Q1.</translation>
    </message>
    <message>
        <source>Published %1 (basis date %2): average rate %3.</source>
        <translation>%1 공표 완료(기준일 %2): 평균 이행률 %3.</translation>
    </message>
    <message>
        <source>Pledge card %1 written to %2</source>
        <translation>공약 카드 %1을(를) %2에 저장했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Pledge book of %n pledge(s) written to %1</source>
        <translation>
            <numerusform>공약 %n건의 공약집을 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>report takes &quot;card CODE&quot; or &quot;book&quot;, e.g. &quot;report card 7-1-3 --out card.pdf&quot;.</source>
        <translation>report 명령에는 &quot;card CODE&quot; 또는 &quot;book&quot;을 지정합니다. 예: &quot;report card 7-1-3 --out card.pdf&quot;.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report 명령에는 --out FILE.pdf가 필요합니다.</translation>
    </message>
    <message>
        <source>The report file must end in .pdf: %1</source>
        <translation>보고서 파일 이름은 .pdf로 끝나야 합니다: %1</translation>
    </message>
    <message>
        <source>import pledges FILE | schedule FILE.ics [--dry-run]  add and update pledges from .json or .csv, or events from iCalendar</source>
        <translation>import pledges FILE | schedule FILE.ics [--dry-run]  .json 또는 .csv 파일에서 공약을, 아이캘린더(.ics) 파일에서 일정을 추가·갱신합니다</translation>
    </message>
    <message>
        <source>export pledges FILE [--encoding utf-8|cp949] | schedule FILE.ics [--from DATE] [--to DATE] [--public-only]  write the pledge book as .json or .csv, or the schedule as iCalendar</source>
        <translation>export pledges FILE [--encoding utf-8|cp949] | schedule FILE.ics [--from DATE] [--to DATE] [--public-only]  공약집을 .json 또는 .csv 파일로, 일정을 아이캘린더(.ics) 파일로 내보냅니다</translation>
    </message>
    <message>
        <source>search TEXT [--limit N] [--json]  find TEXT in all content, best matches first</source>
        <translation>search TEXT [--limit N] [--json]  모든 콘텐츠에서 TEXT를 찾아 관련도가 높은 순으로 보여 줍니다</translation>
    </message>
    <message>
        <source>With search: at most N results (default 50).</source>
        <translation>search 사용 시: 최대 N건의 결과를 표시합니다(기본값 50).</translation>
    </message>
    <message>
        <source>With export schedule: the first day.</source>
        <translation>export schedule 사용 시: 시작일입니다.</translation>
    </message>
    <message>
        <source>With export schedule: the last day.</source>
        <translation>export schedule 사용 시: 종료일입니다.</translation>
    </message>
    <message>
        <source>With export schedule: leave internal events out.</source>
        <translation>export schedule 사용 시: 내부 일정을 제외합니다.</translation>
    </message>
    <message>
        <source>With import schedule: show the plan, save nothing.</source>
        <translation>import schedule 사용 시: 처리 계획만 보여 주고 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 knows &quot;pledges&quot; and &quot;schedule&quot;, not &quot;%2&quot;.</source>
        <translation>%1 명령에는 &quot;pledges&quot; 또는 &quot;schedule&quot;만 지정할 수 있습니다(&quot;%2&quot;은(는) 지원하지 않습니다).</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2024-05-31, not &quot;%2&quot;.</source>
        <translation>--%1에는 2024-05-31과 같은 형식의 날짜를 입력해야 합니다(&quot;%2&quot;은(는) 올바른 날짜가 아닙니다).</translation>
    </message>
    <message>
        <source>The schedule file must end in .ics: %1</source>
        <translation>일정 파일의 확장자는 .ics여야 합니다: %1</translation>
    </message>
    <message>
        <source>Schedule import (dry run, nothing saved): %1 new, %2 updated, %3 unchanged.</source>
        <translation>일정 가져오기(시험 실행, 저장하지 않음): 신규 %1건, 변경 %2건, 변경 없음 %3건.</translation>
    </message>
    <message>
        <source>Schedule imported: %1 new, %2 updated, %3 unchanged.</source>
        <translation>일정을 가져왔습니다: 신규 %1건, 변경 %2건, 변경 없음 %3건.</translation>
    </message>
    <message>
        <source>--to lies before --from.</source>
        <translation>--to 날짜가 --from 날짜보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Schedule exported: %1 events to %2</source>
        <translation>일정을 내보냈습니다: %1건, %2</translation>
    </message>
    <message>
        <source>search needs the text to find.</source>
        <translation>search 명령에는 찾을 텍스트가 필요합니다.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit에는 1 이상의 정수를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>검색 결과가 없습니다.</translation>
    </message>
    <message>
        <source>chart fulfilment-trend|indicators|budget|status|infographic --out FILE.png|.svg|.pdf [--pledge CODE] [--size WxH|a4] [--template rate-card|trend|budget|pledge-card]  a chart or an infographic</source>
        <translation>chart fulfilment-trend|indicators|budget|status|infographic --out FILE.png|.svg|.pdf [--pledge CODE] [--size WxH|a4] [--template rate-card|trend|budget|pledge-card]  차트 또는 인포그래픽을 만듭니다</translation>
    </message>
    <message>
        <source>With report or chart: the file to write.</source>
        <translation>report 또는 chart와 함께 사용: 저장할 파일입니다.</translation>
    </message>
    <message>
        <source>With chart: the pledge (code) to draw.</source>
        <translation>chart와 함께 사용: 그릴 공약(코드)입니다.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>With chart: WIDTHxHEIGHT in pixels, or a4.</source>
        <translation>chart와 함께 사용: 픽셀 단위 WIDTHxHEIGHT(너비x높이) 또는 a4입니다.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>With chart infographic: the template.</source>
        <translation>chart infographic과 함께 사용: 템플릿입니다.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>chart takes one KIND: %1.</source>
        <translation>chart에는 KIND(종류)를 하나만 지정합니다: %1.</translation>
    </message>
    <message>
        <source>chart infographic needs --template %1.</source>
        <translation>chart infographic에는 --template %1 옵션이 필요합니다.</translation>
    </message>
    <message>
        <source>--template goes with chart infographic.</source>
        <translation>--template은 chart infographic과 함께 사용합니다.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;; one of %2.</source>
        <translation>알 수 없는 차트 &quot;%1&quot;입니다. %2 중 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>chart needs --out FILE.png, .svg or .pdf.</source>
        <translation>chart에는 --out FILE.png, .svg 또는 .pdf 옵션이 필요합니다.</translation>
    </message>
    <message>
        <source>--size is WIDTHxHEIGHT (16 to 8000 pixels) or a4, not &quot;%1&quot;.</source>
        <translation>--size는 WIDTHxHEIGHT(16~8000픽셀) 또는 a4여야 합니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>--size a4 writes PDF only.</source>
        <translation>--size a4는 PDF로만 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>No pledge %1.</source>
        <translation>공약 %1을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1을(를) %2에 저장했습니다</translation>
    </message>
    <message>
        <source>portal init --portal URL [--media-url URL] [--media-user NAME]  create or upgrade the portal&apos;s database schema</source>
        <translation>portal init --portal URL [--media-url URL] [--media-user NAME]  포털 데이터베이스 스키마를 만들거나 올림</translation>
    </message>
    <message>
        <source>sync --portal URL [--json] [--progress]  send local changes to the portal and receive its changes</source>
        <translation>sync --portal URL [--json] [--progress]  로컬 변경을 포털로 보내고 포털의 변경을 받음</translation>
    </message>
    <message>
        <source>conflicts [--json]  changes sync could not apply on its own</source>
        <translation>conflicts [--json]  동기화가 스스로 반영하지 못한 변경</translation>
    </message>
    <message>
        <source>resolve ID --take mine|theirs  settle one conflict</source>
        <translation>resolve ID --take mine|theirs  충돌 하나를 정리</translation>
    </message>
    <message>
        <source>With portal and sync: postgresql://user@host:port/db (the password comes from OPENMAYOR_PORTAL_PASSWORD or the keychain).</source>
        <translation>portal, sync와 함께: postgresql://user@host:port/db (비밀번호는 OPENMAYOR_PORTAL_PASSWORD 또는 키체인에서 가져옴).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>With portal init: the media store&apos;s WebDAV address.</source>
        <translation>portal init과 함께: 미디어 저장소의 WebDAV 주소.</translation>
    </message>
    <message>
        <source>With portal init: the media store&apos;s user name.</source>
        <translation>portal init과 함께: 미디어 저장소의 사용자 이름.</translation>
    </message>
    <message>
        <source>With resolve: mine or theirs.</source>
        <translation>resolve와 함께: mine(내 것) 또는 theirs(포털 것).</translation>
    </message>
    <message>
        <source>side</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>--portal postgresql://user@host:port/database is needed.</source>
        <translation>--portal postgresql://user@host:port/database 가 필요합니다.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>uploading media</source>
        <translation>미디어 올리는 중</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>변경 보내는 중</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>변경 받는 중</translation>
    </message>
    <message>
        <source>applying changes</source>
        <translation>변경 반영 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>portal needs a subcommand: portal init --portal URL.</source>
        <translation>portal에는 하위 명령이 필요합니다: portal init --portal URL.</translation>
    </message>
    <message>
        <source>The portal schema is at version %1.</source>
        <translation>포털 스키마 버전은 %1입니다.</translation>
    </message>
    <message>
        <source>Received %1, sent %2, conflicts %3, refused %4, files uploaded %5, files waiting %6.</source>
        <translation>받음 %1, 보냄 %2, 충돌 %3, 거부됨 %4, 올린 파일 %5, 대기 중인 파일 %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait for the media store: %1</source>
        <translation>
            <numerusform>파일 %n개가 미디어 저장소를 기다립니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>열린 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>resolve needs a conflict number and --take mine or --take theirs.</source>
        <translation>resolve에는 충돌 번호와 --take mine 또는 --take theirs가 필요합니다.</translation>
    </message>
    <message>
        <source>index [--progress] [--json]  add to the search index what a large sync left for later</source>
        <translation>index [--progress] [--json]  대량 동기화 뒤 남겨 둔 항목을 검색 색인에 추가</translation>
    </message>
    <message>
        <source>With sync and index: report progress on stderr.</source>
        <translation>sync와 index에서: 진행 상황을 stderr에 표시합니다.</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>색인 중</translation>
    </message>
    <message numerus="yes">
        <source>The search index is up to date (%n item(s) added).</source>
        <translation>
            <numerusform>검색 색인이 최신 상태입니다(%n건 추가).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are found by a slower search until the search index has taken them in: the app does it in the background, or run &apos;openmayor-cli index&apos;.</source>
        <translation>
            <numerusform>%n건은 검색 색인에 들어가기 전까지 느린 검색으로 찾습니다. 앱이 백그라운드에서 색인하거나 &apos;openmayor-cli index&apos;를 실행하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentListing</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>State</source>
        <translation>게시 단계</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>공개 여부</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>배포일시</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>공약번호</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Completed, closed</source>
        <translation>완료로 종결</translation>
    </message>
    <message>
        <source>Completed, continuing</source>
        <translation>완료 후 계속추진</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>정상추진</translation>
    </message>
    <message>
        <source>Partly on track</source>
        <translation>일부추진</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>부진</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Within term</source>
        <translation>임기내</translation>
    </message>
    <message>
        <source>After term</source>
        <translation>임기후</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>비예산</translation>
    </message>
    <message>
        <source>National funds</source>
        <translation>국비</translation>
    </message>
    <message>
        <source>Provincial funds</source>
        <translation>도비</translation>
    </message>
    <message>
        <source>City funds</source>
        <translation>시비</translation>
    </message>
    <message>
        <source>Other funds</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>도</translation>
    </message>
    <message>
        <source>Naju City</source>
        <translation>나주시</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>민간</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>누계형</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>수준형</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>감소형</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>달성형</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>주관부서</translation>
    </message>
    <message>
        <source>Cooperating department</source>
        <translation>협조부서</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>게시 철회</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>페이스북</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>인스타그램</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>유튜브</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>블로그</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X(트위터)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>말과 글</translation>
    </message>
    <message>
        <source>Schedule event</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Field activity</source>
        <translation>현장 활동</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <source>SNS link</source>
        <translation>SNS 링크</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>공약</translation>
    </message>
    <message>
        <source>KOGL Type 1 (attribution)</source>
        <translation>공공누리 제1유형(출처표시)</translation>
    </message>
    <message>
        <source>KOGL Type 2 (attribution, non-commercial)</source>
        <translation>공공누리 제2유형(출처표시, 상업적 이용금지)</translation>
    </message>
    <message>
        <source>KOGL Type 3 (attribution, no derivatives)</source>
        <translation>공공누리 제3유형(출처표시, 변경금지)</translation>
    </message>
    <message>
        <source>KOGL Type 4 (attribution, non-commercial, no derivatives)</source>
        <translation>공공누리 제4유형(출처표시, 상업적 이용금지, 변경금지)</translation>
    </message>
    <message>
        <source>No open licence</source>
        <translation>공공누리 미적용</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>there is more text after END:VCALENDAR.</source>
        <translation>END:VCALENDAR 뒤에 텍스트가 더 있습니다.</translation>
    </message>
    <message>
        <source>this is not an iCalendar file (it must begin with BEGIN:VCALENDAR).</source>
        <translation>아이캘린더(.ics) 파일이 아닙니다(파일은 BEGIN:VCALENDAR로 시작해야 합니다).</translation>
    </message>
    <message>
        <source>BEGIN:%1 inside %2 of line %3 (is an END missing?).</source>
        <translation>%3번째 줄에서 시작한 %2 안에 BEGIN:%1이(가) 있습니다(END가 빠지지 않았는지 확인하십시오).</translation>
    </message>
    <message>
        <source>END:%1 does not close BEGIN:%2 of line %3.</source>
        <translation>END:%1이(가) %3번째 줄의 BEGIN:%2와(과) 짝이 맞지 않습니다.</translation>
    </message>
    <message>
        <source>the event that begins here has no start (DTSTART).</source>
        <translation>여기에서 시작하는 일정에 시작 일시(DTSTART)가 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date or date-time for %2.</source>
        <translation>“%1”은(는) %2에 사용할 수 있는 올바른 날짜 또는 일시가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not a valid DURATION.</source>
        <translation>“%1”은(는) 올바른 DURATION 값이 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SEQUENCE number.</source>
        <translation>“%1”은(는) 올바른 SEQUENCE 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; it is not a schedule to import.</source>
        <translation>파일 크기가 %1MB를 초과합니다. 가져올 수 있는 일정 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>the value of %1 is larger than %2 KB.</source>
        <translation>%1의 값이 %2KB를 초과합니다.</translation>
    </message>
    <message>
        <source>the line holds control characters or binary data; this is not an iCalendar text file.</source>
        <translation>줄에 제어 문자 또는 이진 데이터가 있습니다. 아이캘린더 텍스트 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>a continuation line without a line before it.</source>
        <translation>앞 줄이 없는 연속 줄입니다.</translation>
    </message>
    <message>
        <source>The file is empty; it holds no calendar.</source>
        <translation>파일이 비어 있습니다. 일정 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text (binary data or another encoding).</source>
        <translation>줄이 UTF-8 텍스트가 아닙니다(이진 데이터이거나 다른 인코딩입니다).</translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar content line (NAME:value).</source>
        <translation>“%1”은(는) 아이캘린더 내용 줄(NAME:value)이 아닙니다.</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed (the file ends first).</source>
        <translation>BEGIN:%1이(가) 닫히지 않은 채 파일이 끝났습니다.</translation>
    </message>
    <message>
        <source>the time zone “%1” is unknown and the file does not define it (VTIMEZONE).</source>
        <translation>시간대 “%1”을(를) 알 수 없으며 파일에도 정의(VTIMEZONE)되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>a part of the event was left out (%1).</source>
        <translation>일정의 일부 항목(%1)을 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>a changed occurrence of a repeating event is not imported.</source>
        <translation>반복 일정 중 변경된 회차는 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” repeats; only its first occurrence is imported.</source>
        <translation>“%1”은(는) 반복 일정입니다. 첫 번째 회차만 가져옵니다.</translation>
    </message>
    <message>
        <source>(No title)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>the start cannot be read.</source>
        <translation>시작 일시를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>the end cannot be read.</source>
        <translation>종료 일시를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The calendar cannot be read.</source>
        <translation>캘린더를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Mayor&apos;s schedule</source>
        <translation>시장 일정</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the UID %1 is already used by the event of line %2.</source>
        <translation>UID %1은(는) 이미 %2번째 줄의 일정에서 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is an older version (SEQUENCE %2) than the stored one (%3); the file&apos;s version replaces it.</source>
        <translation>“%1”은(는) 저장된 버전(%3)보다 오래된 버전(SEQUENCE %2)입니다. 파일의 버전으로 대체합니다.</translation>
    </message>
</context>
<context>
    <name>PledgeCsv</name>
    <message>
        <source>This system cannot write CP949 text.</source>
        <translation>이 시스템에서는 CP949 텍스트를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1, line %2: the character &quot;%3&quot; cannot be written in CP949; export in UTF-8 instead.</source>
        <translation>%1, %2행: &quot;%3&quot; 문자는 CP949로 쓸 수 없습니다. UTF-8로 내보내세요.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted cell is not closed (a &quot; is missing).</source>
        <translation>%1, %2행: 따옴표로 시작한 칸이 닫히지 않았습니다(&quot; 누락).</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation>%1, %2행, &quot;%3&quot; 열: %4</translation>
    </message>
    <message>
        <source>the header row is missing</source>
        <translation>머리글 행이 없습니다</translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>알 수 없는 열입니다</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>같은 열이 두 번 있습니다</translation>
    </message>
    <message>
        <source>this column is missing</source>
        <translation>이 열이 없습니다</translation>
    </message>
    <message>
        <source>the row has more cells than the header</source>
        <translation>행의 칸 수가 머리글보다 많습니다</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>there can be only one term</source>
        <translation>임기는 하나만 있을 수 있습니다</translation>
    </message>
    <message>
        <source>there is no pledge &quot;%1&quot; in %2</source>
        <translation>%2에 공약 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PledgeDetail</name>
    <message>
        <source>Status</source>
        <translation>추진상황</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>이행률</translation>
    </message>
    <message>
        <source>(mean of the indicators&apos; rates)</source>
        <translation>(각 지표 이행률의 평균)</translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>완료시기</translation>
    </message>
    <message>
        <source>Policy goal</source>
        <translation>정책목표</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>%1 planned, %2 executed (million KRW) — execution %3</source>
        <translation>계획 %1, 집행 %2 (백만원) — 집행률 %3</translation>
    </message>
    <message>
        <source>Achievement indicators</source>
        <translation>공약달성 확인지표</translation>
    </message>
    <message>
        <source>%1 of %2 %3, rate %4</source>
        <translation>%2%3 중 %1%3, 이행률 %4</translation>
    </message>
    <message>
        <source>No indicators: no rate.</source>
        <translation>확인지표가 없어 이행률을 산출하지 않습니다.</translation>
    </message>
    <message>
        <source>Progress record</source>
        <translation>추진실적</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>부서 및 담당자</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>추진계획</translation>
    </message>
    <message>
        <source>Schedule by quarter</source>
        <translation>연차별 추진일정</translation>
    </message>
    <message>
        <source>Pledges counted</source>
        <translation>집계 대상 공약</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>완료율</translation>
    </message>
    <message>
        <source>(%1 completed of %2)</source>
        <translation>(%2개 중 %1개 완료)</translation>
    </message>
    <message>
        <source>Average fulfilment</source>
        <translation>평균 이행률</translation>
    </message>
    <message numerus="yes">
        <source>(mean over %n rated pledge(s))</source>
        <translation>
            <numerusform>(이행률이 있는 공약 %n개의 평균)</numerusform>
        </translation>
    </message>
    <message>
        <source>By status</source>
        <translation>추진상황별</translation>
    </message>
    <message>
        <source>Financing rate</source>
        <translation>재정확보율</translation>
    </message>
    <message>
        <source>(executed %1 ÷ planned %2 million KRW)</source>
        <translation>(집행 %1 ÷ 계획 %2 백만원)</translation>
    </message>
</context>
<context>
    <name>PledgeImport</name>
    <message>
        <source>Pledge file, %1: %2</source>
        <translation>공약 파일, %1: %2</translation>
    </message>
    <message>
        <source>a new area needs a term, and neither the file nor the database has one</source>
        <translation>새 분야에는 임기가 필요하지만 파일과 데이터베이스 어디에도 임기가 없습니다</translation>
    </message>
    <message>
        <source>the goal %1 belongs to area %2, which is neither in the file nor in the database</source>
        <translation>목표 %1이(가) 속한 분야 %2이(가) 파일과 데이터베이스 어디에도 없습니다</translation>
    </message>
    <message>
        <source>the pledge %1 belongs to goal %2, which is neither in the file nor in the database</source>
        <translation>공약 %1이(가) 속한 목표 %2이(가) 파일과 데이터베이스 어디에도 없습니다</translation>
    </message>
    <message>
        <source>Cannot import the pledge %1: %2</source>
        <translation>공약 %1을(를) 가져올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>PledgeInterchange</name>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>알 수 없는 키 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this key is required</source>
        <translation>반드시 있어야 하는 키입니다</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>음수일 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a year between %2 and %3</source>
        <translation>%1은(는) %2~%3 사이의 연도가 아닙니다</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot;은(는) 다음 중 하나가 아닙니다: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot;은(는) 날짜(YYYY-MM-DD)가 아닙니다</translation>
    </message>
    <message>
        <source>expected a list [...]</source>
        <translation>목록 [...]이어야 합니다</translation>
    </message>
    <message>
        <source>expected an object {...}</source>
        <translation>객체 {...}여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code (a number, e.g. 7)</source>
        <translation>&quot;%1&quot;은(는) 분야 번호(숫자, 예: 7)가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a goal code (area-goal, e.g. 7-1)</source>
        <translation>&quot;%1&quot;은(는) 목표 번호(분야-목표, 예: 7-1)가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pledge code (area-goal-item, e.g. 7-1-3)</source>
        <translation>&quot;%1&quot;은(는) 공약번호(분야-목표-과제, 예: 7-1-3)가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter (YYYY-Qn, e.g. 2022-Q3)</source>
        <translation>&quot;%1&quot;은(는) 분기(YYYY-Qn, 예: 2022-Q3)가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year between %2 and %3</source>
        <translation>&quot;%1&quot;은(는) %2~%3 사이의 연도가 아닙니다</translation>
    </message>
    <message>
        <source>the title must not be empty</source>
        <translation>제목이 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>the title is longer than 500 characters</source>
        <translation>제목이 500자를 넘습니다</translation>
    </message>
    <message>
        <source>the task ends (%1) before it starts (%2)</source>
        <translation>과제의 종료(%1)가 시작(%2)보다 앞섭니다</translation>
    </message>
    <message>
        <source>a second amount for %1 in %2</source>
        <translation>%2년 %1 금액이 두 번 있습니다</translation>
    </message>
    <message>
        <source>a second executed amount for %1</source>
        <translation>%1년 집행액이 두 번 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM, YYYY-MM-DD or FROM/TO)</source>
        <translation>&quot;%1&quot;은(는) 날짜(YYYY-MM, YYYY-MM-DD 또는 시작/끝)가 아닙니다</translation>
    </message>
    <message>
        <source>not an OpenMayor pledge file (expected &quot;%1&quot;)</source>
        <translation>열린시장실 공약 파일이 아닙니다(&quot;%1&quot; 필요)</translation>
    </message>
    <message>
        <source>version %1 was written by a newer OpenMayor Studio; this one reads version %2</source>
        <translation>버전 %1은(는) 더 새로운 열린시장실 스튜디오가 쓴 파일입니다. 이 버전은 %2 버전을 읽습니다</translation>
    </message>
    <message>
        <source>version %1 is not supported</source>
        <translation>버전 %1은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>the term needs a name</source>
        <translation>임기에 이름이 필요합니다</translation>
    </message>
    <message>
        <source>the term ends before it starts</source>
        <translation>임기의 끝이 시작보다 앞섭니다</translation>
    </message>
    <message>
        <source>the code %1 appears twice</source>
        <translation>번호 %1이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>Pledge file, %1: %2</source>
        <translation>공약 파일, %1: %2</translation>
    </message>
    <message>
        <source>The pledge file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>공약 파일이 올바른 JSON이 아닙니다: %2행 %3열에서 %1.</translation>
    </message>
</context>
<context>
    <name>PortalPreview</name>
    <message>
        <source>Attachments</source>
        <translation>첨부파일</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Mayor&apos;s office</source>
        <translation>시장실</translation>
    </message>
    <message>
        <source>Mayor in the field</source>
        <translation>시장 현장</translation>
    </message>
    <message>
        <source>Talking with citizens</source>
        <translation>시민과의 소통</translation>
    </message>
    <message>
        <source>Promises to citizens</source>
        <translation>시민과의 약속</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>인사말</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Words and writings</source>
        <translation>말과 글</translation>
    </message>
    <message>
        <source>Mayor 24 hours</source>
        <translation>시장24시</translation>
    </message>
    <message>
        <source>Into the field</source>
        <translation>현장속으로</translation>
    </message>
    <message>
        <source>Press releases</source>
        <translation>언론보도</translation>
    </message>
    <message>
        <source>Citizens&apos; petitions</source>
        <translation>시민신문고</translation>
    </message>
    <message>
        <source>Naju City SNS</source>
        <translation>나주시 SNS</translation>
    </message>
    <message>
        <source>Vision and goals</source>
        <translation>비전 및 목표</translation>
    </message>
    <message>
        <source>Pledge status</source>
        <translation>공약현황</translation>
    </message>
    <message>
        <source>Pledge project plans</source>
        <translation>공약사업 계획</translation>
    </message>
    <message>
        <source>Pledge fulfilment</source>
        <translation>공약이행 현황</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Term</source>
        <translation>임기</translation>
    </message>
    <message>
        <source>Pledge area</source>
        <translation>공약 분야</translation>
    </message>
    <message>
        <source>Policy goal</source>
        <translation>정책 목표</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>공약</translation>
    </message>
    <message>
        <source>Pledge schedule</source>
        <translation>공약 추진일정</translation>
    </message>
    <message>
        <source>Pledge budget</source>
        <translation>공약 투자계획</translation>
    </message>
    <message>
        <source>Budget executed</source>
        <translation>집행액</translation>
    </message>
    <message>
        <source>Pledge progress</source>
        <translation>공약 추진실적</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>확인지표</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>지표 값</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>공표 기간</translation>
    </message>
    <message>
        <source>Pledge snapshot</source>
        <translation>공약 스냅샷</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>말과 글</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>현장 활동</translation>
    </message>
    <message>
        <source>Activity photo</source>
        <translation>현장 활동 사진</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <source>Press attachment</source>
        <translation>보도자료 첨부</translation>
    </message>
    <message>
        <source>SNS link</source>
        <translation>SNS 링크</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>미디어 파일</translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation>결재 단계</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>개정판</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>결재 상태</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>공개 범위</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>게시 일시</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명문(캡션)</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>대체 텍스트</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>발표일</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>종일</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Completion timing</source>
        <translation>완료 시기</translation>
    </message>
    <message>
        <source>Required budget</source>
        <translation>소요 예산</translation>
    </message>
    <message>
        <source>Budget kind</source>
        <translation>예산 구분</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>주소(URL)</translation>
    </message>
    <message>
        <source>Release number</source>
        <translation>보도 번호</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>엠바고 해제</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>팀장</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Edited by</source>
        <translation>수정한 사람</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>양쪽에서 바뀜</translation>
    </message>
    <message>
        <source>Deleted on the portal, changed here</source>
        <translation>포털에서 삭제, 여기서 변경</translation>
    </message>
    <message>
        <source>Deleted here, changed on the portal</source>
        <translation>여기서 삭제, 포털에서 변경</translation>
    </message>
    <message>
        <source>Refused by the portal</source>
        <translation>포털이 거부함</translation>
    </message>
    <message>
        <source>Connecting to the portal…</source>
        <translation>포털에 연결 중…</translation>
    </message>
    <message>
        <source>Uploading files</source>
        <translation>파일 올리는 중</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>변경 보내는 중</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>변경 받는 중</translation>
    </message>
    <message>
        <source>Applying changes</source>
        <translation>변경 반영 중</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>동기화 완료</translation>
    </message>
</context>
<context>
    <name>openmayor::ActivityEditor</name>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>photo caption</source>
        <translation>사진 설명</translation>
    </message>
    <message>
        <source>photo alt text</source>
        <translation>사진 대체 텍스트</translation>
    </message>
    <message>
        <source>photo licence</source>
        <translation>사진 이용허락</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>그림 파일 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>장소(&amp;P)</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>부서(&amp;P)</translation>
    </message>
    <message>
        <source>Photos (drag to reorder, drop files to add)</source>
        <translation>사진(끌어서 순서 변경, 파일을 끌어다 놓아 추가)</translation>
    </message>
    <message>
        <source>Photo gallery</source>
        <translation>사진첩</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>사진 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ 앞으로</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>뒤로 ▶</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>설명(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Alt text</source>
        <translation>대체 텍스트(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>이용허락(&amp;L)</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it (required before publishing)</source>
        <translation>사진을 볼 수 없는 사람을 위한 사진 내용 설명(게시 전 필수)</translation>
    </message>
    <message>
        <source>Move a photo</source>
        <translation>사진 이동</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>사진 %n장 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a photo</source>
        <translation>사진 제거</translation>
    </message>
</context>
<context>
    <name>openmayor::AllDayStrip</name>
    <message>
        <source>All day</source>
        <translation>종일</translation>
    </message>
</context>
<context>
    <name>openmayor::Application</name>
    <message>
        <source>OpenMayor Studio</source>
        <translation>열린시장실 스튜디오</translation>
    </message>
    <message>
        <source>%1 is already open in another OpenMayor Studio window.</source>
        <translation>%1 파일은 이미 다른 열린시장실 스튜디오 창에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 파일을 열었습니다.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>화면 이미지 %1 파일을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>데이터베이스 파일 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::BrandTheme</name>
    <message>
        <source>Text on background</source>
        <translation>배경 위 글자</translation>
    </message>
    <message>
        <source>Primary colour on background</source>
        <translation>배경 위 주 색상</translation>
    </message>
    <message>
        <source>Background colour on primary band</source>
        <translation>주 색상 띠 위 배경 색상</translation>
    </message>
    <message>
        <source>Secondary colour on background</source>
        <translation>배경 위 보조 색상</translation>
    </message>
</context>
<context>
    <name>openmayor::BudgetChartModel</name>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>집행</translation>
    </message>
    <message>
        <source>Execution rate (%)</source>
        <translation>집행률(%)</translation>
    </message>
</context>
<context>
    <name>openmayor::BudgetGridModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total = prior %1 + within term %2 + after term %3 = %4</source>
        <translation>총계 = 기 투자 %1 + 임기내 %2 + 임기후 %3 = %4</translation>
    </message>
    <message>
        <source>Within term = %1 = %2</source>
        <translation>임기내 소계 = %1 = %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 total = %2 = %3</source>
        <translation>%1 총계 = %2 = %3</translation>
    </message>
    <message>
        <source>%1 within term = %2 = %3</source>
        <translation>%1 임기내 소계 = %2 = %3</translation>
    </message>
    <message>
        <source>Prior and after-term amounts are not split by source.</source>
        <translation>기 투자와 임기후 금액은 재원별로 나누지 않습니다.</translation>
    </message>
    <message>
        <source>Executed = %1 = %2</source>
        <translation>집행액 = %1 = %2</translation>
    </message>
    <message>
        <source>Execution rate = executed %1 ÷ planned %2 = %3 %</source>
        <translation>집행률 = 집행 %1 ÷ 계획 %2 = %3 %</translation>
    </message>
    <message>
        <source>Execution rate: nothing is planned.</source>
        <translation>집행률: 계획된 예산이 없습니다.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총계</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>집행액</translation>
    </message>
    <message>
        <source>Prior</source>
        <translation>기 투자</translation>
    </message>
    <message>
        <source>Within term</source>
        <translation>임기내 소계</translation>
    </message>
    <message>
        <source>After term</source>
        <translation>임기후</translation>
    </message>
    <message>
        <source>Set prior investment</source>
        <translation>기 투자 금액 변경</translation>
    </message>
    <message>
        <source>Set after-term investment</source>
        <translation>임기후 투자 금액 변경</translation>
    </message>
    <message>
        <source>Set %1 for %2</source>
        <translation>%2년 %1 변경</translation>
    </message>
    <message>
        <source>Set executed amount for %1</source>
        <translation>%1년 집행액 변경</translation>
    </message>
</context>
<context>
    <name>openmayor::CardItems</name>
    <message>
        <source>“%1” is not an amount: type a number such as 20 or 1,234.</source>
        <translation>“%1”은(는) 금액이 아닙니다. 20이나 1,234처럼 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>An amount must be a finite number.</source>
        <translation>금액은 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>금액은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write a month (2024-03) or a day (2024-03-15).</source>
        <translation>“%1”은(는) 날짜가 아닙니다. 월(2024-03)이나 일(2024-03-15)로 쓰세요.</translation>
    </message>
</context>
<context>
    <name>openmayor::CityFiguresReport</name>
    <message>
        <source>Pledge fulfilment status</source>
        <translation>공약이행 현황</translation>
    </message>
    <message>
        <source>%1 pledge fulfilment status</source>
        <translation>%1 공약이행 현황</translation>
    </message>
    <message>
        <source>Term %1 ~ %2</source>
        <translation>임기 %1 ~ %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>City figures</source>
        <translation>공약이행 총괄</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>All pledges</source>
        <translation>전체 공약</translation>
    </message>
    <message>
        <source>Within-term pledges</source>
        <translation>임기내 공약</translation>
    </message>
    <message>
        <source>Pledges counted</source>
        <translation>집계 대상 공약</translation>
    </message>
    <message>
        <source>Completed pledges</source>
        <translation>완료 공약 수</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>완료율(%)</translation>
    </message>
    <message>
        <source>Rated pledges</source>
        <translation>이행률 산출 공약 수</translation>
    </message>
    <message>
        <source>Average fulfilment rate (%)</source>
        <translation>평균 이행률(%)</translation>
    </message>
    <message>
        <source>Planned budget (million KRW)</source>
        <translation>계획 예산(백만원)</translation>
    </message>
    <message>
        <source>Secured budget (million KRW)</source>
        <translation>확보 예산(백만원)</translation>
    </message>
    <message>
        <source>Financing rate (%)</source>
        <translation>재정확보율(%)</translation>
    </message>
    <message>
        <source>Completion rate = (completed, closed + completed, continuing) ÷ pledges counted × 100. Average fulfilment rate = mean of the rated pledges&apos; rates; a pledge&apos;s rate is the mean of its indicators&apos; rates. Financing rate = secured (executed) budget ÷ planned budget × 100. Dropped pledges are not counted. Rates are rounded half up to one decimal.</source>
        <translation>완료율 = (완료로 종결 + 완료 후 계속추진) ÷ 대상 공약 수 × 100. 평균 이행률 = 이행률이 산출된 공약의 이행률 평균이며, 공약 이행률은 각 지표 이행률의 평균입니다. 재정확보율 = 확보(집행) 예산 ÷ 계획 예산 × 100. 폐기된 공약은 집계하지 않습니다. 비율은 소수점 첫째 자리까지 반올림합니다.</translation>
    </message>
    <message>
        <source>Pledges by status</source>
        <translation>추진상황별 공약 수</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>추진상황</translation>
    </message>
    <message>
        <source>Pledge cards in this book</source>
        <translation>수록 공약 카드</translation>
    </message>
    <message>
        <source>Pledge code</source>
        <translation>공약번호</translation>
    </message>
    <message>
        <source>Pledge title</source>
        <translation>공약명</translation>
    </message>
    <message>
        <source>Fulfilment rate (%)</source>
        <translation>이행률(%)</translation>
    </message>
    <message>
        <source>The book holds no pledges.</source>
        <translation>수록된 공약이 없습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::ComposerDialog</name>
    <message>
        <source>Infographic composer</source>
        <translation>인포그래픽 작성기</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>창에 맞춤</translation>
    </message>
    <message>
        <source>Theme…</source>
        <translation>테마…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Copy image and alt text</source>
        <translation>이미지와 대체 텍스트 복사</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>대체 텍스트</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>공약</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Theme contrast:</source>
        <translation>테마 명도 대비:</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>대체 텍스트:</translation>
    </message>
    <message>
        <source>Infographic preview</source>
        <translation>인포그래픽 미리보기</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>저장함: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 이미지 (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export infographic</source>
        <translation>인포그래픽 내보내기</translation>
    </message>
    <message>
        <source>Copied the image and its alt text.</source>
        <translation>이미지와 대체 텍스트를 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::ConflictDialog</name>
    <message>
        <source>Apply Choices</source>
        <translation>선택대로 적용</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>동기화 충돌</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>무슨 일</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>발견 시각</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>열린 충돌</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>Portal value</source>
        <translation>포털 값</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>남길 값</translation>
    </message>
    <message>
        <source>Field values</source>
        <translation>필드 값</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>열린 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>%1 was changed here and on the portal. The fields marked &quot;Conflict&quot; differ; choose which value to keep for each, or keep one side wholly.</source>
        <translation>%1이(가) 여기와 포털 양쪽에서 바뀌었습니다. &quot;충돌&quot;로 표시된 필드는 값이 다릅니다. 필드마다 남길 값을 고르거나 한쪽을 통째로 남기세요.</translation>
    </message>
    <message>
        <source>%1 was deleted on the portal, but you changed it here.</source>
        <translation>%1이(가) 포털에서 삭제되었지만 여기서는 변경했습니다.</translation>
    </message>
    <message>
        <source>%1 was deleted here, but someone changed it on the portal.</source>
        <translation>%1을(를) 여기서 삭제했지만 포털에서 누군가 변경했습니다.</translation>
    </message>
    <message>
        <source>The portal refused your change to %1: %2
Your edit is kept here. Revert to the portal&apos;s value, or leave it as it is until someone allowed to make this change syncs it.</source>
        <translation>포털이 %1에 대한 변경을 거부했습니다: %2
편집한 내용은 여기에 남아 있습니다. 포털 값으로 되돌리거나, 이 변경을 할 권한이 있는 사람이 동기화할 때까지 그대로 두세요.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>이유가 주어지지 않음</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Same change</source>
        <translation>같은 변경</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>양쪽에서 바뀜</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>여기서 바뀜</translation>
    </message>
    <message>
        <source>Changed on the portal</source>
        <translation>포털에서 바뀜</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>%1의 남길 값</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>내 것으로</translation>
    </message>
    <message>
        <source>Take the Portal&apos;s</source>
        <translation>포털 것으로</translation>
    </message>
    <message>
        <source>Keep My Row</source>
        <translation>내 항목 남기기</translation>
    </message>
    <message>
        <source>Delete It Here Too</source>
        <translation>여기서도 삭제</translation>
    </message>
    <message>
        <source>Keep It Deleted</source>
        <translation>삭제한 채로 두기</translation>
    </message>
    <message>
        <source>Restore the Portal&apos;s Row</source>
        <translation>포털 항목 되살리기</translation>
    </message>
    <message>
        <source>Revert to the Portal&apos;s Value</source>
        <translation>포털 값으로 되돌리기</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation>%1을(를) 정리하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 resolved. Sync now to send your decisions to the portal.</source>
        <translation>%1을(를) 정리했습니다. 지금 동기화하면 결정이 포털에 전달됩니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::Content</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1은(는) 필수 입력 항목입니다.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1이(가) 너무 깁니다. 현재 %2자이며 최대 %3자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>KOGL type %1: attribution</source>
        <translation>공공누리 제%1유형: 출처표시</translation>
    </message>
    <message>
        <source>KOGL type %1: attribution, non-commercial</source>
        <translation>공공누리 제%1유형: 출처표시, 상업적 이용금지</translation>
    </message>
    <message>
        <source>KOGL type %1: attribution, no derivatives</source>
        <translation>공공누리 제%1유형: 출처표시, 변경금지</translation>
    </message>
    <message>
        <source>KOGL type %1: attribution, non-commercial, no derivatives</source>
        <translation>공공누리 제%1유형: 출처표시, 상업적 이용금지, 변경금지</translation>
    </message>
    <message>
        <source>Release number</source>
        <translation>보도자료 번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>부제목</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>주무관</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>배포일시</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>엠바고 해제일시</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부파일</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Manager&apos;s phone</source>
        <translation>담당자 전화번호</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>주무관 전화번호</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명(캡션)</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>대체 텍스트</translation>
    </message>
    <message>
        <source>%1 is not a %2 address; check the platform or the link.</source>
        <translation>%1은(는) %2 주소가 아닙니다. 플랫폼이나 링크를 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>openmayor::ContentEditor</name>
    <message>
        <source>Select an item in the list, or create one with Ctrl+N.</source>
        <translation>목록에서 항목을 선택하거나 Ctrl+N으로 새 항목을 만드십시오.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>No item is open.</source>
        <translation>열려 있는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Correct the field in error first.</source>
        <translation>먼저 오류가 있는 입력란을 수정하십시오.</translation>
    </message>
    <message>
        <source>Restore revision %1</source>
        <translation>%1판 복원</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Check Before Publishing</source>
        <translation>게시 전 점검</translation>
    </message>
    <message>
        <source>This item has no body.</source>
        <translation>이 항목에는 본문이 없습니다.</translation>
    </message>
    <message>
        <source>Only personal data in the body can be masked.</source>
        <translation>본문의 개인정보만 가릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Mask personal data</source>
        <translation>개인정보 가리기</translation>
    </message>
    <message>
        <source>Mask all personal data</source>
        <translation>개인정보 모두 가리기</translation>
    </message>
</context>
<context>
    <name>openmayor::ContentItemRepository</name>
    <message>
        <source>This kind of item cannot be edited here.</source>
        <translation>이 종류의 항목은 여기에서 편집할 수 없습니다.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; does not exist yet.</source>
        <translation>&quot;%1&quot; 페이지가 아직 없습니다.</translation>
    </message>
    <message>
        <source>The file is not in the media library.</source>
        <translation>미디어 라이브러리에 없는 파일입니다.</translation>
    </message>
    <message>
        <source>That revision does not exist.</source>
        <translation>해당 판이 없습니다.</translation>
    </message>
    <message>
        <source>The item no longer exists; it may have been deleted.</source>
        <translation>항목이 더 이상 존재하지 않습니다. 삭제되었을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::ContentSectionWidget</name>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Select an item to preview it.</source>
        <translation>미리 볼 항목을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? You can undo this with Ctrl+Z.</source>
        <translation>&quot;%1&quot;을(를) 삭제하시겠습니까? Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 삭제</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>Preview on the portal</source>
        <translation>포털 미리보기</translation>
    </message>
    <message>
        <source>Show the selected item as the portal would at phone, tablet and PC widths (%1)</source>
        <translation>선택한 항목이 스마트폰, 태블릿, PC 화면 너비에서 포털에 어떻게 표시되는지 보여 줍니다(%1)</translation>
    </message>
</context>
<context>
    <name>openmayor::ContentWorkflow</name>
    <message>
        <source>This kind of item has no workflow here.</source>
        <translation>이 종류의 항목에는 게시 절차가 없습니다.</translation>
    </message>
    <message>
        <source>An item that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; 상태인 항목은 &quot;%2&quot; 상태로 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::Database</name>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>데이터베이스 파일 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>데이터베이스 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not an OpenMayor Studio database (not an SQLite file).</source>
        <translation>%1은(는) 열린시장실 스튜디오 데이터베이스가 아닙니다(SQLite 파일이 아님).</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>데이터베이스 파일이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1은(는) 폴더입니다. 데이터베이스 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it with &quot;init&quot; first.</source>
        <translation>데이터베이스 파일 %1이(가) 없습니다. 먼저 &quot;init&quot;으로 만드세요.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1의 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation>데이터베이스 파일 %1이(가) 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>%1 is not an OpenMayor Studio database.</source>
        <translation>%1은(는) 열린시장실 스튜디오 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an OpenMayor Studio database.</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 파일이며, 열린시장실 스튜디오 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of OpenMayor Studio (schema %2; this version knows up to %3). Update the application.</source>
        <translation>%1은(는) 더 새로운 버전의 열린시장실 스튜디오로 작성되었습니다(스키마 %2, 이 버전은 %3까지 지원). 프로그램을 업데이트하세요.</translation>
    </message>
    <message>
        <source>A schema migration is missing from the program.</source>
        <translation>프로그램에 스키마 변환 파일이 빠져 있습니다.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; it was left unchanged.</source>
        <translation>데이터베이스를 스키마 버전 %1(으)로 올리지 못했습니다. 데이터베이스는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>디스크가 가득 차서 변경 내용을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again.</source>
        <translation>다른 프로그램이 데이터베이스를 사용 중입니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data and was not saved.</source>
        <translation>변경 내용이 데이터 규칙에 맞지 않아 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation>데이터베이스 작업이 실패했습니다.</translation>
    </message>
    <message>
        <source>A database query returned no row.</source>
        <translation>데이터베이스 조회 결과가 없습니다.</translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation>데이터베이스 파일을 읽거나 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::DemoData</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty one.</source>
        <translation>데이터베이스에 이미 자료가 있습니다. 데모 데이터는 빈 데이터베이스에만 넣을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::DepartmentListModel</name>
    <message>
        <source>Role</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>팀장</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>팀장 전화</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>담당자 전화</translation>
    </message>
    <message>
        <source>“%1” is not a department role: choose %2.</source>
        <translation>“%1”은(는) 부서 구분이 아닙니다. %2 중에서 고르세요.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Change department role</source>
        <translation>부서 구분 변경</translation>
    </message>
    <message>
        <source>Change department</source>
        <translation>부서 변경</translation>
    </message>
    <message>
        <source>Change team</source>
        <translation>팀 변경</translation>
    </message>
    <message>
        <source>Change team leader</source>
        <translation>팀장 변경</translation>
    </message>
    <message>
        <source>Change team leader&apos;s phone</source>
        <translation>팀장 전화번호 변경</translation>
    </message>
    <message>
        <source>Change officer</source>
        <translation>담당자 변경</translation>
    </message>
    <message>
        <source>Change officer&apos;s phone</source>
        <translation>담당자 전화번호 변경</translation>
    </message>
    <message>
        <source>Add department contact</source>
        <translation>부서 담당자 추가</translation>
    </message>
    <message numerus="yes">
        <source>Add %n department contact(s)</source>
        <translation>
            <numerusform>부서 담당자 %n명 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n department contact(s)</source>
        <translation>
            <numerusform>부서 담당자 %n명 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder department contacts</source>
        <translation>부서 담당자 순서 변경</translation>
    </message>
</context>
<context>
    <name>openmayor::EventChip</name>
    <message>
        <source>Internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <source>⚠ Overlaps another event</source>
        <translation>⚠ 다른 일정과 겹침</translation>
    </message>
</context>
<context>
    <name>openmayor::EventDialog</name>
    <message>
        <source>All day</source>
        <translation>종일</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>새 일정</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>일정 편집</translation>
    </message>
    <message>
        <source>What the mayor does</source>
        <translation>시장의 활동 내용</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>일시(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>장소(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>분류(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>부서(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>공개 여부(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>상세 내용(&amp;D):</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>종료일이 시작일보다 앞섭니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::FulfilmentChartsPanel</name>
    <message>
        <source>Fulfilment over time</source>
        <translation>공약 이행 추이</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>상태별</translation>
    </message>
</context>
<context>
    <name>openmayor::FulfilmentTrendModel</name>
    <message>
        <source>Now (unpublished)</source>
        <translation>현재(미공표)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Average rate (%)</source>
        <translation>평균 이행률(%)</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>완료율(%)</translation>
    </message>
    <message>
        <source>Pledge %1 (%)</source>
        <translation>공약 %1(%)</translation>
    </message>
    <message>
        <source>%1 %2 (%)</source>
        <translation>%1 %2(%)</translation>
    </message>
</context>
<context>
    <name>openmayor::ImportPreviewDialog</name>
    <message>
        <source>Import pledges</source>
        <translation>공약 가져오기</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 new, %3 updated, %4 unchanged. Nothing is deleted. The import is applied in one step; it cannot be undone with Ctrl+Z, so export a copy first if in doubt.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 새 공약 %2, 갱신 %3, 변경 없음 %4. 삭제되는 공약은 없습니다. 가져오기는 한 번에 적용되며 Ctrl+Z로 되돌릴 수 없으니, 필요하면 먼저 내보내기로 사본을 만드세요.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Parts that change</source>
        <translation>바뀌는 부분</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 공약</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>(area)</source>
        <translation>(분야)</translation>
    </message>
    <message>
        <source>(goal)</source>
        <translation>(목표)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
</context>
<context>
    <name>openmayor::IndicatorChartModel</name>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Cumulative target</source>
        <translation>누계 목표</translation>
    </message>
    <message>
        <source>Cumulative actual</source>
        <translation>누계 실적</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>최종 목표</translation>
    </message>
</context>
<context>
    <name>openmayor::IndicatorGridModel</name>
    <message>
        <source>Cumulative actual to %1 ÷ final cumulative target × 100 = %2 ÷ %3 × 100 = %4</source>
        <translation>%1년까지 이행 누계 ÷ 최종 목표 누계 × 100 = %2 ÷ %3 × 100 = %4</translation>
    </message>
    <message>
        <source>Latest actual ÷ target of the last year × 100 = %1 ÷ %2 × 100 = %3</source>
        <translation>최근 이행 실적 ÷ 마지막 연도 목표 × 100 = %1 ÷ %2 × 100 = %3</translation>
    </message>
    <message>
        <source>(Baseline − latest actual) ÷ (baseline − last target) × 100 = (%1 − %2) ÷ (%1 − %3) × 100 = %4</source>
        <translation>(기준값 − 최근 실적) ÷ (기준값 − 마지막 목표) × 100 = (%1 − %2) ÷ (%1 − %3) × 100 = %4</translation>
    </message>
    <message>
        <source>100% once an actual of 1 or more is recorded, else 0% = %1</source>
        <translation>실적이 1 이상 기록되면 100%, 아니면 0% = %1</translation>
    </message>
    <message>
        <source>This actual is for a year after the basis date (%1) and is not counted.</source>
        <translation>기준일(%1) 이후 연도의 실적이므로 이행률에 반영하지 않습니다.</translation>
    </message>
    <message>
        <source>Running sum of the yearly values up to %1</source>
        <translation>%1년까지 연도별 값의 누계</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>이행률</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Target (cumulative)</source>
        <translation>목표(누계)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>이행</translation>
    </message>
    <message>
        <source>Actual (cumulative)</source>
        <translation>이행(누계)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Targets and actuals cannot be negative.</source>
        <translation>목표와 실적은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Change the %1 %2 of &quot;%3&quot;</source>
        <translation>&quot;%3&quot;의 %1년 %2 변경</translation>
    </message>
</context>
<context>
    <name>openmayor::IndicatorPage</name>
    <message>
        <source>Rename the indicator</source>
        <translation>확인지표 이름 변경</translation>
    </message>
    <message>
        <source>Change the indicator&apos;s unit</source>
        <translation>확인지표 단위 변경</translation>
    </message>
    <message>
        <source>Change the indicator&apos;s kind</source>
        <translation>확인지표 유형 변경</translation>
    </message>
    <message>
        <source>Change the indicator&apos;s baseline</source>
        <translation>확인지표 기준값 변경</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>확인지표(&amp;I):</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>유형(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>기준값:</translation>
    </message>
    <message>
        <source>has a baseline</source>
        <translation>기준값 있음</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>지표 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>지표 삭제</translation>
    </message>
    <message>
        <source>Indicator rate: %1 — %2</source>
        <translation>지표 이행률: %1 — %2</translation>
    </message>
    <message>
        <source>This pledge has no indicators yet, so it has no rate.</source>
        <translation>이 공약에는 아직 확인지표가 없어 이행률이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Pledge rate (mean of %n indicator rate(s)): %1</source>
        <translation>
            <numerusform>공약 이행률(지표 %n개 이행률의 평균): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>새 확인지표</translation>
    </message>
    <message>
        <source>times</source>
        <translation>회</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>확인지표 추가</translation>
    </message>
    <message>
        <source>Remove the indicator &quot;%1&quot;</source>
        <translation>확인지표 &quot;%1&quot; 삭제</translation>
    </message>
</context>
<context>
    <name>openmayor::MainWindow</name>
    <message>
        <source>%1 — OpenMayor Studio</source>
        <translation>%1 — 열린시장실 스튜디오</translation>
    </message>
    <message>
        <source>OpenMayor Studio</source>
        <translation>열린시장실 스튜디오</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Empty Database…</source>
        <translation>새 빈 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;Demo Database…</source>
        <translation>새 데모 데이터베이스(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OpenMayor Studio</source>
        <translation>열린시장실 스튜디오 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Citizens&apos; petitions&lt;/h2&gt;&lt;p&gt;Petitions are received on the portal. Handling them in OpenMayor Studio (intake, assignment, answers, masking of personal data) comes in a later version.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;시민신문고&lt;/h2&gt;&lt;p&gt;시민신문고 민원은 누리집에서 접수됩니다. 열린시장실 스튜디오에서의 민원 처리(접수, 부서 배정, 답변, 개인정보 가림)는 다음 버전에서 제공합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>OpenMayor databases (*.sqlite *.db);;All files (*)</source>
        <translation>열린시장실 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New Demo Database</source>
        <translation>새 데모 데이터베이스</translation>
    </message>
    <message>
        <source>New Empty Database</source>
        <translation>새 빈 데이터베이스</translation>
    </message>
    <message>
        <source>OpenMayor databases (*.sqlite)</source>
        <translation>열린시장실 데이터베이스 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 파일이 이미 있습니다. 새 파일 이름을 정하세요.</translation>
    </message>
    <message>
        <source>About OpenMayor Studio</source>
        <translation>열린시장실 스튜디오 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OpenMayor Studio %1&lt;/h3&gt;&lt;p&gt;Content and pledge-book editor for the &quot;365-day Open Mayor&apos;s Office&quot; of the Naju City portal.&lt;/p&gt;&lt;p&gt;Schema version %2. Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;열린시장실 스튜디오 %1&lt;/h3&gt;&lt;p&gt;나주시 누리집 「365일 열린시장실」의 콘텐츠와 공약을 관리하는 프로그램입니다.&lt;/p&gt;&lt;p&gt;스키마 버전 %2. Qt %3 기반.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The item is no longer in its section.</source>
        <translation>항목이 더 이상 해당 메뉴에 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Infographic composer…</source>
        <translation>인포그래픽 작성기(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>openmayor::MediaDetailsPane</name>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>대체 텍스트(&amp;A):</translation>
    </message>
    <message>
        <source>What the picture shows, for screen readers</source>
        <translation>화면 낭독기 사용자를 위한 그림 내용 설명</translation>
    </message>
    <message>
        <source>This image has no alt text. Images without alt text cannot be published.</source>
        <translation>이 이미지에는 대체 텍스트가 없습니다. 대체 텍스트가 없는 이미지는 게시할 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>설명(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>이용허락(&amp;L):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>사용 위치:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Select a file to see its details.</source>
        <translation>파일을 선택하면 상세 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 픽셀</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>아직 사용되지 않음</translation>
    </message>
    <message>
        <source>No preview for this file type</source>
        <translation>이 파일 형식은 미리보기를 지원하지 않습니다</translation>
    </message>
</context>
<context>
    <name>openmayor::MediaDock</name>
    <message>
        <source>Media Library</source>
        <translation>미디어 라이브러리</translation>
    </message>
    <message>
        <source>Search name, alt text, caption</source>
        <translation>이름, 대체 텍스트, 설명 검색</translation>
    </message>
    <message>
        <source>Search media</source>
        <translation>미디어 검색</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>기타 파일</translation>
    </message>
    <message>
        <source>No alt text</source>
        <translation>대체 텍스트 없음</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add files to the library (or drop them on the list)</source>
        <translation>라이브러리에 파일 추가(목록에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>미디어 파일</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation>%1을(를) 삭제했습니다. 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Import into the Media Library</source>
        <translation>미디어 라이브러리로 가져오기</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;Documents (*.pdf *.hwp *.hwpx *.docx *.xlsx *.pptx);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.gif *.webp *.svg);;문서 (*.pdf *.hwp *.hwpx *.docx *.xlsx *.pptx);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to the library.</source>
        <translation>
            <numerusform>파일 %n개를 라이브러리에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were in the library already.</source>
        <translation>
            <numerusform>파일 %n개는 이미 라이브러리에 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>openmayor::MediaEdits</name>
    <message>
        <source>Edit media “%1”</source>
        <translation>미디어 “%1” 편집</translation>
    </message>
    <message>
        <source>Delete media “%1”</source>
        <translation>미디어 “%1” 삭제</translation>
    </message>
</context>
<context>
    <name>openmayor::MediaLibrary</name>
    <message>
        <source>Cannot create the media folder %1.</source>
        <translation>미디어 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot store the media file %1.</source>
        <translation>미디어 파일 %1을(를) 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>%1 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; the media library takes files of up to %3 MB.</source>
        <translation>%1 파일의 크기는 %2MB입니다. 미디어 라이브러리에는 %3MB 이하의 파일만 올릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Unknown licence “%1”.</source>
        <translation>“%1”은(는) 알 수 없는 이용허락 유형입니다.</translation>
    </message>
    <message>
        <source>The file %1 is not a readable image.</source>
        <translation>%1 파일은 읽을 수 있는 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot find the file %1.</source>
        <translation>%1 파일을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1은(는) 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>%1 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The file %1 is not an image.</source>
        <translation>%1 파일은 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>The media file is no longer in the library.</source>
        <translation>미디어 파일이 더 이상 라이브러리에 없습니다.</translation>
    </message>
    <message>
        <source>A media file needs a name.</source>
        <translation>미디어 파일에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A media name has at most 255 characters.</source>
        <translation>미디어 이름은 최대 255자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>An alt text has at most 1000 characters; put longer descriptions in the caption or the text.</source>
        <translation>대체 텍스트는 최대 1000자까지 입력할 수 있습니다. 더 긴 설명은 설명(캡션)이나 본문에 넣으십시오.</translation>
    </message>
    <message>
        <source>%1 is still used by %2; remove it there first.</source>
        <translation>%1은(는) %2에서 사용 중입니다. 먼저 그곳에서 제거하십시오.</translation>
    </message>
    <message>
        <source>The bytes of %1 do not match its checksum.</source>
        <translation>%1의 파일 내용이 체크섬과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot read the media file %1.</source>
        <translation>미디어 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The media file is not a readable image.</source>
        <translation>미디어 파일이 읽을 수 있는 이미지가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::MediaListModel</name>
    <message>
        <source>No alt text yet</source>
        <translation>대체 텍스트 미입력</translation>
    </message>
</context>
<context>
    <name>openmayor::MediaPickerDialog</name>
    <message>
        <source>Insert Image</source>
        <translation>이미지 삽입</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>Search name, alt text, caption</source>
        <translation>이름, 대체 텍스트, 설명 검색</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>미디어 파일</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>대체 텍스트(&amp;A):</translation>
    </message>
    <message>
        <source>What the picture shows, for screen readers</source>
        <translation>화면 낭독기 사용자를 위한 그림 내용 설명</translation>
    </message>
    <message>
        <source>Images need an alt text: describe what the picture shows, in one sentence, for people who cannot see it.</source>
        <translation>이미지에는 대체 텍스트가 필요합니다. 이미지를 볼 수 없는 사람을 위해 그림의 내용을 한 문장으로 설명하십시오.</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>설명(&amp;C):</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import into the Media Library</source>
        <translation>미디어 라이브러리로 가져오기</translation>
    </message>
</context>
<context>
    <name>openmayor::MediaStore</name>
    <message>
        <source>The media store gave an unexpected answer.</source>
        <translation>미디어 저장소가 예상하지 못한 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>%1 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The media store address %1 is not an http or https address.</source>
        <translation>미디어 저장소 주소 %1은(는) http 또는 https 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a sha256 checksum.</source>
        <translation>%1은(는) sha256 체크섬이 아닙니다.</translation>
    </message>
    <message>
        <source>The media store refused the user name or password.</source>
        <translation>미디어 저장소가 사용자 이름이나 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>The media store does not let this user store files there.</source>
        <translation>미디어 저장소가 이 사용자의 파일 저장을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The media store&apos;s server %1 was not found; check the address.</source>
        <translation>미디어 저장소 서버 %1을(를) 찾을 수 없습니다. 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The media store at %1 is not working at the moment; try again later.</source>
        <translation>%1의 미디어 저장소가 지금 작동하지 않습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot reach the media store at %1.</source>
        <translation>%1의 미디어 저장소에 닿을 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot connect to the media store at %1.</source>
        <translation>%1의 미디어 저장소에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The media store&apos;s folder %1 does not exist.</source>
        <translation>미디어 저장소의 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The file %1 has changed since it was added to the media library; it was not uploaded.</source>
        <translation>%1 파일이 미디어 라이브러리에 추가된 뒤 바뀌었습니다. 올리지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::MediaUsage</name>
    <message>
        <source>gallery photo</source>
        <translation>사진첩 사진</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>첨부파일</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>page photo</source>
        <translation>페이지 사진</translation>
    </message>
    <message>
        <source>image or link in the text</source>
        <translation>본문의 이미지 또는 링크</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 “%2” (%3)</translation>
    </message>
</context>
<context>
    <name>openmayor::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>openmayor::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n건 더</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>openmayor::PageEditor</name>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>사진 제거</translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation>사진 변경</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <source>%1
Alt text: %2</source>
        <translation>%1
대체 텍스트: %2</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(파일 없음)</translation>
    </message>
    <message>
        <source>The profile page shows the mayor&apos;s photo.</source>
        <translation>프로필 페이지에는 시장 사진이 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>사진 선택…</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>사진 제거</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeActions</name>
    <message>
        <source>&amp;Pledges</source>
        <translation>공약(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find Pledge…</source>
        <translation>공약 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import Pledges…</source>
        <translation>공약 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Pledges…</source>
        <translation>공약 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Publish Reporting Period…</source>
        <translation>분기 현황 공표(&amp;P)…</translation>
    </message>
    <message>
        <source>Import Pledges</source>
        <translation>공약 가져오기</translation>
    </message>
    <message>
        <source>Pledge files (*.json *.csv)</source>
        <translation>공약 파일 (*.json *.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 가져오기 완료: 새 공약 %2, 갱신 %3, 변경 없음 %4.</translation>
    </message>
    <message>
        <source>Export Pledges</source>
        <translation>공약 내보내기</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV, UTF-8 (*.csv);;CSV, CP949 for older Excel (*.csv)</source>
        <translation>JSON (*.json);;CSV, UTF-8 (*.csv);;CSV, CP949 - 이전 엑셀용 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pledge(s) to %1.</source>
        <translation>
            <numerusform>공약 %n건을 %1에 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish Reporting Period</source>
        <translation>분기 현황 공표</translation>
    </message>
    <message>
        <source>Publishing freezes every pledge&apos;s rate and status as of the quarter&apos;s last day; later edits do not change it.

Period (YYYY-Qn):</source>
        <translation>공표하면 분기 마지막 날 기준으로 모든 공약의 이행률과 추진상황이 확정되며, 이후 수정해도 바뀌지 않습니다.

기간 (YYYY-Qn):</translation>
    </message>
    <message>
        <source>Published %1 (as of %2): average fulfilment %3.</source>
        <translation>%1 공표 완료(%2 기준): 평균 이행률 %3.</translation>
    </message>
    <message>
        <source>Print Pledge &amp;Card…</source>
        <translation>공약 카드 인쇄(&amp;C)…</translation>
    </message>
    <message>
        <source>Save Pledge Card as P&amp;DF…</source>
        <translation>공약 카드 PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>Open a pledge card first (Promises to citizens ▸ Pledge status).</source>
        <translation>먼저 공약 카드를 여세요(시민과의 약속 ▸ 공약현황).</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>인쇄 미리보기 — %1</translation>
    </message>
    <message>
        <source>Save Pledge Card as PDF</source>
        <translation>공약 카드 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeCardEditor</name>
    <message>
        <source>New task</source>
        <translation>새 추진과제</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>기본 정보</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>추진계획</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>추진일정</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>투자계획</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>추진실적</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>확인지표</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Million KRW. Totals and subtotals are derived from the cells and cannot be edited; hover over them for the formula.</source>
        <translation>단위: 백만원. 총계와 소계는 각 칸에서 계산되므로 직접 고칠 수 없습니다. 마우스를 올리면 계산식이 보입니다.</translation>
    </message>
    <message>
        <source>Tick a quarter before or after a task to extend it (Space on the keyboard); untick its first or last quarter to shorten it.</source>
        <translation>과제 앞뒤 분기를 체크하면 기간이 늘고(키보드는 Space), 처음이나 마지막 분기의 체크를 풀면 줄어듭니다.</translation>
    </message>
    <message>
        <source>Select a pledge to see its card.</source>
        <translation>공약을 선택하면 공약 카드를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No pledge is open for editing.</source>
        <translation>편집 중인 공약이 없습니다.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeCardReport</name>
    <message>
        <source>Pledge card %1</source>
        <translation>공약 카드 %1</translation>
    </message>
    <message>
        <source>Pledge code</source>
        <translation>공약번호</translation>
    </message>
    <message>
        <source>Pledge title</source>
        <translation>공약명</translation>
    </message>
    <message>
        <source>Completion timing</source>
        <translation>완료시기</translation>
    </message>
    <message>
        <source>Executing bodies</source>
        <translation>사업주체</translation>
    </message>
    <message>
        <source>New or continuing</source>
        <translation>신규여부</translation>
    </message>
    <message>
        <source>Budget kind</source>
        <translation>예산구분</translation>
    </message>
    <message>
        <source>Required budget (million KRW)</source>
        <translation>소요예산 (백만원)</translation>
    </message>
    <message>
        <source>Within term</source>
        <translation>임기내</translation>
    </message>
    <message>
        <source>After term</source>
        <translation>임기후</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>도</translation>
    </message>
    <message>
        <source>Naju City</source>
        <translation>나주시</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>민간</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>비예산</translation>
    </message>
    <message>
        <source>Progress status</source>
        <translation>추진상황</translation>
    </message>
    <message>
        <source>Fulfilment rate (%)</source>
        <translation>추진율(%)</translation>
    </message>
    <message>
        <source>Schedule by year and quarter</source>
        <translation>연차별 추진일정</translation>
    </message>
    <message>
        <source>No tasks are planned.</source>
        <translation>계획된 세부 추진과제가 없습니다.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>추진과제</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>year heading of the quarter grid</comment>
        <translation>%1년</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>quarter heading of the quarter grid</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Investment plan by year</source>
        <translation>연도별 투자 계획</translation>
    </message>
    <message>
        <source>(unit: million KRW)</source>
        <translation>(단위: 백만원)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Source total</source>
        <translation>재원 총계</translation>
    </message>
    <message>
        <source>Prior investment</source>
        <translation>기 투자</translation>
    </message>
    <message>
        <source>Investment after term</source>
        <translation>임기후 투자</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총계</translation>
    </message>
    <message>
        <source>National funds</source>
        <translation>국비</translation>
    </message>
    <message>
        <source>Provincial funds</source>
        <translation>도비</translation>
    </message>
    <message>
        <source>City funds</source>
        <translation>시비</translation>
    </message>
    <message>
        <source>Other funds</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>집행액</translation>
    </message>
    <message>
        <source>Execution rate %1% (executed %2 of %3 planned)</source>
        <translation>집행률 %1% (계획 %3 중 %2 집행)</translation>
    </message>
    <message>
        <source>Progress record</source>
        <translation>추진실적</translation>
    </message>
    <message>
        <source>Progress record (%1 ~ present)</source>
        <translation>추진실적(%1 ~ 현재)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>아직 기록된 추진실적이 없습니다.</translation>
    </message>
    <message>
        <source>Achievement indicators</source>
        <translation>공약달성 확인지표</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>확인지표</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>이행률(%)</translation>
    </message>
    <message>
        <source>Target (cumulative)</source>
        <translation>목표(누계)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Actual (cumulative)</source>
        <translation>이행(누계)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>이행</translation>
    </message>
    <message>
        <source>No indicators: the pledge has no rate.</source>
        <translation>확인지표가 없어 이행률을 산출하지 않습니다.</translation>
    </message>
    <message>
        <source>Pledge fulfilment rate (mean of the indicators&apos; rates)</source>
        <translation>공약 이행률 (각 지표 이행률의 평균으로 산출)</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>주관부서</translation>
    </message>
    <message>
        <source>Cooperating department</source>
        <translation>협조부서</translation>
    </message>
    <message>
        <source>%1 head %2</source>
        <translation>%1장 %2</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>주무관 %1</translation>
    </message>
    <message>
        <source>Policy goal</source>
        <translation>정책목표</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>추진계획</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeChartsPage</name>
    <message>
        <source>Indicator shown</source>
        <translation>표시할 지표</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeEdits</name>
    <message>
        <source>A pledge code has three numbers, like 7-1-3.</source>
        <translation>공약번호는 7-1-3처럼 숫자 세 개로 이루어집니다.</translation>
    </message>
    <message>
        <source>A pledge needs a title.</source>
        <translation>공약명이 필요합니다.</translation>
    </message>
    <message>
        <source>A pledge title has at most 500 characters.</source>
        <translation>공약명은 500자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>금액은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>A schedule task needs a name.</source>
        <translation>추진과제에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A schedule task runs from one quarter to the same or a later one.</source>
        <translation>추진과제는 시작 분기부터 같은 분기나 그 뒤 분기까지 추진됩니다.</translation>
    </message>
    <message>
        <source>A progress date is a month (2024-03) or a day (2024-03-15).</source>
        <translation>추진실적 날짜는 월(2024-03)이나 일(2024-03-15)로 씁니다.</translation>
    </message>
    <message>
        <source>A progress range ends on or after its start.</source>
        <translation>추진 기간의 끝은 시작과 같거나 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>확인지표에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A reduction indicator needs a baseline.</source>
        <translation>감소형 지표에는 기준값이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeHeaderPage</name>
    <message>
        <source>Change the title</source>
        <translation>공약명 변경</translation>
    </message>
    <message>
        <source>Change the policy goal</source>
        <translation>정책목표 변경</translation>
    </message>
    <message>
        <source>Change the card header</source>
        <translation>공약 기본 정보 변경</translation>
    </message>
    <message>
        <source>Change the executing bodies</source>
        <translation>사업주체 변경</translation>
    </message>
    <message>
        <source>Change new/continuing</source>
        <translation>신규/계속 여부 변경</translation>
    </message>
    <message>
        <source>Change the required budget</source>
        <translation>소요예산 변경</translation>
    </message>
    <message>
        <source>Change the basis date</source>
        <translation>기준일 변경</translation>
    </message>
    <message>
        <source>Pledge code:</source>
        <translation>공약번호:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>공약명(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>추진상황(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Basis date:</source>
        <translation>기준일(&amp;B):</translation>
    </message>
    <message>
        <source>Completion &amp;timing:</source>
        <translation>완료시기(&amp;T):</translation>
    </message>
    <message>
        <source>Executing bodies:</source>
        <translation>사업주체:</translation>
    </message>
    <message>
        <source>New or continuing:</source>
        <translation>신규 여부:</translation>
    </message>
    <message>
        <source>Budget &amp;kind:</source>
        <translation>예산구분(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Required budget:</source>
        <translation>소요예산(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Policy goal:</source>
        <translation>정책목표(&amp;P):</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>계속</translation>
    </message>
    <message>
        <source> million KRW</source>
        <translation> 백만원</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgePlanPage</name>
    <message>
        <source>Plan</source>
        <translation>추진계획</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>추진계획 편집</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeRepository</name>
    <message>
        <source>There is no pledge with the code %1.</source>
        <translation>공약번호 %1인 공약이 없습니다.</translation>
    </message>
    <message>
        <source>The pledge no longer exists.</source>
        <translation>공약이 더 이상 없습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeSectionWidget</name>
    <message>
        <source>Loading the pledges…</source>
        <translation>공약을 불러오는 중…</translation>
    </message>
    <message>
        <source>Filter pledges</source>
        <translation>공약 찾기</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 추진상황</translation>
    </message>
    <message>
        <source>Within and after term</source>
        <translation>임기내·임기후 모두</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>모든 부서</translation>
    </message>
    <message>
        <source>Filter by code or title (Ctrl+Shift+F)</source>
        <translation>코드 또는 제목으로 필터링 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Preview on the portal</source>
        <translation>포털 미리보기</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>공약 목록</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeTablePage</name>
    <message>
        <source>&amp;Add row</source>
        <translation>행 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>행 삭제(&amp;R)</translation>
    </message>
</context>
<context>
    <name>openmayor::PledgeTreeModel</name>
    <message>
        <source>Code</source>
        <translation>공약번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>공약명</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>추진상황</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>이행률</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>주관부서</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Mean of the rates of the pledge&apos;s indicators, as of its basis date</source>
        <translation>기준일 현재 공약 확인지표 이행률의 평균</translation>
    </message>
    <message>
        <source>No rate: the pledge has no indicator that can be rated</source>
        <translation>이행률 없음: 이행률을 산출할 확인지표가 없습니다</translation>
    </message>
    <message>
        <source>Not updated in the current quarter: check the card before the figures are published</source>
        <translation>이번 분기에 수정되지 않았습니다. 현황을 공표하기 전에 공약 카드를 확인하세요</translation>
    </message>
</context>
<context>
    <name>openmayor::PortalConnection</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>PostgreSQL 드라이버(QPSQL)가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The portal refused the user name or password.</source>
        <translation>포털이 사용자 이름이나 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>The portal database or user does not exist.</source>
        <translation>포털 데이터베이스나 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot connect to the portal database.</source>
        <translation>포털 데이터베이스에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>A portal database operation failed.</source>
        <translation>포털 데이터베이스 작업이 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::PortalEndpoint</name>
    <message>
        <source>The portal address must look like postgresql://user@host:port/database.</source>
        <translation>포털 주소는 postgresql://user@host:port/database 모양이어야 합니다.</translation>
    </message>
    <message>
        <source>Do not put the password in the portal address; use the keychain or OPENMAYOR_PORTAL_PASSWORD.</source>
        <translation>포털 주소에 비밀번호를 넣지 마세요. 키체인이나 OPENMAYOR_PORTAL_PASSWORD를 쓰세요.</translation>
    </message>
    <message>
        <source>The portal address needs a user, a host and a database: postgresql://user@host:port/database.</source>
        <translation>포털 주소에는 사용자, 호스트, 데이터베이스가 필요합니다: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>Unknown sslmode in the portal address.</source>
        <translation>포털 주소의 sslmode를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>No password for the portal: the system keychain cannot be read here; set OPENMAYOR_PORTAL_PASSWORD.</source>
        <translation>포털 비밀번호가 없습니다. 이곳에서는 시스템 키체인을 읽을 수 없으니 OPENMAYOR_PORTAL_PASSWORD를 설정하세요.</translation>
    </message>
    <message>
        <source>No password for the portal: save it in the connection settings (system keychain) or set OPENMAYOR_PORTAL_PASSWORD.</source>
        <translation>포털 비밀번호가 없습니다. 연결 설정(시스템 키체인)에 저장하거나 OPENMAYOR_PORTAL_PASSWORD를 설정하세요.</translation>
    </message>
</context>
<context>
    <name>openmayor::PortalSchema</name>
    <message>
        <source>The portal was set up by a newer version of OpenMayor Studio; update this program first.</source>
        <translation>포털이 더 새로운 버전의 열린시장실 스튜디오로 설정되었습니다. 먼저 이 프로그램을 업데이트하세요.</translation>
    </message>
    <message>
        <source>A portal migration is missing.</source>
        <translation>포털 마이그레이션 하나가 없습니다.</translation>
    </message>
    <message>
        <source>Setting up the portal database failed; nothing was changed.</source>
        <translation>포털 데이터베이스 설정에 실패했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The portal database has no OpenMayor schema; run &quot;openmayor-cli portal init&quot; first.</source>
        <translation>포털 데이터베이스에 OpenMayor 스키마가 없습니다. 먼저 &quot;openmayor-cli portal init&quot;을 실행하세요.</translation>
    </message>
    <message>
        <source>The portal database is older than this program; run &quot;openmayor-cli portal init&quot; to upgrade it.</source>
        <translation>포털 데이터베이스가 이 프로그램보다 오래되었습니다. &quot;openmayor-cli portal init&quot;을 실행해 올리세요.</translation>
    </message>
</context>
<context>
    <name>openmayor::PortalSettingsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>Portal Connection Settings</source>
        <translation>포털 연결 설정</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>기본값(prefer)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>비밀번호는 설정 파일이 아니라 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>암호화(sslmode)(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>동기화 간격(&amp;S):</translation>
    </message>
    <message>
        <source>(kept in the keychain; type to replace)</source>
        <translation>(키체인에 보관됨. 바꾸려면 입력)</translation>
    </message>
    <message>
        <source>Enter the server, the database and the user of the portal.</source>
        <translation>포털의 서버, 데이터베이스, 사용자를 입력하세요.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1</source>
        <translation>연결됨: PostgreSQL %1</translation>
    </message>
    <message>
        <source>No keychain is available to keep the password.</source>
        <translation>비밀번호를 보관할 키체인이 없습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::PressReleaseEditor</name>
    <message>
        <source>release number</source>
        <translation>보도자료 번호</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>부제목</translation>
    </message>
    <message>
        <source>department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>manager&apos;s phone</source>
        <translation>담당자 전화번호</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>주무관</translation>
    </message>
    <message>
        <source>officer&apos;s phone</source>
        <translation>주무관 전화번호</translation>
    </message>
    <message>
        <source>distribution time</source>
        <translation>배포일시</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>엠바고</translation>
    </message>
    <message>
        <source>body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Add Attachments</source>
        <translation>첨부파일 추가</translation>
    </message>
    <message>
        <source>Release header</source>
        <translation>보도자료 기본 정보</translation>
    </message>
    <message>
        <source>&amp;No.</source>
        <translation>번호(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>부제목(&amp;U)</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>부서(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>담당자(&amp;M)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>O&amp;fficer</source>
        <translation>주무관(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Distributed</source>
        <translation>배포일시(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Embargo until</source>
        <translation>엠바고 해제일시(&amp;E)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The release cannot be published before this time. Choose the earliest date to clear it.</source>
        <translation>이 시각 이전에는 보도자료를 게시할 수 없습니다. 엠바고를 해제하려면 가장 이른 날짜를 선택하십시오.</translation>
    </message>
    <message>
        <source>e.g. 2024-013</source>
        <translation>예: 2024-013</translation>
    </message>
    <message>
        <source>One line under the title</source>
        <translation>제목 아래에 표시되는 한 줄</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부파일</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message numerus="yes">
        <source>Add %n attachment(s)</source>
        <translation>
            <numerusform>첨부파일 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove an attachment</source>
        <translation>첨부파일 제거</translation>
    </message>
</context>
<context>
    <name>openmayor::PreviewDialog</name>
    <message>
        <source>Preview on the portal — %1</source>
        <translation>포털 미리보기 — %1</translation>
    </message>
    <message>
        <source>All widths</source>
        <translation>모든 너비</translation>
    </message>
    <message>
        <source>Laid out like the portal&apos;s template (resources/preview) without a browser engine: check the final page on the portal.</source>
        <translation>브라우저 엔진 없이 포털 템플릿(resources/preview)에 맞춰 배치한 화면입니다. 최종 페이지는 포털에서 확인하십시오.</translation>
    </message>
    <message>
        <source>The pledge book is not open.</source>
        <translation>공약집이 열려 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::ProgressListModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>추진 내용</translation>
    </message>
    <message>
        <source>Change progress record</source>
        <translation>추진실적 변경</translation>
    </message>
    <message>
        <source>A progress record needs a date.</source>
        <translation>추진실적에는 날짜가 필요합니다.</translation>
    </message>
    <message>
        <source>A progress range ends on or after its start (%1 is after %2).</source>
        <translation>추진 기간의 끝은 시작과 같거나 뒤여야 합니다(%1이(가) %2보다 뒤).</translation>
    </message>
    <message>
        <source>Change progress date</source>
        <translation>추진실적 날짜 변경</translation>
    </message>
    <message>
        <source>A progress range ends on or after its start (%1 is before %2).</source>
        <translation>추진 기간의 끝은 시작과 같거나 뒤여야 합니다(%1이(가) %2보다 앞).</translation>
    </message>
    <message>
        <source>Remove end of progress range</source>
        <translation>추진 기간의 종료일 삭제</translation>
    </message>
    <message>
        <source>Change progress end date</source>
        <translation>추진 기간 종료일 변경</translation>
    </message>
    <message>
        <source>Add progress record</source>
        <translation>추진실적 추가</translation>
    </message>
    <message numerus="yes">
        <source>Add %n progress record(s)</source>
        <translation>
            <numerusform>추진실적 %n건 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n progress record(s)</source>
        <translation>
            <numerusform>추진실적 %n건 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder progress records</source>
        <translation>추진실적 순서 변경</translation>
    </message>
</context>
<context>
    <name>openmayor::PublishFindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a finding to go to its place</source>
        <translation>항목을 두 번 클릭하거나 Enter 키를 누르면 해당 위치로 이동합니다</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>가리기</translation>
    </message>
    <message>
        <source>Mask the selected personal data in the body (can be undone)</source>
        <translation>선택한 본문의 개인정보를 가립니다(되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Mask All</source>
        <translation>모두 가리기</translation>
    </message>
    <message>
        <source>Mask every personal data finding in the body (can be undone)</source>
        <translation>본문에서 찾은 개인정보를 모두 가립니다(되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>다시 점검</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Pre-publish check: no problems</source>
        <translation>게시 전 점검: 문제 없음</translation>
    </message>
    <message>
        <source>Pre-publish check: %1 blocking, %2 warnings</source>
        <translation>게시 전 점검: 차단 %1건, 경고 %2건</translation>
    </message>
</context>
<context>
    <name>openmayor::ReportPdf</name>
    <message>
        <source>The page is too small for the report.</source>
        <translation>용지가 너무 작아 보고서를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>보고서를 그리기 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>보고서의 %1쪽을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>page number of page count</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot finish drawing the report.</source>
        <translation>보고서 그리기를 마칠 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>openmayor::ReportingRepository</name>
    <message>
        <source>The period %1 has not been published.</source>
        <translation>%1 기간은 아직 공표되지 않았습니다.</translation>
    </message>
    <message>
        <source>A reporting period is written like 2024-Q1, not &quot;%1&quot;.</source>
        <translation>공표 기간은 &quot;%1&quot;이 아니라 2024-Q1처럼 씁니다.</translation>
    </message>
    <message>
        <source>The period %1 is published already; its snapshot stays as it was.</source>
        <translation>%1 기간은 이미 공표되었습니다. 공표된 현황은 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::ResponsivePreviewWidget</name>
    <message>
        <source>Portal preview at phone, tablet and PC widths</source>
        <translation>스마트폰, 태블릿, PC 화면 너비별 포털 미리보기</translation>
    </message>
    <message>
        <source>Phone · %1 px</source>
        <translation>스마트폰 · %1px</translation>
    </message>
    <message>
        <source>Tablet · %1 px</source>
        <translation>태블릿 · %1px</translation>
    </message>
    <message>
        <source>PC · %1 px</source>
        <translation>PC · %1px</translation>
    </message>
</context>
<context>
    <name>openmayor::RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>수정 이력</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장 일시</translation>
    </message>
    <message>
        <source>By</source>
        <translation>저장자</translation>
    </message>
    <message>
        <source>Changes of the selected revision</source>
        <translation>선택한 판의 변경 내용</translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation>이 판으로 복원</translation>
    </message>
    <message>
        <source>Saves the selected revision as the newest one; undo takes it back</source>
        <translation>선택한 판을 최신 판으로 저장합니다. 실행 취소로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Inserted text is underlined and marked {+ +}; deleted text is struck through and marked [- -].</source>
        <translation>추가된 텍스트는 밑줄과 {+ +}로, 삭제된 텍스트는 취소선과 [- -]로 표시됩니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>No revisions yet: every save adds one.</source>
        <translation>아직 수정 이력이 없습니다. 저장할 때마다 판이 하나씩 추가됩니다.</translation>
    </message>
    <message>
        <source>Revision %1 is the first: all of it is new.</source>
        <translation>%1판은 첫 판이므로 모든 내용이 새로 추가된 것입니다.</translation>
    </message>
    <message>
        <source>Changes of revision %1 against revision %2: %3 characters inserted, %4 deleted.</source>
        <translation>%2판 대비 %1판의 변경 내용: %3자 추가, %4자 삭제.</translation>
    </message>
</context>
<context>
    <name>openmayor::RichTextEditor</name>
    <message>
        <source>Paragraph</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>제목 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>제목 3</translation>
    </message>
    <message>
        <source>Heading 4</source>
        <translation>제목 4</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>문단 스타일</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>굵게 (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>기울임꼴 (Ctrl+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 목록</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>글머리 기호 목록</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 목록</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>번호 매기기 목록</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Insert a table with a header row</source>
        <translation>머리글 행이 있는 표 삽입</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Link the selected text (Ctrl+K)</source>
        <translation>선택한 텍스트에 링크 연결 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Insert a picture from a file, with its alt text</source>
        <translation>파일에서 그림을 대체 텍스트와 함께 삽입</translation>
    </message>
    <message>
        <source>Heading %1</source>
        <translation>제목 %1</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>링크 삽입</translation>
    </message>
    <message>
        <source>Web address (https://…):</source>
        <translation>웹 주소(https://…):</translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation>표 삽입</translation>
    </message>
    <message>
        <source>Columns (the first row holds the headings):</source>
        <translation>열 수(첫 행은 머리글 행):</translation>
    </message>
</context>
<context>
    <name>openmayor::ScheduleEdits</name>
    <message>
        <source>An event needs a title.</source>
        <translation>일정에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>An event title has at most 300 characters.</source>
        <translation>일정 제목은 최대 300자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>An event needs a valid start and end.</source>
        <translation>일정에는 올바른 시작 일시와 종료 일시가 있어야 합니다.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>종료 일시가 시작 일시보다 앞섭니다.</translation>
    </message>
    <message>
        <source>An all-day event covers whole days.</source>
        <translation>종일 일정은 하루 단위로만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>An event lasts at most one year.</source>
        <translation>일정 기간은 최대 1년입니다.</translation>
    </message>
    <message>
        <source>Place, category or department is too long.</source>
        <translation>장소, 분류 또는 부서가 너무 깁니다.</translation>
    </message>
    <message>
        <source>The description has at most 100,000 characters.</source>
        <translation>상세 내용은 최대 100,000자까지 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::ScheduleEventModel</name>
    <message>
        <source>All day</source>
        <translation>종일</translation>
    </message>
    <message>
        <source>All day, until %1</source>
        <translation>종일, %1까지</translation>
    </message>
    <message>
        <source>Overlaps another event</source>
        <translation>다른 일정과 겹침</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>공개 여부</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>openmayor::ScheduleRepository</name>
    <message>
        <source>Another event already has the iCalendar UID %1; “%2” was not saved.</source>
        <translation>다른 일정이 이미 아이캘린더 UID %1을(를) 사용하고 있어 “%2”을(를) 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>There is no schedule event with the id %1.</source>
        <translation>ID가 %1인 일정이 없습니다.</translation>
    </message>
    <message>
        <source>There is no schedule event with the UID %1.</source>
        <translation>UID가 %1인 일정이 없습니다.</translation>
    </message>
    <message>
        <source>A schedule event&apos;s id must be a UUID.</source>
        <translation>일정 ID는 UUID여야 합니다.</translation>
    </message>
    <message>
        <source>A schedule event needs a title.</source>
        <translation>일정에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A schedule event needs a valid start and end.</source>
        <translation>일정에는 올바른 시작 일시와 종료 일시가 있어야 합니다.</translation>
    </message>
    <message>
        <source>An all-day event ends on a later day than it starts (the end is exclusive).</source>
        <translation>종일 일정은 시작일보다 늦은 날에 끝나야 합니다(종료일은 기간에 포함되지 않습니다).</translation>
    </message>
    <message>
        <source>A schedule event cannot end before it starts.</source>
        <translation>일정의 종료 일시는 시작 일시보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <source>A schedule event lies outside the years 1900 to 9999.</source>
        <translation>일정이 1900년부터 9999년까지의 범위를 벗어납니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::ScheduleSectionWidget</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>오늘로 이동 (T)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>이전 (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>다음 (Page Down)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>%1 view (%2)</source>
        <translation>%1 보기 (%2)</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>새 일정</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+N)</source>
        <translation>일정 추가 (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>일정 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internal (hatched, not published)</source>
        <translation>
            <numerusform>내부 일정 %n건(빗금 표시, 게시되지 않음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overlapping</source>
        <translation>
            <numerusform>⚠ 일정 겹침 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click to add, drag to move, Del to delete</source>
        <translation>두 번 클릭하여 추가, 끌어서 이동, Del 키로 삭제</translation>
    </message>
    <message>
        <source>Edit event &quot;%1&quot;</source>
        <translation>일정 &quot;%1&quot; 편집</translation>
    </message>
    <message>
        <source>Add event &quot;%1&quot;</source>
        <translation>일정 &quot;%1&quot; 추가</translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation>일정 &quot;%1&quot; 삭제</translation>
    </message>
    <message>
        <source>Move event &quot;%1&quot;</source>
        <translation>일정 &quot;%1&quot; 이동</translation>
    </message>
    <message>
        <source>Change the end of &quot;%1&quot;</source>
        <translation>&quot;%1&quot;의 종료 일시 변경</translation>
    </message>
</context>
<context>
    <name>openmayor::SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search all content (Ctrl+F)</source>
        <translation>전체 콘텐츠 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all content</source>
        <translation>전체 콘텐츠 검색</translation>
    </message>
    <message>
        <source>&amp;Search All Content</source>
        <translation>전체 콘텐츠 검색(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>검색 결과가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; add a word to narrow the search.</source>
        <translation>
            <numerusform>상위 %n건만 표시합니다. 검색어를 추가하여 검색 범위를 좁히십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>검색 결과 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: %1</source>
        <translation>검색 색인: %1</translation>
    </message>
    <message>
        <source>Indexing for search: %1 of %2</source>
        <translation>검색 색인 중: %2건 중 %1건</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>검색 색인 중…</translation>
    </message>
    <message>
        <source>New items are already found, more slowly, until the index has taken them in.</source>
        <translation>새 항목은 색인되기 전에도 검색되지만, 색인이 끝날 때까지는 검색이 조금 느릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::SearchRepository</name>
    <message>
        <source>The number of search results must be at least 1.</source>
        <translation>검색 결과 수는 1 이상이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>The data file is used from the next start. Leave it empty for the default file in your user folder.</source>
        <translation>데이터 파일은 다음 실행부터 사용됩니다. 비워 두면 사용자 폴더의 기본 파일을 씁니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>데이터 파일(&amp;D):</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>데이터 파일</translation>
    </message>
    <message>
        <source>OpenMayor databases (*.sqlite)</source>
        <translation>열린시장실 데이터베이스 (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>사용자 이름(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>openmayor::SnsLinkEditor</name>
    <message>
        <source>platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>label</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>플랫폼(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>주소(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>표시 이름(&amp;L)</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>부서(&amp;P)</translation>
    </message>
</context>
<context>
    <name>openmayor::SpeechEditor</name>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>full text</source>
        <translation>전문</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>행사(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>장소(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>부서(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. New Year&apos;s talk with citizens</source>
        <translation>예: 시민과 함께하는 신년 대화</translation>
    </message>
</context>
<context>
    <name>openmayor::StatusDistributionModel</name>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>공약 수</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>비율(%)</translation>
    </message>
</context>
<context>
    <name>openmayor::SyncActions</name>
    <message>
        <source>S&amp;ync</source>
        <translation>동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <source>Send your changes to the portal and fetch the portal&apos;s (F5)</source>
        <translation>내 변경을 포털로 보내고 포털의 변경을 가져옵니다 (F5)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>충돌(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Portal Connection Settings…</source>
        <translation>포털 연결 설정(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal refused %n change(s): %1. Your edits are kept here; see Sync ▸ Conflicts.</source>
        <translation>
            <numerusform>포털이 변경 %n건을 거부했습니다: %1. 편집한 내용은 여기에 남아 있습니다. 동기화 ▸ 충돌을 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1 received, %2 sent.</source>
        <translation>동기화됨: %1건 받음, %2건 보냄.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait for the media store.</source>
        <translation>
            <numerusform>파일 %n개가 미디어 저장소를 기다립니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need your decision: see Sync ▸ Conflicts.</source>
        <translation>
            <numerusform>충돌 %n건에 결정이 필요합니다: 동기화 ▸ 충돌을 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1 Your changes are kept and sent next time.</source>
        <translation>동기화 실패: %1 변경 내용은 남아 있으며 다음에 보냅니다.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
</context>
<context>
    <name>openmayor::SyncConflicts</name>
    <message>
        <source>Conflict %1 has an unknown kind.</source>
        <translation>충돌 %1의 종류를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>열린 충돌 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no open conflict with this number.</source>
        <translation>이 번호의 열린 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>The conflict names an unknown table.</source>
        <translation>충돌이 알 수 없는 표를 가리킵니다.</translation>
    </message>
    <message>
        <source>Only a conflict of fields can be resolved field by field.</source>
        <translation>필드별 정리는 필드 충돌에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose a side for every conflicting field.</source>
        <translation>충돌한 필드마다 한쪽을 고르세요.</translation>
    </message>
</context>
<context>
    <name>openmayor::SyncController</name>
    <message>
        <source>No portal is set up yet: enter its address in Tools ▸ Portal Connection Settings.</source>
        <translation>아직 포털이 설정되지 않았습니다. 도구 ▸ 포털 연결 설정에서 주소를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>openmayor::SyncEngine</name>
    <message>
        <source>Reading the portal&apos;s schema failed.</source>
        <translation>포털의 스키마를 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>The portal database is older than this program; run &quot;openmayor-cli portal init&quot; to upgrade it.</source>
        <translation>포털 데이터베이스가 이 프로그램보다 오래되었습니다. &quot;openmayor-cli portal init&quot;을 실행해 올리세요.</translation>
    </message>
    <message>
        <source>Your role on the portal may not make this change.</source>
        <translation>포털에서의 역할로는 이 변경을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The portal already has an entry with the same code, number or identifier.</source>
        <translation>포털에 같은 코드, 번호 또는 식별자의 항목이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The portal refused the values of this change.</source>
        <translation>포털이 이 변경의 값을 거부했습니다.</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>동기화가 취소되었습니다.</translation>
    </message>
    <message>
        <source>Sending changes to the portal failed; they stay queued and are sent again at the next sync.</source>
        <translation>변경을 포털로 보내지 못했습니다. 변경은 대기열에 남아 다음 동기화 때 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The portal answered a push with the wrong number of results.</source>
        <translation>포털이 보낸 결과의 개수가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Reading from the portal failed.</source>
        <translation>포털에서 읽지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::SyncSchema</name>
    <message>
        <source>The portal database is older than this program; run &quot;openmayor-cli portal init&quot; to upgrade it.</source>
        <translation>포털 데이터베이스가 이 프로그램보다 오래되었습니다. &quot;openmayor-cli portal init&quot;을 실행해 올리세요.</translation>
    </message>
</context>
<context>
    <name>openmayor::SyncStatusWidget</name>
    <message>
        <source>today %1</source>
        <translation>오늘 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>어제 %1</translation>
    </message>
    <message>
        <source>Sync status unknown</source>
        <translation>동기화 상태 알 수 없음</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <source>No portal connected</source>
        <translation>연결된 포털 없음</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message>
        <source>Changes to send %1</source>
        <translation>보낼 변경 %1</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>마지막 동기화 실패</translation>
    </message>
    <message>
        <source>Conflicts %1</source>
        <translation>충돌 %1</translation>
    </message>
    <message>
        <source>Open the conflicts to decide which values to keep</source>
        <translation>충돌을 열어 남길 값을 정하세요</translation>
    </message>
    <message>
        <source>Rejected %1</source>
        <translation>거부됨 %1</translation>
    </message>
    <message>
        <source>Changes the portal refused; your edits are kept here</source>
        <translation>포털이 거부한 변경. 편집한 내용은 여기에 남아 있습니다</translation>
    </message>
</context>
<context>
    <name>openmayor::TaskScheduleModel</name>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 in %2 Q%3: %4</source>
        <translation>%1, %2년 %3분기: %4</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>추진</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>미추진</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>추진과제</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1&apos;%2분기</translation>
    </message>
    <message>
        <source>A schedule task needs a name.</source>
        <translation>추진과제에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Rename schedule task</source>
        <translation>추진과제 이름 변경</translation>
    </message>
    <message>
        <source>Change schedule note</source>
        <translation>추진일정 비고 변경</translation>
    </message>
    <message>
        <source>A task runs for at least one quarter; remove the task instead.</source>
        <translation>과제는 최소 한 분기 동안 추진됩니다. 없애려면 과제를 삭제하세요.</translation>
    </message>
    <message>
        <source>A task runs over consecutive quarters: shorten it from its first or last quarter.</source>
        <translation>과제는 연속된 분기에 추진됩니다. 처음이나 마지막 분기부터 줄이세요.</translation>
    </message>
    <message>
        <source>Change schedule of “%1”</source>
        <translation>“%1” 추진일정 변경</translation>
    </message>
    <message>
        <source>Add schedule task “%1”</source>
        <translation>추진과제 “%1” 추가</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>새 추진과제</translation>
    </message>
    <message numerus="yes">
        <source>Add %n schedule task(s)</source>
        <translation>
            <numerusform>추진과제 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove schedule task “%1”</source>
        <translation>추진과제 “%1” 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n schedule task(s)</source>
        <translation>
            <numerusform>추진과제 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder schedule tasks</source>
        <translation>추진과제 순서 변경</translation>
    </message>
</context>
<context>
    <name>openmayor::ThemeDialog</name>
    <message>
        <source>✓ passes (at least %1:1)</source>
        <translation>✓ 통과(%1:1 이상)</translation>
    </message>
    <message>
        <source>✗ below %1:1</source>
        <translation>✗ %1:1 미만</translation>
    </message>
    <message>
        <source>Infographic theme</source>
        <translation>인포그래픽 테마</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>글자</translation>
    </message>
    <message>
        <source>Primary (band, figures)</source>
        <translation>주 색상(띠, 수치)</translation>
    </message>
    <message>
        <source>Secondary series</source>
        <translation>보조 계열</translation>
    </message>
    <message>
        <source>Accent (targets, highlights)</source>
        <translation>강조 색상(목표, 강조 표시)</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>로고 이미지</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>출처 표시</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>바닥글</translation>
    </message>
    <message>
        <source>Contrast check</source>
        <translation>명도 대비 점검</translation>
    </message>
    <message>
        <source>Contrast (WCAG 2, normal text needs 4.5:1):</source>
        <translation>명도 대비(WCAG 2, 일반 텍스트는 4.5:1 이상 필요):</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>openmayor::WelcomeDialog</name>
    <message>
        <source>Welcome to OpenMayor Studio</source>
        <translation>열린시장실 스튜디오에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>&lt;h3&gt;There is no database yet&lt;/h3&gt;&lt;p&gt;OpenMayor Studio keeps its data in &lt;b&gt;%1&lt;/b&gt;. Start with the demo data (pledge card 7-1-3 and sample content), or with an empty database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;아직 데이터베이스가 없습니다&lt;/h3&gt;&lt;p&gt;열린시장실 스튜디오는 자료를 &lt;b&gt;%1&lt;/b&gt;에 저장합니다. 데모 데이터(공약 카드 7-1-3과 예시 콘텐츠)로 시작하거나 빈 데이터베이스로 시작하세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with &amp;demo data</source>
        <translation>데모 데이터로 시작(&amp;D)</translation>
    </message>
    <message>
        <source>Create &amp;empty database</source>
        <translation>빈 데이터베이스 만들기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>다른 파일 열기(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>openmayor::Workflow</name>
    <message>
        <source>Rework as draft</source>
        <translation>초안으로 다시 작성</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>초안으로 반려</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Publish again</source>
        <translation>다시 게시</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>The release is under embargo until %1; it cannot be published before then.</source>
        <translation>이 보도자료는 %1까지 엠바고가 설정되어 있어 그 전에는 게시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Photo %1 (%2) has no alt text.</source>
        <translation>사진 %1(%2)에 대체 텍스트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>openmayor::WorkflowBar</name>
    <message>
        <source>%1: %2 → %3 by %4</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>No workflow moves recorded yet.</source>
        <translation>아직 기록된 상태 변경 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Workflow state: %1</source>
        <translation>진행 상태: %1</translation>
    </message>
    <message>
        <source>Saved %1 by %2</source>
        <translation>%1 저장 (%2)</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>수정 이력…</translation>
    </message>
    <message>
        <source>Earlier versions of this item: compare and restore</source>
        <translation>이 항목의 이전 판: 비교 및 복원</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>점검…</translation>
    </message>
    <message>
        <source>Check before publishing: alt text, tables, links and personal data (F7)</source>
        <translation>게시 전 점검: 대체 텍스트, 표, 링크, 개인정보 (F7)</translation>
    </message>
</context>
<context>
    <name>openmayor::charts</name>
    <message>
        <source>Pledge fulfilment over time</source>
        <translation>공약 이행 추이</translation>
    </message>
    <message>
        <source>Achievement indicator: target and actual</source>
        <translation>성과지표: 목표 및 실적</translation>
    </message>
    <message>
        <source>Budget: planned and executed</source>
        <translation>예산: 계획 및 집행</translation>
    </message>
    <message>
        <source>Pledges by status</source>
        <translation>상태별 공약</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>비율(%)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>값(%1)</translation>
    </message>
    <message>
        <source>Final target %1</source>
        <translation>최종 목표 %1</translation>
    </message>
    <message>
        <source>Amount (million KRW)</source>
        <translation>금액(백만 원)</translation>
    </message>
    <message>
        <source>Execution rate (%)</source>
        <translation>집행률(%)</translation>
    </message>
    <message>
        <source>%1 %2: %3 million KRW</source>
        <translation>%1 %2: %3백만 원</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n (%2%)</source>
        <translation>
            <numerusform>%1 %n건(%2%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>openmayor::charts::ChartPanel</name>
    <message>
        <source>Figures of the chart</source>
        <translation>차트 수치</translation>
    </message>
</context>
<context>
    <name>openmayor::infographic</name>
    <message>
        <source>Pledge fulfilment rate</source>
        <translation>공약 이행률</translation>
    </message>
    <message>
        <source>Quarterly fulfilment trend</source>
        <translation>분기별 이행 추이</translation>
    </message>
    <message>
        <source>Pledge budget execution</source>
        <translation>공약 예산 집행</translation>
    </message>
    <message>
        <source>Pledge card</source>
        <translation>공약 카드</translation>
    </message>
    <message>
        <source>square feed</source>
        <translation>정사각형 피드</translation>
    </message>
    <message>
        <source>portrait feed</source>
        <translation>세로형 피드</translation>
    </message>
    <message>
        <source>story</source>
        <translation>스토리</translation>
    </message>
    <message>
        <source>link preview</source>
        <translation>링크 미리보기</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>A4 page (PDF)</source>
        <translation>A4 용지(PDF)</translation>
    </message>
    <message>
        <source>Basis date: %1</source>
        <translation>기준일: %1</translation>
    </message>
    <message numerus="yes">
        <source>Completion %1 · %n pledge(s)</source>
        <translation>
            <numerusform>완료율 %1 · 공약 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Average fulfilment rate</source>
        <translation>평균 이행률</translation>
    </message>
    <message>
        <source>Published %1: %2 · now %3 (unpublished)</source>
        <translation>공표 %1: %2 · 현재 %3(미공표)</translation>
    </message>
    <message>
        <source>No period published yet</source>
        <translation>아직 공표한 분기가 없습니다</translation>
    </message>
    <message>
        <source>million KRW</source>
        <translation>백만 원</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>집행</translation>
    </message>
    <message>
        <source>Financing rate</source>
        <translation>재정집행률</translation>
    </message>
    <message>
        <source>Pledge %1</source>
        <translation>공약 %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation>%1: %3 %4 중 %2</translation>
    </message>
    <message>
        <source>Fulfilment rate</source>
        <translation>이행률</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The A4 preset writes PDF only, not %1.</source>
        <translation>A4 규격은 PDF로만 저장합니다(%1은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <source>An image file ends in .png, .svg or .pdf: %1</source>
        <translation>이미지 파일은 .png, .svg 또는 .pdf로 끝나야 합니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n</source>
        <translation>
            <numerusform>%1 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pledge fulfilment of %1 as of %2: average fulfilment rate %3, completion rate %4 over %n pledge(s) (%5).</source>
        <translation>
            <numerusform>%1 공약 이행 현황(%2 기준): 공약 %n개의 평균 이행률 %3, 완료율 %4 (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Average pledge fulfilment rate by quarter: %1; now %2 (unpublished, as of %3).</source>
        <translation>분기별 공약 평균 이행률: %1. 현재 %2(미공표, %3 기준).</translation>
    </message>
    <message>
        <source>Pledge budget as of %1: planned %2 million KRW, executed %3 million KRW, financing rate %4.</source>
        <translation>공약 예산(%1 기준): 계획 %2백만 원, 집행 %3백만 원, 재정집행률 %4.</translation>
    </message>
    <message>
        <source>Pledge %1 &quot;%2&quot; as of %3: fulfilment rate %4; %5 reached %6 of the final target %7 %8.</source>
        <translation>공약 %1 「%2」(%3 기준): 이행률 %4. %5은(는) 최종 목표 %7 %8 중 %6 %8을(를) 달성했습니다.</translation>
    </message>
</context>
</TS>

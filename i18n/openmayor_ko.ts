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
        <translation>수정일시</translation>
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
</context>
<context>
    <name>openmayor::DemoData</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty one.</source>
        <translation>데이터베이스에 이미 자료가 있습니다. 데모 데이터는 빈 데이터베이스에만 넣을 수 있습니다.</translation>
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
        <source>Select a pledge to see its card.</source>
        <translation>공약을 선택하면 공약 카드를 볼 수 있습니다.</translation>
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
        <translation>수정일시</translation>
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
</TS>

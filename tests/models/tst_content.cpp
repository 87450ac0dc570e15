// Content items (press releases, speeches, field activities, pages, SNS links): repository
// round trips, validation, the workflow table with the embargo refusal, revisions with the
// text diff and restore, and the undo commands.
#include "commands/contentedits.h"
#include "common/changenotifier.h"
#include "domain/content.h"
#include "domain/textdiff.h"
#include "domain/workflow.h"
#include "itemmodels/activityphotomodel.h"
#include "storage/contentitemrepository.h"
#include "storage/contentworkflow.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/sqlutil.h"
#include "testsupport.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace openmayor;

class TestContent : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pressReleaseRoundTripWithAttachments();
    void speechPageAndSnsRoundTrip();
    void activityGalleryOrderCaptionAltAndLicence();
    void demoRowsLoad();
    void validationRefusesAndChangesNothing_data();
    void validationRefusesAndChangesNothing();
    void snsHostWarning();
    void workflowTableAndHistory();
    void embargoRefusesPublishing();
    void revisionsDiffAndRestore();
    void undoCommandsRestoreStore();
    void photoModelTurnsDropsIntoRequests();
    void savedBodiesAreSanitized();

private:
    QString addMedia(const QString& name, const QByteArray& bytes = {});
    int rowCount(const QString& sql, const QVariantList& params = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<ContentItemRepository> m_repo;
    QString m_mediaRoot;
};

void TestContent::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    m_mediaRoot = MediaLibrary::defaultRootFor(path);
    QVERIFY(DemoData::populate(*db, m_mediaRoot).ok());
    m_db = *db;
    m_notifier = std::make_unique<ChangeNotifier>();
    m_repo = std::make_unique<ContentItemRepository>(*m_db, m_notifier.get());
}

void TestContent::cleanup()
{
    m_repo.reset();
    if (m_db)
        m_db->close();
    m_db.reset();
    m_dir.reset();
}

QString TestContent::addMedia(const QString& name, const QByteArray& bytes)
{
    MediaLibrary media(*m_db, m_mediaRoot);
    auto id = media.add({bytes.isEmpty() ? name.toUtf8() : bytes,
                         name,
                         QStringLiteral("application/octet-stream"),
                         {},
                         {}});
    return id ? *id : QString();
}

int TestContent::rowCount(const QString& sql, const QVariantList& params)
{
    QSqlDatabase db = m_db->connection();
    auto n = queryInt(db, sql, params);
    return n ? int(*n) : -1;
}

void TestContent::pressReleaseRoundTripWithAttachments()
{
    PressRelease r = std::get<PressRelease>(newContentItem(ContentType::PressRelease));
    r.releaseNo = QStringLiteral("2024-101");
    r.title = QStringLiteral("나주시, 열린시장실 개편");
    r.subtitle = QStringLiteral("반응형 누리집");
    r.manager = QStringLiteral("홍보기획팀장 오해준");
    r.managerPhone = QStringLiteral("061-339-8261");
    r.officer = QStringLiteral("최지인");
    r.officerPhone = QStringLiteral("061-339-8263");
    r.distributedAt = QDateTime(QDate(2024, 6, 3), QTime(9, 30));
    r.embargoUntil = QDateTime(QDate(2024, 6, 4), QTime(12, 0));
    r.bodyHtml = QStringLiteral("<p>열린시장실 본문</p>");
    r.meta.department = QStringLiteral("정책홍보실");
    r.attachments << PressAttachment{{}, addMedia(QStringLiteral("보도자료.hwp")), {}, {}, {}, {},
                                     0}
                  << PressAttachment{{},
                                     addMedia(QStringLiteral("사진.jpg")),
                                     QStringLiteral("photo"),
                                     QStringLiteral("현장 사진"),
                                     QStringLiteral("시장이 시민과 대화하는 모습"),
                                     {},
                                     0};
    QSignalSpy changed(m_notifier.get(), &ChangeNotifier::contentChanged);
    ContentItem item = r;
    QVERIFY(m_repo->save(item, QStringLiteral("tester")).ok());
    const QString id = metaOf(item).id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<ContentType>(), ContentType::PressRelease);
    QCOMPARE(changed.first().at(1).toStringList(), QStringList{id});

    auto loaded = m_repo->load(ContentType::PressRelease, id);
    QVERIFY(loaded.ok());
    const auto& back = std::get<PressRelease>(*loaded);
    QCOMPARE(back.title, r.title);
    QCOMPARE(back.officerPhone, r.officerPhone);
    QCOMPARE(back.distributedAt, r.distributedAt);
    QCOMPARE(back.embargoUntil, r.embargoUntil);
    QCOMPARE(back.meta.updatedBy, QStringLiteral("tester"));
    QCOMPARE(back.meta.workflow, WorkflowState::Draft);
    QCOMPARE(back.attachments.size(), 2);
    QCOMPARE(back.attachments.at(0).fileName, QStringLiteral("보도자료.hwp"));
    QCOMPARE(back.attachments.at(1).kind, QStringLiteral("photo"));
    QCOMPARE(back.attachments.at(1).altText, QStringLiteral("시장이 시민과 대화하는 모습"));

    // remove the first attachment, clear the embargo
    PressRelease edited = back;
    edited.attachments.removeFirst();
    edited.embargoUntil = QDateTime();
    item = edited;
    QVERIFY(m_repo->save(item, QStringLiteral("tester")).ok());
    const auto again = std::get<PressRelease>(*m_repo->load(ContentType::PressRelease, id));
    QCOMPARE(again.attachments.size(), 1);
    QCOMPARE(again.attachments.at(0).fileName, QStringLiteral("사진.jpg"));
    QVERIFY(!again.embargoUntil.isValid());
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM press_attachment WHERE "
                                     "press_release_id = ?"),
                      {id}),
             1);
}

void TestContent::speechPageAndSnsRoundTrip()
{
    Speech s = std::get<Speech>(newContentItem(ContentType::Speech));
    s.title = QStringLiteral("신년사");
    s.eventName = QStringLiteral("신년 시민과의 대화");
    s.place = QStringLiteral("나주문화예술회관");
    s.deliveredOn = QDate(2024, 1, 2);
    s.bodyHtml = QStringLiteral("<p>시민 여러분</p>");
    ContentItem item = s;
    QVERIFY(m_repo->save(item, QStringLiteral("a")).ok());
    auto speech = m_repo->load(ContentType::Speech, metaOf(item).id);
    QVERIFY(speech.ok());
    QCOMPARE(std::get<Speech>(*speech).eventName, s.eventName);
    QCOMPARE(std::get<Speech>(*speech).deliveredOn, s.deliveredOn);

    auto pageId = m_repo->pageIdBySlug(QStringLiteral("profile"));
    QVERIFY(pageId.ok());
    auto page = m_repo->load(ContentType::Page, *pageId);
    QVERIFY(page.ok());
    Page p = std::get<Page>(*page);
    QVERIFY(!p.photoMediaId.isEmpty()); // the demo profile has a photo
    p.title = QStringLiteral("프로필 (수정)");
    p.photoMediaId.clear();
    item = p;
    QVERIFY(m_repo->save(item, QStringLiteral("a")).ok());
    const Page back = std::get<Page>(*m_repo->load(ContentType::Page, *pageId));
    QCOMPARE(back.title, p.title);
    QVERIFY(back.photoMediaId.isEmpty());
    QCOMPARE(back.meta.workflow, WorkflowState::Published); // a save keeps the state

    SnsLink l = std::get<SnsLink>(newContentItem(ContentType::SnsLink));
    l.platform = SnsPlatform::Blog;
    l.url = QStringLiteral("https://blog.naver.com/naju_example");
    l.label = QStringLiteral("나주시 블로그");
    item = l;
    QVERIFY(m_repo->save(item, QStringLiteral("a")).ok());
    const SnsLink link = std::get<SnsLink>(*m_repo->load(ContentType::SnsLink, metaOf(item).id));
    QCOMPARE(link.url, l.url);
    QCOMPARE(link.platform, SnsPlatform::Blog);
    QCOMPARE(link.position, 3); // after the three demo links
}

void TestContent::activityGalleryOrderCaptionAltAndLicence()
{
    Activity a = std::get<Activity>(newContentItem(ContentType::Activity));
    a.title = QStringLiteral("현장 방문");
    a.date = QDate(2024, 5, 1);
    a.place = QStringLiteral("영산강 둔치");
    const QString first = addMedia(QStringLiteral("a.png"));
    const QString second = addMedia(QStringLiteral("b.png"));
    const QString third = addMedia(QStringLiteral("c.png"));
    a.photos << ActivityPhoto{{},
                              first,
                              QStringLiteral("첫째"),
                              QStringLiteral("대체 1"),
                              QStringLiteral("kogl1"),
                              {},
                              {}}
             << ActivityPhoto{{},
                              second,
                              QStringLiteral("둘째"),
                              QStringLiteral("대체 2"),
                              QStringLiteral("kogl3"),
                              {},
                              {}}
             << ActivityPhoto{{}, third, QStringLiteral("셋째"), {}, QStringLiteral("kogl4"),
                              {}, {}};
    ContentItem item = a;
    QVERIFY(m_repo->save(item, QStringLiteral("a")).ok());
    Activity back = std::get<Activity>(*m_repo->load(ContentType::Activity, metaOf(item).id));
    QCOMPARE(back.photos.size(), 3);
    QCOMPARE(back.photos.at(1).licence, QStringLiteral("kogl3"));
    QCOMPARE(back.photos.at(1).fileName, QStringLiteral("b.png"));
    QCOMPARE(back.photos.at(0).altText, QStringLiteral("대체 1"));

    // reorder: third first; the ids stay with their photos
    const QString thirdId = back.photos.at(2).id;
    back.photos.move(2, 0);
    back.photos[0].caption = QStringLiteral("셋째 (맨 앞)");
    item = back;
    QVERIFY(m_repo->save(item, QStringLiteral("a")).ok());
    const Activity reordered =
        std::get<Activity>(*m_repo->load(ContentType::Activity, metaOf(item).id));
    QCOMPARE(reordered.photos.at(0).id, thirdId);
    QCOMPARE(reordered.photos.at(0).caption, QStringLiteral("셋째 (맨 앞)"));
    QCOMPARE(reordered.photos.at(1).mediaId, first);
    QCOMPARE(reordered.photos.at(2).mediaId, second);
}

void TestContent::demoRowsLoad()
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM activity ORDER BY activity_date LIMIT 1")));
    QVERIFY(query.next());
    auto activity = m_repo->load(ContentType::Activity, query.value(0).toString());
    QVERIFY(activity.ok());
    const Activity& a = std::get<Activity>(*activity);
    QVERIFY(a.title.startsWith(QStringLiteral("[예시]")));
    QCOMPARE(a.photos.size(), 2);
    QCOMPARE(a.photos.at(0).licence, QStringLiteral("kogl1"));
    QCOMPARE(a.photos.at(0).sha256.size(), 64);
    QVERIFY(m_repo->load(ContentType::Activity, QStringLiteral("no-such-id")).error().kind ==
            Error::Kind::NotFound);

    // the first save of an item without history keeps its stored state as revision 1
    ContentItem edited = *activity;
    std::get<Activity>(edited).place = QStringLiteral("나주시청");
    QVERIFY(m_repo->save(edited, QStringLiteral("editor")).ok());
    auto revisions = m_repo->revisions(ContentType::Activity, a.meta.id);
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->at(1).number, 1);
    QCOMPARE(revisions->at(1).createdBy, QStringLiteral("demo"));
    QCOMPARE(revisions->at(1).data.value(QStringLiteral("place")).toString(), a.place);
    QCOMPARE(revisions->at(0).createdBy, QStringLiteral("editor"));
}

void TestContent::validationRefusesAndChangesNothing_data()
{
    QTest::addColumn<int>("caseNo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no release number") << 0 << QStringLiteral("Release number is required.");
    QTest::newRow("no title") << 1 << QStringLiteral("Title is required.");
    QTest::newRow("over-long title") << 2 << QStringLiteral("Title is too long: 501 characters");
    QTest::newRow("embargo before distribution") << 3 << QStringLiteral("embargo");
    QTest::newRow("sns ftp url") << 4 << QStringLiteral("is not a web address");
    QTest::newRow("sns no host") << 5 << QStringLiteral("is not a web address");
    QTest::newRow("unknown licence") << 6 << QStringLiteral("Unknown licence");
    QTest::newRow("speech without date") << 7 << QStringLiteral("date");
}

void TestContent::validationRefusesAndChangesNothing()
{
    QFETCH(int, caseNo);
    QFETCH(QString, expected);
    PressRelease r = std::get<PressRelease>(newContentItem(ContentType::PressRelease));
    r.releaseNo = QStringLiteral("2024-200");
    SnsLink l;
    l.label = QStringLiteral("링크");
    Activity a = std::get<Activity>(newContentItem(ContentType::Activity));
    Speech s = std::get<Speech>(newContentItem(ContentType::Speech));
    ContentItem item;
    switch (caseNo) {
    case 0:
        r.releaseNo = QStringLiteral("  ");
        item = r;
        break;
    case 1:
        r.title.clear();
        item = r;
        break;
    case 2:
        r.title = QString(501, QChar(u'가'));
        item = r;
        break;
    case 3:
        r.embargoUntil = r.distributedAt.addDays(-1);
        item = r;
        break;
    case 4:
        l.url = QStringLiteral("ftp://example.org/x");
        item = l;
        break;
    case 5:
        l.url = QStringLiteral("https://");
        item = l;
        break;
    case 6:
        a.photos << ActivityPhoto{
            {}, addMedia(QStringLiteral("x.png")), {}, {}, QStringLiteral("cc-by"), {}, {}};
        item = a;
        break;
    case 7:
        s.deliveredOn = QDate();
        item = s;
        break;
    }
    const int before = rowCount(QStringLiteral("SELECT count(*) FROM content_revision"));
    const int outbox = rowCount(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    const Status saved = m_repo->save(item, QStringLiteral("a"));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, Error::Kind::Invalid);
    QVERIFY2(saved.error().message.contains(expected), qPrintable(saved.error().message));
    QVERIFY(metaOf(item).id.isEmpty()); // nothing written back
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM content_revision")), before);
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM sync_outbox")), outbox);
}

void TestContent::snsHostWarning()
{
    SnsLink l;
    l.platform = SnsPlatform::Facebook;
    l.url = QStringLiteral("https://www.facebook.com/naju");
    QVERIFY(openmayor::snsHostWarning(l).isEmpty());
    l.url = QStringLiteral("https://m.youtube.com/@naju");
    QVERIFY(openmayor::snsHostWarning(l).contains(QStringLiteral("m.youtube.com")));
    l.platform = SnsPlatform::YouTube;
    QVERIFY(openmayor::snsHostWarning(l).isEmpty());
    l.platform = SnsPlatform::Other;
    l.url = QStringLiteral("https://band.us/naju");
    QVERIFY(openmayor::snsHostWarning(l).isEmpty());
    // a look-alike host is not the platform's
    l.platform = SnsPlatform::Instagram;
    l.url = QStringLiteral("https://instagram.com.evil.example/x");
    QVERIFY(!openmayor::snsHostWarning(l).isEmpty());
}

void TestContent::workflowTableAndHistory()
{
    using W = WorkflowState;
    QVERIFY(isTransitionAllowed(W::Draft, W::Review));
    QVERIFY(!isTransitionAllowed(W::Draft, W::Published));
    QVERIFY(!isTransitionAllowed(W::Review, W::Published));
    QVERIFY(isTransitionAllowed(W::Approved, W::Published));
    QVERIFY(isTransitionAllowed(W::Published, W::Withdrawn));
    QVERIFY(!isTransitionAllowed(W::Withdrawn, W::Approved));

    ContentItem item = newContentItem(ContentType::Speech);
    QVERIFY(m_repo->save(item, QStringLiteral("writer")).ok());
    const QString id = metaOf(item).id;
    ContentWorkflow workflow(*m_db, m_notifier.get());
    auto refused = workflow.transition(ContentType::Speech, id, W::Published, QStringLiteral("x"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("cannot become")));
    QCOMPARE(metaOf(*m_repo->load(ContentType::Speech, id)).workflow, W::Draft);

    QVERIFY(workflow.transition(ContentType::Speech, id, W::Review, QStringLiteral("writer")).ok());
    QVERIFY(
        workflow.transition(ContentType::Speech, id, W::Approved, QStringLiteral("chief")).ok());
    QSignalSpy changed(m_notifier.get(), &ChangeNotifier::contentChanged);
    QVERIFY(
        workflow.transition(ContentType::Speech, id, W::Published, QStringLiteral("chief")).ok());
    QCOMPARE(changed.count(), 1);
    const ContentItem published = *m_repo->load(ContentType::Speech, id);
    QCOMPARE(metaOf(published).workflow, W::Published);
    QVERIFY(!metaOf(published).publishAt.isEmpty());
    QVERIFY(
        workflow.transition(ContentType::Speech, id, W::Withdrawn, QStringLiteral("chief")).ok());

    auto history = workflow.history(ContentType::Speech, id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 4);
    QCOMPARE(*history->at(0).from, W::Draft);
    QCOMPARE(history->at(0).to, W::Review);
    QCOMPARE(history->at(0).movedBy, QStringLiteral("writer"));
    QCOMPARE(history->at(2).to, W::Published);
    QCOMPARE(history->at(3).to, W::Withdrawn);
    QVERIFY(!history->at(3).movedAt.isEmpty());

    // an edit after the move keeps the state; the state is the workflow's alone
    ContentItem edited = published;
    std::get<Speech>(edited).place = QStringLiteral("시청");
    QVERIFY(m_repo->save(edited, QStringLiteral("writer")).ok());
    QCOMPARE(metaOf(*m_repo->load(ContentType::Speech, id)).workflow, W::Withdrawn);
}

void TestContent::embargoRefusesPublishing()
{
    PressRelease r = std::get<PressRelease>(newContentItem(ContentType::PressRelease));
    r.releaseNo = QStringLiteral("2024-300");
    r.distributedAt = QDateTime(QDate(2024, 6, 3), QTime(9, 0));
    r.embargoUntil = QDateTime(QDate(2024, 6, 4), QTime(12, 0));
    ContentItem item = r;
    QVERIFY(m_repo->save(item, QStringLiteral("a")).ok());
    const QString id = metaOf(item).id;
    ContentWorkflow workflow(*m_db, m_notifier.get());
    QVERIFY(workflow.transition(ContentType::PressRelease, id, WorkflowState::Review, {}).ok());
    QVERIFY(workflow.transition(ContentType::PressRelease, id, WorkflowState::Approved, {}).ok());

    const int steps = rowCount(QStringLiteral("SELECT count(*) FROM workflow_transition"));
    QList<PublishFinding> findings;
    auto early = workflow.transition(ContentType::PressRelease, id, WorkflowState::Published,
                                     QStringLiteral("a"),
                                     QDateTime(QDate(2024, 6, 4), QTime(11, 59)), &findings);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().message.contains(QStringLiteral("embargo")),
             qPrintable(early.error().message));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, QStringLiteral("embargo_until"));
    QCOMPARE(metaOf(*m_repo->load(ContentType::PressRelease, id)).workflow,
             WorkflowState::Approved);
    QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM workflow_transition")), steps);

    // the hook is a plain function too
    QVERIFY(PublishChecker::hasBlocking(
        checkBeforePublishing(item, QDateTime(QDate(2024, 6, 1), QTime(0, 0)))));
    QVERIFY(checkBeforePublishing(item, QDateTime(QDate(2024, 6, 4), QTime(12, 0))).isEmpty());

    auto onTime =
        workflow.transition(ContentType::PressRelease, id, WorkflowState::Published,
                            QStringLiteral("a"), QDateTime(QDate(2024, 6, 4), QTime(12, 0)));
    QVERIFY(onTime.ok());
    QCOMPARE(metaOf(*m_repo->load(ContentType::PressRelease, id)).workflow,
             WorkflowState::Published);
}

void TestContent::revisionsDiffAndRestore()
{
    ContentItem item = newContentItem(ContentType::Speech);
    auto& s = std::get<Speech>(item);
    s.title = QStringLiteral("개막 축사");
    s.bodyHtml = QStringLiteral("<p>시민 여러분, 반갑습니다.</p>");
    QVERIFY(m_repo->save(item, QStringLiteral("kim")).ok());
    const QString id = metaOf(item).id;
    std::get<Speech>(item).bodyHtml = QStringLiteral("<p>시민 여러분, 정말 반갑습니다.</p>");
    QVERIFY(m_repo->save(item, QStringLiteral("lee")).ok());

    auto revisions = m_repo->revisions(ContentType::Speech, id);
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->at(0).number, 2); // newest first
    QCOMPARE(revisions->at(0).createdBy, QStringLiteral("lee"));
    QCOMPARE(revisions->at(1).createdBy, QStringLiteral("kim"));

    const QString older = revisionText(*fromJson(ContentType::Speech, revisions->at(1).data));
    const QString newer = revisionText(*fromJson(ContentType::Speech, revisions->at(0).data));
    const QList<DiffSegment> diff = diffTexts(older, newer);
    QStringList inserted;
    for (const DiffSegment& segment : diff)
        if (segment.kind == DiffSegment::Kind::Inserted)
            inserted << segment.text;
    QCOMPARE(inserted, QStringList{QStringLiteral("정말 ")});

    // restore revision 1 as a new revision 3
    auto restored = m_repo->itemAtRevision(ContentType::Speech, id, revisions->at(1).id);
    QVERIFY(restored.ok());
    QCOMPARE(metaOf(*restored).id, id);
    QVERIFY(m_repo->save(*restored, QStringLiteral("park")).ok());
    const Speech now = std::get<Speech>(*m_repo->load(ContentType::Speech, id));
    QCOMPARE(now.bodyHtml, QStringLiteral("<p>시민 여러분, 반갑습니다.</p>"));
    auto after = m_repo->revisions(ContentType::Speech, id);
    QCOMPARE(after->size(), 3);
    QCOMPARE(after->at(0).number, 3);
    QCOMPARE(after->at(0).createdBy, QStringLiteral("park"));
    QVERIFY(!m_repo->itemAtRevision(ContentType::Speech, id, QStringLiteral("nope")).ok());
}

void TestContent::undoCommandsRestoreStore()
{
    QUndoStack stack;
    auto created = pushContentCreate(&stack, m_repo.get(), newContentItem(ContentType::SnsLink),
                                     QStringLiteral("a"), QStringLiteral("New"));
    // a new SNS link has the placeholder address "https://", which is not valid
    QVERIFY(!created.ok());
    QCOMPARE(stack.count(), 0);

    ContentItem link = newContentItem(ContentType::SnsLink);
    std::get<SnsLink>(link).url = QStringLiteral("https://x.com/naju");
    std::get<SnsLink>(link).platform = SnsPlatform::X;
    created =
        pushContentCreate(&stack, m_repo.get(), link, QStringLiteral("a"), QStringLiteral("New"));
    QVERIFY(created.ok());
    const QString id = metaOf(*created).id;

    ContentItem edited = *created;
    std::get<SnsLink>(edited).label = QStringLiteral("나주시 X");
    QVERIFY(pushContentEdit(&stack, m_repo.get(), *created, edited, QStringLiteral("a"),
                            QStringLiteral("Edit label"), QStringLiteral("label"))
                .ok());
    ContentItem edited2 = edited;
    std::get<SnsLink>(edited2).label = QStringLiteral("나주시 X 계정");
    QVERIFY(pushContentEdit(&stack, m_repo.get(), edited, edited2, QStringLiteral("a"),
                            QStringLiteral("Edit label"), QStringLiteral("label"))
                .ok());
    QCOMPARE(stack.count(), 2); // typing in one field merged

    // refused edit: nothing pushed, nothing stored
    ContentItem bad = edited2;
    std::get<SnsLink>(bad).url = QStringLiteral("javascript:alert(1)");
    QVERIFY(!pushContentEdit(&stack, m_repo.get(), edited2, bad, QStringLiteral("a"),
                             QStringLiteral("Edit url"))
                 .ok());
    QCOMPARE(stack.count(), 2);

    stack.undo();
    QCOMPARE(std::get<SnsLink>(*m_repo->load(ContentType::SnsLink, id)).label,
             std::get<SnsLink>(*created).label);
    stack.redo();
    QCOMPARE(std::get<SnsLink>(*m_repo->load(ContentType::SnsLink, id)).label,
             QStringLiteral("나주시 X 계정"));

    QVERIFY(pushContentDelete(&stack, m_repo.get(), *m_repo->load(ContentType::SnsLink, id),
                              QStringLiteral("a"), QStringLiteral("Delete"))
                .ok());
    QCOMPARE(m_repo->load(ContentType::SnsLink, id).error().kind, Error::Kind::NotFound);
    stack.undo();
    QCOMPARE(std::get<SnsLink>(*m_repo->load(ContentType::SnsLink, id)).label,
             QStringLiteral("나주시 X 계정"));
    stack.undo();
    stack.undo(); // undo the creation
    QCOMPARE(m_repo->load(ContentType::SnsLink, id).error().kind, Error::Kind::NotFound);
}

void TestContent::photoModelTurnsDropsIntoRequests()
{
    ActivityPhotoModel model(MediaLibrary(*m_db, m_mediaRoot));
    QList<ActivityPhoto> photos;
    for (int i = 0; i < 3; ++i)
        photos << ActivityPhoto{QStringLiteral("p%1").arg(i),
                                QStringLiteral("m%1").arg(i),
                                QStringLiteral("사진 %1").arg(i),
                                {},
                                QStringLiteral("kogl1"),
                                {},
                                {}};
    model.setPhotos(photos);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("2. 사진 1"));
    QSignalSpy moves(&model, &ActivityPhotoModel::moveRequested);
    QSignalSpy files(&model, &ActivityPhotoModel::filesDropped);

    std::unique_ptr<QMimeData> drag(model.mimeData({model.index(0)}));
    QVERIFY(drag);
    QVERIFY(!model.dropMimeData(drag.get(), Qt::MoveAction, 3, 0, {}));
    QCOMPARE(moves.count(), 1);
    QCOMPARE(moves.first().at(0).toInt(), 0);
    QCOMPARE(moves.first().at(1).toInt(), 3);
    // dropping a photo where it already is asks for nothing
    QVERIFY(!model.dropMimeData(drag.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(moves.count(), 1);

    const QString file = m_dir->filePath(QStringLiteral("사진.png"));
    QImage(8, 8, QImage::Format_RGB32).save(file);
    QMimeData urls;
    urls.setUrls({QUrl::fromLocalFile(file), QUrl(QStringLiteral("https://example.org/x.png"))});
    QVERIFY(model.canDropMimeData(&urls, Qt::CopyAction, 1, 0, {}));
    QVERIFY(model.dropMimeData(&urls, Qt::CopyAction, 1, 0, {}));
    QCOMPARE(files.count(), 1);
    QCOMPARE(files.first().at(0).toStringList(), QStringList{file});
    QCOMPARE(files.first().at(1).toInt(), 1);
}

// issue 4, "Sanitized HTML": every type with a body stores it sanitized, and the saved item
// holds what the store holds.
void TestContent::savedBodiesAreSanitized()
{
    const QString dirty = QStringLiteral("<p onclick=\"steal()\">본문<script>alert(1)</script>"
                                         "<a href=\"javascript:alert(2)\">링크</a></p>"
                                         "<img src=\"media:abc\" alt=\"사진\" onerror=\"x()\">");
    for (ContentType type : {ContentType::PressRelease, ContentType::Speech, ContentType::Activity,
                             ContentType::Page}) {
        // an existing item of each kind (the demo has them all)
        QSqlDatabase db = m_db->connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM ") + tableOf(type) +
                           QStringLiteral(" ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        auto existing = m_repo->load(type, query.value(0).toString());
        QVERIFY(existing.ok());
        ContentItem item = *existing;
        std::visit(
            [&](auto& value) {
                if constexpr (requires { value.bodyHtml; })
                    value.bodyHtml = dirty;
            },
            item);
        const Status saved = m_repo->save(item, QStringLiteral("tester"));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        auto loaded = m_repo->load(type, metaOf(item).id);
        QVERIFY(loaded.ok());
        const QString stored = std::visit(
            [](const auto& value) -> QString {
                if constexpr (requires { value.bodyHtml; })
                    return value.bodyHtml;
                else
                    return {};
            },
            *loaded);
        QVERIFY2(!stored.contains(QStringLiteral("script")) && !stored.contains(u"alert") &&
                     !stored.contains(QStringLiteral("onclick")),
                 qPrintable(stored));
        QVERIFY2(stored.contains(QStringLiteral("<img src=\"media:abc\" alt=\"사진\">")),
                 qPrintable(stored));
        QCOMPARE(*loaded, item);
    }
}

QTEST_MAIN(TestContent)
#include "tst_content.moc"

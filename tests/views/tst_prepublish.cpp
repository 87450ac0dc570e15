// The pre-publish check in the content editors (issue 4), driven as a user would on the demo
// database: a refused Publish lists the blocking findings, activating one selects its text,
// Mask masks it as one undo step, and after fixing the release is published. Saved bodies
// are sanitized, pasted HTML is cleaned, and one edit makes exactly one revision.
#include "common/changenotifier.h"
#include "common/settings.h"
#include "common/translations.h"
#include "editors/activityeditor.h"
#include "editors/contenteditor.h"
#include "editors/pressreleaseeditor.h"
#include "editors/publishfindingspanel.h"
#include "editors/richtexteditor.h"
#include "editors/workflowbar.h"
#include "mainwindow.h"
#include "storage/contentitemrepository.h"
#include "storage/contentworkflow.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "testsupport.h"
#include "widgets/contentsectionwidget.h"

#include <QAction>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTextTable>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

class TestPrepublish : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedPublishListsFindingsMaskAndFix();
    void checkActionSaysWhenClean();
    void pasteIsCleaned();
    void oneEditMakesOneRevision();
    void photoFindingSelectsGalleryRow();

private:
    ContentEditor* openPressEditor() { return openEditor(QStringLiteral("press")); }
    ContentEditor* openEditor(const QString& key);
    PressRelease storedRelease(const QString& id) const;
    int revisionCount(const QString& id) const;
    QAction* undoAction() const;
    void saveBody(const QString& id, const QString& html);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
};

void TestPrepublish::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    QVERIFY(DemoData::populate(*db, MediaLibrary::defaultRootFor(path)).ok());
    m_db = *db;
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("s.ini")), nullptr);
    m_settings->setUserName(QStringLiteral("홍길동"));
    m_notifier = std::make_unique<ChangeNotifier>();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_notifier.get());
    m_window->setDatabase(*m_db);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPrepublish::cleanup()
{
    m_window.reset();
    m_notifier.reset();
    if (m_db)
        m_db->close();
    m_db.reset();
    m_dir.reset();
}

ContentEditor* TestPrepublish::openEditor(const QString& key)
{
    if (!m_window->showSection(key))
        return nullptr;
    auto* section = qobject_cast<ContentSectionWidget*>(m_window->sectionWidget(key));
    if (!section || !section->editor())
        return nullptr;
    if (!QTest::qWaitFor([&] { return !section->editor()->itemId().isEmpty(); }, 5000))
        return nullptr;
    return section->editor();
}

PressRelease TestPrepublish::storedRelease(const QString& id) const
{
    ContentItemRepository repository(*m_db, nullptr);
    auto item = repository.load(ContentType::PressRelease, id);
    return item ? std::get<PressRelease>(*item) : PressRelease();
}

int TestPrepublish::revisionCount(const QString& id) const
{
    ContentItemRepository repository(*m_db, nullptr);
    auto revisions = repository.revisions(ContentType::PressRelease, id);
    return revisions ? int(revisions->size()) : -1;
}

QAction* TestPrepublish::undoAction() const
{
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (QAction* action : actions)
        if (action->shortcuts().contains(QKeySequence::Undo))
            return action;
    return nullptr;
}

void TestPrepublish::saveBody(const QString& id, const QString& html)
{
    ContentItemRepository repository(*m_db, m_notifier.get());
    auto loaded = repository.load(ContentType::PressRelease, id);
    QVERIFY(loaded);
    auto& release = std::get<PressRelease>(*loaded);
    release.bodyHtml = html;
    release.embargoUntil = {};
    QVERIFY(repository.save(*loaded, QStringLiteral("test")));
}

static int rowOf(const PublishFindingsPanel* panel, PublishFinding::Code code)
{
    for (int i = 0; i < panel->findings().size(); ++i)
        if (panel->findings().at(i).code == code)
            return i;
    return -1;
}

void TestPrepublish::refusedPublishListsFindingsMaskAndFix()
{
    ContentEditor* editor = openPressEditor();
    QVERIFY(editor);
    const QString id = editor->itemId();
    saveBody(id, QStringLiteral("<p>문의: 홍보담당 010-1234-5678 (평일)</p>"
                                "<p><img src=\"media:0000-photo\"></p>"));
    ContentWorkflow workflow(*m_db, m_notifier.get());
    QVERIFY(workflow.transition(ContentType::PressRelease, id, WorkflowState::Review, u"t"_s));
    QVERIFY(workflow.transition(ContentType::PressRelease, id, WorkflowState::Approved, u"t"_s));

    PublishFindingsPanel* panel = editor->findingsPanel();
    QVERIFY(!panel->isVisible());
    auto* publish = editor->workflowBar()->findChild<QPushButton*>(QStringLiteral("to-published"));
    QVERIFY(publish);
    QTest::mouseClick(publish, Qt::LeftButton);
    QCOMPARE(storedRelease(id).meta.workflow, WorkflowState::Approved);

    // the panel lists both, as blocking, in words and not colour alone
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->findings().size(), 2);
    const int mobile = rowOf(panel, PublishFinding::Code::MobileNumber);
    const int image = rowOf(panel, PublishFinding::Code::ImageWithoutAlt);
    QVERIFY(mobile >= 0 && image >= 0);
    QCOMPARE(panel->list()->topLevelItemCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(panel->list()->topLevelItem(row)->text(0), QStringLiteral("Blocking"));
        QVERIFY(!panel->list()->topLevelItem(row)->icon(0).isNull());
    }
    QVERIFY(panel->summaryText().contains(QStringLiteral("2 blocking")));

    if (const QString dir = qEnvironmentVariable("OPENMAYOR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QCoreApplication::processEvents(); // new buttons show through queued calls
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/prepublish-findings.png")));
    }

    // activating the mobile number selects exactly that text in the body
    panel->list()->setFocus();
    panel->list()->setCurrentItem(panel->list()->topLevelItem(mobile));
    QTest::keyClick(panel->list(), Qt::Key_Return);
    auto* release = qobject_cast<PressReleaseEditor*>(editor);
    QVERIFY(release);
    QTextEdit* text = release->bodyEditor()->textEdit();
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("010-1234-5678"));
    QVERIFY(text->hasFocus());

    // the image's finding selects the picture (one object replacement character)
    panel->list()->setCurrentItem(panel->list()->topLevelItem(image));
    QTest::keyClick(panel->list(), Qt::Key_Return);
    QCOMPARE(text->textCursor().selectedText(), QString(QChar::ObjectReplacementCharacter));

    // Mask is offered for the personal data only, masks it in the store, and undoes
    panel->list()->setCurrentItem(panel->list()->topLevelItem(image));
    QVERIFY(!panel->maskButton()->isEnabled());
    panel->list()->setCurrentItem(panel->list()->topLevelItem(mobile));
    QVERIFY(panel->maskButton()->isEnabled());
    const int before = revisionCount(id);
    QTest::mouseClick(panel->maskButton(), Qt::LeftButton);
    QVERIFY(storedRelease(id).bodyHtml.contains(QStringLiteral("010-1234-****")));
    QVERIFY(!storedRelease(id).bodyHtml.contains(QStringLiteral("5678")));
    QCOMPARE(revisionCount(id), before + 1);
    QVERIFY(text->toPlainText().contains(QStringLiteral("010-1234-****")));
    // the list refreshed: only the image is left
    QCOMPARE(panel->findings().size(), 1);
    QCOMPARE(panel->findings().first().code, PublishFinding::Code::ImageWithoutAlt);
    QVERIFY(!panel->maskAllButton()->isEnabled());

    QAction* undo = undoAction();
    QVERIFY(undo);
    // Ctrl+Z in the findings list takes it back
    panel->list()->setFocus();
    QVERIFY(panel->list()->hasFocus());
    QTest::keyClick(panel->list(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(storedRelease(id).bodyHtml.contains(QStringLiteral("010-1234-5678")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("010-1234-5678")));

    // fixing: Mask All, then the picture gets its alt text; publishing goes through
    QVERIFY(editor->checkBeforePublishing().size() == 2);
    QVERIFY(panel->maskAllButton()->isEnabled());
    QTest::mouseClick(panel->maskAllButton(), Qt::LeftButton);
    QVERIFY(storedRelease(id).bodyHtml.contains(QStringLiteral("010-1234-****")));
    saveBody(id, storedRelease(id).bodyHtml.replace(
                     QStringLiteral("<img src=\"media:0000-photo\""),
                     QStringLiteral("<img src=\"media:0000-photo\" alt=\"시장 현장 방문\"")));
    QTest::mouseClick(
        editor->workflowBar()->findChild<QPushButton*>(QStringLiteral("to-published")),
        Qt::LeftButton);
    QCOMPARE(storedRelease(id).meta.workflow, WorkflowState::Published);
    QVERIFY(!panel->isVisible());
}

void TestPrepublish::checkActionSaysWhenClean()
{
    ContentEditor* editor = openPressEditor();
    QVERIFY(editor);
    saveBody(editor->itemId(), QStringLiteral("<h2>소식</h2><p>나주시 소식입니다.</p>"));
    QCOMPARE(editor->checkAction()->shortcut(), QKeySequence(Qt::Key_F7));
    editor->checkAction()->trigger();
    QVERIFY(editor->findingsPanel()->isVisible());
    QVERIFY(editor->findingsPanel()->findings().isEmpty());
    QCOMPARE(editor->findingsPanel()->summaryText(),
             QStringLiteral("Pre-publish check: no problems"));
    QVERIFY(!editor->findingsPanel()->list()->isVisible());

    // the embargo finding focuses the embargo field
    ContentItemRepository repository(*m_db, m_notifier.get());
    auto loaded = repository.load(ContentType::PressRelease, editor->itemId());
    QVERIFY(loaded);
    std::get<PressRelease>(*loaded).embargoUntil = QDateTime(QDate(2099, 1, 1), QTime(9, 0));
    QVERIFY(repository.save(*loaded, QStringLiteral("test")));
    const QList<PublishFinding> findings = editor->checkBeforePublishing();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, PublishFinding::Code::UnderEmbargo);
    editor->showFinding(findings.first());
    QVERIFY(qobject_cast<PressReleaseEditor*>(editor)->embargoEdit()->hasFocus());
}

void TestPrepublish::pasteIsCleaned()
{
    ContentEditor* editor = openPressEditor();
    QVERIFY(editor);
    QTextEdit* text = qobject_cast<PressReleaseEditor*>(editor)->bodyEditor()->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    auto* mime = new QMimeData;
    mime->setHtml(QStringLiteral(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>"
        "p.MsoNormal{mso-style-parent:\"\";margin:0cm}</style>"
        "<script>alert('x')</script></head><body lang=KO>"
        "<p class=MsoNormal style='mso-margin-top-alt:auto;color:red'>"
        "<span style='font-family:\"맑은 고딕\";mso-bidi-font-family:Arial'>붙여넣은 "
        "<b>문단</b></span><o:p></o:p></p>"
        "<p class=MsoNormal onclick=\"alert(1)\"><o:p>&nbsp;</o:p></p></body></html>"));
    mime->setText(QStringLiteral("붙여넣은 문단"));
    QGuiApplication::clipboard()->setMimeData(mime);
    text->paste();
    QVERIFY(text->toPlainText().contains(QStringLiteral("붙여넣은 문단")));
    const QString document = text->document()->toHtml();
    for (const QString& unwanted :
         {u"mso"_s, u"Mso"_s, u"alert"_s, u"script"_s, u"color:red"_s, u"맑은 고딕"_s})
        QVERIFY2(!document.contains(unwanted), qPrintable(unwanted));
    QVERIFY(editor->commitPending());
    const QString stored = storedRelease(editor->itemId()).bodyHtml;
    QVERIFY2(stored.contains(QStringLiteral("<strong>문단</strong>")), qPrintable(stored));

    // plain text stays plain
    auto* plain = new QMimeData;
    plain->setText(QStringLiteral("<b>글자 그대로</b>"));
    QGuiApplication::clipboard()->setMimeData(plain);
    text->paste();
    QVERIFY(text->toPlainText().contains(QStringLiteral("<b>글자 그대로</b>")));
}

void TestPrepublish::oneEditMakesOneRevision()
{
    ContentEditor* editor = openPressEditor();
    QVERIFY(editor);
    const QString id = editor->itemId();
    RichTextEditor* body = qobject_cast<PressReleaseEditor*>(editor)->bodyEditor();
    QTextEdit* text = body->textEdit();

    // what the toolbar makes survives the sanitizer meaningfully
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    text->textCursor().insertBlock();
    text->insertPlainText(QStringLiteral("소제목"));
    body->setHeading(2);
    text->textCursor().insertBlock();
    body->setHeading(0);
    body->toggleList(false);
    text->insertPlainText(QStringLiteral("항목"));
    text->textCursor().insertBlock();
    body->toggleList(false);
    body->insertLink(QStringLiteral("https://www.naju.go.kr/"), QStringLiteral("나주시청 (새 창)"));
    body->insertImage({QStringLiteral("0000-photo"), QStringLiteral("현장 사진"), QImage()});
    body->insertTable(2, 2);
    QVERIFY(editor->commitPending());
    const QString saved = storedRelease(id).bodyHtml;
    for (const QString& wanted :
         {u"<h2>"_s, u"<ul><li>"_s, u"항목"_s, u"<a href=\"https://www.naju.go.kr/\">"_s,
          u"<img src=\"media:0000-photo\" alt=\"현장 사진\""_s, u"<th"_s})
        QVERIFY2(saved.contains(wanted), qPrintable(wanted + u"\n"_s + saved));
    QCOMPARE(body->html(), saved);
    // reloaded from the store, a table still shows its grid
    body->setHtml(QString());
    body->setHtml(saved);
    bool tableFound = false;
    for (QTextFrame* frame : text->document()->rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            tableFound = true;
            QVERIFY(table->cellAt(0, 0).format().toTableCellFormat().leftBorder() > 0);
        }
    QVERIFY(tableFound);
    QVERIFY2(body->html() == saved,
             qPrintable(body->html().right(400) + u"\n"_s + saved.right(400)));

    // one typed edit: one revision, and reloading the saved body keeps the cursor
    const int before = revisionCount(id);
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("abc"));
    const int position = text->textCursor().position();
    QVERIFY(editor->commitPending());
    QCoreApplication::processEvents();
    QVERIFY(editor->commitPending());
    QCOMPARE(revisionCount(id), before + 1);
    QVERIFY(!editor->hasPendingEdit());
    QCOMPARE(text->textCursor().position(), position);
    QCOMPARE(body->html(), storedRelease(id).bodyHtml);

    // a script typed into a body by any means never reaches the store
    saveBody(id, QStringLiteral("<p onclick=\"x()\">본문</p><script>alert(1)</script>"));
    QCOMPARE(storedRelease(id).bodyHtml, QStringLiteral("<p>본문</p>"));
}

void TestPrepublish::photoFindingSelectsGalleryRow()
{
    auto* editor = qobject_cast<ActivityEditor*>(openEditor(QStringLiteral("activities")));
    QVERIFY(editor);
    ContentItemRepository repository(*m_db, m_notifier.get());
    auto loaded = repository.load(ContentType::Activity, editor->itemId());
    QVERIFY(loaded);
    auto& activity = std::get<Activity>(*loaded);
    QVERIFY(activity.photos.size() >= 2);
    activity.photos[1].altText.clear();
    QVERIFY(repository.save(*loaded, QStringLiteral("test")));
    const QList<PublishFinding> findings = editor->checkBeforePublishing();
    const auto photo = std::find_if(findings.cbegin(), findings.cend(), [](const auto& f) {
        return f.field == u"photos"_s && f.code == PublishFinding::Code::ImageWithoutAlt;
    });
    QVERIFY(photo != findings.cend());
    QCOMPARE(photo->attachmentIndex, 1);
    editor->galleryView()->setCurrentIndex(editor->galleryView()->model()->index(0, 0));
    editor->showFinding(*photo);
    QCOMPARE(editor->galleryView()->currentIndex().row(), 1);
    QVERIFY(editor->galleryView()->hasFocus());
    // attachments and photos are named by the media library: no Mask for them
    QVERIFY(!PublishFindingsPanel::canMask(*photo));
}

QTEST_MAIN(TestPrepublish)
#include "tst_prepublish.moc"

// The content editors driven as a user would, on the demo database: every section opens
// its editor, a typed edit reaches the store by autosave, undo restores it; the gallery
// reorders; workflow buttons move the state (and the embargo refuses); the revisions
// dialog restores; New and Delete work with undo; closing the window keeps typing.
#include "common/changenotifier.h"
#include "common/settings.h"
#include "common/translations.h"
#include "dialogs/revisionsdialog.h"
#include "editors/activityeditor.h"
#include "editors/contenteditor.h"
#include "editors/pageeditor.h"
#include "editors/pressreleaseeditor.h"
#include "editors/richtexteditor.h"
#include "editors/snslinkeditor.h"
#include "editors/speecheditor.h"
#include "editors/workflowbar.h"
#include "itemmodels/activityphotomodel.h"
#include "itemmodels/contenttablemodel.h"
#include "mainwindow.h"
#include "storage/contentitemrepository.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/sqlutil.h"
#include "testsupport.h"
#include "widgets/contentsectionwidget.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace openmayor;

class TestContentEditors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sectionEditsSaveAndUndo_data();
    void sectionEditsSaveAndUndo();
    void pressReleaseHeaderBodyAndAttachments();
    void galleryReordersAddsAndEditsPhotos();
    void workflowButtonsMoveStateAndEmbargoRefuses();
    void revisionsDialogRestores();
    void newAndDeleteWithUndo();
    void refusedEditKeepsTypingAndStoreUnchanged();
    void closingTheWindowSavesTyping();
    void editMenuSavesTypingBeforeUndo();

private:
    ContentSectionWidget* openSection(const QString& key);
    ContentItem stored(ContentType type, const QString& id) const;
    QLineEdit* titleFieldOf(ContentEditor* editor) const;
    void typeInto(QLineEdit* edit, const QString& text);
    QAction* undoAction() const;
    int count(const QString& table) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    QString m_mediaRoot;
};

void TestContentEditors::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    m_mediaRoot = MediaLibrary::defaultRootFor(path);
    QVERIFY(DemoData::populate(*db, m_mediaRoot).ok());
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

void TestContentEditors::cleanup()
{
    m_window.reset();
    m_notifier.reset();
    if (m_db)
        m_db->close();
    m_db.reset();
    m_dir.reset();
}

ContentSectionWidget* TestContentEditors::openSection(const QString& key)
{
    if (!m_window->showSection(key))
        return nullptr;
    auto* section = qobject_cast<ContentSectionWidget*>(m_window->sectionWidget(key));
    if (!section || !section->editor())
        return nullptr;
    if (!QTest::qWaitFor([&] { return !section->editor()->itemId().isEmpty(); }, 5000))
        return nullptr;
    return section;
}

ContentItem TestContentEditors::stored(ContentType type, const QString& id) const
{
    ContentItemRepository repository(*m_db, nullptr);
    auto item = repository.load(type, id);
    return item ? *item : newContentItem(type);
}

QLineEdit* TestContentEditors::titleFieldOf(ContentEditor* editor) const
{
    if (auto* e = qobject_cast<PressReleaseEditor*>(editor))
        return e->titleEdit();
    if (auto* e = qobject_cast<SpeechEditor*>(editor))
        return e->titleEdit();
    if (auto* e = qobject_cast<ActivityEditor*>(editor))
        return e->titleEdit();
    if (auto* e = qobject_cast<PageEditor*>(editor))
        return e->titleEdit();
    if (auto* e = qobject_cast<SnsLinkEditor*>(editor))
        return e->labelEdit();
    return nullptr;
}

// QTest::keyClicks takes Latin-1 only: Hangul goes as key events carrying their text.
static void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

void TestContentEditors::typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_End);
    typeText(edit, text);
}

QAction* TestContentEditors::undoAction() const
{
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (QAction* action : actions)
        if (action->shortcuts().contains(QKeySequence::Undo) ||
            action->shortcut() == QKeySequence(QKeySequence::Undo))
            return action;
    return nullptr;
}

int TestContentEditors::count(const QString& table) const
{
    QSqlDatabase db = m_db->connection();
    auto n = queryInt(db, QStringLiteral("SELECT count(*) FROM ") + table);
    return n ? int(*n) : -1;
}

void TestContentEditors::sectionEditsSaveAndUndo_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<bool>("listShown");
    QTest::newRow("press") << "press" << true;
    QTest::newRow("speeches") << "speeches" << true;
    QTest::newRow("activities") << "activities" << true;
    QTest::newRow("sns") << "sns" << true;
    QTest::newRow("greeting") << "greeting" << false;
    QTest::newRow("profile") << "profile" << false;
    QTest::newRow("vision") << "vision" << false;
}

void TestContentEditors::sectionEditsSaveAndUndo()
{
    QFETCH(QString, section);
    QFETCH(bool, listShown);
    ContentSectionWidget* widget = openSection(section);
    QVERIFY(widget);
    QCOMPARE(widget->view()->isVisible(), listShown);
    ContentEditor* editor = widget->editor();
    QVERIFY(editor->isVisible());
    const QString id = editor->itemId();
    const ContentType type = editor->contentType();
    QLineEdit* title = titleFieldOf(editor);
    QVERIFY(title);
    const QString before = titleOf(stored(type, id));
    QCOMPARE(title->text(), before);

    typeInto(title, QStringLiteral(" 수정"));
    QVERIFY(editor->hasPendingEdit());
    QCOMPARE(titleOf(stored(type, id)), before); // not yet: autosave waits for a pause
    // autosave after a second of quiet
    QTRY_COMPARE_WITH_TIMEOUT(titleOf(stored(type, id)), before + QStringLiteral(" 수정"), 5000);
    QVERIFY(!editor->hasPendingEdit());
    QCOMPARE(metaOf(stored(type, id)).updatedBy, QStringLiteral("홍길동"));

    // undo from the window's Edit menu (the focus is in the list, not the text field)
    widget->setFocus();
    QAction* undo = undoAction();
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(titleOf(stored(type, id)), before);
    QCOMPARE(title->text(), before);
    m_window->undoStack()->redo();
    QCOMPARE(title->text(), before + QStringLiteral(" 수정"));
}

void TestContentEditors::pressReleaseHeaderBodyAndAttachments()
{
    ContentSectionWidget* section = openSection(QStringLiteral("press"));
    QVERIFY(section);
    auto* editor = qobject_cast<PressReleaseEditor*>(section->editor());
    QVERIFY(editor);
    const QString id = editor->itemId();
    const auto before = std::get<PressRelease>(stored(ContentType::PressRelease, id));
    QCOMPARE(editor->releaseNoEdit()->text(), before.releaseNo);

    // typing in two fields: two undo steps; moving the focus saves the first at once
    typeInto(editor->releaseNoEdit(), QStringLiteral("-A"));
    typeInto(editor->titleEdit(), QStringLiteral("!"));
    QCOMPARE(std::get<PressRelease>(stored(ContentType::PressRelease, id)).releaseNo,
             before.releaseNo + QStringLiteral("-A"));
    QVERIFY(editor->commitPending());
    QCOMPARE(std::get<PressRelease>(stored(ContentType::PressRelease, id)).title,
             before.title + u'!');
    const int steps = m_window->undoStack()->count();
    QVERIFY(steps >= 2);

    // the body: a table with a header row is stored with <th> cells
    RichTextEditor* body = editor->bodyEditor();
    QTextCursor cursor = body->textEdit()->textCursor();
    cursor.movePosition(QTextCursor::End);
    body->textEdit()->setTextCursor(cursor);
    body->insertTable(2, 2);
    QVERIFY(editor->commitPending());
    const QString html = std::get<PressRelease>(stored(ContentType::PressRelease, id)).bodyHtml;
    QVERIFY2(html.contains(QStringLiteral("<th")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("열린시장실 스튜디오의 예시 자료")));

    // an image from the media library keeps its alt text
    body->insertImage({QStringLiteral("11111111-2222-3333-4444-555555555555"),
                       QStringLiteral("시장이 배 과수원을 둘러보는 모습"), QImage()});
    QVERIFY(editor->commitPending());
    const QString withImage =
        std::get<PressRelease>(stored(ContentType::PressRelease, id)).bodyHtml;
    QVERIFY2(withImage.contains(QStringLiteral("alt=\"시장이 배 과수원을 둘러보는 모습\"")),
             qPrintable(withImage));
    QVERIFY(withImage.contains(QStringLiteral("src=\"media:11111111-2222")));

    // attachments come from files into the media library
    const QString file = m_dir->filePath(QStringLiteral("붙임1_계획서.hwp"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("HWP sample");
    out.close();
    QVERIFY(editor->addAttachments({file}));
    auto withAttachment = std::get<PressRelease>(stored(ContentType::PressRelease, id));
    QCOMPARE(withAttachment.attachments.size(), before.attachments.size() + 1);
    QCOMPARE(withAttachment.attachments.last().fileName, QStringLiteral("붙임1_계획서.hwp"));
    QCOMPARE(editor->attachmentList()->count(), int(withAttachment.attachments.size()));
    m_window->undoStack()->undo();
    QCOMPARE(std::get<PressRelease>(stored(ContentType::PressRelease, id)).attachments.size(),
             before.attachments.size());
    QCOMPARE(editor->attachmentList()->count(), int(before.attachments.size()));
}

void TestContentEditors::galleryReordersAddsAndEditsPhotos()
{
    ContentSectionWidget* section = openSection(QStringLiteral("activities"));
    QVERIFY(section);
    auto* editor = qobject_cast<ActivityEditor*>(section->editor());
    QVERIFY(editor);
    const QString id = editor->itemId();
    const auto before = std::get<Activity>(stored(ContentType::Activity, id));
    QCOMPARE(before.photos.size(), 2);
    ActivityPhotoModel* model = editor->photoModel();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!model->index(0).data(Qt::DecorationRole).value<QImage>().isNull());

    // drag the first photo behind the second, as the list view's drop does
    std::unique_ptr<QMimeData> drag(model->mimeData({model->index(0)}));
    model->dropMimeData(drag.get(), Qt::MoveAction, 2, 0, {});
    auto reordered = std::get<Activity>(stored(ContentType::Activity, id));
    QCOMPARE(reordered.photos.at(0).id, before.photos.at(1).id);
    QCOMPARE(reordered.photos.at(1).id, before.photos.at(0).id);
    QCOMPARE(model->index(0).data(ActivityPhotoModel::PhotoIdRole).toString(),
             before.photos.at(1).id);
    m_window->undoStack()->undo();
    QCOMPARE(std::get<Activity>(stored(ContentType::Activity, id)).photos.at(0).id,
             before.photos.at(0).id);

    // files dropped from Explorer are added where they land
    const QString file = m_dir->filePath(QStringLiteral("현장사진.png"));
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    QVERIFY(picture.save(file));
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(file)});
    QVERIFY(model->dropMimeData(&files, Qt::CopyAction, 1, 0, {}));
    auto added = std::get<Activity>(stored(ContentType::Activity, id));
    QCOMPARE(added.photos.size(), 3);
    QCOMPARE(added.photos.at(1).fileName, QStringLiteral("현장사진.png"));
    QCOMPARE(added.photos.at(1).caption, QStringLiteral("현장사진"));

    // the new photo is selected; its alt text and licence are edited in place
    QCOMPARE(editor->galleryView()->currentIndex().row(), 1);
    QVERIFY(editor->altTextEdit()->isEnabled());
    typeInto(editor->altTextEdit(), QStringLiteral("시장이 주민과 악수하는 모습"));
    QVERIFY(editor->commitPending());
    const int kogl3 = editor->licenceCombo()->findData(QStringLiteral("kogl3"));
    editor->licenceCombo()->setCurrentIndex(kogl3);
    emit editor->licenceCombo()->activated(kogl3);
    auto edited = std::get<Activity>(stored(ContentType::Activity, id));
    QCOMPARE(edited.photos.at(1).altText, QStringLiteral("시장이 주민과 악수하는 모습"));
    QCOMPARE(edited.photos.at(1).licence, QStringLiteral("kogl3"));
    QCOMPARE(edited.photos.at(0).altText, before.photos.at(0).altText);

    // keyboard path: move the selected photo earlier
    QVERIFY(editor->movePhoto(1, 0));
    QCOMPARE(std::get<Activity>(stored(ContentType::Activity, id)).photos.at(0).fileName,
             QStringLiteral("현장사진.png"));
}

void TestContentEditors::workflowButtonsMoveStateAndEmbargoRefuses()
{
    ContentSectionWidget* section = openSection(QStringLiteral("press"));
    QVERIFY(section);
    ContentEditor* editor = section->editor();
    // the newest releases are drafts (the demo's 11th and 12th)
    const auto release =
        std::get<PressRelease>(stored(ContentType::PressRelease, editor->itemId()));
    QCOMPARE(release.meta.workflow, WorkflowState::Draft);
    WorkflowBar* bar = editor->workflowBar();
    QCOMPARE(bar->stateText(), QStringLiteral("Draft"));
    QCOMPARE(bar->transitionButtons().size(), 1);
    QTest::mouseClick(bar->transitionButtons().first(), Qt::LeftButton);
    QCOMPARE(metaOf(stored(ContentType::PressRelease, editor->itemId())).workflow,
             WorkflowState::Review);
    QCOMPARE(bar->stateText(), QStringLiteral("In review"));
    auto* approve = bar->findChild<QPushButton*>(QStringLiteral("to-approved"));
    QVERIFY(approve);
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(bar->state(), WorkflowState::Approved);

    // an embargo in the future refuses publishing; the message bar says why
    auto* releaseEditor = qobject_cast<PressReleaseEditor*>(editor);
    releaseEditor->embargoEdit()->setFocus();
    releaseEditor->embargoEdit()->setDateTime(QDateTime(QDate(2099, 1, 1), QTime(9, 0)));
    QVERIFY(editor->commitPending());
    auto* publish = bar->findChild<QPushButton*>(QStringLiteral("to-published"));
    QVERIFY(publish);
    QTest::mouseClick(publish, Qt::LeftButton);
    QCOMPARE(metaOf(stored(ContentType::PressRelease, editor->itemId())).workflow,
             WorkflowState::Approved);
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("embargo")),
             qPrintable(m_window->messageBar()->text()));

    // clearing the embargo lets it through
    releaseEditor->embargoEdit()->setDateTime(releaseEditor->embargoEdit()->minimumDateTime());
    QVERIFY(editor->commitPending());
    QVERIFY(!std::get<PressRelease>(stored(ContentType::PressRelease, editor->itemId()))
                 .embargoUntil.isValid());
    QTest::mouseClick(bar->findChild<QPushButton*>(QStringLiteral("to-published")), Qt::LeftButton);
    QCOMPARE(metaOf(stored(ContentType::PressRelease, editor->itemId())).workflow,
             WorkflowState::Published);
    QCOMPARE(bar->stateText(), QStringLiteral("Published"));
    // who moved it when, on the chip
    QVERIFY2(bar->historyText().contains(QStringLiteral("Approved → Published by 홍길동")),
             qPrintable(bar->historyText()));
    QCOMPARE(bar->historyText().count(u'\n'), 2); // three moves
}

void TestContentEditors::revisionsDialogRestores()
{
    ContentSectionWidget* section = openSection(QStringLiteral("speeches"));
    QVERIFY(section);
    auto* editor = qobject_cast<SpeechEditor*>(section->editor());
    const QString id = editor->itemId();
    const QString original = std::get<Speech>(stored(ContentType::Speech, id)).title;
    typeInto(editor->titleEdit(), QStringLiteral(" (초안)"));
    QVERIFY(editor->commitPending());
    typeInto(editor->eventEdit(), QStringLiteral(" 2부"));
    QVERIFY(editor->commitPending());

    RevisionsDialog* dialog = editor->showRevisions();
    QVERIFY(dialog);
    // revision 1 is the demo's own state, then one per save
    QCOMPARE(dialog->list()->topLevelItemCount(), 3);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(2), QStringLiteral("홍길동"));
    QVERIFY(!dialog->restoreButton()->isEnabled()); // the newest is what is shown
    QVERIFY(dialog->selectRevision(2));
    // revision 2 inserted " (초안)" into the title: marked without colour
    QVERIFY2(dialog->diffText().contains(QStringLiteral("인사말{+ (초안)+}")),
             qPrintable(dialog->diffText()));
    QVERIFY(dialog->diffHtml().contains(QStringLiteral("underline")));
    QVERIFY(dialog->selectRevision(1));
    QVERIFY(dialog->restoreButton()->isEnabled());
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    const Speech restored = std::get<Speech>(stored(ContentType::Speech, id));
    QCOMPARE(restored.title, original);
    QCOMPARE(editor->titleEdit()->text(), original);
    QCOMPARE(dialog->list()->topLevelItemCount(), 4); // restoring is a new revision
    // and one undo step
    m_window->undoStack()->undo();
    QCOMPARE(std::get<Speech>(stored(ContentType::Speech, id)).title,
             original + QStringLiteral(" (초안)"));
    dialog->close();
}

void TestContentEditors::newAndDeleteWithUndo()
{
    ContentSectionWidget* section = openSection(QStringLiteral("sns"));
    QVERIFY(section);
    QVERIFY(section->newAction());
    QCOMPARE(section->newAction()->shortcut(), QKeySequence(QKeySequence::New));
    const int links = count(QStringLiteral("sns_link"));
    section->newAction()->trigger();
    QCOMPARE(count(QStringLiteral("sns_link")), links + 1);
    auto* editor = qobject_cast<SnsLinkEditor*>(section->editor());
    const QString newId = editor->itemId();
    QCOMPARE(std::get<SnsLink>(stored(ContentType::SnsLink, newId)).label,
             editor->labelEdit()->text());

    // a host that is not the platform's: saved, with a warning
    editor->urlEdit()->setFocus();
    editor->urlEdit()->selectAll();
    typeText(editor->urlEdit(), QStringLiteral("https://www.youtube.com/@naju"));
    QVERIFY(editor->commitPending());
    QCOMPARE(std::get<SnsLink>(stored(ContentType::SnsLink, newId)).url,
             QStringLiteral("https://www.youtube.com/@naju"));
    QVERIFY(editor->hostWarning().isEmpty()); // "other" has no host rule
    const int youtube = editor->platformCombo()->findData(QStringLiteral("facebook"));
    editor->platformCombo()->setCurrentIndex(youtube);
    emit editor->platformCombo()->activated(youtube);
    QVERIFY(!editor->hostWarning().isEmpty());
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("www.youtube.com")));

    // Del asks first; "no" keeps the item
    QStringList asked;
    section->setDeleteConfirmation([&](const QString& title) {
        asked << title;
        return false;
    });
    section->deleteCurrentItem();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(count(QStringLiteral("sns_link")), links + 1);
    section->setDeleteConfirmation([](const QString&) { return true; });
    QVERIFY(section->selectItem(newId));
    section->view()->setFocus();
    QTest::keyClick(section->view(), Qt::Key_Delete);
    QCOMPARE(count(QStringLiteral("sns_link")), links);
    m_window->undoStack()->undo();
    QCOMPARE(count(QStringLiteral("sns_link")), links + 1);
    QCOMPARE(std::get<SnsLink>(stored(ContentType::SnsLink, newId)).platform,
             SnsPlatform::Facebook);
}

void TestContentEditors::refusedEditKeepsTypingAndStoreUnchanged()
{
    ContentSectionWidget* section = openSection(QStringLiteral("sns"));
    QVERIFY(section);
    auto* editor = qobject_cast<SnsLinkEditor*>(section->editor());
    const QString id = editor->itemId();
    const QString url = std::get<SnsLink>(stored(ContentType::SnsLink, id)).url;
    const int steps = m_window->undoStack()->count();
    editor->urlEdit()->setFocus();
    editor->urlEdit()->selectAll();
    typeText(editor->urlEdit(), QStringLiteral("javascript:alert(1)"));
    QVERIFY(!editor->commitPending());
    QCOMPARE(std::get<SnsLink>(stored(ContentType::SnsLink, id)).url, url);
    QCOMPARE(editor->urlEdit()->text(), QStringLiteral("javascript:alert(1)"));
    QCOMPARE(m_window->undoStack()->count(), steps);
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("not a web address")));
}

void TestContentEditors::closingTheWindowSavesTyping()
{
    ContentSectionWidget* section = openSection(QStringLiteral("vision"));
    QVERIFY(section);
    auto* editor = qobject_cast<PageEditor*>(section->editor());
    QVERIFY(editor);
    const QString id = editor->itemId();
    QTextEdit* body = editor->bodyEditor()->textEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral("시민과 함께"));
    QVERIFY(editor->hasPendingEdit());
    m_window->close();
    QVERIFY(std::get<Page>(stored(ContentType::Page, id))
                .bodyHtml.contains(QStringLiteral("시민과 함께")));
}

void TestContentEditors::editMenuSavesTypingBeforeUndo()
{
    ContentSectionWidget* section = openSection(QStringLiteral("speeches"));
    QVERIFY(section);
    auto* editor = qobject_cast<SpeechEditor*>(section->editor());
    const QString id = editor->itemId();
    const QString before = std::get<Speech>(stored(ContentType::Speech, id)).place;
    typeInto(editor->titleEdit(), QStringLiteral("!")); // one step saved when the focus moves
    typeInto(editor->eventEdit(), QStringLiteral(" 2부"));
    QVERIFY(editor->hasPendingEdit());
    QMenu* editMenu = nullptr;
    const QList<QMenu*> menus = m_window->menuBar()->findChildren<QMenu*>();
    for (QMenu* menu : menus)
        if (menu->actions().contains(undoAction()))
            editMenu = menu;
    QVERIFY(editMenu);
    emit editMenu->aboutToShow(); // opening the menu saves the typing as its own step
    QVERIFY(!editor->hasPendingEdit());
    undoAction()->trigger();
    const Speech speech = std::get<Speech>(stored(ContentType::Speech, id));
    QVERIFY(!speech.eventName.endsWith(QStringLiteral(" 2부")));
    QVERIFY(speech.title.endsWith(u'!'));
    QCOMPARE(speech.place, before);
}

QTEST_MAIN(TestContentEditors)
#include "tst_contenteditors.moc"

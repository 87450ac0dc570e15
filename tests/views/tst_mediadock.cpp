// The media library dock and picker on the demo database, driven like a user would: the dock
// opens from the View menu and lists the demo photos with thumbnails; alt text edits are undo
// steps of the main window; delete is refused while a file is used; files dropped from the
// file manager are imported; the picker keeps OK disabled until an image has alt text.
#include "common/changenotifier.h"
#include "common/settings.h"
#include "common/translations.h"
#include "itemmodels/medialistmodel.h"
#include "mainwindow.h"
#include "media/mediadetailspane.h"
#include "media/mediadock.h"
#include "media/mediapickerdialog.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "testsupport.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {
// Screenshots for a person to look at (not part of what is asserted), when
// OPENMAYOR_SCREENSHOT_DIR names a folder.
void saveForReview(const QImage& image, const QString& name)
{
    const QString folder = qEnvironmentVariable("OPENMAYOR_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(image.save(QDir(folder).filePath(name)));
}
} // namespace

class TestMediaDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dockListsDemoMediaWithThumbnails();
    void editAltTextAndUndo();
    void deleteRefusedWhileUsedThenUndone();
    void droppedFilesAreImported();
    void pickerRefusesOkWithoutAltText();
    void pickerRefusesNonImages();
    void pickerTakesAttachmentsWithoutAltText();
    void mainWindowWithDockAt1280();

private:
    QString writeImage(const QString& name, QColor colour);
    MediaLibrary library() const;
    void selectFirstDemoPhoto();

    QTemporaryDir m_dir;
    QString m_template; // a populated demo database, copied for each test
    QString m_dbPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    MediaDock* m_dock = nullptr;
    int m_run = 0;
};

void TestMediaDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(installTranslations(u"ko"_s));
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s), nullptr);
}

void TestMediaDock::init()
{
    // each test gets its own demo store (and media folder), so edits do not leak
    m_dbPath = m_dir.filePath(u"demo-%1.sqlite"_s.arg(++m_run));
    auto db = Database::open(m_dbPath, Database::Mode::CreateIfMissing);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().fullText()));
    const Status s = DemoData::populate(*db, MediaLibrary::defaultRootFor(m_dbPath));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
    m_notifier = std::make_unique<ChangeNotifier>();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_notifier.get());
    m_window->setDatabase(*db);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dock = m_window->mediaDock();
    QVERIFY(m_dock);
}

void TestMediaDock::cleanup()
{
    m_window.reset();
    m_notifier.reset();
    m_dock = nullptr;
}

MediaLibrary TestMediaDock::library() const
{
    auto db = m_window->database();
    return MediaLibrary(*db, MediaLibrary::defaultRootFor(m_dbPath), m_notifier.get());
}

QString TestMediaDock::writeImage(const QString& name, QColor colour)
{
    QImage image(160, 120, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = m_dir.filePath(name);
    return image.save(path, "PNG") ? path : QString();
}

void TestMediaDock::selectFirstDemoPhoto()
{
    MediaListModel* model = m_dock->model();
    QVERIFY(model);
    const QModelIndex first = model->index(0);
    QVERIFY(first.isValid());
    m_dock->view()->setCurrentIndex(first);
    QCOMPARE(m_dock->details()->item()->id, first.data(MediaListModel::IdRole).toString());
}

void TestMediaDock::dockListsDemoMediaWithThumbnails()
{
    QVERIFY(!m_dock->isVisible());
    // View ▸ 미디어 라이브러리 (Ctrl+Shift+M)
    QAction* toggle = m_dock->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(u"Ctrl+Shift+M"_s));
    QCOMPARE(toggle->text(), m_dock->windowTitle());
    QVERIFY(m_window->menuBar()->actions().size() > 2);
    bool inViewMenu = false;
    for (QAction* menuAction : m_window->menuBar()->actions())
        if (menuAction->menu() && menuAction->menu()->actions().contains(toggle))
            inViewMenu = true;
    QVERIFY(inViewMenu);
    toggle->trigger();
    QVERIFY(m_dock->isVisible());

    MediaListModel* model = m_dock->model();
    QCOMPARE(model->rowCount(), 12);
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->index(row).data(Qt::DecorationRole).isNull() || // as a view asks
                    !model->index(row).data(MediaListModel::ThumbnailReadyRole).toBool())
                    return false;
            return true;
        },
        20000));
    // thumbnails are pictures, not blank squares, and they fit the grid
    const QImage thumb = model->index(0).data(Qt::DecorationRole).value<QImage>();
    QSet<QRgb> colours;
    for (int y = 0; y < thumb.height(); y += 3)
        for (int x = 0; x < thumb.width(); x += 3)
            colours.insert(thumb.pixel(x, y));
    QVERIFY(colours.size() > 10);
    QVERIFY(thumb.width() / thumb.devicePixelRatio() <= MediaDock::thumbnailSize);
    QVERIFY(model->index(0).data().toString().startsWith(u"sample-photo-"_s));

    // the search narrows the grid; the details show the selected file
    m_dock->searchField()->insert(u"사진 1"_s); // typed (QTest::keyClicks takes Latin-1 only)
    QCOMPARE(model->rowCount(), 4);
    m_dock->searchField()->clear();
    QCOMPARE(model->rowCount(), 12);
    selectFirstDemoPhoto();
    QVERIFY(!m_dock->details()->altTextWarning()->isVisible()); // demo photos have alt text
    const auto usages = library().usages(m_dock->selectedMediaId());
    QVERIFY(usages.ok() && !usages->isEmpty());
    QCOMPARE(m_dock->details()->usageList()->count(), usages->size());
    QCOMPARE(m_dock->details()->usageList()->item(0)->text(), usages->first().describe());
    QVERIFY(QTest::qWaitFor([&] { return m_dock->details()->hasPreview(); }, 10000));
}

void TestMediaDock::editAltTextAndUndo()
{
    m_dock->show();
    selectFirstDemoPhoto();
    const QString id = m_dock->selectedMediaId();
    const QString before = library().item(id)->metadata.altText;
    QVERIFY(!before.isEmpty());
    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->count(), 0);

    QLineEdit* alt = m_dock->details()->altTextEdit();
    alt->setFocus();
    alt->selectAll();
    QTest::keyClick(alt, Qt::Key_Delete);
    QVERIFY(m_dock->details()->altTextWarning()->isVisible()); // an image needs alt text
    alt->insert(u"영산강 둔치에서 정원 조성 현장을 살펴보는 모습"_s);
    QVERIFY(!m_dock->details()->altTextWarning()->isVisible());
    QTest::keyClick(alt, Qt::Key_Return);

    QCOMPARE(stack->count(), 1);
    QCOMPARE(library().item(id)->metadata.altText,
             u"영산강 둔치에서 정원 조성 현장을 살펴보는 모습"_s);
    // the grid reloaded and kept the selection
    QCOMPARE(m_dock->selectedMediaId(), id);

    // licence through the combo: a second undo step
    QComboBox* licence = m_dock->details()->licenceCombo();
    const int kogl4 = licence->findData(u"kogl4"_s);
    QVERIFY(kogl4 >= 0);
    licence->setCurrentIndex(kogl4);
    emit licence->activated(kogl4);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(library().item(id)->metadata.licence, MediaLicence::Kogl4);

    stack->undo();
    QCOMPARE(library().item(id)->metadata.licence, MediaLicence::Kogl1);
    stack->undo();
    QCOMPARE(library().item(id)->metadata.altText, before);
    QCOMPARE(m_dock->details()->altTextEdit()->text(), before);
    stack->redo();
    QCOMPARE(m_dock->details()->altTextEdit()->text(),
             u"영산강 둔치에서 정원 조성 현장을 살펴보는 모습"_s);

    // an empty name is refused, shown, and the stored name comes back in the field
    QLineEdit* title = m_dock->details()->titleEdit();
    title->setFocus();
    title->clear();
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(!m_dock->messageBar()->text().isEmpty());
    QCOMPARE(title->text(), library().item(id)->metadata.title);
    QCOMPARE(stack->index(), 1); // no new step; the undone licence edit is still redoable
    QVERIFY(stack->canRedo());
}

void TestMediaDock::deleteRefusedWhileUsedThenUndone()
{
    m_dock->show();
    selectFirstDemoPhoto();
    const QString used = m_dock->selectedMediaId();
    m_dock->deleteSelected();
    QVERIFY(m_dock->messageBar()->text().contains(u"[예시]"_s)); // names the activity
    QCOMPARE(m_dock->model()->rowCount(), 12);
    QVERIFY(library().item(used).ok());
    QCOMPARE(m_window->undoStack()->count(), 0);

    const QString path = writeImage(u"새 사진.png"_s, Qt::darkGreen);
    m_dock->importFiles({path});
    QCOMPARE(m_dock->model()->rowCount(), 13);
    const QString fresh = m_dock->selectedMediaId();
    QCOMPARE(library().item(fresh)->metadata.title, u"새 사진.png"_s);
    QVERIFY(m_dock->details()->altTextWarning()->isVisible());
    m_dock->deleteSelected();
    QCOMPARE(m_dock->model()->rowCount(), 12);
    QVERIFY(!library().item(fresh).ok());
    m_window->undoStack()->undo();
    QCOMPARE(m_dock->model()->rowCount(), 13);
    QVERIFY(library().item(fresh).ok());
}

void TestMediaDock::droppedFilesAreImported()
{
    m_dock->show();
    const QString good = writeImage(u"drop.png"_s, Qt::darkMagenta);
    const QString bad = test::dataPath(u"media/faults/broken-bad-header.png"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(good), QUrl::fromLocalFile(bad)});
    QWidget* target = m_dock->view()->viewport();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(m_dock->model()->rowCount(), 13);
    QCOMPARE(m_dock->details()->item()->metadata.title, u"drop.png"_s);
    // the broken file is named in the message, the good one went in
    QVERIFY2(m_dock->messageBar()->text().contains(u"broken-bad-header.png"_s),
             qPrintable(m_dock->messageBar()->text()));

    // text that is not files is not taken
    QMimeData text;
    text.setText(u"hello"_s);
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMediaDock::pickerRefusesOkWithoutAltText()
{
    MediaLibrary media = library();
    MediaPickerDialog picker(media, MediaPickerDialog::Kind::Image, m_window->undoStack(),
                             m_window.get());
    picker.show();
    QVERIFY(!picker.okButton()->isEnabled()); // nothing chosen yet
    QCOMPARE(picker.model()->rowCount(), 12);

    QVERIFY(picker.importFile(writeImage(u"인포그래픽.png"_s, Qt::darkBlue)));
    const auto chosen = picker.selection();
    QVERIFY(chosen.has_value());
    QVERIFY(chosen->isImage);
    QVERIFY(picker.altTextEdit()->text().isEmpty());
    QVERIFY(!picker.okButton()->isEnabled());
    saveForReview(picker.grab().toImage(), u"media-picker.png"_s);
    picker.accept(); // e.g. Enter in a field: still refused
    QVERIFY(picker.isVisible());
    QCOMPARE(picker.result(), int(QDialog::Rejected));

    QTest::keyClicks(picker.altTextEdit(), u"   "_s);
    QVERIFY(!picker.okButton()->isEnabled()); // blanks are no alt text
    picker.altTextEdit()->clear();
    picker.altTextEdit()->insert(u"2024년 1분기 공약 이행률 막대그래프"_s);
    QVERIFY(picker.okButton()->isEnabled());
    QTest::mouseClick(picker.okButton(), Qt::LeftButton);
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    const auto pick = picker.selection();
    QVERIFY(pick.has_value());
    QCOMPARE(pick->altText, u"2024년 1분기 공약 이행률 막대그래프"_s);
    QCOMPARE(pick->reference(), u"media:"_s + pick->mediaId);
    // the alt text is kept in the library, as one undo step
    QCOMPARE(library().item(pick->mediaId)->metadata.altText, pick->altText);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // a demo photo already has alt text: OK at once
    MediaPickerDialog second(media, MediaPickerDialog::Kind::Image, nullptr, m_window.get());
    const MediaItem demo = library().items()->last();
    QVERIFY(second.selectMedia(demo.id));
    QCOMPARE(second.altTextEdit()->text(), demo.metadata.altText);
    QVERIFY(second.okButton()->isEnabled());
}

void TestMediaDock::pickerRefusesNonImages()
{
    MediaLibrary media = library();
    MediaPickerDialog picker(media, MediaPickerDialog::Kind::Image, nullptr, m_window.get());
    QVERIFY(!picker.importFile(test::dataPath(u"media/faults/text-not-an-image.txt"_s)));
    QVERIFY(picker.problemLabel()->isVisibleTo(&picker));
    QVERIFY(!picker.problemLabel()->text().isEmpty());
    QCOMPARE(library().items()->size(), 12);
    QVERIFY(!picker.okButton()->isEnabled());
}

void TestMediaDock::pickerTakesAttachmentsWithoutAltText()
{
    const QString path = m_dir.filePath(u"보도자료-붙임.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
    file.close();
    MediaLibrary media = library();
    MediaPickerDialog picker(media, MediaPickerDialog::Kind::AnyFile, nullptr, m_window.get());
    QVERIFY(picker.importFile(path));
    QVERIFY(!picker.altTextEdit()->isEnabled()); // alt text is for images
    QVERIFY(picker.okButton()->isEnabled());
    picker.accept();
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    QCOMPARE(picker.selection()->mimeType, u"application/pdf"_s);
    QVERIFY(!picker.selection()->isImage);
}

void TestMediaDock::mainWindowWithDockAt1280()
{
    m_window->showSection(u"activities"_s);
    m_dock->show();
    selectFirstDemoPhoto();
    QVERIFY(QTest::qWaitFor([&] { return m_dock->details()->hasPreview(); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return !m_dock->model()->isLoadingThumbnails(); }, 20000));
    QTest::qWait(50); // let the grid repaint the thumbnails
    QCOMPARE(m_window->size(), QSize(1280, 800));

    // nothing of the dock is cut off: its editors lie inside the window and are wide enough
    // to read (the details pane scrolls vertically only)
    const QRect window = m_window->rect();
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_dock->searchField(), m_dock->details()->altTextEdit(),
                                         m_dock->details()->licenceCombo(), m_dock->view()}) {
        const QRect inWindow(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(window.contains(inWindow), widget->metaObject()->className());
        QVERIFY(widget->width() >= 120);
    }
    QVERIFY(m_dock->details()->licenceCombo()->width() >=
            m_dock->details()->licenceCombo()->minimumSizeHint().width());
    QVERIFY(m_window->centralWidget()->width() >= 600);

    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    saveForReview(shot, u"media-dock-1280x800.png"_s);
}

QTEST_MAIN(TestMediaDock)
#include "tst_mediadock.moc"

// The search field and its results on the demo database: typing shows results grouped by
// section with the match in bold, and activating a result opens its section with the item
// selected. Ctrl+F reaches the field; the pledge filter keeps Ctrl+Shift+F.
#include "common/changenotifier.h"
#include "common/settings.h"
#include "common/translations.h"
#include "delegates/richtextdelegate.h"
#include "itemmodels/contenttablemodel.h"
#include "itemmodels/pledgetreemodel.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "testsupport.h"
#include "widgets/contentsectionwidget.h"
#include "widgets/pledgesectionwidget.h"
#include "widgets/searchpanel.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

class TestSearchGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingShowsGroupedResults();
    void activatingResultSelectsItem();
    void activatingPledgeSelectsIt();
    void shortcutsDoNotClash();
    void clearingHidesResults();

private:
    // Types `text` into the window's search field and waits for the results.
    static bool typeAndWait(SearchPanel* panel, const QString& text);
    static QModelIndex findResult(const QStandardItemModel* model, const QString& section);

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Settings> m_settings;
};

void TestSearchGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(u"demo.sqlite"_s);
    auto db = Database::open(m_dbPath, Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
    const Status s = DemoData::populate(*db, MediaLibrary::defaultRootFor(m_dbPath));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
    db->close();
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s), nullptr);
    QVERIFY(installTranslations(u"ko"_s));
}

bool TestSearchGui::typeAndWait(SearchPanel* panel, const QString& text)
{
    panel->field()->clear();
    panel->field()->setFocus();
    // QTest::keyClicks knows ASCII keys only: send each Hangul character as key text
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(panel->field(), &press);
        QApplication::sendEvent(panel->field(), &release);
    }
    if (!panel->isSearching())
        return false; // typing must start a search
    return QTest::qWaitFor([&] { return !panel->isSearching(); }, 10000);
}

QModelIndex TestSearchGui::findResult(const QStandardItemModel* model, const QString& section)
{
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        if (group.data(SearchPanel::SectionRole).toString() == section &&
            model->rowCount(group) > 0)
            return model->index(0, 0, group);
    }
    return {};
}

void TestSearchGui::typingShowsGroupedResults()
{
    auto db = Database::open(m_dbPath, Database::Mode::OpenExisting);
    QVERIFY(db);
    ChangeNotifier notifier;
    MainWindow window(m_settings.get(), &notifier);
    window.setDatabase(*db);
    window.show();
    SearchPanel* panel = window.searchPanel();
    QVERIFY(panel);
    QVERIFY(panel->isHidden());

    QVERIFY(typeAndWait(panel, u"공약"_s));
    QVERIFY(panel->isVisible());
    const QStandardItemModel* model = panel->results();
    QVERIFY(model->rowCount() >= 2);
    QStringList sections;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        sections << group.data(SearchPanel::SectionRole).toString();
        // group rows are headings: Korean section title with the count, no item id
        QVERIFY(group.data(SearchPanel::IdRole).isNull());
        QVERIFY2(group.data().toString().contains(u'('), qPrintable(group.data().toString()));
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex hit = model->index(r, 0, group);
            QCOMPARE(hit.data(SearchPanel::SectionRole).toString(), sections.last());
            QVERIFY(!hit.data(SearchPanel::IdRole).toString().isEmpty());
            const QString html = hit.data(RichTextDelegate::HtmlRole).toString();
            QVERIFY2(html.contains(u"<b>공약</b>"_s), qPrintable(html));
        }
    }
    QVERIFY2(sections.contains(u"pledges"_s), qPrintable(sections.join(u',')));
    QVERIFY2(sections.contains(u"press"_s), qPrintable(sections.join(u',')));
    QCOMPARE(QSet<QString>(sections.cbegin(), sections.cend()).size(), sections.size());
    const QModelIndex pressGroup = model->index(int(sections.indexOf(u"press"_s)), 0);
    QVERIFY2(pressGroup.data().toString().startsWith(u"언론보도 ("_s),
             qPrintable(pressGroup.data().toString()));

    // a word that is nowhere: no rows, the panel says so
    QVERIFY(typeAndWait(panel, u"존재하지않는낱말"_s));
    QCOMPARE(model->rowCount(), 0);
}

void TestSearchGui::activatingResultSelectsItem()
{
    auto db = Database::open(m_dbPath, Database::Mode::OpenExisting);
    QVERIFY(db);
    ChangeNotifier notifier;
    MainWindow window(m_settings.get(), &notifier);
    window.setDatabase(*db);
    window.show();
    QVERIFY(window.showSection(u"schedule"_s));
    SearchPanel* panel = window.searchPanel();

    QVERIFY(typeAndWait(panel, u"반응형"_s));
    const QModelIndex hit = findResult(panel->results(), u"press"_s);
    QVERIFY(hit.isValid());
    const QString id = hit.data(SearchPanel::IdRole).toString();

    // keyboard: Down from the field into the results, then Enter
    panel->field()->setFocus();
    QTest::keyClick(panel->field(), Qt::Key_Down);
    QCOMPARE(panel->resultsView()->currentIndex(), hit);
    QTest::keyClick(panel->resultsView(), Qt::Key_Return);

    QCOMPARE(window.currentSection(), u"press"_s);
    auto* section = qobject_cast<ContentSectionWidget*>(window.sectionWidget(u"press"_s));
    QVERIFY(section);
    const QModelIndex current = section->view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(section->model()->idAt(current.row()), id);
    QVERIFY(section->view()->selectionModel()->isRowSelected(current.row(), {}));
    QVERIFY2(section->previewText().contains(u"열린시장실"_s), qPrintable(section->previewText()));
}

void TestSearchGui::activatingPledgeSelectsIt()
{
    auto db = Database::open(m_dbPath, Database::Mode::OpenExisting);
    QVERIFY(db);
    ChangeNotifier notifier;
    MainWindow window(m_settings.get(), &notifier);
    window.setDatabase(*db);
    window.show();
    QVERIFY(window.showSection(u"press"_s));
    SearchPanel* panel = window.searchPanel();

    QVERIFY(typeAndWait(panel, u"공약"_s));
    const QModelIndex hit = findResult(panel->results(), u"pledges"_s);
    QVERIFY(hit.isValid());
    const QString id = hit.data(SearchPanel::IdRole).toString();
    panel->resultsView()->setCurrentIndex(hit);
    emit panel->resultsView()->activated(hit); // what a double click does

    QCOMPARE(window.currentSection(), u"pledges"_s);
    auto* section = qobject_cast<PledgeSectionWidget*>(window.sectionWidget(u"pledges"_s));
    QVERIFY(section);
    QVERIFY(QTest::qWaitFor([&] { return !window.isLoading(); }, 10000));
    // the pledge book is read in the background: the selection follows when it is there
    QVERIFY(QTest::qWaitFor(
        [&] {
            return section->view()->currentIndex().data(PledgeTreeModel::IdRole).toString() == id;
        },
        10000));
    QVERIFY(section->detailText().contains(u"7-1-3"_s));
}

void TestSearchGui::shortcutsDoNotClash()
{
    ChangeNotifier notifier;
    MainWindow window(m_settings.get(), &notifier);
    QAction* focus = window.searchPanel()->focusAction();
    QCOMPARE(focus->shortcut(), QKeySequence(QKeySequence::Find));
    QHash<QKeySequence, QString> seen;
    for (QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            QVERIFY2(!seen.contains(key), qPrintable(key.toString() + u": "_s + seen.value(key) +
                                                     u" / "_s + action->text()));
            seen.insert(key, action->text());
        }
    }
    window.show();
    focus->trigger();
    QVERIFY(QTest::qWaitFor([&] { return window.searchPanel()->field()->hasFocus(); }, 2000));
}

void TestSearchGui::clearingHidesResults()
{
    auto db = Database::open(m_dbPath, Database::Mode::OpenExisting);
    QVERIFY(db);
    ChangeNotifier notifier;
    MainWindow window(m_settings.get(), &notifier);
    window.setDatabase(*db);
    window.show();
    SearchPanel* panel = window.searchPanel();
    QVERIFY(typeAndWait(panel, u"나주배"_s));
    QVERIFY(panel->isVisible());
    QVERIFY(panel->results()->rowCount() > 0);
    QTest::keyClick(panel->field(), Qt::Key_Escape);
    QVERIFY(panel->field()->text().isEmpty());
    QCOMPARE(panel->results()->rowCount(), 0);
    QVERIFY(panel->isHidden());
}

QTEST_MAIN(TestSearchGui)
#include "tst_search_gui.moc"

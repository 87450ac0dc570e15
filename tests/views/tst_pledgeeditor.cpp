// The pledge card editor driven as a user would: typing in the indicator grid updates the
// card's rate and the tree's rate column at once, undo and redo restore both, refused input
// changes nothing, and every edit is in the store (no Save button).
#include "common/changenotifier.h"
#include "common/settings.h"
#include "common/translations.h"
#include "editors/indicatorpage.h"
#include "editors/pledgecardeditor.h"
#include "editors/pledgeplanpage.h"
#include "itemmodels/budgetgridmodel.h"
#include "itemmodels/indicatorgridmodel.h"
#include "itemmodels/pledgetreemodel.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/pledgerepository.h"
#include "testsupport.h"
#include "widgets/messagebar.h"
#include "widgets/pledgesectionwidget.h"

#include <QAction>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace openmayor;

class TestPledgeEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingAnActualUpdatesRateAndTreeAndUndoRestores();
    void refusedInputChangesNothing();
    void budgetEditUpdatesDerivedTotals();
    void flushingAnUntouchedPlanIsNotAnEdit();

private:
    PledgeSectionWidget* openSection(const QString& key);
    QString treeRate() const;
    QAction* findAction(const QKeySequence& shortcut) const;
    double storedRate() const;
    void typeIntoCell(QTableView* view, const QModelIndex& index, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    PledgeSectionWidget* m_section = nullptr;
};

void TestPledgeEditor::init()
{
    QVERIFY(installTranslations(QStringLiteral("en")));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    QVERIFY(DemoData::populate(*db, MediaLibrary::defaultRootFor(path)).ok());
    m_db = *db;
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("s.ini")), nullptr);
    m_notifier = std::make_unique<ChangeNotifier>();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_notifier.get());
    m_window->setDatabase(*m_db);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPledgeEditor::cleanup()
{
    m_window.reset();
    m_notifier.reset();
    if (m_db)
        m_db->close();
    m_db.reset();
    m_dir.reset();
}

PledgeSectionWidget* TestPledgeEditor::openSection(const QString& key)
{
    if (!m_window->showSection(key))
        return nullptr;
    auto* section = qobject_cast<PledgeSectionWidget*>(m_window->sectionWidget(key));
    if (!section)
        return nullptr;
    // the tree loads in the background: wait until the card is open
    if (!QTest::qWaitFor(
            [&] { return !m_window->isLoading() && !section->editor()->pledgeId().isEmpty(); },
            10000))
        return nullptr;
    m_section = section;
    return section;
}

QString TestPledgeEditor::treeRate() const
{
    PledgeTreeModel* model = m_section->treeModel();
    const QModelIndex index =
        model->indexOfPledge(m_section->editor()->pledgeId(), PledgeTreeModel::RateColumn);
    return index.data().toString();
}

QAction* TestPledgeEditor::findAction(const QKeySequence& shortcut) const
{
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (QAction* action : actions)
        if (action->shortcuts().contains(shortcut))
            return action;
    return nullptr;
}

double TestPledgeEditor::storedRate() const
{
    PledgeRepository repository(*m_db, nullptr);
    auto summaries = repository.summaries();
    return summaries && !summaries->isEmpty() && summaries->first().rate ? *summaries->first().rate
                                                                         : -1;
}

void TestPledgeEditor::typeIntoCell(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2); // start editing as a user would
    auto* editor = view->viewport()->findChild<QLineEdit*>();
    QVERIFY2(editor, "no cell editor opened");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
}

void TestPledgeEditor::typingAnActualUpdatesRateAndTreeAndUndoRestores()
{
    PledgeSectionWidget* section = openSection(QStringLiteral("fulfilment"));
    QVERIFY(section);
    IndicatorPage* page = section->editor()->indicatorPage();
    IndicatorGridModel* grid = page->gridModel();
    QCOMPARE(treeRate(), QStringLiteral("87.5%"));
    QVERIFY(page->rateText().contains(QStringLiteral("87.5%")));

    int column2024 = -1;
    for (int c = 0; c < grid->columnCount(); ++c)
        if (grid->yearAt(c) == 2024)
            column2024 = c;
    QVERIFY(column2024 >= 0);
    const QModelIndex actual2024 = grid->index(IndicatorGridModel::ActualRow, column2024);
    QCOMPARE(actual2024.data().toString(), QStringLiteral("4"));

    typeIntoCell(page->gridView(), actual2024, QStringLiteral("3"));

    // 1 + 2 + 3 = 6 of 8 → 75.0 % everywhere, and already in the store
    QCOMPARE(actual2024.data().toString(), QStringLiteral("3"));
    QCOMPARE(grid->index(IndicatorGridModel::CumulativeActualRow, column2024).data().toString(),
             QStringLiteral("(6)"));
    QCOMPARE(
        grid->index(IndicatorGridModel::CumulativeActualRow, grid->rateColumn()).data().toString(),
        QStringLiteral("75.0%"));
    QVERIFY(page->rateText().contains(QStringLiteral("6 ÷ 8")));
    QCOMPARE(treeRate(), QStringLiteral("75.0%"));
    QCOMPARE(storedRate(), 75.0);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Ctrl+Z / Ctrl+Shift+Z: the window's own actions (what the shortcuts trigger)
    QAction* undo = findAction(QKeySequence(QKeySequence::Undo));
    QAction* redo = findAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(treeRate(), QStringLiteral("87.5%"));
    QCOMPARE(grid->index(IndicatorGridModel::ActualRow, column2024).data().toString(),
             QStringLiteral("4"));
    QVERIFY(page->rateText().contains(QStringLiteral("87.5%")));
    QCOMPARE(storedRate(), 87.5);

    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(treeRate(), QStringLiteral("75.0%"));
    QCOMPARE(storedRate(), 75.0);
}

void TestPledgeEditor::refusedInputChangesNothing()
{
    PledgeSectionWidget* section = openSection(QStringLiteral("fulfilment"));
    QVERIFY(section);
    IndicatorPage* page = section->editor()->indicatorPage();
    IndicatorGridModel* grid = page->gridModel();
    const QModelIndex target2025 = grid->index(IndicatorGridModel::TargetRow, 3);
    QCOMPARE(grid->yearAt(3), 2025);
    const QString before = target2025.data().toString();

    for (const QString& bad : {QStringLiteral("-1"), QStringLiteral("abc")}) {
        typeIntoCell(page->gridView(), target2025, bad);
        QCOMPARE(target2025.data().toString(), before);
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY2(!m_window->messageBar()->text().isEmpty(), "a refusal must be explained");
    }
    QCOMPARE(storedRate(), 87.5);
}

void TestPledgeEditor::budgetEditUpdatesDerivedTotals()
{
    PledgeSectionWidget* section = openSection(QStringLiteral("pledges"));
    QVERIFY(section);
    section->editor()->showPage(PledgeCardEditor::BudgetPage);
    auto* budget = section->editor()->findChild<BudgetGridModel*>();
    QVERIFY(budget);
    const int column2025 = budget->columnOfYear(2025);
    QVERIFY(column2025 >= 0);
    QCOMPARE(budget->valueAt(BudgetGridModel::TotalRow, BudgetGridModel::TotalColumn),
             std::optional<double>(40));
    QVERIFY(
        budget->setData(budget->index(BudgetGridModel::CityRow, column2025), QStringLiteral("10")));
    QCOMPARE(budget->valueAt(BudgetGridModel::TotalRow, BudgetGridModel::TotalColumn),
             std::optional<double>(50));
    QVERIFY(section->detailText().contains(QStringLiteral("50 planned")));
    PledgeRepository repository(*m_db, nullptr);
    auto pledge = repository.loadByCode(QStringLiteral("7-1-3"));
    QVERIFY(pledge.ok());
    QCOMPARE(pledge->planned.size(), 3);

    m_window->undoStack()->undo();
    QCOMPARE(budget->valueAt(BudgetGridModel::TotalRow, BudgetGridModel::TotalColumn),
             std::optional<double>(40));
    pledge = repository.loadByCode(QStringLiteral("7-1-3"));
    QCOMPARE(pledge->planned.size(), 2);
}

// Regression: QTextEdit normalizes the stored plan HTML, and flushing the page (the Edit menu
// and leaving the section flush every open editor) once saved that as "Edit the plan".
void TestPledgeEditor::flushingAnUntouchedPlanIsNotAnEdit()
{
    PledgeSectionWidget* section = openSection(QStringLiteral("pledges"));
    QVERIFY(section);
    auto* plan = section->editor()->findChild<PledgePlanPage*>();
    QVERIFY(plan);
    auto* text = plan->findChild<QTextEdit*>();
    QVERIFY(text);
    QVERIFY(!text->toPlainText().isEmpty()); // the demo's plan is shown
    const int steps = m_window->undoStack()->count();
    plan->flush();
    QCOMPARE(m_window->undoStack()->count(), steps);

    // a real edit is still one
    text->moveCursor(QTextCursor::End);
    text->insertPlainText(QStringLiteral(" 추가"));
    plan->flush();
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    plan->flush();
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
}

QTEST_MAIN(TestPledgeEditor)
#include "tst_pledgeeditor.moc"

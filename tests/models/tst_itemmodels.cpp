// The item models of models/itemmodels under QAbstractItemModelTester, on the demo store:
// lazy paging of content lists, and models following the change notifier.
#include "testsupport.h"

#include "common/changenotifier.h"
#include "common/ids.h"
#include "itemmodels/contenttablemodel.h"
#include "itemmodels/pledgetreemodel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/pledgerepository.h"
#include "storage/sqlutil.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace openmayor;
using namespace Qt::StringLiterals;

using Tester = QAbstractItemModelTester;
constexpr auto reportToQtTest = Tester::FailureReportingMode::QtTest;

// Qt 6.4's tester runs its checks (which call fetchMore()) from modelReset *before* it marks
// the reset as finished, so a lazily fetching model that is reset while a tester watches is
// reported for "rows inserted during a reset". Tests therefore detach the tester
// (std::optional::reset) around a reload of a ContentTableModel and attach a fresh one after,
// which runs every check again on the reloaded model. The tester also fetches more rows
// itself, so paging is measured before a tester is attached.

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    qint64 count(const QString& sql)
    {
        QSqlDatabase db = m_database->connection();
        auto n = queryInt(db, sql);
        return n ? *n : -1;
    }
    // Reads every cell in every role the views use (the tester checks their types).
    static void touchAll(const QAbstractItemModel& model, const QModelIndex& parent = {})
    {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            for (int c = 0; c < model.columnCount(parent); ++c) {
                const QModelIndex index = model.index(r, c, parent);
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole),
                      int(Qt::ForegroundRole), int(Qt::UserRole + 1), int(Qt::UserRole + 2)})
                    (void)model.data(index, role);
            }
            touchAll(model, model.index(r, 0, parent));
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_database;
    std::unique_ptr<ChangeNotifier> m_notifier;

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void contentModelsPassTester_data();
    void contentModelsPassTester();
    void contentModelFetchesLazily();
    void contentModelFollowsNotifier();
    void pledgeTreePassesTester();
    void pledgeTreeFollowsRepositoryWrites();
    void pledgeTreeReloadsOnNewPledge();
};

void TestItemModels::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // fixed locale: "87.5%", not "87,5 %"
}

void TestItemModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = Database::open(m_dir->filePath(u"demo.db"_s), Database::Mode::CreateIfMissing);
    QVERIFY2(database, qPrintable(database ? QString() : database.error().fullText()));
    m_database = *database;
    m_notifier = std::make_unique<ChangeNotifier>();
    const Status s = DemoData::populate(*m_database, m_dir->filePath(u"media"_s));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
}

void TestItemModels::cleanup()
{
    m_notifier.reset();
    if (m_database)
        m_database->close();
    m_database.reset();
    m_dir.reset();
}

void TestItemModels::contentModelsPassTester_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("table");
    QTest::newRow("page") << int(ContentType::Page) << u"page"_s;
    QTest::newRow("speech") << int(ContentType::Speech) << u"speech"_s;
    QTest::newRow("schedule_event") << int(ContentType::ScheduleEvent) << u"schedule_event"_s;
    QTest::newRow("activity") << int(ContentType::Activity) << u"activity"_s;
    QTest::newRow("press_release") << int(ContentType::PressRelease) << u"press_release"_s;
    QTest::newRow("sns_link") << int(ContentType::SnsLink) << u"sns_link"_s;
    QTest::newRow("pledge") << int(ContentType::Pledge) << u"pledge"_s;
}

void TestItemModels::contentModelsPassTester()
{
    QFETCH(int, type);
    QFETCH(QString, table);
    const ContentListing listing = ContentListing::forType(ContentType(type));
    ContentTableModel model(ContentRepository(*m_database), listing, m_notifier.get());
    QSignalSpy failed(&model, &ContentTableModel::loadFailed);

    const qint64 rows = count(u"SELECT count(*) FROM "_s + table);
    QVERIFY2(rows > 0, "the demo store has rows in every section");
    QCOMPARE(model.totalCount(), int(rows));
    QCOMPARE(model.rowCount(), int(std::min<qint64>(rows, ContentTableModel::pageSize)));
    QCOMPARE(model.columnCount(), int(listing.columns.size()));

    std::optional<Tester> tester;
    tester.emplace(&model, reportToQtTest);
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), int(rows));

    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = model.idAt(r);
        QVERIFY(isValidId(id));
        QCOMPARE(model.data(model.index(r, 0), ContentTableModel::IdRole).toString(), id);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), model.rowCount());
    touchAll(model);

    tester.reset();
    model.reload();
    tester.emplace(&model, reportToQtTest);
    QCOMPARE(model.rowCount(), int(rows));
    touchAll(model);
    QCOMPARE(failed.count(), 0);
}

void TestItemModels::contentModelFetchesLazily()
{
    const qint64 demoEvents = count(u"SELECT count(*) FROM schedule_event"_s);
    QVERIFY(demoEvents > 0 && demoEvents < ContentTableModel::pageSize);
    const Status inserted = m_database->transaction([](QSqlDatabase& db) -> Status {
        for (int i = 0; i < 1000; ++i) {
            const QDateTime start =
                QDateTime(QDate(2020, 1, 1), QTime(9, 0)).addSecs(3600LL * 7 * i);
            Status s = exec(db,
                            u"INSERT INTO schedule_event (id, title, starts_at, ends_at) VALUES "
                            "(?, ?, ?, ?)"_s,
                            {newId(), u"일정 %1"_s.arg(i), start.toString(u"yyyy-MM-ddTHH:mm"_s),
                             start.addSecs(3600).toString(u"yyyy-MM-ddTHH:mm"_s)});
            if (!s)
                return s;
        }
        return {};
    });
    QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().fullText()));

    ContentTableModel model(ContentRepository(*m_database),
                            ContentListing::forType(ContentType::ScheduleEvent), m_notifier.get());
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    QCOMPARE(model.totalCount(), int(demoEvents + 1000));
    QCOMPARE(model.totalCount(), 1040); // the demo's 40 events + 1000
    QCOMPARE(model.rowCount(), ContentTableModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.canFetchMore(model.index(0, 0))); // a table: children never
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ContentTableModel::pageSize);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(inserts.first().at(1).toInt(), ContentTableModel::pageSize);
    QCOMPARE(inserts.first().at(2).toInt(), 2 * ContentTableModel::pageSize - 1);

    int fetches = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
        QVERIFY(fetches < 100);
    }
    QCOMPARE(model.rowCount(), model.totalCount());
    QCOMPARE(fetches,
             (model.totalCount() + ContentTableModel::pageSize - 1) / ContentTableModel::pageSize -
                 1);
    model.fetchMore({}); // nothing more: a no-op
    QCOMPARE(model.rowCount(), model.totalCount());

    // pages join up: every row once, newest first
    QSet<QString> ids;
    QString previous = u"9999"_s;
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.idAt(r));
        const QString start =
            model.data(model.index(r, 0), ContentTableModel::RawValueRole).toString();
        QVERIFY2(start <= previous, qPrintable(u"row %1 out of order"_s.arg(r)));
        previous = start;
    }
    QCOMPARE(ids.size(), model.totalCount());

    // all 1040 rows, checked by the tester
    Tester tester(&model, reportToQtTest);
    touchAll(model);
}

void TestItemModels::contentModelFollowsNotifier()
{
    ContentTableModel model(ContentRepository(*m_database),
                            ContentListing::forType(ContentType::ScheduleEvent), m_notifier.get());
    std::optional<Tester> tester;
    tester.emplace(&model, reportToQtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.rowCount() > 0);
    const QString id = model.idAt(0);
    const int titleColumn = 2;
    QCOMPARE(model.listing().columns.at(titleColumn).sql, u"title"_s);
    const QString oldTitle = model.data(model.index(0, titleColumn)).toString();
    const QString newTitle = u"[시험] 바뀐 일정 제목"_s;
    QVERIFY(oldTitle != newTitle);

    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db, u"UPDATE schedule_event SET title = ? WHERE id = ?"_s, {newTitle, id}));
    // no signal, no change: the model is a cache
    QCOMPARE(model.data(model.index(0, titleColumn)).toString(), oldTitle);

    // another section's change leaves this one alone
    emit m_notifier->contentChanged(ContentType::Speech, {});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.data(model.index(0, titleColumn)).toString(), oldTitle);

    tester.reset(); // see the note at the top
    emit m_notifier->contentChanged(ContentType::ScheduleEvent, {id});
    tester.emplace(&model, reportToQtTest);
    QVERIFY(resets.count() >= 1);
    QCOMPARE(model.idAt(0), id);
    QCOMPARE(model.data(model.index(0, titleColumn)).toString(), newTitle);

    // a deleted row disappears after the signal; storeReset reloads too
    const int before = model.totalCount();
    QVERIFY(exec(db, u"DELETE FROM schedule_event WHERE id = ?"_s, {id}));
    tester.reset();
    emit m_notifier->storeReset();
    tester.emplace(&model, reportToQtTest);
    QCOMPARE(model.totalCount(), before - 1);
    QVERIFY(model.idAt(0) != id);
}

void TestItemModels::pledgeTreePassesTester()
{
    PledgeTreeModel model(PledgeRepository(*m_database, m_notifier.get()), m_notifier.get());
    Tester tester(&model, reportToQtTest);
    QSignalSpy failed(&model, &PledgeTreeModel::loadFailed);

    // area 7 → goal 7-1 → pledge 7-1-3
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex area = model.index(0, 0);
    QCOMPARE(area.data().toString(), u"7"_s);
    QCOMPARE(area.data(PledgeTreeModel::KindRole).toInt(), int(PledgeTreeModel::NodeKind::Area));
    QCOMPARE(model.rowCount(area), 1);
    const QModelIndex goal = model.index(0, 0, area);
    QCOMPARE(goal.data().toString(), u"7-1"_s);
    QCOMPARE(goal.parent(), area);
    QCOMPARE(model.rowCount(goal), 1);
    const QModelIndex pledge = model.index(0, PledgeTreeModel::CodeColumn, goal);
    QCOMPARE(pledge.data().toString(), u"7-1-3"_s);
    QCOMPARE(pledge.parent(), goal);
    QCOMPARE(model.rowCount(pledge), 0);
    QCOMPARE(pledge.siblingAtColumn(PledgeTreeModel::TitleColumn).data().toString(),
             u"365일 열린시장실 운영"_s);
    QCOMPARE(pledge.siblingAtColumn(PledgeTreeModel::RateColumn).data().toString(), u"87.5%"_s);
    QCOMPARE(pledge.data(PledgeTreeModel::RateValueRole).toDouble(), 87.5);
    QCOMPARE(pledge.data(PledgeTreeModel::StatusKeyRole).toString(), u"on_track"_s);
    QVERIFY(!pledge.siblingAtColumn(PledgeTreeModel::StatusColumn).data().toString().isEmpty());
    QCOMPARE(pledge.siblingAtColumn(PledgeTreeModel::DepartmentColumn).data().toString(),
             u"정책홍보실"_s);
    QVERIFY(model.pledgeAt(pledge));
    QCOMPARE(model.pledgeAt(pledge)->code, u"7-1-3"_s);
    QVERIFY(!model.pledgeAt(goal));
    QCOMPARE(model.indexOfPledge(model.pledgeAt(pledge)->id), pledge);
    QCOMPARE(model.pledgeCount(), 1);
    // areas and goals have no rate
    QVERIFY(!goal.siblingAtColumn(PledgeTreeModel::RateColumn).data().isValid() ||
            goal.siblingAtColumn(PledgeTreeModel::RateColumn).data().toString().isEmpty());
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    touchAll(model);
    model.reload();
    touchAll(model);
    QCOMPARE(failed.count(), 0);
}

void TestItemModels::pledgeTreeFollowsRepositoryWrites()
{
    PledgeRepository repository(*m_database, m_notifier.get());
    PledgeTreeModel model(repository, m_notifier.get());
    Tester tester(&model, reportToQtTest);
    auto loaded = repository.loadByCode(u"7-1-3"_s);
    QVERIFY(loaded);
    const QPersistentModelIndex rate = model.indexOfPledge(loaded->id, PledgeTreeModel::RateColumn);
    QVERIFY(rate.isValid());
    QCOMPARE(rate.data().toString(), u"87.5%"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Pledge p = *loaded;
    p.indicators.first().actuals[2024] = 3; // 6 of 8
    const Status saved = repository.save(p);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));

    QVERIFY(rate.isValid()); // updated in place: selection and expansion survive
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(rate.data().toString(), u"75.0%"_s);
    QCOMPARE(rate.data(PledgeTreeModel::RateValueRole).toDouble(), 75.0);

    // a status change shows too
    p.status = PledgeStatus::Lagging;
    QVERIFY(repository.save(p));
    QCOMPARE(QModelIndex(rate)
                 .siblingAtColumn(PledgeTreeModel::StatusColumn)
                 .data(PledgeTreeModel::StatusKeyRole)
                 .toString(),
             u"lagging"_s);

    // no indicators: no rate, shown as a dash, never 0
    p.indicators.clear();
    QVERIFY(repository.save(p));
    QVERIFY(!rate.data(PledgeTreeModel::RateValueRole).isValid());
    QCOMPARE(rate.data().toString(), u"—"_s);
}

void TestItemModels::pledgeTreeReloadsOnNewPledge()
{
    PledgeRepository repository(*m_database, m_notifier.get());
    PledgeTreeModel model(repository, m_notifier.get());
    Tester tester(&model, reportToQtTest);
    auto loaded = repository.loadByCode(u"7-1-3"_s);
    QVERIFY(loaded);

    Pledge second;
    second.goalId = loaded->goalId;
    second.code = u"7-1-13"_s;
    second.title = u"[시험] 두 번째 공약"_s;
    second.basisDate = QDate(2024, 5, 31);
    QVERIFY(repository.save(second));
    QCOMPARE(model.pledgeCount(), 2);
    const QModelIndex goal = model.index(0, 0, model.index(0, 0));
    QCOMPARE(model.rowCount(goal), 2);
    // codes sort as numbers: 7-1-3 before 7-1-13
    QCOMPARE(model.index(0, 0, goal).data().toString(), u"7-1-3"_s);
    QCOMPARE(model.index(1, 0, goal).data().toString(), u"7-1-13"_s);
    QCOMPARE(model.index(1, PledgeTreeModel::RateColumn, goal).data().toString(), u"—"_s);
    touchAll(model);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"

// The GUI shell on the demo database: every menu group opens with Korean labels and real
// rows, the language switches live, and `openmayor --screenshot` renders the real window.
#include "common/changenotifier.h"
#include "common/settings.h"
#include "common/translations.h"
#include "itemmodels/contenttablemodel.h"
#include "itemmodels/pledgetreemodel.h"
#include "itemmodels/scheduleeventmodel.h"
#include "mainwindow.h"
#include "schedule/schedulesectionwidget.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "testsupport.h"
#include "widgets/contentsectionwidget.h"
#include "widgets/pledgesectionwidget.h"

#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace openmayor;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupsShowKoreanLabelsAndRows_data();
    void groupsShowKoreanLabelsAndRows();
    void languageSwitchesLive();
    void screenshotRendersRealWindow_data();
    void screenshotRendersRealWindow();
    void screenshotOfMissingDatabaseFails();

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Settings> m_settings;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::open(m_dbPath, Database::Mode::CreateIfMissing);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().fullText()));
    const Status s = DemoData::populate(*db, MediaLibrary::defaultRootFor(m_dbPath));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
    db->close();
    m_settings =
        std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")), nullptr);
    QVERIFY(installTranslations(QStringLiteral("ko")));
}

void TestMainWindow::groupsShowKoreanLabelsAndRows_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("groupLabel");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("office") << "office"
                            << "시장실"
                            << "schedule"
                            << "[예시]";
    QTest::newRow("field") << "field"
                           << "시장 현장"
                           << "press"
                           << "[예시]";
    QTest::newRow("communication") << "communication"
                                   << "시민과의 소통"
                                   << "sns"
                                   << "페이스북";
    QTest::newRow("promises") << "promises"
                              << "시민과의 약속"
                              << "pledges"
                              << "365일 열린시장실 운영";
}

void TestMainWindow::groupsShowKoreanLabelsAndRows()
{
    QFETCH(QString, group);
    QFETCH(QString, groupLabel);
    QFETCH(QString, section);
    QFETCH(QString, expectedText);

    auto db = Database::open(m_dbPath, Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    ChangeNotifier notifier;
    MainWindow window(m_settings.get(), &notifier);
    window.setDatabase(*db);
    QVERIFY(window.showSection(group));
    QCOMPARE(window.currentSection(), section);
    // the pledge book loads in a worker thread; the window paints before it is there
    QVERIFY(QTest::qWaitFor([&] { return !window.isLoading(); }, 10000));

    auto* navigation = window.findChild<QTreeWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList groupLabels;
    for (int i = 0; i < navigation->topLevelItemCount(); ++i)
        groupLabels << navigation->topLevelItem(i)->text(0);
    QVERIFY2(groupLabels.contains(groupLabel), qPrintable(groupLabels.join(u',')));
    QCOMPARE(navigation->currentItem()->data(0, Qt::UserRole + 1).toString(), section);

    QWidget* widget = window.sectionWidget(section);
    QVERIFY(widget);
    QStringList shown;
    if (auto* content = qobject_cast<ContentSectionWidget*>(widget)) {
        QVERIFY(content->model()->rowCount() > 0);
        for (int r = 0; r < content->model()->rowCount(); ++r)
            for (int c = 0; c < content->model()->columnCount(); ++c)
                shown << content->model()->index(r, c).data().toString();
        // headers are Korean too
        QVERIFY(!content->model()->headerData(0, Qt::Horizontal).toString().contains(u'A'));
    } else if (auto* schedule = qobject_cast<ScheduleSectionWidget*>(widget)) {
        QVERIFY(schedule->model()->rowCount() > 0);
        for (int r = 0; r < schedule->model()->rowCount(); ++r)
            shown << schedule->model()->index(r, ScheduleEventModel::TitleColumn).data().toString();
    } else if (auto* pledges = qobject_cast<PledgeSectionWidget*>(widget)) {
        QAbstractItemModel* model = pledges->view()->model();
        const QModelIndex area = model->index(0, 0);
        const QModelIndex goal = model->index(0, 0, area);
        QVERIFY(model->rowCount(goal) > 0);
        shown << model->index(0, PledgeTreeModel::TitleColumn, goal).data().toString()
              << model->index(0, PledgeTreeModel::StatusColumn, goal).data().toString();
        QCOMPARE(model->index(0, PledgeTreeModel::StatusColumn, goal).data().toString(),
                 QStringLiteral("정상추진"));
        QTRY_VERIFY(pledges->detailText().contains(QStringLiteral("87.5%")));
    } else {
        QFAIL("unexpected section widget");
    }
    QVERIFY2(shown.join(u'\n').contains(expectedText), qPrintable(shown.join(u'|')));
}

void TestMainWindow::languageSwitchesLive()
{
    auto db = Database::open(m_dbPath, Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    ChangeNotifier notifier;
    MainWindow window(m_settings.get(), &notifier);
    window.setDatabase(*db);
    window.showSection(QStringLiteral("press"));
    auto* navigation = window.findChild<QTreeWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->topLevelItem(0)->text(0), QStringLiteral("시장실"));

    installTranslations(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(navigation->topLevelItem(0)->text(0), QStringLiteral("Mayor's office"));
    QCOMPARE(window.currentSection(), QStringLiteral("press"));
    auto* content =
        qobject_cast<ContentSectionWidget*>(window.sectionWidget(QStringLiteral("press")));
    QVERIFY(content);
    QCOMPARE(content->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Title"));

    installTranslations(QStringLiteral("ko"));
    QCoreApplication::processEvents();
    QCOMPARE(navigation->topLevelItem(0)->text(0), QStringLiteral("시장실"));
}

void TestMainWindow::screenshotRendersRealWindow_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QSize>("size");
    for (const char* group : {"office", "field", "communication", "promises"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1-1280").arg(QLatin1String(group))))
            << QString::fromLatin1(group) << QSize(1280, 800);
        QTest::newRow(qPrintable(QStringLiteral("%1-1920").arg(QLatin1String(group))))
            << QString::fromLatin1(group) << QSize(1920, 1080);
    }
}

void TestMainWindow::screenshotRendersRealWindow()
{
    QFETCH(QString, section);
    QFETCH(QSize, size);
    const QString out =
        m_dir.filePath(QStringLiteral("shot-%1-%2.png").arg(section).arg(size.width()));
    QProcess app;
    app.setProgram(test::binaryDir() + QStringLiteral("/app/openmayor"));
    app.setArguments({QStringLiteral("--db"), m_dbPath, QStringLiteral("--screenshot"), out,
                      QStringLiteral("--section"), section, QStringLiteral("--size"),
                      QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                      QStringLiteral("--lang"), QStringLiteral("ko")});
    app.start();
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());

    QImage image(out);
    QVERIFY(!image.isNull());
    // the window at its logical size (device pixel ratio 1 offscreen)
    QCOMPARE(image.size(), size);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the screenshot looks blank");
}

void TestMainWindow::screenshotOfMissingDatabaseFails()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    QProcess app;
    app.start(test::binaryDir() + QStringLiteral("/app/openmayor"),
              {QStringLiteral("--db"), missing, QStringLiteral("--screenshot"),
               m_dir.filePath(QStringLiteral("never.png"))});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

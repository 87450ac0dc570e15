// The GUI side of sync on a temporary store with rows written straight into sync_conflict
// and the outbox: the conflict dialog, the status bar corner, the portal settings dialog
// (the password goes to the keychain, never to the .ini), F5 and the reports of finished
// and failed syncs. Syncs run through a fake runner; the engine has tests of its own.
// With OPENMAYOR_SCREENSHOT_DIR set, the dialogs and the status bar are saved there as PNGs
// (Korean, 1280x800 window) for a human to look at.
#include "common/changenotifier.h"
#include "common/clock.h"
#include "common/settings.h"
#include "common/translations.h"
#include "inmemorycredentialstore.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "sync/conflictdialog.h"
#include "sync/portalsettingsdialog.h"
#include "sync/syncactions.h"
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"
#include "syncfixtures.h"
#include "testsupport.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlRecord>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <atomic>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {

const QString portalUrl = u"postgresql://policy@portal.test:5432/naju"_s;
const QString portalKey = u"policy@portal.test:5432/naju"_s;

// A runner that counts its runs; while `hold` is set it reports one step and waits.
struct FakeRunner
{
    std::atomic_int runs{0};
    std::atomic_bool hold{false};
    QSemaphore entered;
    QSemaphore release;
    Result<SyncReport> answer = SyncReport{};

    SyncController::Runner runner()
    {
        return [this](const Database&, const PortalEndpoint& portal, const QString&,
                      CredentialStore*, const std::function<void(const SyncProgress&)>& progress,
                      const std::atomic_bool*) -> Result<SyncReport> {
            ++runs;
            if (portal.password != u"secret")
                return Error(Error::Kind::Usage, u"wrong password handed to the runner"_s);
            if (hold) {
                progress({SyncProgress::Phase::Pushing, 120, 500});
                entered.release();
                release.acquire();
            }
            return answer;
        };
    }
};

// The row of `table` with `id` as the JSON object sync keeps in base/mine/theirs.
QJsonObject rowJson(const Database& store, const QString& table, const QString& id)
{
    QSqlDatabase db = store.connection();
    QSqlQuery query(db);
    query.prepare(u"SELECT * FROM "_s + table + u" WHERE id = ?"_s);
    query.addBindValue(id);
    QJsonObject row;
    if (!query.exec() || !query.next())
        return row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
    return row;
}

QString speechValue(const Database& store, const QString& id, const QString& column)
{
    QSqlDatabase db = store.connection();
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + column + u" FROM speech WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

int rowOf(const QTableWidget* table, const QString& field)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, ConflictDialog::FieldNameColumn)->data(ConflictDialog::FieldRole) ==
            field)
            return row;
    return -1;
}

} // namespace

class TestSyncGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conflictDialogShowsAndMarksFields();
    void conflictDialogRejectedRow();
    void takeTheirsReplacesLocalRow();
    void fieldChoicesApplyPerField();
    void failedResolutionChangesNothing();
    void statusWidgetTexts();
    void statusWidgetProgress();
    void lastSyncWording();
    void settingsDialogKeepsPasswordOutOfIni();
    void settingsDialogRefusesIncompleteAddress();
    void f5TriggersControllerOnceAtATime();
    void manualFailureShowsOneMessage();
    void requestWhilePasswordIsReadIsCovered();
    void rejectionNoticeNamesRows();
    void pulledRowsReloadViews();
    void cleanupTestCase();

private:
    // A 'fields' conflict on a local speech: title changed on both sides, place only on
    // the portal. Returns the conflict id; the speech id goes to `speechId`.
    qint64 addFieldsConflict(QString* speechId);
    qint64 addRejectedConflict();
    std::unique_ptr<MainWindow> makeWindow(SyncController* controller);
    void saveScreenshots(const QString& folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_store;
    std::unique_ptr<Settings> m_settings;
    ChangeNotifier m_notifier;
    test::InMemoryCredentialStore m_credentials;
};

void TestSyncGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store =
        Database::open(m_dir->filePath(u"store.sqlite"_s), Database::Mode::CreateIfMissing);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().fullText()));
    m_store = *store;
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s), nullptr);
    m_credentials = test::InMemoryCredentialStore();
    Clock::reset();
}

void TestSyncGui::cleanup()
{
    Clock::reset();
    m_settings.reset();
    if (m_store)
        m_store->close();
    m_store.reset();
    m_dir.reset();
}

qint64 TestSyncGui::addFieldsConflict(QString* speechId)
{
    // as sync leaves it: the portal's change of place is merged in already, the event name
    // was changed here only, and the title on both sides
    auto id = test::insertSpeech(*m_store, u"시정 연설 (수정)"_s, u"시의회 본회의장"_s);
    if (!id)
        return 0;
    *speechId = *id;
    QSqlDatabase db = m_store->connection();
    if (!exec(db, u"UPDATE speech SET event_name = '정례회' WHERE id = ?"_s, {*id}))
        return 0;
    test::ConflictRow row;
    row.rowId = *id;
    row.mine = rowJson(*m_store, u"speech"_s, *id);
    row.base = row.mine;
    row.base[u"title"_s] = u"시정 연설"_s;
    row.base[u"place"_s] = u"시청"_s;
    row.base[u"event_name"_s] = QString();
    row.theirs = row.base;
    row.theirs[u"title"_s] = u"2027 시정 연설"_s;
    row.theirs[u"place"_s] = u"시의회 본회의장"_s;
    row.fields = {u"title"_s};
    auto conflict = test::insertConflict(*m_store, row);
    return conflict ? *conflict : 0;
}

qint64 TestSyncGui::addRejectedConflict()
{
    test::ConflictRow row;
    row.kind = u"rejected"_s;
    row.tableName = u"pledge"_s;
    row.rowId = u"22222222-2222-2222-2222-222222222222"_s;
    row.base = {{u"code"_s, u"7-1-3"_s}, {u"title"_s, u"열린시장실"_s}};
    row.mine = {{u"code"_s, u"7-1-3"_s}, {u"title"_s, u"365일 열린시장실 운영"_s}};
    row.theirs = row.base;
    row.message = u"공약은 정책기획 담당만 고칠 수 있습니다."_s;
    row.detectedAt = u"2026-11-26T05:03:00.000Z"_s;
    auto conflict = test::insertConflict(*m_store, row);
    return conflict ? *conflict : 0;
}

void TestSyncGui::conflictDialogShowsAndMarksFields()
{
    QString speech;
    const qint64 id = addFieldsConflict(&speech);
    QVERIFY(id > 0);
    QVERIFY(addRejectedConflict() > 0);

    ConflictDialog dialog(SyncConflicts(*m_store, &m_notifier));
    QTreeWidget* list = dialog.conflictList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Speech 시정 연설 (수정)"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"Changed on both sides"_s);
    QVERIFY(!list->topLevelItem(0)->icon(1).isNull());
    QVERIFY(!list->topLevelItem(0)->text(2).isEmpty()); // detected time
    QCOMPARE(list->topLevelItem(1)->text(1), u"Refused by the portal"_s);

    QVERIFY(dialog.selectConflict(id));
    const QTableWidget* fields = dialog.fieldTable();
    const int title = rowOf(fields, u"title"_s);
    const int place = rowOf(fields, u"place"_s);
    const int event = rowOf(fields, u"event_name"_s);
    QCOMPARE(title, 0); // the conflicting field comes first
    QVERIFY(place > 0);
    QVERIFY(event > 0);
    QCOMPARE(fields->item(title, ConflictDialog::FieldNameColumn)->text(), u"Title"_s);
    QCOMPARE(fields->item(place, ConflictDialog::FieldNameColumn)->text(), u"Place"_s);
    QCOMPARE(fields->item(title, ConflictDialog::FieldStateColumn)->text(), u"Conflict"_s);
    QCOMPARE(fields->item(title, ConflictDialog::BaseColumn)->text(), u"시정 연설"_s);
    QCOMPARE(fields->item(title, ConflictDialog::MineColumn)->text(), u"시정 연설 (수정)"_s);
    QCOMPARE(fields->item(title, ConflictDialog::TheirsColumn)->text(), u"2027 시정 연설"_s);
    QVERIFY(fields->item(title, ConflictDialog::MineColumn)->font().bold());
    QCOMPARE(fields->item(place, ConflictDialog::FieldStateColumn)->text(), u"Same change"_s);
    QCOMPARE(fields->item(place, ConflictDialog::BaseColumn)->text(), u"시청"_s);
    QCOMPARE(fields->item(place, ConflictDialog::TheirsColumn)->text(), u"시의회 본회의장"_s);
    QVERIFY(!fields->item(place, ConflictDialog::MineColumn)->font().bold());
    QCOMPARE(fields->item(event, ConflictDialog::FieldStateColumn)->text(), u"Changed here"_s);
    QCOMPARE(fields->item(event, ConflictDialog::MineColumn)->text(), u"정례회"_s);
    // a choice only for the conflicting field; bookkeeping columns are not shown
    QVERIFY(qobject_cast<QComboBox*>(fields->cellWidget(title, ConflictDialog::ChoiceColumn)));
    QVERIFY(!fields->cellWidget(place, ConflictDialog::ChoiceColumn));
    QCOMPARE(rowOf(fields, u"row_version"_s), -1);
    QCOMPARE(rowOf(fields, u"id"_s), -1);
    QVERIFY(!dialog.applyChoicesButton()->isHidden());
    QCOMPARE(dialog.takeMineButton()->text(), u"Keep Mine"_s);
    QCOMPARE(dialog.takeTheirsButton()->text(), u"Take the Portal's"_s);
    QVERIFY(dialog.explanation().contains(u"Speech 시정 연설 (수정)"_s));
}

void TestSyncGui::conflictDialogRejectedRow()
{
    const qint64 id = addRejectedConflict();
    QVERIFY(id > 0);
    ConflictDialog dialog(SyncConflicts(*m_store, &m_notifier));
    QVERIFY(dialog.selectConflict(id));
    QVERIFY(dialog.explanation().contains(u"공약은 정책기획 담당만 고칠 수 있습니다."_s));
    QVERIFY(dialog.explanation().contains(u"Your edit is kept here"_s));
    QVERIFY(dialog.takeMineButton()->isHidden()); // re-sending would be refused again
    QVERIFY(dialog.applyChoicesButton()->isHidden());
    QCOMPARE(dialog.takeTheirsButton()->text(), u"Revert to the Portal's Value"_s);
    const int title = rowOf(dialog.fieldTable(), u"title"_s);
    QVERIFY(title >= 0);
    QCOMPARE(dialog.fieldTable()->item(title, ConflictDialog::FieldStateColumn)->text(),
             u"Changed here"_s);
    QVERIFY(dialog.fieldTable()->isColumnHidden(ConflictDialog::ChoiceColumn));
}

void TestSyncGui::takeTheirsReplacesLocalRow()
{
    QString speech;
    const qint64 id = addFieldsConflict(&speech);
    QVERIFY(id > 0);
    ConflictDialog dialog(SyncConflicts(*m_store, &m_notifier));
    QVERIFY(dialog.selectConflict(id));
    QVERIFY(!dialog.syncNowButton()->isEnabled());
    QTest::mouseClick(dialog.takeTheirsButton(), Qt::LeftButton);
    QCOMPARE(dialog.conflictList()->topLevelItemCount(), 0);
    QCOMPARE(dialog.resolvedCount(), 1);
    QVERIFY(dialog.syncNowButton()->isEnabled());
    // the portal's row wholly: the local change of the event name is dropped too
    QCOMPARE(speechValue(*m_store, speech, u"title"_s), u"2027 시정 연설"_s);
    QCOMPARE(speechValue(*m_store, speech, u"place"_s), u"시의회 본회의장"_s);
    QCOMPARE(speechValue(*m_store, speech, u"event_name"_s), QString());
    QVERIFY(!SyncConflicts(*m_store).find(id));
    QSignalSpy requested(&dialog, &ConflictDialog::syncRequested);
    QTest::mouseClick(dialog.syncNowButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestSyncGui::fieldChoicesApplyPerField()
{
    QString speech;
    const qint64 id = addFieldsConflict(&speech);
    QVERIFY(id > 0);
    ConflictDialog dialog(SyncConflicts(*m_store, &m_notifier));
    QVERIFY(dialog.selectConflict(id));
    QVERIFY(dialog.setFieldChoice(u"title"_s, TakeSide::Mine));
    QVERIFY(!dialog.setFieldChoice(u"place"_s, TakeSide::Mine)); // not in conflict
    QTest::mouseClick(dialog.applyChoicesButton(), Qt::LeftButton);
    QCOMPARE(dialog.conflictList()->topLevelItemCount(), 0);
    QCOMPARE(dialog.resolvedCount(), 1);
    // mine kept for the conflicting field, the other fields as they were
    QCOMPARE(speechValue(*m_store, speech, u"title"_s), u"시정 연설 (수정)"_s);
    QCOMPARE(speechValue(*m_store, speech, u"place"_s), u"시의회 본회의장"_s);
    QCOMPARE(speechValue(*m_store, speech, u"event_name"_s), u"정례회"_s);
    QVERIFY(!SyncConflicts(*m_store).find(id));
}

void TestSyncGui::failedResolutionChangesNothing()
{
    QString speech;
    const qint64 id = addFieldsConflict(&speech);
    QVERIFY(id > 0);
    ConflictDialog dialog(SyncConflicts(*m_store, &m_notifier));
    QVERIFY(dialog.selectConflict(id));
    // resolved elsewhere (e.g. openmayor-cli resolve) while the dialog was open
    QSqlDatabase db = m_store->connection();
    QVERIFY(exec(db, u"DELETE FROM sync_conflict WHERE id = ?"_s, {id}));
    QTest::mouseClick(dialog.takeTheirsButton(), Qt::LeftButton);
    QVERIFY2(dialog.resultText().contains(u"could not be resolved"_s),
             qPrintable(dialog.resultText()));
    QCOMPARE(dialog.resolvedCount(), 0);
    QVERIFY(!dialog.syncNowButton()->isEnabled());
    QCOMPARE(speechValue(*m_store, speech, u"title"_s), u"시정 연설 (수정)"_s);
    QCOMPARE(dialog.conflictList()->topLevelItemCount(), 0); // the list is read again
}

void TestSyncGui::statusWidgetTexts()
{
    QString speech;
    QVERIFY(addFieldsConflict(&speech) > 0);
    QVERIFY(addRejectedConflict() > 0);
    QVERIFY(test::insertSpeech(*m_store, u"신년사"_s, u"시청"_s));
    QVERIFY(test::setSyncState(*m_store, u"last_sync"_s, u"2026-11-26T05:02:00.000Z"_s));
    Clock::pin(QDateTime(QDate(2026, 11, 26), QTime(6, 0), Qt::UTC));
    m_settings->setPortalUrl(portalUrl);
    SyncController controller(*m_store, &m_notifier, m_settings.get(), &m_credentials);
    SyncStatusWidget widget(&controller, m_settings.get(), &m_notifier);
    const QString time =
        QDateTime(QDate(2026, 11, 26), QTime(5, 2), Qt::UTC).toLocalTime().toString(u"HH:mm"_s);
    QCOMPARE(widget.summaryText(), u"Last sync: today %1 · Changes to send 2"_s.arg(time));
    QCOMPARE(widget.conflictsText(), u"Conflicts 1"_s);
    QCOMPARE(widget.rejectedText(), u"Rejected 1"_s);
    QVERIFY(widget.progressText().isEmpty());
    QSignalSpy requested(&widget, &SyncStatusWidget::conflictsRequested);
    QTest::mouseClick(widget.conflictsButton(), Qt::LeftButton);
    QTest::mouseClick(widget.rejectedButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);

    // an edit adds to the changes to send (after a short delay)
    QVERIFY(test::insertSpeech(*m_store, u"개회사"_s, u"의회"_s));
    emit m_notifier.contentChanged(ContentType::Speech, {});
    QTRY_COMPARE(widget.summaryText(), u"Last sync: today %1 · Changes to send 3"_s.arg(time));
}

void TestSyncGui::statusWidgetProgress()
{
    m_settings->setPortalUrl(portalUrl);
    QVERIFY(m_credentials.writePassword(portalKey, u"secret"_s));
    SyncController controller(*m_store, &m_notifier, m_settings.get(), &m_credentials);
    FakeRunner fake;
    fake.hold = true;
    controller.setRunner(fake.runner());
    SyncStatusWidget widget(&controller, m_settings.get(), &m_notifier);
    QCOMPARE(widget.summaryText(), u"Not synced yet · Changes to send 0"_s);
    controller.syncNow();
    fake.entered.acquire();
    QTRY_COMPARE(widget.progressText(), u"Sending changes 120/500"_s);
    QVERIFY(widget.progressBar()->isVisibleTo(&widget));
    QCOMPARE(widget.progressBar()->value(), 240); // of 1000
    fake.release.release();
    QTRY_VERIFY(!controller.isRunning());
    QVERIFY(widget.progressText().isEmpty());
    QVERIFY(!widget.progressBar()->isVisibleTo(&widget));
}

void TestSyncGui::lastSyncWording()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(15, 0)); // local
    QCOMPARE(SyncStatusWidget::lastSyncText(QDateTime(QDate(2026, 11, 26), QTime(14, 2)), now),
             u"today 14:02"_s);
    QCOMPARE(SyncStatusWidget::lastSyncText(QDateTime(QDate(2026, 11, 25), QTime(9, 10)), now),
             u"yesterday 09:10"_s);
    const QString older =
        SyncStatusWidget::lastSyncText(QDateTime(QDate(2026, 11, 2), QTime(9, 10)), now);
    QVERIFY(older.endsWith(u" 09:10"_s));
    QVERIFY(!older.contains(u"yesterday"_s));
}

void TestSyncGui::settingsDialogKeepsPasswordOutOfIni()
{
    const QString password = u"Pw-7c1e9f"_s;
    {
        PortalSettingsDialog dialog(m_settings.get(), &m_credentials);
        dialog.findChild<QLineEdit*>(u"host"_s)->setText(u"portal.test"_s);
        dialog.findChild<QLineEdit*>(u"database"_s)->setText(u"naju"_s);
        dialog.findChild<QLineEdit*>(u"user"_s)->setText(u"policy"_s);
        dialog.findChild<QLineEdit*>(u"password"_s)->setText(password);
        dialog.findChild<QSpinBox*>(u"interval"_s)->setValue(5);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(m_settings->portalUrl(), portalUrl);
    QCOMPARE(m_settings->syncIntervalMinutes(), 5);
    QCOMPARE(m_credentials.passwords().value(portalKey), password);
    m_settings.reset(); // writes the .ini
    QFile ini(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains("portal.test"));
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains("Pw-"));

    // opened again: the fields come back, the password stays in the keychain
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s), nullptr);
    PortalSettingsDialog again(m_settings.get(), &m_credentials);
    QCOMPARE(again.findChild<QLineEdit*>(u"host"_s)->text(), u"portal.test"_s);
    QVERIFY(again.findChild<QLineEdit*>(u"password"_s)->text().isEmpty());
    auto endpoint = again.endpoint();
    QVERIFY(endpoint);
    QCOMPARE(endpoint->displayUrl(), portalUrl);
}

void TestSyncGui::settingsDialogRefusesIncompleteAddress()
{
    m_settings->setPortalUrl(portalUrl);
    PortalSettingsDialog dialog(m_settings.get(), &m_credentials);
    dialog.findChild<QLineEdit*>(u"database"_s)->clear();
    dialog.findChild<QLineEdit*>(u"password"_s)->setText(u"secret"_s);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(m_settings->portalUrl(), portalUrl); // unchanged
    QVERIFY(m_credentials.passwords().isEmpty());

    // a keychain failure is shown and saves nothing
    dialog.findChild<QLineEdit*>(u"database"_s)->setText(u"other"_s);
    m_credentials.failWith(Error(Error::Kind::Io, u"No system keychain is available."_s));
    dialog.accept();
    QCOMPARE(dialog.errorText(), u"No system keychain is available."_s);
    QCOMPARE(m_settings->portalUrl(), portalUrl);
}

std::unique_ptr<MainWindow> TestSyncGui::makeWindow(SyncController* controller)
{
    auto window = std::make_unique<MainWindow>(m_settings.get(), &m_notifier);
    window->setDatabase(*m_store);
    window->setSync(controller, &m_credentials);
    window->show();
    return window;
}

void TestSyncGui::f5TriggersControllerOnceAtATime()
{
    m_settings->setPortalUrl(portalUrl);
    QVERIFY(m_credentials.writePassword(portalKey, u"secret"_s));
    SyncController controller(*m_store, &m_notifier, m_settings.get(), &m_credentials);
    FakeRunner fake;
    fake.hold = true;
    controller.setRunner(fake.runner());
    auto window = makeWindow(&controller);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QAction* sync = window->syncActions()->syncAction();
    QCOMPARE(sync->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(sync->isEnabled());

    QTest::keyClick(window.get(), Qt::Key_F5);
    fake.entered.acquire();
    QCOMPARE(fake.runs.load(), 1);
    QVERIFY(controller.isRunning());
    QVERIFY(!sync->isEnabled()); // disabled while a sync runs
    // requests while running are queued once
    controller.syncNow();
    controller.syncNow(SyncController::Trigger::Timer);
    fake.hold = false;
    fake.release.release();
    QTRY_COMPARE(fake.runs.load(), 2);
    QTRY_VERIFY(!controller.isRunning());
    QVERIFY(sync->isEnabled());
    QCOMPARE(fake.runs.load(), 2);
}

void TestSyncGui::manualFailureShowsOneMessage()
{
    m_settings->setPortalUrl(portalUrl);
    QVERIFY(m_credentials.writePassword(portalKey, u"secret"_s));
    SyncController controller(*m_store, &m_notifier, m_settings.get(), &m_credentials);
    FakeRunner fake;
    fake.answer = Error(Error::Kind::Database, u"The portal is not reachable."_s, u"timeout"_s);
    controller.setRunner(fake.runner());
    auto window = makeWindow(&controller);
    QString speech;
    QVERIFY(addFieldsConflict(&speech) > 0);

    // an automatic sync fails quietly: status bar only
    QSignalSpy failed(&controller, &SyncController::failed);
    controller.syncNow(SyncController::Trigger::Timer);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(window->statusBar()->currentMessage().contains(u"The portal is not reachable."_s));
    QVERIFY(!window->findChild<QMessageBox*>(u"syncFailedMessage"_s));
    // by hand: one message box too
    window->syncActions()->syncAction()->trigger();
    QTRY_COMPARE(failed.count(), 2);
    const QList<QMessageBox*> boxes = window->findChildren<QMessageBox*>(u"syncFailedMessage"_s);
    QCOMPARE(boxes.size(), 1);
    QVERIFY(boxes.first()->text().contains(u"The portal is not reachable."_s));
    QVERIFY(boxes.first()->text().contains(u"kept"_s));
    boxes.first()->close();
    QVERIFY(window->syncActions()->statusWidget()->summaryText().contains(u"Last sync failed"_s));
    // nothing local was touched
    QCOMPARE(speechValue(*m_store, speech, u"title"_s), u"시정 연설 (수정)"_s);

    // no portal configured: a manual sync says so, a timer sync says nothing
    m_settings->setPortalUrl(QString());
    controller.syncNow(SyncController::Trigger::Timer);
    QCOMPARE(failed.count(), 2);
    controller.syncNow(SyncController::Trigger::Manual);
    QCOMPARE(failed.count(), 3);
    QCOMPARE(fake.runs.load(), 2);
}

void TestSyncGui::requestWhilePasswordIsReadIsCovered()
{
    m_settings->setPortalUrl(portalUrl);
    QVERIFY(m_credentials.writePassword(portalKey, u"secret"_s));
    SyncController controller(*m_store, &m_notifier, m_settings.get(), &m_credentials);
    FakeRunner fake;
    controller.setRunner(fake.runner());
    // the periodic timer fires while the keychain is being asked
    m_credentials.setReadHook(
        [&controller] { controller.syncNow(SyncController::Trigger::Timer); });
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    QTRY_COMPARE(finished.count(), 1);
    m_credentials.setReadHook({});
    QCOMPARE(fake.runs.load(), 1);
    QVERIFY(!controller.isRunning());
}

void TestSyncGui::rejectionNoticeNamesRows()
{
    m_settings->setPortalUrl(portalUrl);
    QVERIFY(m_credentials.writePassword(portalKey, u"secret"_s));
    QVERIFY(addRejectedConflict() > 0);
    SyncController controller(*m_store, &m_notifier, m_settings.get(), &m_credentials);
    FakeRunner fake;
    SyncReport report;
    report.pushed = 3;
    report.rejected = 1;
    fake.answer = report;
    controller.setRunner(fake.runner());
    auto window = makeWindow(&controller);
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow(SyncController::Trigger::Timer);
    QTRY_COMPARE(finished.count(), 1);
    const QString notice = window->messageBar()->text();
    QVERIFY2(notice.contains(u"Pledge 7-1-3 365일 열린시장실 운영"_s), qPrintable(notice));
    QVERIFY(notice.contains(u"kept"_s));
    QVERIFY(window->messageBar()->isVisibleTo(window.get()));
    QCOMPARE(window->syncActions()->statusWidget()->rejectedText(), u"Rejected 1"_s);
    QVERIFY(!window->findChild<QMessageBox*>()); // non-modal
    // the rejected entry opens the conflict dialog
    QTest::mouseClick(window->syncActions()->statusWidget()->rejectedButton(), Qt::LeftButton);
    QVERIFY(window->syncActions()->conflictDialog());
    QCOMPARE(window->syncActions()->conflictDialog()->conflictList()->topLevelItemCount(), 1);
    window->syncActions()->conflictDialog()->close();
}

void TestSyncGui::pulledRowsReloadViews()
{
    m_settings->setPortalUrl(portalUrl);
    QVERIFY(m_credentials.writePassword(portalKey, u"secret"_s));
    SyncController controller(*m_store, &m_notifier, m_settings.get(), &m_credentials);
    FakeRunner fake;
    controller.setRunner(fake.runner());
    QSignalSpy reset(&m_notifier, &ChangeNotifier::storeReset);
    QSignalSpy status(&controller, &SyncController::statusChanged);
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(reset.count(), 0); // nothing pulled, nothing to reload
    QCOMPARE(status.count(), 1);
    SyncReport report;
    report.pulled = 4;
    fake.answer = report;
    controller.syncNow();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(status.count(), 2);
}

void TestSyncGui::cleanupTestCase()
{
    const QString folder = qEnvironmentVariable("OPENMAYOR_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        saveScreenshots(folder);
}

void TestSyncGui::saveScreenshots(const QString& folder)
{
    init();
    QVERIFY(installTranslations(u"ko"_s));
    QString speech;
    QVERIFY(addFieldsConflict(&speech) > 0);
    QVERIFY(addRejectedConflict() > 0);
    QVERIFY(test::setSyncState(*m_store, u"last_sync"_s, Clock::nowIso()));
    m_settings->setPortalUrl(portalUrl);
    QVERIFY(m_credentials.writePassword(portalKey, u"secret"_s));
    SyncController controller(*m_store, &m_notifier, m_settings.get(), &m_credentials);
    auto window = makeWindow(&controller);
    window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->grab().save(folder + u"/sync-mainwindow.png"_s));
    {
        FakeRunner fake;
        fake.hold = true;
        controller.setRunner(fake.runner());
        controller.syncNow();
        fake.entered.acquire();
        QTRY_VERIFY(!window->syncActions()->statusWidget()->progressText().isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(window->statusBar()->grab().save(folder + u"/sync-statusbar-progress.png"_s));
        fake.release.release();
        QTRY_VERIFY(!controller.isRunning());
    }

    window->syncActions()->showConflicts();
    ConflictDialog* conflicts = window->syncActions()->conflictDialog();
    QVERIFY(conflicts);
    QVERIFY(QTest::qWaitForWindowExposed(conflicts));
    conflicts->selectConflict(1);
    QCoreApplication::processEvents(); // lay out the new texts before grabbing
    QVERIFY(conflicts->grab().save(folder + u"/sync-conflicts-fields.png"_s));
    conflicts->selectConflict(2);
    QCoreApplication::processEvents();
    QVERIFY(conflicts->grab().save(folder + u"/sync-conflicts-rejected.png"_s));
    conflicts->close();

    {
        PortalSettingsDialog settings(m_settings.get(), &m_credentials, window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY(settings.grab().save(folder + u"/sync-portal-settings.png"_s));
    }
    window.reset();
    cleanup();
}

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"

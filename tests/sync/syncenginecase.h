#pragma once

// The fixture of the engine-level sync suites (tst_sync, tst_syncportal): a new portal
// database per test on the real PostgreSQL the test command starts, local stores in a new
// folder, syncs through SyncEngine in this process. Contents are compared with plain SQL on
// both sides (not with the engine's own row reader), so a bug in the engine's reading
// cannot hide itself.
#include "storage/database.h"
#include "sync/portalendpoint.h"
#include "sync/syncengine.h"
#include "syncfixture.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace openmayor {

// Rows of a query as canonical text lines ("column=value|…"), numbers as numbers.
QStringList rowsOf(QSqlDatabase db, const QString& select);
// Runs a statement on a local store; a failure fails the test.
void sql(const Database& store, const QString& statement, const QVariantList& params = {});
// The first value of a query on a local store ("<none: …>" when there is none).
QVariant scalar(const Database& store, const QString& statement, const QVariantList& params = {});

// The report of a sync that must succeed; a failure ends the test run with the error.
#define SYNC_OK(expr)                                                                              \
    [&] {                                                                                          \
        auto r = (expr);                                                                           \
        if (!r)                                                                                    \
            qFatal("sync failed: %s", qPrintable(r.error().fullText()));                           \
        return *r;                                                                                 \
    }()

// A column of the demo's pledge 7-1-3 (the one the seed card describes).
inline const QString kPledge = QStringLiteral("SELECT %1 FROM pledge WHERE code = '7-1-3'");

class SyncEngineCase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    Database openStore(const QString& name, bool demo);
    Result<SyncReport> syncStore(const Database& store, const QString& user = {},
                                 const QString& password = {}, bool waitForWatermark = true);
    void expectSameContent(const Database& a, const Database& b);
    void expectPortalMatches(const Database& store);
    QSqlDatabase portalSql();
    void psql(const QString& sql);
    void createLoginRole(const QString& role, const QString& group);
    qint64 conflictCount(const Database& store);

    QString m_password;
    std::unique_ptr<test::PortalDatabase> m_portal;
    PortalEndpoint m_endpoint;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace openmayor

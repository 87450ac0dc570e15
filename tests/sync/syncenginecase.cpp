#include "syncenginecase.h"

#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "sync/portalconnection.h"
#include "sync/portalschema.h"
#include "sync/syncconflicts.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

namespace openmayor {

using namespace Qt::StringLiterals;

namespace {

// Numbers as numbers whatever the driver hands over (QPSQL gives int8 as text).
QString canonical(const QVariant& value, QMetaType type)
{
    if (value.isNull())
        return u"<null>"_s;
    if (value.typeId() == QMetaType::QUuid)
        return u"'"_s + value.toUuid().toString(QUuid::WithoutBraces) + u"'"_s;
    static const QList<int> numeric = {QMetaType::Double,    QMetaType::Float, QMetaType::LongLong,
                                       QMetaType::ULongLong, QMetaType::Int,   QMetaType::UInt};
    if (numeric.contains(type.id()) || numeric.contains(value.typeId()))
        return QString::number(value.toDouble(), 'g', 15);
    return u"'"_s + value.toString() + u"'"_s;
}

} // namespace

// Rows of a table as canonical text lines, ordered by id, data columns only.
QStringList rowsOf(QSqlDatabase db, const QString& select)
{
    QSqlQuery query(db);
    if (!query.exec(select))
        return {u"<error %1>"_s.arg(query.lastError().text())};
    QStringList rows;
    while (query.next()) {
        QStringList values;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            values << record.fieldName(i) + u'=' +
                          canonical(query.value(i), record.field(i).metaType());
        rows << values.join(u'|');
    }
    return rows;
}

void sql(const Database& store, const QString& statement, const QVariantList& params)
{
    QSqlQuery query(store.connection());
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (const QVariant& value : params)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text() + u" in "_s + statement));
}

QVariant scalar(const Database& store, const QString& statement, const QVariantList& params)
{
    QSqlQuery query(store.connection());
    query.prepare(statement);
    for (const QVariant& value : params)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return u"<none: %1>"_s.arg(query.lastError().text());
    return query.value(0);
}

void SyncEngineCase::initTestCase()
{
    m_password = test::requiredEnv("OPENMAYOR_TEST_PG_PASSWORD");
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));
}

void SyncEngineCase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_portal = std::make_unique<test::PortalDatabase>();
    const Status created = m_portal->create(u"sync"_s);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
    auto endpoint = PortalEndpoint::parse(m_portal->url());
    QVERIFY(endpoint.ok());
    m_endpoint = *endpoint;
    m_endpoint.password = m_password;
    auto portal = PortalConnection::open(m_endpoint);
    QVERIFY(portal.ok());
    auto version = PortalSchema::install(**portal);
    QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().fullText()));
    QCOMPARE(*version, PortalSchema::latestVersion());
}

void SyncEngineCase::cleanup()
{
    m_portal.reset(); // drops the database
    m_dir.reset();
}

Database SyncEngineCase::openStore(const QString& name, bool demo)
{
    const QString path = m_dir->filePath(name + u".sqlite"_s);
    auto store = Database::open(path, Database::Mode::CreateIfMissing);
    if (!store)
        qFatal("cannot create store: %s", qPrintable(store.error().fullText()));
    if (demo) {
        const Status filled = DemoData::populate(*store, MediaLibrary::defaultRootFor(path));
        if (!filled)
            qFatal("demo: %s", qPrintable(filled.error().fullText()));
    }
    return *store;
}

Result<SyncReport> SyncEngineCase::syncStore(const Database& store, const QString& user,
                                             const QString& password, bool waitForWatermark)
{
    if (waitForWatermark && !test::waitForPullWatermark(portalSql()))
        qWarning("a transaction on the server still holds the pull watermark back");
    PortalEndpoint endpoint = m_endpoint;
    if (!user.isEmpty()) {
        endpoint.user = user;
        endpoint.password = password;
    }
    SyncEngine engine(store, endpoint, u"tester"_s);
    return engine.sync();
}

QSqlDatabase SyncEngineCase::portalSql()
{
    return m_portal->connection();
}

void SyncEngineCase::psql(const QString& sql)
{
    QSqlQuery query(portalSql());
    if (!query.exec(sql))
        QFAIL(qPrintable(u"SQL failed: "_s + query.lastError().text() + u" in "_s + sql));
}

void SyncEngineCase::createLoginRole(const QString& role, const QString& group)
{
    psql(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
         "CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'; END IF; END $$"_s.arg(role));
    psql(u"GRANT %1 TO %2"_s.arg(group, role));
}

qint64 SyncEngineCase::conflictCount(const Database& store)
{
    auto list = SyncConflicts(store).list();
    return list ? list->size() : -1;
}

void SyncEngineCase::expectSameContent(const Database& a, const Database& b)
{
    const auto contentA = test::localContent(test::LocalStore(a.path()));
    const auto contentB = test::localContent(test::LocalStore(b.path()));
    QVERIFY(contentA.ok() && contentB.ok());
    QVERIFY(contentA->size() >= 24);
    const QString differences = test::compareContent(*contentA, u"a"_s, *contentB, u"b"_s);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void SyncEngineCase::expectPortalMatches(const Database& store)
{
    const test::LocalStore local(store.path());
    const auto mine = test::localContent(local);
    const auto portal = test::portalContent(*m_portal, local);
    QVERIFY(mine.ok() && portal.ok());
    const QString differences = test::compareContent(*mine, u"store"_s, *portal, u"portal"_s);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

} // namespace openmayor

// The qtkeychain credential store where no keychain service runs (this test machine, a
// server without a desktop session): every call ends with one clear error instead of
// hanging or falling back to plain text.
#include "keychaincredentialstore.h"

#include <QtTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void missingServiceIsAClearError();
};

void TestKeychain::initTestCase()
{
    // no session bus: no Secret Service, no KWallet
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/openmayor-test-bus");
    QCOMPARE(KeychainCredentialStore::serviceName(), u"OpenMayor Studio"_s);
}

void TestKeychain::missingServiceIsAClearError()
{
    KeychainCredentialStore store;
    const QString key = u"policy@portal.test:5432/naju"_s;
    const Status written = store.writePassword(key, u"secret"_s);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(u"keychain"_s), qPrintable(written.error().message));
    QVERIFY(written.error().message.contains(key));
    const auto read = store.readPassword(key);
    QVERIFY(!read);
    QVERIFY(read.error().message.contains(u"keychain"_s));
    QVERIFY(!store.removePassword(key));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

#include "keychaincredentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace openmayor {

namespace {

// Starts `job` and waits for its answer without blocking the events of other windows.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished) // some backends answer inside start()
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error keychainError(const QKeychain::Job& job, const QString& key)
{
    const char* context = "openmayor::KeychainCredentialStore";
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Error::Kind::Io,
                QCoreApplication::translate(context,
                                            "No system keychain is available to keep the "
                                            "password for %1 (on Linux, start a Secret Service "
                                            "such as GNOME Keyring or KWallet).")
                    .arg(key),
                job.errorString()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Error::Kind::Io,
                QCoreApplication::translate(context,
                                            "The system keychain refused access to the password "
                                            "for %1.")
                    .arg(key),
                job.errorString()};
    default:
        return {Error::Kind::Io,
                QCoreApplication::translate(context,
                                            "The system keychain failed for the password of %1.")
                    .arg(key),
                job.errorString()};
    }
}

} // namespace

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("OpenMayor Studio");
}

Result<QString> KeychainCredentialStore::readPassword(const QString& key)
{
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return job.textData();
}

Status KeychainCredentialStore::writePassword(const QString& key, const QString& password)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(key);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return {};
}

Status KeychainCredentialStore::removePassword(const QString& key)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, key);
    return {};
}

} // namespace openmayor

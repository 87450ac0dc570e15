// TEMP stub on the gui branch only, so the GUI links before the lead's engine and endpoint
// land. The lead's syncengine.cpp and portalendpoint.cpp replace this file.
#include "credentialstore.h"
#include "portalendpoint.h"
#include "syncengine.h"

#include <QUrlQuery>

namespace openmayor {

struct SyncEngine::Private
{};

SyncEngine::SyncEngine(Database, PortalEndpoint, QString) : d(new Private) {}
SyncEngine::~SyncEngine()
{
    delete d;
}
void SyncEngine::setProgressCallback(std::function<void(const SyncProgress&)>) {}
void SyncEngine::setCancelFlag(const std::atomic_bool*) {}
void SyncEngine::setMediaStore(MediaStore*) {}
void SyncEngine::setCredentialStore(CredentialStore*) {}
Result<SyncReport> SyncEngine::sync()
{
    return Error(Error::Kind::Generic, QStringLiteral("sync is not implemented yet"));
}

QString PortalEndpoint::displayUrl() const
{
    QString url = QStringLiteral("postgresql://") + user + u'@' + host + u':' +
                  QString::number(port) + u'/' + database;
    if (!sslMode.isEmpty())
        url += QStringLiteral("?sslmode=") + sslMode;
    return url;
}

QString PortalEndpoint::credentialKey() const
{
    return user + u'@' + host + u':' + QString::number(port) + u'/' + database;
}

Result<PortalEndpoint> PortalEndpoint::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres") ||
        url.host().isEmpty() || url.path().size() < 2 || url.userName().isEmpty())
        return Error(Error::Kind::Usage, QStringLiteral("bad portal URL"), text);
    if (!url.password().isEmpty())
        return Error(Error::Kind::Usage, QStringLiteral("password in URL"));
    PortalEndpoint endpoint;
    endpoint.host = url.host();
    endpoint.port = url.port(5432);
    endpoint.database = url.path().mid(1);
    endpoint.user = url.userName();
    endpoint.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    return endpoint;
}

Status resolvePortalPassword(PortalEndpoint& endpoint, CredentialStore* credentials)
{
    endpoint.password = qEnvironmentVariable("OPENMAYOR_PORTAL_PASSWORD");
    if (endpoint.password.isEmpty() && credentials) {
        auto stored = credentials->readPassword(endpoint.credentialKey());
        if (!stored)
            return stored.error();
        endpoint.password = *stored;
    }
    if (endpoint.password.isEmpty())
        return Error(Error::Kind::Usage, QStringLiteral("no password"));
    return {};
}

} // namespace openmayor

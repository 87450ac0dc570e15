#include "portalendpoint.h"

#include "credentialstore.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace openmayor {

QString PortalEndpoint::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

QString PortalEndpoint::credentialKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Result<PortalEndpoint> PortalEndpoint::parse(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres"))
        return Error(Error::Kind::Usage,
                     QCoreApplication::translate("openmayor::PortalEndpoint",
                                                 "The portal address must look like "
                                                 "postgresql://user@host:port/database."),
                     text.left(200));
    if (!url.password().isEmpty())
        return Error(
            Error::Kind::Usage,
            QCoreApplication::translate("openmayor::PortalEndpoint",
                                        "Do not put the password in the portal address; use the "
                                        "keychain or OPENMAYOR_PORTAL_PASSWORD."));
    PortalEndpoint endpoint;
    endpoint.host = url.host();
    endpoint.port = url.port(5432);
    endpoint.database = url.path().mid(1);
    endpoint.user = url.userName();
    endpoint.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    static const QStringList sslModes = {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (endpoint.host.isEmpty() || endpoint.database.isEmpty() ||
        endpoint.database.contains(u'/') || endpoint.user.isEmpty())
        return Error(
            Error::Kind::Usage,
            QCoreApplication::translate("openmayor::PortalEndpoint",
                                        "The portal address needs a user, a host and a database: "
                                        "postgresql://user@host:port/database."),
            text.left(200));
    if (!endpoint.sslMode.isEmpty() && !sslModes.contains(endpoint.sslMode))
        return Error(Error::Kind::Usage,
                     QCoreApplication::translate("openmayor::PortalEndpoint",
                                                 "Unknown sslmode in the portal address."),
                     endpoint.sslMode);
    return endpoint;
}

Status resolvePortalPassword(PortalEndpoint& endpoint, CredentialStore* credentials)
{
    const QString fromEnvironment = qEnvironmentVariable("OPENMAYOR_PORTAL_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        endpoint.password = fromEnvironment;
        return {};
    }
    if (credentials) {
        Result<QString> stored = credentials->readPassword(endpoint.credentialKey());
        if (!stored)
            return Error(Error::Kind::Usage,
                         QCoreApplication::translate(
                             "openmayor::PortalEndpoint",
                             "No password for the portal: the system keychain cannot be "
                             "read here; set OPENMAYOR_PORTAL_PASSWORD."),
                         stored.error().fullText());
        if (!stored->isEmpty()) {
            endpoint.password = *stored;
            return {};
        }
    }
    return Error(Error::Kind::Usage,
                 QCoreApplication::translate(
                     "openmayor::PortalEndpoint",
                     "No password for the portal: save it in the connection settings "
                     "(system keychain) or set OPENMAYOR_PORTAL_PASSWORD."),
                 endpoint.displayUrl());
}

} // namespace openmayor

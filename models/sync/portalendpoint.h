#pragma once

#include "common/result.h"

#include <QString>
#include <QUrl>

namespace openmayor {

class CredentialStore;

// Where the portal's PostgreSQL is (DESIGN.md §5): `postgresql://user@host:port/db?sslmode=…`.
// The password is never part of the URL, the settings or argv: it comes from
// $OPENMAYOR_PORTAL_PASSWORD (scripts, tests) or the system keychain.
struct PortalEndpoint
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // libpq's sslmode; empty = libpq's default ("prefer")
    QString password;

    // The URL without the password (what settings and logs may show).
    QString displayUrl() const;
    // The keychain entry of this endpoint's password ("user@host:port/db").
    QString credentialKey() const;

    // Parses the URL; a password in the URL is refused (it would end in shell history).
    static Result<PortalEndpoint> parse(const QString& url);
};

// Fills `endpoint.password` from $OPENMAYOR_PORTAL_PASSWORD, else from `credentials`
// (may be null: then only the environment is asked). An endpoint without a password is an
// error naming both places.
Status resolvePortalPassword(PortalEndpoint& endpoint, CredentialStore* credentials);

} // namespace openmayor

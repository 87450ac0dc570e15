#pragma once

#include "common/result.h"

#include <QString>

namespace openmayor {

// Secrets (the portal and media store passwords) live in the operating system's keychain
// (Windows Credential Manager, macOS Keychain, Secret Service), never in QSettings or argv.
// The app uses the qtkeychain implementation (app/keychaincredentialstore.h); tests use an
// in-memory one, since no keychain daemon runs here. Calls block until the keychain answers.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    // The stored secret; an empty string when none is stored under `key`.
    virtual Result<QString> readPassword(const QString& key) = 0;
    virtual Status writePassword(const QString& key, const QString& password) = 0;
    virtual Status removePassword(const QString& key) = 0;
};

} // namespace openmayor

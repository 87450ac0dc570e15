#pragma once

#include "sync/credentialstore.h"

namespace openmayor {

// The system keychain through qtkeychain (Windows Credential Manager, macOS Keychain,
// Secret Service), under the service name "OpenMayor Studio". Each call waits for the
// keychain with a local event loop. A missing entry reads as an empty string; a missing
// keychain service is a clear error, never a silent fallback to plain text.
class KeychainCredentialStore final : public CredentialStore
{
public:
    static QString serviceName();

    Result<QString> readPassword(const QString& key) override;
    Status writePassword(const QString& key, const QString& password) override;
    Status removePassword(const QString& key) override;
};

} // namespace openmayor

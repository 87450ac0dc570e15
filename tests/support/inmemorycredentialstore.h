#pragma once

#include "sync/credentialstore.h"

#include <QMap>

namespace openmayor::test {

// A CredentialStore for tests (no keychain daemon runs here): secrets in a map, with an
// optional failure to exercise error paths.
class InMemoryCredentialStore final : public CredentialStore
{
public:
    Result<QString> readPassword(const QString& key) override
    {
        if (!m_failure.message.isEmpty())
            return m_failure;
        return m_passwords.value(key);
    }
    Status writePassword(const QString& key, const QString& password) override
    {
        if (!m_failure.message.isEmpty())
            return m_failure;
        m_passwords.insert(key, password);
        return {};
    }
    Status removePassword(const QString& key) override
    {
        if (!m_failure.message.isEmpty())
            return m_failure;
        m_passwords.remove(key);
        return {};
    }

    const QMap<QString, QString>& passwords() const { return m_passwords; }
    // Every later call fails with `error` (an empty message restores normal service).
    void failWith(Error error) { m_failure = std::move(error); }

private:
    QMap<QString, QString> m_passwords;
    Error m_failure;
};

} // namespace openmayor::test

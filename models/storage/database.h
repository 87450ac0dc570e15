#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace openmayor {

// The local SQLite store. A Database is a cheap, copyable handle on one file; each thread
// that calls connection() gets its own named QSqlDatabase connection (STYLE.md 8), with
// WAL, foreign keys and a busy timeout, so a second writer waits instead of failing.
class Database
{
public:
    enum class Mode
    {
        OpenExisting,   // the file must exist already
        CreateIfMissing // an absent file is created (init, first start)
    };

    // Validates the file (not a folder, writable, an SQLite file of ours, not from a
    // newer version) before anything is written, then opens it and applies pending
    // migrations. Any refusal leaves the file as it was.
    static Result<Database> open(const QString& path, Mode mode);

    // The connection of the calling thread (opened on first use in that thread).
    QSqlDatabase connection() const;

    QString path() const;
    int schemaVersion() const;

    // The schema version this build writes; files above it are refused.
    static int latestSchemaVersion();
    // SQLite's application_id of an OpenMayor store ("OMS1").
    static constexpr int applicationId = 0x4F4D5331;

    // Closes this thread's connection to the file (others close with their threads).
    void close();

    // Runs `work` inside one transaction of this thread's connection; commits when it
    // returns ok, rolls back otherwise.
    template <typename Fn> Status transaction(Fn&& work) const
    {
        QSqlDatabase db = connection();
        if (Status begun = beginTransaction(db); !begun)
            return begun;
        Status result = work(db);
        return result ? commitTransaction(db) : rollbackTransaction(db, result);
    }

private:
    struct Shared;
    explicit Database(std::shared_ptr<Shared> shared);

    static Status beginTransaction(QSqlDatabase& db);
    static Status commitTransaction(QSqlDatabase& db);
    static Status rollbackTransaction(QSqlDatabase& db, const Status& cause);

    std::shared_ptr<Shared> m_shared;
};

} // namespace openmayor

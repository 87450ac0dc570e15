#pragma once

// Random edits for the sync tests and the log that checks them at the end: every write
// made by a client (plain SQL on its store) or by the portal's web admin (SQL on the
// portal) gets a global sequence number; at the end each one must be present, superseded
// by a later write to the same row and field, part of a recorded conflict or rejection, or
// its row deleted later.
#include "syncfixture.h"

#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace openmayor::test {

struct Write
{
    enum class Op
    {
        Insert,
        Update,
        Delete
    };
    qint64 seq = 0;
    QString actor; // "c1", "c2", ... or "pg" for the portal's own SQL
    Op op = Op::Update;
    QString table;
    QString rowId;
    QMap<QString, QString> values; // column → canonicalValue()
    QString parent;                // "table/id" whose delete cascades to this row, if any
    bool acknowledged = false;     // its actor finished a sync (exit 0/3) that began after it

    QString describe() const;
};

class WriteLog
{
public:
    // Gives the write the next sequence number and keeps it.
    const Write& record(Write write);
    qint64 lastSeq() const { return m_nextSeq - 1; }
    const QList<Write>& writes() const { return m_writes; }

    // `actor` finished a sync that started when lastSeq() was `seqAtStart`.
    void acknowledge(const QString& actor, qint64 seqAtStart);
    // Writes the portal's own SQL made are acknowledged when they commit.
    qint64 acknowledgedCount() const;

    // Keeps the rows of a `conflicts --json` answer as excused (their writes may have been
    // replaced by a resolution); returns how many entries it had.
    int excuseConflicts(const QJsonArray& conflicts, const QString& actor);
    bool isExcused(const QString& table, const QString& rowId) const;

    // Every broken promise, against the final content (equal on all sides by then) and the
    // content before the first logged write.
    QStringList violations(const StoreContent& final, const StoreContent& initial) const;

private:
    QList<Write> m_writes;
    qint64 m_nextSeq = 1;
    QMap<QString, QString> m_excused; // "table/row" → why
};

// Makes random edits like a user (UPDATE text and number fields of pledges, press releases,
// schedule events and speeches with unique tokens such as "c2-e17", INSERT new schedule
// events with new UUIDs, DELETE some rows) and logs each committed one.
class EditMaker
{
public:
    EditMaker(QRandomGenerator* random, WriteLog* log) : m_random(random), m_log(log) {}

    // One random edit of the local store as `actor`. A row deleted meanwhile (a concurrent
    // pull) is not an error: the edit is then skipped (returns false).
    Result<bool> localEdit(const LocalStore& store, const QString& actor);
    // One random edit on the portal's tables, as its web admin would (superuser SQL).
    Result<bool> portalEdit(const PortalDatabase& portal,
                            const QString& actor = QStringLiteral("pg"));
    // The same through `db`, which may be inside a transaction: the edit is made but not
    // logged; the caller records it when (and if) the transaction commits. No value when
    // there was nothing to edit, or the row was locked past the connection's lock_timeout.
    Result<std::optional<Write>> makePortalEdit(QSqlDatabase db,
                                                const QString& actor = QStringLiteral("pg"));

    // Unique text such as "c2-e17" (Korean added so every round trip carries Hangul).
    QString token(const QString& actor);

private:
    enum class Kind
    {
        UpdateText,
        UpdateNumber,
        InsertEvent,
        InsertPhoto,
        Delete
    };
    struct Plan
    {
        Kind kind = Kind::UpdateText;
        QString table;
        QMap<QString, QVariant> values; // columns to write
    };
    Plan plan(const QString& actor);
    QString pick(const QStringList& ids);

    QRandomGenerator* m_random;
    WriteLog* m_log;
    QMap<QString, int> m_counters;
};

} // namespace openmayor::test

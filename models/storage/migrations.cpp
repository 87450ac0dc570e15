#include "migrations.h"

#include "database.h"
#include "sqlscript.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace openmayor {

QStringList Migrations::scripts()
{
    static const QStringList list = [] {
        QStringList result;
        const QDir dir(QStringLiteral(":/migrations"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            const auto match = pattern.match(name);
            // numbering must be contiguous from 1: a gap is a packaging error
            if (!match.hasMatch() || match.captured(1).toInt() != result.size() + 1)
                qFatal("Migration %s is misnamed or out of sequence", qPrintable(name));
            result << dir.filePath(name);
        }
        return result;
    }();
    return list;
}

int Migrations::latestVersion()
{
    return int(scripts().size());
}

Status Migrations::migrate(QSqlDatabase& db, int target)
{
    auto current = queryInt(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    const QStringList all = scripts();
    for (int version = int(*current) + 1; version <= target && version <= all.size(); ++version) {
        QFile file(all.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error(
                Error::Kind::Io,
                QCoreApplication::translate("openmayor::Database",
                                            "A schema migration is missing from the program."),
                file.fileName());
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));

        if (Status s = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s;
        Status status;
        for (const QString& statement : statements) {
            status = exec(db, statement);
            if (!status)
                break;
        }
        // PRAGMA takes no bound parameters; both values are our own integers.
        if (status)
            status = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (status)
            status =
                exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId));
        if (status)
            status = exec(db, QStringLiteral("COMMIT"));
        if (!status) {
            (void)exec(db, QStringLiteral("ROLLBACK"));
            return Error(Error::Kind::Database,
                         QCoreApplication::translate(
                             "openmayor::Database",
                             "Upgrading the database to schema version %1 failed; it was left "
                             "unchanged.")
                             .arg(version),
                         status.error().fullText());
        }
    }
    return {};
}

} // namespace openmayor

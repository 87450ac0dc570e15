#include "portalschema.h"

#include "portalconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace openmayor {

namespace {
QStringList migrationScripts()
{
    const QDir dir(QStringLiteral(":/portal/postgresql"));
    QStringList scripts;
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        scripts << dir.filePath(name);
    return scripts;
}

// Any installer holds this lock while it checks and migrates.
constexpr qint64 kInstallLock = 0x4F4D5053; // "OMPS"
} // namespace

int PortalSchema::latestVersion()
{
    return int(migrationScripts().size());
}

Result<int> PortalSchema::installedVersion(PortalConnection& portal)
{
    Result<QVariant> exists =
        portal.scalar(QStringLiteral("SELECT to_regclass('openmayor.schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return 0;
    Result<QVariant> version = portal.scalar(
        QStringLiteral("SELECT coalesce(max(version), 0) FROM openmayor.schema_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Result<int> PortalSchema::install(PortalConnection& portal)
{
    const QStringList scripts = migrationScripts();
    int version = 0;
    for (int target = 1; target <= scripts.size(); ++target) {
        if (Status s = portal.begin(); !s)
            return s.error();
        auto fail = [&portal](const Error& error) {
            portal.rollback();
            return error;
        };
        if (Status s =
                portal.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kInstallLock});
            !s)
            return fail(s.error());
        Result<int> installed = installedVersion(portal);
        if (!installed)
            return fail(installed.error());
        version = *installed;
        if (version > scripts.size())
            return fail(Error(
                Error::Kind::Incompatible,
                QCoreApplication::translate("openmayor::PortalSchema",
                                            "The portal was set up by a newer version of OpenMayor "
                                            "Studio; update this program first."),
                QStringLiteral("portal schema %1, this build %2")
                    .arg(version)
                    .arg(scripts.size())));
        if (version >= target) {
            portal.rollback();
            continue;
        }
        QFile file(scripts.at(target - 1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error(Error::Kind::Io,
                              QCoreApplication::translate("openmayor::PortalSchema",
                                                          "A portal migration is missing."),
                              file.fileName()));
        const QString sql = QString::fromUtf8(file.readAll());
        if (Status s = portal.exec(sql); !s)
            return fail(Error(
                Error::Kind::Database,
                QCoreApplication::translate("openmayor::PortalSchema",
                                            "Setting up the portal database failed; nothing was "
                                            "changed."),
                s.error().detail));
        if (Status s = portal.exec(
                QStringLiteral("INSERT INTO openmayor.schema_version (version) VALUES (?)"),
                {target});
            !s)
            return fail(s.error());
        if (Status s = portal.commit(); !s)
            return fail(s.error());
        version = target;
    }
    return version;
}

Status PortalSchema::check(PortalConnection& portal)
{
    Result<int> installed = installedVersion(portal);
    if (!installed)
        return installed.error();
    if (*installed == 0)
        return Error(Error::Kind::Incompatible,
                     QCoreApplication::translate("openmayor::PortalSchema",
                                                 "The portal database has no OpenMayor schema; run "
                                                 "\"openmayor-cli portal init\" first."));
    if (*installed < latestVersion())
        return Error(
            Error::Kind::Incompatible,
            QCoreApplication::translate("openmayor::PortalSchema",
                                        "The portal database is older than this program; run "
                                        "\"openmayor-cli portal init\" to upgrade it."),
            QStringLiteral("portal schema %1, this build %2").arg(*installed).arg(latestVersion()));
    if (*installed > latestVersion())
        return Error(Error::Kind::Incompatible,
                     QCoreApplication::translate(
                         "openmayor::PortalSchema",
                         "The portal was set up by a newer version of OpenMayor Studio; "
                         "update this program first."));
    return {};
}

} // namespace openmayor

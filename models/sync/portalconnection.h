#pragma once

#include "common/result.h"
#include "portalendpoint.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace openmayor {

// One connection to the portal's PostgreSQL through Qt's QPSQL driver, owned by the
// thread that opened it (STYLE.md 8) and removed when this object goes. Errors name the
// server's own words in the detail, never the password.
class PortalConnection
{
public:
    static Result<std::unique_ptr<PortalConnection>> open(const PortalEndpoint& endpoint);
    ~PortalConnection();

    PortalConnection(const PortalConnection&) = delete;
    PortalConnection& operator=(const PortalConnection&) = delete;

    QSqlDatabase& db() { return m_db; }

    // Runs one statement (parameters bound, never spliced); for DDL scripts too.
    Status exec(const QString& sql, const QVariantList& params = {});
    // The first column of the first row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& params = {});

    Status begin(bool repeatableReadOnly = false);
    Status commit();
    void rollback();

    // A translated error for a failed portal operation.
    static Error portalError(const QSqlError& error, const QString& what);

private:
    explicit PortalConnection(const QString& name);
    Status run(QSqlQuery& query, const QString& sql, const QVariantList& params);

    QString m_name;
    QSqlDatabase m_db;
};

} // namespace openmayor

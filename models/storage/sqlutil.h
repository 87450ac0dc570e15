#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace openmayor {

// Small helpers that turn QtSql's bool returns into Status values (STYLE.md 9).
// Parameters are always bound, never spliced into the text (STYLE.md 8). A null QString
// binds as '' and only a null QVariant binds as SQL NULL.

Error sqlError(const QSqlQuery& query);
Error sqlError(const QSqlDatabase& db);

Status exec(QSqlDatabase& db, const QString& sql, const QVariantList& params = {});
Status exec(QSqlQuery& query, const QVariantList& params = {});
Status prepare(QSqlQuery& query, const QString& sql);
// prepare() then exec(): the query is left on its result rows.
Status execQuery(QSqlQuery& query, const QString& sql, const QVariantList& params = {});
Result<qint64> queryInt(QSqlDatabase& db, const QString& sql, const QVariantList& params = {});

} // namespace openmayor

#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace openmayor {

// Numbered, transactional schema migrations embedded as resources
// (:/migrations/NNNN_name.sql). The schema version is SQLite's user_version.
class Migrations
{
public:
    // Resource paths of all migrations, in order; migration N is at index N-1.
    static QStringList scripts();
    static int latestVersion();

    // Applies every migration above the file's version up to `target`, each in its own
    // transaction together with the new user_version, and stamps the application_id.
    static Status migrate(QSqlDatabase& db, int target);
};

} // namespace openmayor

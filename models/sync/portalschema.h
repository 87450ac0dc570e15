#pragma once

#include "common/result.h"

namespace openmayor {

class PortalConnection;

// The portal side of sync (DESIGN.md §4): numbered migrations embedded as resources
// (:/portal/postgresql/NNNN_name.sql), each applied in its own transaction with its
// number recorded in openmayor.schema_version. Installing is idempotent and safe when two
// installers race (an advisory lock serialises them). Needs a role that may create schemas
// and roles (the portal database's owner or a superuser).
class PortalSchema
{
public:
    static int latestVersion();
    // 0 when the portal has no OpenMayor schema yet.
    static Result<int> installedVersion(PortalConnection& portal);
    // Applies what is missing; returns the version now installed. A portal newer than this
    // build is refused.
    static Result<int> install(PortalConnection& portal);
    // Sync needs the schema this build knows; a clear message otherwise.
    static Status check(PortalConnection& portal);
};

} // namespace openmayor

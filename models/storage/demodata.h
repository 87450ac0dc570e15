#pragma once

#include "common/result.h"
#include "database.h"

namespace openmayor {

class ChangeNotifier;

// The demo database: pledge card 7-1-3 exactly as seed/READING.md, its area and goal,
// and invented sample content of every section (marked as samples).
class DemoData
{
public:
    // Fills an empty store; refuses a store that already holds pledges or content.
    static Status populate(const Database& database, const QString& mediaRoot,
                           ChangeNotifier* notifier = nullptr);

private:
    static Status addSeedPledge(const Database& database, ChangeNotifier* notifier);
    static Status addSampleContent(const Database& database, const QString& mediaRoot);
};

} // namespace openmayor

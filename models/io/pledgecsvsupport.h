// Internal to pledgecsv.cpp (writing) and pledgecsvreader.cpp (reading): what both sides share.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace openmayor::interchange::csvdetail {

inline constexpr char cp949Name[] = "windows-949"; // ICU's full CP949 (see ENV.md)

QStringList columns(std::initializer_list<const char*> names);

const QStringList& pledgeColumns();

// Columns of each part file (indicators add their year columns).
const QHash<QString, QStringList>& partColumns();

} // namespace openmayor::interchange::csvdetail

#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace openmayor {

// Helpers shared by the pledge card's item models (TaskScheduleModel, BudgetGridModel,
// ProgressListModel, DepartmentListModel): lenient number and date parsing with translated
// refusals, the quarter arithmetic of the schedule grid, and moving a block of list items.
namespace carditems {

// An amount typed into a cell: a number (QLocale::system() first, then the C locale, group
// separators allowed: "1,234"), or empty for "no value" (std::nullopt). Non-numeric and
// negative input are refused with a message for the user.
Result<std::optional<double>> parseAmount(const QVariant& value);
// An amount for display: "40", "12.5", "1234" (system locale digits, no exponent).
QString formatAmount(double amount);

// Quarters as ordinals (year × 4 + quarter − 1) so that they can be compared and counted.
// -1 for a malformed key.
int quarterOrdinal(const QString& key); // "2022-Q3"
int quarterOrdinalOf(const QDate& date);
QString quarterKey(int ordinal); // "2022-Q3"
int yearOfQuarter(int ordinal);
int numberOfQuarter(int ordinal); // 1..4

// A progress date as the card stores it: "2024-03" (month) or "2024-03-15" (day). Accepts
// "2024-3", "2024.03.15", "2024. 3. 15." and "2024/03/15"; refuses anything else.
Result<QString> normaliseProgressDate(const QString& text);

// Moves `count` items starting at `first` so that they come before the item that was at
// `destinationChild` (QAbstractItemModel::moveRows numbering). The caller checks the range.
template <typename T> void moveItems(QList<T>& list, int first, int count, int destinationChild)
{
    QList<T> block = list.mid(first, count);
    list.remove(first, count);
    const int at = destinationChild > first ? destinationChild - count : destinationChild;
    for (int i = 0; i < block.size(); ++i)
        list.insert(at + i, block.at(i));
}

// Whether moveRows(first, count, destinationChild) is a real move within `size` rows.
bool isValidMove(int size, int first, int count, int destinationChild);

} // namespace carditems
} // namespace openmayor

#include "clock.h"

#include <QTimeZone>

namespace openmayor {

namespace {
QDateTime& pinned()
{
    static QDateTime value;
    return value;
}
} // namespace

QDateTime Clock::now()
{
    return pinned().isValid() ? pinned() : QDateTime::currentDateTimeUtc();
}

void Clock::pin(const QDateTime& fixed)
{
    pinned() = fixed;
}

void Clock::reset()
{
    pinned() = QDateTime();
}

QString Clock::nowIso()
{
    return now().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace openmayor

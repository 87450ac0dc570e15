#pragma once

#include <QDate>
#include <QDateTime>

namespace openmayor {

// A swappable clock (STYLE.md 12). Production code asks Clock::now(); tests pin it.
class Clock
{
public:
    static QDateTime now();
    static QDate today() { return now().toLocalTime().date(); }

    // Pins the clock to `fixed` until reset() (tests only).
    static void pin(const QDateTime& fixed);
    static void reset();

    // ISO 8601 UTC with milliseconds, the form the store keeps timestamps in.
    static QString nowIso();
};

} // namespace openmayor

#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace openmayor {

// Every enumeration has a stable English key (used in the database, JSON and CLI) and a
// translated label (used in the UI). Keys never change; labels do.

enum class PledgeStatus
{
    Completed,           // 완료로 종결
    CompletedContinuing, // 완료 후 계속추진
    OnTrack,             // 정상추진
    Partial,             // 일부추진
    Lagging,             // 부진
    OnHold,              // 보류
    Dropped              // 폐기
};

enum class Timing
{
    WithinTerm,
    AfterTerm
};
enum class BudgetKind
{
    Budget,
    NonBudget
};
enum class FundingSource
{
    National,
    Province,
    City,
    Other
};
enum class ExecutingBody
{
    National,
    Province,
    City,
    Private
};
enum class IndicatorKind
{
    Cumulative,
    Level,
    Reduction,
    Milestone
};
enum class DepartmentRole
{
    Lead,
    Cooperating
};
enum class WorkflowState
{
    Draft,
    Review,
    Approved,
    Published,
    Withdrawn
};
enum class Visibility
{
    Public,
    Internal
};
enum class EventStatus
{
    Planned,
    Done,
    Cancelled
};
enum class SnsPlatform
{
    Facebook,
    Instagram,
    YouTube,
    Blog,
    X,
    Other
};

// Korea Open Government License (공공누리) type of a media file, or none.
enum class MediaLicence
{
    Kogl1, // 제1유형: attribution
    Kogl2, // 제2유형: attribution, no commercial use
    Kogl3, // 제3유형: attribution, no derivatives
    Kogl4, // 제4유형: attribution, no commercial use, no derivatives
    None
};

// The content sections of the portal menu that hold rows (DESIGN.md §1).
enum class ContentType
{
    Page,
    Speech,
    ScheduleEvent,
    Activity,
    PressRelease,
    SnsLink,
    Pledge
};

// Generic key <-> enum mapping; specialised in enums.cpp.
template <typename E> struct EnumInfo;

#define OPENMAYOR_DECLARE_ENUM(E)                                                                  \
    template <> struct EnumInfo<E>                                                                 \
    {                                                                                              \
        static QStringList keys();                                                                 \
        static QString label(E value);                                                             \
    };

OPENMAYOR_DECLARE_ENUM(PledgeStatus)
OPENMAYOR_DECLARE_ENUM(Timing)
OPENMAYOR_DECLARE_ENUM(BudgetKind)
OPENMAYOR_DECLARE_ENUM(FundingSource)
OPENMAYOR_DECLARE_ENUM(ExecutingBody)
OPENMAYOR_DECLARE_ENUM(IndicatorKind)
OPENMAYOR_DECLARE_ENUM(DepartmentRole)
OPENMAYOR_DECLARE_ENUM(WorkflowState)
OPENMAYOR_DECLARE_ENUM(Visibility)
OPENMAYOR_DECLARE_ENUM(EventStatus)
OPENMAYOR_DECLARE_ENUM(SnsPlatform)
OPENMAYOR_DECLARE_ENUM(MediaLicence)
OPENMAYOR_DECLARE_ENUM(ContentType)
#undef OPENMAYOR_DECLARE_ENUM

template <typename E> QString toKey(E value)
{
    return EnumInfo<E>::keys().value(static_cast<int>(value));
}

template <typename E> std::optional<E> fromKey(const QString& key)
{
    const int i = EnumInfo<E>::keys().indexOf(key);
    if (i < 0)
        return std::nullopt;
    return static_cast<E>(i);
}

template <typename E> QString labelOf(E value)
{
    return EnumInfo<E>::label(value);
}

template <typename E> QString labelOfKey(const QString& key)
{
    const auto value = fromKey<E>(key);
    return value ? EnumInfo<E>::label(*value) : key;
}

} // namespace openmayor

Q_DECLARE_METATYPE(openmayor::ContentType)

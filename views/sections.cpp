#include "sections.h"

#include <QCoreApplication>

namespace openmayor {

QString SectionInfo::translatedTitle() const
{
    return QCoreApplication::translate("Sections", title);
}

QString SectionGroup::translatedTitle() const
{
    return QCoreApplication::translate("Sections", title);
}

QList<SectionGroup> sectionGroups()
{
    return {
        {QStringLiteral("office"), QT_TRANSLATE_NOOP("Sections", "Mayor's office")},
        {QStringLiteral("field"), QT_TRANSLATE_NOOP("Sections", "Mayor in the field")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("Sections", "Talking with citizens")},
        {QStringLiteral("promises"), QT_TRANSLATE_NOOP("Sections", "Promises to citizens")}};
}

QList<SectionInfo> sections()
{
    using K = SectionInfo::Kind;
    static const QList<SectionInfo> list = {
        {QStringLiteral("greeting"), QStringLiteral("office"),
         QT_TRANSLATE_NOOP("Sections", "Greeting"), K::Content, ContentType::Page,
         QStringLiteral("greeting")},
        {QStringLiteral("profile"), QStringLiteral("office"),
         QT_TRANSLATE_NOOP("Sections", "Profile"), K::Content, ContentType::Page,
         QStringLiteral("profile")},
        {QStringLiteral("speeches"),
         QStringLiteral("office"),
         QT_TRANSLATE_NOOP("Sections", "Words and writings"),
         K::Content,
         ContentType::Speech,
         {}},
        {QStringLiteral("schedule"),
         QStringLiteral("office"),
         QT_TRANSLATE_NOOP("Sections", "Mayor 24 hours"),
         K::Content,
         ContentType::ScheduleEvent,
         {}},
        {QStringLiteral("activities"),
         QStringLiteral("field"),
         QT_TRANSLATE_NOOP("Sections", "Into the field"),
         K::Content,
         ContentType::Activity,
         {}},
        {QStringLiteral("press"),
         QStringLiteral("field"),
         QT_TRANSLATE_NOOP("Sections", "Press releases"),
         K::Content,
         ContentType::PressRelease,
         {}},
        {QStringLiteral("petitions"),
         QStringLiteral("communication"),
         QT_TRANSLATE_NOOP("Sections", "Citizens' petitions"),
         K::Petitions,
         ContentType::Page,
         {}},
        {QStringLiteral("sns"),
         QStringLiteral("communication"),
         QT_TRANSLATE_NOOP("Sections", "Naju City SNS"),
         K::Content,
         ContentType::SnsLink,
         {}},
        {QStringLiteral("vision"), QStringLiteral("promises"),
         QT_TRANSLATE_NOOP("Sections", "Vision and goals"), K::Content, ContentType::Page,
         QStringLiteral("vision")},
        {QStringLiteral("pledges"),
         QStringLiteral("promises"),
         QT_TRANSLATE_NOOP("Sections", "Pledge status"),
         K::PledgeStatus,
         ContentType::Pledge,
         {}},
        {QStringLiteral("pledge-plans"),
         QStringLiteral("promises"),
         QT_TRANSLATE_NOOP("Sections", "Pledge project plans"),
         K::PledgePlans,
         ContentType::Pledge,
         {}},
        {QStringLiteral("fulfilment"),
         QStringLiteral("promises"),
         QT_TRANSLATE_NOOP("Sections", "Pledge fulfilment"),
         K::PledgeFulfilment,
         ContentType::Pledge,
         {}},
    };
    return list;
}

const SectionInfo* findSection(const QString& key)
{
    static const QList<SectionInfo> list = sections();
    for (const SectionInfo& section : list)
        if (section.key == key)
            return &section;
    // a group key picks the group's section that has the most to show
    static const QList<QPair<QString, QString>> groupDefaults = {
        {QStringLiteral("office"), QStringLiteral("schedule")},
        {QStringLiteral("field"), QStringLiteral("press")},
        {QStringLiteral("communication"), QStringLiteral("sns")},
        {QStringLiteral("promises"), QStringLiteral("pledges")}};
    for (const auto& [group, section] : groupDefaults)
        if (group == key)
            return findSection(section);
    return nullptr;
}

} // namespace openmayor

#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>

namespace openmayor {

// The portal menu of "365일 열린시장실" (DESIGN.md §1), as the navigation shows it.
struct SectionInfo
{
    enum class Kind
    {
        Content,
        PledgeStatus,
        PledgePlans,
        PledgeFulfilment,
        Petitions
    };

    QString key;       // stable, used by --section and the settings
    QString groupKey;  // office, field, communication, promises
    const char* title; // English source, translated in context "Sections"
    Kind kind = Kind::Content;
    ContentType contentType = ContentType::Page;
    QString pageSlug; // for the singleton pages

    QString translatedTitle() const;
};

struct SectionGroup
{
    QString key;
    const char* title;
    QString translatedTitle() const;
};

QList<SectionGroup> sectionGroups();
QList<SectionInfo> sections();
// The section for a section key, or the first section of a group key; nullptr if neither.
const SectionInfo* findSection(const QString& key);

} // namespace openmayor

#pragma once

#include "common/result.h"
#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace openmayor {

// The content items of the portal menu (DESIGN.md §1) other than the schedule and the
// pledge book, as value types. Each has the shared columns in `meta`. Date-times are local
// wall-clock times in Asia/Seoul without a zone, stored as 'YYYY-MM-DDTHH:MM'.

struct ContentMeta
{
    QString id; // UUID; empty for an item not stored yet
    WorkflowState workflow = WorkflowState::Draft;
    QString publishAt; // ISO text or empty
    QString department;
    QString updatedAt;
    QString updatedBy;
    int rowVersion = 0;

    bool operator==(const ContentMeta&) const = default;
};

struct PressAttachment
{
    QString id;
    QString mediaId;
    QString kind = QStringLiteral("attachment"); // or "photo"
    QString caption;
    QString altText;
    QString fileName; // from the media library (read only)
    qint64 sizeBytes = 0;

    bool operator==(const PressAttachment&) const = default;
};

struct PressRelease
{
    ContentMeta meta;
    QString releaseNo;
    QString title;
    QString subtitle;
    QString manager;
    QString managerPhone;
    QString officer;
    QString officerPhone;
    QDateTime distributedAt; // 배포일시; invalid = not set
    QDateTime embargoUntil;  // 엠바고; invalid = none
    QString bodyHtml;
    QList<PressAttachment> attachments; // in order

    bool operator==(const PressRelease&) const = default;
};

struct Speech
{
    ContentMeta meta;
    QString title;
    QString eventName;
    QString place;
    QDate deliveredOn;
    QString bodyHtml;

    bool operator==(const Speech&) const = default;
};

struct ActivityPhoto
{
    QString id;
    QString mediaId;
    QString caption;
    QString altText;
    QString licence = QStringLiteral("kogl1"); // of the media file: kogl1..kogl4, none
    QString fileName;                          // from the media library (read only)
    QString sha256;                            // from the media library (read only)

    bool operator==(const ActivityPhoto&) const = default;
};

struct Activity
{
    ContentMeta meta;
    QString title;
    QDate date;
    QString place;
    QString bodyHtml;
    QList<ActivityPhoto> photos; // gallery order

    bool operator==(const Activity&) const = default;
};

struct Page
{
    ContentMeta meta;
    QString slug; // greeting, profile, vision
    QString title;
    QString bodyHtml;
    QString photoMediaId; // the profile photo; empty for none

    bool operator==(const Page&) const = default;
};

struct SnsLink
{
    ContentMeta meta;
    SnsPlatform platform = SnsPlatform::Other;
    QString url;
    QString label;
    int position = 0;

    bool operator==(const SnsLink&) const = default;
};

// One item of any editable content type.
using ContentItem = std::variant<PressRelease, Speech, Activity, Page, SnsLink>;

ContentType contentTypeOf(const ContentItem& item);
ContentMeta& metaOf(ContentItem& item);
const ContentMeta& metaOf(const ContentItem& item);
QString titleOf(const ContentItem& item);
// The table that stores items of `type` ("press_release", ...); empty for other types.
QString tableOf(ContentType type);
bool isEditableContentType(ContentType type);
// A new, unsaved item of `type` with sensible defaults (title, today's date).
ContentItem newContentItem(ContentType type);

// The licence keys of the media library (공공누리 types 1-4, or none) and their labels.
QStringList licenceKeys();
QString licenceLabel(const QString& key);

// The stored date-time form 'YYYY-MM-DDTHH:MM' (empty for an invalid value) and back.
QString toStoredDateTime(const QDateTime& value);
QDateTime fromStoredDateTime(const QString& text);

// The item's fields as a JSON object (the snapshot a revision keeps) and back. fromJson
// keeps unknown keys out and leaves missing ones at their defaults.
QJsonObject toJson(const ContentItem& item);
Result<ContentItem> fromJson(ContentType type, const QJsonObject& object);

// The item as plain text for the revision diff: one "Label: value" line per field, then
// the body's text (HTML tags removed), one paragraph per line.
QString revisionText(const ContentItem& item);

// The rules of each type: required fields, lengths, dates, the SNS address. Returns the
// first broken rule as a translated one-line message.
Status validateContent(const ContentItem& item);
// A warning (not a refusal) when an SNS address does not belong to its platform's site,
// e.g. a Facebook link to youtube.com; empty when fine or the platform is "other".
QString snsHostWarning(const SnsLink& link);

// The longest text a field may hold (characters), and the longest body.
constexpr int maxFieldLength = 500;
constexpr int maxBodyLength = 1'000'000;

} // namespace openmayor

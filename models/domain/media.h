#pragma once

#include "enums.h"

#include <QSize>
#include <QString>

namespace openmayor {

// The editable metadata of a media file. `title` is the name shown in the library (the
// `file_name` column: it starts as the imported file's name).
struct MediaMetadata
{
    QString title;
    QString altText;
    QString caption;
    MediaLicence licence = MediaLicence::Kogl1;

    friend bool operator==(const MediaMetadata&, const MediaMetadata&) = default;
};

// One entry of the media library (DESIGN.md §1): the bytes live in a file named by their
// sha256; everything else is a row of the `media` table.
struct MediaItem
{
    QString id;
    QString sha256;
    QString mimeType;
    qint64 sizeBytes = 0;
    QSize pixelSize; // invalid for files that are not images
    QString createdAt;
    MediaMetadata metadata;

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
    // An image without alt text cannot be published (pre-publish check, issue 4).
    bool lacksAltText() const { return isImage() && metadata.altText.trimmed().isEmpty(); }
};

// One place where content refers to a media file.
struct MediaUsage
{
    enum class Kind
    {
        ActivityPhoto,   // activity_photo row (gallery of a field activity)
        PressAttachment, // press_attachment row, kind 'attachment'
        PressPhoto,      // press_attachment row, kind 'photo'
        PagePhoto,       // page.photo_media_id (the profile photo)
        BodyReference    // src="media:<id>" or href="media:<id>" in a rich-text body
    };

    Kind kind = Kind::BodyReference;
    ContentType contentType = ContentType::Page;
    QString itemId;
    QString itemTitle;

    // "Field activity “…”: photo", translated, for lists and refusal messages.
    QString describe() const;
};

} // namespace openmayor

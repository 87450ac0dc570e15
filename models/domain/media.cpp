#include "media.h"

#include <QCoreApplication>

namespace openmayor {

namespace {
QString kindLabel(MediaUsage::Kind kind)
{
    switch (kind) {
    case MediaUsage::Kind::ActivityPhoto:
        return QCoreApplication::translate("openmayor::MediaUsage", "gallery photo");
    case MediaUsage::Kind::PressAttachment:
        return QCoreApplication::translate("openmayor::MediaUsage", "attachment");
    case MediaUsage::Kind::PressPhoto:
        return QCoreApplication::translate("openmayor::MediaUsage", "photo");
    case MediaUsage::Kind::PagePhoto:
        return QCoreApplication::translate("openmayor::MediaUsage", "page photo");
    case MediaUsage::Kind::BodyReference:
        return QCoreApplication::translate("openmayor::MediaUsage", "image or link in the text");
    }
    return {};
}
} // namespace

QString MediaUsage::describe() const
{
    return QCoreApplication::translate("openmayor::MediaUsage", "%1 “%2” (%3)")
        .arg(labelOf(contentType), itemTitle, kindLabel(kind));
}

} // namespace openmayor

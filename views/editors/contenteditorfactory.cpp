// createContentEditor (declared in contenteditor.h): one editor class per content type.
#include "activityeditor.h"
#include "contenteditor.h"
#include "pageeditor.h"
#include "pressreleaseeditor.h"
#include "snslinkeditor.h"
#include "speecheditor.h"

namespace openmayor {

ContentEditor* createContentEditor(ContentType type, const ContentEditorContext& context,
                                   QWidget* parent)
{
    switch (type) {
    case ContentType::PressRelease:
        return new PressReleaseEditor(context, parent);
    case ContentType::Speech:
        return new SpeechEditor(context, parent);
    case ContentType::Activity:
        return new ActivityEditor(context, parent);
    case ContentType::Page:
        return new PageEditor(context, parent);
    case ContentType::SnsLink:
        return new SnsLinkEditor(context, parent);
    case ContentType::ScheduleEvent:
    case ContentType::Pledge:
        break;
    }
    return nullptr;
}

} // namespace openmayor

#include "contentlisting.h"

#include <QCoreApplication>

namespace openmayor {

using Format = ContentColumn::Format;

ContentListing ContentListing::forType(ContentType type, const QString& pageSlug)
{
    ContentListing l;
    l.type = type;
    switch (type) {
    case ContentType::Page:
        l.table = QStringLiteral("page");
        l.columns = {
            {QStringLiteral("title"), QT_TRANSLATE_NOOP("ContentListing", "Title")},
            {QStringLiteral("workflow_state"), QT_TRANSLATE_NOOP("ContentListing", "State"),
             Format::Workflow},
            {QStringLiteral("department"), QT_TRANSLATE_NOOP("ContentListing", "Department")},
            {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("ContentListing", "Updated"),
             Format::DateTime}};
        if (!pageSlug.isEmpty()) {
            // only our fixed slugs reach here (checked by the schema too)
            static const QStringList slugs = {QStringLiteral("greeting"), QStringLiteral("profile"),
                                              QStringLiteral("vision")};
            Q_ASSERT(slugs.contains(pageSlug));
            if (slugs.contains(pageSlug))
                l.where = QStringLiteral("slug = '") + pageSlug + u'\'';
        }
        l.orderBy = QStringLiteral("slug");
        l.previewSql = QStringLiteral("body_html");
        break;
    case ContentType::Speech:
        l.table = QStringLiteral("speech");
        l.columns = {{QStringLiteral("delivered_on"), QT_TRANSLATE_NOOP("ContentListing", "Date"),
                      Format::Date},
                     {QStringLiteral("title"), QT_TRANSLATE_NOOP("ContentListing", "Title")},
                     {QStringLiteral("event_name"), QT_TRANSLATE_NOOP("ContentListing", "Event")},
                     {QStringLiteral("place"), QT_TRANSLATE_NOOP("ContentListing", "Place")},
                     {QStringLiteral("workflow_state"),
                      QT_TRANSLATE_NOOP("ContentListing", "State"), Format::Workflow}};
        l.orderBy = QStringLiteral("delivered_on DESC, id");
        l.previewSql = QStringLiteral("body_html");
        break;
    case ContentType::ScheduleEvent:
        l.table = QStringLiteral("schedule_event");
        l.columns = {{QStringLiteral("starts_at"), QT_TRANSLATE_NOOP("ContentListing", "Starts"),
                      Format::DateTime},
                     {QStringLiteral("ends_at"), QT_TRANSLATE_NOOP("ContentListing", "Ends"),
                      Format::DateTime},
                     {QStringLiteral("title"), QT_TRANSLATE_NOOP("ContentListing", "Title")},
                     {QStringLiteral("place"), QT_TRANSLATE_NOOP("ContentListing", "Place")},
                     {QStringLiteral("category"), QT_TRANSLATE_NOOP("ContentListing", "Category")},
                     {QStringLiteral("visibility"),
                      QT_TRANSLATE_NOOP("ContentListing", "Visibility"), Format::Visibility},
                     {QStringLiteral("status"), QT_TRANSLATE_NOOP("ContentListing", "Status"),
                      Format::EventStatus}};
        l.orderBy = QStringLiteral("starts_at DESC, id");
        l.previewSql = QStringLiteral("description");
        break;
    case ContentType::Activity:
        l.table = QStringLiteral("activity");
        l.columns = {
            {QStringLiteral("activity_date"), QT_TRANSLATE_NOOP("ContentListing", "Date"),
             Format::Date},
            {QStringLiteral("title"), QT_TRANSLATE_NOOP("ContentListing", "Title")},
            {QStringLiteral("place"), QT_TRANSLATE_NOOP("ContentListing", "Place")},
            {QStringLiteral(
                 "(SELECT count(*) FROM activity_photo ph WHERE ph.activity_id = activity.id)"),
             QT_TRANSLATE_NOOP("ContentListing", "Photos")},
            {QStringLiteral("workflow_state"), QT_TRANSLATE_NOOP("ContentListing", "State"),
             Format::Workflow}};
        l.orderBy = QStringLiteral("activity_date DESC, id");
        l.previewSql = QStringLiteral("body_html");
        break;
    case ContentType::PressRelease:
        l.table = QStringLiteral("press_release");
        l.columns = {
            {QStringLiteral("distributed_at"), QT_TRANSLATE_NOOP("ContentListing", "Distributed"),
             Format::DateTime},
            {QStringLiteral("release_no"), QT_TRANSLATE_NOOP("ContentListing", "No.")},
            {QStringLiteral("title"), QT_TRANSLATE_NOOP("ContentListing", "Title")},
            {QStringLiteral("department"), QT_TRANSLATE_NOOP("ContentListing", "Department")},
            {QStringLiteral("officer"), QT_TRANSLATE_NOOP("ContentListing", "Officer")},
            {QStringLiteral("workflow_state"), QT_TRANSLATE_NOOP("ContentListing", "State"),
             Format::Workflow}};
        l.orderBy = QStringLiteral("distributed_at DESC, id");
        l.previewSql = QStringLiteral("body_html");
        break;
    case ContentType::SnsLink:
        l.table = QStringLiteral("sns_link");
        l.columns = {{QStringLiteral("platform"), QT_TRANSLATE_NOOP("ContentListing", "Platform"),
                      Format::Platform},
                     {QStringLiteral("label"), QT_TRANSLATE_NOOP("ContentListing", "Label")},
                     {QStringLiteral("url"), QT_TRANSLATE_NOOP("ContentListing", "Address")},
                     {QStringLiteral("workflow_state"),
                      QT_TRANSLATE_NOOP("ContentListing", "State"), Format::Workflow}};
        l.orderBy = QStringLiteral("position, id");
        l.previewSql = QStringLiteral("url");
        break;
    case ContentType::Pledge:
        l.table = QStringLiteral("pledge");
        l.columns = {{QStringLiteral("code"), QT_TRANSLATE_NOOP("ContentListing", "Code")},
                     {QStringLiteral("title"), QT_TRANSLATE_NOOP("ContentListing", "Title")}};
        l.orderBy = QStringLiteral("code");
        l.previewSql = QStringLiteral("plan_html");
        break;
    }
    return l;
}

QString ContentListing::headerText(int column) const
{
    if (column < 0 || column >= columns.size())
        return {};
    return QCoreApplication::translate("ContentListing", columns.at(column).header);
}

} // namespace openmayor

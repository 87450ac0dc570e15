#include "previewdialog.h"

#include "responsivepreviewwidget.h"
#include "storage/pledgerepository.h"
#include "widgets/pledgedetailhtml.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace openmayor {

PreviewDialog::PreviewDialog(const PortalItem& item, PortalPreview preview, QWidget* parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_sideBySide(new ResponsivePreviewWidget(this))
{
    setWindowTitle(tr("Preview on the portal — %1").arg(item.title));
    QList<ResponsivePreviewWidget::Rendering> renderings;
    for (int width : PortalPreview::standardWidths())
        renderings.append({width, preview.render(item, width)});
    m_sideBySide->setRenderings(renderings);
    m_tabs->addTab(m_sideBySide, tr("All widths"));
    for (const auto& rendering : std::as_const(renderings)) {
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(rendering.image));
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        auto* scroll = new QScrollArea;
        scroll->setWidget(label);
        scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        m_tabs->addTab(scroll, ResponsivePreviewWidget::labelFor(rendering.width));
    }

    auto* note = new QLabel(tr("Laid out like the portal's template (resources/preview) without "
                               "a browser engine: check the final page on the portal."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(1200, 800);
}

Result<PortalItem> PreviewDialog::itemFor(const Database& database, PledgeRepository* pledges,
                                          ContentType type, const QString& id)
{
    if (type != ContentType::Pledge)
        return loadPortalItem(database, type, id);
    if (!pledges)
        return Error(Error::Kind::Usage, tr("The pledge book is not open."));
    auto pledge = pledges->load(id);
    if (!pledge)
        return pledge.error();
    PortalItem item;
    item.section = QCoreApplication::translate("Sections", "Pledge status");
    item.title = pledge->code + u' ' + pledge->title;
    item.bodyHtml = pledgeOverviewHtml(*pledge) + pledgePlanHtml(*pledge);
    // the panels repeat the pledge's name as their heading; the page title says it once
    item.bodyHtml.remove(QStringLiteral("<h2>") + item.title.toHtmlEscaped() +
                         QStringLiteral("</h2>"));
    return item;
}

PortalPreview PreviewDialog::previewFor(const Database& database)
{
    PortalPreview preview;
    preview.setImageResolver([database](const QString& source) {
        return source.startsWith(u"media:") ? loadMediaImage(database, source.mid(6)) : QImage();
    });
    return preview;
}

Status PreviewDialog::open(QWidget* parent, const Database& database, PledgeRepository* pledges,
                           ContentType type, const QString& id)
{
    auto item = itemFor(database, pledges, type, id);
    if (!item)
        return item.error();
    auto* dialog = new PreviewDialog(*item, previewFor(database), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return {};
}

} // namespace openmayor

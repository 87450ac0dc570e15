#pragma once

#include "common/result.h"
#include "domain/enums.h"
#include "publishing/portalpreview.h"
#include "storage/database.h"

#include <QDialog>

class QTabWidget;

namespace openmayor {

class PledgeRepository;
class ResponsivePreviewWidget;

// "Preview on the portal" (Ctrl+Shift+P): one content item rendered as the portal would
// show it at 360, 768 and 1280 px — all three side by side in the first tab, each at
// 100 % in its own tab.
class PreviewDialog : public QDialog
{
    Q_OBJECT
public:
    PreviewDialog(const PortalItem& item, PortalPreview preview, QWidget* parent = nullptr);

    // The item of a content row or a pledge (by id), with its stored HTML.
    static Result<PortalItem> itemFor(const Database& database, PledgeRepository* pledges,
                                      ContentType type, const QString& id);
    // A preview whose media: images come from the database's media library.
    static PortalPreview previewFor(const Database& database);
    // Loads the item and shows a (non-modal) dialog for it.
    static Status open(QWidget* parent, const Database& database, PledgeRepository* pledges,
                       ContentType type, const QString& id);

    ResponsivePreviewWidget* sideBySide() const { return m_sideBySide; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
    ResponsivePreviewWidget* m_sideBySide;
};

} // namespace openmayor

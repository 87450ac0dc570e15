#pragma once

#include "storage/contentlisting.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTextBrowser;

namespace openmayor {

class ContentTableModel;

// One content section of the portal menu: the list of its items and a preview of the
// selected one.
class ContentSectionWidget : public QWidget
{
    Q_OBJECT
public:
    ContentSectionWidget(const QString& title, ContentTableModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ContentTableModel* model() const { return m_model; }
    QString previewText() const;
    // "Preview on the portal" (Ctrl+Shift+P) for the current row; emits previewRequested.
    QAction* portalPreviewAction() const { return m_portalPreviewAction; }

signals:
    void previewRequested(ContentType type, const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showPreview();
    void updateCount();
    void requestPortalPreview();
    void retranslate();

    ContentTableModel* m_model;
    QLabel* m_title;
    QLabel* m_count;
    QTableView* m_view;
    QTextBrowser* m_preview;
    QAction* m_portalPreviewAction;
};

} // namespace openmayor

#pragma once

#include "storage/contentlisting.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace openmayor {

class ContentEditor;
class ContentTableModel;

// One content section of the portal menu: the list of its items and, beside it, the editor
// of the selected one (or a read-only preview for sections without an editor). Singleton
// pages show their editor alone.
class ContentSectionWidget : public QWidget
{
    Q_OBJECT
public:
    ContentSectionWidget(const QString& title, ContentTableModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ContentTableModel* model() const { return m_model; }
    QString previewText() const;
    // Selects and shows an item by id (loading rows as needed); false if it is not listed.
    bool selectItem(const QString& id);

    // Puts `editor` in place of the preview; with `singleItem` the list is hidden and the
    // section's one item is opened. Adds New (Ctrl+N) and Delete (Del) unless singleItem.
    void setEditor(ContentEditor* editor, bool singleItem = false);
    ContentEditor* editor() const { return m_editor; }
    QAction* newAction() const { return m_new; }
    QAction* deleteAction() const { return m_delete; }
    // The question asked before deleting (a seam for tests); returns true to delete.
    void setDeleteConfirmation(std::function<bool(const QString& title)> confirm);

    void createItem();
    void deleteCurrentItem();

    // "Preview on the portal" (Ctrl+Shift+P) for the current row; emits previewRequested.
    QAction* portalPreviewAction() const { return m_portalPreviewAction; }

signals:
    void errorOccurred(const QString& message);
    void previewRequested(openmayor::ContentType type, const QString& id);

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
    QSplitter* m_splitter;
    ContentEditor* m_editor = nullptr;
    QAction* m_new = nullptr;
    QAction* m_delete = nullptr;
    QString m_selectedId; // kept across reloads of the list
    std::function<bool(const QString&)> m_confirmDelete;
    QAction* m_portalPreviewAction;
};

} // namespace openmayor

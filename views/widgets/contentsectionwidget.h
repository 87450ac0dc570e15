#pragma once

#include "storage/contentlisting.h"

#include <QWidget>

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
    // Selects and shows an item by id (loading rows as needed); false if it is not listed.
    bool selectItem(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showPreview();
    void updateCount();

    ContentTableModel* m_model;
    QLabel* m_title;
    QLabel* m_count;
    QTableView* m_view;
    QTextBrowser* m_preview;
};

} // namespace openmayor

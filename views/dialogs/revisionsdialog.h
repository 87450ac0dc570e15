#pragma once

#include "domain/enums.h"
#include "storage/contentitemrepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace openmayor {

// The revision history of one content item: who saved it when, what each save changed
// (insertions underlined and marked {+ +}, deletions struck through and marked [- -], so
// they read without colour), and Restore, which saves the chosen revision as a new one.
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionsDialog(ContentItemRepository* repository, ContentType type, QString itemId,
                    QWidget* parent = nullptr);

    void reload();
    QTreeWidget* list() const { return m_list; }
    QString diffText() const;
    QString diffHtml() const;
    QPushButton* restoreButton() const { return m_restore; }
    // Selects the revision `number`; false if there is none.
    bool selectRevision(int number);

    // The diff of two texts as HTML (also used in tests).
    static QString diffAsHtml(const QString& before, const QString& after);

signals:
    void restoreRequested(const QString& revisionId, int number);

private:
    void showSelected();

    ContentItemRepository* m_repository;
    ContentType m_type;
    QString m_itemId;
    QList<ContentRevision> m_revisions;
    QTreeWidget* m_list;
    QLabel* m_summary;
    QTextBrowser* m_diff;
    QPushButton* m_restore;
};

} // namespace openmayor

#pragma once

#include "storage/database.h"
#include "storage/searchrepository.h"

#include <QDockWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMainWindow;
class QStandardItemModel;
class QTimer;
class QToolBar;
class QTreeView;

namespace openmayor {

class SearchCatchUp;

// Full-text search across all content: a search field in the main window's toolbar
// (Ctrl+F) and this dock with the results grouped by section, the matches in bold.
// Typing searches after a short pause, in a worker thread; Enter or a double click on a
// result asks the window to open it (hitActivated).
//
// It also runs the search index's catch-up (SearchCatchUp) for the open store and shows
// its progress in the window's status bar.
class SearchPanel : public QDockWidget
{
    Q_OBJECT
public:
    enum Role
    {
        SectionRole = Qt::UserRole + 1, // on group and result rows
        IdRole                          // on result rows
    };

    // Adds itself (hidden) and its toolbar to `window`.
    explicit SearchPanel(QMainWindow* window);

    void setDatabase(const Database& database);

    QLineEdit* field() const { return m_field; }
    // Ctrl+F: puts the cursor in the search field.
    QAction* focusAction() const { return m_focusAction; }
    QTreeView* resultsView() const { return m_view; }
    QStandardItemModel* results() const { return m_model; }
    // True from a keystroke until its results are shown.
    bool isSearching() const { return m_pending; }

    // The status bar's note while the search index catches up (hidden otherwise).
    QLabel* indexingLabel() const { return m_indexing; }
    SearchCatchUp* catchUp() const { return m_catchUp; }

    static constexpr int resultLimit = 200;
    static constexpr int typingPauseMs = 200;

public slots:
    // A sync or an import left rows for the search index: index them in the background.
    void indexWaitingItems();

signals:
    void hitActivated(const QString& section, const QString& id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void onTextEdited();
    void startSearch();
    void showHits(const QList<SearchHit>& hits);
    void showError(const QString& message);
    void activate(const QModelIndex& index);
    void updateStatus();

    std::optional<Database> m_database;
    QToolBar* m_toolBar;
    QLineEdit* m_field;
    QAction* m_focusAction;
    QTimer* m_typingPause;
    QLabel* m_status;
    QTreeView* m_view;
    QStandardItemModel* m_model;
    int m_generation = 0;
    bool m_pending = false;
    int m_hitCount = 0;
    QString m_error;
    SearchCatchUp* m_catchUp;
    QLabel* m_indexing;
    qint64 m_indexed = 0;
    qint64 m_toIndex = 0;
};

} // namespace openmayor

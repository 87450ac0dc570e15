#pragma once

#include "domain/enums.h"
#include "storage/database.h"

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace openmayor {

class ChangeNotifier;
class MediaDock;
class ContentItemRepository;
class MessageBar;
class PledgeActions;
class PledgeRepository;
class PledgeTreeModel;
class SearchPanel;
class Settings;
class CredentialStore;
class SyncActions;
class SyncController;

// The main window: builds actions, menus, the navigation of the portal menu and a stack
// of section widgets (created on first visit). It holds no section logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings* settings, ChangeNotifier* notifier, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the store of `database`; sections are rebuilt on demand.
    void setDatabase(const Database& database);
    std::optional<Database> database() const { return m_database; }

    // Shows a section by key (or the first section of a group key); false if unknown.
    bool showSection(const QString& key);
    QString currentSection() const { return m_currentSection; }
    QWidget* sectionWidget(const QString& key) const { return m_sectionWidgets.value(key); }

    MessageBar* messageBar() const { return m_messageBar; }
    ChangeNotifier* notifier() const { return m_notifier; }
    // True while a section still reads its rows in the background.
    bool isLoading() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    MediaDock* mediaDock() const { return m_mediaDock; }
    SearchPanel* searchPanel() const { return m_search; }
    // Opens an item's section and selects the item (a search result).
    void showItem(const QString& sectionKey, const QString& id);
    // Adds the Sync menu, F5 and the status bar's sync corner for `controller`.
    void setSync(SyncController* controller, CredentialStore* credentials);
    SyncActions* syncActions() const { return m_syncActions; }

signals:
    // The user asked to open or create another database file.
    void openDatabaseRequested(const QString& path, bool create, bool demo);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void retranslate();
    void buildNavigation();
    QWidget* createSection(const QString& key);
    void clearSections();
    void onNavigationChanged(QTreeWidgetItem* current);
    void openDatabase();
    void newDatabase(bool demo);
    void showSettings();
    void showAbout();
    void reportError(const QString& message);
    void commitPendingEdits();
    void openPortalPreview(ContentType type, const QString& id);

    Settings* m_settings;
    ChangeNotifier* m_notifier;
    std::optional<Database> m_database;
    std::unique_ptr<PledgeRepository> m_pledges;
    std::unique_ptr<ContentItemRepository> m_content;
    PledgeTreeModel* m_pledgeModel = nullptr;

    QTreeWidget* m_navigation;
    QStackedWidget* m_stack;
    MessageBar* m_messageBar;
    QLabel* m_fileLabel;
    QUndoStack* m_undoStack;
    MediaDock* m_mediaDock;
    PledgeActions* m_pledgeActions = nullptr;
    SearchPanel* m_search = nullptr;
    SyncActions* m_syncActions = nullptr;
    QHash<QString, QWidget*> m_sectionWidgets;
    QString m_currentSection;

    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace openmayor

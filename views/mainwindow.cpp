#include "mainwindow.h"

#include "common/changenotifier.h"
#include "common/settings.h"
#include "dialogs/settingsdialog.h"
#include "editors/contenteditor.h"
#include "editors/pledgecardeditor.h"
#include "infographic/composerdialog.h"
#include "itemmodels/contenttablemodel.h"
#include "itemmodels/pledgetreemodel.h"
#include "media/mediadock.h"
#include "pledgeactions.h"
#include "preview/previewdialog.h"
#include "schedule/schedulesectionwidget.h"
#include "sections.h"
#include "storage/contentitemrepository.h"
#include "storage/contentrepository.h"
#include "storage/medialibrary.h"
#include "storage/pledgerepository.h"
#include "sync/syncactions.h"
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"
#include "widgets/contentsectionwidget.h"
#include "widgets/messagebar.h"
#include "widgets/pledgesectionwidget.h"
#include "widgets/searchpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace openmayor {

namespace {
constexpr int sectionKeyRole = Qt::UserRole + 1;
}

struct MainWindow::Actions
{
    QMenu* fileMenu = nullptr;
    QMenu* editMenu = nullptr;
    QMenu* viewMenu = nullptr;
    QMenu* toolsMenu = nullptr;
    QMenu* helpMenu = nullptr;
    QAction* open = nullptr;
    QAction* newEmpty = nullptr;
    QAction* newDemo = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QList<QAction*> groups;
    QAction* settings = nullptr;
    QAction* composer = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
};

MainWindow::MainWindow(Settings* settings, ChangeNotifier* notifier, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_notifier(notifier),
      m_navigation(new QTreeWidget(this)), m_stack(new QStackedWidget(this)),
      m_messageBar(new MessageBar(this)), m_fileLabel(new QLabel(this)),
      m_undoStack(new QUndoStack(this)), m_mediaDock(new MediaDock(m_undoStack, this)),
      m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIndentation(14);
    m_navigation->setMinimumWidth(200);
    m_navigation->setObjectName(QStringLiteral("navigation"));

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_messageBar);
    contentLayout->addWidget(m_stack, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_fileLabel);
    addDockWidget(Qt::RightDockWidgetArea, m_mediaDock);
    m_mediaDock->hide();

    createActions();
    retranslate();
    buildNavigation();
    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { onNavigationChanged(current); });
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Section widgets go first: an open cell editor commits when it loses focus, and that
    // edit needs the repositories that the members below still hold.
    clearSections();
}

bool MainWindow::isLoading() const
{
    return m_pledgeModel && m_pledgeModel->isLoading();
}

void MainWindow::createActions()
{
    Actions& a = *m_actions;
    a.fileMenu = menuBar()->addMenu(QString());
    a.open = a.fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    a.open->setShortcut(QKeySequence::Open);
    a.newEmpty = a.fileMenu->addAction(QString(), this, [this] { newDatabase(false); });
    a.newDemo = a.fileMenu->addAction(QString(), this, [this] { newDatabase(true); });
    a.fileMenu->addSeparator();
    a.quit = a.fileMenu->addAction(QString(), this, &QWidget::close);
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);

    a.editMenu = menuBar()->addMenu(QString());
    a.undo = m_undoStack->createUndoAction(this);
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = m_undoStack->createRedoAction(this);
    a.redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    // typing that waits for its autosave becomes an undo step before the menu offers undo
    connect(a.editMenu, &QMenu::aboutToShow, this, &MainWindow::commitPendingEdits);
    a.editMenu->addAction(a.undo);
    a.editMenu->addAction(a.redo);
    m_search = new SearchPanel(this);
    connect(m_search, &SearchPanel::hitActivated, this, &MainWindow::showItem);
    a.editMenu->addSeparator();
    a.editMenu->addAction(m_search->focusAction());

    a.viewMenu = menuBar()->addMenu(QString());
    const QList<SectionGroup> groups = sectionGroups();
    for (int i = 0; i < groups.size(); ++i) {
        const QString key = groups.at(i).key;
        QAction* action = a.viewMenu->addAction(QString(), this, [this, key] { showSection(key); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a.groups << action;
    }
    a.viewMenu->addSeparator();
    QAction* media = m_mediaDock->toggleViewAction(); // its text follows the dock's title
    media->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    a.viewMenu->addAction(media);

    m_pledgeActions = new PledgeActions(this);
    menuBar()->addMenu(m_pledgeActions->menu());

    a.toolsMenu = menuBar()->addMenu(QString());
    a.settings = a.toolsMenu->addAction(QString(), this, &MainWindow::showSettings);
    a.settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a.settings->setMenuRole(QAction::PreferencesRole);
    a.composer = a.toolsMenu->addAction(QString(), this, [this] {
        if (!m_database)
            return;
        auto* composer = new ComposerDialog(*m_database, m_notifier, m_settings, this);
        composer->setAttribute(Qt::WA_DeleteOnClose);
        composer->show();
    });
    a.composer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    a.helpMenu = menuBar()->addMenu(QString());
    a.about = a.helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = a.helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    a.aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_database
                       ? tr("%1 — OpenMayor Studio").arg(QFileInfo(m_database->path()).fileName())
                       : tr("OpenMayor Studio"));
    Actions& a = *m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.open->setText(tr("&Open Database…"));
    a.newEmpty->setText(tr("&New Empty Database…"));
    a.newDemo->setText(tr("New &Demo Database…"));
    a.quit->setText(tr("&Quit"));
    a.editMenu->setTitle(tr("&Edit"));
    a.undo->setText(tr("&Undo"));
    a.redo->setText(tr("&Redo"));
    a.viewMenu->setTitle(tr("&View"));
    const QList<SectionGroup> groups = sectionGroups();
    for (int i = 0; i < groups.size() && i < a.groups.size(); ++i)
        a.groups[i]->setText(groups.at(i).translatedTitle());
    m_pledgeActions->retranslate();
    if (m_syncActions)
        m_syncActions->retranslate();
    a.toolsMenu->setTitle(tr("&Tools"));
    a.settings->setText(tr("&Settings…"));
    a.composer->setText(tr("&Infographic composer…"));
    a.helpMenu->setTitle(tr("&Help"));
    a.about->setText(tr("&About OpenMayor Studio"));
    a.aboutQt->setText(tr("About &Qt"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_fileLabel->setText(m_database ? QDir::toNativeSeparators(m_database->path()) : QString());
}

void MainWindow::buildNavigation()
{
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    QFont groupFont = m_navigation->font();
    groupFont.setBold(true);
    const QList<SectionInfo> all = sections();
    for (const SectionGroup& group : sectionGroups()) {
        auto* groupItem = new QTreeWidgetItem(m_navigation, {group.translatedTitle()});
        groupItem->setFlags(Qt::ItemIsEnabled);
        groupItem->setFont(0, groupFont);
        groupItem->setData(0, sectionKeyRole, group.key);
        for (const SectionInfo& section : all) {
            if (section.groupKey != group.key)
                continue;
            auto* item = new QTreeWidgetItem(groupItem, {section.translatedTitle()});
            item->setData(0, sectionKeyRole, section.key);
            if (section.key == m_currentSection)
                m_navigation->setCurrentItem(item);
        }
    }
    m_navigation->expandAll();
}

void MainWindow::setDatabase(const Database& database)
{
    clearSections();
    m_database = database;
    m_pledges = std::make_unique<PledgeRepository>(database, m_notifier);
    m_mediaDock->setLibrary(
        MediaLibrary(database, MediaLibrary::defaultRootFor(database.path()), m_notifier),
        m_notifier);
    m_content = std::make_unique<ContentItemRepository>(database, m_notifier);
    m_undoStack->clear();
    m_search->setDatabase(database);
    retranslate();
    const QString start = m_currentSection.isEmpty() ? m_settings->lastSection() : m_currentSection;
    m_currentSection.clear();
    if (start.isEmpty() || !showSection(start))
        showSection(QStringLiteral("pledges"));
}

void MainWindow::clearSections()
{
    for (QWidget* widget : std::as_const(m_sectionWidgets)) {
        m_stack->removeWidget(widget);
        delete widget;
    }
    m_sectionWidgets.clear();
    delete m_pledgeModel;
    m_pledgeModel = nullptr;
}

QWidget* MainWindow::createSection(const QString& key)
{
    const SectionInfo* section = findSection(key);
    if (!section || !m_database)
        return nullptr;
    QWidget* widget = nullptr;
    switch (section->kind) {
    case SectionInfo::Kind::Content: {
        if (section->contentType == ContentType::ScheduleEvent) {
            auto* schedule =
                new ScheduleSectionWidget(section->translatedTitle(), *m_database, m_notifier,
                                          m_undoStack, m_settings, m_stack);
            connect(schedule, &ScheduleSectionWidget::errorOccurred, this,
                    &MainWindow::reportError);
            widget = schedule;
            break;
        }
        auto* model =
            new ContentTableModel(ContentRepository(*m_database),
                                  ContentListing::forType(section->contentType, section->pageSlug),
                                  m_notifier, nullptr, ContentTableModel::Counting::InBackground);
        connect(model, &ContentTableModel::loadFailed, this, &MainWindow::reportError);
        auto* content = new ContentSectionWidget(section->translatedTitle(), model, m_stack);
        const ContentEditorContext context{m_content.get(), m_undoStack, m_notifier,
                                           MediaLibrary::defaultRootFor(m_database->path()),
                                           [settings = m_settings] {
                                               return settings->userName();
                                           }};
        if (ContentEditor* editor = createContentEditor(section->contentType, context, content)) {
            content->setEditor(editor, !section->pageSlug.isEmpty());
            connect(content, &ContentSectionWidget::errorOccurred, this, &MainWindow::reportError);
            connect(editor, &ContentEditor::warningRaised, this, [this](const QString& message) {
                m_messageBar->showMessage(message, MessageBar::Level::Warning);
            });
        }
        connect(content, &ContentSectionWidget::previewRequested, this,
                &MainWindow::openPortalPreview);
        widget = content;
        break;
    }
    case SectionInfo::Kind::PledgeStatus:
    case SectionInfo::Kind::PledgePlans:
    case SectionInfo::Kind::PledgeFulfilment:
        if (!m_pledgeModel) { // shared by the three pledge sections, built on first visit
            m_pledgeModel = new PledgeTreeModel(*m_pledges, m_notifier, this,
                                                PledgeTreeModel::Loading::InBackground);
            connect(m_pledgeModel, &PledgeTreeModel::loadFailed, this, &MainWindow::reportError);
        }
        widget = new PledgeSectionWidget(*section, m_pledgeModel, m_pledges.get(), m_undoStack,
                                         m_notifier, m_stack);
        connect(static_cast<PledgeSectionWidget*>(widget), &PledgeSectionWidget::errorOccurred,
                this, &MainWindow::reportError);
        connect(static_cast<PledgeSectionWidget*>(widget), &PledgeSectionWidget::previewRequested,
                this, &MainWindow::openPortalPreview);
        break;
    case SectionInfo::Kind::Petitions: {
        auto* label =
            new QLabel(tr("<h2>Citizens' petitions</h2><p>Petitions are received on the "
                          "portal. Handling them in OpenMayor Studio (intake, assignment, "
                          "answers, masking of personal data) comes in a later version.</p>"),
                       m_stack);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setWordWrap(true);
        label->setContentsMargins(16, 12, 16, 12);
        widget = label;
        break;
    }
    }
    widget->setObjectName(QStringLiteral("section-") + key);
    m_stack->addWidget(widget);
    m_sectionWidgets.insert(section->key, widget);
    return widget;
}

void MainWindow::openPortalPreview(ContentType type, const QString& id)
{
    if (!m_database)
        return;
    if (Status s = PreviewDialog::open(this, *m_database, m_pledges.get(), type, id); !s)
        reportError(s.error().message);
}

bool MainWindow::showSection(const QString& key)
{
    const SectionInfo* section = findSection(key);
    if (!section)
        return false;
    QWidget* widget = m_sectionWidgets.value(section->key);
    if (!widget)
        widget = createSection(section->key);
    if (!widget)
        return false;
    m_stack->setCurrentWidget(widget);
    m_currentSection = section->key;
    m_settings->setLastSection(section->key);
    // reflect in the navigation
    const QSignalBlocker blocker(m_navigation);
    for (int g = 0; g < m_navigation->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_navigation->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, sectionKeyRole).toString() == section->key)
                m_navigation->setCurrentItem(group->child(i));
    }
    statusBar()->showMessage(section->translatedTitle(), 3000);
    return true;
}

void MainWindow::showItem(const QString& sectionKey, const QString& id)
{
    if (!showSection(sectionKey))
        return;
    QWidget* widget = m_sectionWidgets.value(m_currentSection);
    if (auto* content = qobject_cast<ContentSectionWidget*>(widget)) {
        if (!content->selectItem(id))
            reportError(tr("The item is no longer in its section."));
    } else if (auto* pledges = qobject_cast<PledgeSectionWidget*>(widget)) {
        if (!m_pledgeModel->isLoading())
            pledges->selectPledge(id);
        else // the pledge book is still being read in the background
            connect(
                m_pledgeModel, &PledgeTreeModel::loadedChanged, pledges,
                [pledges, id](bool loading) {
                    if (!loading)
                        pledges->selectPledge(id);
                },
                Qt::SingleShotConnection);
    }
}

void MainWindow::setSync(SyncController* controller, CredentialStore* credentials)
{
    m_syncActions = new SyncActions(this, controller, m_settings, credentials);
    menuBar()->insertMenu(m_actions->toolsMenu->menuAction(), m_syncActions->menu());
    m_actions->toolsMenu->insertAction(m_actions->composer, m_syncActions->portalSettingsAction());
    statusBar()->insertPermanentWidget(0, m_syncActions->statusWidget());
    controller->setBeforeSync([this] { commitPendingEdits(); });
    connect(controller, &SyncController::finished, m_search, [this](const SyncReport& report) {
        if (report.searchWaiting > 0)
            m_search->indexWaitingItems();
    });
}

void MainWindow::onNavigationChanged(QTreeWidgetItem* current)
{
    if (!current)
        return;
    showSection(current->data(0, sectionKeyRole).toString());
}

void MainWindow::openDatabase()
{
    const QString folder =
        m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), folder,
                                     tr("OpenMayor databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        emit openDatabaseRequested(path, false, false);
}

void MainWindow::newDatabase(bool demo)
{
    const QString folder =
        m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, demo ? tr("New Demo Database") : tr("New Empty Database"),
        QDir(folder).filePath(demo ? QStringLiteral("demo.sqlite")
                                   : QStringLiteral("openmayor.sqlite")),
        tr("OpenMayor databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        reportError(
            tr("%1 exists already; choose a new file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit openDatabaseRequested(path, true, demo);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OpenMayor Studio"),
                       tr("<h3>OpenMayor Studio %1</h3><p>Content and pledge-book editor for the "
                          "\"365-day Open Mayor's Office\" of the Naju City portal.</p>"
                          "<p>Schema version %2. Built with Qt %3.</p>")
                           .arg(QCoreApplication::applicationVersion())
                           .arg(Database::latestSchemaVersion())
                           .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::reportError(const QString& message)
{
    m_messageBar->showMessage(message, MessageBar::Level::Error);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Section widgets carry translated titles and formats: rebuild them.
        const QString current = m_currentSection;
        if (m_database)
            setDatabase(*m_database);
        else
            buildNavigation();
        buildNavigation();
        if (!current.isEmpty())
            showSection(current);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Every edit is saved as it is made; an open cell editor or pending typing is committed
    // now, so nothing is lost by closing.
    if (QWidget* focus = QApplication::focusWidget())
        focus->clearFocus();
    commitPendingEdits();
    event->accept();
}

void MainWindow::commitPendingEdits()
{
    for (QWidget* widget : std::as_const(m_sectionWidgets))
        if (auto* pledges = qobject_cast<PledgeSectionWidget*>(widget))
            pledges->editor()->commitPending();
        else if (auto* content = qobject_cast<ContentSectionWidget*>(widget);
                 content && content->editor())
            content->editor()->commitPending();
}

} // namespace openmayor

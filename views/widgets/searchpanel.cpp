#include "searchpanel.h"

#include "common/background.h"
#include "delegates/richtextdelegate.h"
#include "sections.h"
#include "storage/searchcatchup.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace openmayor {

namespace {

// `text` as HTML with the ranges in bold.
QString highlighted(const QString& text, const QList<TextRange>& ranges)
{
    QString html;
    int at = 0;
    for (const TextRange& r : ranges) {
        html += text.mid(at, r.start - at).toHtmlEscaped() + QStringLiteral("<b>") +
                text.mid(r.start, r.length).toHtmlEscaped() + QStringLiteral("</b>");
        at = r.start + r.length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

QString sectionTitle(const QString& key)
{
    const SectionInfo* section = findSection(key);
    return section ? section->translatedTitle() : key;
}

} // namespace

SearchPanel::SearchPanel(QMainWindow* window)
    : QDockWidget(window), m_toolBar(new QToolBar(window)), m_field(new QLineEdit(this)),
      m_focusAction(new QAction(this)), m_typingPause(new QTimer(this)), m_status(new QLabel(this)),
      m_view(new QTreeView(this)), m_model(new QStandardItemModel(this)),
      m_catchUp(new SearchCatchUp(this)), m_indexing(new QLabel(window))
{
    setObjectName(QStringLiteral("searchPanel"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_field->setMaximumWidth(360);
    m_field->setMinimumWidth(240);
    m_field->installEventFilter(this);
    m_toolBar->setObjectName(QStringLiteral("searchBar"));
    m_toolBar->setMovable(false);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_field);

    m_focusAction->setShortcut(QKeySequence::Find);
    m_focusAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_focusAction, &QAction::triggered, this, [this] {
        m_field->setFocus(Qt::ShortcutFocusReason);
        m_field->selectAll();
    });

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &SearchPanel::startSearch);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::onTextEdited);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_typingPause->isActive() || m_pending)
            startSearch();
        else if (m_model->rowCount() > 0 && m_model->item(0)->rowCount() > 0)
            activate(m_model->item(0)->child(0)->index());
    });

    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new RichTextDelegate(m_view));
    m_view->setTextElideMode(Qt::ElideRight);
    connect(m_view, &QTreeView::activated, this, &SearchPanel::activate);

    m_status->setContentsMargins(6, 4, 6, 4);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setWidget(content);

    m_indexing->setObjectName(QStringLiteral("searchIndexing"));
    m_indexing->hide();
    window->statusBar()->addPermanentWidget(m_indexing);
    connect(m_catchUp, &SearchCatchUp::runningChanged, this, [this](bool running) {
        m_indexed = 0;
        m_toIndex = 0;
        m_indexing->setVisible(running);
        retranslate();
    });
    connect(m_catchUp, &SearchCatchUp::progress, this, [this](qint64 done, qint64 total) {
        m_indexed = done;
        m_toIndex = total;
        retranslate();
    });
    connect(m_catchUp, &SearchCatchUp::failed, this, [this](const Error& error) {
        m_indexing->setText(tr("Search index: %1").arg(error.message));
        m_indexing->setToolTip(error.fullText());
        m_indexing->show();
    });

    window->addToolBar(Qt::TopToolBarArea, m_toolBar);
    window->addDockWidget(Qt::RightDockWidgetArea, this);
    window->resizeDocks({this}, {420}, Qt::Horizontal);
    hide();
    retranslate();
}

void SearchPanel::setDatabase(const Database& database)
{
    m_database = database;
    ++m_generation; // results of the previous store are no longer wanted
    m_model->clear();
    m_pending = false;
    if (!m_field->text().trimmed().isEmpty())
        startSearch();
    m_catchUp->setDatabase(database);
}

void SearchPanel::indexWaitingItems()
{
    m_catchUp->start();
}

void SearchPanel::retranslate()
{
    setWindowTitle(tr("Search results"));
    const QLocale locale;
    // wide enough for six-digit counts: the status bar does not jump as they grow
    const QString widest =
        tr("Indexing for search: %1 of %2").arg(locale.toString(888888), locale.toString(888888));
    m_indexing->setMinimumWidth(m_indexing->fontMetrics().horizontalAdvance(widest) +
                                m_indexing->fontMetrics().averageCharWidth() * 2);
    m_indexing->setText(m_toIndex > 0
                            ? tr("Indexing for search: %1 of %2")
                                  .arg(locale.toString(m_indexed), locale.toString(m_toIndex))
                            : tr("Indexing for search…"));
    m_indexing->setToolTip(tr("New items are already found, more slowly, until the index has "
                              "taken them in."));
    m_toolBar->setWindowTitle(tr("Search"));
    m_field->setPlaceholderText(tr("Search all content (Ctrl+F)"));
    m_field->setAccessibleName(tr("Search all content"));
    m_focusAction->setText(tr("&Search All Content"));
    m_view->setAccessibleName(tr("Search results"));
    updateStatus();
}

void SearchPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_field->text().trimmed().isEmpty())
            startSearch(); // section titles are translated text
    }
    QDockWidget::changeEvent(event);
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
        if (key == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus(Qt::OtherFocusReason);
            const QStandardItem* group = m_model->item(0);
            m_view->setCurrentIndex(group->rowCount() > 0 ? group->child(0)->index()
                                                          : group->index());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void SearchPanel::onTextEdited()
{
    if (m_field->text().trimmed().isEmpty()) {
        m_typingPause->stop();
        ++m_generation;
        m_pending = false;
        m_model->clear();
        m_error.clear();
        hide();
        return;
    }
    m_pending = true;
    m_typingPause->start();
}

void SearchPanel::startSearch()
{
    m_typingPause->stop();
    const QString text = m_field->text();
    if (!m_database || text.trimmed().isEmpty())
        return;
    m_pending = true;
    show();
    raise();
    updateStatus();
    const int generation = ++m_generation;
    runInBackground<Result<QList<SearchHit>>>(
        this,
        [database = *m_database, text] {
            return SearchRepository(database).search(text, resultLimit);
        },
        [this, generation](Result<QList<SearchHit>> hits) {
            if (generation != m_generation)
                return; // the user typed on; a newer search is running
            m_pending = false;
            if (hits)
                showHits(*hits);
            else
                showError(hits.error().message);
        });
}

void SearchPanel::showHits(const QList<SearchHit>& hits)
{
    m_error.clear();
    m_hitCount = int(hits.size());
    m_model->clear();
    QFont groupFont = font();
    groupFont.setBold(true);
    const QString snippetColour = m_view->palette().color(QPalette::PlaceholderText).name();
    for (const SearchSectionHits& group : SearchRepository::groupBySection(hits)) {
        auto* groupItem = new QStandardItem(
            tr("%1 (%2)").arg(sectionTitle(group.section)).arg(group.hits.size()));
        groupItem->setData(group.section, SectionRole);
        groupItem->setFont(groupFont);
        groupItem->setSelectable(false);
        for (const SearchHit& hit : group.hits) {
            auto* item = new QStandardItem(hit.title + QStringLiteral(" — ") + hit.snippet);
            const QString html =
                highlighted(hit.title, hit.titleMatches) +
                QStringLiteral("<br><span style=\"color:%1\">").arg(snippetColour) +
                highlighted(hit.snippet, hit.snippetMatches) + QStringLiteral("</span>");
            item->setData(html, RichTextDelegate::HtmlRole);
            item->setData(hit.section, SectionRole);
            item->setData(hit.id, IdRole);
            item->setToolTip(hit.snippet);
            groupItem->appendRow(item);
        }
        m_model->appendRow(groupItem);
    }
    m_view->expandAll();
    updateStatus();
}

void SearchPanel::showError(const QString& message)
{
    m_model->clear();
    m_hitCount = 0;
    m_error = message;
    updateStatus();
}

void SearchPanel::updateStatus()
{
    if (!m_error.isEmpty())
        m_status->setText(m_error);
    else if (m_pending)
        m_status->setText(tr("Searching…"));
    else if (m_hitCount == 0)
        m_status->setText(tr("Nothing found."));
    else if (m_hitCount >= resultLimit)
        m_status->setText(
            tr("The first %n results; add a word to narrow the search.", nullptr, m_hitCount));
    else
        m_status->setText(tr("%n result(s)", nullptr, m_hitCount));
}

void SearchPanel::activate(const QModelIndex& index)
{
    const QString id = index.data(IdRole).toString();
    if (id.isEmpty())
        return; // a section heading
    emit hitActivated(index.data(SectionRole).toString(), id);
}

} // namespace openmayor

#include "contenteditor.h"

#include "commands/contentedits.h"
#include "common/changenotifier.h"
#include "common/clock.h"
#include "dialogs/revisionsdialog.h"
#include "media/mediapickerdialog.h"
#include "publishfindingspanel.h"
#include "richtexteditor.h"
#include "storage/contentitemrepository.h"
#include "storage/contentworkflow.h"
#include "storage/medialibrary.h"
#include "workflowbar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace openmayor {

namespace {
// Files larger than this are refused before they are read (attachments are documents and
// photos, not videos).
} // namespace

ContentEditor::ContentEditor(ContentType type, ContentEditorContext context, QWidget* parent)
    : QWidget(parent), m_type(type), m_context(std::move(context)), m_item(newContentItem(type)),
      m_autosave(new QTimer(this)), m_workflowBar(new WorkflowBar(this)), m_form(new QWidget(this)),
      m_empty(new QLabel(this)), m_checkAction(new QAction(this)),
      m_findingsPanel(new PublishFindingsPanel(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { commitPending(); });

    m_formLayout = new QVBoxLayout(m_form);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_workflowBar);
    layout->addWidget(m_findingsPanel);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_empty, 1);

    connect(m_workflowBar, &WorkflowBar::transitionRequested, this,
            &ContentEditor::requestTransition);
    connect(m_workflowBar, &WorkflowBar::revisionsRequested, this, &ContentEditor::showRevisions);

    m_findingsPanel->hide();
    m_checkAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_checkAction);
    connect(m_checkAction, &QAction::triggered, this, &ContentEditor::checkBeforePublishing);
    connect(m_workflowBar, &WorkflowBar::checkRequested, this,
            &ContentEditor::checkBeforePublishing);
    connect(m_findingsPanel, &PublishFindingsPanel::findingActivated, this,
            [this](int index) { showFinding(m_findingsPanel->findings().at(index)); });
    connect(m_findingsPanel, &PublishFindingsPanel::maskRequested, this, [this](int index) {
        // a refusal reached errorOccurred already
        static_cast<void>(maskFinding(m_findingsPanel->findings().at(index)));
    });
    connect(m_findingsPanel, &PublishFindingsPanel::maskAllRequested, this,
            &ContentEditor::maskAllFindings);
    connect(m_findingsPanel, &PublishFindingsPanel::recheckRequested, this,
            &ContentEditor::checkBeforePublishing);
    if (m_context.notifier)
        connect(m_context.notifier, &ChangeNotifier::contentChanged, this,
                [this](ContentType changedType, const QStringList& ids) {
                    if (changedType == m_type && m_hasItem &&
                        (ids.isEmpty() || ids.contains(itemId())))
                        reload();
                });
    connect(qApp, &QApplication::focusChanged, this, &ContentEditor::onFocusChanged);
    m_empty->setText(tr("Select an item in the list, or create one with Ctrl+N."));
    m_checkAction->setText(tr("Check Before Publishing"));
    refresh();
}

ContentEditor::~ContentEditor()
{
    // the children go after this body, and their focus changes must not reach it
    disconnect(qApp, nullptr, this, nullptr);
    // e.g. another database is opened while typing; whoever listened may be gone already
    blockSignals(true);
    commitPending();
}

QString ContentEditor::userName() const
{
    return m_context.userName ? m_context.userName() : QString();
}

QString ContentEditor::itemId() const
{
    return m_hasItem ? metaOf(m_item).id : QString();
}

void ContentEditor::setItemId(const QString& id)
{
    if (id == itemId() && (m_hasItem || id.isEmpty()))
        return;
    commitPending();
    m_pending.reset();
    m_findingsPanel->hide();
    m_hasItem = !id.isEmpty();
    m_item = newContentItem(m_type);
    metaOf(m_item).id = id;
    reload();
}

void ContentEditor::reload()
{
    if (m_hasItem) {
        auto loaded = m_context.repository->load(m_type, metaOf(m_item).id);
        if (loaded) {
            m_item = *loaded;
        } else {
            m_hasItem = false;
            m_item = newContentItem(m_type);
            if (loaded.error().kind != Error::Kind::NotFound)
                emit errorOccurred(loaded.error().message);
        }
    }
    // a change from elsewhere (undo, restore) replaces what was being typed
    m_pending.reset();
    m_autosave->stop();
    refresh();
    emit itemChanged(itemId());
}

void ContentEditor::refresh()
{
    m_refreshing = true;
    m_form->setVisible(m_hasItem);
    m_empty->setVisible(!m_hasItem);
    m_workflowBar->setVisible(m_hasItem);
    if (m_hasItem) {
        m_workflowBar->setItem(metaOf(m_item));
        ContentWorkflow workflow(m_context.repository->database(), m_context.notifier);
        auto history = workflow.history(m_type, itemId());
        m_workflowBar->setHistory(history ? *history : QList<WorkflowStep>());
        for (const auto& refresher : std::as_const(m_refreshers))
            refresher();
    }
    m_refreshing = false;
}

void ContentEditor::addRefresher(std::function<void()> refresh)
{
    m_refreshers << std::move(refresh);
}

void ContentEditor::editField(const QString& key, const QString& label,
                              const std::function<void(ContentItem&)>& change)
{
    if (m_refreshing || !m_hasItem)
        return;
    if (m_pending && key != m_pendingKey)
        commitPending(); // one undo step per field
    if (!m_pending)
        m_pending = m_item;
    m_pendingKey = key;
    m_pendingLabel = label;
    change(*m_pending);
    scheduleAutosave();
}

void ContentEditor::scheduleAutosave()
{
    m_autosave->start();
}

bool ContentEditor::commitPending()
{
    m_autosave->stop();
    if (!m_pending || !m_hasItem)
        return true;
    if (*m_pending == m_item) {
        m_pending.reset();
        return true;
    }
    ContentItem after = *m_pending;
    const Status saved =
        pushContentEdit(m_context.undoStack, m_context.repository, m_item, after, userName(),
                        tr("Edit %1").arg(m_pendingLabel), m_pendingKey);
    if (!saved) {
        // keep what was typed, so it can be corrected; nothing was stored
        emit errorOccurred(saved.error().message);
        return false;
    }
    m_pending.reset(); // the store's notification has reloaded the item already
    if (const auto* link = std::get_if<SnsLink>(&m_item)) {
        const QString warning = snsHostWarning(*link);
        if (!warning.isEmpty())
            emit warningRaised(warning);
    }
    return true;
}

Status ContentEditor::applyNow(const QString& description,
                               const std::function<void(ContentItem&)>& change)
{
    if (!m_hasItem)
        return Error(Error::Kind::Usage, tr("No item is open."));
    if (!commitPending())
        return Error(Error::Kind::Invalid, tr("Correct the field in error first."));
    ContentItem after = m_item;
    change(after);
    const Status saved = pushContentEdit(m_context.undoStack, m_context.repository, m_item, after,
                                         userName(), description);
    if (!saved)
        emit errorOccurred(saved.error().message);
    return saved;
}

void ContentEditor::onFocusChanged(QWidget* old, QWidget*)
{
    // leaving a field of this editor saves what was typed in it
    if (m_pending && old && isAncestorOf(old))
        commitPending();
}

bool ContentEditor::requestTransition(WorkflowState to)
{
    if (!m_hasItem || !commitPending())
        return false;
    ContentWorkflow workflow(m_context.repository->database(), m_context.notifier);
    QList<PublishFinding> refused;
    auto moved = workflow.transition(m_type, itemId(), to, userName(), {}, &refused);
    if (!moved) {
        if (!refused.isEmpty())
            showFindings(refused);
        emit errorOccurred(moved.error().message);
        return false;
    }
    m_findingsPanel->hide();
    for (const PublishFinding& finding : moved->findings)
        emit warningRaised(finding.message);
    return true;
}

QList<PublishFinding> ContentEditor::checkBeforePublishing()
{
    if (!m_hasItem || !commitPending())
        return {};
    const QDateTime seoul = Clock::now().toTimeZone(QTimeZone("Asia/Seoul"));
    const QList<PublishFinding> findings =
        openmayor::checkBeforePublishing(m_item, QDateTime(seoul.date(), seoul.time()));
    showFindings(findings);
    return findings;
}

void ContentEditor::showFindings(const QList<PublishFinding>& findings)
{
    m_findingsPanel->setFindings(findings);
    m_findingsPanel->show();
}

void ContentEditor::showFinding(const PublishFinding& finding)
{
    if (finding.field == u"body_html" && finding.source == PublishFinding::Source::Body &&
        m_bodyEditor) {
        if (finding.textOffset >= 0)
            m_bodyEditor->selectPlainText(finding.textOffset, finding.length);
        else
            m_bodyEditor->textEdit()->setFocus();
        return;
    }
    QWidget* widget = m_fieldWidgets.value(finding.field);
    if (!widget)
        return;
    if (auto* view = qobject_cast<QAbstractItemView*>(widget);
        view && view->model() && finding.attachmentIndex >= 0) {
        const QModelIndex row = view->model()->index(finding.attachmentIndex, 0);
        view->setCurrentIndex(row);
        view->scrollTo(row);
    }
    widget->setFocus(Qt::OtherFocusReason);
}

Status ContentEditor::replaceBody(const QString& description, const QString& html)
{
    if (!m_bodySet)
        return Error(Error::Kind::Usage, tr("This item has no body."));
    const TextSetter set = m_bodySet;
    const Status saved = applyNow(description, [&](ContentItem& item) { set(item, html); });
    if (saved)
        checkBeforePublishing();
    return saved;
}

Status ContentEditor::maskFinding(const PublishFinding& finding)
{
    if (!m_hasItem || !commitPending())
        return Error(Error::Kind::Invalid, tr("Correct the field in error first."));
    if (!PublishFindingsPanel::canMask(finding) || !m_bodyGet)
        return Error(Error::Kind::Usage, tr("Only personal data in the body can be masked."));
    auto masked = PublishChecker::mask(m_bodyGet(m_item), finding);
    if (!masked) {
        emit errorOccurred(masked.error().message);
        checkBeforePublishing();
        return masked.error();
    }
    return replaceBody(tr("Mask personal data"), *masked);
}

Status ContentEditor::maskAllFindings()
{
    if (!m_hasItem || !commitPending())
        return Error(Error::Kind::Invalid, tr("Correct the field in error first."));
    if (!m_bodyGet)
        return Error(Error::Kind::Usage, tr("This item has no body."));
    return replaceBody(tr("Mask all personal data"), PublishChecker::maskAll(m_bodyGet(m_item)));
}

RevisionsDialog* ContentEditor::showRevisions()
{
    if (!m_hasItem)
        return nullptr;
    commitPending();
    auto* dialog = new RevisionsDialog(m_context.repository, m_type, itemId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevisionsDialog::restoreRequested, this,
            [this, dialog](const QString& revisionId, int number) {
                if (restoreRevision(revisionId, number))
                    dialog->reload();
            });
    dialog->show();
    return dialog;
}

Status ContentEditor::restoreRevision(const QString& revisionId, int number)
{
    if (!m_hasItem)
        return Error(Error::Kind::Usage, tr("No item is open."));
    commitPending();
    auto restored = m_context.repository->itemAtRevision(m_type, itemId(), revisionId);
    if (!restored) {
        emit errorOccurred(restored.error().message);
        return restored.error();
    }
    const Status saved =
        pushContentEdit(m_context.undoStack, m_context.repository, m_item, *restored, userName(),
                        tr("Restore revision %1").arg(number));
    if (!saved)
        emit errorOccurred(saved.error().message);
    return saved;
}

void ContentEditor::registerFieldWidget(const QString& key, QWidget* widget)
{
    m_fieldWidgets.insert(key, widget);
}

void ContentEditor::bindLineEdit(QLineEdit* edit, const QString& key, const QString& label,
                                 TextGetter get, TextSetter set)
{
    registerFieldWidget(key, edit);
    edit->setAccessibleName(label);
    connect(edit, &QLineEdit::textEdited, this, [this, key, label, set](const QString& text) {
        editField(key, label, [&](ContentItem& item) { set(item, text); });
    });
    addRefresher([this, edit, get] {
        const QString value = get(shownItem());
        if (edit->text() != value)
            edit->setText(value);
    });
}

void ContentEditor::bindDepartment(QLineEdit* edit, const QString& label)
{
    bindLineEdit(
        edit, QStringLiteral("department"), label,
        [](const ContentItem& i) { return metaOf(i).department; },
        [](ContentItem& i, const QString& v) { metaOf(i).department = v; });
}

void ContentEditor::bindRichText(RichTextEditor* editor, const QString& key, const QString& label,
                                 TextGetter get, TextSetter set)
{
    registerFieldWidget(key, editor);
    if (key == u"body_html") {
        m_bodyEditor = editor;
        m_bodyGet = get;
        m_bodySet = set;
    }
    editor->setAccessibleName(label);
    connect(editor, &RichTextEditor::contentEdited, this, [this, editor, key, label, set] {
        editField(key, label, [&](ContentItem& item) { set(item, editor->html()); });
    });
    addRefresher([this, editor, get] { editor->setHtml(get(shownItem())); });
}

void ContentEditor::bindDate(QDateEdit* edit, const QString& key, const QString& label,
                             std::function<QDate(const ContentItem&)> get,
                             std::function<void(ContentItem&, const QDate&)> set)
{
    registerFieldWidget(key, edit);
    edit->setAccessibleName(label);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(edit, &QDateEdit::dateChanged, this, [this, key, label, set](const QDate& date) {
        editField(key, label, [&](ContentItem& item) { set(item, date); });
    });
    addRefresher([this, edit, get] {
        const QDate value = get(shownItem());
        if (edit->date() != value)
            edit->setDate(value);
    });
}

void ContentEditor::bindDateTime(QDateTimeEdit* edit, const QString& key, const QString& label,
                                 bool optional, std::function<QDateTime(const ContentItem&)> get,
                                 std::function<void(ContentItem&, const QDateTime&)> set)
{
    registerFieldWidget(key, edit);
    edit->setAccessibleName(label);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime none(QDate(2000, 1, 1), QTime(0, 0));
    edit->setMinimumDateTime(none);
    if (optional)
        edit->setSpecialValueText(tr("None"));
    connect(edit, &QDateTimeEdit::dateTimeChanged, this,
            [this, key, label, set, none, optional](const QDateTime& value) {
                const QDateTime stored = optional && value <= none ? QDateTime() : value;
                editField(key, label, [&](ContentItem& item) { set(item, stored); });
            });
    addRefresher([this, edit, get, none] {
        const QDateTime value = get(shownItem());
        const QDateTime wanted = value.isValid() ? value : none;
        if (edit->dateTime() != wanted)
            edit->setDateTime(wanted);
    });
}

void ContentEditor::bindCombo(QComboBox* combo, const QString& key, const QString& label,
                              TextGetter get, TextSetter set)
{
    registerFieldWidget(key, combo);
    combo->setAccessibleName(label);
    connect(combo, &QComboBox::activated, this, [this, combo, key, label, set](int index) {
        const QString value = combo->itemData(index).toString();
        editField(key, label, [&](ContentItem& item) { set(item, value); });
        commitPending(); // a choice is complete at once
    });
    addRefresher([this, combo, get] {
        const int index = combo->findData(get(shownItem()));
        if (combo->currentIndex() != index)
            combo->setCurrentIndex(index);
    });
}

Result<QString> ContentEditor::addMediaFile(const QString& path)
{
    MediaLibrary library(m_context.repository->database(), m_context.mediaRoot, m_context.notifier);
    auto imported = library.importFile(path);
    if (!imported)
        return imported.error();
    return imported->id;
}

std::optional<QPair<QString, QString>> ContentEditor::pickImage()
{
    MediaLibrary library(m_context.repository->database(), m_context.mediaRoot, m_context.notifier);
    const auto picked =
        MediaPickerDialog::pick(this, library, MediaPickerDialog::Kind::Image, m_context.undoStack);
    if (!picked)
        return std::nullopt;
    return QPair<QString, QString>(picked->mediaId, picked->altText);
}

QImage ContentEditor::mediaImage(const QString& mediaId) const
{
    auto info = m_context.repository->mediaFile(mediaId);
    if (!info)
        return {};
    MediaLibrary library(m_context.repository->database(), m_context.mediaRoot);
    return QImage(library.filePathFor(info->sha256));
}

void ContentEditor::connectMediaImages(RichTextEditor* editor)
{
    editor->setImageLoader([this](const QString& mediaId) { return mediaImage(mediaId); });
    editor->setImagePicker([this]() -> std::optional<RichTextEditor::PickedImage> {
        auto picked = pickImage();
        if (!picked)
            return std::nullopt;
        return RichTextEditor::PickedImage{picked->first, picked->second,
                                           mediaImage(picked->first)};
    });
}

void ContentEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_empty->setText(tr("Select an item in the list, or create one with Ctrl+N."));
        m_checkAction->setText(tr("Check Before Publishing"));
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace openmayor

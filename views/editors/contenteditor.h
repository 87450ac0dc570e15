#pragma once

#include "common/result.h"
#include "domain/content.h"
#include "publishing/publishchecker.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace openmayor {

class ChangeNotifier;
class ContentItemRepository;
class PublishFindingsPanel;
class RevisionsDialog;
class RichTextEditor;
class WorkflowBar;

// What every content editor works with; the main window fills it in.
struct ContentEditorContext
{
    ContentItemRepository* repository = nullptr;
    QUndoStack* undoStack = nullptr;
    ChangeNotifier* notifier = nullptr;
    QString mediaRoot;                 // the media library folder of the open database
    std::function<QString()> userName; // who edits (Settings::userName)
};

// The base of the editors of one content item: a workflow bar on top and the type's form
// below. Field edits collect in a pending copy of the item and are saved as one undo command
// per field (typing in one field merges) after a second of quiet, when the focus leaves the
// field, when another item is opened, or when the window closes (commitPending()). The
// editor reloads the item whenever the store announces a change of it (undo, restore,
// workflow moves), so every change looks the same here.
class ContentEditor : public QWidget
{
    Q_OBJECT
public:
    ~ContentEditor() override;

    ContentType contentType() const { return m_type; }
    // Opens the item `id` (empty: none); pending edits of the previous item are saved first.
    void setItemId(const QString& id);
    QString itemId() const;
    // The item as stored (without pending edits).
    const ContentItem& item() const { return m_item; }
    bool hasPendingEdit() const { return m_pending.has_value(); }
    // Saves pending edits now; false when the store refused them (the message was shown).
    bool commitPending();

    WorkflowBar* workflowBar() const { return m_workflowBar; }
    // Moves the item to `to` (after saving pending edits); refusals go to errorOccurred, and
    // the findings of a refused publishing to the findings panel.
    bool requestTransition(WorkflowState to);

    // The pre-publish check (F7) of the item as stored after saving pending edits: the
    // findings panel below the workflow bar lists what it found, or says nothing was.
    QList<PublishFinding> checkBeforePublishing();
    QAction* checkAction() const { return m_checkAction; }
    PublishFindingsPanel* findingsPanel() const { return m_findingsPanel; }
    // Goes to the place of a finding: selects the text in the body, or focuses the field
    // (and the attachment's or photo's row).
    void showFinding(const PublishFinding& finding);
    // Masks personal data of the body (PublishChecker::mask / maskAll) as one undo step and
    // checks again. Attachment names are not masked: they are the media library's file names.
    Status maskFinding(const PublishFinding& finding);
    Status maskAllFindings();
    // The revision history of the item, non-modal; restoring goes through the undo stack.
    RevisionsDialog* showRevisions();
    // Replaces the item's fields by those of revision `revisionId`, as one undo step.
    Status restoreRevision(const QString& revisionId, int number);

    const ContentEditorContext& context() const { return m_context; }
    QString userName() const;

    static constexpr int autosaveDelayMs = 1000;

signals:
    void errorOccurred(const QString& message);
    void warningRaised(const QString& message);
    // The stored item changed (saved, undone, moved); its title may differ.
    void itemChanged(const QString& id);

protected:
    ContentEditor(ContentType type, ContentEditorContext context, QWidget* parent);

    // The layout the subclass adds its form to (below the workflow bar).
    QVBoxLayout* formLayout() const { return m_formLayout; }
    // The item as the user sees it: stored fields plus pending edits.
    const ContentItem& shownItem() const { return m_pending ? *m_pending : m_item; }
    template <typename T> const T& shown() const { return std::get<T>(shownItem()); }

    using TextGetter = std::function<QString(const ContentItem&)>;
    using TextSetter = std::function<void(ContentItem&, const QString&)>;
    void bindLineEdit(QLineEdit* edit, const QString& key, const QString& label, TextGetter get,
                      TextSetter set);
    template <typename T>
    void bindText(QLineEdit* edit, const QString& key, const QString& label, QString T::*field)
    {
        bindLineEdit(
            edit, key, label, [field](const ContentItem& i) { return std::get<T>(i).*field; },
            [field](ContentItem& i, const QString& v) { std::get<T>(i).*field = v; });
    }
    void bindDepartment(QLineEdit* edit, const QString& label);
    void bindRichText(RichTextEditor* editor, const QString& key, const QString& label,
                      TextGetter get, TextSetter set);
    template <typename T>
    void bindBody(RichTextEditor* editor, const QString& label, QString T::*field)
    {
        bindRichText(
            editor, QStringLiteral("body_html"), label,
            [field](const ContentItem& i) { return std::get<T>(i).*field; },
            [field](ContentItem& i, const QString& v) { std::get<T>(i).*field = v; });
    }
    void bindDate(QDateEdit* edit, const QString& key, const QString& label,
                  std::function<QDate(const ContentItem&)> get,
                  std::function<void(ContentItem&, const QDate&)> set);
    // A date-time that may be unset: the edit's minimum stands for "none".
    void bindDateTime(QDateTimeEdit* edit, const QString& key, const QString& label, bool optional,
                      std::function<QDateTime(const ContentItem&)> get,
                      std::function<void(ContentItem&, const QDateTime&)> set);
    void bindCombo(QComboBox* combo, const QString& key, const QString& label, TextGetter get,
                   TextSetter set);
    // The widget a finding's `field` key leads to; bound fields register themselves.
    void registerFieldWidget(const QString& key, QWidget* widget);
    // Adds a refresher for widgets that are not bound fields (lists, pictures).
    void addRefresher(std::function<void()> refresh);

    // A field edit: changes the pending copy and starts the autosave timer.
    void editField(const QString& key, const QString& label,
                   const std::function<void(ContentItem&)>& change);
    // A structural edit (add, remove or move a photo or attachment): saved at once as one
    // undo step, after pending field edits.
    Status applyNow(const QString& description, const std::function<void(ContentItem&)>& change);

    // Adds a local file to the media library (the same bytes are kept once); returns its id.
    Result<QString> addMediaFile(const QString& path);
    // The media picker: an image of the library or a new file, with its (required) alt text.
    // Returns the media id and the alt text, or nothing when cancelled.
    std::optional<QPair<QString, QString>> pickImage();
    // The image of a media library entry (for thumbnails and the rich text), or null.
    QImage mediaImage(const QString& mediaId) const;
    // Hooks the rich text's image button and image loading to the media library.
    void connectMediaImages(RichTextEditor* editor);

    void changeEvent(QEvent* event) override;
    virtual void retranslate() {}

private:
    void reload();
    void refresh();
    void scheduleAutosave();
    void onFocusChanged(QWidget* old, QWidget* now);
    void showFindings(const QList<PublishFinding>& findings);
    Status replaceBody(const QString& description, const QString& html);

    ContentType m_type;
    ContentEditorContext m_context;
    ContentItem m_item;
    bool m_hasItem = false;
    std::optional<ContentItem> m_pending;
    QString m_pendingKey;
    QString m_pendingLabel;
    QTimer* m_autosave;
    WorkflowBar* m_workflowBar;
    QVBoxLayout* m_formLayout;
    QWidget* m_form;
    QLabel* m_empty;
    QList<std::function<void()>> m_refreshers;
    QHash<QString, QWidget*> m_fieldWidgets;
    RichTextEditor* m_bodyEditor = nullptr;
    TextGetter m_bodyGet;
    TextSetter m_bodySet;
    QAction* m_checkAction;
    PublishFindingsPanel* m_findingsPanel;
    bool m_refreshing = false;
};

// The editor for items of `type` (press release, speech, activity, page, SNS link), or
// nullptr for a type without one.
ContentEditor* createContentEditor(ContentType type, const ContentEditorContext& context,
                                   QWidget* parent = nullptr);

} // namespace openmayor

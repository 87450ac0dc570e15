#pragma once

#include "storage/medialibrary.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QUndoStack;

namespace openmayor {

class MediaListModel;

// What the picker hands back to an editor: the media id (reference it as
// `media:<id>` in HTML), and the alt text and caption to use for it.
struct MediaPick
{
    QString mediaId;
    QString title;
    QString mimeType;
    QString altText;
    QString caption;
    QSize pixelSize;
    bool isImage = false;

    QString reference() const { return QStringLiteral("media:") + mediaId; }
};

// Chooses a file of the media library, or imports a new one. For images, OK stays disabled
// until the alt text is filled in; a new or changed alt text is saved to the library (one
// undo step when a stack is given), so the next use of the picture has it too.
class MediaPickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Image,  // images only (rich-text editors inserting a picture)
        AnyFile // attachments too
    };

    MediaPickerDialog(MediaLibrary& library, Kind kind, QUndoStack* undoStack = nullptr,
                      QWidget* parent = nullptr);
    ~MediaPickerDialog() override;

    // Runs the dialog; nothing when cancelled.
    static std::optional<MediaPick> pick(QWidget* parent, MediaLibrary& library,
                                         Kind kind = Kind::Image, QUndoStack* undoStack = nullptr,
                                         const QString& currentId = {});

    bool selectMedia(const QString& id);
    // Imports a file (the import button ends here) and selects it; false with the reason
    // shown when it was refused.
    bool importFile(const QString& path);
    std::optional<MediaPick> selection() const;

    QLineEdit* altTextEdit() const { return m_altText; }
    QPushButton* okButton() const;
    QLabel* problemLabel() const { return m_problem; }
    MediaListModel* model() const { return m_model; }

public slots:
    void accept() override;

private:
    void onCurrentChanged();
    void updateOk();
    void chooseFileToImport();
    void showProblem(const QString& text);

    MediaLibrary& m_library;
    Kind m_kind;
    QUndoStack* m_undoStack;
    MediaListModel* m_model;
    QLineEdit* m_search;
    QListView* m_view;
    QPushButton* m_import;
    QLabel* m_altLabel;
    QLineEdit* m_altText;
    QLabel* m_altHint;
    QLineEdit* m_caption;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace openmayor

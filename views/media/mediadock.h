#pragma once

#include "storage/medialibrary.h"

#include <QDockWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QUndoStack;

namespace openmayor {

class ChangeNotifier;
class MediaDetailsPane;
class MediaListModel;
class MessageBar;

// The dock "미디어 라이브러리": a thumbnail grid of the store's media library with a search
// field and a kind filter, the details of the selected file, import (button or files dropped
// from the file manager) and delete (refused, with the reason, while the file is used).
// Metadata edits and deletions are undo commands on the main window's stack.
class MediaDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit MediaDock(QUndoStack* undoStack, QWidget* parent = nullptr);
    ~MediaDock() override;

    // Shows the library of a store (or none).
    void setLibrary(const MediaLibrary& library, ChangeNotifier* notifier);
    void clearLibrary();

    // Imports files into the library (the import button and drops end here); selects the
    // last one imported. Problems are shown in the dock's message bar.
    void importFiles(const QStringList& paths);
    // Deletes the selected file (refused while it is used).
    void deleteSelected();
    bool selectMedia(const QString& id);
    QString selectedMediaId() const;

    // The library shown (null without a store); editors may pass it to MediaPickerDialog.
    MediaLibrary* library() const { return m_library.get(); }
    MediaListModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    MediaDetailsPane* details() const { return m_details; }
    MessageBar* messageBar() const { return m_messageBar; }
    QLineEdit* searchField() const { return m_search; }

    static constexpr int thumbnailSize = 96;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onSelectionChanged();
    void onMetadataEdited(const QString& id, const MediaMetadata& metadata);
    void chooseFilesToImport();
    void applyKindFilter();

    QUndoStack* m_undoStack;
    std::unique_ptr<MediaLibrary> m_library;
    MediaListModel* m_model = nullptr;
    QString m_keptSelection; // across model resets
    QLineEdit* m_search;
    QComboBox* m_kind;
    QPushButton* m_import;
    QPushButton* m_delete;
    QListView* m_view;
    MessageBar* m_messageBar;
    MediaDetailsPane* m_details;
};

} // namespace openmayor

#pragma once

#include "domain/media.h"
#include "storage/medialibrary.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace openmayor {

// The details of one media file in the dock: preview, name, alt text (a warning while an
// image has none), caption, licence, type and sizes, and where the file is used. Edits are
// reported through metadataEdited(); the dock turns each into an undo command.
class MediaDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit MediaDetailsPane(QWidget* parent = nullptr);

    // Shows `item` (or nothing); usages and the preview are read from `library`.
    void showItem(const std::optional<MediaItem>& item, const MediaLibrary* library);
    std::optional<MediaItem> item() const { return m_item; }

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* altTextEdit() const { return m_altText; }
    QLineEdit* captionEdit() const { return m_caption; }
    QComboBox* licenceCombo() const { return m_licence; }
    QLabel* altTextWarning() const { return m_altWarning; }
    QListWidget* usageList() const { return m_usages; }
    // True once the preview of the shown item is on screen.
    bool hasPreview() const;

    static constexpr int previewSize = 150;

signals:
    void metadataEdited(const QString& mediaId, const openmayor::MediaMetadata& metadata);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillLicences();
    void emitEdit();
    void updateWarning();
    void loadPreview(const MediaLibrary& library);

    std::optional<MediaItem> m_item;
    int m_previewGeneration = 0;
    QLabel* m_preview;
    QLabel* m_titleLabel;
    QLineEdit* m_title;
    QLabel* m_altLabel;
    QLineEdit* m_altText;
    QLabel* m_altWarning;
    QLabel* m_captionLabel;
    QLineEdit* m_caption;
    QLabel* m_licenceLabel;
    QComboBox* m_licence;
    QLabel* m_infoLabel;
    QLabel* m_info;
    QLabel* m_usagesLabel;
    QListWidget* m_usages;
};

} // namespace openmayor

#pragma once

#include "contenteditor.h"

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace openmayor {

class ActivityPhotoModel;

// A field activity (현장속으로): title, date, place, text and the ordered photo gallery.
// Photos are reordered by drag and drop (or the move buttons), added from files or by
// dropping files from Explorer, and each has a caption, alt text and licence (KOGL 1-4).
class ActivityEditor : public ContentEditor
{
    Q_OBJECT
public:
    explicit ActivityEditor(const ContentEditorContext& context, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QListView* galleryView() const { return m_gallery; }
    ActivityPhotoModel* photoModel() const { return m_photos; }
    QLineEdit* captionEdit() const { return m_caption; }
    QLineEdit* altTextEdit() const { return m_altText; }
    QComboBox* licenceCombo() const { return m_licence; }

    // Gallery edits, each one undo step.
    bool movePhoto(int from, int before);
    bool addPhotos(const QStringList& paths, int before = -1);
    bool removePhoto(int row);
    void selectPhoto(int row);

protected:
    void retranslate() override;

private:
    int selectedRow() const;
    ActivityPhoto* photoIn(ContentItem& item) const;
    void editPhoto(const QString& field, const QString& label,
                   const std::function<void(ActivityPhoto&)>& change);
    void refreshGallery();
    void refreshPhotoFields();

    QLineEdit* m_title;
    QDateEdit* m_date;
    QLineEdit* m_place;
    QLineEdit* m_department;
    QLabel* m_labels[4];
    RichTextEditor* m_body;
    QGroupBox* m_galleryBox;
    QListView* m_gallery;
    ActivityPhotoModel* m_photos;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_earlier;
    QPushButton* m_later;
    QLabel* m_photoLabels[3];
    QLineEdit* m_caption;
    QLineEdit* m_altText;
    QComboBox* m_licence;
    QString m_selectedPhotoId;
    bool m_refreshingGallery = false;
};

} // namespace openmayor

#include "activityeditor.h"

#include "itemmodels/activityphotomodel.h"
#include "richtexteditor.h"
#include "storage/contentitemrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace openmayor {

ActivityEditor::ActivityEditor(const ContentEditorContext& context, QWidget* parent)
    : ContentEditor(ContentType::Activity, context, parent), m_title(new QLineEdit(this)),
      m_date(new QDateEdit(this)), m_place(new QLineEdit(this)), m_department(new QLineEdit(this)),
      m_body(new RichTextEditor(this)), m_galleryBox(new QGroupBox(this)),
      m_gallery(new QListView(this)),
      m_photos(new ActivityPhotoModel(
          MediaLibrary(context.repository->database(), context.mediaRoot, context.notifier), this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_earlier(new QPushButton(this)), m_later(new QPushButton(this)),
      m_caption(new QLineEdit(this)), m_altText(new QLineEdit(this)), m_licence(new QComboBox(this))
{
    for (QLabel*& label : m_labels)
        label = new QLabel(this);
    for (QLabel*& label : m_photoLabels)
        label = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* header = new QGridLayout;
    header->addWidget(m_labels[0], 0, 0);
    header->addWidget(m_title, 0, 1, 1, 5);
    header->addWidget(m_labels[1], 1, 0);
    header->addWidget(m_date, 1, 1);
    header->addWidget(m_labels[2], 1, 2);
    header->addWidget(m_place, 1, 3);
    header->addWidget(m_labels[3], 1, 4);
    header->addWidget(m_department, 1, 5);
    header->setColumnStretch(3, 3);
    header->setColumnStretch(5, 2);
    const QList<QWidget*> fields = {m_title, m_date, m_place, m_department};
    for (int i = 0; i < 4; ++i)
        m_labels[i]->setBuddy(fields.at(i));

    // the gallery: an ordered strip of thumbnails
    m_gallery->setModel(m_photos);
    registerFieldWidget(QStringLiteral("photos"), m_gallery);
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setFlow(QListView::LeftToRight);
    m_gallery->setWrapping(false);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setIconSize(ActivityPhotoModel::thumbnailSize);
    m_gallery->setGridSize(ActivityPhotoModel::thumbnailSize + QSize(28, 44));
    m_gallery->setWordWrap(true);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gallery->setDragEnabled(true);
    m_gallery->setAcceptDrops(true);
    m_gallery->setDropIndicatorShown(true);
    m_gallery->setDragDropMode(QAbstractItemView::DragDrop);
    m_gallery->setDefaultDropAction(Qt::MoveAction);
    m_gallery->setMinimumHeight(ActivityPhotoModel::thumbnailSize.height() + 64);
    m_gallery->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {m_add, m_remove, m_earlier, m_later})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* photoFields = new QGridLayout;
    photoFields->addWidget(m_photoLabels[0], 0, 0);
    photoFields->addWidget(m_caption, 0, 1);
    photoFields->addWidget(m_photoLabels[2], 0, 2);
    photoFields->addWidget(m_licence, 0, 3);
    photoFields->addWidget(m_photoLabels[1], 1, 0);
    photoFields->addWidget(m_altText, 1, 1, 1, 3);
    photoFields->setColumnStretch(1, 3);
    photoFields->setColumnStretch(3, 2);
    m_photoLabels[0]->setBuddy(m_caption);
    m_photoLabels[1]->setBuddy(m_altText);
    m_photoLabels[2]->setBuddy(m_licence);
    for (const QString& key : licenceKeys())
        m_licence->addItem(licenceLabel(key), key);
    auto* strip = new QHBoxLayout;
    strip->addWidget(m_gallery, 1);
    strip->addLayout(buttons);
    auto* galleryLayout = new QVBoxLayout(m_galleryBox);
    galleryLayout->addLayout(strip, 1);
    galleryLayout->addLayout(photoFields);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_body);
    splitter->addWidget(m_galleryBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    formLayout()->addLayout(header);
    formLayout()->addWidget(splitter, 1);
    connectMediaImages(m_body);

    bindText<Activity>(m_title, QStringLiteral("title"), tr("title"), &Activity::title);
    bindDate(
        m_date, QStringLiteral("activity_date"), tr("date"),
        [](const ContentItem& i) { return std::get<Activity>(i).date; },
        [](ContentItem& i, const QDate& v) { std::get<Activity>(i).date = v; });
    bindText<Activity>(m_place, QStringLiteral("place"), tr("place"), &Activity::place);
    bindDepartment(m_department, tr("department"));
    bindBody<Activity>(m_body, tr("text"), &Activity::bodyHtml);
    addRefresher([this] { refreshGallery(); });

    connect(m_caption, &QLineEdit::textEdited, this, [this](const QString& text) {
        editPhoto(QStringLiteral("caption"), tr("photo caption"),
                  [&](ActivityPhoto& p) { p.caption = text; });
    });
    connect(m_altText, &QLineEdit::textEdited, this, [this](const QString& text) {
        editPhoto(QStringLiteral("alt_text"), tr("photo alt text"),
                  [&](ActivityPhoto& p) { p.altText = text; });
    });
    connect(m_licence, &QComboBox::activated, this, [this](int index) {
        const QString key = m_licence->itemData(index).toString();
        editPhoto(QStringLiteral("licence"), tr("photo licence"),
                  [&](ActivityPhoto& p) { p.licence = key; });
        commitPending();
    });
    connect(m_gallery->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (m_refreshingGallery)
                    return;
                const QString next = current.data(ActivityPhotoModel::PhotoIdRole).toString();
                commitPending(); // the fields belong to the photo being left (may reload)
                m_selectedPhotoId = next;
                m_refreshingGallery = true;
                m_gallery->setCurrentIndex(m_photos->index(selectedRow()));
                m_refreshingGallery = false;
                refreshPhotoFields();
            });
    connect(m_photos, &ActivityPhotoModel::moveRequested, this, &ActivityEditor::movePhoto);
    connect(m_photos, &ActivityPhotoModel::filesDropped, this, &ActivityEditor::addPhotos);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Add Photos"), QDir::homePath(),
                                          tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"));
        if (!paths.isEmpty())
            addPhotos(paths, selectedRow() < 0 ? -1 : selectedRow() + 1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removePhoto(selectedRow()); });
    connect(m_earlier, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row > 0)
            movePhoto(row, row - 1);
    });
    connect(m_later, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0 && row + 1 < m_photos->rowCount())
            movePhoto(row, row + 2);
    });
    retranslate();
}

void ActivityEditor::retranslate()
{
    m_labels[0]->setText(tr("&Title"));
    m_labels[1]->setText(tr("&Date"));
    m_labels[2]->setText(tr("&Place"));
    m_labels[3]->setText(tr("De&partment"));
    m_galleryBox->setTitle(tr("Photos (drag to reorder, drop files to add)"));
    m_gallery->setAccessibleName(tr("Photo gallery"));
    m_add->setText(tr("Add Photos…"));
    m_remove->setText(tr("Remove"));
    m_earlier->setText(tr("◀ Earlier"));
    m_later->setText(tr("Later ▶"));
    m_photoLabels[0]->setText(tr("&Caption"));
    m_photoLabels[1]->setText(tr("&Alt text"));
    m_photoLabels[2]->setText(tr("&Licence"));
    m_altText->setPlaceholderText(tr("What the photo shows, for readers who cannot see it "
                                     "(required before publishing)"));
    for (int i = 0; i < m_licence->count(); ++i)
        m_licence->setItemText(i, licenceLabel(m_licence->itemData(i).toString()));
}

int ActivityEditor::selectedRow() const
{
    const QList<ActivityPhoto>& photos = shown<Activity>().photos;
    for (int i = 0; i < photos.size(); ++i)
        if (photos.at(i).id == m_selectedPhotoId)
            return i;
    return -1;
}

ActivityPhoto* ActivityEditor::photoIn(ContentItem& item) const
{
    for (ActivityPhoto& photo : std::get<Activity>(item).photos)
        if (photo.id == m_selectedPhotoId)
            return &photo;
    return nullptr;
}

void ActivityEditor::editPhoto(const QString& field, const QString& label,
                               const std::function<void(ActivityPhoto&)>& change)
{
    if (m_selectedPhotoId.isEmpty())
        return;
    editField(field + u':' + m_selectedPhotoId, label, [&](ContentItem& item) {
        if (ActivityPhoto* photo = photoIn(item))
            change(*photo);
    });
}

void ActivityEditor::selectPhoto(int row)
{
    m_gallery->setCurrentIndex(m_photos->index(row));
}

void ActivityEditor::refreshGallery()
{
    m_refreshingGallery = true;
    m_photos->setPhotos(shown<Activity>().photos);
    int row = selectedRow();
    if (row < 0 && m_photos->rowCount() > 0)
        row = 0;
    m_selectedPhotoId = m_photos->index(row).data(ActivityPhotoModel::PhotoIdRole).toString();
    m_gallery->setCurrentIndex(m_photos->index(row));
    m_refreshingGallery = false;
    refreshPhotoFields();
}

void ActivityEditor::refreshPhotoFields()
{
    const int row = selectedRow();
    const bool has = row >= 0;
    const ActivityPhoto photo = has ? shown<Activity>().photos.at(row) : ActivityPhoto();
    if (m_caption->text() != photo.caption)
        m_caption->setText(photo.caption);
    if (m_altText->text() != photo.altText)
        m_altText->setText(photo.altText);
    m_licence->setCurrentIndex(qMax(0, m_licence->findData(photo.licence)));
    for (QWidget* w : std::initializer_list<QWidget*>{m_caption, m_altText, m_licence, m_remove})
        w->setEnabled(has);
    m_earlier->setEnabled(row > 0);
    m_later->setEnabled(has && row + 1 < m_photos->rowCount());
}

bool ActivityEditor::movePhoto(int from, int before)
{
    const int count = int(shown<Activity>().photos.size());
    if (from < 0 || from >= count || before < 0 || before > count || before == from ||
        before == from + 1)
        return false;
    m_selectedPhotoId = shown<Activity>().photos.at(from).id;
    return applyNow(tr("Move a photo"),
                    [from, before](ContentItem& item) {
                        auto& photos = std::get<Activity>(item).photos;
                        photos.move(from, before > from ? before - 1 : before);
                    })
        .ok();
}

bool ActivityEditor::addPhotos(const QStringList& paths, int before)
{
    QList<ActivityPhoto> added;
    for (const QString& path : paths) {
        auto id = addMediaFile(path);
        if (!id) {
            emit errorOccurred(id.error().message);
            return false;
        }
        ActivityPhoto photo;
        photo.mediaId = *id;
        photo.caption = QFileInfo(path).completeBaseName();
        added << photo;
    }
    const int count = int(shown<Activity>().photos.size());
    const int at = before < 0 || before > count ? count : before;
    const bool ok =
        applyNow(tr("Add %n photo(s)", nullptr, int(added.size())), [&](ContentItem& item) {
            auto& photos = std::get<Activity>(item).photos;
            for (int i = 0; i < added.size(); ++i)
                photos.insert(at + i, added.at(i));
        }).ok();
    if (ok)
        selectPhoto(at); // the new photo needs its alt text
    return ok;
}

bool ActivityEditor::removePhoto(int row)
{
    if (row < 0 || row >= shown<Activity>().photos.size())
        return false;
    return applyNow(tr("Remove a photo"),
                    [row](ContentItem& item) { std::get<Activity>(item).photos.removeAt(row); })
        .ok();
}

} // namespace openmayor

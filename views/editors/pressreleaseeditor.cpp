#include "pressreleaseeditor.h"

#include "richtexteditor.h"

#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace openmayor {

namespace {
enum LabelIndex
{
    ReleaseNoLabel,
    TitleLabel,
    SubtitleLabel,
    DepartmentLabel,
    ManagerLabel,
    ManagerPhoneLabel,
    OfficerLabel,
    OfficerPhoneLabel,
    DistributedLabel,
    EmbargoLabel,
    BodyLabel
};
} // namespace

PressReleaseEditor::PressReleaseEditor(const ContentEditorContext& context, QWidget* parent)
    : ContentEditor(ContentType::PressRelease, context, parent), m_header(new QGroupBox(this)),
      m_releaseNo(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_subtitle(new QLineEdit(this)), m_department(new QLineEdit(this)),
      m_manager(new QLineEdit(this)), m_managerPhone(new QLineEdit(this)),
      m_officer(new QLineEdit(this)), m_officerPhone(new QLineEdit(this)),
      m_distributed(new QDateTimeEdit(this)), m_embargo(new QDateTimeEdit(this)),
      m_body(new RichTextEditor(this)), m_attachmentBox(new QGroupBox(this)),
      m_attachments(new QListWidget(this)), m_addAttachment(new QPushButton(this)),
      m_removeAttachment(new QPushButton(this))
{
    for (QLabel*& label : m_labels)
        label = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_releaseNo->setMaximumWidth(140);
    // never narrower than a release number or a department name of the city hall
    const QFontMetrics metrics = m_releaseNo->fontMetrics();
    m_releaseNo->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("2024-0000")) + 16);
    m_department->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("일자리경제과장")) + 16);
    m_embargo->setToolTip(QString());

    // header: the fields of a Korean press release's masthead
    auto* grid = new QGridLayout(m_header);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_labels[ReleaseNoLabel], 0, 0);
    grid->addWidget(m_releaseNo, 0, 1);
    grid->addWidget(m_labels[DistributedLabel], 0, 2);
    grid->addWidget(m_distributed, 0, 3);
    grid->addWidget(m_labels[EmbargoLabel], 0, 4);
    grid->addWidget(m_embargo, 0, 5);
    grid->addWidget(m_labels[TitleLabel], 1, 0);
    grid->addWidget(m_title, 1, 1, 1, 5);
    grid->addWidget(m_labels[SubtitleLabel], 2, 0);
    grid->addWidget(m_subtitle, 2, 1, 1, 5);
    grid->addWidget(m_labels[DepartmentLabel], 3, 0);
    grid->addWidget(m_department, 3, 1);
    grid->addWidget(m_labels[ManagerLabel], 3, 2);
    grid->addWidget(m_manager, 3, 3);
    grid->addWidget(m_labels[ManagerPhoneLabel], 3, 4);
    grid->addWidget(m_managerPhone, 3, 5);
    grid->addWidget(m_labels[OfficerLabel], 4, 2);
    grid->addWidget(m_officer, 4, 3);
    grid->addWidget(m_labels[OfficerPhoneLabel], 4, 4);
    grid->addWidget(m_officerPhone, 4, 5);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 3);
    grid->setColumnStretch(5, 3);
    const QList<QPair<QLabel*, QWidget*>> buddies = {
        {m_labels[ReleaseNoLabel], m_releaseNo},     {m_labels[TitleLabel], m_title},
        {m_labels[SubtitleLabel], m_subtitle},       {m_labels[DepartmentLabel], m_department},
        {m_labels[ManagerLabel], m_manager},         {m_labels[ManagerPhoneLabel], m_managerPhone},
        {m_labels[OfficerLabel], m_officer},         {m_labels[OfficerPhoneLabel], m_officerPhone},
        {m_labels[DistributedLabel], m_distributed}, {m_labels[EmbargoLabel], m_embargo}};
    for (const auto& [label, field] : buddies)
        label->setBuddy(field);

    registerFieldWidget(QStringLiteral("attachments"), m_attachments);
    m_attachments->setFlow(QListView::LeftToRight);
    m_attachments->setWrapping(true);
    m_attachments->setSpacing(4);
    m_attachments->setMaximumHeight(64);
    m_attachmentBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* attachmentButtons = new QVBoxLayout;
    attachmentButtons->addWidget(m_addAttachment);
    attachmentButtons->addWidget(m_removeAttachment);
    attachmentButtons->addStretch(1);
    auto* attachmentLayout = new QHBoxLayout(m_attachmentBox);
    attachmentLayout->addWidget(m_attachments, 1);
    attachmentLayout->addLayout(attachmentButtons);

    formLayout()->addWidget(m_header);
    formLayout()->addWidget(m_labels[BodyLabel]);
    formLayout()->addWidget(m_body, 1);
    formLayout()->addWidget(m_attachmentBox);
    connectMediaImages(m_body);

    bindText<PressRelease>(m_releaseNo, QStringLiteral("release_no"), tr("release number"),
                           &PressRelease::releaseNo);
    bindText<PressRelease>(m_title, QStringLiteral("title"), tr("title"), &PressRelease::title);
    bindText<PressRelease>(m_subtitle, QStringLiteral("subtitle"), tr("subtitle"),
                           &PressRelease::subtitle);
    bindDepartment(m_department, tr("department"));
    bindText<PressRelease>(m_manager, QStringLiteral("manager"), tr("manager"),
                           &PressRelease::manager);
    bindText<PressRelease>(m_managerPhone, QStringLiteral("manager_phone"), tr("manager's phone"),
                           &PressRelease::managerPhone);
    bindText<PressRelease>(m_officer, QStringLiteral("officer"), tr("officer"),
                           &PressRelease::officer);
    bindText<PressRelease>(m_officerPhone, QStringLiteral("officer_phone"), tr("officer's phone"),
                           &PressRelease::officerPhone);
    bindDateTime(
        m_distributed, QStringLiteral("distributed_at"), tr("distribution time"), false,
        [](const ContentItem& i) { return std::get<PressRelease>(i).distributedAt; },
        [](ContentItem& i, const QDateTime& v) { std::get<PressRelease>(i).distributedAt = v; });
    bindDateTime(
        m_embargo, QStringLiteral("embargo_until"), tr("embargo"), true,
        [](const ContentItem& i) { return std::get<PressRelease>(i).embargoUntil; },
        [](ContentItem& i, const QDateTime& v) { std::get<PressRelease>(i).embargoUntil = v; });
    bindBody<PressRelease>(m_body, tr("body"), &PressRelease::bodyHtml);
    addRefresher([this] { refreshAttachments(); });

    connect(m_addAttachment, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Add Attachments"), QDir::homePath());
        if (!paths.isEmpty())
            addAttachments(paths);
    });
    connect(m_removeAttachment, &QPushButton::clicked, this,
            [this] { removeAttachment(m_attachments->currentRow()); });
    connect(m_attachments, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeAttachment->setEnabled(row >= 0); });
    retranslate();
}

void PressReleaseEditor::retranslate()
{
    m_header->setTitle(tr("Release header"));
    m_labels[ReleaseNoLabel]->setText(tr("&No."));
    m_labels[TitleLabel]->setText(tr("&Title"));
    m_labels[SubtitleLabel]->setText(tr("S&ubtitle"));
    m_labels[DepartmentLabel]->setText(tr("De&partment"));
    m_labels[ManagerLabel]->setText(tr("&Manager"));
    m_labels[ManagerPhoneLabel]->setText(tr("Phone"));
    m_labels[OfficerLabel]->setText(tr("O&fficer"));
    m_labels[OfficerPhoneLabel]->setText(tr("Phone"));
    m_labels[DistributedLabel]->setText(tr("&Distributed"));
    m_labels[EmbargoLabel]->setText(tr("&Embargo until"));
    m_labels[BodyLabel]->setText(tr("Body"));
    m_embargo->setSpecialValueText(tr("None"));
    m_embargo->setToolTip(tr("The release cannot be published before this time. Choose the "
                             "earliest date to clear it."));
    m_releaseNo->setPlaceholderText(tr("e.g. 2024-013"));
    m_subtitle->setPlaceholderText(tr("One line under the title"));
    m_attachmentBox->setTitle(tr("Attachments"));
    m_addAttachment->setText(tr("Add Files…"));
    m_removeAttachment->setText(tr("Remove"));
    m_attachments->setAccessibleName(tr("Attachments"));
}

void PressReleaseEditor::refreshAttachments()
{
    const int current = m_attachments->currentRow();
    m_attachments->clear();
    const QLocale locale;
    for (const PressAttachment& a : shown<PressRelease>().attachments) {
        auto* row = new QListWidgetItem(
            QStringLiteral("📎 %1 (%2)").arg(a.fileName, locale.formattedDataSize(a.sizeBytes)),
            m_attachments);
        row->setToolTip(a.caption.isEmpty() ? a.fileName : a.caption);
    }
    m_attachments->setCurrentRow(qMin(current, m_attachments->count() - 1));
    m_removeAttachment->setEnabled(m_attachments->currentRow() >= 0);
}

bool PressReleaseEditor::addAttachments(const QStringList& paths)
{
    QList<PressAttachment> added;
    for (const QString& path : paths) {
        auto id = addMediaFile(path);
        if (!id) {
            emit errorOccurred(id.error().message);
            return false;
        }
        PressAttachment attachment;
        attachment.mediaId = *id;
        attachment.fileName = QFileInfo(path).fileName();
        added << attachment;
    }
    return applyNow(tr("Add %n attachment(s)", nullptr, int(added.size())),
                    [&](ContentItem& item) { std::get<PressRelease>(item).attachments << added; })
        .ok();
}

bool PressReleaseEditor::removeAttachment(int row)
{
    if (row < 0 || row >= shown<PressRelease>().attachments.size())
        return false;
    return applyNow(
               tr("Remove an attachment"),
               [row](ContentItem& item) { std::get<PressRelease>(item).attachments.removeAt(row); })
        .ok();
}

} // namespace openmayor

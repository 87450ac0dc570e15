#include "revisionsdialog.h"

#include "domain/textdiff.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace openmayor {

namespace {
constexpr int revisionIndexRole = Qt::UserRole + 1;

QString escapedWithBreaks(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}
} // namespace

RevisionsDialog::RevisionsDialog(ContentItemRepository* repository, ContentType type,
                                 QString itemId, QWidget* parent)
    : QDialog(parent), m_repository(repository), m_type(type), m_itemId(std::move(itemId)),
      m_list(new QTreeWidget(this)), m_summary(new QLabel(this)), m_diff(new QTextBrowser(this)),
      m_restore(new QPushButton(this))
{
    setWindowTitle(tr("Revisions"));
    m_list->setHeaderLabels({tr("No."), tr("Saved"), tr("By")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diff->setAccessibleName(tr("Changes of the selected revision"));
    m_summary->setWordWrap(true);
    m_restore->setText(tr("Restore This Revision"));
    m_restore->setToolTip(tr("Saves the selected revision as the newest one; undo takes it back"));

    auto* legend = new QLabel(tr("Inserted text is underlined and marked {+ +}; deleted text is "
                                 "struck through and marked [- -]."),
                              this);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_diff, 1);
    rightLayout->addWidget(legend);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 560});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RevisionsDialog::showSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem* current = m_list->currentItem();
        if (!current)
            return;
        const ContentRevision& revision =
            m_revisions.at(current->data(0, revisionIndexRole).toInt());
        emit restoreRequested(revision.id, revision.number);
    });
    resize(880, 560);
    reload();
}

void RevisionsDialog::reload()
{
    auto revisions = m_repository->revisions(m_type, m_itemId);
    m_revisions = revisions ? *revisions : QList<ContentRevision>();
    m_list->clear();
    for (int i = 0; i < m_revisions.size(); ++i) {
        const ContentRevision& r = m_revisions.at(i);
        const QDateTime when = QDateTime::fromString(r.createdAt, Qt::ISODateWithMs).toLocalTime();
        auto* row = new QTreeWidgetItem(
            m_list, {QString::number(r.number),
                     QLocale().toString(when, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     r.createdBy.isEmpty() ? tr("unknown") : r.createdBy});
        row->setData(0, revisionIndexRole, i);
    }
    if (!revisions)
        m_summary->setText(revisions.error().message);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        showSelected();
}

bool RevisionsDialog::selectRevision(int number)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->text(0).toInt() == number) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

void RevisionsDialog::showSelected()
{
    const QTreeWidgetItem* current = m_list->currentItem();
    m_restore->setEnabled(current && current != m_list->topLevelItem(0));
    if (!current) {
        m_summary->setText(tr("No revisions yet: every save adds one."));
        m_diff->clear();
        return;
    }
    const int index = current->data(0, revisionIndexRole).toInt();
    const ContentRevision& revision = m_revisions.at(index);
    auto asText = [this](const ContentRevision& r) {
        auto item = fromJson(m_type, r.data);
        return item ? revisionText(*item) : QString();
    };
    // the list is newest first: the one before is the next row
    const bool first = index + 1 >= m_revisions.size();
    const QString before = first ? QString() : asText(m_revisions.at(index + 1));
    const QString after = asText(revision);
    const DiffStats stats = diffStats(diffTexts(before, after));
    m_summary->setText(first
                           ? tr("Revision %1 is the first: all of it is new.").arg(revision.number)
                           : tr("Changes of revision %1 against revision %2: %3 characters "
                                "inserted, %4 deleted.")
                                 .arg(revision.number)
                                 .arg(m_revisions.at(index + 1).number)
                                 .arg(stats.inserted)
                                 .arg(stats.deleted));
    m_diff->setHtml(diffAsHtml(before, after));
}

QString RevisionsDialog::diffAsHtml(const QString& before, const QString& after)
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    for (const DiffSegment& segment : diffTexts(before, after)) {
        const QString text = escapedWithBreaks(segment.text);
        switch (segment.kind) {
        case DiffSegment::Kind::Same:
            html += text;
            break;
        case DiffSegment::Kind::Inserted:
            html += QStringLiteral("<ins style=\"background:#d8f5d8; text-decoration: underline; "
                                   "font-weight: bold;\">{+") +
                    text + QStringLiteral("+}</ins>");
            break;
        case DiffSegment::Kind::Deleted:
            html += QStringLiteral("<del style=\"background:#fbdada; text-decoration: "
                                   "line-through;\">[-") +
                    text + QStringLiteral("-]</del>");
            break;
        }
    }
    return html + QStringLiteral("</div>");
}

QString RevisionsDialog::diffText() const
{
    return m_diff->toPlainText();
}

QString RevisionsDialog::diffHtml() const
{
    return m_diff->toHtml();
}

} // namespace openmayor

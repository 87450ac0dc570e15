#include "conflictdialog.h"

#include "sync/synclabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace openmayor {

namespace {

constexpr int idRole = Qt::UserRole + 1;
constexpr int shownLength = 120;

// Bookkeeping columns that say nothing to the person deciding.
bool isBookkeeping(const QString& field)
{
    return field == u"id" || field == u"row_version" || field == u"updated_at" ||
           field == u"created_at";
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QStyle::StandardPixmap kindIcon(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::FieldsDiffer:
        return QStyle::SP_MessageBoxWarning;
    case SyncConflict::Kind::DeletedThere:
    case SyncConflict::Kind::DeletedHere:
        return QStyle::SP_TrashIcon;
    case SyncConflict::Kind::Rejected:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxWarning;
}

} // namespace

ConflictDialog::ConflictDialog(SyncConflicts conflicts, QWidget* parent)
    : QDialog(parent), m_conflicts(std::move(conflicts)), m_list(new QTreeWidget(this)),
      m_explanation(new QLabel(this)), m_fields(new QTableWidget(this)),
      m_takeMine(new QPushButton(this)), m_takeTheirs(new QPushButton(this)),
      m_applyChoices(new QPushButton(tr("Apply Choices"), this)), m_result(new QLabel(this)),
      m_syncNow(new QPushButton(tr("Sync Now"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Sync Conflicts"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Row"), tr("What happened"), tr("Detected")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Open conflicts"));

    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_fields->setColumnCount(6);
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("State"), tr("Base"), tr("My value"), tr("Portal value"), tr("Keep")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setWordWrap(false);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {BaseColumn, MineColumn, TheirsColumn})
        m_fields->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_fields->setAccessibleName(tr("Field values"));

    m_takeMine->setObjectName(QStringLiteral("takeMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_applyChoices->setObjectName(QStringLiteral("applyChoices"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setEnabled(false);
    connect(m_takeMine, &QPushButton::clicked, this, [this] { resolveWholly(TakeSide::Mine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveWholly(TakeSide::Theirs); });
    connect(m_applyChoices, &QPushButton::clicked, this, &ConflictDialog::applyFieldChoices);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        m_syncNow->setEnabled(false);
        emit syncRequested();
    });

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_takeMine);
    actions->addWidget(m_takeTheirs);
    actions->addStretch(1);
    actions->addWidget(m_applyChoices);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_explanation);
    detailLayout->addWidget(m_fields, 1);
    detailLayout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({160, 440});
    splitter->setChildrenCollapsible(false);

    m_result->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_syncNow, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictDialog::showSelected);
    resize(1000, 640);
    reload();
}

void ConflictDialog::reload()
{
    const qint64 keep = selectedId();
    const int keepRow =
        m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    auto open = m_conflicts.list();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        m_open.clear();
        if (!open) {
            m_result->setText(open.error().message);
        } else {
            m_open = *open;
            for (const SyncConflict& conflict : std::as_const(m_open)) {
                auto* item = new QTreeWidgetItem(m_list);
                item->setText(0, conflict.label);
                item->setText(1, conflictKindLabel(conflict.kind));
                item->setIcon(1, style()->standardIcon(kindIcon(conflict.kind)));
                item->setText(
                    2, QLocale().toString(conflict.detectedAt.toLocalTime(), QLocale::ShortFormat));
                item->setData(0, idRole, conflict.id);
            }
        }
        m_list->resizeColumnToContents(1);
        m_list->resizeColumnToContents(2);
    }
    if (!selectConflict(keep) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(
            m_list->topLevelItem(qMin(keepRow, m_list->topLevelItemCount() - 1)));
    showSelected();
}

bool ConflictDialog::selectConflict(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, idRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

qint64 ConflictDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, idRole).toLongLong() : 0;
}

QString ConflictDialog::explanation() const
{
    return m_explanation->text();
}

QString ConflictDialog::resultText() const
{
    return m_result->text();
}

void ConflictDialog::showSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_open.size()) {
        m_explanation->setText(m_open.isEmpty() ? tr("There are no open conflicts.") : QString());
        m_fields->setRowCount(0);
        for (QPushButton* button : {m_takeMine, m_takeTheirs, m_applyChoices})
            button->setEnabled(false);
        return;
    }
    const SyncConflict& conflict = m_open.at(row);
    switch (conflict.kind) {
    case SyncConflict::Kind::FieldsDiffer:
        m_explanation->setText(
            tr("%1 was changed here and on the portal. The fields marked \"Conflict\" differ; "
               "choose which value to keep for each, or keep one side wholly.")
                .arg(conflict.label));
        break;
    case SyncConflict::Kind::DeletedThere:
        m_explanation->setText(
            tr("%1 was deleted on the portal, but you changed it here.").arg(conflict.label));
        break;
    case SyncConflict::Kind::DeletedHere:
        m_explanation->setText(
            tr("%1 was deleted here, but someone changed it on the portal.").arg(conflict.label));
        break;
    case SyncConflict::Kind::Rejected:
        m_explanation->setText(
            tr("The portal refused your change to %1: %2\nYour edit is kept here. Revert to "
               "the portal's value, or leave it as it is until someone allowed to make this "
               "change syncs it.")
                .arg(conflict.label,
                     conflict.message.isEmpty() ? tr("no reason given") : conflict.message));
        break;
    }
    showFields(conflict);
    showButtons(conflict);
}

void ConflictDialog::showFields(const SyncConflict& conflict)
{
    // conflicting fields first, then other changes, then the rest (in the row's order)
    QStringList names = conflict.fields;
    QStringList changed;
    QStringList unchanged;
    for (const QJsonObject& side : {conflict.base, conflict.mine, conflict.theirs}) {
        for (auto it = side.begin(); it != side.end(); ++it) {
            const QString& name = it.key();
            if (isBookkeeping(name) || names.contains(name) || changed.contains(name) ||
                unchanged.contains(name))
                continue;
            const bool same = conflict.base.value(name) == conflict.mine.value(name) &&
                              conflict.base.value(name) == conflict.theirs.value(name);
            (same ? unchanged : changed) << name;
        }
    }
    names << changed << unchanged;

    const bool perField = conflict.kind == SyncConflict::Kind::FieldsDiffer;
    m_fields->setColumnHidden(ChoiceColumn, !perField);
    m_fields->clearContents();
    m_fields->setRowCount(int(names.size()));
    QFont bold = m_fields->font();
    bold.setBold(true);
    const QString deleted = tr("(deleted)");
    for (int row = 0; row < names.size(); ++row) {
        const QString& name = names.at(row);
        const bool conflicting = conflict.fields.contains(name);
        const QJsonValue base = conflict.base.value(name);
        const QJsonValue mine = conflict.mine.value(name);
        const QJsonValue theirs = conflict.theirs.value(name);
        QString state;
        if (conflicting)
            state = tr("Conflict");
        else if (mine != base && theirs != base && !conflict.mine.isEmpty() &&
                 !conflict.theirs.isEmpty())
            state = mine == theirs ? tr("Same change") : tr("Changed on both sides");
        else if (!conflict.mine.isEmpty() && mine != base)
            state = tr("Changed here");
        else if (!conflict.theirs.isEmpty() && theirs != base)
            state = tr("Changed on the portal");

        auto cell = [&](int column, const QString& text, bool missingSide) {
            const QString shown = missingSide ? deleted : text;
            auto* item = new QTableWidgetItem(
                shown.size() > shownLength ? shown.left(shownLength) + u'…' : shown);
            item->setToolTip(shown);
            if (conflicting)
                item->setFont(bold);
            m_fields->setItem(row, column, item);
        };
        cell(FieldNameColumn, syncFieldLabel(name), false);
        m_fields->item(row, FieldNameColumn)->setData(FieldRole, name);
        m_fields->item(row, FieldNameColumn)->setToolTip(name);
        cell(FieldStateColumn, state, false);
        if (conflicting)
            m_fields->item(row, FieldStateColumn)
                ->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        cell(BaseColumn, conflict.base.isEmpty() ? QString() : valueText(base), false);
        cell(MineColumn, valueText(mine), conflict.mine.isEmpty());
        cell(TheirsColumn, valueText(theirs), conflict.theirs.isEmpty());
        if (perField && conflicting) {
            auto* choice = new QComboBox(m_fields);
            choice->addItem(tr("My value"), int(TakeSide::Mine));
            choice->addItem(tr("Portal value"), int(TakeSide::Theirs));
            choice->setAccessibleName(tr("Keep for %1").arg(syncFieldLabel(name)));
            m_fields->setCellWidget(row, ChoiceColumn, choice);
        }
    }
    m_fields->resizeColumnToContents(FieldNameColumn);
    m_fields->resizeColumnToContents(FieldStateColumn);
    m_fields->resizeColumnToContents(ChoiceColumn);
}

void ConflictDialog::showButtons(const SyncConflict& conflict)
{
    m_takeMine->setEnabled(true);
    m_takeTheirs->setEnabled(true);
    m_takeMine->setVisible(true);
    m_applyChoices->setVisible(conflict.kind == SyncConflict::Kind::FieldsDiffer);
    m_applyChoices->setEnabled(conflict.kind == SyncConflict::Kind::FieldsDiffer);
    switch (conflict.kind) {
    case SyncConflict::Kind::FieldsDiffer:
        m_takeMine->setText(tr("Keep Mine"));
        m_takeTheirs->setText(tr("Take the Portal's"));
        break;
    case SyncConflict::Kind::DeletedThere:
        m_takeMine->setText(tr("Keep My Row"));
        m_takeTheirs->setText(tr("Delete It Here Too"));
        break;
    case SyncConflict::Kind::DeletedHere:
        m_takeMine->setText(tr("Keep It Deleted"));
        m_takeTheirs->setText(tr("Restore the Portal's Row"));
        break;
    case SyncConflict::Kind::Rejected:
        // sending the same change again would be refused again: keeping means leaving it
        m_takeMine->setVisible(false);
        m_takeTheirs->setText(tr("Revert to the Portal's Value"));
        break;
    }
}

bool ConflictDialog::setFieldChoice(const QString& field, TakeSide side)
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        if (m_fields->item(row, FieldNameColumn)->data(FieldRole).toString() != field)
            continue;
        auto* choice = qobject_cast<QComboBox*>(m_fields->cellWidget(row, ChoiceColumn));
        if (!choice)
            return false;
        choice->setCurrentIndex(choice->findData(int(side)));
        return true;
    }
    return false;
}

void ConflictDialog::resolveWholly(TakeSide side)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString label = m_list->currentItem()->text(0);
    finishResolution(m_conflicts.resolve(id, side), label);
}

void ConflictDialog::applyFieldChoices()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    QMap<QString, TakeSide> choice;
    for (int row = 0; row < m_fields->rowCount(); ++row)
        if (auto* box = qobject_cast<QComboBox*>(m_fields->cellWidget(row, ChoiceColumn)))
            choice.insert(m_fields->item(row, FieldNameColumn)->data(FieldRole).toString(),
                          TakeSide(box->currentData().toInt()));
    finishResolution(m_conflicts.resolveFields(id, choice), m_list->currentItem()->text(0));
}

void ConflictDialog::finishResolution(const Status& status, const QString& label)
{
    if (!status) {
        m_result->setText(tr("%1 could not be resolved: %2").arg(label, status.error().message));
        m_result->setToolTip(status.error().detail);
        if (status.error().kind == Error::Kind::NotFound)
            reload(); // someone resolved it meanwhile
        return;
    }
    ++m_resolved;
    m_result->setText(tr("%1 resolved. Sync now to send your decisions to the portal.").arg(label));
    m_result->setToolTip(QString());
    m_syncNow->setEnabled(true);
    reload();
}

} // namespace openmayor

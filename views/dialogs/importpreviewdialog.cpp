#include "importpreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace openmayor {

using interchange::PledgeChange;

ImportPreviewDialog::ImportPreviewDialog(const QString& fileName,
                                         const interchange::ImportPlan& plan, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import pledges"));
    auto* summary = new QLabel(
        tr("<b>%1</b>: %2 new, %3 updated, %4 unchanged. Nothing is deleted. The import is applied "
           "in "
           "one step; it cannot be undone with Ctrl+Z, so export a copy first if in doubt.")
            .arg(fileName.toHtmlEscaped())
            .arg(plan.count(PledgeChange::Kind::New))
            .arg(plan.count(PledgeChange::Kind::Updated))
            .arg(plan.count(PledgeChange::Kind::Unchanged)),
        this);
    summary->setWordWrap(true);

    auto* list = new QTreeWidget(this);
    list->setHeaderLabels({tr("Code"), tr("Title"), tr("Change"), tr("Parts that change")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    for (const PledgeChange& change : plan.pledges) {
        QString kind;
        switch (change.kind) {
        case PledgeChange::Kind::New:
            kind = tr("New");
            break;
        case PledgeChange::Kind::Updated:
            kind = tr("Updated");
            break;
        case PledgeChange::Kind::Unchanged:
            kind = tr("Unchanged");
            break;
        }
        new QTreeWidgetItem(list, {change.code, change.title, kind,
                                   change.changedParts.join(QStringLiteral(", "))});
    }
    for (const QString& code : plan.newAreas)
        new QTreeWidgetItem(list, {code, tr("(area)"), tr("New"), QString()});
    for (const QString& code : plan.newGoals)
        new QTreeWidgetItem(list, {code, tr("(goal)"), tr("New"), QString()});
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* apply = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    apply->setEnabled(plan.changesAnything());
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(760, 460);
}

} // namespace openmayor

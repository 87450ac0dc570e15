#include "welcomedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace openmayor {

WelcomeDialog::WelcomeDialog(const QString& path, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to OpenMayor Studio"));
    auto* text =
        new QLabel(tr("<h3>There is no database yet</h3><p>OpenMayor Studio keeps its data "
                      "in <b>%1</b>. Start with the demo data (pledge card 7-1-3 and sample "
                      "content), or with an empty database.</p>")
                       .arg(QDir::toNativeSeparators(path).toHtmlEscaped()),
                   this);
    text->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* demo =
        buttons->addButton(tr("Start with &demo data"), QDialogButtonBox::AcceptRole);
    QPushButton* empty =
        buttons->addButton(tr("Create &empty database"), QDialogButtonBox::AcceptRole);
    QPushButton* other =
        buttons->addButton(tr("&Open another file…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    demo->setDefault(true);
    connect(demo, &QPushButton::clicked, this, [this] { done(CreateDemo); });
    connect(empty, &QPushButton::clicked, this, [this] { done(CreateEmpty); });
    connect(other, &QPushButton::clicked, this, [this] { done(OpenOther); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace openmayor

#include "pledgetablepage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace openmayor {

PledgeTablePage::PledgeTablePage(QAbstractItemModel* model, Actions actions, QWidget* parent)
    : QWidget(parent), m_view(new QTableView(this)), m_note(new QLabel(this)),
      m_actions(std::move(actions))
{
    m_view->setModel(model);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    if (m_actions.add || m_actions.remove) {
        auto* buttons = new QHBoxLayout;
        if (m_actions.add) {
            m_add = new QPushButton(this);
            connect(m_add, &QPushButton::clicked, this, [this] {
                const int row =
                    m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : -1;
                m_actions.add(row);
            });
            buttons->addWidget(m_add);
        }
        if (m_actions.remove) {
            m_remove = new QPushButton(this);
            connect(m_remove, &QPushButton::clicked, this, [this] {
                if (m_view->currentIndex().isValid())
                    m_actions.remove(m_view->currentIndex().row());
            });
            buttons->addWidget(m_remove);
        }
        buttons->addStretch(1);
        layout->addLayout(buttons);
    }
    retranslate();
}

void PledgeTablePage::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void PledgeTablePage::retranslate()
{
    if (m_add)
        m_add->setText(tr("&Add row"));
    if (m_remove)
        m_remove->setText(tr("&Remove row"));
}

} // namespace openmayor

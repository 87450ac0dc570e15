#include "workflowbar.h"

#include "domain/workflow.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace openmayor {

namespace {
// A symbol per state, so the chip reads without its colour.
QString symbolOf(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft:
        return QStringLiteral("✎");
    case WorkflowState::Review:
        return QStringLiteral("⌛");
    case WorkflowState::Approved:
        return QStringLiteral("✔");
    case WorkflowState::Published:
        return QStringLiteral("●");
    case WorkflowState::Withdrawn:
        return QStringLiteral("⊘");
    }
    return {};
}

QString chipStyle(WorkflowState state)
{
    const char* colours = "#eceff1; color: #37474f; border-color: #b0bec5";
    switch (state) {
    case WorkflowState::Draft:
        break;
    case WorkflowState::Review:
        colours = "#fff8e1; color: #6d4c00; border-color: #ffca28";
        break;
    case WorkflowState::Approved:
        colours = "#e3f2fd; color: #0d47a1; border-color: #64b5f6";
        break;
    case WorkflowState::Published:
        colours = "#e8f5e9; color: #1b5e20; border-color: #66bb6a";
        break;
    case WorkflowState::Withdrawn:
        colours = "#fbe9e7; color: #8d1c00; border-color: #ff8a65";
        break;
    }
    return QStringLiteral("QLabel { background: ") + QLatin1String(colours) +
           QStringLiteral("; border: 1px solid; border-radius: 10px; padding: 2px 10px; "
                          "font-weight: bold; }");
}
} // namespace

WorkflowBar::WorkflowBar(QWidget* parent)
    : QFrame(parent), m_chip(new QLabel(this)), m_updated(new QLabel(this)),
      m_buttonLayout(new QHBoxLayout), m_check(new QPushButton(this)),
      m_revisions(new QPushButton(this))
{
    setObjectName(QStringLiteral("workflowBar"));
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    // on a narrow editor the note gives way to the buttons
    m_updated->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_buttonLayout->setSpacing(6);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 6);
    layout->addWidget(m_chip);
    layout->addWidget(m_updated, 1);
    layout->addWidget(m_check);
    layout->addLayout(m_buttonLayout);
    layout->addWidget(m_revisions);
    m_check->setObjectName(QStringLiteral("checkBeforePublishing"));
    connect(m_check, &QPushButton::clicked, this, &WorkflowBar::checkRequested);
    connect(m_revisions, &QPushButton::clicked, this, &WorkflowBar::revisionsRequested);
    rebuild();
}

QString WorkflowBar::stateText() const
{
    return labelOf(m_state);
}

void WorkflowBar::setItem(const ContentMeta& meta)
{
    if (meta == m_meta && !m_buttons.isEmpty())
        return;
    m_meta = meta;
    m_state = meta.workflow;
    rebuild();
}

void WorkflowBar::setHistory(const QList<WorkflowStep>& steps)
{
    QStringList lines;
    for (const WorkflowStep& step : steps) {
        const QDateTime when = QDateTime::fromString(step.movedAt, Qt::ISODateWithMs);
        lines << tr("%1: %2 → %3 by %4")
                     .arg(
                         QLocale().toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                         step.from ? labelOf(*step.from) : QStringLiteral("—"), labelOf(step.to),
                         step.movedBy.isEmpty() ? tr("unknown") : step.movedBy);
    }
    m_chip->setToolTip(lines.isEmpty() ? tr("No workflow moves recorded yet.") : lines.join(u'\n'));
}

QString WorkflowBar::historyText() const
{
    return m_chip->toolTip();
}

void WorkflowBar::rebuild()
{
    m_chip->setText(symbolOf(m_state) + u' ' + labelOf(m_state));
    m_chip->setStyleSheet(chipStyle(m_state));
    m_chip->setAccessibleName(tr("Workflow state: %1").arg(labelOf(m_state)));
    const QDateTime updated = QDateTime::fromString(m_meta.updatedAt, Qt::ISODateWithMs);
    m_updated->setText(
        m_meta.updatedAt.isEmpty()
            ? QString()
            : tr("Saved %1 by %2")
                  .arg(
                      QLocale().toString(updated.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                      m_meta.updatedBy.isEmpty() ? tr("unknown") : m_meta.updatedBy));
    m_updated->setToolTip(m_updated->text());
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (WorkflowState to : allowedTransitions(m_state)) {
        auto* button = new QPushButton(transitionActionText(m_state, to), this);
        button->setObjectName(QStringLiteral("to-") + toKey(to));
        connect(button, &QPushButton::clicked, this, [this, to] { emit transitionRequested(to); });
        m_buttonLayout->addWidget(button);
        m_buttons << button;
    }
    m_check->setText(tr("Check…"));
    m_check->setToolTip(tr("Check before publishing: alt text, tables, links and personal "
                           "data (F7)"));
    m_revisions->setText(tr("Revisions…"));
    m_revisions->setToolTip(tr("Earlier versions of this item: compare and restore"));
}

void WorkflowBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

} // namespace openmayor

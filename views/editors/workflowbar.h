#pragma once

#include "domain/content.h"
#include "domain/workflow.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace openmayor {

// The strip above a content editor: the item's workflow state as a chip (a symbol and the
// state's name, not colour alone), one button per allowed transition, who saved it last,
// and the revision history.
class WorkflowBar : public QFrame
{
    Q_OBJECT
public:
    explicit WorkflowBar(QWidget* parent = nullptr);

    void setItem(const ContentMeta& meta);
    // Who moved the item when, shown on the state chip (oldest first).
    void setHistory(const QList<WorkflowStep>& steps);
    QString historyText() const;
    WorkflowState state() const { return m_state; }
    QString stateText() const;
    // The transition buttons in order (for tests and keyboard users).
    QList<QPushButton*> transitionButtons() const { return m_buttons; }
    QPushButton* revisionsButton() const { return m_revisions; }
    QPushButton* checkButton() const { return m_check; }

signals:
    void transitionRequested(openmayor::WorkflowState to);
    void revisionsRequested();
    void checkRequested(); // the pre-publish check

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    ContentMeta m_meta;
    WorkflowState m_state = WorkflowState::Draft;
    QLabel* m_chip;
    QLabel* m_updated;
    QHBoxLayout* m_buttonLayout;
    QList<QPushButton*> m_buttons;
    QPushButton* m_check;
    QPushButton* m_revisions;
};

} // namespace openmayor

#pragma once

#include "publishing/publishchecker.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace openmayor {

// The findings of the pre-publish check below a content editor's workflow bar (issue 4):
// one row per finding with its severity as an icon and a word ("Blocking"/"Warning", not
// colour alone), the message and an excerpt. Activating a row asks the editor to jump to
// the place; personal data in the body can be masked one by one or all at once.
class PublishFindingsPanel : public QFrame
{
    Q_OBJECT
public:
    explicit PublishFindingsPanel(QWidget* parent = nullptr);

    void setFindings(const QList<PublishFinding>& findings);
    const QList<PublishFinding>& findings() const { return m_findings; }
    QString summaryText() const;
    QTreeWidget* list() const { return m_list; }
    QPushButton* maskButton() const { return m_mask; }
    QPushButton* maskAllButton() const { return m_maskAll; }
    // Personal data of the body can be masked; attachment names come from the media
    // library and are not renamed here.
    static bool canMask(const PublishFinding& finding);

signals:
    void findingActivated(int index);
    void maskRequested(int index);
    void maskAllRequested();
    void recheckRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void updateButtons();
    int currentIndex() const;

    QList<PublishFinding> m_findings;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_mask;
    QPushButton* m_maskAll;
    QPushButton* m_recheck;
    QPushButton* m_close;
};

} // namespace openmayor

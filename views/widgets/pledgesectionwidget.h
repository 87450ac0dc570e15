#pragma once

#include "sections.h"

#include <QWidget>

class QLabel;
class QTreeView;
class QUndoStack;

namespace openmayor {

class ChangeNotifier;
class PledgeCardEditor;
class PledgeRepository;
class PledgeTreeModel;

// The pledge book sections (공약현황 · 공약사업 계획 · 공약이행 현황): the pledge tree and
// a panel about the selected pledge, whose content depends on the section.
class PledgeSectionWidget : public QWidget
{
    Q_OBJECT
public:
    PledgeSectionWidget(const SectionInfo& section, PledgeTreeModel* model,
                        PledgeRepository* repository, QUndoStack* undoStack,
                        ChangeNotifier* notifier, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    PledgeCardEditor* editor() const { return m_editor; }
    QString detailText() const;
    // Selects a pledge by id; false when it is not in the tree (yet).
    bool selectPledge(const QString& pledgeId);

signals:
    void errorOccurred(const QString& message);

private:
    void showDetail();
    void updateSummary();
    void onTreeReset();

    SectionInfo m_section;
    PledgeTreeModel* m_model;
    PledgeRepository* m_repository;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeView* m_view;
    PledgeCardEditor* m_editor;
};

} // namespace openmayor

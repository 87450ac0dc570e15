#pragma once

#include "sections.h"

#include <QModelIndex>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace openmayor {

class ChangeNotifier;
class FulfilmentChartsPanel;
class PledgeCardEditor;
class PledgeFilterProxyModel;
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
    PledgeTreeModel* treeModel() const { return m_model; }
    PledgeFilterProxyModel* filterModel() const { return m_proxy; }
    // The charts of the fulfilment section (nullptr in the other sections).
    FulfilmentChartsPanel* chartsPanel() const { return m_charts; }
    // Puts the keyboard focus in the filter's text field (Ctrl+Shift+F).
    void focusFilter();
    QString detailText() const;
    // Selects a pledge by id; false when it is not in the tree (yet).
    bool selectPledge(const QString& pledgeId);

    // "Preview on the portal" (Ctrl+Shift+P) for the selected pledge.
    QAction* portalPreviewAction() const { return m_portalPreviewAction; }

signals:
    void errorOccurred(const QString& message);
    void previewRequested(ContentType type, const QString& id);

private:
    void showDetail();
    void updateSummary();
    void onTreeReset();
    void buildFilterBar();
    void fillFilterChoices();
    QModelIndex firstPledge(const QModelIndex& parent = {}) const;

    SectionInfo m_section;
    PledgeTreeModel* m_model;
    PledgeRepository* m_repository;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeView* m_view;
    PledgeCardEditor* m_editor;
    PledgeFilterProxyModel* m_proxy;
    QLineEdit* m_filterText = nullptr;
    QComboBox* m_filterStatus = nullptr;
    QComboBox* m_filterTiming = nullptr;
    QComboBox* m_filterDepartment = nullptr;
    QAction* m_portalPreviewAction = nullptr;
    FulfilmentChartsPanel* m_charts = nullptr;
    QTabWidget* m_pages = nullptr; // the fulfilment section: pledges | charts
};

} // namespace openmayor

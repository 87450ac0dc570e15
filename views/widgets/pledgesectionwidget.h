#pragma once

#include "sections.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeView;

namespace openmayor {

class PledgeRepository;
class PledgeTreeModel;

// The pledge book sections (공약현황 · 공약사업 계획 · 공약이행 현황): the pledge tree and
// a panel about the selected pledge, whose content depends on the section.
class PledgeSectionWidget : public QWidget
{
    Q_OBJECT
public:
    PledgeSectionWidget(const SectionInfo& section, PledgeTreeModel* model,
                        const PledgeRepository& repository, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QString detailText() const;

private:
    void showDetail();
    void updateSummary();

    SectionInfo m_section;
    PledgeTreeModel* m_model;
    const PledgeRepository& m_repository;
    QLabel* m_title;
    QLabel* m_summary;
    QTreeView* m_view;
    QTextBrowser* m_detail;
};

} // namespace openmayor

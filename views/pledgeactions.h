#pragma once

#include "domain/pledge.h"

#include <QObject>

class QAction;
class QMenu;

namespace openmayor {

class MainWindow;

// The Pledges menu: import and export of the pledge book (with a preview before an import),
// publishing a reporting period, and finding a pledge. Kept apart from MainWindow, which
// only builds menus and docks.
class PledgeActions : public QObject
{
    Q_OBJECT
public:
    explicit PledgeActions(MainWindow* window);

    QMenu* menu() const { return m_menu; }
    void retranslate();

private:
    void importPledges();
    void exportPledges();
    void publishPeriod();
    void findPledge();
    void printCard();
    void saveCardPdf();
    // The card open in the current pledge section (empty id when none is open).
    Pledge currentPledge() const;
    Term currentTerm() const;

    MainWindow* m_window;
    QMenu* m_menu;
    QAction* m_import;
    QAction* m_export;
    QAction* m_publish;
    QAction* m_find;
    QAction* m_print;
    QAction* m_savePdf;
};

} // namespace openmayor

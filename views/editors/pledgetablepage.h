#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

namespace openmayor {

// A part of the card shown as a table (schedule, budget, progress, departments), with
// optional Add / Remove buttons that call back into the part's model.
class PledgeTablePage : public QWidget
{
    Q_OBJECT
public:
    struct Actions
    {
        std::function<void(int row)> add;    // insert before `row` (or at the end when -1)
        std::function<void(int row)> remove; // remove `row`
    };

    PledgeTablePage(QAbstractItemModel* model, Actions actions, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    void setNote(const QString& text);
    void retranslate();

private:
    QTableView* m_view;
    QLabel* m_note;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    Actions m_actions;
};

} // namespace openmayor

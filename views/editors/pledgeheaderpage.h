#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace openmayor {

class PledgeEditSink;

// The card's header (READING.md §1): code, title, completion timing, executing bodies,
// new/continuing, budget kind, required budget, status, policy goal, basis date.
// Each field commits one undoable edit when it is changed (text fields when editing ends).
class PledgeHeaderPage : public QWidget
{
    Q_OBJECT
public:
    PledgeHeaderPage(PledgeEditSink* sink, QWidget* parent = nullptr);

    // Shows the sink's card in the fields (without committing anything).
    void refresh();
    void retranslate();

signals:
    void editRefused(const QString& message);

private:
    void commit(const QString& description, const QString& mergeKey);

    PledgeEditSink* m_sink;
    bool m_refreshing = false;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QComboBox* m_timing;
    QCheckBox* m_bodyNational;
    QCheckBox* m_bodyProvince;
    QCheckBox* m_bodyCity;
    QCheckBox* m_bodyPrivate;
    QRadioButton* m_new;
    QRadioButton* m_continuing;
    QComboBox* m_budgetKind;
    QDoubleSpinBox* m_requiredBudget;
    QComboBox* m_status;
    QLineEdit* m_policyGoal;
    QDateEdit* m_basisDate;
    QList<QLabel*> m_labels;
};

} // namespace openmayor

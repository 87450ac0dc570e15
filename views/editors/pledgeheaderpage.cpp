#include "pledgeheaderpage.h"

#include "commands/pledgeeditsink.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace openmayor {

namespace {
template <typename E> void fillEnumCombo(QComboBox* combo)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const QString& key : EnumInfo<E>::keys())
        combo->addItem(labelOfKey<E>(key), key);
    if (!current.isEmpty())
        combo->setCurrentIndex(combo->findData(current));
}
} // namespace

PledgeHeaderPage::PledgeHeaderPage(PledgeEditSink* sink, QWidget* parent)
    : QWidget(parent), m_sink(sink), m_code(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_timing(new QComboBox(this)), m_bodyNational(new QCheckBox(this)),
      m_bodyProvince(new QCheckBox(this)), m_bodyCity(new QCheckBox(this)),
      m_bodyPrivate(new QCheckBox(this)), m_new(new QRadioButton(this)),
      m_continuing(new QRadioButton(this)), m_budgetKind(new QComboBox(this)),
      m_requiredBudget(new QDoubleSpinBox(this)), m_status(new QComboBox(this)),
      m_policyGoal(new QLineEdit(this)), m_basisDate(new QDateEdit(this))
{
    m_code->setReadOnly(true); // the code identifies the card in sync and imports
    m_title->setMaxLength(500);
    m_requiredBudget->setRange(0, 1e9);
    m_requiredBudget->setDecimals(1);
    m_requiredBudget->setGroupSeparatorShown(true);
    m_basisDate->setCalendarPopup(true);
    m_basisDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_new);
    group->addButton(m_continuing);

    auto* bodies = new QHBoxLayout;
    for (QCheckBox* box : {m_bodyNational, m_bodyProvince, m_bodyCity, m_bodyPrivate})
        bodies->addWidget(box);
    bodies->addStretch(1);
    auto* newness = new QHBoxLayout;
    newness->addWidget(m_new);
    newness->addWidget(m_continuing);
    newness->addStretch(1);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    auto addLayoutRow = [&](QLayout* layout) {
        auto* label = new QLabel(this);
        m_labels << label;
        form->addRow(label, layout);
    };
    addRow(m_code);
    addRow(m_title);
    addRow(m_status);
    addRow(m_basisDate);
    addRow(m_timing);
    addLayoutRow(bodies);
    addLayoutRow(newness);
    addRow(m_budgetKind);
    addRow(m_requiredBudget);
    addRow(m_policyGoal);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_title->text() != m_sink->pledge().title)
            commit(tr("Change the title"), {});
    });
    connect(m_policyGoal, &QLineEdit::editingFinished, this, [this] {
        if (m_policyGoal->text() != m_sink->pledge().policyGoal)
            commit(tr("Change the policy goal"), {});
    });
    for (QComboBox* combo : {m_timing, m_budgetKind, m_status})
        connect(combo, &QComboBox::activated, this,
                [this] { commit(tr("Change the card header"), {}); });
    for (QCheckBox* box : {m_bodyNational, m_bodyProvince, m_bodyCity, m_bodyPrivate})
        connect(box, &QCheckBox::toggled, this,
                [this] { commit(tr("Change the executing bodies"), {}); });
    connect(m_new, &QRadioButton::toggled, this,
            [this] { commit(tr("Change new/continuing"), {}); });
    connect(m_requiredBudget, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_requiredBudget->value() != m_sink->pledge().requiredBudget)
            commit(tr("Change the required budget"), {});
    });
    connect(m_basisDate, &QDateEdit::editingFinished, this, [this] {
        if (m_basisDate->date() != m_sink->pledge().basisDate)
            commit(tr("Change the basis date"), {});
    });
    retranslate();
}

void PledgeHeaderPage::retranslate()
{
    const QStringList texts = {tr("Pledge code:"),
                               tr("&Title:"),
                               tr("&Status:"),
                               tr("&Basis date:"),
                               tr("Completion &timing:"),
                               tr("Executing bodies:"),
                               tr("New or continuing:"),
                               tr("Budget &kind:"),
                               tr("&Required budget:"),
                               tr("&Policy goal:")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i)
        m_labels[i]->setText(texts.at(i));
    m_bodyNational->setText(labelOf(ExecutingBody::National));
    m_bodyProvince->setText(labelOf(ExecutingBody::Province));
    m_bodyCity->setText(labelOf(ExecutingBody::City));
    m_bodyPrivate->setText(labelOf(ExecutingBody::Private));
    m_new->setText(tr("New"));
    m_continuing->setText(tr("Continuing"));
    m_requiredBudget->setSuffix(tr(" million KRW"));
    m_refreshing = true;
    fillEnumCombo<Timing>(m_timing);
    fillEnumCombo<BudgetKind>(m_budgetKind);
    fillEnumCombo<PledgeStatus>(m_status);
    m_refreshing = false;
    refresh();
}

void PledgeHeaderPage::refresh()
{
    m_refreshing = true;
    const Pledge& p = m_sink->pledge();
    m_code->setText(p.code);
    m_title->setText(p.title);
    m_timing->setCurrentIndex(m_timing->findData(toKey(p.timing)));
    m_bodyNational->setChecked(p.bodyNational);
    m_bodyProvince->setChecked(p.bodyProvince);
    m_bodyCity->setChecked(p.bodyCity);
    m_bodyPrivate->setChecked(p.bodyPrivate);
    m_new->setChecked(p.isNew);
    m_continuing->setChecked(!p.isNew);
    m_budgetKind->setCurrentIndex(m_budgetKind->findData(toKey(p.budgetKind)));
    m_requiredBudget->setValue(p.requiredBudget);
    m_status->setCurrentIndex(m_status->findData(toKey(p.status)));
    m_policyGoal->setText(p.policyGoal);
    m_basisDate->setDate(p.basisDate.isValid() ? p.basisDate : QDate::currentDate());
    setEnabled(!p.id.isEmpty());
    m_refreshing = false;
}

void PledgeHeaderPage::commit(const QString& description, const QString& mergeKey)
{
    if (m_refreshing || m_sink->pledge().id.isEmpty())
        return;
    Pledge after = m_sink->pledge();
    after.title = m_title->text().trimmed();
    after.policyGoal = m_policyGoal->text().trimmed();
    after.timing = fromKey<Timing>(m_timing->currentData().toString()).value_or(after.timing);
    after.bodyNational = m_bodyNational->isChecked();
    after.bodyProvince = m_bodyProvince->isChecked();
    after.bodyCity = m_bodyCity->isChecked();
    after.bodyPrivate = m_bodyPrivate->isChecked();
    after.isNew = m_new->isChecked();
    after.budgetKind =
        fromKey<BudgetKind>(m_budgetKind->currentData().toString()).value_or(after.budgetKind);
    after.requiredBudget = m_requiredBudget->value();
    after.status = fromKey<PledgeStatus>(m_status->currentData().toString()).value_or(after.status);
    after.basisDate = m_basisDate->date();
    const Status applied = m_sink->applyEdit(after, description, mergeKey);
    if (!applied) {
        emit editRefused(applied.error().message);
        refresh(); // show the stored values again
    }
}

} // namespace openmayor

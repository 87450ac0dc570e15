#include "indicatorpage.h"

#include "commands/pledgeeditsink.h"
#include "domain/fulfilment.h"
#include "itemmodels/indicatorgridmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace openmayor {

IndicatorPage::IndicatorPage(PledgeEditSink* sink, int firstYear, int lastYear, QWidget* parent)
    : QWidget(parent), m_sink(sink),
      m_grid(new IndicatorGridModel(sink, firstYear, lastYear, this)),
      m_choice(new QComboBox(this)), m_name(new QLineEdit(this)), m_unit(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_hasBaseline(new QCheckBox(this)),
      m_baseline(new QDoubleSpinBox(this)), m_view(new QTableView(this)), m_rate(new QLabel(this)),
      m_pledgeRate(new QLabel(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this))
{
    m_baseline->setRange(-1e12, 1e12);
    m_baseline->setDecimals(2);
    m_unit->setMaximumWidth(120);
    m_view->setModel(m_grid);
    m_view->setObjectName(QStringLiteral("indicatorGrid"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_rate->setWordWrap(true);
    m_rate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pledgeRate->setWordWrap(true);
    QFont big = m_pledgeRate->font();
    big.setBold(true);
    m_pledgeRate->setFont(big);

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_choice, 1);
    chooser->addWidget(m_add);
    chooser->addWidget(m_remove);

    auto* baseline = new QHBoxLayout;
    baseline->addWidget(m_hasBaseline);
    baseline->addWidget(m_baseline, 1);

    auto* form = new QFormLayout;
    auto label = [&](QWidget* buddy) {
        auto* l = new QLabel(this);
        if (buddy)
            l->setBuddy(buddy);
        m_labels << l;
        return l;
    };
    form->addRow(label(m_name), m_name);
    auto* unitKind = new QHBoxLayout;
    unitKind->addWidget(m_unit);
    unitKind->addWidget(label(m_kind));
    unitKind->addWidget(m_kind, 1);
    form->addRow(label(m_unit), unitKind);
    form->addRow(label(nullptr), baseline);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(chooser);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_rate);
    layout->addWidget(m_pledgeRate);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_refreshing)
            return;
        m_grid->setIndicatorIndex(index);
        refresh();
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const auto* ind = m_grid->indicator();
        if (ind && m_name->text().trimmed() != ind->name)
            commitFields(tr("Rename the indicator"));
    });
    connect(m_unit, &QLineEdit::editingFinished, this, [this] {
        const auto* ind = m_grid->indicator();
        if (ind && m_unit->text().trimmed() != ind->unit)
            commitFields(tr("Change the indicator's unit"));
    });
    connect(m_kind, &QComboBox::activated, this,
            [this] { commitFields(tr("Change the indicator's kind")); });
    connect(m_hasBaseline, &QCheckBox::toggled, this,
            [this] { commitFields(tr("Change the indicator's baseline")); });
    connect(m_baseline, &QDoubleSpinBox::editingFinished, this,
            [this] { commitFields(tr("Change the indicator's baseline")); });
    connect(m_add, &QPushButton::clicked, this, &IndicatorPage::addIndicator);
    connect(m_remove, &QPushButton::clicked, this, &IndicatorPage::removeIndicator);
    connect(m_grid, &IndicatorGridModel::editRefused, this, &IndicatorPage::editRefused);
    retranslate();
}

void IndicatorPage::retranslate()
{
    const QStringList texts = {tr("&Indicator:"), tr("K&ind:"), tr("&Unit:"), tr("Baseline:")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i)
        m_labels[i]->setText(texts.at(i));
    m_hasBaseline->setText(tr("has a baseline"));
    m_add->setText(tr("&Add indicator"));
    m_remove->setText(tr("Remove indicator"));
    m_refreshing = true;
    const QString current = m_kind->currentData().toString();
    m_kind->clear();
    for (const QString& key : EnumInfo<IndicatorKind>::keys())
        m_kind->addItem(labelOfKey<IndicatorKind>(key), key);
    m_kind->setCurrentIndex(m_kind->findData(current));
    m_refreshing = false;
    refresh();
}

QString IndicatorPage::rateText() const
{
    return m_rate->text();
}

void IndicatorPage::refresh()
{
    m_refreshing = true;
    const Pledge& p = m_sink->pledge();
    int index = m_grid->indicatorIndex();
    if (index >= p.indicators.size())
        index = int(p.indicators.size()) - 1;
    m_choice->clear();
    for (const Indicator& ind : p.indicators)
        m_choice->addItem(ind.name);
    m_choice->setCurrentIndex(qMax(index, 0));
    if (index != m_grid->indicatorIndex())
        m_grid->setIndicatorIndex(qMax(index, 0));
    else
        m_grid->refresh();

    const Indicator* ind = m_grid->indicator();
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_unit, m_kind, m_hasBaseline,
                                                      m_baseline, m_remove, m_view})
        w->setEnabled(ind != nullptr);
    m_add->setEnabled(!p.id.isEmpty());
    m_name->setText(ind ? ind->name : QString());
    m_unit->setText(ind ? ind->unit : QString());
    m_kind->setCurrentIndex(ind ? m_kind->findData(toKey(ind->kind)) : -1);
    m_hasBaseline->setChecked(ind && ind->baseline.has_value());
    m_baseline->setEnabled(ind && ind->baseline.has_value());
    m_baseline->setValue(ind && ind->baseline ? *ind->baseline : 0);

    const auto rate = m_grid->rate();
    m_rate->setText(
        ind ? tr("Indicator rate: %1 — %2")
                  .arg(rate ? QLocale().toString(*rate, 'f', 1) + u'%' : QStringLiteral("—"),
                       m_grid->rateExplanation())
            : tr("This pledge has no indicators yet, so it has no rate."));
    const auto pledgeRate = fulfilment::pledgeRate(p);
    m_pledgeRate->setText(
        tr("Pledge rate (mean of %n indicator rate(s)): %1", nullptr, int(p.indicators.size()))
            .arg(pledgeRate ? QLocale().toString(*pledgeRate, 'f', 1) + u'%'
                            : QStringLiteral("—")));
    m_refreshing = false;
}

void IndicatorPage::commitFields(const QString& description)
{
    if (m_refreshing || !m_grid->indicator())
        return;
    Pledge after = m_sink->pledge();
    Indicator& ind = after.indicators[m_grid->indicatorIndex()];
    ind.name = m_name->text().trimmed();
    ind.unit = m_unit->text().trimmed();
    ind.kind = fromKey<IndicatorKind>(m_kind->currentData().toString()).value_or(ind.kind);
    ind.baseline =
        m_hasBaseline->isChecked() ? std::optional<double>(m_baseline->value()) : std::nullopt;
    const Status applied = m_sink->applyEdit(after, description);
    if (!applied) {
        emit editRefused(applied.error().message);
        refresh();
    }
}

void IndicatorPage::addIndicator()
{
    Pledge after = m_sink->pledge();
    Indicator ind;
    ind.name = tr("New indicator");
    ind.unit = tr("times");
    after.indicators << ind;
    const Status applied = m_sink->applyEdit(after, tr("Add an indicator"));
    if (!applied) {
        emit editRefused(applied.error().message);
        return;
    }
    m_grid->setIndicatorIndex(int(m_sink->pledge().indicators.size()) - 1);
    refresh();
}

void IndicatorPage::removeIndicator()
{
    const int index = m_grid->indicatorIndex();
    Pledge after = m_sink->pledge();
    if (index < 0 || index >= after.indicators.size())
        return;
    const QString name = after.indicators.at(index).name;
    after.indicators.removeAt(index);
    const Status applied = m_sink->applyEdit(after, tr("Remove the indicator \"%1\"").arg(name));
    if (!applied)
        emit editRefused(applied.error().message);
}

} // namespace openmayor

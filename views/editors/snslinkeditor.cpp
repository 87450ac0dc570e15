#include "snslinkeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace openmayor {

SnsLinkEditor::SnsLinkEditor(const ContentEditorContext& context, QWidget* parent)
    : ContentEditor(ContentType::SnsLink, context, parent), m_form(new QFormLayout),
      m_platform(new QComboBox(this)), m_url(new QLineEdit(this)), m_label(new QLineEdit(this)),
      m_department(new QLineEdit(this)), m_warning(new QLabel(this))
{
    for (const QString& key : EnumInfo<SnsPlatform>::keys())
        m_platform->addItem(labelOfKey<SnsPlatform>(key), key);
    m_warning->setWordWrap(true);
    m_form->addRow(new QLabel(this), m_platform);
    m_form->addRow(new QLabel(this), m_url);
    m_form->addRow(new QLabel(this), m_label);
    m_form->addRow(new QLabel(this), m_department);
    formLayout()->addLayout(m_form);
    formLayout()->addWidget(m_warning);
    formLayout()->addStretch(1);

    bindCombo(
        m_platform, QStringLiteral("platform"), tr("platform"),
        [](const ContentItem& i) { return toKey(std::get<SnsLink>(i).platform); },
        [](ContentItem& i, const QString& v) {
            std::get<SnsLink>(i).platform = fromKey<SnsPlatform>(v).value_or(SnsPlatform::Other);
        });
    bindText<SnsLink>(m_url, QStringLiteral("url"), tr("address"), &SnsLink::url);
    bindText<SnsLink>(m_label, QStringLiteral("label"), tr("label"), &SnsLink::label);
    bindDepartment(m_department, tr("department"));
    addRefresher([this] {
        const QString warning = hostWarning();
        m_warning->setText(warning.isEmpty() ? QString() : QStringLiteral("⚠ ") + warning);
        m_warning->setVisible(!warning.isEmpty());
    });
    retranslate();
}

QString SnsLinkEditor::hostWarning() const
{
    return snsHostWarning(shown<SnsLink>());
}

void SnsLinkEditor::retranslate()
{
    const QStringList labels = {tr("&Platform"), tr("&Address"), tr("&Label"), tr("De&partment")};
    for (int row = 0; row < labels.size(); ++row)
        if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget())) {
                label->setText(labels.at(row));
                label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
            }
    for (int i = 0; i < m_platform->count(); ++i)
        m_platform->setItemText(i, labelOfKey<SnsPlatform>(m_platform->itemData(i).toString()));
    m_url->setPlaceholderText(QStringLiteral("https://"));
}

} // namespace openmayor

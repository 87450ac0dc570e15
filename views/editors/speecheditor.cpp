#include "speecheditor.h"

#include "richtexteditor.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace openmayor {

SpeechEditor::SpeechEditor(const ContentEditorContext& context, QWidget* parent)
    : ContentEditor(ContentType::Speech, context, parent), m_form(new QFormLayout),
      m_title(new QLineEdit(this)), m_event(new QLineEdit(this)), m_place(new QLineEdit(this)),
      m_date(new QDateEdit(this)), m_department(new QLineEdit(this)),
      m_body(new RichTextEditor(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), m_event);
    m_form->addRow(new QLabel(this), m_place);
    m_form->addRow(new QLabel(this), m_date);
    m_form->addRow(new QLabel(this), m_department);
    formLayout()->addLayout(m_form);
    formLayout()->addWidget(m_body, 1);
    connectMediaImages(m_body);

    bindText<Speech>(m_title, QStringLiteral("title"), tr("title"), &Speech::title);
    bindText<Speech>(m_event, QStringLiteral("event_name"), tr("event"), &Speech::eventName);
    bindText<Speech>(m_place, QStringLiteral("place"), tr("place"), &Speech::place);
    bindDate(
        m_date, QStringLiteral("delivered_on"), tr("date"),
        [](const ContentItem& i) { return std::get<Speech>(i).deliveredOn; },
        [](ContentItem& i, const QDate& v) { std::get<Speech>(i).deliveredOn = v; });
    bindDepartment(m_department, tr("department"));
    bindBody<Speech>(m_body, tr("full text"), &Speech::bodyHtml);
    retranslate();
}

void SpeechEditor::retranslate()
{
    const QStringList labels = {tr("&Title"), tr("&Event"), tr("&Place"), tr("&Date"),
                                tr("De&partment")};
    for (int row = 0; row < labels.size(); ++row)
        if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget())) {
                label->setText(labels.at(row));
                label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
            }
    m_event->setPlaceholderText(tr("e.g. New Year's talk with citizens"));
}

} // namespace openmayor

#include "eventdialog.h"

#include "commands/scheduleedits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace openmayor {

namespace {
template <typename E> void fillEnum(QComboBox* box, E current)
{
    const QStringList keys = EnumInfo<E>::keys();
    for (int i = 0; i < keys.size(); ++i)
        box->addItem(labelOf(static_cast<E>(i)), keys.at(i));
    box->setCurrentIndex(box->findData(toKey(current)));
}

template <typename E> E enumOf(const QComboBox* box)
{
    return fromKey<E>(box->currentData().toString()).value_or(E{});
}

QWidget* pair(QWidget* a, QWidget* b, const QString& between)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(a, 1);
    layout->addWidget(new QLabel(between));
    layout->addWidget(b, 1);
    return row;
}
} // namespace

EventDialog::EventDialog(const ScheduleEvent& event, bool isNew, const QStringList& categories,
                         QWidget* parent)
    : QDialog(parent), m_original(event), m_title(new QLineEdit(this)),
      m_allDay(new QCheckBox(tr("All day"), this)), m_timeFields(new QStackedWidget(this)),
      m_start(new QDateTimeEdit(this)), m_end(new QDateTimeEdit(this)),
      m_firstDay(new QDateEdit(this)), m_lastDay(new QDateEdit(this)), m_place(new QLineEdit(this)),
      m_category(new QComboBox(this)), m_department(new QLineEdit(this)),
      m_visibility(new QComboBox(this)), m_status(new QComboBox(this)),
      m_description(new QPlainTextEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(isNew ? tr("New Event") : tr("Edit Event"));
    setObjectName(QStringLiteral("eventDialog"));
    m_title->setObjectName(QStringLiteral("title"));
    m_allDay->setObjectName(QStringLiteral("allDay"));
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    m_firstDay->setObjectName(QStringLiteral("firstDay"));
    m_lastDay->setObjectName(QStringLiteral("lastDay"));
    m_place->setObjectName(QStringLiteral("place"));
    m_category->setObjectName(QStringLiteral("category"));
    m_department->setObjectName(QStringLiteral("department"));
    m_visibility->setObjectName(QStringLiteral("visibility"));
    m_status->setObjectName(QStringLiteral("status"));
    m_description->setObjectName(QStringLiteral("description"));
    m_message->setObjectName(QStringLiteral("validationMessage"));

    const QString dateTimeFormat = QStringLiteral("yyyy-MM-dd (ddd) HH:mm");
    const QString dateFormat = QStringLiteral("yyyy-MM-dd (ddd)");
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(dateTimeFormat);
        edit->setCalendarPopup(true);
    }
    for (QDateEdit* edit : {m_firstDay, m_lastDay}) {
        edit->setDisplayFormat(dateFormat);
        edit->setCalendarPopup(true);
    }
    m_timeFields->addWidget(pair(m_start, m_end, QStringLiteral("–")));
    m_timeFields->addWidget(pair(m_firstDay, m_lastDay, QStringLiteral("–")));

    m_title->setText(event.title);
    m_title->setPlaceholderText(tr("What the mayor does"));
    m_allDay->setChecked(event.allDay);
    m_start->setDateTime(event.start);
    m_end->setDateTime(event.allDay ? event.start.addSecs(3600) : event.end);
    m_firstDay->setDate(event.start.date());
    m_lastDay->setDate(event.allDay ? event.end.date().addDays(-1) : event.end.date());
    m_place->setText(event.place);
    m_category->setEditable(true);
    m_category->addItems(categories);
    m_category->setCurrentText(event.category);
    m_department->setText(event.department);
    fillEnum(m_visibility, event.visibility);
    fillEnum(m_status, event.status);
    m_description->setPlainText(event.description);
    m_description->setTabChangesFocus(true);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_allDay);
    form->addRow(tr("&When:"), m_timeFields);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Visibility:"), m_visibility);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Description:"), m_description);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_allDay, &QCheckBox::toggled, this, &EventDialog::syncAllDay);
    // keep the length when the start moves, as calendars do
    m_previousStart = m_start->dateTime();
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime& start) {
        const qint64 length = m_previousStart.secsTo(m_end->dateTime());
        if (length >= 0)
            m_end->setDateTime(start.addSecs(length));
        m_previousStart = start;
    });
    connect(m_firstDay, &QDateEdit::dateChanged, this, [this](const QDate& first) {
        if (m_lastDay->date() < first)
            m_lastDay->setDate(first);
    });
    syncAllDay();
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

void EventDialog::syncAllDay()
{
    m_timeFields->setCurrentIndex(m_allDay->isChecked() ? 1 : 0);
}

ScheduleEvent EventDialog::event() const
{
    ScheduleEvent e = m_original;
    e.title = m_title->text().trimmed();
    e.allDay = m_allDay->isChecked();
    if (e.allDay) {
        e.start = QDateTime(m_firstDay->date(), QTime(0, 0));
        e.end = QDateTime(m_lastDay->date().addDays(1), QTime(0, 0));
    } else {
        e.start = m_start->dateTime();
        e.end = m_end->dateTime();
    }
    e.place = m_place->text().trimmed();
    e.category = m_category->currentText().trimmed();
    e.department = m_department->text().trimmed();
    e.visibility = enumOf<Visibility>(m_visibility);
    e.status = enumOf<EventStatus>(m_status);
    e.description = m_description->toPlainText();
    return e;
}

QString EventDialog::validationMessage() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void EventDialog::accept()
{
    const ScheduleEvent e = event();
    if (e.allDay && m_lastDay->date() < m_firstDay->date()) {
        m_message->setText(tr("The last day comes before the first day."));
        m_message->show();
        return;
    }
    if (Status s = validateScheduleEvent(e); !s) {
        m_message->setText(s.error().message);
        m_message->show();
        (e.title.isEmpty() ? static_cast<QWidget*>(m_title)
                           : static_cast<QWidget*>(m_allDay->isChecked() ? m_lastDay : m_end))
            ->setFocus();
        return;
    }
    m_message->hide();
    QDialog::accept();
}

} // namespace openmayor

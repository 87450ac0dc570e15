#pragma once

#include "domain/scheduleevent.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace openmayor {

// Creates or edits one schedule event: title, all-day, start and end, place, category,
// department, public or internal, status, description. OK checks the event's rules
// (validateScheduleEvent) and shows what is wrong in the dialog instead of closing.
// An all-day event is edited as first and last date (the stored end is the day after).
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(const ScheduleEvent& event, bool isNew, const QStringList& categories,
                QWidget* parent = nullptr);

    // The event as the fields describe it now.
    ScheduleEvent event() const;
    QString validationMessage() const;

    void accept() override;

private:
    void syncAllDay();

    ScheduleEvent m_original;
    QDateTime m_previousStart; // the end follows the start, keeping the length
    QLineEdit* m_title;
    QCheckBox* m_allDay;
    QStackedWidget* m_timeFields;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QDateEdit* m_firstDay;
    QDateEdit* m_lastDay;
    QLineEdit* m_place;
    QComboBox* m_category;
    QLineEdit* m_department;
    QComboBox* m_visibility;
    QComboBox* m_status;
    QPlainTextEdit* m_description;
    QLabel* m_message;
};

} // namespace openmayor

#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace openmayor {

// A non-blocking message strip above the content (STYLE.md 9): errors and notices are
// shown here instead of in a cascade of modal boxes.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Level level = Level::Information);
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_label;
    QToolButton* m_close;
};

} // namespace openmayor

#pragma once

#include <QDialog>

namespace openmayor {

// Shown on first start when the data file does not exist yet: create it with the demo
// data, create it empty, open another file, or quit.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        CreateDemo = 1,
        CreateEmpty,
        OpenOther
    };

    WelcomeDialog(const QString& path, QWidget* parent = nullptr);
};

} // namespace openmayor

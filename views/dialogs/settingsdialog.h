#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace openmayor {

class Settings;

// Language and data file. The language applies at once; a new data file is used from the
// next start (or File ▸ Open).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings* settings, QWidget* parent = nullptr);

    void accept() override;

private:
    void browse();

    Settings* m_settings;
    QComboBox* m_language;
    QLineEdit* m_dataFile;
    QLineEdit* m_userName;
};

} // namespace openmayor

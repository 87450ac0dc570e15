#pragma once

#include "common/result.h"
#include "sync/portalendpoint.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace openmayor {

class CredentialStore;
class Settings;

// Tools ▸ Portal Connection Settings: where the portal's PostgreSQL is, the password (kept
// in the system keychain, never in the settings), a connection test and the sync interval.
class PortalSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    PortalSettingsDialog(Settings* settings, CredentialStore* credentials,
                         QWidget* parent = nullptr);

    // The endpoint the fields describe (without password); an error names the bad field.
    Result<PortalEndpoint> endpoint() const;
    void accept() override;
    // Opens a connection in the background and shows the server version or the error.
    void testConnection();
    bool isTesting() const { return m_testing; }
    QString testResult() const;
    QString errorText() const;

signals:
    void testFinished();

private:
    void loadEndpoint(const QString& url);
    void showError(const QString& message);
    Result<PortalEndpoint> endpointWithPassword() const;

    Settings* m_settings;
    CredentialStore* m_credentials;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslMode;
    QLineEdit* m_password;
    QSpinBox* m_interval;
    QPushButton* m_test;
    QLabel* m_testResult;
    QLabel* m_error;
    bool m_testing = false;
};

} // namespace openmayor

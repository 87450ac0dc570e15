#include "portalsettingsdialog.h"

#include "common/background.h"
#include "common/settings.h"
#include "sync/credentialstore.h"
#include "sync/portalconnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace openmayor {

namespace {

// Connects with `endpoint` in the calling thread and asks the server its version.
Result<QString> serverVersion(const PortalEndpoint& endpoint)
{
    auto portal = PortalConnection::open(endpoint);
    if (!portal)
        return portal.error();
    auto version = (*portal)->scalar(QStringLiteral("SELECT current_setting('server_version')"));
    if (!version)
        return version.error();
    return version->toString();
}

} // namespace

PortalSettingsDialog::PortalSettingsDialog(Settings* settings, CredentialStore* credentials,
                                           QWidget* parent)
    : QDialog(parent), m_settings(settings), m_credentials(credentials),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_sslMode(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_interval(new QSpinBox(this)), m_test(new QPushButton(tr("&Test Connection"), this)),
      m_testResult(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("portalSettingsDialog"));
    setWindowTitle(tr("Portal Connection Settings"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("portal.naju.go.kr"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    // libpq's modes; the empty entry leaves libpq's default ("prefer")
    m_sslMode->addItem(tr("Default (prefer)"), QString());
    for (const char* mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Off"));
    m_interval->setValue(settings->syncIntervalMinutes());
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->hide();
    connect(m_test, &QPushButton::clicked, this, &PortalSettingsDialog::testConnection);
    loadEndpoint(settings->portalUrl());

    auto* passwordNote = new QLabel(
        tr("The password is kept in the system keychain, never in the settings file."), this);
    passwordNote->setWordWrap(true);
    passwordNote->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption (sslmode):"), m_sslMode);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), passwordNote);
    form->addRow(tr("&Sync every:"), m_interval);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PortalSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void PortalSettingsDialog::loadEndpoint(const QString& url)
{
    if (url.isEmpty())
        return;
    const auto endpoint = PortalEndpoint::parse(url);
    if (!endpoint) {
        showError(endpoint.error().message);
        return;
    }
    m_host->setText(endpoint->host);
    m_port->setValue(endpoint->port);
    m_database->setText(endpoint->database);
    m_user->setText(endpoint->user);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(endpoint->sslMode)));
    if (m_credentials) {
        const auto stored = m_credentials->readPassword(endpoint->credentialKey());
        if (stored && !stored->isEmpty())
            m_password->setPlaceholderText(tr("(kept in the keychain; type to replace)"));
    }
}

Result<PortalEndpoint> PortalSettingsDialog::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    const QString sslMode = m_sslMode->currentData().toString();
    if (!sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    const QString text = url.toString(QUrl::FullyEncoded);
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_user->text().trimmed().isEmpty())
        return Error(Error::Kind::Usage,
                     tr("Enter the server, the database and the user of the portal."), text);
    return PortalEndpoint::parse(text);
}

Result<PortalEndpoint> PortalSettingsDialog::endpointWithPassword() const
{
    auto portal = endpoint();
    if (!portal)
        return portal;
    if (!m_password->text().isEmpty()) {
        portal->password = m_password->text();
        return portal;
    }
    if (Status s = resolvePortalPassword(*portal, m_credentials); !s)
        return s.error();
    return portal;
}

void PortalSettingsDialog::testConnection()
{
    auto portal = endpointWithPassword();
    if (!portal) {
        m_testResult->setText(portal.error().message);
        emit testFinished();
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    runInBackground<Result<QString>>(
        this, [endpoint = *portal] { return serverVersion(endpoint); },
        [this](Result<QString> version) {
            m_testing = false;
            m_test->setEnabled(true);
            if (version)
                m_testResult->setText(tr("Connected: PostgreSQL %1").arg(*version));
            else
                m_testResult->setText(version.error().fullText());
            emit testFinished();
        });
}

QString PortalSettingsDialog::testResult() const
{
    return m_testResult->text();
}

QString PortalSettingsDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PortalSettingsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void PortalSettingsDialog::accept()
{
    const bool cleared = m_host->text().trimmed().isEmpty() &&
                         m_database->text().trimmed().isEmpty() &&
                         m_user->text().trimmed().isEmpty();
    QString url;
    if (!cleared) { // all fields empty disconnects from the portal
        auto portal = endpoint();
        if (!portal) {
            showError(portal.error().message);
            return;
        }
        if (!m_password->text().isEmpty()) {
            if (!m_credentials) {
                showError(tr("No keychain is available to keep the password."));
                return;
            }
            if (Status s =
                    m_credentials->writePassword(portal->credentialKey(), m_password->text());
                !s) {
                showError(s.error().message);
                return;
            }
        }
        url = portal->displayUrl();
    }
    m_settings->setPortalUrl(url);
    m_settings->setSyncIntervalMinutes(m_interval->value());
    QDialog::accept();
}

} // namespace openmayor

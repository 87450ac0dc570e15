#pragma once

#include "brandtheme.h"

#include <QObject>
#include <QSettings>
#include <QString>

namespace openmayor {

// Typed application settings declared once, with defaults and a change signal
// (STYLE.md 10). Backed by QSettings (the registry on Windows, an .ini file elsewhere).
// Secrets never go here: passwords live in the system keychain.
class Settings : public QObject
{
    Q_OBJECT
public:
    explicit Settings(QObject* parent = nullptr);
    // For tests: settings in an explicit .ini file.
    Settings(const QString& iniFile, QObject* parent);

    // UI language: "ko" (default) or "en".
    QString language() const;
    void setLanguage(const QString& language);

    // The local database file; empty means the per-user default.
    QString dataFile() const;
    void setDataFile(const QString& path);

    // The per-user default database file (QStandardPaths::AppDataLocation).
    static QString defaultDataFile();
    static QStringList supportedLanguages();
    // The database to open: `explicitPath` (--db) if given, else $OPENMAYOR_DB, else the
    // configured file, else the per-user default.
    QString resolveDataFile(const QString& explicitPath) const;

    // The name recorded as who edited, reviewed or published content: the configured name,
    // else the operating system's user name.
    QString userName() const;
    void setUserName(const QString& name);
    static QString systemUserName();

    QString lastSection() const;
    void setLastSection(const QString& key);

    // The schedule's calendar view: "month" (default), "week", "day" or "list".
    QString scheduleView() const;
    void setScheduleView(const QString& view);
    // The infographic brand (colours, font, logo, footer, source line); defaults when unset.
    BrandTheme brandTheme() const;
    void setBrandTheme(const BrandTheme& theme);

    // The portal's PostgreSQL URL without the password (PortalEndpoint::displayUrl());
    // empty when no portal is configured. The password lives in the keychain only.
    QString portalUrl() const;
    void setPortalUrl(const QString& url);
    // Minutes between automatic syncs; 0 turns the timer off. Default 15.
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);

signals:
    void languageChanged(const QString& language);
    void dataFileChanged(const QString& path);
    void brandThemeChanged();
    // The portal URL or the sync interval changed.
    void syncSettingsChanged();

private:
    QSettings m_settings;
};

} // namespace openmayor

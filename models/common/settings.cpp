#include "settings.h"

#include <QDir>
#include <QStandardPaths>

namespace openmayor {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString dataFileKey = QStringLiteral("storage/dataFile");
const QString lastSectionKey = QStringLiteral("ui/lastSection");
const QString scheduleViewKey = QStringLiteral("ui/scheduleView");
const QString userNameKey = QStringLiteral("user/name");
const QString brandGroup = QStringLiteral("infographic/brand");
const QString portalUrlKey = QStringLiteral("sync/portalUrl");
const QString syncIntervalKey = QStringLiteral("sync/intervalMinutes");
constexpr int defaultSyncIntervalMinutes = 15;
} // namespace

Settings::Settings(QObject* parent) : QObject(parent) {}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent), m_settings(iniFile, QSettings::IniFormat)
{}

QStringList Settings::supportedLanguages()
{
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QString Settings::language() const
{
    const QString value = m_settings.value(languageKey, QStringLiteral("ko")).toString();
    return supportedLanguages().contains(value) ? value : QStringLiteral("ko");
}

void Settings::setLanguage(const QString& language)
{
    if (!supportedLanguages().contains(language) || language == this->language())
        return;
    m_settings.setValue(languageKey, language);
    emit languageChanged(language);
}

QString Settings::dataFile() const
{
    return m_settings.value(dataFileKey).toString();
}

void Settings::setDataFile(const QString& path)
{
    if (path == dataFile())
        return;
    m_settings.setValue(dataFileKey, path);
    emit dataFileChanged(path);
}

QString Settings::defaultDataFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("openmayor.sqlite"));
}

QString Settings::resolveDataFile(const QString& explicitPath) const
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnvironment = qEnvironmentVariable("OPENMAYOR_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString configured = dataFile();
    return configured.isEmpty() ? defaultDataFile() : configured;
}

QString Settings::userName() const
{
    const QString configured = m_settings.value(userNameKey).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    return systemUserName();
}

QString Settings::systemUserName()
{
    return qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
}

void Settings::setUserName(const QString& name)
{
    m_settings.setValue(userNameKey, name.trimmed());
}

QString Settings::lastSection() const
{
    return m_settings.value(lastSectionKey).toString();
}

void Settings::setLastSection(const QString& key)
{
    m_settings.setValue(lastSectionKey, key);
}

QString Settings::scheduleView() const
{
    return m_settings.value(scheduleViewKey, QStringLiteral("month")).toString();
}

void Settings::setScheduleView(const QString& view)
{
    m_settings.setValue(scheduleViewKey, view);
}

BrandTheme Settings::brandTheme() const
{
    const BrandTheme defaults;
    BrandTheme theme;
    auto colour = [this](const QString& key, const QColor& fallback) {
        const QColor value(m_settings.value(brandGroup + u'/' + key).toString());
        return value.isValid() ? value : fallback;
    };
    auto text = [this](const QString& key, const QString& fallback) {
        return m_settings.value(brandGroup + u'/' + key, fallback).toString();
    };
    theme.background = colour(QStringLiteral("background"), defaults.background);
    theme.text = colour(QStringLiteral("text"), defaults.text);
    theme.primary = colour(QStringLiteral("primary"), defaults.primary);
    theme.secondary = colour(QStringLiteral("secondary"), defaults.secondary);
    theme.accent = colour(QStringLiteral("accent"), defaults.accent);
    theme.fontFamily = text(QStringLiteral("fontFamily"), defaults.fontFamily);
    theme.logoPath = text(QStringLiteral("logoPath"), defaults.logoPath);
    theme.organisation = text(QStringLiteral("organisation"), defaults.organisation);
    theme.sourceLine = text(QStringLiteral("sourceLine"), defaults.sourceLine);
    theme.footer = text(QStringLiteral("footer"), defaults.footer);
    return theme;
}

void Settings::setBrandTheme(const BrandTheme& theme)
{
    if (theme == brandTheme())
        return;
    auto put = [this](const QString& key, const QString& value) {
        m_settings.setValue(brandGroup + u'/' + key, value);
    };
    put(QStringLiteral("background"), theme.background.name());
    put(QStringLiteral("text"), theme.text.name());
    put(QStringLiteral("primary"), theme.primary.name());
    put(QStringLiteral("secondary"), theme.secondary.name());
    put(QStringLiteral("accent"), theme.accent.name());
    put(QStringLiteral("fontFamily"), theme.fontFamily);
    put(QStringLiteral("logoPath"), theme.logoPath);
    put(QStringLiteral("organisation"), theme.organisation);
    put(QStringLiteral("sourceLine"), theme.sourceLine);
    put(QStringLiteral("footer"), theme.footer);
    emit brandThemeChanged();
}

QString Settings::portalUrl() const
{
    return m_settings.value(portalUrlKey).toString();
}

void Settings::setPortalUrl(const QString& url)
{
    if (url == portalUrl())
        return;
    m_settings.setValue(portalUrlKey, url);
    emit syncSettingsChanged();
}

int Settings::syncIntervalMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(syncIntervalKey, defaultSyncIntervalMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultSyncIntervalMinutes;
}

void Settings::setSyncIntervalMinutes(int minutes)
{
    minutes = qMax(0, minutes);
    if (minutes == syncIntervalMinutes())
        return;
    m_settings.setValue(syncIntervalKey, minutes);
    emit syncSettingsChanged();
}

} // namespace openmayor

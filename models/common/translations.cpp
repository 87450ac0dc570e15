#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace openmayor {

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

bool installTranslations(const QString& language)
{
    for (auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    const QLocale locale(language == u"en" ? QLocale::English : QLocale::Korean,
                         language == u"en" ? QLocale::UnitedStates : QLocale::SouthKorea);
    QLocale::setDefault(locale);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    auto app = std::make_unique<QTranslator>();
    const bool ok = app->load(QStringLiteral(":/i18n/openmayor_") + language);
    if (ok) {
        QCoreApplication::installTranslator(app.get());
        installed().push_back(std::move(app));
    }
    return ok || language == u"en";
}

} // namespace openmayor

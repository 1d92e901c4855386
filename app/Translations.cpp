#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QString g_language = QStringLiteral("en");
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale system;
    const bool chinese = language.isEmpty() ? system.language() == QLocale::Chinese
                                            : language.startsWith(QLatin1String("zh"));
    const QLocale locale = chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    g_language = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (!chinese)
        return; // English is the source language
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("policy-workbench"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        app.installTranslator(ours);
}

QString currentLanguage()
{
    return g_language;
}

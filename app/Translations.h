#pragma once

#include <QString>

class QCoreApplication;

// Installs the application's and Qt's own translations for `language` ("en", "zh_CN", or
// empty for the system locale) and makes it the default QLocale, which also decides
// whether goal names are shown in Chinese or English.
void installTranslations(QCoreApplication &app, const QString &language);
// The language actually in use after installTranslations ("en" or "zh_CN").
QString currentLanguage();

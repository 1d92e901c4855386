#include "ReportLanguage.h"

#include <QTranslator>
#include <cmath>

ReportLanguage::ReportLanguage(const QString &language)
    : m_chinese(language.startsWith(QLatin1String("zh")))
{
    if (!m_chinese)
        return;
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/policy-workbench_zh_CN.qm")))
        m_translator = translator;
}

ReportLanguage::~ReportLanguage() = default;

QLocale ReportLanguage::locale() const
{
    return m_chinese ? QLocale(QLocale::Chinese, QLocale::China)
                     : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString ReportLanguage::translate(const char *context, const char *source) const
{
    if (m_translator) {
        const QString text = m_translator->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString ReportLanguage::pick(const QString &zh, const QString &en) const
{
    if (m_chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QString ReportLanguage::number(double value, int decimals) const
{
    if (std::isnan(value))
        return QStringLiteral("—");
    // Plain digits with a decimal point in both languages: managers compare printouts with
    // the CSV exports, and Chinese reports use Western digits.
    return QString::number(value, 'f', decimals);
}

bool ReportLanguage::isSupported(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("zh_CN");
}

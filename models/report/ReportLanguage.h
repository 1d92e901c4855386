#pragma once

#include <QLocale>
#include <QString>
#include <memory>

class QTranslator;

// The language a report is written in, independent of the interface language: a manager
// may want the Chinese printout from an English session. Strings are looked up in the
// application's own translation (":/i18n/policy-workbench_zh_CN.qm") without installing it,
// so the open windows never switch language. Report texts are marked with
// QT_TRANSLATE_NOOP("Report", …) so lupdate collects them.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &language); // "en" or "zh_CN"
    ~ReportLanguage();

    QString code() const { return m_chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"); }
    bool isChinese() const { return m_chinese; }
    // False when Chinese was asked for but the translation could not be loaded.
    bool isAvailable() const { return !m_chinese || m_translator != nullptr; }
    QLocale locale() const;

    // `source` in the context "Report".
    QString text(const char *source) const { return translate("Report", source); }
    QString translate(const char *context, const char *source) const;
    // Chinese or English, whichever the report is in; English falls back to Chinese.
    QString pick(const QString &zh, const QString &en) const;

    // A number in the report's locale with `decimals` places; "—" for NaN.
    QString number(double value, int decimals) const;

    static bool isSupported(const QString &language);

private:
    bool m_chinese = false;
    std::shared_ptr<QTranslator> m_translator;
};

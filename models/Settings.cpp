#include "Settings.h"

#include "store/Rows.h"

#include <QDir>
#include <QFileInfo>

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("PolicyWorkbench"),
                 QStringLiteral("PolicyWorkbench"))
{}

Evaluator Settings::evaluator() const
{
    return {m_settings.value(QStringLiteral("evaluator/uuid")).toString(),
            m_settings.value(QStringLiteral("evaluator/name")).toString()};
}

void Settings::setEvaluatorName(const QString &name)
{
    if (m_settings.value(QStringLiteral("evaluator/uuid")).toString().isEmpty())
        m_settings.setValue(QStringLiteral("evaluator/uuid"), Rows::newUuid());
    m_settings.setValue(QStringLiteral("evaluator/name"), name.trimmed());
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(QStringLiteral("files/recent")).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > recentFilesLimit())
        files.removeLast();
    m_settings.setValue(QStringLiteral("files/recent"), files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(QStringLiteral("files/recent"), files);
}

int Settings::recentFilesLimit() const
{
    return qBound(1, m_settings.value(QStringLiteral("files/recentLimit"), 8).toInt(), 30);
}

void Settings::setRecentFilesLimit(int limit)
{
    m_settings.setValue(QStringLiteral("files/recentLimit"), qBound(1, limit, 30));
}

QString Settings::lastDirectory() const
{
    return m_settings.value(QStringLiteral("files/lastDirectory"), QDir::homePath()).toString();
}

void Settings::setLastDirectory(const QString &dir)
{
    m_settings.setValue(QStringLiteral("files/lastDirectory"), dir);
}

QByteArray Settings::windowState(const QString &key) const
{
    return m_settings.value(QStringLiteral("window/") + key).toByteArray();
}

void Settings::setWindowState(const QString &key, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/") + key, state);
}

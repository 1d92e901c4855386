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
    QStringList files = recentFiles();
    if (files.size() > recentFilesLimit()) {
        files = files.mid(0, recentFilesLimit());
        m_settings.setValue(QStringLiteral("files/recent"), files);
    }
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
    if (!restoreLayout())
        return {};
    return m_settings.value(QStringLiteral("window/") + key).toByteArray();
}

void Settings::setWindowState(const QString &key, const QByteArray &state)
{
    if (restoreLayout())
        m_settings.setValue(QStringLiteral("window/") + key, state);
}

bool Settings::restoreLayout() const
{
    return m_settings.value(QStringLiteral("window/restoreLayout"), true).toBool();
}

void Settings::setRestoreLayout(bool restore)
{
    m_settings.setValue(QStringLiteral("window/restoreLayout"), restore);
    if (!restore) {
        // Nothing stale is restored if the option is turned on again later.
        m_settings.beginGroup(QStringLiteral("window"));
        for (const QString &key : m_settings.childKeys()) {
            if (key != QLatin1String("restoreLayout"))
                m_settings.remove(key);
        }
        m_settings.endGroup();
    }
}

QStringList Settings::gettingStartedDone() const
{
    return m_settings.value(QStringLiteral("gettingStarted/done")).toStringList();
}

void Settings::setGettingStartedDone(const QStringList &steps)
{
    m_settings.setValue(QStringLiteral("gettingStarted/done"), steps);
}

bool Settings::gettingStartedHidden() const
{
    return m_settings.value(QStringLiteral("gettingStarted/hidden"), false).toBool();
}

void Settings::setGettingStartedHidden(bool hidden)
{
    m_settings.setValue(QStringLiteral("gettingStarted/hidden"), hidden);
}

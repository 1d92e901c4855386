#pragma once

#include "domain/Evaluator.h"

#include <QSettings>
#include <QStringList>

// The user's preferences (QSettings): identity, language, recent files. Kept apart from
// any project because they belong to the person, not the file.
class Settings
{
public:
    Settings();

    // The evaluator identity: the UUID is made once and kept, so the same person is
    // recognised across projects and merges.
    Evaluator evaluator() const;
    void setEvaluatorName(const QString &name);

    // "" follows the system locale; otherwise "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    int recentFilesLimit() const;
    void setRecentFilesLimit(int limit);

    QString lastDirectory() const;
    void setLastDirectory(const QString &dir);

    QByteArray windowState(const QString &key) const;
    void setWindowState(const QString &key, const QByteArray &state);

private:
    mutable QSettings m_settings;
};

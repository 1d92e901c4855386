#pragma once

#include "domain/Evaluator.h"

#include <QSettings>
#include <QStringList>

// The user's preferences (QSettings): identity, language, recent files, window layout. Kept apart
// from any project because they belong to the person, not the file.
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

    // Saved geometry and splitter/dock states; empty and not saved when restoreLayout()
    // is off.
    QByteArray windowState(const QString &key) const;
    void setWindowState(const QString &key, const QByteArray &state);
    // Whether the window's size, docks and splitters are saved on quit and restored on
    // start (on by default). Turning it off forgets the saved layout.
    bool restoreLayout() const;
    void setRestoreLayout(bool restore);

    // The "Getting started" checklist: which steps are done (by name) and whether the
    // user has hidden it.
    QStringList gettingStartedDone() const;
    void setGettingStartedDone(const QStringList &steps);
    bool gettingStartedHidden() const;
    void setGettingStartedHidden(bool hidden);

private:
    mutable QSettings m_settings;
};

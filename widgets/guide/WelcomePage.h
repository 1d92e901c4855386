#pragma once

#include <QStringList>
#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QListWidget;
class QPushButton;

// What the main window shows when no project is open: the sample project, a new project
// on one of the built-in frameworks, and the recent projects. It only asks; the main
// window does the opening.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);

    QCommandLinkButton *sampleButton() const { return m_sample; }
    QList<QCommandLinkButton *> frameworkButtons() const { return m_frameworkButtons; }
    QListWidget *recentList() const { return m_recent; }
    QPushButton *openButton() const { return m_open; }

signals:
    void sampleRequested();
    void newProjectRequested(const QString &frameworkId);
    void openRequested();
    void recentRequested(const QString &path);

private:
    QCommandLinkButton *m_sample;
    QList<QCommandLinkButton *> m_frameworkButtons;
    QListWidget *m_recent;
    QLabel *m_noRecent;
    QPushButton *m_open;
};

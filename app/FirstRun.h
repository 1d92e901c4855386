#pragma once

#include "Settings.h"
#include "guide/GettingStarted.h"

#include <QObject>

class MainWindow;
class Project;
class QAction;
class QDockWidget;

// The guided first ten minutes: the "Getting started" checklist in a dock beside the
// work, what each step's "Show me" does, and when a step counts as done. The checklist
// remembers its ticks and whether it was hidden in the settings.
//
// Wired here: (a) score a cell (done on the first score written to the project),
// (b) see the chart change (for now: "Show me" opens the Results tab, done when the
// Results tab is shown after a score). Not wired: (c) print a report is "Coming soon"
// until the report command lands; then call setAvailable(PrintReport, true), handle
// showMeRequested(PrintReport) and markDone(PrintReport) after printing.
class FirstRun : public QObject
{
    Q_OBJECT

public:
    explicit FirstRun(MainWindow *window);

    GettingStarted *checklist() const { return m_checklist; }
    QDockWidget *dock() const { return m_dock; }
    // Help ▸ Getting Started Checklist: shows or hides the dock.
    QAction *toggleAction() const { return m_toggle; }

    // After the window restored its layout: the dock is shown unless the user hid it.
    void restoreVisibility();
    // A project was opened (its workspace built): watch it for the first score.
    void watch(Project *project);

private:
    void showMe(GettingStarted::Step step);
    void setHidden(bool hidden);
    void saveDone();

    MainWindow *m_window;
    Settings m_settings;
    QDockWidget *m_dock;
    GettingStarted *m_checklist;
    QAction *m_toggle;
};

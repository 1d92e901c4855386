// Keyboard and accessibility: the shortcuts list (Help ▸ Keyboard Shortcuts), standard
// keys, mnemonics that do not collide, Tab order in the dialogs, and accessible names on
// the widgets a screen reader cannot name from their text.
#include "LinkedViews.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestProject.h"
#include "TrackingTabs.h"
#include "Translations.h"
#include "charts/IndicatorChart.h"
#include "charts/QCustomPlot.h"
#include "dashboard/DashboardView.h"
#include "dialogs/EvidenceDialog.h"
#include "dialogs/ImportPreviewDialog.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NewProjectDialog.h"
#include "dialogs/PolicyDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ProjectPropertiesDialog.h"
#include "dialogs/ShareDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "guide/GettingStarted.h"
#include "scoring/ScoringView.h"
#include "scoring/WeightsDialog.h"
#include "tracking/BottleneckDialog.h"
#include "tracking/BottleneckView.h"
#include "tracking/GoalView.h"
#include "tracking/IndicatorDialog.h"
#include "tracking/IndicatorValueDialog.h"
#include "tracking/IndicatorView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>
#include <functional>

namespace {

// Text as read: mnemonic markers and the Chinese "(&X)" suffix removed.
QString plain(const QString &text)
{
    return ShortcutsDialog::plainText(text);
}

// How a user (or a screen reader) knows a widget: its label, text or accessible name.
QString describe(QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    for (QLabel *label : w->window()->findChildren<QLabel *>()) {
        if (label->buddy() == w && !label->text().isEmpty())
            return plain(label->text());
    }
    if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
        return plain(button->text());
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    QWidget *parent = w->parentWidget();
    if (parent && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)))
        return describe(parent);
    return QString::fromLatin1(w->metaObject()->className());
}

QStringList names(std::initializer_list<const char *> utf8)
{
    QStringList out;
    for (const char *name : utf8)
        out << QString::fromUtf8(name);
    return out;
}

bool shownOnScreen(QWidget *w)
{
    return w->isVisible() && !w->visibleRegion().isEmpty();
}

// Every mnemonic active in `window` now: menu bar, visible buttons, labels with a buddy,
// group boxes and tab bars. Two entries with one letter make Alt+letter ambiguous.
QMultiMap<QString, QString> activeMnemonics(QWidget *window)
{
    QMultiMap<QString, QString> found;
    auto add = [&found](const QString &text, const QString &where) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.insert(key.toString(QKeySequence::PortableText).toUpper(), where + text);
    };
    if (auto *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (QAction *action : bar->actions())
            add(action->text(), QStringLiteral("menu "));
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && b->isEnabled())
            add(b->text(), QStringLiteral("button "));
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (l->isVisible() && l->buddy())
            add(l->text(), QStringLiteral("label "));
    }
    for (QGroupBox *g : window->findChildren<QGroupBox *>()) {
        if (g->isVisible())
            add(g->title(), QStringLiteral("group "));
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                add(tabs->tabText(i), QStringLiteral("tab "));
        }
    }
    return found;
}

QStringList collisions(const QMultiMap<QString, QString> &mnemonics)
{
    QStringList out;
    for (const QString &key : mnemonics.uniqueKeys()) {
        const QStringList where = mnemonics.values(key);
        if (where.size() > 1)
            out << key + QStringLiteral(": ") + where.join(QStringLiteral(" | "));
    }
    return out;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shortcutsDialogListsEveryShortcutOfTheWindow();
    void shortcutsDialogFiltersByCommandAndKey();
    void noTwoActionsShareAKey();
    void standardKeysWhereTheyExist_data();
    void standardKeysWhereTheyExist();
    void everyMenuCommandHasAUniqueMnemonic_data();
    void everyMenuCommandHasAUniqueMnemonic();
    void mnemonicsDoNotCollideInAnyView_data();
    void mnemonicsDoNotCollideInAnyView();
    void dialogsTabInReadingOrder_data();
    void dialogsTabInReadingOrder();
    void widgetsAndChartsHaveAccessibleNames();
    void chartsSayWhatTheyShow();
    void tabLeavesEveryTable();
    void shortcutsDialogInChinese();

private:
    void useLanguage(const QString &language);
    QMenu *menu(const QString &title) const;
    QAction *action(QMenu *menu, const QString &plainText) const;
    void runShortcutsDialog(const std::function<void(ShortcutsDialog *)> &check);
    void showView(const QString &view);

    std::unique_ptr<TestProject> m_test;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::init()
{
    m_test = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    m_test->close();
    Settings().setEvaluatorName(QStringLiteral("Keyboard Tester"));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(m_window->openProject(m_test->path()));
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_test.reset();
    useLanguage(QStringLiteral("en"));
}

void TestKeyboard::useLanguage(const QString &language)
{
    // Back to the source language: remove what installTranslations added.
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installTranslations(*qApp, language);
    if (m_window) {
        // Texts are set when the window is made: make it again in the new language.
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(m_window->openProject(m_test->path()));
    }
}

QMenu *TestKeyboard::menu(const QString &title) const
{
    for (QAction *a : m_window->menuBar()->actions()) {
        if (plain(a->text()) == title)
            return a->menu();
    }
    return nullptr;
}

QAction *TestKeyboard::action(QMenu *menu, const QString &plainText) const
{
    for (QAction *a : menu->actions()) {
        if (plain(a->text()) == plainText)
            return a;
    }
    return nullptr;
}

void TestKeyboard::runShortcutsDialog(const std::function<void(ShortcutsDialog *)> &check)
{
    // Help is the last menu, in every language.
    QMenu *help = m_window->menuBar()->actions().constLast()->menu();
    QVERIFY(help);
    QAction *shortcuts = nullptr;
    for (QAction *a : help->actions()) {
        if (a->text().contains(QLatin1String("&K")) || a->text().contains(QLatin1String("(&K)")))
            shortcuts = a;
    }
    QVERIFY(shortcuts);
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        ran = true;
        check(dialog);
        dialog->reject();
    });
    shortcuts->trigger();
    QVERIFY(ran);
}

void TestKeyboard::shortcutsDialogListsEveryShortcutOfTheWindow()
{
    // Taken from the actions: every action of the window with a key is listed, with it.
    QList<QAction *> withKeys;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (!a->shortcuts().isEmpty())
            withKeys << a;
    }
    QVERIFY2(withKeys.size() >= 18, qPrintable(QString::number(withKeys.size())));
    runShortcutsDialog([&withKeys](ShortcutsDialog *dialog) {
        QCOMPARE(dialog->visibleCount(), withKeys.size());
        QSet<QString> rows;
        QTreeWidget *tree = dialog->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                const QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
                rows.insert(item->text(0) + QLatin1Char('=') + item->text(1));
            }
        }
        for (QAction *a : std::as_const(withKeys)) {
            const QString row =
                plain(a->text()) + QLatin1Char('=') + ShortcutsDialog::keysText(a->shortcuts());
            QVERIFY2(rows.contains(row), qPrintable(row));
        }
        // Grouped by menu, in menu order.
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("File"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("New Project"));
        // Focus starts in the search field; Tab goes to the list, then the Close button.
        QApplication::setActiveWindow(dialog);
        QTRY_VERIFY(dialog->filterEdit()->hasFocus());
        QTest::keyClick(dialog->filterEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tree);
        QTest::keyClick(tree, Qt::Key_Tab);
        QCOMPARE(describe(QApplication::focusWidget()), QStringLiteral("Close"));
    });
}

void TestKeyboard::shortcutsDialogFiltersByCommandAndKey()
{
    runShortcutsDialog([](ShortcutsDialog *dialog) {
        QLineEdit *filter = dialog->filterEdit();
        QTest::keyClicks(filter, QStringLiteral("undo"));
        QCOMPARE(dialog->visibleCount(), 1);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("ctrl + r"));
        QCOMPARE(dialog->visibleCount(), 1);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("F1"));
        QCOMPARE(dialog->visibleCount(), 1);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("bottleneck"));
        QCOMPARE(dialog->visibleCount(), 2); // New Bottleneck, Bottlenecks of This Policy
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("no such thing"));
        QCOMPARE(dialog->visibleCount(), 0);
        bool saysSo = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            saysSo = saysSo ||
                     (label->isVisible() && label->text() == QLatin1String("No shortcut matches."));
        QVERIFY(saysSo);
        filter->clear();
        QVERIFY(dialog->visibleCount() >= 18);
    });
}

void TestKeyboard::noTwoActionsShareAKey()
{
    QMultiMap<QString, QString> keys;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : a->shortcuts())
            keys.insert(key.toString(QKeySequence::PortableText), plain(a->text()));
    }
    const QStringList clashes = collisions(keys);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestKeyboard::standardKeysWhereTheyExist_data()
{
    QTest::addColumn<QString>("menuTitle");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("standard");
    auto row = [](const char *menu, const char *command, QKeySequence::StandardKey key) {
        QTest::newRow(command) << QString::fromLatin1(menu) << QString::fromLatin1(command)
                               << int(key);
    };
    row("File", "New Project", QKeySequence::New);
    row("File", "Open", QKeySequence::Open);
    row("File", "Save As", QKeySequence::SaveAs);
    row("File", "Close Project", QKeySequence::Close);
    row("File", "Quit", QKeySequence::Quit);
    row("Edit", "Undo", QKeySequence::Undo);
    row("Edit", "Redo", QKeySequence::Redo);
    row("Edit", "Delete Policy", QKeySequence::Delete);
    row("Edit", "Find Policy", QKeySequence::Find);
    row("Edit", "Preferences", QKeySequence::Preferences);
    row("Help", "User Guide", QKeySequence::HelpContents);
}

void TestKeyboard::standardKeysWhereTheyExist()
{
    QFETCH(QString, menuTitle);
    QFETCH(QString, command);
    QFETCH(int, standard);
    QMenu *m = menu(menuTitle);
    QVERIFY(m);
    QAction *a = action(m, command);
    QVERIFY2(a, qPrintable(command));
    // Every key the platform binds to the standard action works; and there is a key.
    const QList<QKeySequence> platform =
        QKeySequence::keyBindings(static_cast<QKeySequence::StandardKey>(standard));
    for (const QKeySequence &key : platform)
        QVERIFY2(a->shortcuts().contains(key), qPrintable(key.toString()));
    QVERIFY(!a->shortcuts().isEmpty());
}

void TestKeyboard::everyMenuCommandHasAUniqueMnemonic_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestKeyboard::everyMenuCommandHasAUniqueMnemonic()
{
    QFETCH(QString, language);
    useLanguage(language);
    // Alt+letter opens each menu; inside, one letter per command.
    QStringList problems;
    QMultiMap<QString, QString> bar;
    for (QAction *top : m_window->menuBar()->actions()) {
        const QKeySequence key = QKeySequence::mnemonic(top->text());
        if (key.isEmpty())
            problems << QStringLiteral("menu without mnemonic: ") + top->text();
        bar.insert(key.toString(), top->text());
        std::function<void(QMenu *)> walk = [&](QMenu *m) {
            QMultiMap<QString, QString> letters;
            for (QAction *a : m->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                const QKeySequence k = QKeySequence::mnemonic(a->text());
                if (k.isEmpty())
                    problems << QStringLiteral("no mnemonic: ") + a->text();
                else
                    letters.insert(k.toString(), a->text());
                if (QMenu *sub = a->menu<QMenu *>())
                    walk(sub);
            }
            problems << collisions(letters);
        };
        walk(top->menu());
    }
    problems << collisions(bar);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboard::mnemonicsDoNotCollideInAnyView_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("view");
    const QStringList views{QStringLiteral("score"),         QStringLiteral("ranking"),
                            QStringLiteral("disagreements"), QStringLiteral("goals-agreement"),
                            QStringLiteral("evaluators"),    QStringLiteral("bottlenecks"),
                            QStringLiteral("goal-view"),     QStringLiteral("indicators"),
                            QStringLiteral("dashboard"),     QStringLiteral("welcome")};
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (const QString &view : views)
            QTest::newRow(qPrintable(language + QLatin1Char('/') + view)) << language << view;
    }
}

void TestKeyboard::showView(const QString &view)
{
    QTabWidget *tabs = m_window->tabs();
    if (view == QLatin1String("welcome")) {
        m_window->closeProject();
        return;
    }
    const QStringList results{QStringLiteral("ranking"), QStringLiteral("disagreements"),
                              QStringLiteral("goals-agreement"), QStringLiteral("evaluators")};
    if (view == QLatin1String("score")) {
        tabs->setCurrentIndex(0);
    } else if (results.contains(view)) {
        tabs->setCurrentWidget(m_window->scoringView());
        m_window->scoringView()->findChild<QTabWidget *>()->setCurrentIndex(
            int(results.indexOf(view)));
    } else {
        QWidget *page = view == QLatin1String("bottlenecks")
                            ? static_cast<QWidget *>(m_window->tracking()->bottlenecks())
                        : view == QLatin1String("goal-view")
                            ? static_cast<QWidget *>(m_window->tracking()->goals())
                        : view == QLatin1String("dashboard")
                            ? static_cast<QWidget *>(m_window->linkedViews()->dashboard())
                            : static_cast<QWidget *>(m_window->tracking()->indicators());
        tabs->setCurrentWidget(page);
    }
    QApplication::processEvents();
}

void TestKeyboard::mnemonicsDoNotCollideInAnyView()
{
    QFETCH(QString, language);
    QFETCH(QString, view);
    useLanguage(language);
    showView(view);
    if (qEnvironmentVariableIsSet("PWB_SCREENSHOT_DIR")) // for a look at every view
        m_window->grab().save(QStringLiteral("%1/view-%2-%3.png")
                                  .arg(qEnvironmentVariable("PWB_SCREENSHOT_DIR"), view, language));
    const QStringList clashes = collisions(activeMnemonics(m_window.get()));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestKeyboard::dialogsTabInReadingOrder_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QStringList>("order");
    // The fields as they read, top to bottom and left to right, then the buttons, and
    // round again.
    QTest::newRow("policy") << QStringLiteral("policy")
                            << names({"Code:", "Title:", "Issuer:", "Year:", "Level:",
                                      "Instrument:", "Description:", "OK", "Cancel", "Code:"});
    QTest::newRow("evidence") << QStringLiteral("evidence")
                              << names({"Source document:", "Page / section:", "Quote:",
                                        "Result level:", "OK", "Cancel", "Source document:"});
    QTest::newRow("preferences")
        << QStringLiteral("preferences")
        << names({"Evaluator name:", "Language:", "Recent files to remember:",
                  "Restore the window layout on start", "OK", "Cancel", "Evaluator name:"});
    QTest::newRow("new project") << QStringLiteral("newproject")
                                 << names({"Project name:", "FRAMEWORK", "Choose file and create",
                                           "Cancel", "Project name:"});
    QTest::newRow("properties") << QStringLiteral("properties")
                                << names({"Name:", "Name in English (optional):", "Description:",
                                          "Description in English (optional):",
                                          "Evaluators' recommendations:", "OK", "Cancel", "Name:"});
    QTest::newRow("bottleneck") << QStringLiteral("bottleneck")
                                << names({"Title:", "Category:", "Severity:", "Status:", "Reason:",
                                          "Owner:", "Opened:", "Target date:", "Description:",
                                          "Notes:", "Blocks goals:", "Blocks policies:",
                                          "Affected policies", "OK", "Cancel", "Title:"});
    QTest::newRow("indicator") << QStringLiteral("indicator")
                               << names({"Code:", "Name (Chinese):", "Name (English):",
                                         "Unit (Chinese):", "Unit (English):", "Direction:",
                                         "Result level:", "Linked goals:", "OK", "Cancel",
                                         "Code:"});
    QTest::newRow("benchmark") << QStringLiteral("benchmark")
                               << names({"Label:", "Period:", "Value:", "Source:", "Note:", "OK",
                                         "Cancel", "Label:"});
    QTest::newRow("weights") << QStringLiteral("weights")
                             << names({"Weight set name:", "Save:", "Levels",
                                       "Direct entry (points or percentages)", "Weights entered",
                                       "Weight of D", "Weight of S", "Weight of E", "Weight of F",
                                       "Weight of G", "Save", "Cancel", "Weight set name:"});
    QTest::newRow("share") << QStringLiteral("share")
                           << names({"Everyone's work (a full copy)", "Export", "Cancel",
                                     "Everyone's work (a full copy)"});
    QTest::newRow("share, some") << QStringLiteral("share-some")
                                 << names({"Only these evaluators (an evaluator package):",
                                           "Evaluators", "Cancel",
                                           "Only these evaluators (an evaluator package):"});
    QTest::newRow("import preview")
        << QStringLiteral("import")
        << names({"Encoding:", "QTabBar", "Rows to import", "Cancel", "Encoding:"});
    QTest::newRow("merge") << QStringLiteral("merge")
                           << names({"What the merge changes", "Conflicts", "Merge", "Cancel",
                                     "What the merge changes"});
}

void TestKeyboard::dialogsTabInReadingOrder()
{
    QFETCH(QString, dialog);
    QFETCH(QStringList, order);
    ProjectStore &store = m_window->project()->store();
    std::unique_ptr<QDialog> d;
    QString framework;
    if (dialog == QLatin1String("policy")) {
        d = std::make_unique<PolicyDialog>(QSet<QString>{}, m_window.get());
    } else if (dialog == QLatin1String("evidence")) {
        d = std::make_unique<EvidenceDialog>(m_window.get());
    } else if (dialog == QLatin1String("preferences")) {
        static Settings settings;
        d = std::make_unique<PreferencesDialog>(settings, m_window.get());
    } else if (dialog == QLatin1String("newproject")) {
        auto *n = new NewProjectDialog(m_window.get());
        d.reset(n);
        for (QAbstractButton *b : n->findChildren<QAbstractButton *>()) {
            if (qobject_cast<QRadioButton *>(b) && b->isChecked())
                framework = plain(b->text());
        }
    } else if (dialog == QLatin1String("properties")) {
        d = std::make_unique<ProjectPropertiesDialog>(QMap<QString, QString>{}, QStringLiteral("x"),
                                                      m_window.get());
    } else if (dialog == QLatin1String("bottleneck")) {
        d = std::make_unique<BottleneckDialog>(store.bottleneckCategories(), store.framework(),
                                               store.policies(), QStringList{}, QDate(2025, 1, 1),
                                               m_window.get());
    } else if (dialog == QLatin1String("indicator")) {
        d = std::make_unique<IndicatorDialog>(Indicator(), store.framework(), QStringList{},
                                              m_window.get());
    } else if (dialog == QLatin1String("benchmark")) {
        d = std::make_unique<IndicatorValueDialog>(QStringLiteral("benchmark"), QVariantMap{}, true,
                                                   m_window.get());
    } else if (dialog == QLatin1String("weights")) {
        const QList<WeightSetRecord> sets = store.weightSets();
        QVERIFY(!sets.isEmpty());
        d = std::make_unique<WeightsDialog>(store.framework(), sets.first(), m_window.get());
    } else if (dialog.startsWith(QLatin1String("share"))) {
        d = std::make_unique<ShareDialog>(m_window->project(), m_test->dir(), m_window.get());
    } else if (dialog == QLatin1String("import")) {
        d = std::make_unique<ImportPreviewDialog>(
            QStringLiteral("Import"), [](TextDecoding::Encoding) { return ImportPlan(); },
            m_window.get());
    } else if (dialog == QLatin1String("merge")) {
        d = std::make_unique<MergeDialog>(MergePlan(), QStringLiteral("x"), m_window.get());
    }
    QVERIFY(d);
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    QApplication::setActiveWindow(d.get());
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == d.get());
    if (dialog == QLatin1String("share-some")) { // chosen with the mouse: the focus is there
        for (QRadioButton *radio : d->findChildren<QRadioButton *>()) {
            if (radio->text().startsWith(QLatin1String("&Only")))
                QTest::mouseClick(radio, Qt::LeftButton);
        }
    }
    // A date edit takes Tab through its sections first: a widget counts once.
    QStringList seen{describe(QApplication::focusWidget())};
    QWidget *last = QApplication::focusWidget();
    for (int presses = 0; seen.size() < order.size() && presses < 100; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() != last)
            seen << describe(QApplication::focusWidget());
        last = QApplication::focusWidget();
    }
    if (!framework.isEmpty())
        seen.replaceInStrings(framework, QStringLiteral("FRAMEWORK"));
    QCOMPARE(seen, order);
}

void TestKeyboard::widgetsAndChartsHaveAccessibleNames()
{
    // Every widget that takes focus and shows no text of its own (tables, trees, lists,
    // text fields, combo boxes, charts) is named, by a buddy label or an accessible name.
    QStringList unnamed;
    auto audit = [&unnamed](QWidget *root, const QString &where) {
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!shownOnScreen(w))
                continue;
            const bool needsName =
                qobject_cast<QAbstractItemView *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QCustomPlot *>(w);
            if (!needsName)
                continue;
            // Parts of composite widgets are named by the composite.
            QWidget *parent = w->parentWidget();
            if (parent &&
                (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) ||
                 qobject_cast<QAbstractItemView *>(parent->parentWidget())))
                continue;
            const QString name = describe(w);
            if (name == QString::fromLatin1(w->metaObject()->className()))
                unnamed << where + QStringLiteral(": ") + name + QLatin1Char(' ') + w->objectName();
        }
    };
    const QStringList views{QStringLiteral("score"),         QStringLiteral("ranking"),
                            QStringLiteral("disagreements"), QStringLiteral("goals-agreement"),
                            QStringLiteral("evaluators"),    QStringLiteral("bottlenecks"),
                            QStringLiteral("goal-view"),     QStringLiteral("indicators")};
    for (const QString &view : views) {
        showView(view);
        audit(m_window.get(), view);
    }
    showView(QStringLiteral("welcome"));
    audit(m_window.get(), QStringLiteral("welcome"));
    QVERIFY(!m_window->gettingStarted()->accessibleName().isEmpty());
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestKeyboard::chartsSayWhatTheyShow()
{
    // The trend chart names its indicator and reads out the observed values.
    const QList<Indicator> indicators = m_window->project()->store().indicators();
    const auto observed =
        std::find_if(indicators.cbegin(), indicators.cend(),
                     [](const Indicator &i) { return !i.observations.isEmpty(); });
    QVERIFY(observed != indicators.cend());
    m_window->tracking()->showIndicator(observed->uuid);
    QApplication::processEvents();
    // IndicatorChart has no meta-object of its own: find it through its view.
    QCustomPlot *chart = m_window->tracking()->indicators()->chart();
    QVERIFY(chart);
    QVERIFY(chart->isVisible());
    QCOMPARE(chart->accessibleName(), QStringLiteral("Trend chart of %1").arg(observed->name()));
    const QString description = chart->accessibleDescription();
    QVERIFY2(description.startsWith(QStringLiteral("Observed (%1): ").arg(observed->unit())),
             qPrintable(description));
    for (const Observation &o : observed->observations)
        QVERIFY2(description.contains(o.period + QStringLiteral(": ")), qPrintable(o.period));
}

void TestKeyboard::tabLeavesEveryTable()
{
    // Tab goes on to the next widget from every list, table and tree (arrows move inside):
    // Qt's tables would otherwise walk their cells and wrap around, a trap for Tab.
    const QStringList views{QStringLiteral("score"),         QStringLiteral("ranking"),
                            QStringLiteral("disagreements"), QStringLiteral("goals-agreement"),
                            QStringLiteral("evaluators"),    QStringLiteral("bottlenecks"),
                            QStringLiteral("goal-view"),     QStringLiteral("indicators")};
    QStringList trapped;
    int tables = 0;
    for (const QString &view : views) {
        showView(view);
        for (QAbstractItemView *table : m_window->findChildren<QAbstractItemView *>()) {
            if (!shownOnScreen(table) || !(table->focusPolicy() & Qt::TabFocus))
                continue;
            ++tables;
            table->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), table);
            QTest::keyClick(table, Qt::Key_Tab);
            if (QApplication::focusWidget() == table)
                trapped << view + QStringLiteral(": ") + describe(table);
        }
    }
    QVERIFY(tables >= 15);
    trapped.removeDuplicates();
    QVERIFY2(trapped.isEmpty(), qPrintable(trapped.join(QLatin1Char('\n'))));
}

void TestKeyboard::shortcutsDialogInChinese()
{
    useLanguage(QStringLiteral("zh_CN"));
    runShortcutsDialog([](ShortcutsDialog *dialog) {
        QCOMPARE(dialog->windowTitle(), QStringLiteral("键盘快捷键"));
        QTreeWidget *tree = dialog->tree();
        QCOMPARE(tree->headerItem()->text(1), QStringLiteral("快捷键"));
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("文件"));
        // Chinese commands, no "(&N)" left over.
        const QString first = tree->topLevelItem(0)->child(0)->text(0);
        QVERIFY2(!first.contains(QLatin1Char('&')) && !first.contains(QLatin1Char('(')),
                 qPrintable(first));
        dialog->filterEdit()->insert(QStringLiteral("撤销")); // typed through an input method
        QCOMPARE(dialog->visibleCount(), 1);
    });
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"

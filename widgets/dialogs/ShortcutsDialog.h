#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QTreeWidget;

// Help ▸ Keyboard Shortcuts: every shortcut of a window's actions, grouped by menu, read
// from the actions themselves so the list never drifts from what the keys do. Filtered
// as you type, by command, menu or key ("undo", "Ctrl+R", "F1").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;   // the menu's title, mnemonic removed
        QString command; // the action's text, mnemonic and ellipsis removed
        QList<QKeySequence> keys;
        QPointer<QAction> action;
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The actions of `window` that have a shortcut, in menu order (submenus included);
    // actions with a shortcut that are in no menu come last, under "Other".
    static QList<Entry> collect(QWidget *window);
    // "&Open…" → "Open", "打开(&O)…" → "打开", "Save && Quit" → "Save & Quit".
    static QString plainText(const QString &actionText);
    // The keys as shown, e.g. "Ctrl+Shift+Z or Ctrl+Y".
    static QString keysText(const QList<QKeySequence> &keys);

    void setFilter(const QString &text);
    int visibleCount() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }

private:
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_empty;
};

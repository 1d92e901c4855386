#include "ShortcutsDialog.h"

#include "TabOrder.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int searchRole = Qt::UserRole + 1;

void collectMenu(QMenu *menu, QList<ShortcutsDialog::Entry> &entries, QSet<QAction *> &seen)
{
    const QString group = ShortcutsDialog::plainText(menu->title());
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        if (QMenu *sub = action->menu<QMenu *>()) {
            collectMenu(sub, entries, seen);
            continue;
        }
        if (!action->shortcuts().isEmpty())
            entries.append(
                {group, ShortcutsDialog::plainText(action->text()), action->shortcuts(), action});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No shortcut matches."), this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setPlaceholderText(tr("Command or key, e.g. undo or Ctrl+R"));
    m_filter->setClearButtonEnabled(true);
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    layout->addLayout(top);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    QTreeWidgetItem *groupItem = nullptr;
    for (const Entry &entry : collect(window)) {
        if (!groupItem || groupItem->text(0) != entry.group) {
            groupItem = new QTreeWidgetItem(m_tree, {entry.group});
            groupItem->setFlags(Qt::ItemIsEnabled);
            groupItem->setFirstColumnSpanned(true);
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
        }
        const QString keys = keysText(entry.keys);
        auto *item = new QTreeWidgetItem(groupItem, {entry.command, keys});
        item->setToolTip(0, entry.action ? entry.action->statusTip() : QString());
        // What the filter looks at: the words shown, and the keys as typed on any platform.
        QStringList search{entry.group, entry.command, keys};
        for (const QKeySequence &key : entry.keys)
            search << key.toString(QKeySequence::PortableText);
        item->setData(0, searchRole, search.join(QLatin1Char('\n')));
    }
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    layout->addWidget(m_empty);

    auto *hint = new QLabel(tr("Every menu opens with Alt and its underlined letter; inside a "
                               "menu, the underlined letter chooses a command."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    setTabChain({m_filter, m_tree, buttons});
    m_filter->setFocus();
    resize(560, 640);
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window)
{
    QList<Entry> entries;
    QSet<QAction *> seen;
    if (auto *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (QAction *top : bar->actions()) {
            if (QMenu *menu = top->menu<QMenu *>())
                collectMenu(menu, entries, seen);
        }
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty()) {
            seen.insert(action);
            entries.append({tr("Other"), plainText(action->text()), action->shortcuts(), action});
        }
    }
    return entries;
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text = actionText;
    // Chinese style "打开(&O)": the letter in brackets goes with the ampersand.
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&[^&][)）]"));
    text.remove(bracketed);
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                out += text.at(++i);
            continue;
        }
        out += text.at(i);
    }
    if (out.endsWith(QStringLiteral("…")))
        out.chop(1);
    else if (out.endsWith(QLatin1String("...")))
        out.chop(3);
    return out.trimmed();
}

QString ShortcutsDialog::keysText(const QList<QKeySequence> &keys)
{
    QString text;
    for (const QKeySequence &key : keys) {
        const QString native = key.toString(QKeySequence::NativeText);
        text = text.isEmpty() ? native : tr("%1 or %2").arg(text, native);
    }
    return text;
}

void ShortcutsDialog::setFilter(const QString &text)
{
    // "ctrl + r" finds "Ctrl+R": spaces are left out on both sides.
    QString needle = text.simplified();
    needle.remove(QLatin1Char(' '));
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            QString haystack = item->data(0, searchRole).toString();
            haystack.remove(QLatin1Char(' '));
            const bool match = needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
    m_empty->setVisible(visibleCount() == 0);
}

int ShortcutsDialog::visibleCount() const
{
    int count = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            count += group->child(i)->isHidden() ? 0 : 1;
    }
    return count;
}

#include "WelcomePage.h"

#include "domain/FrameworkLibrary.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int pathRole = Qt::UserRole + 1;

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(true);
    QFont font = box->font();
    font.setBold(true);
    box->setFont(font);
    return box;
}

// Children of a bold group box inherit its font; the contents are plain.
template<typename W> W *plain(W *widget)
{
    QFont font = widget->font();
    font.setBold(false);
    widget->setFont(font);
    return widget;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_sample(nullptr)
    , m_recent(nullptr)
    , m_noRecent(nullptr)
    , m_open(nullptr)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    column->addStretch(1);
    auto *title = new QLabel(tr("Welcome to Policy Workbench"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    auto *intro = new QLabel(tr("Score policies against the goals of the Five-Year Plan, with the "
                                "evidence behind every score, alone or as a team. Start with the "
                                "sample project, or create a project of your own."),
                             this);
    intro->setWordWrap(true);
    column->addWidget(intro);
    column->addSpacing(12);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;

    auto *tryBox = section(tr("Try it out"), this);
    auto *tryLayout = new QVBoxLayout(tryBox);
    m_sample = plain(new QCommandLinkButton(
        tr("Open the &sample project"),
        tr("15 real policies with illustrative scores by three fictitious evaluators, "
           "ready to explore."),
        tryBox));
    tryLayout->addWidget(m_sample);
    left->addWidget(tryBox);
    connect(m_sample, &QCommandLinkButton::clicked, this, &WelcomePage::sampleRequested);

    auto *newBox = section(tr("Start a &new evaluation"), this);
    auto *newLayout = new QVBoxLayout(newBox);
    for (const QString &id : FrameworkLibrary::builtInIds()) {
        const Framework framework = FrameworkLibrary::load(id);
        auto *button = plain(new QCommandLinkButton(
            // "S&T" in the name is text, not a mnemonic.
            tr("New project on %1")
                .arg(QString(framework.name()).replace(u'&', QStringLiteral("&&"))),
            // Not %n: English has no translation file to pick "dimension" or "dimensions",
            // and every framework has several.
            tr("%1 dimensions, %2 goals")
                .arg(framework.dimensions().size())
                .arg(framework.goals().size()),
            newBox));
        button->setObjectName(QStringLiteral("new-") + id);
        newLayout->addWidget(button);
        m_frameworkButtons << button;
        connect(button, &QCommandLinkButton::clicked, this,
                [this, id] { emit newProjectRequested(id); });
    }
    left->addWidget(newBox);
    left->addStretch(1);
    columns->addLayout(left, 3);

    // A group box's mnemonic moves the focus to its first child.
    auto *recentBox = section(tr("&Recent projects"), this);
    auto *recentLayout = new QVBoxLayout(recentBox);
    m_recent = plain(new QListWidget(recentBox));
    m_recent->setAccessibleName(tr("Recent projects"));
    // File name above its folder, each line shortened in the middle if need be.
    m_recent->setWordWrap(false);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setMinimumWidth(m_recent->fontMetrics().averageCharWidth() * 36);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_noRecent = plain(new QLabel(tr("No recent projects yet."), recentBox));
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);
    m_open = plain(new QPushButton(tr("&Open a project file…"), recentBox));
    recentLayout->addWidget(m_recent, 1);
    recentLayout->addWidget(m_noRecent);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch(1);
    recentLayout->addLayout(openRow);
    columns->addWidget(recentBox, 2);
    column->addLayout(columns);
    column->addStretch(2);

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(pathRole).toString());
    });
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    // Long folders are shortened in the middle to the list's width; the tooltip has all.
    const QFontMetrics metrics = m_recent->fontMetrics();
    const int room = m_recent->minimumWidth() - 4 * metrics.averageCharWidth();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = metrics.elidedText(
            info.exists() ? info.fileName() : tr("%1 (missing)").arg(info.fileName()),
            Qt::ElideMiddle, room);
        const QString folder = metrics.elidedText(QDir::toNativeSeparators(info.absolutePath()),
                                                  Qt::ElideMiddle, room);
        auto *item = new QListWidgetItem(tr("%1\n%2").arg(name, folder), m_recent);
        item->setData(pathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

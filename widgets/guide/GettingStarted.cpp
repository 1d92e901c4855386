#include "GettingStarted.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

int indexOf(GettingStarted::Step step)
{
    return static_cast<int>(step);
}

} // namespace

QString GettingStarted::key(Step step)
{
    switch (step) {
    case Step::ScoreCell:
        return QStringLiteral("scoreCell");
    case Step::SeeChart:
        return QStringLiteral("seeChart");
    case Step::PrintReport:
        return QStringLiteral("printReport");
    }
    return {};
}

GettingStarted::GettingStarted(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QLabel(this))
    , m_hide(new QPushButton(tr("Hide checklist"), this))
{
    setObjectName(QStringLiteral("gettingStarted"));
    setAccessibleName(tr("Getting started checklist"));
    const QString titles[stepCount] = {tr("Score a cell"), tr("See the chart change"),
                                       tr("Print a report")};
    const QString texts[stepCount] = {
        tr("Pick a policy and a goal, then choose a score from 0 to 4 (or N/A) in the panel on "
           "the right."),
        tr("Open the dashboard: its linked charts follow every score you give."),
        tr("Print the evaluation, or save it as a PDF, to share with your panel.")};

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Three steps to find your way around."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < stepCount; ++i) {
        Row &row = m_rows[i];
        row.mark = new QLabel(this);
        row.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        row.mark->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("✓✓")));
        row.title = new QLabel(titles[i], this);
        row.title->setFont(bold);
        row.title->setWordWrap(true);
        row.text = new QLabel(texts[i], this);
        row.text->setWordWrap(true);
        // No mnemonics here: Alt+digit scores a cell and the checklist sits beside it.
        row.showMe = new QPushButton(this);
        row.showMe->setObjectName(QStringLiteral("showMe-") + key(steps().at(i)));
        row.showMe->setAccessibleName(tr("Show me: %1").arg(titles[i]));
        row.showMe->setToolTip(tr("Show me how: %1").arg(titles[i]));
        const int r = i * 2;
        grid->addWidget(row.mark, r, 0, 2, 1);
        grid->addWidget(row.title, r, 1);
        grid->addWidget(row.showMe, r, 2, 2, 1, Qt::AlignTop);
        grid->addWidget(row.text, r + 1, 1);
        grid->setRowMinimumHeight(r + 1, 0);
        const Step step = steps().at(i);
        connect(row.showMe, &QPushButton::clicked, this, [this, step] {
            if (isAvailable(step))
                emit showMeRequested(step);
        });
        updateRow(i);
    }
    layout->addLayout(grid);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_progress, 1);
    footer->addWidget(m_hide);
    layout->addLayout(footer);
    layout->addStretch(1);
    m_progress->setWordWrap(true);
    connect(m_hide, &QPushButton::clicked, this, &GettingStarted::hideRequested);
    updateProgress();
}

void GettingStarted::markDone(Step step)
{
    Row &row = m_rows[indexOf(step)];
    if (row.done)
        return;
    row.done = true;
    updateRow(indexOf(step));
    updateProgress();
    emit stepDone(step);
}

bool GettingStarted::isDone(Step step) const
{
    return m_rows[indexOf(step)].done;
}

bool GettingStarted::allDone() const
{
    return doneCount() == stepCount;
}

int GettingStarted::doneCount() const
{
    int n = 0;
    for (const Row &row : m_rows)
        n += row.done ? 1 : 0;
    return n;
}

void GettingStarted::setAvailable(Step step, bool available)
{
    m_rows[indexOf(step)].available = available;
    updateRow(indexOf(step));
}

bool GettingStarted::isAvailable(Step step) const
{
    return m_rows[indexOf(step)].available;
}

QPushButton *GettingStarted::showMeButton(Step step) const
{
    return m_rows[indexOf(step)].showMe;
}

void GettingStarted::updateRow(int index)
{
    Row &row = m_rows[index];
    row.mark->setText(row.done ? QStringLiteral("✓") : QString::number(index + 1));
    row.mark->setForegroundRole(row.done ? QPalette::Link : QPalette::WindowText);
    row.mark->setAccessibleName(row.done ? tr("Done") : tr("Step %1").arg(index + 1));
    row.showMe->setEnabled(row.available);
    row.showMe->setText(row.available ? tr("Show me") : tr("Coming soon"));
    row.text->setForegroundRole(row.done ? QPalette::PlaceholderText : QPalette::WindowText);
}

void GettingStarted::updateProgress()
{
    m_progress->setText(allDone() ? tr("All done. You can hide this checklist now.")
                                  : tr("%1 of %2 done").arg(doneCount()).arg(stepCount));
}

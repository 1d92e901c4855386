#include "WeightsDialog.h"

#include "dialogs/TabOrder.h"
#include "scoring/Evaluation.h"
#include "scoring/WeightSet.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace {

// The values a judgement can take, from "column item strongly preferred" to "row item".
const QList<double> saatyScale{1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 1.0 / 4,
                               1.0 / 3, 1.0 / 2, 1,       2,       3,       4,
                               5,       6,       7,       8,       9};

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

WeightsDialog::WeightsDialog(const Framework &framework, const WeightSetRecord &set,
                             QWidget *parent)
    : QDialog(parent)
    , m_framework(framework)
    , m_set(set)
    , m_name(new QLineEdit(set.name, this))
    , m_saveMode(new QComboBox(this))
    , m_levelList(new QListWidget(this))
    , m_directButton(new QRadioButton(tr("&Direct entry (points or percentages)"), this))
    , m_ahpButton(new QRadioButton(tr("&Pairwise comparison (AHP, Saaty 1–9)"), this))
    , m_pages(new QStackedWidget(this))
    , m_direct(new QTableWidget(this))
    , m_pairwise(new QTableWidget(this))
    , m_ahpSummary(new QLabel(this))
    , m_ahpPairs(new QLabel(this))
{
    setWindowTitle(tr("Weights"));
    QStringList levelCodes{QString()};
    for (const GoalNode &d : framework.dimensions())
        levelCodes << d.code;
    for (const QString &code : std::as_const(levelCodes)) {
        Level level;
        level.code = code;
        level.codes = Evaluation::levelCodes(framework, code);
        for (const QString &c : std::as_const(level.codes)) {
            level.names << framework.byCode(c)->name();
            level.raw << set.raw.value(c, 1.0);
        }
        level.ahp = set.methods.value(code) == QLatin1String("ahp");
        level.matrix = PairwiseMatrix(int(level.codes.size()));
        for (const WeightSetRecord::Judgement &j : set.judgements) {
            const int r = int(level.codes.indexOf(j.row));
            const int c = int(level.codes.indexOf(j.column));
            if (j.level == code && r >= 0 && c >= 0 && r != c)
                level.matrix.set(r, c, j.value);
        }
        m_levels << level;
        m_levelList->addItem(
            code.isEmpty() ? tr("Dimensions")
                           : tr("Goals of %1 · %2").arg(code, framework.byCode(code)->name()));
    }

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_saveMode->addItem(tr("Update this weight set (new revision)"));
    m_saveMode->addItem(tr("Save as a new weight set"));
    form->addRow(tr("Weight set &name:"), m_name);
    form->addRow(tr("&Save:"), m_saveMode);
    layout->addLayout(form);

    auto *splitter = new QSplitter(this);
    m_levelList->setAccessibleName(tr("Levels"));
    splitter->addWidget(m_levelList);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_directButton);
    rightLayout->addWidget(m_ahpButton);
    m_direct->setAccessibleName(tr("Weights entered"));
    m_pairwise->setAccessibleName(tr("Pairwise comparisons"));
    // Tab goes from one entry field (a cell widget) to the next, not cell by cell.
    m_direct->setTabKeyNavigation(false);
    m_pairwise->setTabKeyNavigation(false);
    m_direct->setColumnCount(3);
    m_direct->setHorizontalHeaderLabels({tr("Item"), tr("Entered"), tr("Share")});
    m_direct->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_direct->verticalHeader()->hide();
    m_pages->addWidget(m_direct);
    auto *ahpPage = new QWidget(m_pages);
    auto *ahpLayout = new QVBoxLayout(ahpPage);
    auto *hint = new QLabel(
        tr("Each cell: how much more important the row item is than the column item "
           "(1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 … the reverse)."),
        ahpPage);
    hint->setWordWrap(true);
    ahpLayout->addWidget(hint);
    ahpLayout->addWidget(m_pairwise, 1);
    m_ahpSummary->setWordWrap(true);
    m_ahpSummary->setTextFormat(Qt::PlainText);
    m_ahpPairs->setWordWrap(true);
    m_ahpPairs->setTextFormat(Qt::PlainText);
    ahpLayout->addWidget(m_ahpSummary);
    ahpLayout->addWidget(m_ahpPairs);
    m_pages->addWidget(ahpPage);
    rightLayout->addWidget(m_pages, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setTabChain({m_name, m_saveMode, m_levelList, m_directButton, m_ahpButton, m_direct, m_pairwise,
                 buttons});

    connect(m_levelList, &QListWidget::currentRowChanged, this, &WeightsDialog::showLevel);
    connect(m_directButton, &QRadioButton::toggled, this, [this](bool on) {
        if (!m_filling && m_current >= 0)
            setMethod(!on);
    });
    connect(m_direct, &QTableWidget::cellChanged, this, [this] { updateDirectShares(); });
    m_levelList->setCurrentRow(0);
    resize(980, 600);
}

QString WeightsDialog::saatyText(double value)
{
    if (value >= 1)
        return QString::number(std::lround(value));
    return QStringLiteral("1/%1").arg(std::lround(1 / value));
}

void WeightsDialog::selectLevel(const QString &level)
{
    for (int i = 0; i < m_levels.size(); ++i) {
        if (m_levels.at(i).code == level)
            m_levelList->setCurrentRow(i);
    }
}

void WeightsDialog::setMethod(bool ahp)
{
    storeLevel();
    m_levels[m_current].ahp = ahp;
    showLevel(m_current);
}

void WeightsDialog::storeLevel()
{
    if (m_current < 0)
        return;
    Level &level = m_levels[m_current];
    if (!level.ahp) {
        for (int r = 0; r < m_direct->rowCount(); ++r) {
            if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_direct->cellWidget(r, 1)))
                level.raw[r] = spin->value();
        }
    }
}

void WeightsDialog::showLevel(int index)
{
    if (index < 0 || index >= m_levels.size())
        return;
    if (index != m_current)
        storeLevel();
    m_current = index;
    m_filling = true;
    const Level &level = m_levels.at(index);
    m_directButton->setChecked(!level.ahp);
    m_ahpButton->setChecked(level.ahp);
    m_ahpButton->setEnabled(level.codes.size() >= 2);
    m_pages->setCurrentIndex(level.ahp ? 1 : 0);

    m_direct->setRowCount(int(level.codes.size()));
    for (int r = 0; r < level.codes.size(); ++r) {
        m_direct->setItem(r, 0,
                          readOnlyItem(tr("%1 · %2").arg(level.codes.at(r), level.names.at(r))));
        auto *spin = new QDoubleSpinBox(m_direct);
        spin->setRange(0, 1000000);
        spin->setDecimals(2);
        spin->setValue(level.raw.at(r));
        spin->setAccessibleName(tr("Weight of %1").arg(level.codes.at(r)));
        connect(spin, &QDoubleSpinBox::valueChanged, this, &WeightsDialog::updateDirectShares);
        m_direct->setCellWidget(r, 1, spin);
        m_direct->setItem(r, 2, readOnlyItem(QString()));
    }

    const int n = int(level.codes.size());
    m_pairwise->clear();
    m_pairwise->setRowCount(n);
    m_pairwise->setColumnCount(n);
    m_pairwise->setHorizontalHeaderLabels(level.codes);
    m_pairwise->setVerticalHeaderLabels(level.codes);
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            if (r >= c) {
                m_pairwise->setItem(
                    r, c,
                    readOnlyItem(r == c ? QStringLiteral("1") : saatyText(level.matrix.at(r, c))));
                continue;
            }
            auto *combo = new QComboBox(m_pairwise);
            for (double v : saatyScale)
                combo->addItem(saatyText(v), v);
            int best = 8;
            for (int i = 0; i < saatyScale.size(); ++i) {
                if (std::abs(std::log(saatyScale.at(i)) - std::log(level.matrix.at(r, c))) < 1e-6)
                    best = i;
            }
            combo->setCurrentIndex(best);
            combo->setAccessibleName(
                tr("%1 compared with %2").arg(level.codes.at(r), level.codes.at(c)));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, r, c] {
                m_levels[m_current].matrix.set(r, c, combo->currentData().toDouble());
                if (auto *mirror = m_pairwise->item(c, r))
                    mirror->setText(saatyText(m_levels.at(m_current).matrix.at(c, r)));
                updateAhp();
            });
            m_pairwise->setCellWidget(r, c, combo);
        }
    }
    // The entry fields are made after the buttons: put them after their table, row by row.
    QWidget *previous = m_direct;
    for (int r = 0; r < m_direct->rowCount(); ++r) {
        QWidget *spin = m_direct->cellWidget(r, 1);
        QWidget::setTabOrder(previous, spin);
        previous = spin;
    }
    previous = m_pairwise;
    for (int r = 0; r < n; ++r) {
        for (int c = r + 1; c < n; ++c) {
            QWidget::setTabOrder(previous, m_pairwise->cellWidget(r, c));
            previous = m_pairwise->cellWidget(r, c);
        }
    }
    if (auto *buttons = findChild<QDialogButtonBox *>()) {
        if (!buttons->buttons().isEmpty())
            QWidget::setTabOrder(previous, buttons->buttons().constFirst());
    }
    m_filling = false;
    updateDirectShares();
    updateAhp();
}

void WeightsDialog::updateDirectShares()
{
    if (m_filling || m_current < 0 || m_levels.at(m_current).ahp)
        return;
    QVector<double> raw;
    for (int r = 0; r < m_direct->rowCount(); ++r) {
        auto *spin = qobject_cast<QDoubleSpinBox *>(m_direct->cellWidget(r, 1));
        raw << (spin ? spin->value() : 0.0);
    }
    const auto shares = WeightSet::normalise(raw);
    const QLocale locale;
    for (int r = 0; r < m_direct->rowCount(); ++r) {
        if (QTableWidgetItem *item = m_direct->item(r, 2))
            item->setText(shares ? locale.toString(100.0 * shares->at(r), 'f', 1) + QLatin1Char('%')
                                 : tr("—"));
    }
}

void WeightsDialog::updateAhp()
{
    if (m_filling || m_current < 0)
        return;
    const Level &level = m_levels.at(m_current);
    if (!level.ahp) {
        m_ahpSummary->clear();
        m_ahpPairs->clear();
        return;
    }
    const Ahp::Result result = Ahp::compute(level.matrix);
    const QLocale locale;
    QStringList weights;
    for (int i = 0; i < result.weights.size(); ++i)
        weights << tr("%1 %2%").arg(level.codes.at(i),
                                    locale.toString(100.0 * result.weights.at(i), 'f', 1));
    QString summary = tr("Weights: %1\nConsistency ratio: %2")
                          .arg(weights.join(QStringLiteral(", ")),
                               locale.toString(result.consistencyRatio, 'f', 3));
    const QString warning = Ahp::consistencyWarning(result);
    if (!warning.isEmpty())
        summary += QLatin1Char('\n') + warning;
    m_ahpSummary->setText(summary);
    QStringList pairs;
    for (int i = 0; i < qMin(3, int(result.pairs.size())); ++i) {
        const Ahp::PairInconsistency &p = result.pairs.at(i);
        if (p.share < 0.01)
            break;
        pairs << tr("%1 vs %2: judged %3, the weights imply %4 (%5% of the inconsistency)")
                     .arg(level.codes.at(p.i), level.codes.at(p.j), saatyText(p.judgement),
                          locale.toString(p.implied, 'f', 2),
                          locale.toString(100.0 * p.share, 'f', 0));
    }
    m_ahpPairs->setText(
        pairs.isEmpty()
            ? QString()
            : tr("Judgements to revisit first:\n%1").arg(pairs.join(QLatin1Char('\n'))));
}

WeightSetRecord WeightsDialog::weightSet() const
{
    WeightSetRecord set = m_set;
    if (m_saveMode->currentIndex() == 1)
        set.uuid.clear();
    set.name = m_name->text().trimmed();
    set.raw.clear();
    set.methods.clear();
    set.judgements.clear();
    for (const Level &level : m_levels) {
        set.methods.insert(level.code,
                           level.ahp ? QStringLiteral("ahp") : QStringLiteral("direct"));
        QVector<double> raw = level.raw;
        if (level.ahp) {
            raw = Ahp::compute(level.matrix).weights;
            for (int r = 0; r < level.codes.size(); ++r) {
                for (int c = r + 1; c < level.codes.size(); ++c)
                    set.judgements.append(
                        {level.code, level.codes.at(r), level.codes.at(c), level.matrix.at(r, c)});
            }
        }
        for (int i = 0; i < level.codes.size(); ++i)
            set.raw.insert(level.codes.at(i), raw.value(i));
    }
    return set;
}

void WeightsDialog::accept()
{
    storeLevel();
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the weight set a name."));
        return;
    }
    for (const Level &level : std::as_const(m_levels)) {
        QString error;
        if (!level.ahp && !level.raw.isEmpty() && !WeightSet::normalise(level.raw, &error)) {
            QMessageBox::warning(
                this, windowTitle(),
                tr("The weights of \"%1\" cannot be used: %2")
                    .arg(level.code.isEmpty() ? tr("Dimensions") : level.code, error));
            return;
        }
    }
    QDialog::accept();
}

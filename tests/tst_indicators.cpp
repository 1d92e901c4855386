// The indicator monitor: the table model under QAbstractItemModelTester on the sample
// project, its derived figures, and the view driven like a user would (dialogs, chart).
#include "TestProject.h"
#include "charts/QCustomPlot.h"
#include "commands/IndicatorCommands.h"
#include "itemmodels/IndicatorTableModel.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"
#include "tracking/IndicatorView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>
#include <functional>

namespace {

// Before the sample's illustrative 2025 targets are due, so their status depends on progress.
const QDate midTerm(2024, 6, 1);

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelPassesTester();
    void figuresOfGiiRank();
    void benchmarkGap();
    void formatsNumbers_data();
    void formatsNumbers();
    void followsCommandsAndUndo();
    void sortsNumbersNumerically();
    void filtersByTextStatusAndGoal();
    void addsObservationThroughDialog();
    void valueDialogRefusesNonFiniteValues();
    void newIndicatorThroughDialog();
    void deleteAsksAndCanBeUndone();
    void chartShowsTheSeries();
    void rendersWithoutWarnings();

private:
    QString indicatorUuid(const QString &code) const
    {
        for (const Indicator &i : m_test->store().indicators()) {
            if (i.code == code)
                return i.uuid;
        }
        return QString();
    }
    QString cellText(const IndicatorTableModel &model, const QString &code, int column) const
    {
        return model.index(model.rowOf(indicatorUuid(code)), column).data().toString();
    }
    // Runs `fill` on the next modal dialog once it is open (the caller then opens it).
    void whenDialogOpens(std::function<void(QDialog *)> fill);
    static void clickOk(QDialog *dialog);
    // With PWB_SCREENSHOT_DIR set, keeps a picture of `widget` there for a look.
    static void keepShot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PWB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name);
    }
    std::unique_ptr<IndicatorView> makeView();

    std::unique_ptr<TestProject> m_test;
};

void TestIndicators::init()
{
    m_test = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
}

void TestIndicators::cleanup()
{
    qDeleteAll(findChildren<QTimer *>()); // dialogs a failed test never opened
    m_test.reset();
}

void TestIndicators::whenDialogOpens(std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        fill(dialog);
        // A failed check above must not leave the test waiting on an open dialog.
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

void TestIndicators::clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
        QTest::mouseClick(ok, Qt::LeftButton);
    else
        QTest::mouseClick(buttons->button(QDialogButtonBox::Yes), Qt::LeftButton);
}

std::unique_ptr<IndicatorView> TestIndicators::makeView()
{
    auto view = std::make_unique<IndicatorView>(m_test->project());
    view->model()->setToday(midTerm);
    view->resize(1400, 800);
    view->show();
    return view;
}

void TestIndicators::modelPassesTester()
{
    IndicatorTableModel model(m_test->project());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 22);
    QCOMPARE(model.columnCount(), int(IndicatorTableModel::ColumnCount));
    model.setToday(midTerm);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex status = model.index(r, IndicatorTableModel::Status);
        QVERIFY(!status.data().toString().isEmpty());
        QVERIFY(!status.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(status.data(Qt::BackgroundRole).canConvert<QBrush>());
        QCOMPARE(status.data(IndicatorTableModel::StatusRole).toInt(),
                 static_cast<int>(model.figuresAt(r).status));
        QVERIFY(!model.index(r, 0).data(IndicatorTableModel::UuidRole).toString().isEmpty());
        // No exponent notation anywhere.
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString text = model.index(r, c).data().toString();
            QVERIFY2(!text.contains(QLatin1String("e+")), qPrintable(text));
        }
    }
    QVERIFY(!model.headerData(IndicatorTableModel::Status, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestIndicators::figuresOfGiiRank()
{
    IndicatorTableModel model(m_test->project());
    model.setToday(midTerm);
    const QString code = QStringLiteral("GII_RANK");
    QCOMPARE(cellText(model, code, IndicatorTableModel::Better), QStringLiteral("Lower"));
    QCOMPARE(cellText(model, code, IndicatorTableModel::Goals), QStringLiteral("S4; E1"));
    QCOMPARE(cellText(model, code, IndicatorTableModel::Latest), QStringLiteral("2022: 11"));
    // 34 → 11 is 23 places better; −23/34 = −67.6 %.
    QCOMPARE(cellText(model, code, IndicatorTableModel::Change), QStringLiteral("-23 (-67.6%)"));
    QCOMPARE(cellText(model, code, IndicatorTableModel::Target), QStringLiteral("2025: 10"));
    // 23 of the 24 places from 34 to 10: 96 %, with 10 of 13 years elapsed (77 %).
    QCOMPARE(cellText(model, code, IndicatorTableModel::Progress), QStringLiteral("96%"));
    QCOMPARE(cellText(model, code, IndicatorTableModel::Status), QStringLiteral("On track"));
    const int row = model.rowOf(indicatorUuid(code));
    QCOMPARE(model.index(row, IndicatorTableModel::Progress)
                 .data(IndicatorTableModel::SortRole)
                 .toDouble(),
             23.0 / 24.0);
    QCOMPARE(model.index(row, IndicatorTableModel::Status).data(IndicatorTableModel::StatusRole),
             QVariant(static_cast<int>(IndicatorStatus::OnTrack)));

    // Once 2025 is over without rank 10, the target is missed.
    model.setToday(QDate(2026, 3, 1));
    QCOMPARE(cellText(model, code, IndicatorTableModel::Status), QStringLiteral("Off track"));
    QVERIFY(model.index(row, IndicatorTableModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("2025")));
}

void TestIndicators::benchmarkGap()
{
    IndicatorTableModel model(m_test->project());
    // Latest 0.21 against USA 2021 6.74: ×0.03, 6.53 behind.
    QCOMPARE(cellText(model, QStringLiteral("FOREIGN_FUNDS_RD_SHARE"),
                      IndicatorTableModel::BenchmarkGap),
             QStringLiteral("USA 2021: ×0.03, -6.53"));
    // A benchmark without a period shows its label only.
    QCOMPARE(cellText(model, QStringLiteral("FDI_MANUFACTURING_SHARE"),
                      IndicatorTableModel::BenchmarkGap),
             QStringLiteral("USA: ×0.62, -16.1"));
    QCOMPARE(cellText(model, QStringLiteral("GII_RANK"), IndicatorTableModel::BenchmarkGap),
             QString());
}

void TestIndicators::formatsNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    // Group separators as the locale has them, never an exponent.
    QTest::newRow("large") << 1180000.0 << QLocale().toString(1180000);
    QTest::newRow("integer") << 11.0 << QStringLiteral("11");
    QTest::newRow("one decimal") << 2.50 << QStringLiteral("2.5");
    QTest::newRow("rounded") << 6.7449 << QStringLiteral("6.74");
    QTest::newRow("small") << 0.0012 << QStringLiteral("0.0012");
    QTest::newRow("negative") << -6.53 << QStringLiteral("-6.53");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("–");
}

void TestIndicators::formatsNumbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(IndicatorTableModel::formatNumber(value), text);
}

void TestIndicators::followsCommandsAndUndo()
{
    Project *project = m_test->project();
    IndicatorTableModel model(project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(midTerm);
    const QString gii = indicatorUuid(QStringLiteral("GII_RANK"));

    // A new observation: the row's figures follow.
    Observation o;
    o.uuid = Rows::newUuid();
    o.period = QStringLiteral("2024");
    o.value = 10;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(project->push(new SetIndicatorValueCommand(project, QStringLiteral("observation"),
                                                       o.uuid, Rows::fromObservation(gii, o))));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(cellText(model, QStringLiteral("GII_RANK"), IndicatorTableModel::Latest),
             QStringLiteral("2024: 10"));
    QCOMPARE(cellText(model, QStringLiteral("GII_RANK"), IndicatorTableModel::Progress),
             QStringLiteral("100%"));
    project->undoStack()->undo();
    QCOMPARE(cellText(model, QStringLiteral("GII_RANK"), IndicatorTableModel::Latest),
             QStringLiteral("2022: 11"));

    // A target removed: no progress any more, status from the trend.
    const Indicator before = *m_test->store().indicator(gii);
    QCOMPARE(before.targets.size(), 1);
    QVERIFY(project->push(new SetIndicatorValueCommand(project, QStringLiteral("target"),
                                                       before.targets.first().uuid, {})));
    QCOMPARE(cellText(model, QStringLiteral("GII_RANK"), IndicatorTableModel::Progress), QString());
    project->undoStack()->undo();
    QCOMPARE(cellText(model, QStringLiteral("GII_RANK"), IndicatorTableModel::Progress),
             QStringLiteral("96%"));

    // A new indicator is inserted, deleted, and the delete undone.
    Indicator i;
    i.code = QStringLiteral("ZZ_TEST");
    i.nameZh = i.nameEn = QStringLiteral("Test");
    auto *add = new AddIndicatorCommand(project, i);
    const QString uuid = add->indicatorUuid();
    QVERIFY(project->push(add));
    QCOMPARE(model.rowCount(), 23);
    QCOMPARE(cellText(model, QStringLiteral("ZZ_TEST"), IndicatorTableModel::Status),
             QStringLiteral("No data"));
    QVERIFY(project->push(new DeleteIndicatorCommand(project, uuid)));
    QCOMPARE(model.rowCount(), 22);
    QCOMPARE(model.rowOf(uuid), -1);
    project->undoStack()->undo();
    QCOMPARE(model.rowCount(), 23);
    QVERIFY(model.rowOf(uuid) >= 0);
    project->undoStack()->undo();
    QCOMPARE(model.rowCount(), 22);
}

void TestIndicators::sortsNumbersNumerically()
{
    auto view = makeView();
    QSortFilterProxyModel *proxy = view->proxy();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    view->tableView()->sortByColumn(IndicatorTableModel::Latest, Qt::AscendingOrder);
    double previous = -std::numeric_limits<double>::infinity();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QVariant v =
            proxy->index(r, IndicatorTableModel::Latest).data(IndicatorTableModel::SortRole);
        QVERIFY(v.isValid()); // every sample indicator has an observation
        QVERIFY2(v.toDouble() >= previous, qPrintable(QString::number(r)));
        previous = v.toDouble();
    }
    // Missing progress sorts last.
    view->tableView()->sortByColumn(IndicatorTableModel::Progress, Qt::AscendingOrder);
    QVERIFY(proxy->index(0, IndicatorTableModel::Progress).data().toString().endsWith(u'%'));
    QVERIFY(proxy->index(proxy->rowCount() - 1, IndicatorTableModel::Progress)
                .data()
                .toString()
                .isEmpty());
}

void TestIndicators::filtersByTextStatusAndGoal()
{
    auto view = makeView();
    QSortFilterProxyModel *proxy = view->proxy();
    QTest::keyClicks(view->textFilter(), QStringLiteral("rank"));
    QCOMPARE(proxy->rowCount(), 3); // GII, IMD talent, collaboration centrality
    QVERIFY(view->countLabel()->text().startsWith(QLatin1String("3 of 22")));
    view->textFilter()->clear();

    const int onTrack = view->statusFilter()->findData(static_cast<int>(IndicatorStatus::OnTrack));
    view->statusFilter()->setCurrentIndex(onTrack);
    QVERIFY(proxy->rowCount() > 0);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, 0).data(IndicatorTableModel::StatusRole).toInt(),
                 static_cast<int>(IndicatorStatus::OnTrack));
    view->statusFilter()->setCurrentIndex(0);

    const QString s4 = m_test->store().framework().byCode(QStringLiteral("S4"))->uuid;
    view->setGoalFilter(s4);
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < 22);
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const int row =
            view->model()->rowOf(proxy->index(r, 0).data(IndicatorTableModel::UuidRole).toString());
        QVERIFY(view->model()->indicatorAt(row).goalUuids.contains(s4));
    }
    // A dimension takes in its goals.
    const QString s = m_test->store().framework().byCode(QStringLiteral("S"))->uuid;
    const int goalOnly = proxy->rowCount();
    view->setGoalFilter(s);
    QVERIFY(proxy->rowCount() >= goalOnly);
    view->setGoalFilter(QString());
    QCOMPARE(proxy->rowCount(), 22);
}

void TestIndicators::addsObservationThroughDialog()
{
    auto view = makeView();
    const QString gii = indicatorUuid(QStringLiteral("GII_RANK"));
    view->selectIndicator(gii);
    QCOMPARE(view->currentIndicator(), gii);
    QTableWidget *observations = view->valueTable(QStringLiteral("observation"));
    QCOMPARE(observations->rowCount(), 2);

    whenDialogOpens([](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("period"))->setText(QStringLiteral("2024"));
        dialog->findChild<QLineEdit *>(QStringLiteral("value"))->setText(QStringLiteral("9"));
        dialog->findChild<QLineEdit *>(QStringLiteral("source"))
            ->setText(QStringLiteral("WIPO GII 2024"));
        keepShot(dialog, QStringLiteral("indicatorview-value.png"));
        clickOk(dialog);
    });
    view->addValue(QStringLiteral("observation"));
    QCOMPARE(observations->rowCount(), 3);
    QCOMPARE(observations->item(2, 0)->text(), QStringLiteral("2024"));
    QCOMPARE(observations->item(2, 2)->text(), QStringLiteral("WIPO GII 2024"));
    const int row = view->model()->rowOf(gii);
    QCOMPARE(view->model()->index(row, IndicatorTableModel::Latest).data().toString(),
             QStringLiteral("2024: 9"));
    // Rank 9 is past the target 10: reached.
    QCOMPARE(view->model()->index(row, IndicatorTableModel::Status).data().toString(),
             QStringLiteral("On track"));
    QCOMPARE(view->observationGraph()->dataCount(), 3);

    // Edit it: select the new row and change the value.
    observations->selectRow(2);
    whenDialogOpens([](QDialog *dialog) {
        auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("value"));
        QCOMPARE(value->text(), QStringLiteral("9"));
        value->setText(QStringLiteral("12"));
        clickOk(dialog);
    });
    view->editValue(QStringLiteral("observation"));
    QCOMPARE(view->model()->index(row, IndicatorTableModel::Latest).data().toString(),
             QStringLiteral("2024: 12"));

    m_test->project()->undoStack()->undo();
    QCOMPARE(view->model()->index(row, IndicatorTableModel::Latest).data().toString(),
             QStringLiteral("2024: 9"));
    m_test->project()->undoStack()->undo();
    QCOMPARE(observations->rowCount(), 2);
    QCOMPARE(view->model()->index(row, IndicatorTableModel::Latest).data().toString(),
             QStringLiteral("2022: 11"));
    QCOMPARE(view->observationGraph()->dataCount(), 2);

    // Remove a benchmark of another indicator, then undo.
    const QString funds = indicatorUuid(QStringLiteral("FOREIGN_FUNDS_RD_SHARE"));
    view->selectIndicator(funds);
    QTableWidget *benchmarks = view->valueTable(QStringLiteral("benchmark"));
    QCOMPARE(benchmarks->rowCount(), 1);
    benchmarks->selectRow(0);
    view->removeValue(QStringLiteral("benchmark"));
    QCOMPARE(benchmarks->rowCount(), 0);
    m_test->project()->undoStack()->undo();
    QCOMPARE(benchmarks->rowCount(), 1);
}

void TestIndicators::valueDialogRefusesNonFiniteValues()
{
    auto view = makeView();
    view->selectIndicator(indicatorUuid(QStringLiteral("GII_RANK")));
    const int before = m_test->project()->undoStack()->count();
    QStringList problems;
    whenDialogOpens([&problems](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("period"))->setText(QStringLiteral("2023"));
        auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("value"));
        for (const QString &bad : {QStringLiteral("inf"), QStringLiteral("nan"),
                                   QStringLiteral("1e999"), QStringLiteral("twelve")}) {
            value->setText(bad);
            clickOk(dialog);
            QVERIFY(dialog->isVisible());
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->text().contains(QLatin1String("finite")))
                    problems << bad;
            }
        }
        dialog->reject();
    });
    view->addValue(QStringLiteral("target"));
    QCOMPARE(problems.size(), 4);
    QCOMPARE(m_test->project()->undoStack()->count(), before);
}

void TestIndicators::newIndicatorThroughDialog()
{
    auto view = makeView();
    bool refusedBadCode = false;
    bool refusedTakenCode = false;
    whenDialogOpens([&](QDialog *dialog) {
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("code"));
        auto problemShown = [dialog] {
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->text().contains(QLatin1String("UPPER_SNAKE")) ||
                    label->text().contains(QLatin1String("taken")))
                    return true;
            }
            return false;
        };
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEn"))
            ->setText(QStringLiteral("Joint patents"));
        dialog->findChild<QLineEdit *>(QStringLiteral("unitEn"))->setText(QStringLiteral("count"));
        code->setText(QStringLiteral("joint patents"));
        clickOk(dialog);
        refusedBadCode = dialog->isVisible() && problemShown();
        keepShot(dialog, QStringLiteral("indicatorview-new.png"));
        code->setText(QStringLiteral("GII_RANK"));
        clickOk(dialog);
        refusedTakenCode = dialog->isVisible() && problemShown();
        code->setText(QStringLiteral("JOINT_PATENTS"));
        auto *direction = dialog->findChild<QComboBox *>(QStringLiteral("direction"));
        direction->setCurrentIndex(direction->findData(false));
        auto *goals = dialog->findChild<QTreeWidget *>(QStringLiteral("goals"));
        goals->topLevelItem(0)->child(0)->setCheckState(0, Qt::Checked);
        clickOk(dialog);
    });
    view->newIndicator();
    QVERIFY(refusedBadCode);
    QVERIFY(refusedTakenCode);
    QCOMPARE(view->model()->rowCount(), 23);
    const QString uuid = indicatorUuid(QStringLiteral("JOINT_PATENTS"));
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(view->currentIndicator(), uuid);
    const Indicator stored = *m_test->store().indicator(uuid);
    QCOMPARE(stored.nameEn, QStringLiteral("Joint patents"));
    QCOMPARE(stored.nameZh, QStringLiteral("Joint patents")); // the file needs a Chinese name
    QVERIFY(!stored.higherIsBetter);
    QCOMPARE(stored.goalUuids.size(), 1);
    QCOMPARE(view->observationGraph()->dataCount(), 0);

    // Edit: direction back to higher.
    whenDialogOpens([](QDialog *dialog) {
        auto *direction = dialog->findChild<QComboBox *>(QStringLiteral("direction"));
        QCOMPARE(direction->currentData().toBool(), false);
        direction->setCurrentIndex(direction->findData(true));
        clickOk(dialog);
    });
    view->editIndicator();
    QVERIFY(m_test->store().indicator(uuid)->higherIsBetter);
    m_test->project()->undoStack()->undo();
    QVERIFY(!m_test->store().indicator(uuid)->higherIsBetter);
}

void TestIndicators::deleteAsksAndCanBeUndone()
{
    auto view = makeView();
    const QString gii = indicatorUuid(QStringLiteral("GII_RANK"));
    view->selectIndicator(gii);
    whenDialogOpens([](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    view->deleteIndicator();
    QCOMPARE(view->model()->rowCount(), 22);
    whenDialogOpens([](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    view->deleteIndicator();
    QCOMPARE(view->model()->rowCount(), 21);
    QVERIFY(!m_test->store().indicator(gii));
    m_test->project()->undoStack()->undo();
    QCOMPARE(view->model()->rowCount(), 22);
    QCOMPARE(m_test->store().indicator(gii)->observations.size(), 2);
}

void TestIndicators::chartShowsTheSeries()
{
    auto view = makeView();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    const QString gii = indicatorUuid(QStringLiteral("GII_RANK"));
    // Select by clicking the row, as a user would.
    const QModelIndex index =
        view->proxy()->mapFromSource(view->model()->index(view->model()->rowOf(gii), 0));
    view->tableView()->scrollTo(index);
    QTest::mouseClick(view->tableView()->viewport(), Qt::LeftButton, {},
                      view->tableView()->visualRect(index).center());
    QCOMPARE(view->currentIndicator(), gii);

    QCPGraph *observed = view->observationGraph();
    QVERIFY(observed);
    QCOMPARE(observed->dataCount(), 2);
    QCOMPARE(observed->data()->at(0)->key, 2012.5);
    QCOMPARE(observed->data()->at(1)->value, 11.0);
    QCustomPlot *chart = view->chart();
    // Ranks: lower is better, so the axis is reversed and says so.
    QVERIFY(chart->yAxis->rangeReversed());
    QCOMPARE(chart->yAxis->label(), QStringLiteral("rank"));
    // Observed, latest, path to target, target.
    QCOMPARE(chart->graphCount(), 4);
    QVERIFY(chart->legend->visible());

    // Pan away, then reset.
    const QCPRange home = chart->xAxis->range();
    chart->xAxis->moveRange(5);
    QVERIFY(chart->xAxis->range().lower != home.lower);
    const auto buttons = view->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().remove(u'&') == QLatin1String("Reset view"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(chart->xAxis->range().lower, home.lower);

    // A benchmark with a period is a marker of its own; one without, a reference line.
    view->selectIndicator(indicatorUuid(QStringLiteral("FOREIGN_FUNDS_RD_SHARE")));
    QVERIFY(!chart->yAxis->rangeReversed());
    QCOMPARE(view->observationGraph()->dataCount(), 1);
    bool usa = false;
    for (int g = 0; g < chart->graphCount(); ++g)
        usa = usa || chart->graph(g)->name() == QLatin1String("USA 2021");
    QVERIFY(usa);
}

void TestIndicators::rendersWithoutWarnings()
{
    // Any warning fails, except the offscreen platform's own note on size hints.
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$)")));
    auto view = makeView();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    view->selectIndicator(indicatorUuid(QStringLiteral("GII_RANK")));
    QApplication::processEvents();
    const QPixmap shot = view->grab();
    QCOMPARE(shot.size(), QSize(1400, 800));
    // PWB_SCREENSHOT_DIR=/tmp keeps the picture for a look.
    const QString dir = qEnvironmentVariable("PWB_SCREENSHOT_DIR", m_test->dir());
    const QString path = dir + QStringLiteral("/indicatorview.png");
    QVERIFY(shot.save(path));
    QVERIFY(QFileInfo(path).size() > 10000);
    // Benchmarks with and without a period.
    view->selectIndicator(indicatorUuid(QStringLiteral("HEI_FOREIGN_TEACHER_SHARE")));
    QApplication::processEvents(); // the posted layout request of the longer labels
    QVERIFY(view->grab().save(dir + QStringLiteral("/indicatorview-benchmarks.png")));
}

QTEST_MAIN(TestIndicators)
#include "tst_indicators.moc"

// File ▸ Merge as a user meets it: the preview shows the counts and the conflict with
// both values, Merge waits until every conflict is decided, and the decision is applied
// as one undoable edit.
#include "ImportExport.h"
#include "MainWindow.h"
#include "TestProject.h"
#include "commands/PolicyCommands.h"
#include "dialogs/MergeDialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestMergeDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewDecideAndUndo();
};

void TestMergeDialog::previewDecideAndUndo()
{
    QTemporaryDir dir;
    TestProject sample(TestProject::Content::Sample);
    QVERIFY(sample.isValid());
    sample.close();
    const QString mine = dir.filePath(QStringLiteral("mine.pwb"));
    const QString theirs = dir.filePath(QStringLiteral("theirs.pwb"));
    QVERIFY(QFile::copy(sample.path(), mine));
    QVERIFY(QFile::copy(sample.path(), theirs));
    const std::pair<QString, QString> edits[] = {{mine, QStringLiteral("my title")},
                                                 {theirs, QStringLiteral("their title")}};
    for (const auto &[path, text] : edits) {
        OpenError error;
        Project project(ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error));
        project.setEvaluator(TestProject::testEvaluator());
        Policy before = *project.store().policyByCode(QStringLiteral("P05")), after = before;
        after.title = text;
        QVERIFY(project.push(new EditPolicyCommand(&project, before, after)));
        if (path == theirs) {
            Policy added;
            added.code = QStringLiteral("P42");
            added.title = QStringLiteral("新增政策");
            QVERIFY(project.push(new AddPolicyCommand(&project, added)));
        }
    }

    MainWindow window;
    QVERIFY(window.openProject(mine));
    window.project()->setEvaluator(TestProject::testEvaluator());
    bool sawPreview = false;
    window.importExport()->mergeFile(theirs, [&](MergeDialog *dialog) -> bool {
        dialog->show();
        sawPreview = true;
        if (qEnvironmentVariableIsSet("PWB_SCREENSHOT_DIR")) // for looking at it
            dialog->grab().save(qEnvironmentVariable("PWB_SCREENSHOT_DIR") +
                                QStringLiteral("/mergedialog.png"));
        // Policies: 1 added, 1 conflict.
        if (dialog->countTable()->item(0, 0)->text() != QLatin1String("1") ||
            dialog->countTable()->item(0, 3)->text() != QLatin1String("1"))
            return false;
        QTableWidget *conflicts = dialog->conflictTable();
        if (conflicts->rowCount() != 1)
            return false;
        if (conflicts->item(0, 1)->text() != QLatin1String("my title") ||
            conflicts->item(0, 3)->text() != QLatin1String("their title"))
            return false;
        if (dialog->mergeButton()->isEnabled())
            return false; // not before the conflict is decided
        auto *keep = qobject_cast<QComboBox *>(conflicts->cellWidget(0, 5));
        keep->setFocus();
        QTest::keyClick(keep, Qt::Key_Down); // Mine
        QTest::keyClick(keep, Qt::Key_Down); // Theirs
        if (keep->currentText() != QLatin1String("Theirs") || !dialog->mergeButton()->isEnabled())
            return false;
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        return dialog->result() == QDialog::Accepted;
    });
    QVERIFY(sawPreview);
    ProjectStore &store = window.project()->store();
    QCOMPARE(store.policyByCode(QStringLiteral("P05"))->title, QStringLiteral("their title"));
    QVERIFY(store.policyByCode(QStringLiteral("P42")));
    // One edit: one undo takes all of it back.
    window.project()->undoStack()->undo();
    QCOMPARE(store.policyByCode(QStringLiteral("P05"))->title, QStringLiteral("my title"));
    QVERIFY(!store.policyByCode(QStringLiteral("P42")));
}

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"

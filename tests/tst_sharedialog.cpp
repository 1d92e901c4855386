// File ▸ Export for Sharing: choosing everyone or some evaluators, the suggested file name,
// the fingerprint shown (selectable, copyable) and the refusal to write over the project.
#include "TestProject.h"
#include "dialogs/ShareDialog.h"
#include "store/ShareExport.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

#include <QtTest>

namespace {

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestShareDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyoneByDefault();
    void packageOfOneEvaluator();
    void refusesTheOpenProject();

private:
    std::unique_ptr<TestProject> m_test;
};

void TestShareDialog::init()
{
    m_test = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
}

void TestShareDialog::cleanup()
{
    m_test.reset();
}

void TestShareDialog::everyoneByDefault()
{
    ShareDialog dialog(m_test->project(), m_test->dir());
    QVERIFY(dialog.everyoneButton()->isChecked());
    QVERIFY(!dialog.evaluatorList()->isEnabled());
    QCOMPARE(dialog.evaluatorList()->count(), 3);
    QVERIFY(dialog.chosenEvaluators().isEmpty());
    QCOMPARE(QFileInfo(dialog.suggestedPath()).absolutePath(),
             QFileInfo(m_test->dir()).absoluteFilePath());
    QVERIFY(dialog.suggestedPath().endsWith(QLatin1String("-shared.pwb")));

    QString suggested;
    dialog.setTargetChooser([&](const QString &s) {
        suggested = s;
        return m_test->filePath(QStringLiteral("full"));
    });
    dialog.accept();
    QCOMPARE(suggested, dialog.suggestedPath());
    const QString written = m_test->filePath(QStringLiteral("full.pwb")); // suffix added
    QVERIFY(QFile::exists(written));
    QCOMPARE(dialog.fingerprint(), sha256Of(written));
    QCOMPARE(dialog.fingerprintLabel()->text(), ShareExport::readable(sha256Of(written)));
    QVERIFY(dialog.fingerprintLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(dialog.fingerprintLabel()->textFormat(), Qt::PlainText);
}

void TestShareDialog::packageOfOneEvaluator()
{
    ShareDialog dialog(m_test->project(), m_test->dir());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.someButton()->setChecked(true);
    QVERIFY(dialog.evaluatorList()->isEnabled());
    QVERIFY(dialog.chosenEvaluators().isEmpty()); // the test evaluator has no scores here
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : buttons) {
        if (b->text().remove(u'&') == QStringLiteral("Export…"))
            exportButton = b;
    }
    QVERIFY(exportButton);
    QVERIFY(!exportButton->isEnabled()); // nobody chosen yet

    QListWidgetItem *item = dialog.evaluatorList()->item(1);
    item->setCheckState(Qt::Checked);
    QVERIFY(exportButton->isEnabled());
    const Evaluator chosen = m_test->store().evaluators().at(1);
    QCOMPARE(dialog.chosenEvaluators(), QStringList{chosen.uuid});
    QVERIFY(
        dialog.suggestedPath().endsWith(QLatin1Char('-') + chosen.name + QStringLiteral(".pwb")));

    const QString target = m_test->filePath(QStringLiteral("package.pwb"));
    dialog.setTargetChooser([&](const QString &) { return target; });
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(dialog.fingerprint(), sha256Of(target));
    QVERIFY(dialog.fingerprintLabel()->isVisible());

    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), ShareExport::readable(sha256Of(target)));

    OpenError error;
    auto package = ProjectStore::open(target, ProjectStore::Access::ReadOnly, &error);
    QVERIFY2(package, qPrintable(error.message));
    QCOMPARE(package->evaluators().size(), 1);
    QCOMPARE(package->evaluators().first().uuid, chosen.uuid);
}

void TestShareDialog::refusesTheOpenProject()
{
    QFile file(m_test->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    ShareDialog dialog(m_test->project(), m_test->dir());
    dialog.setTargetChooser([&](const QString &) { return m_test->path(); });
    QString warning;
    QTimer::singleShot(0, this, [&warning] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        warning = box->text();
        box->accept();
    });
    dialog.accept();
    QVERIFY2(!warning.isEmpty(), "no warning shown");
    QVERIFY(dialog.fingerprint().isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_MAIN(TestShareDialog)
#include "tst_sharedialog.moc"

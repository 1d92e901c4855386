// Export for sharing (ShareExport and `policy-workbench share`): a full copy opens as the
// same project; an evaluator package holds only the chosen evaluators' work, and the others'
// text is gone from the file's bytes; the fingerprint is the file's SHA-256; the original is
// never touched and a failed export leaves nothing behind.
#include "CliRunner.h"
#include "RawDb.h"
#include "TestProject.h"
#include "store/ProjectStore.h"
#include "store/Rows.h"
#include "store/ShareExport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <QtTest>

namespace {

// Distinctive texts to look for in the files' raw bytes.
const QByteArray keptRationale = "KEEP-RATIONALE-OF-A-31415";
const QByteArray secretRationale = "SECRET-RATIONALE-OF-B-27182";
const QByteArray secretQuote = "SECRET-QUOTE-OF-B-16180";
const QByteArray secretDeleted = "SECRET-DELETED-SCORE-OF-B-14142";
const QByteArray secretConsensus = "SECRET-CONSENSUS-57721";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList folderEntries(const QString &dir)
{
    QStringList entries =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    entries.sort();
    return entries;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList uuidsOf(const QList<Score> &scores)
{
    QStringList uuids;
    for (const Score &s : scores)
        uuids << s.uuid;
    return uuids;
}

} // namespace

class TestShare : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readable_data();
    void readable();

    void fullExport();
    void fingerprintIsTheFilesSha256();
    void fingerprintOfAnySize_data();
    void fingerprintOfAnySize();
    void evaluatorPackage();
    void packageOfSeveralEvaluators();
    void originalIsUntouched_data();
    void originalIsUntouched();
    void replacesAnExistingTarget();
    void missingFolderFailsCleanly();
    void refusesTheProjectItself();
    void refusesAFileOpenForEditing();
    void refusesAnUnknownEvaluator();

    void cliShareAndInfo();
    void cliPackage();
    void cliFailures_data();
    void cliFailures();

private:
    QList<Score> scoresOf(const QString &evaluatorUuid) const;
    void apply(const RowChanges &changes, const Evaluator &actor);
    QString exportTo(const QString &name, const QStringList &evaluators);

    std::unique_ptr<TestProject> m_test;
    Evaluator m_a; // the evaluator whose package is made
    Evaluator m_b; // another evaluator, whose work must not travel
};

QList<Score> TestShare::scoresOf(const QString &evaluatorUuid) const
{
    QList<Score> result;
    for (const Policy &p : m_test->store().policies()) {
        for (const Score &s : m_test->store().scores(p.uuid)) {
            if (s.evaluatorUuid == evaluatorUuid)
                result << s;
        }
    }
    return result;
}

void TestShare::apply(const RowChanges &changes, const Evaluator &actor)
{
    QString error;
    QVERIFY2(m_test->store().apply(changes, true, {actor.uuid, actor.name, QStringLiteral("test")},
                                   &error),
             qPrintable(error));
}

// The sample project, with distinctive texts in A's and B's work: a rationale each, a quote
// of B's, a score of B's that was deleted again (so only the change log has its text) and a
// consensus value.
void TestShare::init()
{
    m_test = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    ProjectStore &store = m_test->store();
    const QList<Evaluator> evaluators = store.evaluators();
    QCOMPARE(evaluators.size(), 3);
    m_a = evaluators.at(0);
    m_b = evaluators.at(1);

    const QList<Score> a = scoresOf(m_a.uuid);
    const QList<Score> b = scoresOf(m_b.uuid);
    QVERIFY(!a.isEmpty() && b.size() >= 2);
    auto withRationale = [&store](const Score &s, const QByteArray &text) {
        const QVariantMap before = store.row(QStringLiteral("score"), s.uuid);
        QVariantMap after = before;
        after.insert(QStringLiteral("rationale"), QString::fromLatin1(text));
        after.insert(QStringLiteral("modified"), Rows::now());
        return RowChange{QStringLiteral("score"), s.uuid, before, after};
    };
    apply({withRationale(a.first(), keptRationale)}, m_a);
    apply({withRationale(b.first(), secretRationale)}, m_b);

    Evidence e;
    e.uuid = Rows::newUuid();
    e.scoreUuid = b.first().uuid;
    e.source = QStringLiteral("Interview notes");
    e.quote = QString::fromLatin1(secretQuote);
    e.sortOrder = 99;
    QVariantMap evidence = Rows::fromEvidence(e);
    evidence.insert(QStringLiteral("created"), Rows::now());
    evidence.insert(QStringLiteral("modified"), Rows::now());
    apply({{QStringLiteral("evidence"), e.uuid, {}, evidence}}, m_b);

    const Score doomed = b.at(1);
    apply({withRationale(doomed, secretDeleted)}, m_b);
    RowChanges deletion;
    for (const QVariantMap &row :
         store.rowsWhere(QStringLiteral("evidence"), QStringLiteral("score_uuid"), doomed.uuid))
        deletion.append({QStringLiteral("evidence"), row.value(QStringLiteral("uuid")).toString(),
                         row, QVariantMap()});
    deletion.append({QStringLiteral("score"), doomed.uuid,
                     store.row(QStringLiteral("score"), doomed.uuid), QVariantMap()});
    apply(deletion, m_b);

    const QString consensusUuid = Rows::newUuid();
    const QVariantMap consensus{{QStringLiteral("uuid"), consensusUuid},
                                {QStringLiteral("policy_uuid"), b.first().policyUuid},
                                {QStringLiteral("goal_uuid"), b.first().goalUuid},
                                {QStringLiteral("value"), 3},
                                {QStringLiteral("rationale"), QString::fromLatin1(secretConsensus)},
                                {QStringLiteral("set_by"), m_a.name},
                                {QStringLiteral("created"), Rows::now()},
                                {QStringLiteral("modified"), Rows::now()}};
    apply({{QStringLiteral("consensus"), consensusUuid, {}, consensus}}, m_a);

    // The texts are in the project file, so that not finding them in a package means
    // something.
    const QByteArray original = readAll(m_test->path());
    for (const QByteArray &text :
         {keptRationale, secretRationale, secretQuote, secretDeleted, secretConsensus})
        QVERIFY2(original.contains(text), text.constData());
}

void TestShare::cleanup()
{
    m_test.reset();
}

QString TestShare::exportTo(const QString &name, const QStringList &evaluators)
{
    const QString target = m_test->filePath(name);
    QString fingerprint, error;
    if (!ShareExport::exportForSharing(m_test->store(), target, evaluators, &fingerprint, &error)) {
        qWarning() << "export failed:" << error;
        return QString();
    }
    return fingerprint;
}

void TestShare::readable_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one block") << QStringLiteral("3f2a") << QStringLiteral("3f2a");
    QTest::newRow("partial last block")
        << QStringLiteral("3f2a9c01e") << QStringLiteral("3f2a 9c01 e");
    const QString full = sha256Hex("abc");
    QString grouped;
    for (int i = 0; i < 64; i += 4)
        grouped += (i ? QStringLiteral(" ") : QString()) + full.mid(i, 4);
    QTest::newRow("sha-256") << full << grouped;
}

void TestShare::readable()
{
    QFETCH(QString, hex);
    QFETCH(QString, expected);
    QCOMPARE(ShareExport::readable(hex), expected);
    if (hex.size() == 64)
        QCOMPARE(ShareExport::readable(hex).count(QLatin1Char(' ')), 15);
}

void TestShare::fullExport()
{
    QStringList entries = folderEntries(m_test->dir());
    const QString fingerprint = exportTo(QStringLiteral("full.pwb"), {});
    QVERIFY(!fingerprint.isEmpty());
    const QString target = m_test->filePath(QStringLiteral("full.pwb"));
    // Nothing else left in the folder: no temporary file, no journal.
    entries << QStringLiteral("full.pwb");
    entries.sort();
    QCOMPARE(folderEntries(m_test->dir()), entries);

    OpenError error;
    auto copy = ProjectStore::open(target, ProjectStore::Access::ReadOnly, &error);
    QVERIFY2(copy, qPrintable(error.message));
    QVERIFY(copy->check().isEmpty());
    const ProjectStore::Counts mine = m_test->store().counts();
    const ProjectStore::Counts theirs = copy->counts();
    QCOMPARE(theirs.policies, mine.policies);
    QCOMPARE(theirs.goals, mine.goals);
    QCOMPARE(theirs.evaluators, mine.evaluators);
    QCOMPARE(theirs.scores, mine.scores);
    QCOMPARE(theirs.evidence, mine.evidence);
    QCOMPARE(copy->metadata(QStringLiteral("uuid")),
             m_test->store().metadata(QStringLiteral("uuid")));
    copy.reset();

    // A full copy is the whole project: consensus and change log included.
    RawDb original(m_test->path());
    RawDb copied(target);
    QCOMPARE(copied.content(), original.content());
}

void TestShare::fingerprintIsTheFilesSha256()
{
    const QString fingerprint = exportTo(QStringLiteral("full.pwb"), {});
    const QString target = m_test->filePath(QStringLiteral("full.pwb"));
    QCOMPARE(fingerprint.size(), 64);
    QCOMPARE(fingerprint, fingerprint.toLower());
    QCOMPARE(fingerprint, sha256Hex(readAll(target)));
    // Stable: the same file gives the same fingerprint every time.
    QCOMPARE(ShareExport::fingerprintOf(target), fingerprint);
    QCOMPARE(ShareExport::fingerprintOf(target), fingerprint);

    // And it is what sha256sum says, for receivers without the application.
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    if (sha256sum.isEmpty())
        QSKIP("sha256sum is not installed");
    QProcess process;
    process.start(sha256sum, {target});
    QVERIFY(process.waitForFinished());
    QCOMPARE(QString::fromLatin1(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0),
             fingerprint);

    QString error;
    QVERIFY(
        ShareExport::fingerprintOf(m_test->filePath(QStringLiteral("none.pwb")), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestShare::fingerprintOfAnySize_data()
{
    // The file is hashed in blocks of 1 MiB: sizes around the block boundary, none at all,
    // and several blocks.
    QTest::addColumn<qint64>("size");
    for (const qint64 size : {qint64(0), qint64(1), qint64((1 << 20) - 1), qint64(1 << 20),
                              qint64((1 << 20) + 1), qint64(3 * (1 << 20) + 12345)})
        QTest::addRow("%lld bytes", size) << size;
}

void TestShare::fingerprintOfAnySize()
{
    QFETCH(qint64, size);
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random{quint32(size)};
    for (char &c : bytes)
        c = char(random.bounded(256));
    const QString path = m_test->filePath(QStringLiteral("blob.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), size);
    file.close();
    QCOMPARE(ShareExport::fingerprintOf(path), sha256Hex(bytes));
    if (size == 0) {
        QCOMPARE(
            ShareExport::fingerprintOf(path),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
}

void TestShare::evaluatorPackage()
{
    const QStringList keptScores = uuidsOf(scoresOf(m_a.uuid));
    int keptEvidence = 0;
    for (const QString &uuid : keptScores)
        keptEvidence += int(m_test->store().evidence(uuid).size());
    const QStringList otherScores = uuidsOf(scoresOf(m_b.uuid));

    const QString fingerprint = exportTo(QStringLiteral("package.pwb"), {m_a.uuid});
    QVERIFY(!fingerprint.isEmpty());
    const QString target = m_test->filePath(QStringLiteral("package.pwb"));
    QCOMPARE(fingerprint, sha256Hex(readAll(target)));

    OpenError error;
    auto package = ProjectStore::open(target, ProjectStore::Access::ReadOnly, &error);
    QVERIFY2(package, qPrintable(error.message));
    QVERIFY(package->check().isEmpty());
    const QList<Evaluator> evaluators = package->evaluators();
    QCOMPARE(evaluators.size(), 1);
    QCOMPARE(evaluators.first().uuid, m_a.uuid);
    const ProjectStore::Counts counts = package->counts();
    QCOMPARE(counts.policies, m_test->store().counts().policies);
    QCOMPARE(counts.scores, int(keptScores.size()));
    QCOMPARE(counts.evidence, keptEvidence);
    for (const Policy &p : package->policies()) {
        for (const Score &s : package->scores(p.uuid))
            QCOMPARE(s.evaluatorUuid, m_a.uuid);
    }
    package.reset();

    RawDb db(target);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM consensus")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'consensus'"))
                 .toInt(),
             0);
    // The change log keeps A's score history and the project's, and nothing of B's scores.
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE entity_uuid = '%1'")
                          .arg(keptScores.first()))
                .toInt() > 0);
    RawDb original(m_test->path());
    const QString policyLog =
        QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'policy'");
    QCOMPARE(db.scalar(policyLog).toInt(), original.scalar(policyLog).toInt());
    QVERIFY(db.scalar(policyLog).toInt() > 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE entity_uuid IN ('%1')")
                           .arg(otherScores.join(QStringLiteral("','"))))
                 .toInt(),
             0);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA freelist_count")).toInt(), 0);

    // secure_delete and VACUUM: the others' texts are gone from the bytes, not just the tables.
    const QByteArray bytes = readAll(target);
    QVERIFY(bytes.contains(keptRationale));
    for (const QByteArray &text : {secretRationale, secretQuote, secretDeleted, secretConsensus})
        QVERIFY2(!bytes.contains(text), text.constData());
    QVERIFY(!bytes.contains(m_b.name.toUtf8()));
}

void TestShare::packageOfSeveralEvaluators()
{
    QVERIFY(!exportTo(QStringLiteral("two.pwb"), {m_a.uuid, m_b.uuid}).isEmpty());
    OpenError error;
    auto package = ProjectStore::open(m_test->filePath(QStringLiteral("two.pwb")),
                                      ProjectStore::Access::ReadOnly, &error);
    QVERIFY2(package, qPrintable(error.message));
    QCOMPARE(package->evaluators().size(), 2);
    QCOMPARE(package->counts().scores, int(scoresOf(m_a.uuid).size() + scoresOf(m_b.uuid).size()));
    const QByteArray bytes = readAll(m_test->filePath(QStringLiteral("two.pwb")));
    // B's work travels now, but the consensus never does in a package.
    QVERIFY(bytes.contains(secretRationale));
    QVERIFY(bytes.contains(secretDeleted)); // B's deleted score's history is B's
    QVERIFY(!bytes.contains(secretConsensus));
}

void TestShare::originalIsUntouched_data()
{
    QTest::addColumn<bool>("package");
    QTest::newRow("full copy") << false;
    QTest::newRow("evaluator package") << true;
}

void TestShare::originalIsUntouched()
{
    QFETCH(bool, package);
    const QByteArray before = readAll(m_test->path());
    QVERIFY(!exportTo(QStringLiteral("out.pwb"), package ? QStringList{m_a.uuid} : QStringList())
                 .isEmpty());
    QCOMPARE(readAll(m_test->path()), before);
    m_test->close();
    QCOMPARE(readAll(m_test->path()), before);
}

void TestShare::replacesAnExistingTarget()
{
    const QString target = m_test->filePath(QStringLiteral("out.pwb"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("an older package");
    file.close();
    const QString fingerprint = exportTo(QStringLiteral("out.pwb"), {m_a.uuid});
    QVERIFY(!fingerprint.isEmpty());
    QVERIFY(readAll(target).startsWith("SQLite format 3"));
    QCOMPARE(ShareExport::fingerprintOf(target), fingerprint);
}

void TestShare::missingFolderFailsCleanly()
{
    const QStringList entries = folderEntries(m_test->dir());
    const QString target = m_test->filePath(QStringLiteral("no/such/folder/out.pwb"));
    for (const QStringList &evaluators : {QStringList(), QStringList{m_a.uuid}}) {
        QString fingerprint, error;
        QVERIFY(!ShareExport::exportForSharing(m_test->store(), target, evaluators, &fingerprint,
                                               &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(fingerprint.isEmpty());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(m_test->filePath(QStringLiteral("no"))));
        QCOMPARE(folderEntries(m_test->dir()), entries);
    }
}

void TestShare::refusesTheProjectItself()
{
    const QByteArray before = readAll(m_test->path());
    QString error;
    QVERIFY(!ShareExport::exportForSharing(m_test->store(), m_test->path(), {m_a.uuid}, nullptr,
                                           &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(m_test->path()), before);
    QCOMPARE(m_test->store().counts().evaluators, 3);
}

void TestShare::refusesAFileOpenForEditing()
{
    const QString other = m_test->filePath(QStringLiteral("other.pwb"));
    QString error;
    QVERIFY2(ProjectStore::create(other, QStringLiteral("fyp14"), QStringLiteral("Other"), false,
                                  &error),
             qPrintable(error));
    OpenError openError;
    auto editing = ProjectStore::open(other, ProjectStore::Access::ReadWrite, &openError);
    QVERIFY2(editing, qPrintable(openError.message));
    const QByteArray before = readAll(other);
    QVERIFY(!ShareExport::exportForSharing(m_test->store(), other, {}, nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(other), before);
    QCOMPARE(editing->name(), QStringLiteral("Other"));
}

void TestShare::refusesAnUnknownEvaluator()
{
    const QStringList entries = folderEntries(m_test->dir());
    QString error;
    QVERIFY(!ShareExport::exportForSharing(m_test->store(),
                                           m_test->filePath(QStringLiteral("out.pwb")),
                                           {m_a.uuid, Rows::newUuid()}, nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(folderEntries(m_test->dir()), entries);
}

void TestShare::cliShareAndInfo()
{
    m_test->close();
    const QString out = m_test->filePath(QStringLiteral("shared.pwb"));
    const CliResult r =
        runCli({QStringLiteral("share"), m_test->path(), QStringLiteral("-o"), out}, m_test->dir());
    QVERIFY2(r.code == 0, r.err.constData());
    const QString printed = QString::fromUtf8(r.out).trimmed();
    QCOMPARE(printed, ShareExport::readable(sha256Hex(readAll(out))));

    const CliResult json =
        runCli({QStringLiteral("info"), out, QStringLiteral("--json")}, m_test->dir());
    QCOMPARE(json.code, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("fingerprint")),
             sha256Hex(readAll(out)));
    const CliResult text = runCli({QStringLiteral("info"), out}, m_test->dir());
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QByteArray("fingerprint:")), text.out.constData());
    QVERIFY(text.out.contains(printed.toLatin1()));
}

void TestShare::cliPackage()
{
    m_test->close();
    const QString out = m_test->filePath(QStringLiteral("package.pwb"));
    const CliResult r = runCli({QStringLiteral("share"), m_test->path(), QStringLiteral("-o"), out,
                                QStringLiteral("--evaluators"), m_a.name},
                               m_test->dir());
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), ShareExport::readable(sha256Hex(readAll(out))));
    RawDb db(out);
    QCOMPARE(db.rows(QStringLiteral("SELECT uuid FROM evaluator")), QStringList{m_a.uuid});
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT evaluator_uuid) FROM score")).toInt(),
             1);
    QVERIFY(!readAll(out).contains(secretRationale));
}

void TestShare::cliFailures_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE and OUT stand for the paths
    QTest::addColumn<int>("code");
    QTest::newRow("unknown evaluator")
        << QStringList{QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("OUT"),
                       QStringLiteral("--evaluators"), QStringLiteral("Nobody")}
        << 1;
    QTest::newRow("no output") << QStringList{QStringLiteral("FILE")} << 2;
    QTest::newRow("missing project")
        << QStringList{QStringLiteral("missing.pwb"), QStringLiteral("-o"), QStringLiteral("OUT")}
        << 2;
    QTest::newRow("missing folder") << QStringList{QStringLiteral("FILE"), QStringLiteral("-o"),
                                                   QStringLiteral("no/such/out.pwb")}
                                    << 2;
    QTest::newRow("onto the project")
        << QStringList{QStringLiteral("FILE"), QStringLiteral("-o"), QStringLiteral("FILE")} << 2;
}

void TestShare::cliFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    m_test->close();
    const QByteArray before = readAll(m_test->path());
    const QStringList entries = folderEntries(m_test->dir());
    QStringList args{QStringLiteral("share")};
    for (const QString &a : std::as_const(arguments))
        args << (a == QLatin1String("FILE")  ? m_test->path()
                 : a == QLatin1String("OUT") ? m_test->filePath(QStringLiteral("out.pwb"))
                                             : a);
    const CliResult r = runCli(args, m_test->dir());
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(folderEntries(m_test->dir()), entries);
    QCOMPARE(readAll(m_test->path()), before);
}

QTEST_GUILESS_MAIN(TestShare)
#include "tst_share.moc"

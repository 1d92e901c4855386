// The project file: creation, reopening, migration, every refusal of a damaged or foreign
// file, read-only access, Save As, the consistency check and the synthetic generator.
#include "RawDb.h"
#include "TestProject.h"
#include "store/Generator.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>
#include <QtTest>
#include <iterator>
#include <unistd.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

// Everything in a folder, hidden files included: journals and temporary files show up.
QStringList folderEntries(const QString &dir)
{
    QStringList entries =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    entries.sort();
    return entries;
}

quint32 pageSizeOf(const QByteArray &file)
{
    const quint32 raw = qFromBigEndian<quint16>(file.constData() + 16);
    return raw == 1 ? 65536 : raw;
}

quint32 headerField(const QByteArray &file, int offset)
{
    return qFromBigEndian<quint32>(file.constData() + offset);
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// The ways a file can be wrong, each made from a real project file.
enum Damage
{
    Missing,
    Directory,
    Empty,
    RandomBytes,
    TextFile,
    ShortHeader,
    InvalidPageSize,
    TruncatedToHalf,
    TruncatedOddSize,
    WrongApplicationId,
    PlainSqlite,
    UserVersionZero,
    NewerUserVersion,
    ExtraTrigger,
    ExtraView,
    ExtraTable,
    ViewInPlaceOfTable,
    ChangedTableDefinition,
    MissingIndex,
    CorruptedMiddlePage,
    CorruptedLastPage,
    CorruptedSchemaPage,
};

// Writes a damaged variant of the project file `source` to `target`.
bool makeDamaged(const QString &source, const QString &target, Damage damage, QString *error)
{
    const QByteArray original = readAll(source);
    const quint32 pageSize = pageSizeOf(original);
    const int pageCount = int(original.size() / pageSize);
    auto withSql = [&](const QStringList &statements) {
        if (!QFile::copy(source, target)) {
            *error = QStringLiteral("copy failed");
            return false;
        }
        RawDb db(target);
        if (!db.isOpen() || !db.execAll(statements)) {
            *error = db.error();
            return false;
        }
        return true;
    };
    auto overwritePage = [&](int page, int from) { // page is 1-based
        QByteArray bytes = original;
        const qint64 start = qint64(page - 1) * pageSize;
        for (qint64 i = start + from; i < start + pageSize; ++i)
            bytes[i] = char(0xA5);
        return writeAll(target, bytes);
    };

    switch (damage) {
    case Missing:
        return true;
    case Directory:
        return QDir().mkdir(target);
    case Empty:
        return writeAll(target, QByteArray());
    case RandomBytes: {
        QRandomGenerator random(20240601);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        return writeAll(target, bytes);
    }
    case TextFile:
        return writeAll(target,
                        QStringLiteral("code,title\nP01,中华人民共和国科学技术进步法\n").toUtf8());
    case ShortHeader:
        return writeAll(target, original.left(60));
    case InvalidPageSize: {
        QByteArray bytes = original;
        bytes[16] = char(0x03); // 768: not a power of two
        bytes[17] = char(0x00);
        return writeAll(target, bytes);
    }
    case TruncatedToHalf: // whole pages, so only the header's page count tells
        return pageCount >= 4 && writeAll(target, original.left(qint64(pageCount / 2) * pageSize));
    case TruncatedOddSize:
        return writeAll(target, original.left(original.size() / 2 + 123));
    case WrongApplicationId:
        return withSql({QStringLiteral("PRAGMA application_id = 305419896")});
    case PlainSqlite: {
        RawDb db(target);
        return db.execAll({QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                           QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")});
    }
    case UserVersionZero:
        return withSql({QStringLiteral("PRAGMA user_version = 0")});
    case NewerUserVersion:
        return withSql(
            {QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1)});
    case ExtraTrigger:
        return withSql({QStringLiteral("CREATE TRIGGER audit_hook AFTER INSERT ON score"
                                       " BEGIN DELETE FROM evidence; END")});
    case ExtraView:
        return withSql(
            {QStringLiteral("CREATE VIEW policy_titles AS SELECT code, title FROM policy")});
    case ExtraTable:
        return withSql({QStringLiteral("CREATE TABLE scratch (x)")});
    case ViewInPlaceOfTable:
        return withSql(
            {QStringLiteral("DROP TABLE evidence"),
             QStringLiteral("CREATE VIEW evidence AS SELECT uuid, uuid AS score_uuid,"
                            " '' AS source, '' AS locator, '' AS quote, 'input' AS level,"
                            " 0 AS sort_order, created, modified FROM policy")});
    case ChangedTableDefinition:
        return withSql({QStringLiteral("ALTER TABLE policy ADD COLUMN secret TEXT")});
    case MissingIndex:
        return withSql({QStringLiteral("DROP INDEX change_log_by_entity")});
    // Whole pages are overwritten so the damage always hits structure, not just the text
    // inside a cell (which no check can tell from an edit).
    case CorruptedMiddlePage:
        return pageCount >= 4 && overwritePage(pageCount / 2, 0);
    case CorruptedLastPage:
        return overwritePage(pageCount, 0);
    case CorruptedSchemaPage:
        return overwritePage(1, 100); // keep the 100-byte header
    }
    return false;
}

QString openErrorName(int code)
{
    static const char *const names[] = {
        "None",      "NotFound",       "Unreadable",           "Empty",
        "NotSqlite", "Truncated",      "NotAProject",          "NewerVersion",
        "Corrupted", "SchemaMismatch", "ReadOnlyNeedsUpgrade", "Internal"};
    return code >= 0 && code < int(std::size(names)) ? QString::fromLatin1(names[code])
                                                     : QString::number(code);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void create_data();
    void create();
    void createRefusesExistingFile();
    void createFailsCleanly_data();
    void createFailsCleanly();
    void connectionIsHardened();
    void reopen();
    void editsKeepJournalModeDelete();
    void walFileIsConvertedOnOpen();

    void migrateFromVersion1_data();
    void migrateFromVersion1();
    void readOnlyOldVersionNeedsUpgrade();
    void goldenFiles_data();
    void goldenFiles();

    void refusals_data();
    void refusals();
    void corruptionAnywhereNeverCrashes();
    void newerVersionOpensReadOnlyWhenAllowed();
    void newerVersionMissingKnownTableIsRefused();

    void readOnlyAccess();
    void readOnlyFile();

    void saveCopy();
    void saveCopyFromReadOnlyProject();
    void saveCopyRefusesTheOpenFile_data();
    void saveCopyRefusesTheOpenFile();
    void saveCopyFailsCleanly_data();
    void saveCopyFailsCleanly();

    void checkSoundFile();
    void checkFindsProblems_data();
    void checkFindsProblems();

    void generatorIsDeterministic();
    void generatorRejectsBadOptions();
};

void TestStore::create_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<int>("dimensions");
    QTest::addColumn<int>("goals");
    QTest::newRow("fyp14") << QStringLiteral("fyp14") << 5 << 20;
    QTest::newRow("fyp13") << QStringLiteral("fyp13") << 3 << 20;
}

void TestStore::create()
{
    QFETCH(QString, framework);
    QFETCH(int, dimensions);
    QFETCH(int, goals);

    TestProject tp(TestProject::Content::Empty, framework);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    ProjectStore &store = tp.store();
    QCOMPARE(store.path(), QFileInfo(tp.path()).absoluteFilePath());
    QVERIFY(!store.isReadOnly());
    QCOMPARE(store.fileVersion(), Schema::CurrentVersion);
    QCOMPARE(store.name(), QStringLiteral("Test project"));
    QCOMPARE(store.metadata(QStringLiteral("framework")), framework);
    QVERIFY(!QUuid::fromString(store.metadata(QStringLiteral("uuid"))).isNull());
    QVERIFY(!store.metadata(QStringLiteral("created")).isEmpty());
    QCOMPARE(store.framework().id(), framework);
    QCOMPARE(store.framework().dimensions().size(), dimensions);
    QCOMPARE(store.framework().goals().size(), goals);
    const ProjectStore::Counts counts = store.counts();
    QCOMPARE(counts.dimensions, dimensions);
    QCOMPARE(counts.goals, goals);
    QCOMPARE(counts.policies, 0);
    QCOMPARE(counts.scores, 0);
    QCOMPARE(counts.evaluators, 0);
    QVERIFY(store.check().isEmpty());

    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
    tp.close();

    // The header as other tools see it.
    const QByteArray bytes = readAll(tp.path());
    QVERIFY(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    QCOMPARE(headerField(bytes, 68), Schema::ApplicationId);
    QCOMPARE(int(headerField(bytes, 60)), Schema::CurrentVersion);
    QCOMPARE(int(bytes.at(18)), 1); // legacy (rollback journal), not WAL
    QCOMPARE(int(bytes.at(19)), 1);
    // No journal, WAL or temporary file next to the project.
    QCOMPARE(folderEntries(tp.dir()), QStringList{QStringLiteral("test.pwb")});

    RawDb db(tp.path());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id")).toUInt(), Schema::ApplicationId);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM framework")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM goal WHERE parent_code = ''")).toInt(),
             dimensions);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM goal WHERE parent_code <> ''")).toInt(),
             goals);
    // Every entity has a UUID, distinct, in canonical form.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT uuid) FROM goal")).toInt(),
             dimensions + goals);
    for (const QString &uuid :
         db.rows(QStringLiteral("SELECT uuid FROM goal UNION ALL SELECT uuid FROM indicator")))
        QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(uuid));
    // Built-in taxonomy (DOMAIN §4: 3 groups, 12 categories) and indicator library (§5).
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bottleneck_category")).toInt(), 15);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM bottleneck_category WHERE parent_code = ''"))
            .toInt(),
        3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM indicator")).toInt(), 22);
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM observation")).toInt() > 22);
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM benchmark")).toInt() > 0);
    if (framework == QLatin1String("fyp14"))
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM indicator_goal")).toInt() > 0);
    // Filled later: empty now.
    for (const char *table : {"policy", "evaluator", "score", "evidence", "bottleneck",
                              "bottleneck_goal", "bottleneck_policy", "bottleneck_evidence"})
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(),
            0);
    // Creation writes the project metadata through the change log.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'project'"))
                 .toInt(),
             5);
}

void TestStore::createRefusesExistingFile()
{
    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    const QByteArray before = fileHash(tp.path());
    QString error;
    auto store = ProjectStore::create(tp.path(), QStringLiteral("fyp14"), QStringLiteral("Other"),
                                      false, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(QStringLiteral("test.pwb")), qPrintable(error));
    QCOMPARE(fileHash(tp.path()), before);
    QCOMPARE(folderEntries(tp.dir()), QStringList{QStringLiteral("test.pwb")});

    // With overwrite the old project is replaced by a new one.
    store = ProjectStore::create(tp.path(), QStringLiteral("fyp13"), QStringLiteral("Other"), true,
                                 &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->name(), QStringLiteral("Other"));
    QCOMPARE(store->framework().id(), QStringLiteral("fyp13"));
    QCOMPARE(folderEntries(tp.dir()), // with its instance lock while open
             (QStringList{QStringLiteral("test.pwb"), QStringLiteral("test.pwb.lock")}));
}

void TestStore::createFailsCleanly_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("framework");
    QTest::newRow("missing folder")
        << QStringLiteral("no/such/folder/new.pwb") << QStringLiteral("fyp14");
    QTest::newRow("unknown framework") << QStringLiteral("new.pwb") << QStringLiteral("fyp99");
}

void TestStore::createFailsCleanly()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, framework);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    auto store = ProjectStore::create(dir.filePath(relativePath), framework, QStringLiteral("New"),
                                      false, &error);
    QVERIFY(!store);
    QVERIFY(!error.isEmpty());
    QCOMPARE(folderEntries(dir.path()), QStringList()); // no temporary file left behind
}

void TestStore::connectionIsHardened()
{
    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    QSqlQuery q(tp.store().database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA trusted_schema")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("PRAGMA cell_size_check")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // SQLITE_DBCONFIG_DEFENSIVE: even with writable_schema the schema table stays read-only.
    QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE sqlite_master SET sql = sql WHERE 0")));
    q.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
}

void TestStore::reopen()
{
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    const ProjectStore::Counts before = tp.store().counts();
    QVERIFY(before.policies > 0 && before.scores > 0 && before.evidence > 0 &&
            before.evaluators > 0);
    const QList<PolicySummary> summaries = tp.store().policySummaries();
    const QString name = tp.store().name();
    tp.close();
    const QByteArray hash = fileHash(tp.path());

    QVERIFY2(tp.reopen(), qPrintable(tp.error()));
    const ProjectStore::Counts after = tp.store().counts();
    QCOMPARE(after.policies, before.policies);
    QCOMPARE(after.scores, before.scores);
    QCOMPARE(after.evidence, before.evidence);
    QCOMPARE(after.evaluators, before.evaluators);
    QCOMPARE(tp.store().name(), name);
    const QList<PolicySummary> reread = tp.store().policySummaries();
    QCOMPARE(reread.size(), summaries.size());
    for (int i = 0; i < reread.size(); ++i) {
        QCOMPARE(reread.at(i).policy.uuid, summaries.at(i).policy.uuid);
        QCOMPARE(reread.at(i).policy.title, summaries.at(i).policy.title);
        QCOMPARE(reread.at(i).scoreCount, summaries.at(i).scoreCount);
    }
    tp.close();
    // Opening and closing without an edit writes nothing.
    QCOMPARE(fileHash(tp.path()), hash);
    QCOMPARE(folderEntries(tp.dir()), QStringList{QStringLiteral("test.pwb")});
}

void TestStore::editsKeepJournalModeDelete()
{
    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    RowChanges changes{{QStringLiteral("project"),
                        QStringLiteral("description"),
                        {{QStringLiteral("key"), QStringLiteral("description")},
                         {QStringLiteral("value"), QString()}},
                        {{QStringLiteral("key"), QStringLiteral("description")},
                         {QStringLiteral("value"), QStringLiteral("edited")}}}};
    QString error;
    QVERIFY2(tp.store().apply(changes, true, {}, &error), qPrintable(error));
    QCOMPARE(tp.store().metadata(QStringLiteral("description")), QStringLiteral("edited"));
    // Committed, and nothing but the project file and its instance lock in the folder (no
    // -wal/-shm/-journal).
    QCOMPARE(folderEntries(tp.dir()),
             (QStringList{QStringLiteral("test.pwb"), QStringLiteral("test.pwb.lock")}));
    tp.close();
    const QByteArray bytes = readAll(tp.path());
    QCOMPARE(int(bytes.at(18)), 1);
    QCOMPARE(int(bytes.at(19)), 1);
}

void TestStore::walFileIsConvertedOnOpen()
{
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    const int policies = tp.store().counts().policies;
    tp.close();
    {
        RawDb db(tp.path());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(),
                 QStringLiteral("wal"));
    }
    QCOMPARE(int(readAll(tp.path()).at(18)), 2);
    QVERIFY2(tp.reopen(), qPrintable(tp.error()));
    QCOMPARE(tp.store().counts().policies, policies);
    QSqlQuery q(tp.store().database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
    tp.close();
    QCOMPARE(int(readAll(tp.path()).at(18)), 1);
    QCOMPARE(folderEntries(tp.dir()), QStringList{QStringLiteral("test.pwb")});
}

void TestStore::migrateFromVersion1_data()
{
    QTest::addColumn<QString>("framework");
    QTest::newRow("fyp14") << QStringLiteral("fyp14");
    QTest::newRow("fyp13") << QStringLiteral("fyp13");
}

void TestStore::migrateFromVersion1()
{
    QFETCH(QString, framework);
    TestProject fresh(TestProject::Content::Empty, framework);
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    fresh.close();

    const QString path = fresh.filePath(QStringLiteral("old.pwb"));
    QString error;
    QVERIFY2(ProjectStore::createAtVersion(path, 1, framework, &error), qPrintable(error));
    const QString goalUuid = Framework::goalUuid(framework, framework == QLatin1String("fyp14")
                                                                ? QStringLiteral("D2")
                                                                : QStringLiteral("P13-T1"));
    {
        // What a version-1 project holds: metadata, an evaluator, a policy, a score, evidence.
        RawDb db(path);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral(
                               "SELECT count(*) FROM sqlite_master WHERE name = 'bottleneck'"))
                     .toInt(),
                 0);
        QVERIFY2(
            db.execAll({
                QStringLiteral("INSERT INTO project VALUES ('name', 'Old project'), ('uuid',"
                               " '3f0e1c2a-8d4b-4e6f-9a1b-2c3d4e5f6a7b'), ('created', "
                               "'2024-01-01T00:00:00.000Z'),"
                               " ('framework', '%1'), ('description', '')")
                    .arg(framework),
                QStringLiteral("INSERT INTO evaluator VALUES "
                               "('00000000-0000-4000-8000-0000000000a1', 'Old Evaluator',"
                               " '2024-01-01T00:00:00.000Z')"),
                QStringLiteral(
                    "INSERT INTO policy (uuid, code, title, year, created, modified) VALUES"
                    " ('00000000-0000-4000-8000-0000000000b1', 'OLD1', '旧政策', 2019,"
                    " '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')"),
                QStringLiteral(
                    "INSERT INTO score VALUES ('00000000-0000-4000-8000-0000000000c1',"
                    " '00000000-0000-4000-8000-0000000000b1', '%1', "
                    "'00000000-0000-4000-8000-0000000000a1',"
                    " 3, 'kept', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")
                    .arg(goalUuid),
                QStringLiteral(
                    "INSERT INTO evidence VALUES ('00000000-0000-4000-8000-0000000000d1',"
                    " '00000000-0000-4000-8000-0000000000c1', '001', '§1', 'quote', 'output', 0,"
                    " '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')"),
            }),
            qPrintable(db.error()));
    }
    QStringList oldContent;
    {
        RawDb db(path);
        oldContent = db.content();
    }

    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
    QVERIFY2(store, qPrintable(openError.message));
    QCOMPARE(store->fileVersion(), Schema::CurrentVersion);
    QVERIFY(!store->isReadOnly());
    const std::optional<Policy> policy = store->policyByCode(QStringLiteral("OLD1"));
    QVERIFY(policy);
    QCOMPARE(policy->title, QStringLiteral("旧政策"));
    QCOMPARE(policy->year, 2019);
    const QList<Score> scores = store->scores(policy->uuid);
    QCOMPARE(scores.size(), 1);
    QCOMPARE(scores.first().value, std::optional<int>(3));
    QCOMPARE(scores.first().evaluatorName, QStringLiteral("Old Evaluator"));
    QCOMPARE(store->evidence(scores.first().uuid).size(), 1);
    QCOMPARE(store->name(), QStringLiteral("Old project"));
    const QStringList problems = store->check();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    store.reset();

    RawDb migrated(path);
    RawDb reference(fresh.path());
    QCOMPARE(migrated.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             Schema::CurrentVersion);
    QCOMPARE(migrated.scalar(QStringLiteral("PRAGMA application_id")).toUInt(),
             Schema::ApplicationId);
    QCOMPARE(migrated.schema(), reference.schema());
    // Every row of version 1 is still there, unchanged.
    const QStringList newContent = migrated.content();
    for (const QString &row : oldContent)
        QVERIFY2(newContent.contains(row), qPrintable(row));
    // The tables version 2 added hold the same built-in data as a new project.
    for (const char *table : {"bottleneck_category", "indicator", "indicator_goal", "observation",
                              "target", "benchmark"}) {
        const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QVERIFY2(migrated.scalar(count).toInt() == reference.scalar(count).toInt(), table);
    }
    QCOMPARE(migrated.rows(QStringLiteral("SELECT * FROM bottleneck_category ORDER BY code")),
             reference.rows(QStringLiteral("SELECT * FROM bottleneck_category ORDER BY code")));
    QCOMPARE(migrated.rows(QStringLiteral("SELECT uuid, code FROM indicator ORDER BY code")),
             reference.rows(QStringLiteral("SELECT uuid, code FROM indicator ORDER BY code")));

    // Opening again does not migrate again (and does not write).
    const QByteArray hash = fileHash(path);
    store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
    QVERIFY2(store, qPrintable(openError.message));
    store.reset();
    QCOMPARE(fileHash(path), hash);
}

void TestStore::readOnlyOldVersionNeedsUpgrade()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.pwb"));
    QString error;
    QVERIFY2(ProjectStore::createAtVersion(path, 1, QStringLiteral("fyp14"), &error),
             qPrintable(error));
    const QByteArray hash = fileHash(path);

    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &openError);
    QVERIFY(!store);
    QCOMPARE(openErrorName(openError.code), openErrorName(OpenError::ReadOnlyNeedsUpgrade));
    QVERIFY2(openError.message.contains(QStringLiteral("old.pwb")), qPrintable(openError.message));
    QCOMPARE(fileHash(path), hash);

    // A file the system will not let us write is refused the same way. Root may write any
    // file whatever its mode bits, so there the file is writable and simply migrates.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
    if (QFileInfo(path).isWritable()) {
        QVERIFY2(isRoot(), "a 0444 file reported writable to a normal user");
        QVERIFY2(store, qPrintable(openError.message));
        QCOMPARE(store->fileVersion(), Schema::CurrentVersion);
    } else {
        QVERIFY(!store);
        QCOMPARE(openErrorName(openError.code), openErrorName(OpenError::ReadOnlyNeedsUpgrade));
        QCOMPARE(fileHash(path), hash);
    }
}

void TestStore::goldenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");
    QTest::newRow("version 1") << QStringLiteral("project-v1.pwb") << 1;
    QTest::newRow("version 2") << QStringLiteral("project-v2.pwb") << 2;
}

// Files as released versions wrote them (tests/data/store/README.md): whatever changes in
// the schema code, they keep opening, and old ones migrate with their data.
void TestStore::goldenFiles()
{
    QFETCH(QString, file);
    QFETCH(int, version);
    const QString golden = QStringLiteral(PWB_TEST_DATA_DIR "/store/") + file;
    QVERIFY2(QFileInfo::exists(golden), qPrintable(golden));
    const QByteArray goldenHash = fileHash(golden);
    TestProject fresh; // a new project, to compare the schema with
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    fresh.close();
    const QString path = fresh.filePath(file);
    QVERIFY(QFile::copy(golden, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray hash = fileHash(path);

    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &openError);
    if (version < Schema::CurrentVersion) {
        QVERIFY(!store);
        QCOMPARE(openErrorName(openError.code), openErrorName(OpenError::ReadOnlyNeedsUpgrade));
    } else {
        QVERIFY2(store, qPrintable(openError.message));
        QCOMPARE(store->fileVersion(), version);
    }
    store.reset();
    QCOMPARE(fileHash(path), hash);

    store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
    QVERIFY2(store, qPrintable(openError.message));
    QCOMPARE(store->fileVersion(), Schema::CurrentVersion);
    const QStringList problems = store->check();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    if (version == 1) {
        QCOMPARE(store->name(), QStringLiteral("版本1项目"));
        QCOMPARE(store->counts().policies, 2);
        const std::optional<Policy> old1 = store->policyByCode(QStringLiteral("OLD1"));
        const std::optional<Policy> old2 = store->policyByCode(QStringLiteral("OLD2"));
        QVERIFY(old1 && old2);
        QCOMPARE(old1->year, 2017);
        QCOMPARE(old2->year, 0);
        const QList<Score> scores = store->scores(old1->uuid);
        QCOMPARE(scores.size(), 1);
        QVERIFY(scores.first().value == 3);
        QCOMPARE(scores.first().evaluatorName, QStringLiteral("老评估员"));
        QCOMPARE(store->evidence(scores.first().uuid).size(), 1);
        QCOMPARE(store->scores(old2->uuid).size(), 1);
        QVERIFY(store->scores(old2->uuid).first().isNotApplicable());
    } else {
        QCOMPARE(store->name(), QStringLiteral("版本2项目"));
        const std::optional<Policy> p03 = store->policyByCode(QStringLiteral("P03"));
        QVERIFY(p03);
        QCOMPARE(store->scores(p03->uuid).size(), 1);
    }
    store.reset();
    if (version == Schema::CurrentVersion)
        QCOMPARE(fileHash(path), hash); // nothing to migrate, nothing written

    RawDb migrated(path);
    RawDb reference(fresh.path());
    QCOMPARE(migrated.schema(), reference.schema());
    QCOMPARE(migrated.scalar(QStringLiteral("SELECT count(*) FROM bottleneck_category")).toInt(),
             15);
    QCOMPARE(migrated.scalar(QStringLiteral("SELECT count(*) FROM indicator")).toInt(), 22);
    QCOMPARE(fileHash(golden), goldenHash);
}

void TestStore::refusals_data()
{
    QTest::addColumn<int>("damage");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("alternative"); // also acceptable, or -1
    QTest::addColumn<QString>("detail");  // the message must contain this

    const int none = -1;
    QTest::newRow("missing file") << int(Missing) << int(OpenError::NotFound) << none << QString();
    QTest::newRow("a folder") << int(Directory) << int(OpenError::Unreadable) << none << QString();
    QTest::newRow("empty file") << int(Empty) << int(OpenError::Empty) << none << QString();
    QTest::newRow("random bytes") << int(RandomBytes) << int(OpenError::NotSqlite) << none
                                  << QString();
    QTest::newRow("text file") << int(TextFile) << int(OpenError::NotSqlite) << none << QString();
    QTest::newRow("cut inside the header")
        << int(ShortHeader) << int(OpenError::Truncated) << none << QString();
    QTest::newRow("invalid page size")
        << int(InvalidPageSize) << int(OpenError::Corrupted) << none << QString();
    QTest::newRow("truncated to half (whole pages)")
        << int(TruncatedToHalf) << int(OpenError::Truncated) << none << QString();
    QTest::newRow("truncated to an odd size")
        << int(TruncatedOddSize) << int(OpenError::Truncated) << none << QString();
    QTest::newRow("wrong application_id")
        << int(WrongApplicationId) << int(OpenError::NotAProject) << none << QString();
    QTest::newRow("plain SQLite database")
        << int(PlainSqlite) << int(OpenError::NotAProject) << none << QString();
    QTest::newRow("user_version 0")
        << int(UserVersionZero) << int(OpenError::NotAProject) << none << QString();
    QTest::newRow("newer user_version") << int(NewerUserVersion) << int(OpenError::NewerVersion)
                                        << none << QString::number(Schema::CurrentVersion + 1);
    QTest::newRow("extra trigger") << int(ExtraTrigger) << int(OpenError::SchemaMismatch) << none
                                   << QStringLiteral("audit_hook");
    QTest::newRow("extra view") << int(ExtraView) << int(OpenError::SchemaMismatch) << none
                                << QStringLiteral("policy_titles");
    QTest::newRow("extra table") << int(ExtraTable) << int(OpenError::SchemaMismatch) << none
                                 << QStringLiteral("scratch");
    QTest::newRow("view in place of a table")
        << int(ViewInPlaceOfTable) << int(OpenError::SchemaMismatch) << none
        << QStringLiteral("evidence");
    QTest::newRow("changed table definition")
        << int(ChangedTableDefinition) << int(OpenError::SchemaMismatch) << none
        << QStringLiteral("policy");
    QTest::newRow("missing index") << int(MissingIndex) << int(OpenError::SchemaMismatch) << none
                                   << QStringLiteral("change_log_by_entity");
    QTest::newRow("corrupted middle page") << int(CorruptedMiddlePage) << int(OpenError::Corrupted)
                                           << int(OpenError::SchemaMismatch) << QString();
    QTest::newRow("corrupted last page") << int(CorruptedLastPage) << int(OpenError::Corrupted)
                                         << int(OpenError::SchemaMismatch) << QString();
    QTest::newRow("corrupted schema page") << int(CorruptedSchemaPage) << int(OpenError::Corrupted)
                                           << int(OpenError::SchemaMismatch) << QString();
}

void TestStore::refusals()
{
    QFETCH(int, damage);
    QFETCH(int, expected);
    QFETCH(int, alternative);
    QFETCH(QString, detail);

    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    const QString path = tp.filePath(QStringLiteral("damaged.pwb"));
    QString error;
    QVERIFY2(makeDamaged(tp.path(), path, Damage(damage), &error), qPrintable(error));
    const bool isFile = QFileInfo(path).isFile();
    const QByteArray hash = isFile ? fileHash(path) : QByteArray();
    const QStringList entries = folderEntries(tp.dir());

    for (const ProjectStore::Access access :
         {ProjectStore::Access::ReadWrite, ProjectStore::Access::ReadOnly}) {
        OpenError openError;
        auto store = ProjectStore::open(path, access, &openError);
        QVERIFY(!store);
        QVERIFY2(
            openError.code == expected || openError.code == alternative,
            qPrintable(openErrorName(openError.code) + QStringLiteral(": ") + openError.message));
        QVERIFY(!openError.message.trimmed().isEmpty());
        QVERIFY2(openError.message.contains(QStringLiteral("damaged.pwb")),
                 qPrintable(openError.message));
        if (!detail.isEmpty())
            QVERIFY2(openError.message.contains(detail), qPrintable(openError.message));
        QCOMPARE(openError.readOnlyPossible, openError.code == OpenError::NewerVersion);
    }
    // Untouched: same bytes, and no journal or other file appeared next to it.
    if (isFile)
        QCOMPARE(fileHash(path), hash);
    QCOMPARE(folderEntries(tp.dir()), entries);
}

void TestStore::corruptionAnywhereNeverCrashes()
{
    // Smaller damage than whole pages, at every page: whatever SQLite makes of it, opening
    // either refuses with a message or gives a store that can be read and checked.
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    const QByteArray original = readAll(tp.path());
    const quint32 pageSize = pageSizeOf(original);
    const int pages = int(original.size() / pageSize);
    const QString path = tp.filePath(QStringLiteral("fuzzed.pwb"));
    int refused = 0;
    for (int page = 1; page <= pages; ++page) {
        for (const int offset : {0, 8, int(pageSize / 2)}) {
            if (page == 1 && offset < 100)
                continue; // the header has its own tests
            QByteArray bytes = original;
            const qint64 at = qint64(page - 1) * pageSize + offset;
            for (int i = 0; i < 24; ++i)
                bytes[at + i] = char(0x5A ^ i);
            QVERIFY(writeAll(path, bytes));
            OpenError openError;
            auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
            if (!store) {
                ++refused;
                QVERIFY2(openError.code == OpenError::Corrupted ||
                             openError.code == OpenError::SchemaMismatch,
                         qPrintable(openErrorName(openError.code) + QStringLiteral(": ") +
                                    openError.message));
                QVERIFY2(openError.message.contains(QStringLiteral("fuzzed.pwb")),
                         qPrintable(openError.message));
                continue;
            }
            store->policySummaries();
            store->counts();
            store->check();
        }
    }
    QVERIFY(refused > 0);
}

void TestStore::newerVersionOpensReadOnlyWhenAllowed()
{
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    const int policies = tp.store().counts().policies;
    tp.close();
    const QString path = tp.filePath(QStringLiteral("newer.pwb"));
    QVERIFY(QFile::copy(tp.path(), path));
    {
        // What a later version might do: a new table, a new column, a higher version.
        RawDb db(path);
        QVERIFY2(db.execAll(
                     {QStringLiteral("CREATE TABLE future_thing (uuid TEXT PRIMARY KEY)"),
                      QStringLiteral("ALTER TABLE policy ADD COLUMN future_column TEXT"),
                      QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1)}),
                 qPrintable(db.error()));
    }
    const QByteArray hash = fileHash(path);

    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
    QVERIFY(!store);
    QCOMPARE(openErrorName(openError.code), openErrorName(OpenError::NewerVersion));
    QVERIFY(openError.readOnlyPossible);
    QVERIFY2(openError.message.contains(QStringLiteral("newer.pwb")),
             qPrintable(openError.message));

    store = ProjectStore::open(path, ProjectStore::Access::ReadOnlyAllowNewer, &openError);
    QVERIFY2(store, qPrintable(openError.message));
    QCOMPARE(openError.code, OpenError::None);
    QVERIFY(store->isReadOnly());
    QCOMPARE(store->fileVersion(), Schema::CurrentVersion + 1);
    QCOMPARE(store->counts().policies, policies);
    QCOMPARE(store->policySummaries().size(), policies);
    QString error;
    QVERIFY(!store->apply({{QStringLiteral("project"),
                            QStringLiteral("name"),
                            {{QStringLiteral("key"), QStringLiteral("name")},
                             {QStringLiteral("value"), store->name()}},
                            {{QStringLiteral("key"), QStringLiteral("name")},
                             {QStringLiteral("value"), QStringLiteral("x")}}}},
                          true, {}, &error));
    QVERIFY(!error.isEmpty());
    store.reset();
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(folderEntries(tp.dir()),
             (QStringList{QStringLiteral("newer.pwb"), QStringLiteral("test.pwb")}));
}

void TestStore::newerVersionMissingKnownTableIsRefused()
{
    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    const QString path = tp.filePath(QStringLiteral("newer.pwb"));
    QVERIFY(QFile::copy(tp.path(), path));
    {
        RawDb db(path);
        QVERIFY2(db.execAll(
                     {QStringLiteral("DROP TABLE evidence"),
                      QStringLiteral("CREATE VIEW evidence AS SELECT * FROM policy"),
                      QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1)}),
                 qPrintable(db.error()));
    }
    const QByteArray hash = fileHash(path);
    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnlyAllowNewer, &openError);
    QVERIFY(!store);
    QCOMPARE(openErrorName(openError.code), openErrorName(OpenError::SchemaMismatch));
    QVERIFY2(openError.message.contains(QStringLiteral("evidence")), qPrintable(openError.message));
    QCOMPARE(fileHash(path), hash);
}

void TestStore::readOnlyAccess()
{
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    const int policies = tp.store().counts().policies;
    tp.close();
    const QByteArray hash = fileHash(tp.path());

    OpenError openError;
    auto store = ProjectStore::open(tp.path(), ProjectStore::Access::ReadOnly, &openError);
    QVERIFY2(store, qPrintable(openError.message));
    QVERIFY(store->isReadOnly());
    QCOMPARE(store->counts().policies, policies);
    QVERIFY(store->check().isEmpty());
    QString error;
    const RowChanges change{{QStringLiteral("project"),
                             QStringLiteral("name"),
                             {{QStringLiteral("key"), QStringLiteral("name")},
                              {QStringLiteral("value"), store->name()}},
                             {{QStringLiteral("key"), QStringLiteral("name")},
                              {QStringLiteral("value"), QStringLiteral("x")}}}};
    QVERIFY(!store->apply(change, true, {}, &error));
    QVERIFY(!error.isEmpty());
    // Even SQL that bypasses apply() cannot write through a read-only connection.
    QSqlQuery q(store->database());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM policy")));
    store.reset();
    QCOMPARE(fileHash(tp.path()), hash);
    QCOMPARE(folderEntries(tp.dir()), QStringList{QStringLiteral("test.pwb")});
}

void TestStore::readOnlyFile()
{
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    QVERIFY(
        QFile::setPermissions(tp.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray hash = fileHash(tp.path());

    // QFileInfo::isWritable() asks the system (access(2)), which says yes to root for any
    // file. The store opens read-only exactly when the system refuses writing; as root a
    // 0444 file is writable, so this only shows "read-only file → read-only" when run as a
    // normal user. readOnlyAccess() covers the read-only behaviour for everyone.
    const bool writable = QFileInfo(tp.path()).isWritable();
    QCOMPARE(writable, isRoot());
    OpenError openError;
    auto store = ProjectStore::open(tp.path(), ProjectStore::Access::ReadWrite, &openError);
    QVERIFY2(store, qPrintable(openError.message));
    QCOMPARE(store->isReadOnly(), !writable);
    if (!writable) {
        QString error;
        const RowChanges change{{QStringLiteral("project"),
                                 QStringLiteral("name"),
                                 {{QStringLiteral("key"), QStringLiteral("name")},
                                  {QStringLiteral("value"), store->name()}},
                                 {{QStringLiteral("key"), QStringLiteral("name")},
                                  {QStringLiteral("value"), QStringLiteral("x")}}}};
        QVERIFY(!store->apply(change, true, {}, &error));
        QVERIFY(!error.isEmpty());
        store.reset();
        QCOMPARE(fileHash(tp.path()), hash);
    }
}

void TestStore::saveCopy()
{
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    const QString target = tp.filePath(QStringLiteral("copy.pwb"));
    QString error;
    QVERIFY2(tp.store().saveCopy(target, &error), qPrintable(error));
    QCOMPARE(folderEntries(tp.dir()),
             (QStringList{QStringLiteral("copy.pwb"), QStringLiteral("test.pwb"),
                          QStringLiteral("test.pwb.lock")}));

    OpenError openError;
    auto copy = ProjectStore::open(target, ProjectStore::Access::ReadWrite, &openError);
    QVERIFY2(copy, qPrintable(openError.message));
    QCOMPARE(copy->counts().policies, tp.store().counts().policies);
    QCOMPARE(copy->counts().scores, tp.store().counts().scores);
    QVERIFY(copy->check().isEmpty());
    copy.reset();
    tp.close();
    RawDb original(tp.path());
    RawDb copied(target);
    QCOMPARE(copied.scalar(QStringLiteral("PRAGMA application_id")).toUInt(),
             Schema::ApplicationId);
    QCOMPARE(copied.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    QCOMPARE(copied.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));
    QCOMPARE(copied.schema(), original.schema());
    QCOMPARE(copied.content(), original.content());

    // Overwriting an existing copy works too, and replaces it.
    QVERIFY(writeAll(target, "old"));
    QVERIFY2(tp.reopen(), qPrintable(tp.error()));
    QVERIFY2(tp.store().saveCopy(target, &error), qPrintable(error));
    QVERIFY(readAll(target).startsWith("SQLite format 3"));
}

void TestStore::saveCopyFromReadOnlyProject()
{
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    const QByteArray hash = fileHash(tp.path());
    OpenError openError;
    auto store = ProjectStore::open(tp.path(), ProjectStore::Access::ReadOnly, &openError);
    QVERIFY2(store, qPrintable(openError.message));
    QString error;
    QVERIFY2(store->saveCopy(tp.filePath(QStringLiteral("copy.pwb")), &error), qPrintable(error));
    auto copy = ProjectStore::open(tp.filePath(QStringLiteral("copy.pwb")),
                                   ProjectStore::Access::ReadWrite, &openError);
    QVERIFY2(copy, qPrintable(openError.message));
    QVERIFY(!copy->isReadOnly());
    QCOMPARE(copy->counts().policies, store->counts().policies);
    store.reset();
    QCOMPARE(fileHash(tp.path()), hash);
}

void TestStore::saveCopyRefusesTheOpenFile_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("same path") << QStringLiteral("test.pwb");
    QTest::newRow("with ./") << QStringLiteral("./test.pwb");
    QTest::newRow("with sub/..") << QStringLiteral("sub/../test.pwb");
}

void TestStore::saveCopyRefusesTheOpenFile()
{
    QFETCH(QString, spelling);
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    QVERIFY(QDir(tp.dir()).mkdir(QStringLiteral("sub")));
    const QByteArray hash = fileHash(tp.path());
    QString error;
    QVERIFY(!tp.store().saveCopy(tp.dir() + QLatin1Char('/') + spelling, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(fileHash(tp.path()), hash);
    QCOMPARE(folderEntries(tp.dir()),
             (QStringList{QStringLiteral("sub"), QStringLiteral("test.pwb"),
                          QStringLiteral("test.pwb.lock")}));
    // The open project is still the file on disk: an edit lands in it.
    const RowChanges change{{QStringLiteral("project"),
                             QStringLiteral("name"),
                             {{QStringLiteral("key"), QStringLiteral("name")},
                              {QStringLiteral("value"), tp.store().name()}},
                             {{QStringLiteral("key"), QStringLiteral("name")},
                              {QStringLiteral("value"), QStringLiteral("renamed")}}}};
    QVERIFY2(tp.store().apply(change, true, {}, &error), qPrintable(error));
    tp.close();
    RawDb db(tp.path());
    QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM project WHERE key = 'name'")).toString(),
             QStringLiteral("renamed"));
}

void TestStore::saveCopyFailsCleanly_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/copy.pwb");
    QTest::newRow("target is a folder") << QStringLiteral("existing-folder");
}

void TestStore::saveCopyFailsCleanly()
{
    QFETCH(QString, target);
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    QVERIFY(QDir(tp.dir()).mkdir(QStringLiteral("existing-folder")));
    const QStringList entries = folderEntries(tp.dir());
    const QByteArray hash = fileHash(tp.path());
    QString error;
    QVERIFY(!tp.store().saveCopy(tp.filePath(target), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(folderEntries(tp.dir()), entries); // no .pwb-copy-* left behind
    QCOMPARE(folderEntries(tp.filePath(QStringLiteral("existing-folder"))), QStringList());
    QVERIFY(!QFileInfo::exists(tp.filePath(QStringLiteral("no"))));
    QCOMPARE(fileHash(tp.path()), hash);
}

void TestStore::checkSoundFile()
{
    for (const auto content : {TestProject::Content::Empty, TestProject::Content::Sample}) {
        TestProject tp(content);
        QVERIFY2(tp.isValid(), qPrintable(tp.error()));
        const QStringList problems = tp.store().check();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void TestStore::checkFindsProblems_data()
{
    QTest::addColumn<QStringList>("statements");
    // A goal that scores and indicators refer to.
    QTest::newRow("deleted goal") << QStringList{
        QStringLiteral("DELETE FROM goal WHERE uuid = (SELECT goal_uuid FROM score GROUP BY "
                       "goal_uuid ORDER BY count(*) DESC LIMIT 1)")};
    QTest::newRow("deleted dimension")
        << QStringList{QStringLiteral("DELETE FROM goal WHERE code = 'D'")};
    QTest::newRow("score on a dimension")
        << QStringList{QStringLiteral("UPDATE score SET goal_uuid = (SELECT uuid FROM goal WHERE "
                                      "code = 'S') WHERE rowid = (SELECT min(rowid) FROM score)")};
    QTest::newRow("evidence of a missing score")
        << QStringList{QStringLiteral("UPDATE evidence SET score_uuid = 'no-such-score' WHERE "
                                      "rowid = (SELECT min(rowid) FROM evidence)")};
    QTest::newRow("metadata missing")
        << QStringList{QStringLiteral("DELETE FROM project WHERE key = 'uuid'")};
    QTest::newRow("wrong framework in metadata") << QStringList{
        QStringLiteral("UPDATE project SET value = 'fyp13' WHERE key = 'framework'")};
}

void TestStore::checkFindsProblems()
{
    QFETCH(QStringList, statements);
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    {
        RawDb db(tp.path()); // foreign keys are off on a plain connection
        QVERIFY2(db.execAll(statements), qPrintable(db.error()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT changes()")).toInt(), 1);
    }
    OpenError openError;
    auto store = ProjectStore::open(tp.path(), ProjectStore::Access::ReadOnly, &openError);
    QVERIFY2(store, qPrintable(openError.message));
    const QStringList problems = store->check();
    QVERIFY(!problems.isEmpty());
    for (const QString &p : problems)
        QVERIFY(!p.trimmed().isEmpty());
}

void TestStore::generatorIsDeterministic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    struct Generated
    {
        Generator::Result result;
        QStringList policies;
        QByteArray scores;
        QByteArray evidence;
    };
    auto generate = [&dir](const QString &name, quint64 seed, Generated *out) {
        Generator::Options options;
        options.policies = 30;
        options.evaluators = 3;
        options.seed = seed;
        QString error;
        int lastProgress = -1;
        if (!Generator::generate(dir.filePath(name), options, &out->result, &error,
                                 [&lastProgress](int percent) { lastProgress = percent; })) {
            qWarning() << error;
            return false;
        }
        OpenError openError;
        auto store =
            ProjectStore::open(dir.filePath(name), ProjectStore::Access::ReadOnly, &openError);
        if (!store || !store->check().isEmpty())
            return false;
        const ProjectStore::Counts counts = store->counts();
        if (counts.policies != out->result.policies || counts.scores != out->result.scores ||
            counts.evidence != out->result.evidence || counts.evaluators != out->result.evaluators)
            return false;
        store.reset();
        RawDb db(dir.filePath(name));
        out->policies = db.rows(QStringLiteral(
            "SELECT code, title, issuer, year, level, instrument FROM policy ORDER BY code"));
        out->scores = QCryptographicHash::hash(
            db
                .rows(QStringLiteral(
                    "SELECT s.uuid, p.code, g.code, e.name, quote(s.value), s.rationale FROM score "
                    "s"
                    " JOIN policy p ON p.uuid = s.policy_uuid JOIN goal g ON g.uuid = s.goal_uuid"
                    " JOIN evaluator e ON e.uuid = s.evaluator_uuid ORDER BY s.uuid"))
                .join(QLatin1Char('\n'))
                .toUtf8(),
            QCryptographicHash::Sha256);
        out->evidence = QCryptographicHash::hash(
            db
                .rows(QStringLiteral(
                    "SELECT uuid, score_uuid, locator, quote, level FROM evidence ORDER BY uuid"))
                .join(QLatin1Char('\n'))
                .toUtf8(),
            QCryptographicHash::Sha256);
        return lastProgress == -1 || lastProgress == 100;
    };
    Generated a, b, c;
    QVERIFY(generate(QStringLiteral("a.pwb"), 7, &a));
    QVERIFY(generate(QStringLiteral("b.pwb"), 7, &b));
    QVERIFY(generate(QStringLiteral("c.pwb"), 8, &c));

    QCOMPARE(a.result.policies, 30);
    QCOMPARE(a.result.evaluators, 3);
    QCOMPARE(a.result.scores, 30 * 20 * 3); // every goal of fyp14, every evaluator
    QVERIFY(a.result.evidence > 0 && a.result.evidence < a.result.scores);
    QCOMPARE(a.policies.size(), 30);
    QCOMPARE(a.policies.first().section(QLatin1Char('|'), 0, 0), QStringLiteral("G00001"));

    QCOMPARE(b.result.scores, a.result.scores);
    QCOMPARE(b.result.evidence, a.result.evidence);
    QCOMPARE(b.policies, a.policies);
    QCOMPARE(b.scores, a.scores);
    QCOMPARE(b.evidence, a.evidence);
    // The checksums do tell seeds apart.
    QVERIFY(c.scores != a.scores);
    QVERIFY(c.policies != a.policies);
}

void TestStore::generatorRejectsBadOptions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Generator::Options options;
    options.policies = 0;
    QString error;
    QVERIFY(!Generator::generate(dir.filePath(QStringLiteral("g.pwb")), options, nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(folderEntries(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

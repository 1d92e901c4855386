#include "ProjectStore.h"

#include "AtomicFile.h"
#include "BuiltinData.h"
#include "FileInspector.h"
#include "Rows.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "Transaction.h"
#include "domain/FrameworkLibrary.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <cstring>
#include <sqlite3.h>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("pwb-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

QVariantMap recordToMap(const QSqlQuery &q)
{
    QVariantMap map;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i)
        map.insert(r.fieldName(i), q.value(i));
    return map;
}

bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// Brings `db` from `from` to `to`, one transaction per migration; re-running is harmless
// because each step re-reads user_version inside its transaction. With `framework` (an
// existing project being upgraded) each step also adds the built-in rows of the tables it
// creates, in the same transaction; new files get those from BuiltinData::install.
bool migrate(QSqlDatabase db, int to, QString *error, const Framework *framework = nullptr)
{
    for (int version = 1; version <= to; ++version) {
        Transaction transaction(db);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.value(0).toInt() >= version)
            continue;
        QStringList statements = Schema::migration(version);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
        if (!execAll(db, statements, error) ||
            (framework && !BuiltinData::installForMigration(db, *framework, version, error)) ||
            !transaction.commit()) {
            if (error->isEmpty())
                *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

// A process killed during a commit leaves a hot journal that only a connection allowed to
// write can roll back; a read-only one would call the file unreadable. Rolling back restores
// the last committed state, as any SQLite program opening the file for writing would. SQLite
// itself decides whether the journal is hot: not while another process is still writing.
void rollBackHotJournal(const QString &path)
{
    const QFileInfo info(path);
    if (QFileInfo(path + QStringLiteral("-journal")).size() <= 0 || !info.isWritable() ||
        !QFileInfo(info.absolutePath()).isWritable())
        return;
    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open() && SchemaCheck::harden(db))
            QSqlQuery(db).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

ProjectStore::~ProjectStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ProjectStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

OpenError ProjectStore::prepareConnection(const QString &path, bool readOnly, int fileVersion,
                                          bool allowNewer)
{
    m_connection = nextConnectionName();
    m_path = QFileInfo(path).absoluteFilePath();
    m_readOnly = readOnly;
    m_fileVersion = fileVersion;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return OpenError::make(OpenError::Unreadable, path, db.lastError().text());
    if (!SchemaCheck::harden(db))
        return OpenError::make(OpenError::Internal, path,
                               tr("SQLite defensive mode is unavailable"));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return OpenError::make(OpenError::Corrupted, path, q.lastError().text());
    QStringList problems;
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    }
    if (!problems.isEmpty())
        return OpenError::make(OpenError::Corrupted, path,
                               problems.mid(0, 3).join(QStringLiteral("; ")));

    if (fileVersion > Schema::CurrentVersion) {
        if (!allowNewer)
            return OpenError::make(OpenError::NewerVersion, path, QString::number(fileVersion));
        const QString missing = SchemaCheck::knownTablesReadable(db);
        if (!missing.isEmpty())
            return OpenError::make(OpenError::SchemaMismatch, path, missing);
    } else {
        const QString mismatch = SchemaCheck::compare(db, fileVersion);
        if (!mismatch.isEmpty())
            return OpenError::make(OpenError::SchemaMismatch, path, mismatch);
    }

    if (!readOnly) {
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        // The pragma returns a row; left pending, it is an unfinished write statement and
        // the migration's COMMIT fails with "SQL statements in progress".
        q.finish();
        if (fileVersion < Schema::CurrentVersion) {
            QString error;
            // The framework and goal tables exist since version 1; data migrations need them.
            if (!loadFramework(&error))
                return OpenError::make(OpenError::Corrupted, path, error);
            if (!migrate(db, Schema::CurrentVersion, &error, &m_framework))
                return OpenError::make(OpenError::Internal, path, error);
            m_fileVersion = Schema::CurrentVersion;
        }
    } else if (fileVersion < Schema::CurrentVersion) {
        return OpenError::make(OpenError::ReadOnlyNeedsUpgrade, path);
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    QString error;
    if (!loadFramework(&error))
        return OpenError::make(OpenError::Corrupted, path, error);
    return {};
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, Access access,
                                                 OpenError *error)
{
    FileHeader header;
    OpenError e = FileInspector::inspect(path, &header);
    const bool allowNewer = access == Access::ReadOnlyAllowNewer;
    if (e.isError() && !(e.code == OpenError::NewerVersion && allowNewer)) {
        if (error)
            *error = e;
        return nullptr;
    }
    const QFileInfo info(path);
    const bool readOnly = access != Access::ReadWrite || !info.isWritable() ||
                          !QFileInfo(info.absolutePath()).isWritable();
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    if (!readOnly) {
        // Locked before SQLite touches the file: a second instance must not even migrate it.
        store->m_guard = std::make_unique<FileGuard>(path);
        FileGuard::Holder holder;
        QString lockError;
        const FileGuard::LockResult locked = store->m_guard->lock(&holder, &lockError);
        if (locked != FileGuard::LockResult::Acquired) {
            if (error)
                *error = locked == FileGuard::LockResult::HeldByOther
                             ? OpenError::make(OpenError::Locked, path, FileGuard::describe(holder))
                             : OpenError::make(OpenError::Internal, path, lockError);
            return nullptr;
        }
    } else {
        rollBackHotJournal(path);
    }
    e = store->prepareConnection(path, readOnly, header.userVersion, allowNewer);
    if (e.isError()) {
        if (error)
            *error = e;
        return nullptr;
    }
    if (store->m_guard)
        store->m_guard->remember(store->dataVersion());
    if (error)
        *error = {};
    return store;
}

bool ProjectStore::createAtVersion(const QString &path, int version, const QString &frameworkId,
                                   QString *error)
{
    QString localError;
    const Framework framework = FrameworkLibrary::load(frameworkId, &localError);
    const QString connection = nextConnectionName();
    bool ok = !framework.isEmpty();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = ok && db.open();
        if (ok) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) &&
                 q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)) &&
                 migrate(db, version, &localError) &&
                 BuiltinData::install(db, framework, version, &localError);
            if (!ok && localError.isEmpty())
                localError = q.lastError().text();
        } else if (localError.isEmpty()) {
            localError = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok && error)
        *error = localError;
    return ok;
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path, const QString &frameworkId,
                                                   const QString &name, bool overwrite,
                                                   QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !overwrite) {
        if (error)
            *error = tr("The file \"%1\" already exists.").arg(info.fileName());
        return nullptr;
    }
    if (const auto holder = FileGuard::liveHolder(info.absoluteFilePath())) {
        if (error)
            *error = tr("\"%1\" is being edited in another window or program (%2); it was not "
                        "replaced.")
                         .arg(info.fileName(), FileGuard::describe(*holder));
        return nullptr;
    }
    // Build next to the target, then rename: a failure leaves no half-made project.
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.pwb-new-XXXXXX"));
    if (!temp.open()) {
        if (error)
            *error = tr("Cannot write in the folder \"%1\": %2")
                         .arg(info.absolutePath(), temp.errorString());
        return nullptr;
    }
    temp.close();
    QString localError;
    if (!createAtVersion(temp.fileName(), Schema::CurrentVersion, frameworkId, &localError)) {
        if (error)
            *error = tr("Could not create the project: %1").arg(localError);
        return nullptr;
    }
    {
        OpenError openError;
        auto store = open(temp.fileName(), Access::ReadWrite, &openError);
        if (!store) {
            if (error)
                *error = openError.message;
            return nullptr;
        }
        RowChanges meta;
        const QString now = Rows::now();
        const QString projectUuid = Rows::newUuid();
        const QList<QPair<QString, QString>> values{{QStringLiteral("name"), name},
                                                    {QStringLiteral("uuid"), projectUuid},
                                                    {QStringLiteral("created"), now},
                                                    {QStringLiteral("framework"), frameworkId},
                                                    {QStringLiteral("description"), QString()}};
        for (const auto &kv : values)
            meta.append(
                {QStringLiteral("project"),
                 kv.first,
                 {},
                 {{QStringLiteral("key"), kv.first}, {QStringLiteral("value"), kv.second}}});
        if (!store->apply(meta, true, {}, &localError)) {
            if (error)
                *error = localError;
            return nullptr;
        }
    }
    if (!replaceFileAtomically(temp.fileName(), info.absoluteFilePath(), &localError)) {
        if (error)
            *error = tr("Cannot write \"%1\": %2").arg(info.fileName(), localError);
        return nullptr;
    }
    temp.setAutoRemove(false);
    OpenError openError;
    auto store = open(info.absoluteFilePath(), Access::ReadWrite, &openError);
    if (!store && error)
        *error = openError.message;
    return store;
}

bool ProjectStore::loadFramework(QString *error)
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT id, name_zh, name_en FROM framework LIMIT 1"));
    if (!q.next()) {
        *error = tr("the project has no goal framework");
        return false;
    }
    const QString id = q.value(0).toString();
    const QString nameZh = q.value(1).toString();
    const QString nameEn = q.value(2).toString();
    QList<GoalNode> nodes;
    q.prepare(QStringLiteral(
        "SELECT uuid, code, parent_code, name_zh, name_en, description_zh, description_en, sources,"
        " sort_order FROM goal WHERE framework_id = ? ORDER BY sort_order, code"));
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        GoalNode n;
        n.uuid = q.value(0).toString();
        n.code = q.value(1).toString();
        n.parentCode = q.value(2).toString();
        n.nameZh = q.value(3).toString();
        n.nameEn = q.value(4).toString();
        n.descriptionZh = q.value(5).toString();
        n.descriptionEn = q.value(6).toString();
        n.sources = q.value(7).toString();
        n.sortOrder = q.value(8).toInt();
        nodes << n;
    }
    if (nodes.isEmpty()) {
        *error = tr("the goal framework has no goals");
        return false;
    }
    m_framework = Framework(id, nameZh, nameEn, nodes);
    return true;
}

QString ProjectStore::metadata(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM project WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

ProjectStore::Counts ProjectStore::counts() const
{
    Counts c;
    QSqlQuery q(database());
    auto count = [&q](const QString &sql) {
        return q.exec(sql) && q.next() ? q.value(0).toInt() : 0;
    };
    c.policies = count(QStringLiteral("SELECT count(*) FROM policy"));
    c.evaluators = count(QStringLiteral("SELECT count(*) FROM evaluator"));
    c.scores = count(QStringLiteral("SELECT count(*) FROM score"));
    c.evidence = count(QStringLiteral("SELECT count(*) FROM evidence"));
    c.goals = m_framework.goals().size();
    c.dimensions = m_framework.dimensions().size();
    return c;
}

bool ProjectStore::apply(const RowChanges &changes, bool forward, const ChangeContext &context,
                         QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("The project is open read-only.");
        return false;
    }
    if (m_guard) {
        const QString changed = m_guard->checkBeforeWrite(dataVersion());
        if (!changed.isEmpty()) {
            if (error)
                *error = changed;
            return false;
        }
    }
    ChangeApplier applier(database());
    if (applier.apply(changes, forward, context)) {
        if (m_guard)
            m_guard->wrote();
        return true;
    }
    if (error)
        *error = applier.errorString();
    return false;
}

qint64 ProjectStore::dataVersion() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

QVariantMap ProjectStore::row(const QString &table, const QString &key) const
{
    if (!Schema::isEditableTable(table))
        return {};
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, Schema::keyColumn(table)));
    q.addBindValue(key);
    return q.exec() && q.next() ? recordToMap(q) : QVariantMap();
}

QList<QVariantMap> ProjectStore::rowsWhere(const QString &table, const QString &column,
                                           const QVariant &value) const
{
    QList<QVariantMap> rows;
    if (!Schema::isEditableTable(table) || !database().record(table).contains(column))
        return rows;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column));
    q.addBindValue(value);
    if (q.exec()) {
        while (q.next())
            rows << recordToMap(q);
    }
    return rows;
}

bool ProjectStore::saveCopy(const QString &target, QString *error) const
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == m_path) {
        if (error)
            *error = tr("Choose a different file than the open project.");
        return false;
    }
    if (const auto holder = FileGuard::liveHolder(info.absoluteFilePath())) {
        if (error)
            *error = tr("\"%1\" is being edited in another window or program (%2); it was not "
                        "replaced.")
                         .arg(info.fileName(), FileGuard::describe(*holder));
        return false;
    }
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.pwb-copy-XXXXXX"));
    if (!temp.open()) {
        if (error)
            *error = tr("Cannot write in the folder \"%1\": %2")
                         .arg(info.absolutePath(), temp.errorString());
        return false;
    }
    const QString tempPath = temp.fileName();
    temp.close();
    temp.remove(); // VACUUM INTO wants to create the file itself
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(tempPath);
    if (!q.exec()) {
        // SQLite says "disk I/O error"; the system's reason ("No space left on device") is
        // what tells people what to do.
        QString reason = q.lastError().databaseText();
        sqlite3 *handle = SchemaCheck::handle(database());
        if (const int systemError = handle ? sqlite3_system_errno(handle) : 0)
            reason +=
                QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(std::strerror(systemError)));
        QFile::remove(tempPath);
        if (error)
            *error = tr("Could not write the copy: %1").arg(reason);
        return false;
    }
    QString renameError;
    if (!replaceFileAtomically(tempPath, info.absoluteFilePath(), &renameError)) {
        QFile::remove(tempPath);
        if (error)
            *error = tr("Cannot write \"%1\": %2").arg(info.fileName(), renameError);
        return false;
    }
    return true;
}

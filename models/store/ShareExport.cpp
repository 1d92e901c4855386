#include "ShareExport.h"

#include "AtomicFile.h"
#include "FileGuard.h"
#include "ProjectStore.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <openssl/evp.h>

#include <memory>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("pwb-share-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Whose each score is (evaluator) and which score each evidence item belongs to: from the
// tables, and for records deleted since, from the whole row a logged insert or delete holds.
struct Ownership
{
    QHash<QString, QString> scoreEvaluator;
    QHash<QString, QString> evidenceScore;
};

bool readOwnership(QSqlDatabase db, Ownership *owners)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT uuid, evaluator_uuid FROM score")))
        return false;
    while (q.next())
        owners->scoreEvaluator.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT uuid, score_uuid FROM evidence")))
        return false;
    while (q.next())
        owners->evidenceScore.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT entity, entity_uuid, CASE action WHEN 'insert' THEN "
                               "new_value ELSE old_value END"
                               " FROM change_log WHERE entity IN ('score', 'evidence')"
                               " AND action IN ('insert', 'delete')")))
        return false;
    while (q.next()) {
        const QString uuid = q.value(1).toString();
        const QJsonObject row = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        if (q.value(0).toString() == QLatin1String("score")) {
            if (!owners->scoreEvaluator.contains(uuid))
                owners->scoreEvaluator.insert(
                    uuid, row.value(QLatin1String("evaluator_uuid")).toString());
        } else if (!owners->evidenceScore.contains(uuid)) {
            owners->evidenceScore.insert(uuid, row.value(QLatin1String("score_uuid")).toString());
        }
    }
    return true;
}

bool fillTempTable(QSqlDatabase db, const QString &table, const QSet<QString> &uuids)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE %1 (uuid TEXT PRIMARY KEY)").arg(table)))
        return false;
    q.prepare(QStringLiteral("INSERT INTO temp.%1 (uuid) VALUES (?)").arg(table));
    for (const QString &uuid : uuids) {
        q.addBindValue(uuid);
        if (!q.exec())
            return false;
    }
    return true;
}

// Deletes what an evaluator package leaves out (see ShareExport.h); returns the error.
QString prune(QSqlDatabase db, const QStringList &evaluatorUuids)
{
    QSqlQuery pragma(db);
    // Deleted content is overwritten with zeros, not merely unlinked.
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return pragma.lastError().text();
    pragma.finish();

    Ownership owners;
    if (!readOwnership(db, &owners))
        return db.lastError().text();
    const QSet<QString> evaluators(evaluatorUuids.cbegin(), evaluatorUuids.cend());
    QSet<QString> kept; // the kept scores and evidence items, now or in the log
    for (auto it = owners.scoreEvaluator.cbegin(); it != owners.scoreEvaluator.cend(); ++it) {
        if (evaluators.contains(it.value()))
            kept.insert(it.key());
    }
    for (auto it = owners.evidenceScore.cbegin(); it != owners.evidenceScore.cend(); ++it) {
        if (kept.contains(it.value()))
            kept.insert(it.key());
    }

    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return db.lastError().text();
        if (!fillTempTable(db, QStringLiteral("share_evaluator"), evaluators) ||
            !fillTempTable(db, QStringLiteral("share_kept"), kept))
            return db.lastError().text();
        const QStringList statements{
            QStringLiteral("DELETE FROM evidence WHERE score_uuid NOT IN (SELECT uuid FROM score"
                           " WHERE evaluator_uuid IN (SELECT uuid FROM temp.share_evaluator))"),
            QStringLiteral("DELETE FROM score WHERE evaluator_uuid NOT IN"
                           " (SELECT uuid FROM temp.share_evaluator)"),
            QStringLiteral(
                "DELETE FROM evaluator WHERE uuid NOT IN (SELECT uuid FROM temp.share_evaluator)"),
            QStringLiteral("DELETE FROM consensus"),
            QStringLiteral("DELETE FROM change_log WHERE entity = 'consensus'"
                           " OR (entity IN ('score', 'evidence')"
                           "     AND entity_uuid NOT IN (SELECT uuid FROM temp.share_kept))"
                           " OR (entity = 'evaluator'"
                           "     AND entity_uuid NOT IN (SELECT uuid FROM temp.share_evaluator))"),
            QStringLiteral("DROP TABLE temp.share_evaluator"),
            QStringLiteral("DROP TABLE temp.share_kept"),
        };
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!q.exec(statement))
                return q.lastError().text();
        }
        q.finish();
        if (!transaction.commit())
            return db.lastError().text();
    }
    // Rebuilds the file from the remaining rows: no free pages, nothing of the deleted left.
    QSqlQuery vacuum(db);
    if (!vacuum.exec(QStringLiteral("VACUUM")))
        return vacuum.lastError().text();
    return QString();
}

} // namespace

bool ShareExport::exportForSharing(const ProjectStore &store, const QString &target,
                                   const QStringList &evaluatorUuids, QString *fingerprint,
                                   QString *error)
{
    const QFileInfo info(target);
    if (info.absoluteFilePath() == store.path()) {
        if (error)
            *error = tr("Choose a different file than the open project.");
        return false;
    }
    // Renaming over a file open for editing elsewhere would pull it from under that editor.
    if (const auto holder = FileGuard::liveHolder(info.absoluteFilePath())) {
        if (error)
            *error = tr("\"%1\" is open in another window or program (%2); it was not replaced.")
                         .arg(info.fileName(), FileGuard::describe(*holder));
        return false;
    }
    for (const QString &uuid : evaluatorUuids) {
        if (!store.evaluator(uuid)) {
            if (error)
                *error = tr("The project has no evaluator %1.").arg(uuid);
            return false;
        }
    }
    // A placeholder the copy is renamed over; removed again unless the export succeeds.
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.pwb-share-XXXXXX"));
    if (!temp.open()) {
        if (error)
            *error = tr("Cannot write in the folder \"%1\": %2")
                         .arg(info.absolutePath(), temp.errorString());
        return false;
    }
    temp.close();
    const QString tempPath = temp.fileName();
    if (!store.saveCopy(tempPath, error))
        return false;
    if (!evaluatorUuids.isEmpty() && !keepOnly(tempPath, evaluatorUuids, error))
        return false;
    const QString hex = fingerprintOf(tempPath, error);
    if (hex.isEmpty())
        return false;
    QString renameError;
    if (!replaceFileAtomically(tempPath, info.absoluteFilePath(), &renameError)) {
        if (error)
            *error = tr("Cannot write \"%1\": %2").arg(info.fileName(), renameError);
        return false;
    }
    temp.setAutoRemove(false); // it is the target now
    if (fingerprint)
        *fingerprint = hex;
    return true;
}

bool ShareExport::keepOnly(const QString &path, const QStringList &evaluatorUuids, QString *error)
{
    const QString connection = nextConnectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        problem = db.open() ? prune(db, evaluatorUuids) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (problem.isEmpty())
        return true;
    if (error)
        *error = tr("Could not leave out the other evaluators: %1").arg(problem);
    return false;
}

QString ShareExport::fingerprintOf(const QString &path, QString *error)
{
    // OpenSSL's SHA-256 uses the processor's SHA instructions where there are some: on a
    // 200 MB project it takes a tenth of a second where QCryptographicHash (Qt 6.4's
    // portable code) took 1.5 s, and a merge hashes the whole file it reads.
    QFile file(path);
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    bool ok = file.open(QIODevice::ReadOnly) && context &&
              EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (ok) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read <= 0) {
            ok = read == 0 && file.atEnd();
            break;
        }
        ok = EVP_DigestUpdate(context.get(), buffer.constData(), size_t(read)) == 1;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!ok || EVP_DigestFinal_ex(context.get(), digest, &length) != 1) {
        if (error)
            *error =
                tr("Cannot read \"%1\": %2").arg(QFileInfo(path).fileName(), file.errorString());
        return QString();
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString ShareExport::readable(const QString &hex)
{
    QStringList blocks;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        blocks << hex.mid(i, 4);
    return blocks.join(QLatin1Char(' '));
}

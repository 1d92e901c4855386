#include "MergeEngine.h"
#include "MergeHistory.h"
#include "RowLookup.h"
#include "TableScan.h"

#include "store/OpenError.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"
#include "store/ShareExport.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <future>
#include <memory>

namespace {

using Kind = MergePlan::Kind;
using namespace MergeHistory;

struct TableInfo
{
    const char *name;
    Kind kind;
    // Columns that identify a row when two files created it apart (UNIQUE constraints).
    QStringList naturalKey;
};

// Parents before children: inserts go in this order, deletes in the reverse.
const QList<TableInfo> &tables()
{
    static const QList<TableInfo> list{
        {"project", Kind::Other, {}},
        {"evaluator", Kind::Other, {}},
        {"policy", Kind::Policies, {QStringLiteral("code")}},
        {"score",
         Kind::Scores,
         {QStringLiteral("policy_uuid"), QStringLiteral("goal_uuid"),
          QStringLiteral("evaluator_uuid")}},
        {"evidence", Kind::Evidence, {}},
        {"consensus", Kind::Scores, {QStringLiteral("policy_uuid"), QStringLiteral("goal_uuid")}},
        {"weight_set", Kind::Other, {QStringLiteral("name")}},
        {"weight", Kind::Other, {QStringLiteral("weight_set_uuid"), QStringLiteral("code")}},
        {"weight_method",
         Kind::Other,
         {QStringLiteral("weight_set_uuid"), QStringLiteral("level_code")}},
        {"pairwise",
         Kind::Other,
         {QStringLiteral("weight_set_uuid"), QStringLiteral("level_code"),
          QStringLiteral("row_code"), QStringLiteral("column_code")}},
        {"bottleneck_category", Kind::Bottlenecks, {}},
        {"bottleneck", Kind::Bottlenecks, {}},
        {"bottleneck_goal",
         Kind::Bottlenecks,
         {QStringLiteral("bottleneck_uuid"), QStringLiteral("goal_uuid")}},
        {"bottleneck_policy",
         Kind::Bottlenecks,
         {QStringLiteral("bottleneck_uuid"), QStringLiteral("policy_uuid")}},
        {"bottleneck_evidence", Kind::Bottlenecks, {}},
        {"indicator", Kind::Indicators, {QStringLiteral("code")}},
        {"indicator_goal",
         Kind::Indicators,
         {QStringLiteral("indicator_uuid"), QStringLiteral("goal_uuid")}},
        {"observation", Kind::Indicators, {}},
        {"target", Kind::Indicators, {}},
        {"benchmark", Kind::Indicators, {}},
    };
    return list;
}

// Where a reference column points: the table that must hold the row first.
QString parentTable(const QString &column)
{
    static const QHash<QString, QString> parents{
        {QStringLiteral("policy_uuid"), QStringLiteral("policy")},
        {QStringLiteral("score_uuid"), QStringLiteral("score")},
        {QStringLiteral("evaluator_uuid"), QStringLiteral("evaluator")},
        {QStringLiteral("bottleneck_uuid"), QStringLiteral("bottleneck")},
        {QStringLiteral("indicator_uuid"), QStringLiteral("indicator")},
        {QStringLiteral("weight_set_uuid"), QStringLiteral("weight_set")},
    };
    return parents.value(column);
}

bool isBookkeeping(const QString &column)
{
    return TableScan::isBookkeeping(column);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

bool isText(const QString &table, const QString &field)
{
    static const QSet<QString> text{QStringLiteral("rationale"), QStringLiteral("description"),
                                    QStringLiteral("notes"),     QStringLiteral("quote"),
                                    QStringLiteral("note"),      QStringLiteral("status_reason"),
                                    QStringLiteral("title")};
    return text.contains(field) ||
           (table == QLatin1String("project") && field == QLatin1String("value"));
}

class Planner
{
public:
    Planner(const ProjectStore &mine, const ProjectStore &theirs, MergePlan *plan)
        : m_mine(mine)
        , m_theirs(theirs)
        , m_plan(plan)
    {}

    bool run(QString *error);

private:
    bool mergeTable(const TableInfo &info, QString *error);
    void compareRows(const TableInfo &info, const QStringList &columns, const QVariantMap &mine,
                     const QVariantMap &theirs, const QString &mineKey, const QString &theirsKey);
    void onlyTheirs(const TableInfo &info, const QStringList &columns, QVariantMap row);
    void onlyMine(const TableInfo &info, const QStringList &columns, const QVariantMap &row);
    QString findNatural(const TableInfo &info, const QVariantMap &row) const;
    bool parentsPresent(const QVariantMap &row) const;
    QString label(const QString &table, const QVariantMap &row, const QString &field) const;
    void count(Kind kind, int MergePlan::Counts::*what) { (m_plan->counts[int(kind)].*what) += 1; }
    void update(const QString &table, const QString &key, const QVariantMap &before,
                const QString &field, const QVariant &value);

    const ProjectStore &m_mine;
    const ProjectStore &m_theirs;
    MergePlan *m_plan;
    Side m_mineSide;
    Side m_theirSide;
    QHash<QString, QString> m_remap;          // their UUID → mine, for the same item
    QHash<QString, QSet<QString>> m_inserted; // table → keys to be added
    QHash<QString, QSet<QString>> m_deleted;  // table → keys to be deleted
    QList<RowChange> m_deletes;               // collected, applied children first
    // Rows whose fate follows an edit-versus-delete conflict on an ancestor: key → index
    // of that conflict. Their deletes (or restores) go with the conflict's resolution.
    QHash<QString, int> m_heldBy;
    int heldConflict(const QVariantMap &row) const;
    QHash<QString, int> m_updateIndex; // "table\x1fkey" → index in changes
};

bool Planner::run(QString *error)
{
    const QSqlDatabase mineDb = m_mine.database();
    const QSqlDatabase theirsDb = m_theirs.database();
    if (!readLog(mineDb, &m_mineSide, error) || !readLog(theirsDb, &m_theirSide, error))
        return false;
    const QList<qint64> theirNew = collectChanges(&m_theirSide, m_mineSide.keys);
    collectChanges(&m_mineSide, m_theirSide.keys);
    m_mineSide.keys.clear();
    m_theirSide.keys.clear();
    // Their log rows to copy in need no table: read on another thread, on a connection of
    // its own, while this one compares the tables.
    auto theirRows = std::async(std::launch::async, [path = m_theirs.path(), theirNew] {
        std::pair<QList<QVariantMap>, QString> read;
        readLogRows(path, theirNew, &read.first, &read.second);
        return read;
    });
    bool compared = true;
    for (const TableInfo &info : tables()) {
        if (!(compared = mergeTable(info, error)))
            break;
    }
    auto [rows, rowsError] = theirRows.get();
    if (!compared)
        return false;
    if (!rowsError.isEmpty()) {
        *error = rowsError;
        return false;
    }
    m_plan->theirLog = std::move(rows);
    // Deletes first, children before parents; then adds and changes, parents first.
    RowChanges ordered;
    for (auto it = m_deletes.crbegin(); it != m_deletes.crend(); ++it)
        ordered << *it;
    ordered << m_plan->changes;
    m_plan->changes = ordered;
    return true;
}

bool Planner::mergeTable(const TableInfo &info, QString *error)
{
    // Both tables are read in storage order (a sequential scan; key order would be a
    // random walk through a large file), side by side. Copies of one file hold most rows
    // in the same order: those are compared column by column where they are. A row met
    // out of step waits, as a digest, for its partner to come by; rows that differ are
    // read whole.
    const QString name = QString::fromLatin1(info.name);
    TableScan mine(m_mine.database(), name), theirs(m_theirs.database(), name);
    RowLookup mineRows(m_mine.database(), name), theirRows(m_theirs.database(), name);
    auto failed = [&] {
        for (const QString &e :
             {mine.error(), theirs.error(), mineRows.error(), theirRows.error()}) {
            if (!e.isEmpty()) {
                *error = e;
                return true;
            }
        }
        return false;
    };
    if (failed())
        return false;
    const QStringList &columns = mine.columns();
    if (columns != theirs.columns()) {
        *error = MergeEngine::tr("The table %1 differs between the files.").arg(name);
        return false;
    }
    struct Waiting
    {
        TableScan::Digest digest;
        int order = 0;
    };
    QHash<QByteArray, Waiting> mineAhead, theirsAhead;
    int order = 0;
    bool mineMore = mine.next(), theirsMore = theirs.next();
    while (mineMore || theirsMore) {
        if (mineMore && theirsMore && mine.keyBytes() == theirs.keyBytes()) {
            if (!mine.sameContent(theirs)) {
                const QString key = theirs.key();
                compareRows(info, columns, mine.row(), theirs.row(), key, key);
            }
        } else {
            if (theirsMore) {
                const QByteArray key = theirs.keyBytes();
                const auto it = mineAhead.find(key);
                if (it == mineAhead.end()) {
                    theirsAhead.insert(QByteArray(key.constData(), key.size()),
                                       {theirs.digest(), order++});
                } else {
                    const bool same = it->digest == theirs.digest();
                    mineAhead.erase(it);
                    if (!same) {
                        const QString k = theirs.key();
                        compareRows(info, columns, mineRows.row(k), theirs.row(), k, k);
                    }
                }
            }
            if (mineMore) {
                const QByteArray key = mine.keyBytes();
                const auto it = theirsAhead.find(key);
                if (it == theirsAhead.end()) {
                    mineAhead.insert(QByteArray(key.constData(), key.size()), {mine.digest(), 0});
                } else {
                    const bool same = it->digest == mine.digest();
                    theirsAhead.erase(it);
                    if (!same) {
                        const QString k = mine.key();
                        compareRows(info, columns, mine.row(), theirRows.row(k), k, k);
                    }
                }
            }
        }
        if (mineMore)
            mineMore = mine.next();
        if (theirsMore)
            theirsMore = theirs.next();
    }
    if (failed())
        return false;
    // Only in theirs, in their order (parents before children within a table).
    QList<std::pair<int, QByteArray>> added;
    for (auto it = theirsAhead.cbegin(); it != theirsAhead.cend(); ++it)
        added.append({it->order, it.key()});
    std::sort(added.begin(), added.end());
    for (const auto &[position, key] : std::as_const(added)) {
        Q_UNUSED(position);
        onlyTheirs(info, columns, theirRows.row(QString::fromUtf8(key)));
    }
    // Only in mine: it matters only where they deleted it.
    for (auto it = mineAhead.cbegin(); it != mineAhead.cend(); ++it) {
        const QString key = QString::fromUtf8(it.key());
        const auto theirChanges = m_theirSide.changes.constFind(key);
        if (theirChanges != m_theirSide.changes.cend() &&
            theirChanges->contains(QStringLiteral("*delete")))
            onlyMine(info, columns, mineRows.row(key));
    }
    return !failed();
}

void Planner::update(const QString &table, const QString &key, const QVariantMap &before,
                     const QString &field, const QVariant &value)
{
    const QString id = table + QChar(0x1f) + key;
    auto it = m_updateIndex.constFind(id);
    if (it == m_updateIndex.cend()) {
        m_updateIndex.insert(id, int(m_plan->changes.size()));
        m_plan->changes.append({table, key, before, before});
        it = m_updateIndex.constFind(id);
    }
    m_plan->changes[*it].after.insert(field, value);
}

void Planner::compareRows(const TableInfo &info, const QStringList &columns,
                          const QVariantMap &mine, const QVariantMap &theirs,
                          const QString &mineKey, const QString &theirsKey)
{
    const QString table = QString::fromLatin1(info.name);
    const QString keyColumn = Schema::keyColumn(table);
    bool changed = false, conflicted = false;
    for (const QString &column : columns) {
        if (column == keyColumn || isBookkeeping(column))
            continue;
        QVariant theirValue = theirs.value(column);
        if (column.endsWith(QLatin1String("_uuid")))
            theirValue = m_remap.value(theirValue.toString(), theirValue.toString());
        if (sameValue(mine.value(column), theirValue))
            continue;
        const bool mineChanged = changedField(m_mineSide.changes, mineKey, column);
        const bool theirsChanged = changedField(m_theirSide.changes, theirsKey, column);
        if (mineChanged && !theirsChanged)
            continue; // mine is newer
        if (theirsChanged && !mineChanged) {
            update(table, mineKey, mine, column, theirValue);
            changed = true;
            continue;
        }
        // Both changed since the shared state (or the files never shared one).
        MergePlan::Conflict c;
        c.kind = info.kind;
        c.table = table;
        c.key = mineKey;
        c.field = column;
        c.label = label(table, mine, column);
        c.mineRow = mine;
        c.theirsRow = theirs;
        c.mine = mine.value(column);
        c.theirs = theirValue;
        changedField(m_mineSide.changes, mineKey, column, &c.mineChange);
        changedField(m_theirSide.changes, theirsKey, column, &c.theirsChange);
        c.isText = isText(table, column);
        m_plan->conflicts << c;
        conflicted = true;
    }
    if (changed && !conflicted) {
        // Bookkeeping follows their row when only they changed it.
        for (const QString &column : columns) {
            if (isBookkeeping(column) && column != QLatin1String("created") &&
                mine.contains(column))
                update(table, mineKey, mine, column, theirs.value(column));
        }
    }
    if (conflicted)
        count(info.kind, &MergePlan::Counts::conflicts);
    else if (changed)
        count(info.kind, &MergePlan::Counts::changed);
}

QString Planner::findNatural(const TableInfo &info, const QVariantMap &row) const
{
    if (info.naturalKey.isEmpty())
        return {};
    QStringList where;
    for (const QString &column : info.naturalKey)
        where << QStringLiteral("%1 = ?").arg(column);
    QSqlQuery q(m_mine.database());
    const QString table = QString::fromLatin1(info.name);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                  .arg(Schema::keyColumn(table), table, where.join(QStringLiteral(" AND "))));
    for (const QString &column : info.naturalKey) {
        QString value = row.value(column).toString();
        if (column.endsWith(QLatin1String("_uuid")))
            value = m_remap.value(value, value);
        q.addBindValue(value);
    }
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

int Planner::heldConflict(const QVariantMap &row) const
{
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (parentTable(it.key()).isEmpty() || it.value().isNull())
            continue;
        const auto held = m_heldBy.constFind(it.value().toString());
        if (held != m_heldBy.cend())
            return *held;
    }
    return -1;
}

bool Planner::parentsPresent(const QVariantMap &row) const
{
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QString parent = parentTable(it.key());
        if (parent.isEmpty() || it.value().isNull())
            continue;
        const QString uuid = it.value().toString();
        if (m_deleted.value(parent).contains(uuid))
            return false;
        if (m_inserted.value(parent).contains(uuid))
            continue;
        if (m_mine.row(parent, uuid).isEmpty())
            return false;
    }
    return true;
}

void Planner::onlyTheirs(const TableInfo &info, const QStringList &columns, QVariantMap row)
{
    const QString table = QString::fromLatin1(info.name);
    const QString keyColumn = Schema::keyColumn(table);
    const QString theirKey = row.value(keyColumn).toString();
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_uuid")) && it.key() != keyColumn)
            *it = m_remap.value(it->toString(), it->toString());
    }
    // The same item created in both files (same natural key, other UUID): one item.
    const QString natural = findNatural(info, row);
    if (!natural.isEmpty()) {
        m_remap.insert(theirKey, natural);
        compareRows(info, columns, m_mine.row(table, natural), row, natural, theirKey);
        return;
    }
    MergePlan::Change mineWho, theirWho;
    const bool mineDeleted = m_mineSide.changes.value(theirKey).contains(QStringLiteral("*delete"));
    if (mineDeleted) {
        const int held = heldConflict(row);
        if (held >= 0) {
            // Deleted here with a parent whose deletion is in conflict: restored with it.
            m_heldBy.insert(theirKey, held);
            m_plan->conflicts[held].dependents.append({table, theirKey, {}, row});
            return;
        }
        const bool theirsEdited = changedAny(m_theirSide.changes, theirKey, &theirWho);
        if (!theirsEdited)
            return; // deleted here, untouched there: stays deleted
        mineWho = m_mineSide.changes.value(theirKey).value(QStringLiteral("*delete")).change();
        MergePlan::Conflict c;
        c.kind = info.kind;
        c.table = table;
        c.key = theirKey;
        c.label = label(table, row, QString());
        c.theirsRow = row;
        c.mineChange = mineWho;
        c.theirsChange = theirWho;
        m_heldBy.insert(theirKey, int(m_plan->conflicts.size()));
        m_plan->conflicts << c;
        count(info.kind, &MergePlan::Counts::conflicts);
        return;
    }
    if (!parentsPresent(row)) {
        // Its policy, score, bottleneck… is gone here: adding it would break references.
        MergePlan::Conflict c;
        c.kind = info.kind;
        c.table = table;
        c.key = theirKey;
        c.label = label(table, row, QString());
        c.theirsRow = row;
        changedAny(m_theirSide.changes, theirKey, &c.theirsChange);
        m_plan->conflicts << c;
        count(info.kind, &MergePlan::Counts::conflicts);
        return;
    }
    m_inserted[table].insert(theirKey);
    m_plan->changes.append({table, theirKey, {}, row});
    count(info.kind, &MergePlan::Counts::added);
}

void Planner::onlyMine(const TableInfo &info, const QStringList &columns, const QVariantMap &row)
{
    Q_UNUSED(columns);
    const QString table = QString::fromLatin1(info.name);
    const QString key = row.value(Schema::keyColumn(table)).toString();
    const auto theirs = m_theirSide.changes.constFind(key);
    if (theirs == m_theirSide.changes.cend() || !theirs->contains(QStringLiteral("*delete")))
        return; // added here (or never theirs): stays
    const int held = heldConflict(row);
    if (held >= 0) {
        // Its parent was edited here and deleted there: it goes only if the parent goes.
        m_heldBy.insert(key, held);
        m_plan->conflicts[held].dependents.append({table, key, row, {}});
        return;
    }
    MergePlan::Change mineWho;
    if (changedAny(m_mineSide.changes, key, &mineWho)) {
        MergePlan::Conflict c;
        c.kind = info.kind;
        c.table = table;
        c.key = key;
        c.label = label(table, row, QString());
        c.mineRow = row;
        c.mineChange = mineWho;
        c.theirsChange = theirs->value(QStringLiteral("*delete")).change();
        m_heldBy.insert(key, int(m_plan->conflicts.size()));
        m_plan->conflicts << c;
        count(info.kind, &MergePlan::Counts::conflicts);
        return;
    }
    m_deleted[table].insert(key);
    m_deletes.append({table, key, row, {}});
    count(info.kind, &MergePlan::Counts::deleted);
}

QString Planner::label(const QString &table, const QVariantMap &row, const QString &field) const
{
    auto policyCode = [this](const QString &uuid) {
        for (const ProjectStore *s : {&m_mine, &m_theirs}) {
            if (const auto p = s->policy(uuid))
                return p->code;
        }
        return uuid.left(8);
    };
    auto goalCode = [this](const QString &uuid) {
        const GoalNode *g = m_mine.framework().byUuid(uuid);
        return g ? g->code : uuid.left(8);
    };
    auto evaluatorName = [this](const QString &uuid) {
        for (const ProjectStore *s : {&m_mine, &m_theirs}) {
            if (const auto e = s->evaluator(uuid))
                return e->name;
        }
        return uuid.left(8);
    };
    QString what;
    if (table == QLatin1String("score")) {
        what = QStringLiteral("%1 × %2 · %3")
                   .arg(policyCode(row.value(QStringLiteral("policy_uuid")).toString()),
                        goalCode(row.value(QStringLiteral("goal_uuid")).toString()),
                        evaluatorName(row.value(QStringLiteral("evaluator_uuid")).toString()));
    } else if (table == QLatin1String("consensus")) {
        what = QStringLiteral("%1 × %2").arg(
            policyCode(row.value(QStringLiteral("policy_uuid")).toString()),
            goalCode(row.value(QStringLiteral("goal_uuid")).toString()));
    } else if (row.contains(QStringLiteral("code"))) {
        what = row.value(QStringLiteral("code")).toString();
    } else if (row.contains(QStringLiteral("title"))) {
        what = row.value(QStringLiteral("title")).toString();
    } else if (row.contains(QStringLiteral("name"))) {
        what = row.value(QStringLiteral("name")).toString();
    } else if (table == QLatin1String("project")) {
        what = row.value(QStringLiteral("key")).toString();
    } else {
        what = row.value(Schema::keyColumn(table)).toString().left(8);
    }
    const QString entity = MergeEngine::tr("%1 %2").arg(table, what);
    return field.isEmpty() ? entity : MergeEngine::tr("%1 · %2").arg(entity, field);
}

} // namespace

QString MergeEngine::fingerprint(const QString &path, QString *error)
{
    return ShareExport::fingerprintOf(path, error);
}

MergePlan MergeEngine::plan(const ProjectStore &mine, const QString &theirsPath)
{
    MergePlan plan;
    plan.theirsPath = theirsPath;
    const QFileInfo info(theirsPath);
    if (info.absoluteFilePath() == QFileInfo(mine.path()).absoluteFilePath()) {
        plan.error = tr("\"%1\" is the open project itself.").arg(info.fileName());
        return plan;
    }
    {
        QFile readable(theirsPath);
        if (!readable.open(QIODevice::ReadOnly)) {
            plan.error = tr("Cannot read \"%1\": %2").arg(info.fileName(), readable.errorString());
            return plan;
        }
    }
    // Read-only, with every check a project file gets. An older file is upgraded in a
    // private copy: their file is never written.
    OpenError openError;
    std::unique_ptr<ProjectStore> theirs =
        ProjectStore::open(theirsPath, ProjectStore::Access::ReadOnly, &openError);
    QTemporaryDir temp;
    if (!theirs && openError.code == OpenError::ReadOnlyNeedsUpgrade) {
        const QString copy = temp.filePath(QStringLiteral("theirs.pwb"));
        if (!temp.isValid() || !QFile::copy(theirsPath, copy)) {
            plan.error = tr("Cannot read \"%1\".").arg(info.fileName());
            return plan;
        }
        theirs = ProjectStore::open(copy, ProjectStore::Access::ReadWrite, &openError);
    }
    if (!theirs) {
        plan.error = tr("\"%1\" cannot be merged: %2").arg(info.fileName(), openError.message);
        return plan;
    }
    if (theirs->framework().id() != mine.framework().id()) {
        plan.error = tr("\"%1\" scores against the framework \"%2\", this project against "
                        "\"%3\": projects on different frameworks cannot be merged.")
                         .arg(info.fileName(), theirs->framework().name(), mine.framework().name());
        return plan;
    }
    // The fingerprint (SHA-256 of the whole file, written to the change log on apply) is
    // computed on another thread while the tables are compared: the file as opened, after
    // the open checks (and after any hot journal was rolled back). A file that changes
    // meanwhile is refused, so the fingerprint is that of what was read.
    const auto stamp = [&theirsPath] {
        const QFileInfo now(theirsPath);
        return std::pair{now.size(), now.lastModified()};
    };
    const auto before = stamp();
    auto hashing = std::async(std::launch::async, [theirsPath] {
        QString hashError;
        QString hash = fingerprint(theirsPath, &hashError);
        return std::pair{hash, hashError};
    });
    QString error;
    Planner planner(mine, *theirs, &plan);
    const bool planned = planner.run(&error);
    const auto [hash, hashError] = hashing.get();
    if (!planned) {
        plan.error = tr("\"%1\" cannot be merged: %2").arg(info.fileName(), error);
    } else if (hash.isEmpty()) {
        plan.error = tr("Cannot read \"%1\": %2").arg(info.fileName(), hashError);
    } else if (stamp() != before) {
        plan.error = tr("\"%1\" was changed by another program while it was being read. "
                        "Merge it again once that program is done.")
                         .arg(info.fileName());
    }
    if (!plan.isUsable()) {
        for (MergePlan::Counts &c : plan.counts)
            c = {};
        plan.changes.clear();
        plan.conflicts.clear();
        plan.theirLog.clear();
        return plan;
    }
    plan.theirsFingerprint = hash;
    return plan;
}

RowChanges MergeEngine::resolvedChanges(const MergePlan &plan)
{
    RowChanges changes = plan.changes;
    QHash<QString, int> updates;
    for (int i = 0; i < changes.size(); ++i) {
        if (!changes.at(i).isInsert() && !changes.at(i).isDelete())
            updates.insert(changes.at(i).table + QChar(0x1f) + changes.at(i).key, i);
    }
    RowChanges deletes, inserts;
    for (const MergePlan::Conflict &c : plan.conflicts) {
        using R = MergePlan::Resolution;
        if (c.resolution == R::Unresolved || c.resolution == R::Mine)
            continue;
        if (c.field.isEmpty()) {
            // Edit against delete: theirs deletes mine's edited row, or restores theirs.
            if (!c.mineRow.isEmpty() && c.theirsRow.isEmpty()) {
                // Children first: the dependents were collected parents first.
                for (auto it = c.dependents.crbegin(); it != c.dependents.crend(); ++it)
                    deletes.append(*it);
                deletes.append({c.table, c.key, c.mineRow, {}});
            } else if (c.mineRow.isEmpty() && !c.theirsRow.isEmpty()) {
                inserts.append({c.table, c.key, {}, c.theirsRow});
                inserts.append(c.dependents);
            }
            continue;
        }
        QVariant value = c.theirs;
        if (c.resolution == R::Both && c.isText) {
            const QString mine = c.mine.toString(), theirs = c.theirs.toString();
            value = mine.isEmpty()     ? theirs
                    : theirs.isEmpty() ? mine
                                       : mine + QStringLiteral("\n\n") + theirs;
        }
        const QString id = c.table + QChar(0x1f) + c.key;
        if (!updates.contains(id)) {
            updates.insert(id, int(changes.size()));
            changes.append({c.table, c.key, c.mineRow, c.mineRow});
        }
        changes[updates.value(id)].after.insert(c.field, value);
    }
    return deletes + changes + inserts;
}

QString MergeEngine::kindName(MergePlan::Kind kind)
{
    switch (kind) {
    case Kind::Policies:
        return tr("Policies");
    case Kind::Scores:
        return tr("Scores");
    case Kind::Evidence:
        return tr("Evidence");
    case Kind::Bottlenecks:
        return tr("Bottlenecks");
    case Kind::Indicators:
        return tr("Indicators");
    case Kind::Other:
    case Kind::KindCount:
        break;
    }
    return tr("Other");
}

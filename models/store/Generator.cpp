#include "Generator.h"

#include "ProjectStore.h"
#include "Transaction.h"
#include "domain/Vocabulary.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <random>

namespace {

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}
    int between(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_engine);
    }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    double normal(double sd) { return std::normal_distribution<double>(0.0, sd)(m_engine); }
    QString uuid()
    {
        QUuid u;
        u.data1 = static_cast<uint>(m_engine());
        u.data2 = static_cast<ushort>(m_engine());
        u.data3 = static_cast<ushort>((m_engine() & 0x0fff) | 0x4000); // version 4
        const quint64 tail = m_engine();
        for (int i = 0; i < 8; ++i)
            u.data4[i] = static_cast<uchar>(tail >> (8 * i));
        u.data4[0] = (u.data4[0] & 0x3f) | 0x80; // RFC 4122 variant
        return u.toString(QUuid::WithoutBraces);
    }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

private:
    std::mt19937_64 m_engine;
};

const char *const issuers[] = {
    "国务院", "科技部",         "国家发展改革委", "教育部",         "商务部",
    "财政部", "国家外国专家局", "北京市人民政府", "广东省人民政府", "上海市人民政府"};
const char *const topics[] = {
    "国际科技合作",     "创新要素跨境流动",     "国际大科学计划", "外资研发中心", "人才签证便利化",
    "科技计划对外开放", "“一带一路”联合实验室", "国际标准化",     "科研数据跨境", "科技援外"};
const char *const kinds[] = {"实施意见", "管理办法", "行动计划",
                             "若干措施", "专项规划", "工作方案"};
const char *const reasons[] = {
    "文件提出了原则性要求，未见配套细则。",     "明确了牵头部门和工作程序，但资源安排不清。",
    "已有实施细则和时间表，并有年度报告可查。", "条款与本目标关系不大。",
    "已落地实施，第三方评估显示成效。",         "只列举了活动和会议，缺少效果证据。"};

} // namespace

bool Generator::generate(const QString &path, const Options &options, Result *result,
                         QString *error, const std::function<void(int)> &progress)
{
    if (options.policies < 1 || options.evaluators < 1 || options.policies > 1000000 ||
        options.evaluators > 1000) {
        *error = tr("Choose between 1 and 1,000,000 policies and between 1 and 1,000 evaluators.");
        return false;
    }
    auto store = ProjectStore::create(path, options.framework,
                                      tr("Generated project (%1 policies, %2 evaluators, seed %3)")
                                          .arg(options.policies)
                                          .arg(options.evaluators)
                                          .arg(options.seed),
                                      true, error);
    if (!store)
        return false;
    QSqlDatabase db = store->database();
    Random random(options.seed);
    const QList<GoalNode> goals = store->framework().goals();
    const QStringList levels = Vocabulary::levelCodes();
    const QStringList instruments = Vocabulary::instrumentCodes();
    const QList<ResultLevel> resultLevels = Vocabulary::resultLevels();
    const QDateTime base(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    Result counts;

    Transaction transaction(db);
    QSqlQuery evaluator(db), policy(db), score(db), evidence(db);
    evaluator.prepare(
        QStringLiteral("INSERT INTO evaluator (uuid, name, created) VALUES (?, ?, ?)"));
    policy.prepare(QStringLiteral("INSERT INTO policy (uuid, code, title, issuer, year, level, "
                                  "instrument, description, created,"
                                  " modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    score.prepare(QStringLiteral("INSERT INTO score (uuid, policy_uuid, goal_uuid, evaluator_uuid, "
                                 "value, rationale, created,"
                                 " modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    evidence.prepare(QStringLiteral("INSERT INTO evidence (uuid, score_uuid, source, locator, "
                                    "quote, level, sort_order, created,"
                                    " modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto run = [error](QSqlQuery &q) {
        if (q.exec())
            return true;
        *error = tr("Could not write the generated project: %1").arg(q.lastError().text());
        return false;
    };

    QStringList evaluatorUuids;
    QList<double> severity; // each evaluator's leniency
    const QString created = base.toString(Qt::ISODateWithMs);
    for (int e = 0; e < options.evaluators; ++e) {
        evaluatorUuids << random.uuid();
        severity << random.normal(0.4);
        evaluator.bindValue(0, evaluatorUuids.last());
        evaluator.bindValue(1, tr("Evaluator %1").arg(e + 1));
        evaluator.bindValue(2, created);
        if (!run(evaluator))
            return false;
        ++counts.evaluators;
    }
    for (int p = 0; p < options.policies; ++p) {
        const QString policyUuid = random.uuid();
        const QString topic = QString::fromUtf8(topics[random.between(0, 9)]);
        const QString when = base.addSecs(p * 60).toString(Qt::ISODateWithMs);
        policy.bindValue(0, policyUuid);
        policy.bindValue(1, QStringLiteral("G%1").arg(p + 1, 5, 10, QLatin1Char('0')));
        policy.bindValue(2, QStringLiteral("关于%1的%2（第%3号）")
                                .arg(topic, QString::fromUtf8(kinds[random.between(0, 5)]))
                                .arg(p + 1));
        policy.bindValue(3, QString::fromUtf8(issuers[random.between(0, 9)]));
        policy.bindValue(4, random.between(2012, 2025));
        policy.bindValue(5, random.pick(levels));
        policy.bindValue(6, random.pick(instruments));
        policy.bindValue(7, QStringLiteral("围绕%1提出的政策措施（合成数据）。").arg(topic));
        policy.bindValue(8, when);
        policy.bindValue(9, when);
        if (!run(policy))
            return false;
        ++counts.policies;
        for (const GoalNode &goal : goals) {
            const double latent = random.unit() * 4.0;
            for (int e = 0; e < options.evaluators; ++e) {
                const QString scoreUuid = random.uuid();
                const bool notApplicable = random.unit() < 0.05;
                const int value =
                    qBound(0, int(std::lround(latent + severity.at(e) + random.normal(0.6))), 4);
                score.bindValue(0, scoreUuid);
                score.bindValue(1, policyUuid);
                score.bindValue(2, goal.uuid);
                score.bindValue(3, evaluatorUuids.at(e));
                score.bindValue(4, notApplicable ? QVariant() : QVariant(value));
                score.bindValue(5, QString::fromUtf8(reasons[random.between(0, 5)]));
                score.bindValue(6, when);
                score.bindValue(7, when);
                if (!run(score))
                    return false;
                ++counts.scores;
                if (random.unit() < 0.25) {
                    evidence.bindValue(0, random.uuid());
                    evidence.bindValue(1, scoreUuid);
                    evidence.bindValue(2,
                                       QStringLiteral("G%1").arg(p + 1, 5, 10, QLatin1Char('0')));
                    evidence.bindValue(3, QStringLiteral("§%1").arg(random.between(1, 12)));
                    evidence.bindValue(4,
                                       QStringLiteral("合成证据摘录 %1").arg(counts.evidence + 1));
                    evidence.bindValue(5, Vocabulary::resultLevelCode(random.pick(resultLevels)));
                    evidence.bindValue(6, 0);
                    evidence.bindValue(7, when);
                    evidence.bindValue(8, when);
                    if (!run(evidence))
                        return false;
                    ++counts.evidence;
                }
            }
        }
        if (progress && (p + 1) % 50 == 0)
            progress(int((p + 1) * 100LL / options.policies));
    }
    if (!transaction.commit()) {
        *error = tr("Could not write the generated project: %1").arg(db.lastError().text());
        return false;
    }
    if (result)
        *result = counts;
    return true;
}

#include "Vocabulary.h"

#include <array>

namespace {

struct Term
{
    const char *code;
    const char *english; // source text for tr(); also accepted on import
    const char *chinese; // accepted on import whatever the UI language
};

constexpr std::array<Term, 3> levels{{
    {"national", QT_TRANSLATE_NOOP("Vocabulary", "National"), "国家级"},
    {"ministerial", QT_TRANSLATE_NOOP("Vocabulary", "Ministerial"), "部委级"},
    {"regional", QT_TRANSLATE_NOOP("Vocabulary", "Regional"), "地方级"},
}};

constexpr std::array<Term, 8> instruments{{
    {"law", QT_TRANSLATE_NOOP("Vocabulary", "Law"), "法律"},
    {"plan", QT_TRANSLATE_NOOP("Vocabulary", "Plan"), "规划"},
    {"guideline", QT_TRANSLATE_NOOP("Vocabulary", "Guideline"), "意见"},
    {"regulation", QT_TRANSLATE_NOOP("Vocabulary", "Regulation"), "管理办法"},
    {"programme", QT_TRANSLATE_NOOP("Vocabulary", "Programme"), "项目计划"},
    {"fiscal", QT_TRANSLATE_NOOP("Vocabulary", "Fiscal measure"), "财税措施"},
    {"service", QT_TRANSLATE_NOOP("Vocabulary", "Administrative service"), "行政服务"},
    {"reform", QT_TRANSLATE_NOOP("Vocabulary", "Institutional reform"), "机构改革"},
}};

constexpr std::array<Term, 5> resultLevelTerms{{
    {"input", QT_TRANSLATE_NOOP("Vocabulary", "Input"), "投入"},
    {"activity", QT_TRANSLATE_NOOP("Vocabulary", "Activity"), "活动"},
    {"output", QT_TRANSLATE_NOOP("Vocabulary", "Output"), "产出"},
    {"outcome", QT_TRANSLATE_NOOP("Vocabulary", "Outcome"), "成果"},
    {"impact", QT_TRANSLATE_NOOP("Vocabulary", "Impact"), "影响"},
}};

// Codes as stored in bottleneck.status (schema CHECK) and written in CSV.
constexpr std::array<Term, 5> statusTerms{{
    {"open", QT_TRANSLATE_NOOP("Vocabulary", "Open"), "未解决"},
    {"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress"), "处理中"},
    {"mitigated", QT_TRANSLATE_NOOP("Vocabulary", "Mitigated"), "已缓解"},
    {"resolved", QT_TRANSLATE_NOOP("Vocabulary", "Resolved"), "已解决"},
    {"wont_fix", QT_TRANSLATE_NOOP("Vocabulary", "Won't fix"), "不予处理"},
}};

constexpr std::array<Term, 4> severityTerms{{
    {"1", QT_TRANSLATE_NOOP("Vocabulary", "Minor"), "轻微"},
    {"2", QT_TRANSLATE_NOOP("Vocabulary", "Moderate"), "中等"},
    {"3", QT_TRANSLATE_NOOP("Vocabulary", "Serious"), "严重"},
    {"4", QT_TRANSLATE_NOOP("Vocabulary", "Critical"), "非常严重"},
}};

template<std::size_t N> QStringList codesOf(const std::array<Term, N> &terms)
{
    QStringList codes;
    for (const Term &t : terms)
        codes << QString::fromLatin1(t.code);
    return codes;
}

template<std::size_t N> const Term *findTerm(const std::array<Term, N> &terms, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const Term &t : terms) {
        if (wanted.compare(QLatin1String(t.code), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(t.english), Qt::CaseInsensitive) == 0 ||
            wanted == QString::fromUtf8(t.chinese) ||
            wanted == QCoreApplication::translate("Vocabulary", t.english))
            return &t;
    }
    return nullptr;
}

template<std::size_t N> QString labelOf(const std::array<Term, N> &terms, const QString &code)
{
    for (const Term &t : terms) {
        if (code == QLatin1String(t.code))
            return QCoreApplication::translate("Vocabulary", t.english);
    }
    return code; // unknown codes from other files are shown as they are
}

} // namespace

QStringList Vocabulary::levelCodes()
{
    return codesOf(levels);
}
QString Vocabulary::levelLabel(const QString &code)
{
    return labelOf(levels, code);
}
std::optional<QString> Vocabulary::levelFromText(const QString &text)
{
    if (const Term *t = findTerm(levels, text))
        return QString::fromLatin1(t->code);
    return std::nullopt;
}

QStringList Vocabulary::instrumentCodes()
{
    return codesOf(instruments);
}
QString Vocabulary::instrumentLabel(const QString &code)
{
    return labelOf(instruments, code);
}
std::optional<QString> Vocabulary::instrumentFromText(const QString &text)
{
    if (const Term *t = findTerm(instruments, text))
        return QString::fromLatin1(t->code);
    return std::nullopt;
}

QList<ResultLevel> Vocabulary::resultLevels()
{
    return {ResultLevel::Input, ResultLevel::Activity, ResultLevel::Output, ResultLevel::Outcome,
            ResultLevel::Impact};
}

QString Vocabulary::resultLevelCode(ResultLevel level)
{
    return QString::fromLatin1(resultLevelTerms[static_cast<std::size_t>(level)].code);
}

QString Vocabulary::resultLevelLabel(ResultLevel level)
{
    return tr(resultLevelTerms[static_cast<std::size_t>(level)].english);
}

std::optional<ResultLevel> Vocabulary::resultLevelFromText(const QString &text)
{
    if (const Term *t = findTerm(resultLevelTerms, text))
        return static_cast<ResultLevel>(t - resultLevelTerms.data());
    return std::nullopt;
}

QString Vocabulary::scoreLabel(int score)
{
    switch (score) {
    case 0:
        return tr("not addressed");
    case 1:
        return tr("in principle");
    case 2:
        return tr("measures");
    case 3:
        return tr("operational");
    case 4:
        return tr("effective");
    }
    return QString();
}

QString Vocabulary::scoreMeaning(int score)
{
    switch (score) {
    case 0:
        return tr("The policy does not touch this goal.");
    case 1:
        return tr("Mentioned as a principle or direction only.");
    case 2:
        return tr("Concrete measures named, but no responsible body or procedure.");
    case 3:
        return tr("Responsible body, procedure, resources and timeline defined.");
    case 4:
        return tr("Implemented, with outcome-level evidence of effect.");
    }
    return QString();
}

QString Vocabulary::notApplicableLabel()
{
    return tr("N/A");
}

QString Vocabulary::scoreDisplay(std::optional<int> score)
{
    if (!score)
        return notApplicableLabel();
    return tr("%1 · %2").arg(*score).arg(scoreLabel(*score));
}

QList<BottleneckStatus> Vocabulary::statuses()
{
    return {BottleneckStatus::Open, BottleneckStatus::InProgress, BottleneckStatus::Mitigated,
            BottleneckStatus::Resolved, BottleneckStatus::WontFix};
}

QString Vocabulary::statusCode(BottleneckStatus status)
{
    return QString::fromLatin1(statusTerms[static_cast<std::size_t>(status)].code);
}

QString Vocabulary::statusLabel(BottleneckStatus status)
{
    return QCoreApplication::translate("Vocabulary",
                                       statusTerms[static_cast<std::size_t>(status)].english);
}

std::optional<BottleneckStatus> Vocabulary::statusFromText(const QString &text)
{
    // "in progress" and "won't fix" as people type them, besides the codes.
    QString wanted = text.trimmed();
    wanted.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (wanted.compare(QLatin1String("wontfix"), Qt::CaseInsensitive) == 0)
        wanted = QStringLiteral("wont_fix");
    const Term *t = findTerm(statusTerms, wanted);
    if (!t)
        t = findTerm(statusTerms, text);
    if (!t)
        return std::nullopt;
    return static_cast<BottleneckStatus>(t - statusTerms.data());
}

QString Vocabulary::severityLabel(int severity)
{
    if (severity < 1 || severity > 4)
        return QString::number(severity);
    return QCoreApplication::translate("Vocabulary", severityTerms[severity - 1].english);
}

std::optional<int> Vocabulary::severityFromText(const QString &text)
{
    if (const Term *t = findTerm(severityTerms, text))
        return int(t - severityTerms.data()) + 1;
    return std::nullopt;
}

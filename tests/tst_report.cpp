// Reports: the content (sections, numbers equal to the aggregates export, user text kept
// literal, selection, remembered options) and the PDF the renderer writes (valid, page
// count, fonts embedded, header/footer, repeated table headers, no heading last on a page,
// contents page numbers), read back with poppler-utils (pdftotext, pdfinfo, pdffonts).
#include "MainWindow.h"
#include "ReportActions.h"
#include "Settings.h"
#include "TestProject.h"
#include "commands/PolicyCommands.h"
#include "commands/ProjectCommands.h"
#include "commands/ScoreCommands.h"
#include "io/AggregatesExport.h"
#include "io/ReportXlsx.h"
#include "report/ReportBuilder.h"
#include "report/ReportDialog.h"
#include "report/ReportRenderer.h"
#include "store/ProjectStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenuBar>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>
#include <cmath>

namespace {

const QDate today(2026, 12, 1);
// User text that must print as it is, never as markup.
const QString markup = QStringLiteral("<b>bold</b> <img src=\"x.png\"> &amp; 5 < 6");

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// The text of one page (1-based) or of the whole PDF (page 0), as pdftotext gives it.
QString pdfText(const QString &pdf, int page = 0, bool layout = false)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (layout)
        args << QStringLiteral("-layout");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(tool("pdftotext"), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString run(const char *name, const QString &pdf)
{
    QProcess p;
    p.start(tool(name), {pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run("pdfinfo", pdf));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// pdftotext breaks lines where the PDF does; compare with whitespace removed. Qt 6.4's PDF
// text map gives some ideographs as their radical twins (⽬ for 目, ⻚ for 页): NFKC folds the
// Kangxi radicals, the table the simplified forms of the radicals supplement.
QString squeeze(QString s)
{
    s = s.normalized(QString::NormalizationForm_KC);
    static const char16_t radicals[][2] = {
        {u'⺠', u'民'}, {u'⻅', u'见'}, {u'⻋', u'车'}, {u'⻓', u'长'}, {u'⻔', u'门'},
        {u'⻚', u'页'}, {u'⻛', u'风'}, {u'⻜', u'飞'}, {u'⻢', u'马'}, {u'⻥', u'鱼'},
        {u'⻦', u'鸟'}, {u'⻩', u'黄'}, {u'⻬', u'齐'}, {u'⻮', u'齿'}, {u'⻳', u'龟'},
        {u'⻉', u'贝'}, {u'⻙', u'韦'}, {u'⻝', u'食'}, {u'⻰', u'龙'}, {u'⺟', u'母'},
        {u'⻘', u'青'}, {u'⻄', u'西'}, {u'⻆', u'角'}, {u'⻨', u'麦'}, {u'⻤', u'鬼'}};
    for (const auto &r : radicals)
        s.replace(QChar(r[0]), QChar(r[1]));
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

const ReportBlock *tableAfter(const ReportDocument &doc, const QString &heading)
{
    bool found = false;
    for (const ReportBlock &b : doc.blocks) {
        if (b.kind == ReportBlock::Kind::Heading && b.text == heading)
            found = true;
        else if (found && b.kind == ReportBlock::Kind::Table)
            return &b;
    }
    return nullptr;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void summarySections_data();
    void summarySections();
    void numbersEqualAggregatesExport();
    void selectionLimitsPolicies();
    void optionsRememberedPerProject();
    void cancelBuildingAndWriting();
    void pdfSmoke_data();
    void pdfSmoke();
    void userTextPrintsLiterally();
    void contentsPageNumbersAndNoOrphanHeadings();
    void longTableRepeatsHeader();
    void xlsxHasEveryTable();
    void everyCharacterHasAGlyph();
    void printerOutput();
    void printPreviewPaintsEveryPage();
    void optionsDialog();
    void mainWindowActions();

private:
    ReportDocument build(const ReportOptions &options);
    QString writePdf(const ReportDocument &doc, const QString &name, int *pages = nullptr);

    std::unique_ptr<TestProject> m_project;
};

void TestReport::initTestCase()
{
    for (const char *name : {"pdftotext", "pdfinfo", "pdffonts"})
        QVERIFY2(!tool(name).isEmpty(),
                 "poppler-utils are needed (packaging/dev.sh installs them)");
}

void TestReport::init()
{
    m_project = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_project->isValid(), qPrintable(m_project->error()));
}

void TestReport::cleanup()
{
    m_project.reset();
}

ReportDocument TestReport::build(const ReportOptions &options)
{
    QString error;
    ReportBuilder builder(m_project->store(), options, today);
    const std::optional<ReportDocument> doc = builder.build(&error);
    if (!doc)
        qWarning() << "report not built:" << error;
    return doc.value_or(ReportDocument());
}

QString TestReport::writePdf(const ReportDocument &doc, const QString &name, int *pages)
{
    const QString path = m_project->filePath(name);
    QString error;
    if (!ReportRenderer::writePdf(doc, path, &error, {}, pages))
        qWarning() << "PDF not written:" << error;
    return path;
}

void TestReport::summarySections_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sections");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Executive summary"),
                                       QStringLiteral("Weight set: Default weights (revision 1)"),
                                       QStringLiteral("Ranking"),
                                       QStringLiteral("Goal coverage"),
                                       QStringLiteral("Goals least served"),
                                       QStringLiteral("Most severe open bottlenecks"),
                                       QStringLiteral("Indicators off track"),
                                       QStringLiteral("Agreement between evaluators"),
                                       QStringLiteral("Evaluators' recommendations")};
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringList{QStringLiteral("执行摘要"),
                                          QStringLiteral("权重方案：Default weights（第 1 版）"),
                                          QStringLiteral("排名"),
                                          QStringLiteral("目标覆盖度"),
                                          QStringLiteral("覆盖最薄弱的目标"),
                                          QStringLiteral("最严重的未解决堵点"),
                                          QStringLiteral("偏离目标的指标"),
                                          QStringLiteral("评估人之间的一致性"),
                                          QStringLiteral("评估建议")};
}

void TestReport::summarySections()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sections);
    ReportOptions options;
    options.language = language;
    const ReportDocument doc = build(options);
    const QString text = doc.plainText();
    for (const QString &section : sections)
        QVERIFY2(text.contains(section), qPrintable(section));
    // The goal names follow the report's language, not the interface's.
    QVERIFY(text.contains(language == QLatin1String("en")
                              ? QStringLiteral("Free trade zones and Hainan free trade port")
                              : QStringLiteral("自贸试验区和自贸港")));
    // Charts: ranking and coverage.
    int charts = 0;
    for (const ReportBlock &b : doc.blocks)
        charts += b.kind == ReportBlock::Kind::Chart ? 1 : 0;
    QCOMPARE(charts, 2);
}

void TestReport::numbersEqualAggregatesExport()
{
    ReportOptions options;
    options.templ = ReportOptions::Template::Dossier;
    const ReportDocument doc = build(options);

    // The aggregates export, computed as `export --what aggregates` does.
    const ProjectStore &store = m_project->store();
    const WeightSetRecord set = *store.weightSet(store.activeWeightSetUuid());
    ScoringData data;
    QVERIFY(store.loadScoringData(&data));
    const Evaluation::Result result =
        Evaluation::compute(data, Evaluation::weights(store.framework(), set));
    AggregatesExport::Input input;
    input.store = &store;
    input.data = &data;
    input.weightSet = &set;
    input.result = &result;
    const QJsonObject json = AggregatesExport::toJson(input);

    const ReportBlock *ranking = tableAfter(doc, QStringLiteral("Ranking"));
    QVERIFY(ranking);
    const QJsonArray policies = json.value(QLatin1String("policies")).toArray();
    QCOMPARE(ranking->rows.size(), policies.size());
    int checked = 0;
    for (const QJsonValue &v : policies) {
        const QJsonObject p = v.toObject();
        const QString code = p.value(QLatin1String("code")).toString();
        const auto row = std::find_if(ranking->rows.cbegin(), ranking->rows.cend(),
                                      [&code](const QStringList &r) { return r.at(1) == code; });
        QVERIFY2(row != ranking->rows.cend(), qPrintable(code));
        QCOMPARE(row->at(0), QString::number(p.value(QLatin1String("rank")).toInt()));
        QCOMPARE(row->at(3), QString::number(p.value(QLatin1String("score")).toDouble(), 'f', 2));
        QCOMPARE(row->at(4),
                 QString::number(p.value(QLatin1String("score100")).toDouble(), 'f', 1));
        ++checked;
    }
    QCOMPARE(checked, 15);

    // Goals: coverage and alpha per goal, by code.
    const ReportBlock *goals = tableAfter(doc, QStringLiteral("Goal coverage and agreement"));
    QVERIFY(goals);
    for (const QJsonValue &v : json.value(QLatin1String("goals")).toArray()) {
        const QJsonObject g = v.toObject();
        const QString code = g.value(QLatin1String("code")).toString();
        const auto row =
            std::find_if(goals->rows.cbegin(), goals->rows.cend(), [&](const QStringList &r) {
                return r.at(0).startsWith(code + QLatin1Char(' '));
            });
        QVERIFY2(row != goals->rows.cend(), qPrintable(code));
        const QJsonValue coverage = g.value(QLatin1String("coverage"));
        QCOMPARE(row->at(2), coverage.isNull() ? QStringLiteral("—")
                                               : QString::number(coverage.toDouble(), 'f', 2));
        QCOMPARE(row->at(3), QString::number(g.value(QLatin1String("count_ge_3")).toInt()));
        QCOMPARE(row->at(4), QString::number(g.value(QLatin1String("applicable")).toInt()));
    }
    // Overall alpha and disputed cells in the method section.
    const QString alpha = QString::number(
        json.value(QLatin1String("alpha")).toObject().value(QLatin1String("overall")).toDouble(),
        'f', 3);
    QVERIFY2(doc.plainText().contains(QStringLiteral("cells: %1 overall. %2 cells are disputed")
                                          .arg(alpha)
                                          .arg(result.dispersion.disputed.size())),
             qPrintable(alpha));
}

void TestReport::selectionLimitsPolicies()
{
    const QList<Policy> all = m_project->store().policies();
    QVERIFY(all.size() > 3);
    ReportOptions options;
    options.templ = ReportOptions::Template::Dossier;
    options.scope = ReportOptions::Scope::Selection;
    options.policyUuids = {all.at(0).uuid, all.at(2).uuid};
    const ReportDocument doc = build(options);
    QStringList sections;
    for (const ReportBlock &b : doc.blocks)
        if (b.kind == ReportBlock::Kind::Heading && b.level == 2 &&
            b.text.contains(QStringLiteral(" · ")))
            sections << b.text.section(QStringLiteral(" · "), 0, 0);
    sections.sort();
    QStringList expected{all.at(0).code, all.at(2).code};
    expected.sort();
    QCOMPARE(sections, expected);
    QCOMPARE(tableAfter(doc, QStringLiteral("Ranking"))->rows.size(), 2);
    QVERIFY(doc.plainText().contains(QStringLiteral("Policies: 2 selected of %1").arg(all.size())));
}

void TestReport::optionsRememberedPerProject()
{
    ReportOptions options;
    options.templ = ReportOptions::Template::Dossier;
    options.language = QStringLiteral("zh_CN");
    options.scope = ReportOptions::Scope::Selection;
    options.draft = true;
    QCOMPARE(ReportOptions::load(m_project->store()), ReportOptions()); // defaults at first
    const QString key = QString::fromLatin1(ReportOptions::MetadataKey);
    QVERIFY(m_project->project()->push(
        new EditProjectInfoCommand(m_project->project(), {{key, options.toJson()}})));
    QVERIFY(m_project->reopen());
    QCOMPARE(ReportOptions::load(m_project->store()), options);
    QCOMPARE(
        ReportOptions::fromJson(QStringLiteral("{\"template\":\"nonsense\",\"language\":\"fr\"}")),
        ReportOptions());
}

void TestReport::cancelBuildingAndWriting()
{
    ReportOptions options;
    options.templ = ReportOptions::Template::Dossier;
    ReportBuilder builder(m_project->store(), options, today);
    QString error = QStringLiteral("unset");
    int calls = 0;
    QVERIFY(!builder.build(&error, [&calls](int done, int) {
        ++calls;
        return done < 3;
    }));
    QVERIFY(error.isEmpty());
    QCOMPARE(calls, 4);

    const ReportDocument doc = build(options);
    const QString path = m_project->filePath(QStringLiteral("cancelled.pdf"));
    QVERIFY(!ReportRenderer::writePdf(doc, path, &error,
                                      [](int done, int total) { return done < total / 2 + 1; }));
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(path)); // nothing half-written
}

void TestReport::pdfSmoke_data()
{
    QTest::addColumn<int>("templ");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    QTest::addColumn<QString>("footer");
    QTest::newRow("summary en") << 0 << QStringLiteral("en") << 2 << 4
                                << QStringLiteral("Page 1 of");
    QTest::newRow("summary zh_CN")
        << 0 << QStringLiteral("zh_CN") << 2 << 4 << QStringLiteral("第 1 页");
    QTest::newRow("dossier en") << 1 << QStringLiteral("en") << 15 << 60
                                << QStringLiteral("Page 1 of");
    QTest::newRow("dossier zh_CN")
        << 1 << QStringLiteral("zh_CN") << 15 << 60 << QStringLiteral("第 1 页");
}

void TestReport::pdfSmoke()
{
    QFETCH(int, templ);
    QFETCH(QString, language);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    QFETCH(QString, footer);
    ReportOptions options;
    options.templ = ReportOptions::Template(templ);
    options.language = language;
    options.draft = true;
    const ReportDocument doc = build(options);
    int pages = 0;
    const QString path = writePdf(doc, QStringLiteral("report.pdf"), &pages);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdfPages(path), pages);
    QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));

    // Every font embedded, and the CJK font is among them.
    const QStringList fonts = run("pdffonts", path).split(QLatin1Char('\n')).mid(2);
    int listed = 0;
    bool cjk = false;
    for (const QString &line : fonts) {
        if (line.trimmed().isEmpty())
            continue;
        ++listed;
        cjk = cjk || line.contains(QStringLiteral("NotoSansCJK"));
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"),
                 qPrintable(line));
    }
    QVERIFY(listed > 0);
    QVERIFY(cjk);

    // Header and footer on every page: project name, page x of y, the draft mark.
    const QString draft =
        language == QLatin1String("en") ? QStringLiteral("DRAFT") : QStringLiteral("草稿");
    for (int page = 1; page <= pages; ++page) {
        const QString text = squeeze(pdfText(path, page));
        QVERIFY2(text.contains(squeeze(doc.projectName)), qPrintable(QString::number(page)));
        QVERIFY2(text.contains(squeeze(doc.pageLabel.arg(page).arg(pages))),
                 qPrintable(QString::number(page)));
        QVERIFY(text.contains(draft));
    }
    QVERIFY(squeeze(pdfText(path, 1)).contains(squeeze(footer)));
}

void TestReport::userTextPrintsLiterally()
{
    Project *project = m_project->project();
    Policy policy = m_project->store().policies().constFirst();
    Policy edited = policy;
    edited.title = QStringLiteral("Title ") + markup;
    QVERIFY(project->push(new EditPolicyCommand(project, policy, edited)));
    const QString goal = m_project->store().framework().goals().constFirst().uuid;
    QVERIFY(project->push(
        new SetScoreCommand(project, policy.uuid, goal, 3, QStringLiteral("Rationale ") + markup)));
    QVERIFY(project->push(new EditProjectInfoCommand(
        project, {{QStringLiteral("recommendations"), QStringLiteral("Advice ") + markup}})));

    ReportOptions options;
    options.templ = ReportOptions::Template::Dossier;
    options.scope = ReportOptions::Scope::Selection;
    options.policyUuids = {policy.uuid};
    const QString dossier = pdfText(writePdf(build(options), QStringLiteral("d.pdf")));
    options = ReportOptions();
    const QString summary = pdfText(writePdf(build(options), QStringLiteral("s.pdf")));
    for (const QString &prefix : {QStringLiteral("Title "), QStringLiteral("Rationale ")})
        QVERIFY2(squeeze(dossier).contains(squeeze(prefix + markup)), qPrintable(prefix));
    QVERIFY(squeeze(summary).contains(squeeze(QStringLiteral("Advice ") + markup)));
    QVERIFY(squeeze(summary).contains(squeeze(QStringLiteral("Title ") + markup)));
}

void TestReport::contentsPageNumbersAndNoOrphanHeadings()
{
    ReportOptions options;
    options.templ = ReportOptions::Template::Dossier;
    const ReportDocument doc = build(options);
    const QString path = m_project->filePath(QStringLiteral("dossier.pdf"));
    QString error;
    QVERIFY(ReportRenderer::writePdf(doc, path, &error));
    // The renderer's own record of where headings landed (the same layout as the PDF).
    ReportRenderer renderer(doc);
    {
        QFile sink(m_project->filePath(QStringLiteral("again.pdf")));
        QVERIFY(sink.open(QIODevice::WriteOnly));
        QPdfWriter writer(&sink);
        writer.setResolution(600);
        ReportRenderer::setupPage(&writer);
        QVERIFY(renderer.render(&writer));
    }
    const QString contents = squeeze(pdfText(path, 2));
    int headings = 0;
    for (int i = 0; i < doc.blocks.size(); ++i) {
        const ReportBlock &b = doc.blocks.at(i);
        if (b.kind != ReportBlock::Kind::Heading)
            continue;
        const int page = renderer.pageOfBlock(i);
        QVERIFY(page > 2);
        const QString pageText = squeeze(pdfText(path, page));
        QVERIFY2(pageText.contains(squeeze(b.text).left(30)), qPrintable(b.text));
        if (b.inContents) // "text .... page" in the table of contents
            QVERIFY2(contents.contains(squeeze(b.text).left(20)), qPrintable(b.text));
        // What follows the heading starts on the same page.
        const ReportBlock &next = doc.blocks.at(i + 1);
        QString follower;
        if (next.kind == ReportBlock::Kind::Table)
            follower = next.rows.isEmpty() ? next.header.value(0) : next.rows.at(0).value(0);
        else if (next.kind == ReportBlock::Kind::Paragraph ||
                 next.kind == ReportBlock::Kind::Heading)
            follower = next.text;
        if (!follower.isEmpty())
            QVERIFY2(pageText.contains(squeeze(follower).left(12)), qPrintable(b.text));
        ++headings;
    }
    QVERIFY(headings > 15);
    // The contents name the register's page, and that page holds it.
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("4 Bottleneck register +(\\d+)\n"))
            .match(pdfText(path, 2, true));
    QVERIFY(m.hasMatch());
    QVERIFY(squeeze(pdfText(path, m.captured(1).toInt()))
                .contains(QStringLiteral("4Bottleneckregister")));
}

void TestReport::longTableRepeatsHeader()
{
    ReportDocument doc;
    doc.projectName = QStringLiteral("Long table");
    doc.title = QStringLiteral("Test");
    doc.pageLabel = QStringLiteral("Page %1 of %2");
    ReportBlock heading;
    heading.kind = ReportBlock::Kind::Heading;
    heading.text = QStringLiteral("Rows");
    doc.blocks << heading;
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.header = {QStringLiteral("HeaderOne"), QStringLiteral("HeaderTwo")};
    table.widths = {20, 80};
    for (int i = 0; i < 150; ++i)
        table.rows << QStringList{QStringLiteral("row%1").arg(i), QStringLiteral("text %1").arg(i)};
    // A row far taller than a page must be split, not lost or overflowing.
    QStringList tall;
    for (int i = 0; i < 140; ++i)
        tall << QStringLiteral("line%1").arg(i);
    table.rows << QStringList{QStringLiteral("tall"), tall.join(QLatin1Char('\n'))};
    doc.blocks << table;
    int pages = 0;
    const QString path = writePdf(doc, QStringLiteral("long.pdf"), &pages);
    QVERIFY(pages >= 4);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(pdfText(path, page).contains(QStringLiteral("HeaderOne")),
                 qPrintable(QString::number(page)));
    const QString all = pdfText(path);
    for (int i : {0, 75, 149})
        QVERIFY(all.contains(QStringLiteral("row%1\n").arg(i)) ||
                all.contains(QStringLiteral("row%1 ").arg(i)));
    QVERIFY(all.contains(QStringLiteral("line0")));
    QVERIFY(all.contains(QStringLiteral("line139")));
}

void TestReport::xlsxHasEveryTable()
{
    ReportOptions options;
    options.templ = ReportOptions::Template::Dossier;
    const ReportDocument doc = build(options);
    const QString path = m_project->filePath(QStringLiteral("tables.xlsx"));
    QString error;
    QVERIFY2(ReportXlsx::write(doc, path, &error), qPrintable(error));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    QVERIFY(unzip.waitForFinished(30000));
    const QString listing = QString::fromUtf8(unzip.readAllStandardOutput());
    // One worksheet per table plus the overview.
    const int sheets =
        int(listing.count(QRegularExpression(QStringLiteral("xl/worksheets/sheet\\d+\\.xml"))));
    QCOMPARE(sheets, int(doc.tables().size()) + 1);
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    QVERIFY(unzip.waitForFinished(30000));
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(strings.contains(m_project->store().policies().constFirst().title.toHtmlEscaped()));
    // No temporary file left beside it.
    QCOMPARE(QDir(m_project->dir())
                 .entryList({QStringLiteral(".report-*")}, QDir::Files | QDir::Hidden)
                 .size(),
             0);
}

void TestReport::everyCharacterHasAGlyph()
{
    // Every character of both languages' dossier (headings, labels, user text) is in the
    // report font, so nothing prints as a box whatever fonts the machine has besides.
    QFont font(ReportRenderer::fontFamily());
    font.setPointSize(10);
    const QRawFont raw = QRawFont::fromFont(font);
    QVERIFY(raw.isValid());
    QVERIFY2(raw.familyName().contains(QStringLiteral("CJK")), qPrintable(raw.familyName()));
    QString missing;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ReportOptions options;
        options.templ = ReportOptions::Template::Dossier;
        options.language = language;
        const ReportDocument doc = build(options);
        QString text = doc.plainText() + doc.pageLabel + doc.draftLabel + doc.dateLine;
        for (const QChar c : std::as_const(text))
            if (!c.isSpace() && c != QLatin1Char('\t') && !raw.supportsCharacter(c) &&
                !missing.contains(c))
                missing += c;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestReport::printerOutput()
{
    // Printing goes through QPrinter at the printer's resolution: same pages as the PDF.
    ReportOptions options;
    const ReportDocument doc = build(options);
    int pdfPagesWritten = 0;
    writePdf(doc, QStringLiteral("writer.pdf"), &pdfPagesWritten);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_project->filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(path);
    ReportRenderer::setupPage(&printer);
    ReportRenderer renderer(doc);
    QVERIFY(renderer.render(&printer));
    QCOMPARE(renderer.pageCount(), pdfPagesWritten);
    QCOMPARE(pdfPages(path), pdfPagesWritten);
    QVERIFY(squeeze(pdfText(path, 1)).contains(QStringLiteral("Ranking")));
}

// PWB_SCREENSHOT_DIR=/some/dir saves what the dialogs look like, to look at them.
static void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PWB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

void TestReport::printPreviewPaintsEveryPage()
{
    ReportOptions options;
    options.language = QStringLiteral("zh_CN");
    const ReportDocument doc = build(options);
    int pages = 0;
    writePdf(doc, QStringLiteral("reference.pdf"), &pages);
    QPrinter printer(QPrinter::HighResolution);
    ReportRenderer::setupPage(&printer);
    QPrintPreviewDialog dialog(&printer);
    int painted = 0;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        ReportRenderer renderer(doc);
        QVERIFY(renderer.render(p));
        painted = renderer.pageCount();
    });
    dialog.resize(900, 1000);
    dialog.show();
    auto *preview = dialog.findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    QTRY_COMPARE(preview->pageCount(), pages);
    QCOMPARE(painted, pages);
    screenshot(&dialog, QStringLiteral("report-preview.png"));
}

void TestReport::optionsDialog()
{
    ReportOptions options;
    options.templ = ReportOptions::Template::Dossier;
    options.language = QStringLiteral("zh_CN");
    options.scope = ReportOptions::Scope::Selection;
    options.draft = true;
    ReportDialog dialog(options, 3, QStringLiteral("Export"));
    QCOMPARE(dialog.options(), options);
    dialog.show();
    screenshot(&dialog, QStringLiteral("report-options.png"));
    // Without a selection, "current selection" cannot be chosen and all policies it is.
    ReportDialog none(options, 0, QStringLiteral("Export"));
    const QList<QRadioButton *> radios = none.findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 2);
    QVERIFY(!radios.at(1)->isEnabled());
    QCOMPARE(none.options().scope, ReportOptions::Scope::AllPolicies);
    // A user's choices come back as options.
    none.findChildren<QComboBox *>().at(0)->setCurrentIndex(0);
    none.findChild<QCheckBox *>()->setChecked(false);
    QCOMPARE(none.options().templ, ReportOptions::Template::Summary);
    QVERIFY(!none.options().draft);
}

void TestReport::mainWindowActions()
{
    const QString path = m_project->path();
    m_project->close();
    Settings().setEvaluatorName(QStringLiteral("Report Tester"));
    MainWindow window;
    QVERIFY(window.openProject(path));
    ReportActions *reports = window.reportActions();
    QVERIFY(reports);
    // In the File menu, enabled, with the standard print key.
    QMenu *file = window.menuBar()->findChildren<QMenu *>().constFirst();
    for (QAction *action : reports->actions()) {
        QVERIFY(file->actions().contains(action));
        QVERIFY(action->isEnabled());
    }
    QCOMPARE(reports->printAction()->shortcut(), QKeySequence(QKeySequence::Print));

    // The selection hook decides which policies "current selection" means.
    const QList<Policy> policies = window.project()->store().policies();
    reports->setSelectionProvider([&policies] { return QStringList{policies.at(1).uuid}; });
    QCOMPARE(reports->selection(), QStringList{policies.at(1).uuid});
    ReportOptions options;
    options.scope = ReportOptions::Scope::Selection;
    options.policyUuids = reports->selection();
    const std::optional<ReportDocument> doc = reports->buildDocument(options);
    QVERIFY(doc);
    QCOMPARE(doc->policiesShown, 1);

    const QString pdf = m_project->filePath(QStringLiteral("window.pdf"));
    QVERIFY(reports->exportPdf(options, pdf));
    QVERIFY(pdfPages(pdf) >= 1);

    // Remembered in the project as one undoable edit, and only when they change.
    QUndoStack *undo = window.project()->undoStack();
    const int before = undo->count();
    options.draft = true;
    reports->rememberOptions(options);
    QCOMPARE(undo->count(), before + 1);
    QCOMPARE(undo->text(undo->count() - 1), QStringLiteral("Remember report options"));
    reports->rememberOptions(options);
    QCOMPARE(undo->count(), before + 1);
    QVERIFY(ReportOptions::load(window.project()->store()).draft);
    undo->undo();
    QVERIFY(!ReportOptions::load(window.project()->store()).draft);

    window.closeProject();
    QVERIFY(!reports->printAction()->isEnabled());
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"

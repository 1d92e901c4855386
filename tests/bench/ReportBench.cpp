#include "ReportBench.h"

#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "store/Generator.h"
#include "store/ProjectStore.h"
#include "store/SampleProject.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Builds and writes one report; reports build, render and total times and the pages.
bool measureOne(const ProjectStore &store, const ReportOptions &options, const QString &pdf,
                const QString &prefix, const MetricFn &metric, QString *error)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    ReportBuilder builder(store, options, QDate::currentDate());
    const std::optional<ReportDocument> doc = builder.build(error);
    if (!doc)
        return false;
    const double buildMs = ms(step);
    step.restart();
    int pages = 0;
    if (!ReportRenderer::writePdf(*doc, pdf, error, {}, &pages))
        return false;
    const QByteArray name = prefix.toLatin1();
    metric((name + "_build_ms").constData(), buildMs, "ms");
    metric((name + "_render_ms").constData(), ms(step), "ms");
    metric((name + "_ms").constData(), ms(total), "ms");
    metric((name + "_pages").constData(), pages, "pages");
    return true;
}

} // namespace

bool measureReports(int dossierPolicies, const MetricFn &metric, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    {
        std::unique_ptr<ProjectStore> store =
            ProjectStore::create(dir.filePath(QStringLiteral("sample.pwb")),
                                 QStringLiteral("fyp14"), QStringLiteral("sample"), false, error);
        if (!store || !SampleProject::write(*store, error))
            return false;
        ReportOptions options;
        if (!measureOne(*store, options, dir.filePath(QStringLiteral("summary-en.pdf")),
                        QStringLiteral("report_summary_en"), metric, error))
            return false;
        options.language = QStringLiteral("zh_CN");
        if (!measureOne(*store, options, dir.filePath(QStringLiteral("summary-zh.pdf")),
                        QStringLiteral("report_summary_zh"), metric, error))
            return false;
        options.templ = ReportOptions::Template::Dossier;
        if (!measureOne(*store, options, dir.filePath(QStringLiteral("dossier-sample.pdf")),
                        QStringLiteral("report_dossier_sample"), metric, error))
            return false;
    }
    Generator::Options generate;
    generate.policies = dossierPolicies;
    generate.evaluators = 3;
    const QString path = dir.filePath(QStringLiteral("dossier.pwb"));
    Generator::Result generated;
    if (!Generator::generate(path, generate, &generated, error))
        return false;
    OpenError openError;
    std::unique_ptr<ProjectStore> store =
        ProjectStore::open(path, ProjectStore::Access::ReadOnly, &openError);
    if (!store) {
        *error = openError.message;
        return false;
    }
    metric("report_dossier_policies", generated.policies, "count");
    metric("report_dossier_scores", generated.scores, "count");
    ReportOptions options;
    options.templ = ReportOptions::Template::Dossier;
    return measureOne(*store, options, dir.filePath(QStringLiteral("dossier.pdf")),
                      QStringLiteral("report_dossier"), metric, error);
}

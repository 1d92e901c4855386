#include "TestProject.h"

#include "store/SampleProject.h"

TestProject::TestProject(Content content, const QString &framework)
{
    m_path = m_dir.filePath(QStringLiteral("test.pwb"));
    auto store =
        ProjectStore::create(m_path, framework, QStringLiteral("Test project"), false, &m_error);
    if (!store)
        return;
    if (content == Content::Sample && !SampleProject::write(*store, &m_error))
        return;
    m_project = std::make_unique<Project>(std::move(store));
    m_project->setEvaluator(testEvaluator());
}

bool TestProject::reopen()
{
    m_project.reset();
    OpenError error;
    auto store = ProjectStore::open(m_path, ProjectStore::Access::ReadWrite, &error);
    if (!store) {
        m_error = error.message;
        return false;
    }
    m_project = std::make_unique<Project>(std::move(store));
    m_project->setEvaluator(testEvaluator());
    return true;
}

Evaluator TestProject::testEvaluator()
{
    return {QStringLiteral("00000000-0000-4000-8000-0000000000e1"),
            QStringLiteral("Test Evaluator")};
}

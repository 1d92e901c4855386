#pragma once

#include "Project.h"

#include <QTemporaryDir>
#include <memory>

// A fresh project in a temporary folder for one test function: created from the
// built-in framework, opened, with a test evaluator set. The folder goes with it.
class TestProject
{
public:
    enum class Content
    {
        Empty,
        Sample
    };

    explicit TestProject(Content content = Content::Empty,
                         const QString &framework = QStringLiteral("fyp14"));

    bool isValid() const { return m_project != nullptr; }
    QString error() const { return m_error; }
    Project *project() const { return m_project.get(); }
    ProjectStore &store() const { return m_project->store(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Closes the project (for tests that reopen or inspect the file).
    void close() { m_project.reset(); }
    bool reopen();

    static Evaluator testEvaluator();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<Project> m_project;
};

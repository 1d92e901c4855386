#pragma once

#include <QDialog>
#include <functional>

class Project;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

// File ▸ Export for Sharing: everyone's work or only some evaluators' (an evaluator package,
// see ShareExport), then where to write it (suggested "<project>-<evaluator>.pwb"), then
// the new file's fingerprint to read to the receiver, selectable and with a Copy button.
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    // `folder`: where the save dialog starts.
    ShareDialog(Project *project, const QString &folder, QWidget *parent = nullptr);

    // Replaces the save-file dialog (tests): gets the suggested path, returns the target
    // or an empty string to cancel.
    void setTargetChooser(std::function<QString(const QString &suggested)> chooser)
    {
        m_chooseTarget = std::move(chooser);
    }

    QStringList chosenEvaluators() const; // UUIDs; empty: everyone
    QString suggestedPath() const;
    // Writes the copy to `target` and shows its fingerprint; false (and says why) if the
    // file was not written.
    bool exportTo(const QString &target);
    QString fingerprint() const { return m_fingerprint; } // hex, once exported

    QRadioButton *everyoneButton() const { return m_everyone; }
    QRadioButton *someButton() const { return m_some; }
    QListWidget *evaluatorList() const { return m_list; }
    QLabel *fingerprintLabel() const { return m_fingerprintLabel; }
    QPushButton *copyButton() const { return m_copy; }

    // "Export…": asks for the target and exports; the dialog stays open to show the result.
    void accept() override;

private:
    void updateState();
    QString chooseTarget(const QString &suggested);

    Project *m_project;
    QString m_folder;
    std::function<QString(const QString &)> m_chooseTarget;
    QString m_fingerprint;
    QStackedWidget *m_pages;
    QRadioButton *m_everyone;
    QRadioButton *m_some;
    QListWidget *m_list;
    QLabel *m_doneLabel;
    QLabel *m_fingerprintLabel;
    QPushButton *m_copy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
};

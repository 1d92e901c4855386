#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class Settings;

// The user's preferences: evaluator name, interface language, how many recent files to
// remember, and whether the window layout is restored on start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    void accept() override;
    bool languageChanged() const { return m_languageChanged; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *recentBox() const { return m_recent; }
    QCheckBox *restoreLayoutBox() const { return m_restoreLayout; }

private:
    Settings &m_settings;
    QLineEdit *m_name;
    QComboBox *m_language;
    QSpinBox *m_recent;
    QCheckBox *m_restoreLayout;
    bool m_languageChanged = false;
};

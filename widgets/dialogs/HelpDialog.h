#pragma once

#include <QDialog>

class QTextBrowser;

// The user guide, shipped in the binary in English and Chinese (resources/help); shown in
// the UI language, offline.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide for the UI language (":/help/guide_zh_CN.html" or ":/help/guide_en.html").
    static QString guidePath();

private:
    QTextBrowser *m_browser;
};

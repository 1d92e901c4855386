#include "HelpDialog.h"

#include "domain/Framework.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Policy Workbench user guide"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(false); // offline: the guide links only to itself
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guidePath()));
    m_browser->setAccessibleName(tr("User guide"));
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 720);
}

QString HelpDialog::guidePath()
{
    return uiIsChinese() ? QStringLiteral(":/help/guide_zh_CN.html")
                         : QStringLiteral(":/help/guide_en.html");
}

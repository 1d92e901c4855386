#include "EvidenceDialog.h"

#include "TabOrder.h"
#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

EvidenceDialog::EvidenceDialog(QWidget *parent)
    : QDialog(parent)
    , m_source(new QLineEdit(this))
    , m_locator(new QLineEdit(this))
    , m_quote(new QPlainTextEdit(this))
    , m_level(new QComboBox(this))
{
    auto *form = new QFormLayout(this);
    m_source->setPlaceholderText(tr("Document, e.g. 001 or the policy's title"));
    m_locator->setPlaceholderText(tr("e.g. §2.2(1) or p. 14"));
    m_quote->setTabChangesFocus(true);
    for (ResultLevel level : Vocabulary::resultLevels())
        m_level->addItem(Vocabulary::resultLevelLabel(level), static_cast<int>(level));
    m_level->setToolTip(tr("How far along the logic model the evidence reaches: input → activity → "
                           "output → outcome → impact. Scores of 3–4 need outcome evidence."));
    form->addRow(tr("&Source document:"), m_source);
    form->addRow(tr("&Page / section:"), m_locator);
    form->addRow(tr("&Quote:"), m_quote);
    form->addRow(tr("&Result level:"), m_level);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setTabChain({m_source, m_locator, m_quote, m_level, buttons});
    setEvidence(Evidence());
    resize(520, 320);
}

void EvidenceDialog::setEvidence(const Evidence &evidence)
{
    m_source->setText(evidence.source);
    m_locator->setText(evidence.locator);
    m_quote->setPlainText(evidence.quote);
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(evidence.level)));
}

Evidence EvidenceDialog::evidence() const
{
    Evidence e;
    e.source = m_source->text().trimmed();
    e.locator = m_locator->text().trimmed();
    e.quote = m_quote->toPlainText().trimmed();
    e.level = static_cast<ResultLevel>(m_level->currentData().toInt());
    return e;
}

void EvidenceDialog::accept()
{
    if (m_source->text().trimmed().isEmpty() && m_quote->toPlainText().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Give at least the source document or a quote."));
        return;
    }
    QDialog::accept();
}

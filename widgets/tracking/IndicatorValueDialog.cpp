#include "IndicatorValueDialog.h"

#include "dialogs/TabOrder.h"
#include "scoring/IndicatorFigures.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <cmath>
#include <optional>

namespace {

const QString observationTable = QStringLiteral("observation");
const QString targetTable = QStringLiteral("target");
const QString benchmarkTable = QStringLiteral("benchmark");

// What the user typed, in their locale or with a plain dot; never infinite or NaN.
std::optional<double> parseValue(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

IndicatorValueDialog::IndicatorValueDialog(const QString &table, const QVariantMap &row, bool isNew,
                                           QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_row(row)
{
    const bool isBenchmark = table == benchmarkTable;
    const bool hasSource = table != targetTable;
    setObjectName(QStringLiteral("indicatorValueDialog"));
    setWindowTitle(table == observationTable
                       ? (isNew ? tr("Add observation") : tr("Edit observation"))
                   : table == targetTable ? (isNew ? tr("Add target") : tr("Edit target"))
                                          : (isNew ? tr("Add benchmark") : tr("Edit benchmark")));
    auto field = [&](const char *name, const QString &key) {
        auto *edit = new QLineEdit(row.value(key).toString(), this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    if (isBenchmark) {
        m_label = field("label", QStringLiteral("label"));
        m_label->setPlaceholderText(tr("Country or group, e.g. USA, OECD average"));
    }
    m_period = field("period", QStringLiteral("period"));
    m_period->setPlaceholderText(tr("2022, 2018–2022, 2021Q3, 2021-06"));
    m_periodHint = new QLabel(this);
    m_periodHint->setTextFormat(Qt::PlainText);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("value"));
    if (!isNew)
        m_value->setText(QLocale().toString(row.value(QStringLiteral("value")).toDouble(), 'f',
                                            QLocale::FloatingPointShortest));
    if (hasSource)
        m_source = field("source", QStringLiteral("source"));
    m_note = field("note", QStringLiteral("note"));
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));

    auto *form = new QFormLayout(this);
    if (m_label)
        form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(QString(), m_periodHint);
    form->addRow(tr("&Value:"), m_value);
    if (m_source)
        form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    setTabChain({m_label, m_period, m_value, m_source, m_note, buttons});
    updateHint();
    connect(m_period, &QLineEdit::textChanged, this, [this] { updateHint(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    resize(460, sizeHint().height());
}

void IndicatorValueDialog::updateHint()
{
    const std::optional<double> at = IndicatorMath::periodPosition(m_period->text());
    m_periodHint->setText(at ? tr("Drawn at %1 on the time axis.").arg(QString::number(*at, 'g', 7))
                             : tr("Not read as a year: not drawn on the chart."));
}

void IndicatorValueDialog::accept()
{
    if (m_label && m_label->text().trimmed().isEmpty())
        m_problem->setText(tr("Give the benchmark a label."));
    else if (m_table != benchmarkTable && m_period->text().trimmed().isEmpty())
        m_problem->setText(tr("Give the period, e.g. 2022."));
    else if (!parseValue(m_value->text()))
        m_problem->setText(tr("Give the value as a finite number, e.g. 12.5."));
    else
        QDialog::accept();
}

QVariantMap IndicatorValueDialog::row() const
{
    QVariantMap result = m_row;
    if (m_label)
        result.insert(QStringLiteral("label"), m_label->text().trimmed());
    result.insert(QStringLiteral("period"), m_period->text().trimmed());
    result.insert(QStringLiteral("value"), parseValue(m_value->text()).value_or(0.0));
    if (m_source)
        result.insert(QStringLiteral("source"), m_source->text().trimmed());
    result.insert(QStringLiteral("note"), m_note->text().trimmed());
    return result;
}

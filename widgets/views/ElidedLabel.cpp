#include "ElidedLabel.h"

#include <QResizeEvent>
#include <QTextLayout>

ElidedLabel::ElidedLabel(int maxLines, QWidget *parent)
    : QLabel(parent)
    , m_maxLines(qMax(1, maxLines))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false); // the lines are broken here, to know where the last one ends
    // Any width will do: the text is laid out again for the width it gets.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    relayout();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        relayout();
}

void ElidedLabel::relayout()
{
    const int width = contentsRect().width() - 2 * margin() - indent();
    if (width <= 0) {
        setText(m_fullText);
        return;
    }
    QStringList lines;
    QTextLayout layout(m_fullText, font());
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == m_maxLines - 1) {
            // The last line takes the rest, shortened to fit.
            const QString rest = m_fullText.mid(line.textStart()).simplified();
            lines << fontMetrics().elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << m_fullText.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    setText(lines.join(QLatin1Char('\n')));
}

#pragma once

#include <QLabel>

// A label that wraps its text over at most `maxLines` lines and ends the last one with
// "…" when the text is longer, so a long text never overflows or gets cut mid-line. The
// whole text stays in fullText() (callers usually put it in the tooltip too).
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(int maxLines, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();

    int m_maxLines;
    QString m_fullText;
};

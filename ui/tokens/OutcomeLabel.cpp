#include "ui/tokens/OutcomeLabel.h"

#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QEvent>

namespace authscope {

OutcomeLabel::OutcomeLabel(const QString& objectName, const char* property, QWidget* parent)
    : QLabel(parent), m_property(property)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void OutcomeLabel::setOutcome(const QString& text, const char* name, Tone tone)
{
    setText(text);
    setProperty(m_property, QString::fromLatin1(name));
    m_tone = tone;
    applyTone();
}

void OutcomeLabel::applyTone()
{
    const TokenPalette palette = TokenPalette::current();
    switch (m_tone) {
    case Tone::Plain:
        setTextColor(this, QApplication::palette().color(QPalette::WindowText));
        return;
    case Tone::Good:
        setTextColor(this, palette.good);
        return;
    case Tone::Bad:
        setTextColor(this, palette.bad);
        return;
    case Tone::Caution:
        setTextColor(this, palette.caution);
        return;
    }
}

void OutcomeLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTone();
    }
}

} // namespace authscope

#include "ui/tokens/ToneLabel.h"

#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QEvent>

namespace authscope {

ToneLabel::ToneLabel(const QString& objectName, QWidget* parent, const char* outcomeProperty)
    : QLabel(parent), m_outcomeProperty(outcomeProperty)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void ToneLabel::setTone(Tone tone)
{
    m_tone = tone;
    applyTone();
}

void ToneLabel::setOutcome(const QString& text, const char* name, Tone tone)
{
    setText(text);
    if (m_outcomeProperty != nullptr) {
        setProperty(m_outcomeProperty, QString::fromLatin1(name));
    }
    setTone(tone);
}

void ToneLabel::applyTone()
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
    case Tone::Info:
        setTextColor(this, palette.info);
        return;
    }
}

void ToneLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTone();
    }
}

} // namespace authscope

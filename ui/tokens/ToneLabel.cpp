#include "ui/tokens/ToneLabel.h"

#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QEvent>

#include <type_traits>

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
    // One colour per tone, in the enum's order.
    const QColor colors[] = {QApplication::palette().color(QPalette::WindowText), palette.good, palette.bad,
                             palette.caution, palette.info};
    static_assert(std::extent_v<decltype(colors)> == static_cast<std::size_t>(Tone::Info) + 1);
    setTextColor(this, colors[static_cast<int>(m_tone)]);
}

void ToneLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTone();
    }
}

} // namespace authscope

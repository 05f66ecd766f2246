#pragma once

#include <QLabel>

namespace authscope {

// A word-wrapped, selectable label whose text has a colour of the token palette (the verdicts of Verify and DPoP,
// the result of Decrypt, the notices of the Decoded tab), taken again when the colour scheme changes. For a
// check's outcome, setOutcome also names it in a dynamic property (the GUI tests read it). No Q_OBJECT: it adds no
// signal, slot or text of its own.
class ToneLabel final : public QLabel
{
public:
    enum class Tone
    {
        Plain, // the window text colour: nothing to report yet, or a check under way
        Good,
        Bad,
        Caution,
        Info
    };

    // `outcomeProperty` names the dynamic property that setOutcome fills ("verdict", "state").
    ToneLabel(const QString& objectName, QWidget* parent, const char* outcomeProperty = nullptr);

    void setTone(Tone tone);
    // Shows `text` in the colour of `tone`, with `name` as the outcome's name.
    void setOutcome(const QString& text, const char* name, Tone tone);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTone();

    const char* m_outcomeProperty;
    Tone m_tone = Tone::Plain;
};

} // namespace authscope

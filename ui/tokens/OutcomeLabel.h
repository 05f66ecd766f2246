#pragma once

#include <QLabel>

namespace authscope {

// A word-wrapped, selectable label saying how a check came out (the verdicts of Verify and DPoP, the result of
// Decrypt): its text, the outcome's name in a dynamic property (the GUI tests read it) and the outcome's colour from
// the token palette, taken again when the colour scheme changes. No Q_OBJECT: it adds no signal, slot or text of its
// own.
class OutcomeLabel final : public QLabel
{
public:
    enum class Tone
    {
        Plain, // the window text colour: nothing to report yet, or a check under way
        Good,
        Bad,
        Caution
    };

    // `property` names the dynamic property that holds the outcome's name ("verdict", "state").
    OutcomeLabel(const QString& objectName, const char* property, QWidget* parent);

    // Shows `text`, with `name` as the outcome's name, in the colour of `tone`.
    void setOutcome(const QString& text, const char* name, Tone tone);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTone();

    const char* m_property;
    Tone m_tone = Tone::Plain;
};

} // namespace authscope

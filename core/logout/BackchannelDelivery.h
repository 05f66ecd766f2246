#pragma once

#include <QMetaType>
#include <QString>

namespace authscope::logout {

// One attempt to deliver a logout token to a relying party, as the trace, the console and `serve`'s log show it.
// Never the token itself: its jti names it (D-NO-SECRET-OUTPUT).
struct BackchannelDelivery
{
    enum class Outcome
    {
        Delivered, // the RP answered 2xx
        Retrying,  // failed; another attempt is scheduled
        Failed,    // failed and no attempt is left (or nothing could be sent)
        Refused,   // the RP answered 4xx: it rejected the token, sending it again would not help (B-RETRY)
        Accepted,  // as relying party: a provider's logout token was valid (B-RP-VALIDATE)
        Rejected   // as relying party: a provider's logout token was refused with 400
    };

    qint64 timeMs = 0;
    QString rpUri; // the RP's URI; for Accepted and Rejected, the issuer the token came from
    QString sid;
    QString sub;
    QString jti;
    QString cause; // why the session ended ("logout", "refresh token reuse", an administrator's reason)
    int attempt = 0;
    int status = 0; // the HTTP status, 0 when no answer came
    QString reason; // what went wrong, empty when delivered
    Outcome outcome = Outcome::Failed;

    [[nodiscard]] static QString outcomeName(Outcome outcome);
    // One line for a log (text from outside escaped, D-DISPLAY).
    [[nodiscard]] QString toLine() const;
};

} // namespace authscope::logout

Q_DECLARE_METATYPE(authscope::logout::BackchannelDelivery)

#include "core/logout/BackchannelDelivery.h"

#include "core/common/DisplayText.h"
#include "core/common/EnumNames.h"

#include <QDateTime>

namespace authscope::logout {

QString BackchannelDelivery::outcomeName(Outcome outcome)
{
    static constexpr auto names =
        enumNames<Outcome::Rejected>(u"delivered", u"retrying", u"failed", u"refused", u"accepted", u"rejected");
    return names.name(outcome, u"failed");
}

QString BackchannelDelivery::toLine() const
{
    QString line = QDateTime::fromMSecsSinceEpoch(timeMs).toUTC().toString(Qt::ISODateWithMs) +
                   QStringLiteral(" back-channel logout ") + outcomeName(outcome) +
                   (outcome == Outcome::Accepted || outcome == Outcome::Rejected ? QStringLiteral(" from=")
                                                                                 : QStringLiteral(" rp=")) +
                   DisplayText::escape(rpUri) + QStringLiteral(" attempt=") + QString::number(attempt) +
                   QStringLiteral(" status=") + QString::number(status) + QStringLiteral(" sid=") +
                   DisplayText::escape(sid) + QStringLiteral(" sub=") + DisplayText::escape(sub) +
                   QStringLiteral(" jti=") + jti + QStringLiteral(" cause=\"") + DisplayText::escape(cause) + u'"';
    if (!reason.isEmpty()) {
        line += QStringLiteral(" reason=\"") + DisplayText::escape(reason) + u'"';
    }
    return line;
}

} // namespace authscope::logout

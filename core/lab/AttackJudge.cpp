#include "core/lab/AttackJudge.h"

#include <QRegularExpression>

namespace authscope::lab {

namespace {

bool isRefusal(int status, bool sizeLimit)
{
    return status == 400 || status == 401 || status == 403 || (sizeLimit && (status == 413 || status == 431));
}

} // namespace

QString AttackJudge::describe(const http::HttpClientResponse& response)
{
    const QJsonObject body = response.json();
    QString text = QString::number(response.status);
    if (response.status >= 200 && response.status < 300) {
        if (body.value(QStringLiteral("user")).isString()) {
            return text + QStringLiteral(" accepted as ") + body.value(QStringLiteral("user")).toString().left(40);
        }
        if (body.contains(QStringLiteral("access_token"))) {
            return text + QStringLiteral(" new tokens issued");
        }
        return text + QStringLiteral(" accepted");
    }
    const QString error = body.value(QStringLiteral("error")).toString().left(40);
    // A target that echoes the token it refused must not get it printed here.
    static const QRegularExpression jwtLike(QStringLiteral("eyJ[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*)*"));
    QString description = body.value(QStringLiteral("error_description")).toString();
    description.replace(jwtLike, QStringLiteral("[token]"));
    if (!error.isEmpty()) {
        text += u' ' + error;
    }
    if (!description.isEmpty()) {
        text += QStringLiteral(": ") +
                (description.size() > 72 ? description.left(69) + QStringLiteral("...") : description);
    }
    return text;
}

AttackResult AttackJudge::judge(const AttackSpec& attack, const Result<http::HttpClientResponse>& response,
                                bool sizeLimit)
{
    AttackResult r;
    r.spec = attack;
    if (!response) {
        if (sizeLimit && response.error().code == QStringLiteral("lab.io")) {
            // Closing the connection on an oversized request without answering is a refusal too.
            r.outcome = AttackResult::Outcome::Refused;
            r.got = QStringLiteral("connection closed");
            r.detail = response.error().message;
            return r;
        }
        r.outcome = AttackResult::Outcome::Error;
        r.got = QStringLiteral("no answer");
        r.detail = response.error().message;
        return r;
    }
    r.status = response->status;
    r.got = describe(*response);
    if (response->status >= 200 && response->status < 300) {
        r.outcome = AttackResult::Outcome::Accepted;
        r.detail = QStringLiteral("The target accepted the attack.");
    } else if (isRefusal(response->status, sizeLimit)) {
        r.outcome = AttackResult::Outcome::Refused;
    } else {
        r.outcome = AttackResult::Outcome::Error;
        r.detail = QStringLiteral("Neither accepted nor refused: HTTP %1 decides nothing about this attack.")
                       .arg(response->status);
    }
    return r;
}

AttackResult AttackJudge::finish(const AttackSpec& attack, AttackResult::Outcome outcome, const QString& got,
                                 const QString& detail)
{
    return AttackResult{.spec = attack, .outcome = outcome, .got = got, .detail = detail};
}

std::optional<AttackResult> AttackJudge::controlRefused(const AttackSpec& attack,
                                                        const Result<http::HttpClientResponse>& response,
                                                        const QString& detail)
{
    if (response && response->status == 200) {
        return std::nullopt;
    }
    return finish(attack, AttackResult::Outcome::Error, response ? describe(*response) : QStringLiteral("no answer"),
                  detail);
}

AttackResult AttackJudge::error(const AttackSpec& attack, const QString& detail)
{
    return finish(attack, AttackResult::Outcome::Error, QStringLiteral("-"), detail);
}

AttackResult AttackJudge::skipped(const AttackSpec& attack, const QString& detail)
{
    return finish(attack, AttackResult::Outcome::Skipped, QStringLiteral("-"), detail);
}

void AttackJudge::addNote(QString& detail, const QString& note)
{
    if (note.isEmpty()) {
        return;
    }
    detail = detail.isEmpty() ? note : detail + u' ' + note;
}

} // namespace authscope::lab

#include "app/cli/SessionOutput.h"

#include "app/cli/CliFormat.h"

#include "core/common/TimeFormat.h"

#include <QJsonArray>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

} // namespace

QJsonObject sessionJson(const Session& s, qint64 nowMs)
{
    QJsonObject o{{u"id"_s, s.id},
                  {u"user"_s, s.userName},
                  {u"user_id"_s, s.userId},
                  {u"state"_s, sessionStateName(s.state(nowMs))},
                  {u"created"_s, TimeFormat::isoUtc(s.createdMs, true)},
                  {u"created_ms"_s, s.createdMs},
                  {u"last_seen"_s, TimeFormat::isoUtc(s.lastSeenMs, true)},
                  {u"last_seen_ms"_s, s.lastSeenMs},
                  {u"expires"_s, TimeFormat::isoUtc(s.expiresMs(), true)},
                  {u"idle_timeout_s"_s, s.idleTimeoutSecs},
                  {u"idle_expires_ms"_s, s.idleExpiresMs},
                  {u"absolute_expires_ms"_s, s.absoluteExpiresMs},
                  {u"ip"_s, s.ip},
                  {u"user_agent"_s, s.userAgent},
                  {u"client"_s, s.userAgentLabel},
                  {u"method"_s, authMethodName(s.method)},
                  {u"live_jwts"_s, s.liveTokens}};
    if (s.revokedMs) {
        o.insert(u"revoked"_s, QJsonObject{{u"at"_s, TimeFormat::isoUtc(*s.revokedMs, true)},
                                           {u"at_ms"_s, *s.revokedMs},
                                           {u"by"_s, s.revokedBy},
                                           {u"reason"_s, s.revokeReason}});
    } else {
        o.insert(u"revoked"_s, QJsonValue::Null);
    }
    return o;
}

QString sessionTable(const QList<Session>& sessions, qint64 nowMs)
{
    QList<QStringList> table;
    for (const Session& x : sessions) {
        const SessionState st = x.state(nowMs);
        const QString expires = st == SessionState::Revoked
                                    ? u"revoked "_s + TimeFormat::relativeCompact(*x.revokedMs, nowMs)
                                    : TimeFormat::relativeCompact(x.expiresMs(), nowMs);
        table << QStringList{QString::number(x.id),
                             x.userName,
                             sessionStateName(st),
                             TimeFormat::utcMs(x.createdMs),
                             TimeFormat::relativeCompact(x.lastSeenMs, nowMs),
                             expires,
                             x.ip,
                             x.userAgentLabel,
                             authMethodName(x.method),
                             QString::number(x.liveTokens)};
    }
    return formatTable({u"ID"_s, u"USER"_s, u"STATE"_s, u"CREATED"_s, u"LAST SEEN"_s, u"EXPIRES"_s, u"IP"_s,
                        u"CLIENT"_s, u"METHOD"_s, u"JWTS"_s},
                       table);
}

QString sessionDetail(const Session& x, const QList<IssuedToken>& tokens, const QList<AuditEntry>& trail, qint64 nowMs)
{
    QList<QStringList> rows{
        {u"id"_s, QString::number(x.id)},
        {u"user"_s, u"%1 (id %2)"_s.arg(x.userName).arg(x.userId)},
        {u"state"_s, sessionStateName(x.state(nowMs))},
        {u"created"_s, TimeFormat::utcMs(x.createdMs)},
        {u"last seen"_s,
         TimeFormat::utcMs(x.lastSeenMs) + u" ("_s + TimeFormat::relativeCompact(x.lastSeenMs, nowMs) + u')'},
        {u"idle expiry"_s, TimeFormat::utcMs(x.idleExpiresMs) + u" (idle timeout %1 s)"_s.arg(x.idleTimeoutSecs)},
        {u"absolute expiry"_s, TimeFormat::utcMs(x.absoluteExpiresMs)},
        {u"ip"_s, x.ip},
        {u"client"_s, x.userAgentLabel},
        {u"user agent"_s, x.userAgent},
        {u"method"_s, authMethodName(x.method)},
        {u"live JWTs"_s, QString::number(x.liveTokens)},
    };
    if (x.revokedMs) {
        rows << QStringList{u"revoked"_s,
                            u"%1 by %2: %3"_s.arg(TimeFormat::utcMs(*x.revokedMs), x.revokedBy,
                                                  x.revokeReason.isEmpty() ? u"(no reason)"_s : x.revokeReason)};
    }
    QString text = formatTable({u"FIELD"_s, u"VALUE"_s}, rows);
    if (!tokens.isEmpty()) {
        QList<QStringList> t;
        for (const IssuedToken& token : tokens) {
            t << QStringList{token.jti, token.issuer, token.kid, TimeFormat::utcMs(token.expiresMs),
                             token.denied          ? u"denied"_s
                             : token.isLive(nowMs) ? u"live"_s
                                                   : u"expired"_s};
        }
        text += u'\n' + formatTable({u"JTI"_s, u"ISSUER"_s, u"KID"_s, u"EXPIRES"_s, u"STATUS"_s}, t);
    }
    if (!trail.isEmpty()) {
        QList<QStringList> t;
        for (const AuditEntry& e : trail) {
            t << QStringList{TimeFormat::utcMs(e.timeMs), e.actor, e.action, compactJson(e.details)};
        }
        text += u'\n' + formatTable({u"TIME"_s, u"ACTOR"_s, u"ACTION"_s, u"DETAILS"_s}, t);
    }
    return text;
}

QJsonObject sessionDetailJson(const Session& s, const QList<IssuedToken>& tokens, const QList<AuditEntry>& trail,
                              qint64 nowMs)
{
    QJsonObject o = sessionJson(s, nowMs);
    QJsonArray jwts;
    for (const IssuedToken& t : tokens) {
        jwts.append(QJsonObject{{u"iss"_s, t.issuer},
                                {u"jti"_s, t.jti},
                                {u"kid"_s, t.kid},
                                {u"issued"_s, TimeFormat::isoUtc(t.issuedMs, true)},
                                {u"expires"_s, TimeFormat::isoUtc(t.expiresMs, true)},
                                {u"live"_s, t.isLive(nowMs)},
                                {u"denied"_s, t.denied}});
    }
    QJsonArray audit;
    for (const AuditEntry& e : trail) {
        audit.append(QJsonObject{{u"id"_s, e.id},
                                 {u"time"_s, TimeFormat::isoUtc(e.timeMs, true)},
                                 {u"actor"_s, e.actor},
                                 {u"action"_s, e.action},
                                 {u"details"_s, e.details}});
    }
    o.insert(u"jwts"_s, jwts);
    o.insert(u"audit"_s, audit);
    return o;
}

} // namespace authscope::cli

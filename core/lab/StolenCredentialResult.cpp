#include "core/lab/StolenCredentialResult.h"

#include <QJsonArray>

namespace authscope::lab {

namespace {

// "accepted", "accepted 12 ms", "refused: invalid_token", ... for the table and CSV.
QString describe(const StolenOutcome& o, bool afterLogout)
{
    if (o.replays == 0) {
        return QStringLiteral("-");
    }
    if (!afterLogout) {
        return o.firstAccepted() ? QStringLiteral("accepted") : QStringLiteral("refused: ") + o.reason;
    }
    if (o.acceptedForMs < 0) {
        return QStringLiteral("accepted until the end (%1 replays)").arg(o.accepted);
    }
    if (o.accepted == 0) {
        return QStringLiteral("refused at once: ") + o.reason;
    }
    return QStringLiteral("accepted for %1 ms, then refused: %2").arg(o.acceptedForMs).arg(o.reason);
}

} // namespace

QJsonObject StolenOutcome::toJson() const
{
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("replays"), replays},
                       {QStringLiteral("accepted"), accepted},
                       {QStringLiteral("accepted_for_ms"), acceptedForMs}};
}

StolenOutcome StolenOutcome::fromJson(const QJsonObject& o)
{
    StolenOutcome r;
    r.status = o.value(QStringLiteral("status")).toInt();
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.replays = o.value(QStringLiteral("replays")).toInteger();
    r.accepted = o.value(QStringLiteral("accepted")).toInteger();
    r.acceptedForMs = o.value(QStringLiteral("accepted_for_ms")).toInteger();
    return r;
}

QJsonObject StolenCredentialResult::toJson() const
{
    QJsonArray rowArray;
    for (const StolenRow& r : rows) {
        rowArray.append(QJsonObject{{QStringLiteral("case"), r.caseId},
                                    {QStringLiteral("label"), r.label},
                                    {QStringLiteral("where"), r.where},
                                    {QStringLiteral("stolen"), r.stolen.toJson()},
                                    {QStringLiteral("after_logout"), r.afterLogout.toJson()},
                                    {QStringLiteral("after_logout_backchannel"), r.afterLogoutBackchannel.toJson()}});
    }
    QJsonArray sampleArray;
    for (const StolenSample& s : samples) {
        sampleArray.append(QJsonArray{s.caseId, s.round, s.atMs, s.status});
    }
    return QJsonObject{{QStringLiteral("experiment"), experimentId(Experiment::StolenCredential)},
                       {QStringLiteral("rows"), rowArray},
                       {QStringLiteral("samples"), sampleArray},
                       {QStringLiteral("observe_ms"), observeMs},
                       {QStringLiteral("token_lifetime_ms"), tokenLifetimeMs},
                       {QStringLiteral("backchannel_delivery_ms"), backchannelDeliveryMs},
                       {QStringLiteral("summary"), summary}};
}

StolenCredentialResult StolenCredentialResult::fromJson(const QJsonObject& o)
{
    StolenCredentialResult r;
    for (const QJsonValue& v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject x = v.toObject();
        StolenRow row;
        row.caseId = x.value(QStringLiteral("case")).toString();
        row.label = x.value(QStringLiteral("label")).toString();
        row.where = x.value(QStringLiteral("where")).toString();
        row.stolen = StolenOutcome::fromJson(x.value(QStringLiteral("stolen")).toObject());
        row.afterLogout = StolenOutcome::fromJson(x.value(QStringLiteral("after_logout")).toObject());
        row.afterLogoutBackchannel =
            StolenOutcome::fromJson(x.value(QStringLiteral("after_logout_backchannel")).toObject());
        r.rows.append(row);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonArray a = v.toArray();
        r.samples.append(StolenSample{a.at(0).toString(), a.at(1).toString(), a.at(2).toInteger(), a.at(3).toInt()});
    }
    r.observeMs = o.value(QStringLiteral("observe_ms")).toInteger();
    r.tokenLifetimeMs = o.value(QStringLiteral("token_lifetime_ms")).toInteger();
    r.backchannelDeliveryMs = o.value(QStringLiteral("backchannel_delivery_ms")).toInteger(-1);
    r.summary = o.value(QStringLiteral("summary")).toString();
    return r;
}

LabTable StolenCredentialResult::toTable() const
{
    LabTable t;
    t.headers = {QStringLiteral("case"), QStringLiteral("where"), QStringLiteral("stolen copy"),
                 QStringLiteral("after logout"), QStringLiteral("after logout, back-channel logout")};
    for (const StolenRow& r : rows) {
        t.rows.append({r.caseId, r.where, describe(r.stolen, false), describe(r.afterLogout, true),
                       describe(r.afterLogoutBackchannel, true)});
    }
    return t;
}

const StolenRow* StolenCredentialResult::row(const QString& caseId) const
{
    for (const StolenRow& r : rows) {
        if (r.caseId == caseId) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace authscope::lab

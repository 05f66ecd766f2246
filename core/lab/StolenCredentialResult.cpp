#include "core/lab/StolenCredentialResult.h"

#include "core/lab/LabRecords.h"

#include <QJsonArray>

#include <utility>

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

const JsonFields<StolenOutcome> kOutcomeFields{{"status", &StolenOutcome::status},
                                               {"reason", &StolenOutcome::reason},
                                               {"replays", &StolenOutcome::replays},
                                               {"accepted", &StolenOutcome::accepted},
                                               {"accepted_for_ms", &StolenOutcome::acceptedForMs}};
const JsonFields<StolenRow> kRowFields{
    {"case", &StolenRow::caseId}, {"label", &StolenRow::label}, {"where", &StolenRow::where}};
// A row's three phases, each an object of kOutcomeFields.
constexpr std::pair<const char*, StolenOutcome StolenRow::*> kPhases[]{
    {"stolen", &StolenRow::stolen},
    {"after_logout", &StolenRow::afterLogout},
    {"after_logout_backchannel", &StolenRow::afterLogoutBackchannel}};
const JsonFields<StolenCredentialResult> kFields{
    {"observe_ms", &StolenCredentialResult::observeMs},
    {"token_lifetime_ms", &StolenCredentialResult::tokenLifetimeMs},
    {"backchannel_delivery_ms", &StolenCredentialResult::backchannelDeliveryMs},
    {"summary", &StolenCredentialResult::summary}};

} // namespace

QJsonObject StolenOutcome::toJson() const
{
    return writeJsonFields(*this, kOutcomeFields);
}

StolenOutcome StolenOutcome::fromJson(const QJsonObject& o)
{
    StolenOutcome r;
    readJsonFields(o, r, kOutcomeFields);
    return r;
}

QJsonObject StolenCredentialResult::toJson() const
{
    const QJsonArray rowArray = writeJsonList(rows, kRowFields, [](const StolenRow& r, QJsonObject& row) {
        for (const auto& [name, phase] : kPhases) {
            row.insert(QLatin1StringView(name), (r.*phase).toJson());
        }
    });
    QJsonArray sampleArray;
    for (const StolenSample& s : samples) {
        sampleArray.append(QJsonArray{s.caseId, s.round, s.atMs, s.status});
    }
    return writeJsonFields(*this, kFields,
                           {{QStringLiteral("experiment"), experimentId(Experiment::StolenCredential)},
                            {QStringLiteral("rows"), rowArray},
                            {QStringLiteral("samples"), sampleArray}});
}

StolenCredentialResult StolenCredentialResult::fromJson(const QJsonObject& o)
{
    StolenCredentialResult r;
    r.rows = readJsonList(o.value(QStringLiteral("rows")), kRowFields, [](const QJsonObject& x, StolenRow& row) {
        for (const auto& [name, phase] : kPhases) {
            row.*phase = StolenOutcome::fromJson(x.value(QLatin1StringView(name)).toObject());
        }
    });
    for (const QJsonValue& v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonArray a = v.toArray();
        r.samples.append(StolenSample{a.at(0).toString(), a.at(1).toString(), a.at(2).toInteger(), a.at(3).toInt()});
    }
    readJsonFields(o, r, kFields);
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
    return findRow(rows, [&caseId](const StolenRow& r) { return r.caseId == caseId; });
}

} // namespace authscope::lab

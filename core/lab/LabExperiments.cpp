#include "core/lab/LabExperiments.h"
#include "core/common/EnumNames.h"
#include "core/common/TimeFormat.h"
#include "core/lab/LabRecords.h"
#include "core/lab/NodeRevocationResult.h"
#include "core/lab/StolenCredentialResult.h"

#include <QJsonArray>
#include <QSysInfo>
#include <QThread>

namespace authscope::lab {

namespace {

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString whole(double value)
{
    return QString::number(qRound64(value));
}

QString csvField(const QString& field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r')) {
        return field;
    }
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

constexpr auto kExperimentIds =
    enumNames<Experiment::NodeRevocation>(u"cost", u"revocation", u"bytes", u"scale", u"stolen", u"nodes");
constexpr auto kExperimentTitles =
    enumNames<Experiment::NodeRevocation>(u"Cost per request", u"Revocation window", u"Bytes on the wire", u"Scale",
                                          u"Stolen credential", u"Revocation across nodes");

const JsonFields<LabOptions> kOptionFields{{"quick", &LabOptions::quick},
                                           {"seconds_per_mode", &LabOptions::secondsPerMode},
                                           {"warmup_seconds", &LabOptions::warmupSeconds},
                                           {"connections", &LabOptions::connections},
                                           {"histogram_buckets", &LabOptions::histogramBuckets},
                                           {"jwt_algorithms", &LabOptions::jwtAlgorithms},
                                           {"revocation_token_lifetime_s", &LabOptions::revocationTokenLifetimeSecs},
                                           {"revocation_poll_interval_ms", &LabOptions::revocationPollIntervalMs},
                                           {"revocation_after_ms", &LabOptions::revocationAfterMs},
                                           {"scale_sizes", &LabOptions::scaleSizes},
                                           {"scale_operations", &LabOptions::scaleOperations},
                                           {"scale_jwt_seconds", &LabOptions::scaleJwtSeconds},
                                           {"stolen_observe_ms", &LabOptions::stolenObserveMs},
                                           {"stolen_token_lifetime_s", &LabOptions::stolenTokenLifetimeSecs},
                                           {"node_repetitions", &LabOptions::nodeRepetitions},
                                           {"node_kill_connection", &LabOptions::nodeKillConnection}};

const JsonFields<CostRow> kCostRowFields{{"mode", &CostRow::mode},
                                         {"label", &CostRow::label},
                                         {"requests_per_s", &CostRow::requestsPerSec},
                                         {"mean_ms", &CostRow::meanMs},
                                         {"p50_ms", &CostRow::p50Ms},
                                         {"p90_ms", &CostRow::p90Ms},
                                         {"p99_ms", &CostRow::p99Ms},
                                         {"requests", &CostRow::requests},
                                         {"errors", &CostRow::errors},
                                         {"vs_baseline", &CostRow::vsBaseline},
                                         {"added_ms", &CostRow::addedMs},
                                         {"histogram", &CostRow::histogram}};
const JsonFields<CostResult> kCostFields{{"histogram_edges_ms", &CostResult::histogramEdgesMs},
                                         {"connections", &CostResult::connections},
                                         {"seconds_per_mode", &CostResult::secondsPerMode},
                                         {"summary", &CostResult::summary}};

const JsonFields<RevocationRow> kRevocationRowFields{{"method", &RevocationRow::method},
                                                     {"label", &RevocationRow::label},
                                                     {"requests_before", &RevocationRow::requestsBefore},
                                                     {"accepted_after", &RevocationRow::acceptedAfterRevocation},
                                                     {"refused_after", &RevocationRow::refusedAfterRevocation},
                                                     {"window_ms", &RevocationRow::windowMs},
                                                     {"token_lifetime_ms", &RevocationRow::tokenLifetimeMs}};
const JsonFields<RevocationResult> kRevocationFields{{"revoked_at_ms", &RevocationResult::revokedAtMs},
                                                     {"ended_at_ms", &RevocationResult::endedAtMs},
                                                     {"poll_interval_ms", &RevocationResult::pollIntervalMs},
                                                     {"summary", &RevocationResult::summary}};

const JsonFields<BytesRow> kBytesRowFields{{"credential", &BytesRow::credential},
                                           {"label", &BytesRow::label},
                                           {"algorithm", &BytesRow::algorithm},
                                           {"claim_set", &BytesRow::claimSet},
                                           {"credential_bytes", &BytesRow::credentialBytes},
                                           {"request_header_bytes", &BytesRow::requestHeaderBytes},
                                           {"response_header_bytes", &BytesRow::responseHeaderBytes},
                                           {"decoded_header", &BytesRow::decodedHeader},
                                           {"decoded_payload", &BytesRow::decodedPayload}};

const JsonFields<ScaleRow> kScaleRowFields{{"session_rows", &ScaleRow::sessionRows},
                                           {"session_validate_per_s", &ScaleRow::sessionValidatePerSec},
                                           {"session_validate_nocache_per_s", &ScaleRow::sessionValidateNoCachePerSec},
                                           {"raw_sqlite_lookup_per_s", &ScaleRow::rawSqliteLookupPerSec},
                                           {"jwt_hs256_verify_per_s", &ScaleRow::jwtHs256VerifyPerSec},
                                           {"jwt_es256_verify_per_s", &ScaleRow::jwtEs256VerifyPerSec},
                                           {"raw_hs256_verify_per_s", &ScaleRow::rawHs256VerifyPerSec},
                                           {"raw_es256_verify_per_s", &ScaleRow::rawEs256VerifyPerSec},
                                           {"seed_ms", &ScaleRow::seedMs}};

const JsonFields<LabRun> kRunFields{
    {"id", &LabRun::id},           {"quick", &LabRun::quick},     {"cancelled", &LabRun::cancelled},
    {"options", &LabRun::options}, {"machine", &LabRun::machine}, {"result", &LabRun::result}};

} // namespace

QString experimentId(Experiment experiment)
{
    return kExperimentIds.name(experiment);
}

std::optional<Experiment> experimentFromId(const QString& id)
{
    return kExperimentIds.value(id);
}

QString experimentTitle(Experiment experiment)
{
    return kExperimentTitles.name(experiment);
}

QList<Experiment> allExperiments()
{
    return {Experiment::CostPerRequest, Experiment::RevocationWindow, Experiment::BytesOnWire,
            Experiment::Scale,          Experiment::StolenCredential, Experiment::NodeRevocation};
}

// --- Options ----------------------------------------------------------------------------------------------------

LabOptions LabOptions::quickOptions()
{
    LabOptions o;
    o.quick = true;
    o.secondsPerMode = 1.0;
    o.warmupSeconds = 0.2;
    o.connections = 4;
    o.revocationTokenLifetimeSecs = 3;
    o.revocationAfterMs = 800;
    o.scaleSizes = {10'000, 100'000};
    o.scaleOperations = 50'000;
    o.scaleJwtSeconds = 0.15;
    o.stolenObserveMs = 1500;
    o.stolenTokenLifetimeSecs = 3;
    o.nodeRepetitions = 20;
    return o;
}

LabOptions LabOptions::fullOptions()
{
    return LabOptions{};
}

QJsonObject LabOptions::toJson() const
{
    return writeJsonFields(*this, kOptionFields);
}

LabOptions LabOptions::fromJson(const QJsonObject& o)
{
    LabOptions r = fullOptions();
    readJsonFields(o, r, kOptionFields);
    return r;
}

// --- Table ------------------------------------------------------------------------------------------------------

QString LabTable::toCsv() const
{
    QString out;
    auto line = [&out](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& f : fields) {
            quoted.append(csvField(f));
        }
        out += quoted.join(u',') + QStringLiteral("\r\n");
    };
    line(headers);
    for (const QStringList& row : rows) {
        line(row);
    }
    return out;
}

// --- Cost -------------------------------------------------------------------------------------------------------

QJsonObject CostResult::toJson() const
{
    return writeJsonFields(*this, kCostFields,
                           {{QStringLiteral("experiment"), experimentId(Experiment::CostPerRequest)},
                            {QStringLiteral("rows"), writeJsonList(rows, kCostRowFields)}});
}

CostResult CostResult::fromJson(const QJsonObject& o)
{
    CostResult r;
    r.rows = readJsonList(o.value(QStringLiteral("rows")), kCostRowFields);
    readJsonFields(o, r, kCostFields);
    return r;
}

LabTable CostResult::toTable() const
{
    LabTable t;
    t.headers = {QStringLiteral("mode"),     QStringLiteral("req/s"),    QStringLiteral("vs none"),
                 QStringLiteral("p50 ms"),   QStringLiteral("p90 ms"),   QStringLiteral("p99 ms"),
                 QStringLiteral("added ms"), QStringLiteral("requests"), QStringLiteral("errors")};
    for (const CostRow& r : rows) {
        t.rows.append({r.mode, whole(r.requestsPerSec), fixed(r.vsBaseline, 2), fixed(r.p50Ms, 3), fixed(r.p90Ms, 3),
                       fixed(r.p99Ms, 3), fixed(r.addedMs, 3), QString::number(r.requests), QString::number(r.errors)});
    }
    return t;
}

const CostRow* CostResult::row(const QString& mode) const
{
    return findRow(rows, [&mode](const CostRow& r) { return r.mode == mode; });
}

// --- Revocation -------------------------------------------------------------------------------------------------

QJsonObject RevocationResult::toJson() const
{
    QJsonArray sampleArray;
    for (const RevocationSample& s : samples) {
        sampleArray.append(QJsonArray{s.method, s.atMs, s.status});
    }
    return writeJsonFields(*this, kRevocationFields,
                           {{QStringLiteral("experiment"), experimentId(Experiment::RevocationWindow)},
                            {QStringLiteral("rows"), writeJsonList(rows, kRevocationRowFields)},
                            {QStringLiteral("samples"), sampleArray}});
}

RevocationResult RevocationResult::fromJson(const QJsonObject& o)
{
    RevocationResult r;
    r.rows = readJsonList(o.value(QStringLiteral("rows")), kRevocationRowFields);
    for (const QJsonValue& v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonArray a = v.toArray();
        r.samples.append(RevocationSample{a.at(0).toString(), a.at(1).toInteger(), a.at(2).toInt()});
    }
    readJsonFields(o, r, kRevocationFields);
    return r;
}

LabTable RevocationResult::toTable() const
{
    LabTable t;
    t.headers = {QStringLiteral("method"),        QStringLiteral("before"),    QStringLiteral("accepted after"),
                 QStringLiteral("refused after"), QStringLiteral("window ms"), QStringLiteral("token lifetime ms")};
    for (const RevocationRow& r : rows) {
        t.rows.append({r.method, QString::number(r.requestsBefore), QString::number(r.acceptedAfterRevocation),
                       QString::number(r.refusedAfterRevocation),
                       r.windowMs < 0 ? QStringLiteral("still accepted") : QString::number(r.windowMs),
                       r.tokenLifetimeMs > 0 ? QString::number(r.tokenLifetimeMs) : QStringLiteral("-")});
    }
    return t;
}

const RevocationRow* RevocationResult::row(const QString& method) const
{
    return findRow(rows, [&method](const RevocationRow& r) { return r.method == method; });
}

// --- Bytes ------------------------------------------------------------------------------------------------------

QJsonObject BytesResult::toJson() const
{
    return QJsonObject{{QStringLiteral("experiment"), experimentId(Experiment::BytesOnWire)},
                       {QStringLiteral("rows"), writeJsonList(rows, kBytesRowFields)},
                       {QStringLiteral("summary"), summary}};
}

BytesResult BytesResult::fromJson(const QJsonObject& o)
{
    BytesResult r;
    r.rows = readJsonList(o.value(QStringLiteral("rows")), kBytesRowFields);
    r.summary = o.value(QStringLiteral("summary")).toString();
    return r;
}

LabTable BytesResult::toTable() const
{
    LabTable t;
    t.headers = {QStringLiteral("credential"),
                 QStringLiteral("alg"),
                 QStringLiteral("claims"),
                 QStringLiteral("bytes"),
                 QStringLiteral("request header"),
                 QStringLiteral("set by"),
                 QStringLiteral("readable by anyone")};
    for (const BytesRow& r : rows) {
        t.rows.append({r.credential, r.algorithm.isEmpty() ? QStringLiteral("-") : r.algorithm,
                       r.claimSet.isEmpty() ? QStringLiteral("-") : r.claimSet, QString::number(r.credentialBytes),
                       QString::number(r.requestHeaderBytes),
                       r.responseHeaderBytes > 0 ? QString::number(r.responseHeaderBytes) : QStringLiteral("body"),
                       r.decodedPayload.isEmpty() ? QStringLiteral("nothing (random ID)") : r.decodedPayload});
    }
    return t;
}

// --- Scale ------------------------------------------------------------------------------------------------------

QJsonObject ScaleResult::toJson() const
{
    return QJsonObject{{QStringLiteral("experiment"), experimentId(Experiment::Scale)},
                       {QStringLiteral("rows"), writeJsonList(rows, kScaleRowFields)},
                       {QStringLiteral("summary"), summary}};
}

ScaleResult ScaleResult::fromJson(const QJsonObject& o)
{
    ScaleResult r;
    r.rows = readJsonList(o.value(QStringLiteral("rows")), kScaleRowFields);
    r.summary = o.value(QStringLiteral("summary")).toString();
    return r;
}

LabTable ScaleResult::toTable() const
{
    LabTable t;
    t.headers = {QStringLiteral("sessions"),       QStringLiteral("validate/s"),   QStringLiteral("no cache/s"),
                 QStringLiteral("raw lookup/s"),   QStringLiteral("no cache/raw"), QStringLiteral("HS256 verify/s"),
                 QStringLiteral("ES256 verify/s"), QStringLiteral("ES256/raw")};
    for (const ScaleRow& r : rows) {
        t.rows.append(
            {QString::number(r.sessionRows), whole(r.sessionValidatePerSec), whole(r.sessionValidateNoCachePerSec),
             whole(r.rawSqliteLookupPerSec),
             fixed(r.rawSqliteLookupPerSec > 0 ? r.sessionValidateNoCachePerSec / r.rawSqliteLookupPerSec : 0, 2),
             whole(r.jwtHs256VerifyPerSec), whole(r.jwtEs256VerifyPerSec),
             fixed(r.rawEs256VerifyPerSec > 0 ? r.jwtEs256VerifyPerSec / r.rawEs256VerifyPerSec : 0, 2)});
    }
    return t;
}

// --- Any result -------------------------------------------------------------------------------------------------

LabTable tableOf(Experiment experiment, const QJsonObject& result)
{
    switch (experiment) {
    case Experiment::CostPerRequest:
        return CostResult::fromJson(result).toTable();
    case Experiment::RevocationWindow:
        return RevocationResult::fromJson(result).toTable();
    case Experiment::BytesOnWire:
        return BytesResult::fromJson(result).toTable();
    case Experiment::Scale:
        return ScaleResult::fromJson(result).toTable();
    case Experiment::StolenCredential:
        return StolenCredentialResult::fromJson(result).toTable();
    case Experiment::NodeRevocation:
        return NodeRevocationResult::fromJson(result).toTable();
    }
    return {};
}

QString summaryOf(const QJsonObject& result)
{
    return result.value(QStringLiteral("summary")).toString();
}

QJsonObject LabRun::toJson() const
{
    return writeJsonFields(*this, kRunFields,
                           {{QStringLiteral("experiment"), experimentId(experiment)},
                            {QStringLiteral("started"), TimeFormat::isoUtc(started.toMSecsSinceEpoch(), true)},
                            {QStringLiteral("finished"), TimeFormat::isoUtc(finished.toMSecsSinceEpoch(), true)}});
}

std::optional<LabRun> LabRun::fromJson(const QJsonObject& o)
{
    const auto experiment = experimentFromId(o.value(QStringLiteral("experiment")).toString());
    if (!experiment) {
        return std::nullopt;
    }
    LabRun r;
    r.experiment = *experiment;
    r.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    r.finished = QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    readJsonFields(o, r, kRunFields);
    return r;
}

QJsonObject LabRun::currentMachine()
{
    return QJsonObject{{QStringLiteral("cpus"), QThread::idealThreadCount()},
                       {QStringLiteral("os"), QSysInfo::prettyProductName()},
                       {QStringLiteral("arch"), QSysInfo::currentCpuArchitecture()},
                       {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
#ifdef NDEBUG
                       {QStringLiteral("build"), QStringLiteral("release")}
#else
                       {QStringLiteral("build"), QStringLiteral("debug")}
#endif
    };
}

} // namespace authscope::lab

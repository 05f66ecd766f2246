#include "core/lab/LabExperiments.h"
#include "core/common/EnumNames.h"
#include "core/common/TimeFormat.h"
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

QJsonArray toArray(const QList<double>& values)
{
    QJsonArray a;
    for (const double v : values) {
        a.append(v);
    }
    return a;
}

QJsonArray toArray(const QList<qint64>& values)
{
    QJsonArray a;
    for (const qint64 v : values) {
        a.append(v);
    }
    return a;
}

QList<double> doubles(const QJsonValue& value)
{
    QList<double> out;
    for (const QJsonValue& v : value.toArray()) {
        out.append(v.toDouble());
    }
    return out;
}

QList<qint64> integers(const QJsonValue& value)
{
    QList<qint64> out;
    for (const QJsonValue& v : value.toArray()) {
        out.append(v.toInteger());
    }
    return out;
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
    return QJsonObject{{QStringLiteral("quick"), quick},
                       {QStringLiteral("seconds_per_mode"), secondsPerMode},
                       {QStringLiteral("warmup_seconds"), warmupSeconds},
                       {QStringLiteral("connections"), connections},
                       {QStringLiteral("histogram_buckets"), histogramBuckets},
                       {QStringLiteral("jwt_algorithms"), QJsonArray::fromStringList(jwtAlgorithms)},
                       {QStringLiteral("revocation_token_lifetime_s"), revocationTokenLifetimeSecs},
                       {QStringLiteral("revocation_poll_interval_ms"), revocationPollIntervalMs},
                       {QStringLiteral("revocation_after_ms"), revocationAfterMs},
                       {QStringLiteral("scale_sizes"), toArray(scaleSizes)},
                       {QStringLiteral("scale_operations"), scaleOperations},
                       {QStringLiteral("scale_jwt_seconds"), scaleJwtSeconds},
                       {QStringLiteral("stolen_observe_ms"), stolenObserveMs},
                       {QStringLiteral("stolen_token_lifetime_s"), stolenTokenLifetimeSecs},
                       {QStringLiteral("node_repetitions"), nodeRepetitions},
                       {QStringLiteral("node_kill_connection"), nodeKillConnection}};
}

LabOptions LabOptions::fromJson(const QJsonObject& o)
{
    LabOptions r = fullOptions();
    r.quick = o.value(QStringLiteral("quick")).toBool(r.quick);
    r.secondsPerMode = o.value(QStringLiteral("seconds_per_mode")).toDouble(r.secondsPerMode);
    r.warmupSeconds = o.value(QStringLiteral("warmup_seconds")).toDouble(r.warmupSeconds);
    r.connections = o.value(QStringLiteral("connections")).toInt(r.connections);
    r.histogramBuckets = o.value(QStringLiteral("histogram_buckets")).toInt(r.histogramBuckets);
    if (o.contains(QStringLiteral("jwt_algorithms"))) {
        r.jwtAlgorithms.clear();
        for (const QJsonValue& v : o.value(QStringLiteral("jwt_algorithms")).toArray()) {
            r.jwtAlgorithms.append(v.toString());
        }
    }
    r.revocationTokenLifetimeSecs =
        o.value(QStringLiteral("revocation_token_lifetime_s")).toInt(r.revocationTokenLifetimeSecs);
    r.revocationPollIntervalMs =
        o.value(QStringLiteral("revocation_poll_interval_ms")).toInt(r.revocationPollIntervalMs);
    r.revocationAfterMs = o.value(QStringLiteral("revocation_after_ms")).toInt(r.revocationAfterMs);
    if (o.contains(QStringLiteral("scale_sizes"))) {
        r.scaleSizes = integers(o.value(QStringLiteral("scale_sizes")));
    }
    r.scaleOperations = o.value(QStringLiteral("scale_operations")).toInteger(r.scaleOperations);
    r.scaleJwtSeconds = o.value(QStringLiteral("scale_jwt_seconds")).toDouble(r.scaleJwtSeconds);
    r.stolenObserveMs = o.value(QStringLiteral("stolen_observe_ms")).toInt(r.stolenObserveMs);
    r.stolenTokenLifetimeSecs = o.value(QStringLiteral("stolen_token_lifetime_s")).toInt(r.stolenTokenLifetimeSecs);
    r.nodeRepetitions = o.value(QStringLiteral("node_repetitions")).toInt(r.nodeRepetitions);
    r.nodeKillConnection = o.value(QStringLiteral("node_kill_connection")).toBool(r.nodeKillConnection);
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
    QJsonArray rowArray;
    for (const CostRow& r : rows) {
        rowArray.append(QJsonObject{{QStringLiteral("mode"), r.mode},
                                    {QStringLiteral("label"), r.label},
                                    {QStringLiteral("requests_per_s"), r.requestsPerSec},
                                    {QStringLiteral("mean_ms"), r.meanMs},
                                    {QStringLiteral("p50_ms"), r.p50Ms},
                                    {QStringLiteral("p90_ms"), r.p90Ms},
                                    {QStringLiteral("p99_ms"), r.p99Ms},
                                    {QStringLiteral("requests"), r.requests},
                                    {QStringLiteral("errors"), r.errors},
                                    {QStringLiteral("vs_baseline"), r.vsBaseline},
                                    {QStringLiteral("added_ms"), r.addedMs},
                                    {QStringLiteral("histogram"), toArray(r.histogram)}});
    }
    return QJsonObject{{QStringLiteral("experiment"), experimentId(Experiment::CostPerRequest)},
                       {QStringLiteral("rows"), rowArray},
                       {QStringLiteral("histogram_edges_ms"), toArray(histogramEdgesMs)},
                       {QStringLiteral("connections"), connections},
                       {QStringLiteral("seconds_per_mode"), secondsPerMode},
                       {QStringLiteral("summary"), summary}};
}

CostResult CostResult::fromJson(const QJsonObject& o)
{
    CostResult r;
    for (const QJsonValue& v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject x = v.toObject();
        CostRow row;
        row.mode = x.value(QStringLiteral("mode")).toString();
        row.label = x.value(QStringLiteral("label")).toString();
        row.requestsPerSec = x.value(QStringLiteral("requests_per_s")).toDouble();
        row.meanMs = x.value(QStringLiteral("mean_ms")).toDouble();
        row.p50Ms = x.value(QStringLiteral("p50_ms")).toDouble();
        row.p90Ms = x.value(QStringLiteral("p90_ms")).toDouble();
        row.p99Ms = x.value(QStringLiteral("p99_ms")).toDouble();
        row.requests = x.value(QStringLiteral("requests")).toInteger();
        row.errors = x.value(QStringLiteral("errors")).toInteger();
        row.vsBaseline = x.value(QStringLiteral("vs_baseline")).toDouble();
        row.addedMs = x.value(QStringLiteral("added_ms")).toDouble();
        row.histogram = integers(x.value(QStringLiteral("histogram")));
        r.rows.append(row);
    }
    r.histogramEdgesMs = doubles(o.value(QStringLiteral("histogram_edges_ms")));
    r.connections = o.value(QStringLiteral("connections")).toInt();
    r.secondsPerMode = o.value(QStringLiteral("seconds_per_mode")).toDouble();
    r.summary = o.value(QStringLiteral("summary")).toString();
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
    for (const CostRow& r : rows) {
        if (r.mode == mode) {
            return &r;
        }
    }
    return nullptr;
}

// --- Revocation -------------------------------------------------------------------------------------------------

QJsonObject RevocationResult::toJson() const
{
    QJsonArray rowArray;
    for (const RevocationRow& r : rows) {
        rowArray.append(QJsonObject{{QStringLiteral("method"), r.method},
                                    {QStringLiteral("label"), r.label},
                                    {QStringLiteral("requests_before"), r.requestsBefore},
                                    {QStringLiteral("accepted_after"), r.acceptedAfterRevocation},
                                    {QStringLiteral("refused_after"), r.refusedAfterRevocation},
                                    {QStringLiteral("window_ms"), r.windowMs},
                                    {QStringLiteral("token_lifetime_ms"), r.tokenLifetimeMs}});
    }
    QJsonArray sampleArray;
    for (const RevocationSample& s : samples) {
        sampleArray.append(QJsonArray{s.method, s.atMs, s.status});
    }
    return QJsonObject{{QStringLiteral("experiment"), experimentId(Experiment::RevocationWindow)},
                       {QStringLiteral("rows"), rowArray},
                       {QStringLiteral("samples"), sampleArray},
                       {QStringLiteral("revoked_at_ms"), revokedAtMs},
                       {QStringLiteral("ended_at_ms"), endedAtMs},
                       {QStringLiteral("poll_interval_ms"), pollIntervalMs},
                       {QStringLiteral("summary"), summary}};
}

RevocationResult RevocationResult::fromJson(const QJsonObject& o)
{
    RevocationResult r;
    for (const QJsonValue& v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject x = v.toObject();
        RevocationRow row;
        row.method = x.value(QStringLiteral("method")).toString();
        row.label = x.value(QStringLiteral("label")).toString();
        row.requestsBefore = x.value(QStringLiteral("requests_before")).toInteger();
        row.acceptedAfterRevocation = x.value(QStringLiteral("accepted_after")).toInteger();
        row.refusedAfterRevocation = x.value(QStringLiteral("refused_after")).toInteger();
        row.windowMs = x.value(QStringLiteral("window_ms")).toInteger();
        row.tokenLifetimeMs = x.value(QStringLiteral("token_lifetime_ms")).toInteger();
        r.rows.append(row);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonArray a = v.toArray();
        r.samples.append(RevocationSample{a.at(0).toString(), a.at(1).toInteger(), a.at(2).toInt()});
    }
    r.revokedAtMs = o.value(QStringLiteral("revoked_at_ms")).toInteger();
    r.endedAtMs = o.value(QStringLiteral("ended_at_ms")).toInteger();
    r.pollIntervalMs = o.value(QStringLiteral("poll_interval_ms")).toInt();
    r.summary = o.value(QStringLiteral("summary")).toString();
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
    for (const RevocationRow& r : rows) {
        if (r.method == method) {
            return &r;
        }
    }
    return nullptr;
}

// --- Bytes ------------------------------------------------------------------------------------------------------

QJsonObject BytesResult::toJson() const
{
    QJsonArray rowArray;
    for (const BytesRow& r : rows) {
        rowArray.append(QJsonObject{{QStringLiteral("credential"), r.credential},
                                    {QStringLiteral("label"), r.label},
                                    {QStringLiteral("algorithm"), r.algorithm},
                                    {QStringLiteral("claim_set"), r.claimSet},
                                    {QStringLiteral("credential_bytes"), r.credentialBytes},
                                    {QStringLiteral("request_header_bytes"), r.requestHeaderBytes},
                                    {QStringLiteral("response_header_bytes"), r.responseHeaderBytes},
                                    {QStringLiteral("decoded_header"), r.decodedHeader},
                                    {QStringLiteral("decoded_payload"), r.decodedPayload}});
    }
    return QJsonObject{{QStringLiteral("experiment"), experimentId(Experiment::BytesOnWire)},
                       {QStringLiteral("rows"), rowArray},
                       {QStringLiteral("summary"), summary}};
}

BytesResult BytesResult::fromJson(const QJsonObject& o)
{
    BytesResult r;
    for (const QJsonValue& v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject x = v.toObject();
        BytesRow row;
        row.credential = x.value(QStringLiteral("credential")).toString();
        row.label = x.value(QStringLiteral("label")).toString();
        row.algorithm = x.value(QStringLiteral("algorithm")).toString();
        row.claimSet = x.value(QStringLiteral("claim_set")).toString();
        row.credentialBytes = x.value(QStringLiteral("credential_bytes")).toInteger();
        row.requestHeaderBytes = x.value(QStringLiteral("request_header_bytes")).toInteger();
        row.responseHeaderBytes = x.value(QStringLiteral("response_header_bytes")).toInteger();
        row.decodedHeader = x.value(QStringLiteral("decoded_header")).toString();
        row.decodedPayload = x.value(QStringLiteral("decoded_payload")).toString();
        r.rows.append(row);
    }
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
    QJsonArray rowArray;
    for (const ScaleRow& r : rows) {
        rowArray.append(QJsonObject{{QStringLiteral("session_rows"), r.sessionRows},
                                    {QStringLiteral("session_validate_per_s"), r.sessionValidatePerSec},
                                    {QStringLiteral("session_validate_nocache_per_s"), r.sessionValidateNoCachePerSec},
                                    {QStringLiteral("raw_sqlite_lookup_per_s"), r.rawSqliteLookupPerSec},
                                    {QStringLiteral("jwt_hs256_verify_per_s"), r.jwtHs256VerifyPerSec},
                                    {QStringLiteral("jwt_es256_verify_per_s"), r.jwtEs256VerifyPerSec},
                                    {QStringLiteral("raw_hs256_verify_per_s"), r.rawHs256VerifyPerSec},
                                    {QStringLiteral("raw_es256_verify_per_s"), r.rawEs256VerifyPerSec},
                                    {QStringLiteral("seed_ms"), r.seedMs}});
    }
    return QJsonObject{{QStringLiteral("experiment"), experimentId(Experiment::Scale)},
                       {QStringLiteral("rows"), rowArray},
                       {QStringLiteral("summary"), summary}};
}

ScaleResult ScaleResult::fromJson(const QJsonObject& o)
{
    ScaleResult r;
    for (const QJsonValue& v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject x = v.toObject();
        ScaleRow row;
        row.sessionRows = x.value(QStringLiteral("session_rows")).toInteger();
        row.sessionValidatePerSec = x.value(QStringLiteral("session_validate_per_s")).toDouble();
        row.sessionValidateNoCachePerSec = x.value(QStringLiteral("session_validate_nocache_per_s")).toDouble();
        row.rawSqliteLookupPerSec = x.value(QStringLiteral("raw_sqlite_lookup_per_s")).toDouble();
        row.jwtHs256VerifyPerSec = x.value(QStringLiteral("jwt_hs256_verify_per_s")).toDouble();
        row.jwtEs256VerifyPerSec = x.value(QStringLiteral("jwt_es256_verify_per_s")).toDouble();
        row.rawHs256VerifyPerSec = x.value(QStringLiteral("raw_hs256_verify_per_s")).toDouble();
        row.rawEs256VerifyPerSec = x.value(QStringLiteral("raw_es256_verify_per_s")).toDouble();
        row.seedMs = x.value(QStringLiteral("seed_ms")).toInteger();
        r.rows.append(row);
    }
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
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("experiment"), experimentId(experiment)},
                       {QStringLiteral("started"), TimeFormat::isoUtc(started.toMSecsSinceEpoch(), true)},
                       {QStringLiteral("finished"), TimeFormat::isoUtc(finished.toMSecsSinceEpoch(), true)},
                       {QStringLiteral("quick"), quick},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("options"), options},
                       {QStringLiteral("machine"), machine},
                       {QStringLiteral("result"), result}};
}

std::optional<LabRun> LabRun::fromJson(const QJsonObject& o)
{
    const auto experiment = experimentFromId(o.value(QStringLiteral("experiment")).toString());
    if (!experiment) {
        return std::nullopt;
    }
    LabRun r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.experiment = *experiment;
    r.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    r.finished = QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    r.quick = o.value(QStringLiteral("quick")).toBool();
    r.cancelled = o.value(QStringLiteral("cancelled")).toBool();
    r.options = o.value(QStringLiteral("options")).toObject();
    r.machine = o.value(QStringLiteral("machine")).toObject();
    r.result = o.value(QStringLiteral("result")).toObject();
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

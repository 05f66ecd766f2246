#include "core/lab/NodeRevocationResult.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace authscope::lab {

namespace {

// Nearest-rank percentile of sorted values.
double percentile(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty()) {
        return 0;
    }
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

void NodeRevocationResult::computeRows()
{
    QList<NodeRow> computed;
    QMap<QString, QList<double>> latencies;
    for (const NodeSample& s : std::as_const(samples)) {
        const QString key = s.backend + u'/' + s.credential + u'/' + s.revoker;
        auto it = std::find_if(computed.begin(), computed.end(), [&key](const NodeRow& r) { return r.key() == key; });
        if (it == computed.end()) {
            NodeRow row;
            row.backend = s.backend;
            row.credential = s.credential;
            row.revoker = s.revoker;
            computed.append(row);
            it = computed.end() - 1;
        }
        ++it->revocations;
        it->errors += s.errors;
        if (s.latencyMs < 0) {
            ++it->lost;
            continue;
        }
        latencies[key].append(s.latencyMs);
        it->mechanisms[s.mechanism] += 1;
    }
    for (NodeRow& row : computed) {
        QList<double> values = latencies.value(row.key());
        std::sort(values.begin(), values.end());
        if (!values.isEmpty()) {
            row.minMs = values.constFirst();
            row.maxMs = values.constLast();
            row.medianMs = percentile(values, 0.5);
            row.p95Ms = percentile(values, 0.95);
            row.p99Ms = percentile(values, 0.99);
        }
    }
    rows = computed;
}

QJsonObject NodeRevocationResult::toJson() const
{
    QJsonArray rowArray;
    for (const NodeRow& r : rows) {
        QJsonObject mechanisms;
        for (auto it = r.mechanisms.cbegin(); it != r.mechanisms.cend(); ++it) {
            mechanisms.insert(it.key(), it.value());
        }
        rowArray.append(QJsonObject{{QStringLiteral("backend"), r.backend},
                                    {QStringLiteral("credential"), r.credential},
                                    {QStringLiteral("revoker"), r.revoker},
                                    {QStringLiteral("revocations"), r.revocations},
                                    {QStringLiteral("lost"), r.lost},
                                    {QStringLiteral("min_ms"), r.minMs},
                                    {QStringLiteral("median_ms"), r.medianMs},
                                    {QStringLiteral("p95_ms"), r.p95Ms},
                                    {QStringLiteral("p99_ms"), r.p99Ms},
                                    {QStringLiteral("max_ms"), r.maxMs},
                                    {QStringLiteral("errors"), r.errors},
                                    {QStringLiteral("mechanisms"), mechanisms}});
    }
    QJsonArray sampleArray;
    for (const NodeSample& s : samples) {
        sampleArray.append(
            QJsonArray{s.backend, s.credential, s.revoker, s.index, s.latencyMs, s.mechanism, s.errors, s.killed});
    }
    QJsonArray killArray;
    for (const NodeKill& k : kills) {
        killArray.append(QJsonObject{{QStringLiteral("backend"), k.backend},
                                     {QStringLiteral("index"), k.index},
                                     {QStringLiteral("terminated"), k.terminated},
                                     {QStringLiteral("reconnects_before"), k.reconnectsBefore},
                                     {QStringLiteral("reconnects_after"), k.reconnectsAfter},
                                     {QStringLiteral("healthy_after"), k.healthyAfter},
                                     {QStringLiteral("first_error"), k.firstError}});
    }
    return QJsonObject{{QStringLiteral("experiment"), experimentId(Experiment::NodeRevocation)},
                       {QStringLiteral("rows"), rowArray},
                       {QStringLiteral("samples"), sampleArray},
                       {QStringLiteral("kills"), killArray},
                       {QStringLiteral("repetitions"), repetitions},
                       {QStringLiteral("backends"), QJsonArray::fromStringList(backends)},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("summary"), summary}};
}

NodeRevocationResult NodeRevocationResult::fromJson(const QJsonObject& o)
{
    NodeRevocationResult r;
    for (const QJsonValue& v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject x = v.toObject();
        NodeRow row;
        row.backend = x.value(QStringLiteral("backend")).toString();
        row.credential = x.value(QStringLiteral("credential")).toString();
        row.revoker = x.value(QStringLiteral("revoker")).toString();
        row.revocations = x.value(QStringLiteral("revocations")).toInt();
        row.lost = x.value(QStringLiteral("lost")).toInt();
        row.minMs = x.value(QStringLiteral("min_ms")).toDouble();
        row.medianMs = x.value(QStringLiteral("median_ms")).toDouble();
        row.p95Ms = x.value(QStringLiteral("p95_ms")).toDouble();
        row.p99Ms = x.value(QStringLiteral("p99_ms")).toDouble(row.p95Ms);
        row.maxMs = x.value(QStringLiteral("max_ms")).toDouble();
        row.errors = x.value(QStringLiteral("errors")).toInt();
        const QJsonObject mechanisms = x.value(QStringLiteral("mechanisms")).toObject();
        for (auto it = mechanisms.constBegin(); it != mechanisms.constEnd(); ++it) {
            row.mechanisms.insert(it.key(), it.value().toInt());
        }
        r.rows.append(row);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonArray a = v.toArray();
        r.samples.append(NodeSample{a.at(0).toString(), a.at(1).toString(), a.at(2).toString(), a.at(3).toInt(),
                                    a.at(4).toDouble(-1), a.at(5).toString(), a.at(6).toInt(), a.at(7).toBool()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("kills")).toArray()) {
        const QJsonObject k = v.toObject();
        r.kills.append(NodeKill{
            k.value(QStringLiteral("backend")).toString(), k.value(QStringLiteral("index")).toInt(),
            k.value(QStringLiteral("terminated")).toInt(), k.value(QStringLiteral("reconnects_before")).toInteger(),
            k.value(QStringLiteral("reconnects_after")).toInteger(), k.value(QStringLiteral("healthy_after")).toBool(),
            k.value(QStringLiteral("first_error")).toString()});
    }
    r.repetitions = o.value(QStringLiteral("repetitions")).toInt();
    for (const QJsonValue& v : o.value(QStringLiteral("backends")).toArray()) {
        r.backends.append(v.toString());
    }
    r.notes = o.value(QStringLiteral("notes")).toString();
    r.summary = o.value(QStringLiteral("summary")).toString();
    return r;
}

LabTable NodeRevocationResult::toTable() const
{
    LabTable t;
    t.headers = {QStringLiteral("backend"),       QStringLiteral("credential"), QStringLiteral("revoked by"),
                 QStringLiteral("revocations"),   QStringLiteral("min ms"),     QStringLiteral("median ms"),
                 QStringLiteral("p95 ms"),        QStringLiteral("p99 ms"),     QStringLiteral("max ms"),
                 QStringLiteral("never refused"), QStringLiteral("HTTP 5xx"),   QStringLiteral("delivered by")};
    for (const NodeRow& r : rows) {
        QStringList delivered;
        for (auto it = r.mechanisms.cbegin(); it != r.mechanisms.cend(); ++it) {
            delivered << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        }
        t.rows.append({r.backend, r.credential,
                       r.revoker == QStringLiteral("node") ? QStringLiteral("node A") : QStringLiteral("administrator"),
                       QString::number(r.revocations), ms(r.minMs), ms(r.medianMs), ms(r.p95Ms), ms(r.p99Ms),
                       ms(r.maxMs), QString::number(r.lost), QString::number(r.errors),
                       delivered.join(QStringLiteral(", "))});
    }
    return t;
}

const NodeRow* NodeRevocationResult::row(const QString& backend, const QString& credential,
                                         const QString& revoker) const
{
    for (const NodeRow& r : rows) {
        if (r.backend == backend && r.credential == credential && r.revoker == revoker) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace authscope::lab

#include "core/lab/NodeRevocationResult.h"

#include "core/lab/LabRecords.h"

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

const JsonFields<NodeRow> kRowFields{{"backend", &NodeRow::backend},    {"credential", &NodeRow::credential},
                                     {"revoker", &NodeRow::revoker},    {"revocations", &NodeRow::revocations},
                                     {"lost", &NodeRow::lost},          {"min_ms", &NodeRow::minMs},
                                     {"median_ms", &NodeRow::medianMs}, {"p95_ms", &NodeRow::p95Ms},
                                     {"p99_ms", &NodeRow::p99Ms},       {"max_ms", &NodeRow::maxMs},
                                     {"errors", &NodeRow::errors}};
const JsonFields<NodeKill> kKillFields{{"backend", &NodeKill::backend},
                                       {"index", &NodeKill::index},
                                       {"terminated", &NodeKill::terminated},
                                       {"reconnects_before", &NodeKill::reconnectsBefore},
                                       {"reconnects_after", &NodeKill::reconnectsAfter},
                                       {"healthy_after", &NodeKill::healthyAfter},
                                       {"first_error", &NodeKill::firstError}};
const JsonFields<NodeRevocationResult> kFields{{"repetitions", &NodeRevocationResult::repetitions},
                                               {"backends", &NodeRevocationResult::backends},
                                               {"notes", &NodeRevocationResult::notes},
                                               {"summary", &NodeRevocationResult::summary}};

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
    const QJsonArray rowArray = writeJsonList(rows, kRowFields, [](const NodeRow& r, QJsonObject& row) {
        QJsonObject mechanisms;
        for (auto it = r.mechanisms.cbegin(); it != r.mechanisms.cend(); ++it) {
            mechanisms.insert(it.key(), it.value());
        }
        row.insert(QStringLiteral("mechanisms"), mechanisms);
    });
    QJsonArray sampleArray;
    for (const NodeSample& s : samples) {
        sampleArray.append(
            QJsonArray{s.backend, s.credential, s.revoker, s.index, s.latencyMs, s.mechanism, s.errors, s.killed});
    }
    return writeJsonFields(*this, kFields,
                           {{QStringLiteral("experiment"), experimentId(Experiment::NodeRevocation)},
                            {QStringLiteral("rows"), rowArray},
                            {QStringLiteral("samples"), sampleArray},
                            {QStringLiteral("kills"), writeJsonList(kills, kKillFields)}});
}

NodeRevocationResult NodeRevocationResult::fromJson(const QJsonObject& o)
{
    NodeRevocationResult r;
    r.rows = readJsonList(o.value(QStringLiteral("rows")), kRowFields, [](const QJsonObject& x, NodeRow& row) {
        // A result saved before p99 was measured has none: its p95 stands in.
        row.p99Ms = x.value(QStringLiteral("p99_ms")).toDouble(row.p95Ms);
        const QJsonObject mechanisms = x.value(QStringLiteral("mechanisms")).toObject();
        for (auto it = mechanisms.constBegin(); it != mechanisms.constEnd(); ++it) {
            row.mechanisms.insert(it.key(), it.value().toInt());
        }
    });
    for (const QJsonValue& v : o.value(QStringLiteral("samples")).toArray()) {
        const QJsonArray a = v.toArray();
        r.samples.append(NodeSample{a.at(0).toString(), a.at(1).toString(), a.at(2).toString(), a.at(3).toInt(),
                                    a.at(4).toDouble(-1), a.at(5).toString(), a.at(6).toInt(), a.at(7).toBool()});
    }
    r.kills = readJsonList(o.value(QStringLiteral("kills")), kKillFields);
    readJsonFields(o, r, kFields);
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
    return findRow(rows, [&](const NodeRow& r) {
        return r.backend == backend && r.credential == credential && r.revoker == revoker;
    });
}

} // namespace authscope::lab

#include "core/lab/AttackRunner.h"

#include "core/common/EnumNames.h"
#include "core/jose/JwkSet.h"
#include "core/lab/AttackCatalogue.h"
#include "core/lab/AttackJudge.h"
#include "core/lab/AttackSession.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace authscope::lab {

namespace {

using Outcome = AttackResult::Outcome;

// One attack, unless its precondition is not met.
AttackResult perform(AttackSession& session, const AttackCatalogue::Entry& attack)
{
    if (attack.spec.needsSigningKey && !session.signingKey()) {
        return AttackJudge::skipped(attack.spec,
                                    QStringLiteral("Needs the target's private signing key (--key): signed with any "
                                                   "other key, the signature check alone would refuse it."));
    }
    if (attack.spec.needsKeyRevocation && !session.target().rotateAndRevoke) {
        return AttackJudge::skipped(
            attack.spec, QStringLiteral("Needs a target whose key this run can revoke (the built-in server)."));
    }
    return attack.handler(session, attack.spec);
}

} // namespace

QString AttackResult::outcomeName(Outcome outcome)
{
    static constexpr auto names = enumNames<AttackResult::Outcome::Error>(u"pass", u"FAIL", u"skipped", u"error");
    return names.name(outcome);
}

AttackRunner::AttackRunner() = default;
AttackRunner::~AttackRunner() = default;

QList<AttackSpec> AttackRunner::catalogue()
{
    QList<AttackSpec> specs;
    for (const AttackCatalogue::Entry& entry : AttackCatalogue::entries()) {
        specs.append(entry.spec);
    }
    return specs;
}

Result<QList<AttackResult>> AttackRunner::run(const AttackTarget& target, const Progress& progress)
{
    auto probe = HttpProbe::forUrl(target.baseUrl, target.timeoutMs);
    if (!probe) {
        return std::unexpected(probe.error());
    }
    AttackSession session(target, std::move(*probe));
    if (auto ready = session.prepare(); !ready) {
        return std::unexpected(ready.error());
    }
    QList<const AttackCatalogue::Entry*> attacks;
    for (const AttackCatalogue::Entry& entry : AttackCatalogue::entries()) {
        if (m_only.isEmpty() || m_only.contains(entry.spec.id)) {
            attacks.append(&entry);
        }
    }
    QList<AttackResult> results;
    for (const AttackCatalogue::Entry* attack : std::as_const(attacks)) {
        QElapsedTimer timer;
        timer.start();
        AttackResult result = perform(session, *attack);
        result.elapsedMs = timer.elapsed();
        results.append(result);
        if (progress && !progress(static_cast<int>(results.size()), static_cast<int>(attacks.size()), result)) {
            break;
        }
    }
    return results;
}

AttackSummary AttackRunner::summarise(const QList<AttackResult>& results)
{
    AttackSummary s;
    for (const AttackResult& r : results) {
        ++s.total;
        switch (r.outcome) {
        case Outcome::Refused:
            ++s.refused;
            break;
        case Outcome::Accepted:
            ++s.accepted;
            break;
        case Outcome::Skipped:
            ++s.skipped;
            break;
        case Outcome::Error:
            ++s.errors;
            break;
        }
    }
    return s;
}

QJsonObject AttackRunner::toJson(const QList<AttackResult>& results, const QString& baseUrl)
{
    QJsonArray rows;
    for (const AttackResult& r : results) {
        rows.append(QJsonObject{{QStringLiteral("id"), r.spec.id},
                                {QStringLiteral("name"), r.spec.name},
                                {QStringLiteral("category"), r.spec.category},
                                {QStringLiteral("reference"), r.spec.reference},
                                {QStringLiteral("expected"), r.spec.expected},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("got"), r.got},
                                {QStringLiteral("result"), AttackResult::outcomeName(r.outcome)},
                                {QStringLiteral("detail"), r.detail},
                                {QStringLiteral("elapsed_ms"), r.elapsedMs}});
    }
    const AttackSummary s = summarise(results);
    QJsonObject json{{QStringLiteral("summary"), QJsonObject{{QStringLiteral("total"), s.total},
                                                             {QStringLiteral("refused"), s.refused},
                                                             {QStringLiteral("accepted"), s.accepted},
                                                             {QStringLiteral("skipped"), s.skipped},
                                                             {QStringLiteral("errors"), s.errors},
                                                             {QStringLiteral("all_refused"), s.allRefused()}}},
                     {QStringLiteral("attacks"), rows}};
    if (!baseUrl.isEmpty()) {
        json.insert(QStringLiteral("target"), baseUrl);
    }
    return json;
}

Result<jose::Jwk> AttackRunner::signingKeyFromFile(const QByteArray& contents)
{
    auto set = jose::JwkSet::fromKeyFile(contents);
    if (!set) {
        return std::unexpected(set.error());
    }
    for (const jose::Jwk& key : set->keys()) {
        if (key.isPrivate()) {
            return key;
        }
    }
    return fail(QStringLiteral("lab.not-private"),
                QStringLiteral("The file holds no private key; the claim attacks must be signed with the target's "
                               "private signing key."));
}

QString AttackRunner::summaryLine(const AttackSummary& s)
{
    return QStringLiteral("%1 of %2 attacks refused, %3 accepted, %4 errors, %5 skipped")
        .arg(s.refused)
        .arg(s.total)
        .arg(s.accepted)
        .arg(s.errors)
        .arg(s.skipped);
}

QString AttackRunner::formatTable(const QList<AttackResult>& results)
{
    const QStringList headers{QStringLiteral("attack"), QStringLiteral("expected"), QStringLiteral("got"),
                              QStringLiteral("result")};
    QList<QStringList> rows;
    for (const AttackResult& r : results) {
        rows.append({r.spec.id, r.spec.expected, r.got, AttackResult::outcomeName(r.outcome)});
    }
    QList<qsizetype> widths;
    for (const QString& h : headers) {
        widths.append(h.size());
    }
    for (const QStringList& row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    const auto line = [&widths](const QStringList& cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        }
        return text + u'\n';
    };
    QString out = line(headers);
    for (const QStringList& row : std::as_const(rows)) {
        out += line(row);
    }
    bool notes = false;
    for (const AttackResult& r : results) {
        if (r.outcome != Outcome::Refused && !r.detail.isEmpty()) {
            if (!notes) {
                out += u'\n';
                notes = true;
            }
            out += QStringLiteral("%1 (%2): %3\n").arg(r.spec.id, AttackResult::outcomeName(r.outcome), r.detail);
        }
    }
    out += u'\n' + summaryLine(summarise(results)) + u'\n';
    return out;
}

} // namespace authscope::lab

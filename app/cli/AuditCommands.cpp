// authscope-cli audit list|verify|seal|checkpoint
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"
#include "app/cli/Passphrase.h"
#include "core/common/TimeFormat.h"

#include "core/audit/AuditCheckpoint.h"
#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/keys/KeyVault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <limits>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

QJsonObject toJson(const AuditEntry& e)
{
    return QJsonObject{
        {u"id"_s, e.id},
        {u"time"_s, TimeFormat::isoUtc(e.timeMs, true)},
        {u"time_ms"_s, e.timeMs},
        {u"actor"_s, e.actor},
        {u"action"_s, e.action},
        {u"target"_s, e.target},
        {u"details"_s, e.details},
        {u"hash"_s, e.hash},
        {u"sealed"_s, !e.mac.isEmpty()},
    };
}

Outcome runList(CliContext& ctx, const CliArgs& args)
{
    AuditFilter filter;
    if (args.isSet(u"since"_s)) {
        auto t = parseTimeArgument(args.value(u"since"_s), ctx.clock().nowMs());
        if (!t) {
            return ctx.fail(t.error().message);
        }
        filter.sinceMs = *t;
    }
    filter.action = args.value(u"action"_s);
    filter.text = args.value(u"text"_s);
    filter.newestFirst = !args.isSet(u"oldest-first"_s);
    if (!args.number(u"limit"_s, 0, std::numeric_limits<int>::max(), filter.limit)) {
        return ctx.fail(u"--limit needs a number >= 0"_s);
    }
    auto rows = ctx.audit().list(filter);
    if (!rows) {
        return ctx.fail(rows.error());
    }
    // D-DISPLAY: actors, targets and details carry text from outside (a user name typed at the login form).
    return ctx.printList(
        args, *rows, toJson, {u"ID"_s, u"TIME"_s, u"ACTOR"_s, u"ACTION"_s, u"TARGET"_s, u"DETAILS"_s},
        [](const AuditEntry& e) {
            return QStringList{QString::number(e.id),
                               TimeFormat::utcMs(e.timeMs),
                               DisplayText::escape(e.actor),
                               DisplayText::escape(e.action),
                               DisplayText::escape(e.target),
                               e.details.isEmpty() ? QString() : DisplayText::escape(compactJson(e.details))};
        },
        u"%1 row(s)\n"_s.arg(rows->size()));
}

// The key store passphrase when one is at hand (--passphrase-file, AUTHSCOPE_PASSPHRASE, a prompt on a terminal).
// Nothing when none was offered and `required` is false; an error when one was offered and is unusable.
Result<std::optional<QString>> offeredPassphrase(CliContext& ctx, const CliArgs& args, bool required)
{
    auto passphrase =
        Passphrase::obtain({args.value(u"passphrase-file"_s), u"--passphrase-file"_s, u"AUTHSCOPE_PASSPHRASE"_s,
                            u"the key store passphrase (to check the audit log's seals)"_s, false},
                           ctx.err());
    if (!passphrase) {
        if (!required && !args.isSet(u"passphrase-file"_s) && passphrase.error().code == u"cli.no-passphrase"_s) {
            return std::optional<QString>();
        }
        return std::unexpected(passphrase.error());
    }
    return std::optional<QString>(*passphrase);
}

// Unlocks the vault so that the audit key is at hand (A-SEAL). With `sealing` false nothing is sealed or made.
std::optional<Outcome> unlockAuditKey(CliContext& ctx, const QString& passphrase, bool sealing)
{
    ctx.audit().setSealingPaused(!sealing);
    if (auto ok = ctx.vault().unlock(passphrase); !ok) {
        return ctx.fail(ok.error());
    }
    if (ctx.audit().seal() == nullptr) {
        if (auto problem = ctx.audit().sealProblem()) {
            return ctx.fail(*problem, Outcome::Refused);
        }
    }
    return std::nullopt;
}

QJsonObject reportJson(const AuditVerifyReport& report)
{
    QJsonObject o{{u"intact"_s, report.intact},
                  {u"rows"_s, report.rowsChecked},
                  {u"sealed"_s, report.sealed},
                  {u"seals_checked"_s, report.sealsChecked},
                  {u"sealed_through"_s, report.sealedThrough},
                  {u"unsealed_rows"_s, report.unsealedRows}};
    if (report.checkpointChecked) {
        o.insert(u"checkpoint_checked"_s, true);
        o.insert(u"checkpoint_mac_checked"_s, report.checkpointMacChecked);
    }
    if (!report.intact) {
        o.insert(u"first_bad_id"_s, report.firstBadId);
        o.insert(u"kind"_s, report.kind);
        o.insert(u"reason"_s, report.reason);
    }
    return o;
}

// `vaultLocked`: the database has a key vault that was not opened for this verify.
void printReport(CliContext& ctx, const AuditVerifyReport& report, bool vaultLocked)
{
    if (!report.intact) {
        ctx.out()
            << u"audit chain BROKEN at row %1 (%2): %3\n"_s.arg(report.firstBadId).arg(report.kind, report.reason);
        return;
    }
    ctx.out() << u"audit chain intact: %1 row(s) checked\n"_s.arg(report.rowsChecked);
    if (!report.sealed && vaultLocked) {
        ctx.out() << u"no seals found and seals NOT checked: the key vault is locked, and only its passphrase tells "
                     "whether this log must carry seals (give it with --passphrase-file or AUTHSCOPE_PASSPHRASE); "
                     "only the keyless chain was checked\n"_s;
    } else if (!report.sealed) {
        ctx.out() << u"not sealed: this database has no audit key yet (it is made when the key vault is first "
                     "unlocked); only the keyless chain was checked\n"_s;
    } else if (!report.sealsChecked) {
        ctx.out() << u"seals NOT checked: the key vault is locked (give the passphrase with --passphrase-file or "
                     "AUTHSCOPE_PASSPHRASE); only the keyless chain and the recorded heads were checked\n"_s;
    } else {
        ctx.out() << u"seals checked: sealed through row %1\n"_s.arg(report.sealedThrough);
    }
    if (report.sealed && report.unsealedRows > 0) {
        ctx.out() << u"%1 row(s) after row %2 are not sealed yet (written while the key vault was locked, or "
                     "appended by someone without the audit key: nothing tells these apart until `audit seal`)\n"_s
                         .arg(report.unsealedRows)
                         .arg(report.sealedThrough);
    }
    if (report.checkpointChecked) {
        ctx.out() << (report.checkpointMacChecked
                          ? u"checkpoint: its prefix is unchanged and its tag checks out\n"_s
                          : u"checkpoint: its prefix is unchanged (its tag was not checked: the vault is locked)\n"_s);
    }
}

Outcome runVerify(CliContext& ctx, const CliArgs& args)
{
    std::optional<AuditCheckpoint> checkpoint;
    if (args.isSet(u"checkpoint"_s)) {
        auto text = ctx.readFile(args.value(u"checkpoint"_s));
        if (!text) {
            return ctx.fail(text.error());
        }
        auto parsed = AuditCheckpoint::fromJson(*text);
        if (!parsed) {
            return ctx.fail(parsed.error());
        }
        checkpoint = *parsed;
    }
    auto initialised = ctx.vault().isInitialised();
    if (!initialised) {
        return ctx.fail(initialised.error());
    }
    bool vaultLocked = *initialised;
    if (*initialised) {
        auto passphrase = offeredPassphrase(ctx, args, false);
        if (!passphrase) {
            return ctx.fail(passphrase.error().message);
        }
        if (*passphrase) {
            if (auto stop = unlockAuditKey(ctx, **passphrase, false)) {
                // A key that does not open is itself a finding, but say it as a report, not a usage error.
                if (ctx.audit().sealProblem()) {
                    return Outcome::Refused;
                }
                return *stop;
            }
            vaultLocked = false;
        }
    }
    auto report = ctx.audit().verify(checkpoint ? &*checkpoint : nullptr);
    if (!report) {
        return ctx.fail(report.error());
    }
    const bool strictFailed =
        args.isSet(u"require-sealed"_s) && report->intact && (!report->sealsChecked || report->unsealedRows > 0);
    if (args.json()) {
        QJsonObject o = reportJson(*report);
        if (strictFailed) {
            o.insert(u"require_sealed"_s, false);
        }
        ctx.printJson(o);
    } else {
        printReport(ctx, *report, vaultLocked);
        if (strictFailed) {
            ctx.out() << u"--require-sealed: not every row is sealed and checked\n"_s;
        }
    }
    return report->intact && !strictFailed ? Outcome::Ok : Outcome::Refused;
}

// `audit seal` and `audit checkpoint` need the audit key: the vault must exist and open.
std::optional<Outcome> unlockForSealing(CliContext& ctx, const CliArgs& args)
{
    auto initialised = ctx.vault().isInitialised();
    if (!initialised) {
        return ctx.fail(initialised.error());
    }
    if (!*initialised) {
        return ctx.fail(u"this database has no key vault yet, so no audit key: set a passphrase first (keys generate "
                        "or keys passphrase)"_s);
    }
    auto passphrase = offeredPassphrase(ctx, args, true);
    if (!passphrase) {
        return ctx.fail(passphrase.error().message);
    }
    return unlockAuditKey(ctx, **passphrase, true);
}

Outcome runSeal(CliContext& ctx, const CliArgs& args)
{
    if (auto stop = unlockForSealing(ctx, args)) {
        return *stop;
    }
    // The unlock sealed what was waiting (AuditSealer); this says where the log stands now.
    auto report = ctx.audit().verify();
    if (!report) {
        return ctx.fail(report.error());
    }
    if (args.json()) {
        ctx.printJson(reportJson(*report));
    } else {
        printReport(ctx, *report, false);
    }
    return report->intact && report->unsealedRows == 0 ? Outcome::Ok : Outcome::Refused;
}

Outcome runCheckpoint(CliContext& ctx, const CliArgs& args)
{
    if (auto stop = unlockForSealing(ctx, args)) {
        return *stop;
    }
    auto checkpoint = ctx.audit().checkpoint();
    if (!checkpoint) {
        return ctx.fail(checkpoint.error(), Outcome::Refused);
    }
    const QByteArray text = checkpoint->toJson();
    if (!args.isSet(u"out"_s)) {
        ctx.out() << QString::fromUtf8(text);
        return Outcome::Ok;
    }
    QSaveFile file(args.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        return ctx.fail(u"cannot write %1: %2"_s.arg(DisplayText::escape(file.fileName()), file.errorString()));
    }
    ctx.err() << u"authscope-cli: wrote the checkpoint of row %1 to %2; keep it away from the database (another "
                 "machine, a write-once store)"_s.arg(checkpoint->headId)
                     .arg(DisplayText::escape(file.fileName()))
              << Qt::endl;
    return Outcome::Ok;
}

CliOption passphraseFileOption()
{
    return CliOption(u"passphrase-file"_s,
                     u"Read the key store passphrase from the first line of FILE (else AUTHSCOPE_PASSPHRASE, else a "
                     "prompt on a terminal); it opens the audit key."_s,
                     u"FILE"_s);
}

const CliRegistrar registrar{CliGroup{
    u"audit"_s,
    u"List the audit log, verify its chain and seals, seal it, or export a checkpoint."_s,
    {CliCommand(u"list"_s, u"List audit rows, newest first."_s, &runList)
         .with(
             {CliOption(u"since"_s,
                        u"Only rows at or after TIME (epoch seconds, ISO date, or an age such as 2h or 7d)."_s,
                        u"TIME"_s),
              CliOption(u"action"_s, u"Only this action (or a prefix ending in '.', e.g. 'session.')."_s, u"ACTION"_s),
              CliOption(u"text"_s, u"Only rows containing TEXT."_s, u"TEXT"_s),
              CliOption(u"limit"_s, u"At most N rows (default: all)."_s, u"N"_s),
              CliOption(u"oldest-first"_s, u"Oldest rows first."_s), jsonOption(u"Print a JSON array."_s)})
         .opens(CliNeed::Audit),
     CliCommand(u"verify"_s,
                u"Check the audit log's hash chain, its seals (with the key store passphrase) and, with "
                "--checkpoint, that it still holds a checkpoint's rows. Exit 0 when intact, 1 when a row was edited, "
                "inserted or deleted, a seal does not match or the log was emptied (the first bad row and the kind "
                "of break are named). Nothing is written."_s,
                &runVerify)
         .with({CliOption(u"checkpoint"_s, u"Also prove the prefix recorded in FILE (from audit checkpoint)."_s,
                          u"FILE"_s),
                passphraseFileOption(),
                CliOption(u"require-sealed"_s, u"Exit 1 unless every row is sealed and the seals were checked."_s),
                jsonOption(u"Print the report as JSON."_s)})
         .opens(CliNeed::Audit | CliNeed::KeyVault),
     CliCommand(u"seal"_s,
                u"Unlock the audit key and seal the rows written while the key vault was locked (their chain is "
                "checked first; a broken chain is left as found). Exit 1 when rows stay unsealed."_s,
                &runSeal)
         .with({passphraseFileOption(), jsonOption(u"Print the report as JSON."_s)})
         .opens(CliNeed::Audit | CliNeed::KeyVault),
     CliCommand(u"checkpoint"_s,
                u"Seal the log and print a checkpoint (row count, newest row and its hash, time) tagged under the "
                "audit key, to keep outside the database for audit verify --checkpoint."_s,
                &runCheckpoint)
         .with({CliOption(u"out"_s, u"Write it to FILE instead of standard output."_s, u"FILE"_s),
                passphraseFileOption()})
         .opens(CliNeed::Audit | CliNeed::KeyVault)},
}};

} // namespace

} // namespace authscope::cli

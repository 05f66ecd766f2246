// authscope-cli keys list|generate|import|export|rotate|retire|revoke|jwks|policy|passphrase
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"
#include "app/cli/KeyOutput.h"
#include "app/cli/Passphrase.h"

#include "core/common/DisplayText.h"
#include "core/crypto/PKey.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/keys/RotationScheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <limits>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

// A kid given on the command line: exact, else a unique prefix (thumbprints are long).
Result<QString> resolveKid(KeyStore& store, const QString& given)
{
    auto rows = store.list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    const QStringList matches = kidCandidates(*rows, given, [](const KeyRecord&) { return true; });
    if (matches.size() == 1 && (!given.isEmpty() || matches.constFirst() == given)) {
        return matches.constFirst();
    }
    if (matches.size() > 1) {
        return fail(u"keys.ambiguous"_s,
                    u"'%1' matches %2 keys: %3"_s.arg(given).arg(matches.size()).arg(matches.join(u", ")));
    }
    return fail(u"keys.not-found"_s, u"there is no key with kid '%1'"_s.arg(given));
}

void printPlan(CliContext& ctx, const KeyChangePlan& plan, bool dryRun)
{
    if (dryRun) {
        ctx.out() << "dry run: nothing was changed\n";
    }
    ctx.out() << DisplayText::escapeLines(plan.summary()) << '\n'; // D-DISPLAY: a plan names kids
}

// When a change asks for the key store passphrase: generate and import always do (the first one sets it),
// rotate when its plan makes or seals a key, retire and revoke never.
enum class Unlock
{
    Never,
    IfNeeded,
    Always,
};

// The end of every key change: refuse with the plan's reason, show it on --dry-run, else unlock the vault, apply
// the plan and show it (unless `quiet`: the caller prints its own line). Returns the outcome to end with, or
// nothing when the plan was applied quietly.
std::optional<Outcome> applyPlan(CliContext& ctx, const CliArgs& args, const Result<KeyChangePlan>& plan,
                                 Unlock unlocking, bool quiet = false)
{
    if (!plan) {
        return ctx.fail(plan.error());
    }
    if (args.isSet(u"dry-run"_s)) {
        printPlan(ctx, *plan, true);
        return Outcome::Ok;
    }
    if (unlocking == Unlock::Always || (unlocking == Unlock::IfNeeded && plan->needsVault())) {
        if (auto failed = ctx.unlockVault(args, true)) {
            return failed;
        }
    }
    if (auto done = ctx.keys().apply(*plan); !done) {
        return ctx.fail(done.error());
    }
    if (quiet) {
        return std::nullopt;
    }
    printPlan(ctx, *plan, false);
    return Outcome::Ok;
}

std::optional<KeyState> stateArgument(const QString& text)
{
    return KeyStates::fromName(text.toLower());
}

Outcome runList(CliContext& ctx, const CliArgs& args)
{
    KeyStore& store = ctx.keys();
    auto rows = store.list();
    if (!rows) {
        return ctx.fail(rows.error());
    }
    const qint64 now = ctx.clock().nowMs();
    if (args.json()) {
        ctx.printJson(jsonArray(*rows, [now](const KeyRecord& r) { return r.toJson(now); }));
        return Outcome::Ok;
    }
    ctx.out() << keyTable(*rows, store, now);
    auto info = ctx.vault().info();
    ctx.out() << u"%1 key(s); passphrase %2\n"_s.arg(rows->size())
                     .arg(info && info->initialised ? u"set"_s : u"not set yet"_s);
    return Outcome::Ok;
}

Outcome runGenerate(CliContext& ctx, const CliArgs& args)
{
    KeyStore::GenerateRequest request;
    request.kty = args.value(u"kty"_s);
    if (request.kty.compare(u"oct"_s, Qt::CaseInsensitive) == 0) {
        request.kty = u"oct"_s;
    } else {
        request.kty = request.kty.toUpper();
    }
    request.alg = args.value(u"alg"_s);
    request.curve = args.value(u"crv"_s);
    request.kid = args.value(u"kid"_s);
    if (args.isSet(u"purpose"_s)) {
        request.purpose = args.value(u"purpose"_s);
    }
    if (args.isSet(u"bits"_s)) {
        if (!args.number(u"bits"_s, 1, std::numeric_limits<int>::max(), request.bits)) {
            return ctx.fail(u"--bits needs a positive number"_s);
        }
        // K-RSA-GEN-SIZE: a 16384-bit modulus takes minutes; refuse it as unusable input (exit 2).
        if (request.kty == u"RSA"_s && !crypto::PKey::isRsaGenerateSize(request.bits)) {
            return ctx.fail(u"--bits for RSA must be 2048, 3072 or 4096"_s);
        }
    }
    if (args.isSet(u"state"_s)) {
        request.state = stateArgument(args.value(u"state"_s));
        if (!request.state || (*request.state != KeyState::Next && *request.state != KeyState::Active)) {
            return ctx.fail(u"--state is next or active"_s);
        }
    }
    const auto plan = ctx.keys().planGenerate(request);
    if (auto ended = applyPlan(ctx, args, plan, Unlock::Always, true)) {
        return *ended;
    }
    const KeyChangePlan::NewKey& made = plan->newKeys.constFirst();
    ctx.out() << u"generated %1 %2 key %3 as %4\n"_s.arg(
        made.key.alg(), made.key.typeName(), DisplayText::escape(made.key.kid()), KeyStates::name(made.state));
    return Outcome::Ok;
}

Outcome runImport(CliContext& ctx, const CliArgs& args)
{
    const QString path = args.positional(0);
    auto contents = path == u"-"_s ? ctx.readInput(path) : ctx.readFile(path);
    if (!contents) {
        return ctx.fail(contents.error());
    }
    KeyStore::ImportOptions options;
    options.alg = args.value(u"alg"_s);
    if (args.isSet(u"purpose"_s)) {
        options.purpose = args.value(u"purpose"_s);
    }
    if (args.isSet(u"state"_s)) {
        options.state = stateArgument(args.value(u"state"_s));
        if (!options.state) {
            return ctx.fail(u"--state is next, active or retiring"_s);
        }
    }
    if (contents->contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || contents->contains("Proc-Type: 4,ENCRYPTED")) {
        auto filePassphrase =
            Passphrase::obtain({args.value(u"pem-passphrase-file"_s), u"--pem-passphrase-file"_s,
                                u"AUTHSCOPE_FILE_PASSPHRASE"_s, u"the passphrase of %1"_s.arg(path), false},
                               ctx.err());
        if (!filePassphrase) {
            return ctx.fail(filePassphrase.error().message);
        }
        options.filePassphrase = filePassphrase->toUtf8();
        Passphrase::wipe(*filePassphrase);
    }
    const auto plan = ctx.keys().planImport(*contents, options);
    options.filePassphrase.fill('\0');
    if (auto ended = applyPlan(ctx, args, plan, Unlock::Always, true)) {
        return *ended;
    }
    for (const KeyChangePlan::NewKey& k : std::as_const(plan->newKeys)) {
        ctx.out() << u"imported %1 %2 key %3 as %4%5\n"_s.arg(
            // D-DISPLAY: an imported key brings its own kid and alg
            DisplayText::escape(k.key.alg()), k.key.typeName(), DisplayText::escape(k.key.kid()),
            KeyStates::name(k.state), k.key.isPrivate() ? QString() : u" (public only: verifies, never signs)"_s);
    }
    return Outcome::Ok;
}

// The exported key on stdout, or in --out FILE with owner-only permissions.
Outcome writeExport(CliContext& ctx, const CliArgs& args, QByteArray& data)
{
    if (!args.isSet(u"out"_s)) {
        ctx.out() << QString::fromUtf8(data);
        if (!data.endsWith('\n')) {
            ctx.out() << '\n';
        }
        data.fill('\0');
        return Outcome::Ok;
    }
    QSaveFile file(args.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly)) {
        return ctx.fail(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    data.fill('\0');
    if (!file.commit()) {
        return ctx.fail(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
    }
    ctx.err() << "authscope-cli: wrote " << file.fileName() << Qt::endl;
    return Outcome::Ok;
}

Outcome runExport(CliContext& ctx, const CliArgs& args)
{
    const QString formatName = args.value(u"format"_s).toLower();
    if (formatName != u"jwk"_s && formatName != u"pem"_s) {
        return ctx.fail(u"--format is jwk or pem"_s);
    }
    const auto fmt = formatName == u"pem"_s ? KeyStore::ExportFormat::Pem : KeyStore::ExportFormat::Jwk;
    KeyStore& store = ctx.keys();
    auto kid = resolveKid(store, args.positional(0));
    if (!kid) {
        return ctx.fail(kid.error());
    }
    Result<QByteArray> data = QByteArray();
    if (args.isSet(u"private"_s)) {
        QByteArray pemPassphrase;
        if (fmt == KeyStore::ExportFormat::Pem) {
            auto p = Passphrase::obtain({args.value(u"export-passphrase-file"_s), u"--export-passphrase-file"_s,
                                         u"AUTHSCOPE_EXPORT_PASSPHRASE"_s,
                                         u"the passphrase that encrypts the exported PEM"_s, true},
                                        ctx.err());
            if (!p) {
                return ctx.fail(p.error().message);
            }
            pemPassphrase = p->toUtf8();
            Passphrase::wipe(*p);
        }
        if (auto failed = ctx.unlockVault(args, true)) {
            return *failed;
        }
        data = store.exportPrivate(*kid, fmt, pemPassphrase);
        pemPassphrase.fill('\0');
    } else {
        data = store.exportPublic(*kid, fmt);
    }
    if (!data) {
        return ctx.fail(data.error());
    }
    return writeExport(ctx, args, *data);
}

// rotate --if-due: what the policy says is due now (for cron).
Outcome runDueMaintenance(CliContext& ctx, const CliArgs& args)
{
    // Unlock only when a passphrase is at hand: promotion needs none, pre-generation does.
    auto initialised = ctx.vault().isInitialised();
    if (initialised && *initialised &&
        (args.isSet(u"passphrase-file"_s) || qEnvironmentVariableIsSet("AUTHSCOPE_PASSPHRASE"))) {
        if (auto failed = ctx.unlockVault(args, true)) {
            return *failed;
        }
    }
    auto report = RotationScheduler(ctx.keys()).runMaintenance();
    if (!report) {
        return ctx.fail(report.error());
    }
    for (const QString& kid : std::as_const(report->retired)) {
        ctx.out() << "retired " << DisplayText::escape(kid) << '\n';
    }
    for (qsizetype i = 0; i < report->rotatedTo.size(); ++i) {
        ctx.out() << "rotated " << DisplayText::escape(report->rotatedFrom.value(i)) << " -> "
                  << DisplayText::escape(report->rotatedTo.at(i)) << '\n';
    }
    for (const QString& kid : std::as_const(report->generated)) {
        ctx.out() << "pre-generated next key " << DisplayText::escape(kid) << '\n';
    }
    for (const QString& note : std::as_const(report->notes)) {
        ctx.out() << "note: " << DisplayText::escape(note) << '\n';
    }
    if (!report->changedAnything()) {
        ctx.out() << "nothing due\n";
    }
    return Outcome::Ok;
}

Outcome runRotate(CliContext& ctx, const CliArgs& args)
{
    if (args.isSet(u"revoke-old"_s) && args.value(u"reason"_s).trimmed().isEmpty()) {
        return ctx.fail(u"--revoke-old needs --reason TEXT"_s);
    }
    if (args.isSet(u"reason"_s) && !args.isSet(u"revoke-old"_s)) {
        return ctx.fail(u"--reason goes with --revoke-old"_s);
    }
    if (args.isSet(u"if-due"_s)) {
        return runDueMaintenance(ctx, args);
    }
    KeyStore::RotateOptions options;
    if (args.isSet(u"purpose"_s)) {
        options.purpose = args.value(u"purpose"_s);
    }
    options.revokeOld = args.isSet(u"revoke-old"_s);
    options.reason = args.value(u"reason"_s);
    if (args.isSet(u"no-pre-generate"_s)) {
        options.preGenerateNext = false;
    }
    return *applyPlan(ctx, args, ctx.keys().planRotate(options), Unlock::IfNeeded);
}

Outcome runRetire(CliContext& ctx, const CliArgs& args)
{
    auto kid = resolveKid(ctx.keys(), args.positional(0));
    if (!kid) {
        return ctx.fail(kid.error());
    }
    return *applyPlan(ctx, args, ctx.keys().planRetire(*kid, args.isSet(u"force"_s)), Unlock::Never);
}

Outcome runRevoke(CliContext& ctx, const CliArgs& args)
{
    if (args.value(u"reason"_s).trimmed().isEmpty()) {
        return ctx.fail(u"keys revoke needs --reason TEXT"_s);
    }
    auto kid = resolveKid(ctx.keys(), args.positional(0));
    if (!kid) {
        return ctx.fail(kid.error());
    }
    return *applyPlan(ctx, args, ctx.keys().planRevoke(*kid, args.value(u"reason"_s)), Unlock::Never);
}

Outcome runJwks(CliContext& ctx, const CliArgs&)
{
    auto text = ctx.keys().jwksJson();
    if (!text) {
        return ctx.fail(text.error());
    }
    ctx.out() << QString::fromUtf8(*text);
    return Outcome::Ok;
}

Outcome runPolicy(CliContext& ctx, const CliArgs& args)
{
    auto current = ctx.keys().policy(args.isSet(u"purpose"_s) ? args.value(u"purpose"_s) : KeyStore::DefaultPurpose);
    if (!current) {
        return ctx.fail(current.error());
    }
    RotationPolicy policy = *current;
    bool changing = false;
    auto number = [&](const QString& option, qint64& out) -> bool {
        if (!args.isSet(option)) {
            return true;
        }
        bool ok = false;
        out = args.value(option).toLongLong(&ok);
        changing = true;
        return ok;
    };
    qint64 days = policy.rotateEveryDays;
    qint64 lease = policy.leewaySecs;
    qint64 maxAge = policy.jwksMaxAgeSecs;
    if (!number(u"rotate-every"_s, days) || !number(u"token-lifetime"_s, policy.tokenLifetimeSecs) ||
        !number(u"leeway"_s, lease) || !number(u"jwks-max-age"_s, maxAge) ||
        days > RotationPolicy::MaxRotateEveryDays || lease > RotationPolicy::MaxLeewaySecs ||
        maxAge > RotationPolicy::MaxJwksMaxAgeSecs) {
        return ctx.fail(u"--rotate-every, --token-lifetime, --leeway and --jwks-max-age take whole numbers in "
                        "range (see --help)"_s);
    }
    policy.rotateEveryDays = static_cast<int>(days);
    policy.leewaySecs = static_cast<int>(lease);
    policy.jwksMaxAgeSecs = static_cast<int>(maxAge);
    if (args.isSet(u"pre-generate"_s)) {
        const QString v = args.value(u"pre-generate"_s).toLower();
        if (v != u"yes"_s && v != u"no"_s) {
            return ctx.fail(u"--pre-generate is yes or no"_s);
        }
        policy.preGenerateNext = v == u"yes"_s;
        changing = true;
    }
    if (args.isSet(u"alg"_s)) {
        policy.alg = args.value(u"alg"_s);
        changing = true;
    }
    if (changing) {
        if (auto ok = ctx.keys().setPolicy(policy); !ok) {
            return ctx.fail(ok.error());
        }
    }
    if (args.json()) {
        ctx.printJson(policy.toJson());
        return Outcome::Ok;
    }
    auto rotation = ctx.keys().nextRotationMs(policy.purpose);
    ctx.out() << policyText(policy, rotation ? *rotation : 0);
    if (changing) {
        ctx.out() << "policy saved\n";
    }
    return Outcome::Ok;
}

Outcome runPassphrase(CliContext& ctx, const CliArgs& args)
{
    KeyVault& vault = ctx.vault();
    auto initialised = vault.isInitialised();
    if (!initialised) {
        return ctx.fail(initialised.error());
    }
    if (!*initialised) {
        return ctx.fail(u"no passphrase is set yet: the first command that needs one (generate, import) sets it"_s,
                        Outcome::Refused);
    }
    auto current = Passphrase::obtain({args.value(u"passphrase-file"_s), u"--passphrase-file"_s,
                                       u"AUTHSCOPE_PASSPHRASE"_s, u"the current key store passphrase"_s, false},
                                      ctx.err());
    if (!current) {
        return ctx.fail(current.error().message);
    }
    auto next = Passphrase::obtain({args.value(u"new-passphrase-file"_s), u"--new-passphrase-file"_s,
                                    u"AUTHSCOPE_NEW_PASSPHRASE"_s, u"the new key store passphrase"_s, true},
                                   ctx.err());
    if (!next) {
        return ctx.fail(next.error().message);
    }
    auto changed = vault.changePassphrase(*current, *next);
    Passphrase::wipe(*current); // D-ENV-SECRET
    Passphrase::wipe(*next);
    if (!changed) {
        return ctx.fail(changed.error());
    }
    ctx.out() << "passphrase changed; the data key was re-wrapped, the sealed keys are unchanged\n";
    return Outcome::Ok;
}

// ---- declarations ----------------------------------------------------------------------------------------------

const CliArgument kKid{u"KID"_s, u"The key (a unique prefix is enough)."_s};

CliOption passphraseFileOption()
{
    return CliOption(u"passphrase-file"_s,
                     u"Read the key store passphrase from the first line of FILE (else AUTHSCOPE_PASSPHRASE, else "
                     "a prompt on a terminal)."_s,
                     u"FILE"_s);
}

CliOption dryRunOption()
{
    return CliOption(u"dry-run"_s, u"Show what would change; change nothing."_s);
}

CliOption purposeOption()
{
    return CliOption(u"purpose"_s,
                     u"Key purpose (default: default). 'encryption' holds the keys tokens are encrypted to (use "
                     "enc, a JWE alg); they decrypt and never sign."_s,
                     u"P"_s);
}

QString exactlyOne(const QString& command, const QString& what)
{
    return u"keys %1 needs exactly one %2 (see --help)"_s.arg(command, what);
}

// A command on the key store about one key, given by KID (a prefix, which may start with a dash).
CliCommand oneKeyCommand(const QString& name, const QString& text, CliRun work)
{
    return CliCommand(name, text, std::move(work))
        .takes({kKid}, exactlyOne(name, u"KID"_s))
        .dashArgumentsAllowed()
        .opens(CliNeed::KeyStore);
}

// The group's commands in their usage order, in two lists so that each stays short.
QList<CliCommand> keyCommands()
{
    const QString kty = u"keys generate needs --kty RSA|EC|OKP|oct (see --help)"_s;
    return {
        CliCommand(u"list"_s, u"List the keys with their purpose (no passphrase needed)."_s, &runList)
            .with({jsonOption(u"Print a JSON array."_s)})
            .opens(CliNeed::KeyStore),
        CliCommand(u"generate"_s,
                   u"Generate a signing key, or with --purpose encryption a key tokens are encrypted to (its "
                   "private part is sealed under the key store passphrase)."_s,
                   &runGenerate)
            .refusesArgumentsWith(kty)
            .with(
                {CliOption(u"kty"_s, u"Key type: RSA, EC, OKP or oct."_s, u"KTY"_s).required(kty),
                 CliOption(u"alg"_s,
                           u"Algorithm (default: from the type; for --purpose encryption RSA-OAEP-256, "
                           "ECDH-ES+A256KW or A256KW)."_s,
                           u"ALG"_s),
                 CliOption(u"crv"_s, u"Curve: P-256, P-384, P-521, Ed25519, Ed448; X25519, X448 for encryption keys."_s,
                           u"CRV"_s),
                 CliOption(u"bits"_s, u"RSA modulus (2048, 3072 or 4096) or HMAC secret size in bits."_s, u"N"_s),
                 CliOption(u"state"_s, u"next or active (default: active when there is none, else next)."_s,
                           u"STATE"_s),
                 CliOption(u"kid"_s, u"Key ID (default: RFC 7638 thumbprint)."_s, u"KID"_s), purposeOption(),
                 dryRunOption(), passphraseFileOption()})
            .opens(CliNeed::KeyStore),
        CliCommand(u"import"_s,
                   u"Import signing keys (or with --purpose encryption, encryption keys) from a PEM, JWK or JWKS "
                   "file ('-' for standard input). A public key without its private part is imported as retiring: "
                   "it verifies old tokens and never signs."_s,
                   &runImport)
            .takes({{u"FILE"_s, u"The key file."_s}}, exactlyOne(u"import"_s, u"FILE"_s))
            .with({CliOption(u"state"_s, u"next, active or retiring."_s, u"STATE"_s),
                   CliOption(u"alg"_s, u"Algorithm for keys that do not name one."_s, u"ALG"_s), purposeOption(),
                   CliOption(u"pem-passphrase-file"_s,
                             u"For an encrypted PEM: read its passphrase from FILE (else AUTHSCOPE_FILE_PASSPHRASE, "
                             "else a prompt)."_s,
                             u"FILE"_s)
                       .deprecatedName(u"file-passphrase-file"_s),
                   dryRunOption(), passphraseFileOption()})
            .opens(CliNeed::KeyStore),
        oneKeyCommand(u"export"_s,
                      u"Export a key. Public by default (JWK or PEM SPKI). --private exports the private key, as a JWK "
                      "or as encrypted PKCS#8 PEM under an export passphrase; this is written to the audit log."_s,
                      &runExport)
            .with({CliOption(u"private"_s, u"Export the private key (audited)."_s),
                   CliOption(u"format"_s, u"jwk (default) or pem."_s, u"FORMAT"_s).defaultValue(u"jwk"_s),
                   CliOption(u"out"_s, u"Write to FILE (owner-only permissions) instead of standard output."_s,
                             u"FILE"_s),
                   CliOption(u"export-passphrase-file"_s,
                             u"For --private --format pem: read the passphrase that encrypts the PEM from FILE (else "
                             "AUTHSCOPE_EXPORT_PASSPHRASE, else a prompt)."_s,
                             u"FILE"_s),
                   passphraseFileOption()}),
        CliCommand(u"rotate"_s,
                   u"Rotate: the next key (or a new one of the same type) becomes active and the active key retires "
                   "once every token it signed has expired. --revoke-old revokes it instead, at once (a compromised "
                   "key)."_s,
                   &runRotate)
            .with({CliOption(u"revoke-old"_s, u"Revoke the old active key (its tokens fail at once)."_s),
                   CliOption(u"reason"_s, u"Why the old key is revoked."_s, u"TEXT"_s).withPrevious(), purposeOption(),
                   CliOption(u"if-due"_s, u"Only what the policy says is due now (for cron): retirements, a "
                                          "scheduled rotation, a pre-generated next key."_s),
                   CliOption(u"no-pre-generate"_s, u"Do not pre-generate the following next key."_s), dryRunOption(),
                   passphraseFileOption()})
            .opens(CliNeed::KeyStore),
    };
}

QList<CliCommand> keyCommandsContinued()
{
    return {
        oneKeyCommand(u"retire"_s,
                      u"Retire a key: it leaves the JWKS and is kept for the record. A retiring key whose tokens may "
                      "still be valid needs --force."_s,
                      &runRetire)
            .with({CliOption(u"force"_s, u"Retire even though tokens it signed are still valid (they fail)."_s),
                   dryRunOption()}),
        oneKeyCommand(u"revoke"_s,
                      u"Revoke a key: it leaves the JWKS at once and every token it signed fails. The active key is "
                      "revoked with rotate --revoke-old, so that another key signs."_s,
                      &runRevoke)
            .with(
                {CliOption(u"reason"_s, u"Why (recorded)."_s, u"TEXT"_s).required(u"keys revoke needs --reason TEXT"_s),
                 dryRunOption()}),
        CliCommand(u"jwks"_s,
                   u"Print the published JWKS: the next, active and retiring public keys, signing keys with use sig "
                   "and encryption keys with use enc (never a private member, never a secret)."_s,
                   &runJwks)
            .opens(CliNeed::KeyStore),
        CliCommand(u"policy"_s, u"Show or change the rotation policy. Without options it prints the policy."_s,
                   &runPolicy)
            .with(
                {CliOption(u"rotate-every"_s, u"Rotate automatically every DAYS days (0: by hand only)."_s, u"DAYS"_s),
                 CliOption(u"token-lifetime"_s, u"The longest lifetime of a token, in seconds."_s, u"SEC"_s),
                 CliOption(u"leeway"_s, u"Clock-skew leeway, 0-300 s."_s, u"SEC"_s),
                 CliOption(u"jwks-max-age"_s, u"How long relying parties may cache the JWKS, in seconds."_s, u"SEC"_s),
                 CliOption(u"pre-generate"_s, u"yes or no: publish the next key right after each rotation."_s,
                           u"yes|no"_s),
                 CliOption(u"alg"_s, u"Algorithm of keys generated from scratch."_s, u"ALG"_s), purposeOption(),
                 jsonOption(u"Print the policy as JSON."_s)})
            .opens(CliNeed::KeyStore),
        CliCommand(u"passphrase"_s,
                   u"Change the key store passphrase (the data key is re-wrapped; the sealed keys are not "
                   "touched)."_s,
                   &runPassphrase)
            .with({passphraseFileOption(),
                   CliOption(u"new-passphrase-file"_s,
                             u"Read the new passphrase from FILE (else AUTHSCOPE_NEW_PASSPHRASE, else a prompt, asked "
                             "twice)."_s,
                             u"FILE"_s)})
            .opens(CliNeed::KeyVault),
    };
}

const CliRegistrar registrar{CliGroup{
    u"keys"_s,
    u"Signing and encryption keys: list, generate, import, export, rotate, retire, revoke, JWKS, rotation policy, "
    "passphrase."_s,
    keyCommands() + keyCommandsContinued(),
    u"The key store passphrase comes from --passphrase-file FILE, else AUTHSCOPE_PASSPHRASE, else a prompt on a\n"
    "terminal; the first command that needs it sets it. Reading (list, jwks, policy, export) needs none.\nA KID may "
    "be a unique prefix; one that starts with '-' goes last, after '--' (keys retire -- -AbC).\nExit codes: 0 ok, 1 "
    "refused (the reason is printed), 2 usage or unusable input.\n"_s,
}};

} // namespace

} // namespace authscope::cli

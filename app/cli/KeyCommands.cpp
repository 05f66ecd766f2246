// authscope-cli keys list|generate|import|export|rotate|retire|revoke|jwks|policy|passphrase
#include "app/cli/CliCommand.h"
#include "app/cli/CliFormat.h"
#include "app/cli/Passphrase.h"

#include "core/audit/AuditLog.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/keys/RotationScheduler.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>

namespace authscope::cli {

namespace {

const QString kUsage = QStringLiteral(
    "Usage: authscope-cli [--db PATH] keys list [--json]\n"
    "       authscope-cli [--db PATH] keys generate --kty RSA|EC|OKP|oct [--alg ALG] [--crv CRV] [--bits N]\n"
    "                                 [--state next|active] [--kid KID] [--purpose P] [--dry-run]\n"
    "       authscope-cli [--db PATH] keys import FILE [--state next|active|retiring] [--alg ALG] [--dry-run]\n"
    "       authscope-cli [--db PATH] keys export KID [--private] [--format jwk|pem] [--out FILE]\n"
    "       authscope-cli [--db PATH] keys rotate [--revoke-old --reason TEXT] [--if-due] [--dry-run]\n"
    "       authscope-cli [--db PATH] keys retire KID [--force] [--dry-run]\n"
    "       authscope-cli [--db PATH] keys revoke KID --reason TEXT [--dry-run]\n"
    "       authscope-cli [--db PATH] keys jwks\n"
    "       authscope-cli [--db PATH] keys policy [--rotate-every DAYS] [--token-lifetime SEC] [--leeway SEC]\n"
    "                                 [--jwks-max-age SEC] [--pre-generate yes|no] [--alg ALG] [--json]\n"
    "       authscope-cli [--db PATH] keys passphrase\n"
    "The key store passphrase comes from --passphrase-file FILE, else AUTHSCOPE_PASSPHRASE, else a prompt on a\n"
    "terminal; the first command that needs it sets it. Reading (list, jwks, policy, export) needs none.\n"
    "A KID may be a unique prefix; one that starts with '-' goes last, after '--' (keys retire -- -AbC).\n"
    "Exit codes: 0 ok, 1 refused (the reason is printed), 2 usage or unusable input.\n");

// Errors that are a "no" to a well-formed request; everything else is a usage error or unusable input.
int exitCodeFor(const Error& error)
{
    static const QStringList refused{QStringLiteral("keys.illegal-transition"),
                                     QStringLiteral("keys.active-exists"),
                                     QStringLiteral("keys.next-exists"),
                                     QStringLiteral("keys.tokens-still-valid"),
                                     QStringLiteral("keys.active-needs-replacement"),
                                     QStringLiteral("keys.wrong-passphrase"),
                                     QStringLiteral("keys.changed"),
                                     QStringLiteral("keys.duplicate"),
                                     QStringLiteral("keys.no-active"),
                                     QStringLiteral("keys.public-only"),
                                     QStringLiteral("keys.no-public"),
                                     QStringLiteral("keys.vault-exists"),
                                     QStringLiteral("keys.locked")};
    return refused.contains(error.code) ? ExitRefused : ExitUsage;
}

QString age(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60) {
        return QStringLiteral("%1 s").arg(s);
    }
    const qint64 d = s / 86400;
    const qint64 h = (s % 86400) / 3600;
    const qint64 m = (s % 3600) / 60;
    if (d > 0) {
        return h > 0 ? QStringLiteral("%1 d %2 h").arg(d).arg(h) : QStringLiteral("%1 d").arg(d);
    }
    if (h > 0) {
        return m > 0 ? QStringLiteral("%1 h %2 min").arg(h).arg(m) : QStringLiteral("%1 h").arg(h);
    }
    return QStringLiteral("%1 min").arg(m);
}

// The store and its vault for one command.
struct Keys
{
    std::unique_ptr<KeyVault> vault;
    std::unique_ptr<KeyStore> store;
};

Result<Keys> openKeys(CliContext& ctx)
{
    auto db = ctx.database();
    if (!db) {
        return std::unexpected(db.error());
    }
    auto audit = ctx.audit();
    if (!audit) {
        return std::unexpected(audit.error());
    }
    Keys k;
    k.vault = std::make_unique<KeyVault>(**db, **audit, ctx.clock());
    k.store = std::make_unique<KeyStore>(**db, **audit, *k.vault, ctx.clock());
    return k;
}

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              QStringLiteral("Read the key store passphrase from the first line of FILE (else "
                                             "AUTHSCOPE_PASSPHRASE, else a prompt on a terminal)."),
                              QStringLiteral("FILE"));
}

// Unlocks the vault, setting the passphrase on first use. Returns an exit code on failure.
std::optional<int> unlock(CliContext& ctx, KeyVault& vault, const QString& passphraseFile)
{
    auto initialised = vault.isInitialised();
    if (!initialised) {
        return ctx.fail(initialised.error());
    }
    Passphrase::Request request{
        passphraseFile, QStringLiteral("--passphrase-file"), QStringLiteral("AUTHSCOPE_PASSPHRASE"),
        *initialised ? QStringLiteral("the key store passphrase") : QStringLiteral("a new key store passphrase"),
        !*initialised};
    auto passphrase = Passphrase::obtain(request, ctx.err());
    if (!passphrase) {
        return ctx.fail(passphrase.error().message, ExitUsage);
    }
    if (*initialised) {
        if (auto ok = vault.unlock(*passphrase); !ok) {
            return ctx.fail(ok.error(), exitCodeFor(ok.error()));
        }
        return std::nullopt;
    }
    if (auto ok = vault.initialise(*passphrase); !ok) {
        return ctx.fail(ok.error(), exitCodeFor(ok.error()));
    }
    ctx.err() << "authscope-cli: the key store passphrase is now set (first use). Keep it safe: without it the "
                 "private keys cannot be used or recovered."
              << Qt::endl;
    return std::nullopt;
}

// A kid given on the command line: exact, else a unique prefix (thumbprints are long).
Result<QString> resolveKid(KeyStore& store, const QString& given)
{
    auto rows = store.list();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    QStringList matches;
    for (const KeyRecord& r : std::as_const(*rows)) {
        if (r.kid == given) {
            return r.kid;
        }
        if (r.kid.startsWith(given)) {
            matches << r.kid;
        }
    }
    if (matches.size() == 1 && !given.isEmpty()) {
        return matches.constFirst();
    }
    if (matches.size() > 1) {
        return fail(QStringLiteral("keys.ambiguous"),
                    QStringLiteral("'%1' matches %2 keys: %3").arg(given).arg(matches.size()).arg(matches.join(u", ")));
    }
    return fail(QStringLiteral("keys.not-found"), QStringLiteral("there is no key with kid '%1'").arg(given));
}

// A thumbprint kid may start with '-', which QCommandLineParser reads as options. A long argument with one leading
// '-' is no option of ours, so it is moved behind "--" (a kid that starts with "--" has to be given that way).
QStringList kidsLast(const QStringList& args)
{
    QStringList options;
    QStringList kids;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        static const QStringList takesValue{QStringLiteral("--reason"), QStringLiteral("--format"),
                                            QStringLiteral("--out"), QStringLiteral("--passphrase-file"),
                                            QStringLiteral("--export-passphrase-file")};
        const bool isValue = i > 0 && takesValue.contains(args.at(i - 1));
        if (i > 0 && !isValue && a.size() >= 20 && a.startsWith(u'-') && !a.startsWith(QStringLiteral("--"))) {
            kids << a;
        } else {
            options << a;
        }
    }
    if (kids.isEmpty()) {
        return args;
    }
    if (!options.contains(QStringLiteral("--"))) {
        options << QStringLiteral("--");
    }
    return options + kids;
}

std::optional<KeyState> stateArgument(const QString& text)
{
    return KeyStates::fromName(text.toLower());
}

QString whatNext(const KeyRecord& r, qint64 now, const RotationPolicy& policy, qint64 nextRotation)
{
    switch (r.state) {
    case KeyState::Active:
        if (nextRotation > 0) {
            return nextRotation > now ? QStringLiteral("rotates in %1").arg(age(nextRotation - now))
                                      : QStringLiteral("rotation due now");
        }
        return QStringLiteral("signs; rotation by hand");
    case KeyState::Next:
        if (policy.isScheduled() && nextRotation > 0 && r.purpose == policy.purpose) {
            return QStringLiteral("signs from the rotation in %1").arg(age(std::max<qint64>(0, nextRotation - now)));
        }
        return QStringLiteral("published; signs from the next rotation");
    case KeyState::Retiring:
        return QStringLiteral("retires in %1").arg(age(r.retireAfterMs - now));
    case KeyState::Retired:
        return QStringLiteral("retired %1 ago").arg(age(now - r.retiredMs));
    case KeyState::Revoked:
        return QStringLiteral("revoked %1 ago: %2").arg(age(now - r.revokedMs), r.revokeReason);
    }
    return {};
}

void printPlan(CliContext& ctx, const KeyChangePlan& plan, bool dryRun)
{
    if (dryRun) {
        ctx.out() << "dry run: nothing was changed\n";
    }
    ctx.out() << plan.summary() << '\n';
}

int runList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the signing keys (no passphrase needed)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOption(json);
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("keys list takes no arguments (see --help)"));
    }
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto rows = keys->store->list();
    if (!rows) {
        return ctx.fail(rows.error());
    }
    const qint64 now = ctx.clock().nowMs();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const KeyRecord& r : std::as_const(*rows)) {
            array.append(r.toJson(now));
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QList<QStringList> table;
    for (const KeyRecord& r : std::as_const(*rows)) {
        auto policy = keys->store->policy(r.purpose);
        auto rotation = keys->store->nextRotationMs(r.purpose);
        table << QStringList{r.kid,
                             KeyStates::name(r.state),
                             r.alg,
                             r.kty == QStringLiteral("RSA") ? QStringLiteral("RSA-%1").arg(r.bits)
                             : r.curve.isEmpty()            ? QStringLiteral("%1-bit secret").arg(r.bits)
                                                            : r.curve,
                             r.purpose,
                             age(now - r.createdMs),
                             whatNext(r, now, policy ? *policy : RotationPolicy{}, rotation ? *rotation : 0)};
    }
    ctx.out() << formatTable({QStringLiteral("KID"), QStringLiteral("STATE"), QStringLiteral("ALG"),
                              QStringLiteral("KEY"), QStringLiteral("PURPOSE"), QStringLiteral("AGE"),
                              QStringLiteral("NEXT")},
                             table);
    auto info = keys->vault->info();
    ctx.out() << QStringLiteral("%1 key(s); passphrase %2\n")
                     .arg(rows->size())
                     .arg(info && info->initialised ? QStringLiteral("set") : QStringLiteral("not set yet"));
    return ExitOk;
}

int runGenerate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generate a signing key (its private part is sealed under the "
                                                    "key store passphrase)."));
    const QCommandLineOption kty(QStringLiteral("kty"), QStringLiteral("Key type: RSA, EC, OKP or oct."),
                                 QStringLiteral("KTY"));
    const QCommandLineOption alg(QStringLiteral("alg"), QStringLiteral("Algorithm (default: from the type)."),
                                 QStringLiteral("ALG"));
    const QCommandLineOption crv(QStringLiteral("crv"), QStringLiteral("Curve: P-256, P-384, P-521, Ed25519, Ed448."),
                                 QStringLiteral("CRV"));
    const QCommandLineOption bits(QStringLiteral("bits"), QStringLiteral("RSA modulus or HMAC secret size in bits."),
                                  QStringLiteral("N"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("next or active (default: active when there is none, else next)."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption kid(QStringLiteral("kid"), QStringLiteral("Key ID (default: RFC 7638 thumbprint)."),
                                 QStringLiteral("KID"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QStringLiteral("Signing purpose (default: default)."),
                                     QStringLiteral("P"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Show what would change; change nothing."));
    const QCommandLineOption passFile = passphraseFileOption();
    parser.addOptions({kty, alg, crv, bits, state, kid, purpose, dryRun, passFile});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.isSet(kty) || !parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("keys generate needs --kty RSA|EC|OKP|oct (see --help)"));
    }
    KeyStore::GenerateRequest request;
    request.kty = parser.value(kty);
    if (request.kty.compare(QStringLiteral("oct"), Qt::CaseInsensitive) == 0) {
        request.kty = QStringLiteral("oct");
    } else {
        request.kty = request.kty.toUpper();
    }
    request.alg = parser.value(alg);
    request.curve = parser.value(crv);
    request.kid = parser.value(kid);
    if (parser.isSet(purpose)) {
        request.purpose = parser.value(purpose);
    }
    if (parser.isSet(bits)) {
        bool ok = false;
        request.bits = parser.value(bits).toInt(&ok);
        if (!ok || request.bits <= 0) {
            return ctx.fail(QStringLiteral("--bits needs a positive number"));
        }
    }
    if (parser.isSet(state)) {
        request.state = stateArgument(parser.value(state));
        if (!request.state || (*request.state != KeyState::Next && *request.state != KeyState::Active)) {
            return ctx.fail(QStringLiteral("--state is next or active"));
        }
    }
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto plan = keys->store->planGenerate(request);
    if (!plan) {
        return ctx.fail(plan.error(), exitCodeFor(plan.error()));
    }
    if (parser.isSet(dryRun)) {
        printPlan(ctx, *plan, true);
        return ExitOk;
    }
    if (auto failed = unlock(ctx, *keys->vault, parser.value(passFile))) {
        return *failed;
    }
    if (auto done = keys->store->apply(*plan); !done) {
        return ctx.fail(done.error(), exitCodeFor(done.error()));
    }
    const jose::Jwk& key = plan->newKeys.constFirst().key;
    ctx.out() << QStringLiteral("generated %1 %2 key %3 as %4\n")
                     .arg(key.alg(), key.typeName(), key.kid(), KeyStates::name(plan->newKeys.constFirst().state));
    return ExitOk;
}

int runImport(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import signing keys from a PEM, JWK or JWKS file ('-' for "
                                                    "standard input). A public key without its private part is "
                                                    "imported as retiring: it verifies old tokens and never signs."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The key file."));
    const QCommandLineOption state(QStringLiteral("state"), QStringLiteral("next, active or retiring."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption alg(QStringLiteral("alg"), QStringLiteral("Algorithm for keys that do not name one."),
                                 QStringLiteral("ALG"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QStringLiteral("Signing purpose (default: default)."),
                                     QStringLiteral("P"));
    const QCommandLineOption filePass(QStringLiteral("file-passphrase-file"),
                                      QStringLiteral("For an encrypted PEM: read its passphrase from FILE (else "
                                                     "AUTHSCOPE_FILE_PASSPHRASE, else a prompt)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Show what would change; change nothing."));
    const QCommandLineOption passFile = passphraseFileOption();
    parser.addOptions({state, alg, purpose, filePass, dryRun, passFile});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("keys import needs exactly one FILE (see --help)"));
    }
    const QString path = parser.positionalArguments().constFirst();
    auto contents = path == QStringLiteral("-") ? ctx.readInput(path) : ctx.readFile(path);
    if (!contents) {
        return ctx.fail(contents.error());
    }
    KeyStore::ImportOptions options;
    options.alg = parser.value(alg);
    if (parser.isSet(purpose)) {
        options.purpose = parser.value(purpose);
    }
    if (parser.isSet(state)) {
        options.state = stateArgument(parser.value(state));
        if (!options.state) {
            return ctx.fail(QStringLiteral("--state is next, active or retiring"));
        }
    }
    if (contents->contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || contents->contains("Proc-Type: 4,ENCRYPTED")) {
        auto filePassphrase = Passphrase::obtain({parser.value(filePass), QStringLiteral("--file-passphrase-file"),
                                                  QStringLiteral("AUTHSCOPE_FILE_PASSPHRASE"),
                                                  QStringLiteral("the passphrase of %1").arg(path), false},
                                                 ctx.err());
        if (!filePassphrase) {
            return ctx.fail(filePassphrase.error().message, ExitUsage);
        }
        options.filePassphrase = filePassphrase->toUtf8();
    }
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto plan = keys->store->planImport(*contents, options);
    options.filePassphrase.fill('\0');
    if (!plan) {
        return ctx.fail(plan.error(), exitCodeFor(plan.error()));
    }
    if (parser.isSet(dryRun)) {
        printPlan(ctx, *plan, true);
        return ExitOk;
    }
    if (auto failed = unlock(ctx, *keys->vault, parser.value(passFile))) {
        return *failed;
    }
    if (auto done = keys->store->apply(*plan); !done) {
        return ctx.fail(done.error(), exitCodeFor(done.error()));
    }
    for (const KeyChangePlan::NewKey& k : std::as_const(plan->newKeys)) {
        ctx.out() << QStringLiteral("imported %1 %2 key %3 as %4%5\n")
                         .arg(k.key.alg(), k.key.typeName(), k.key.kid(), KeyStates::name(k.state),
                              k.key.isPrivate() ? QString() : QStringLiteral(" (public only: verifies, never signs)"));
    }
    return ExitOk;
}

int runExport(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export a key. Public by default (JWK or PEM SPKI). --private exports the private key, as a "
                       "JWK or as encrypted PKCS#8 PEM under an export passphrase; this is written to the audit "
                       "log."));
    parser.addPositionalArgument(QStringLiteral("KID"), QStringLiteral("The key (a unique prefix is enough)."));
    const QCommandLineOption priv(QStringLiteral("private"), QStringLiteral("Export the private key (audited)."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("jwk (default) or pem."),
                                    QStringLiteral("FORMAT"), QStringLiteral("jwk"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     QStringLiteral("Write to FILE (owner-only permissions) instead of standard "
                                                    "output."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption exportPass(QStringLiteral("export-passphrase-file"),
                                        QStringLiteral("For --private --format pem: read the passphrase that "
                                                       "encrypts the PEM from FILE (else AUTHSCOPE_EXPORT_PASSPHRASE, "
                                                       "else a prompt)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption passFile = passphraseFileOption();
    parser.addOptions({priv, format, outFile, exportPass, passFile});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, kidsLast(args), code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("keys export needs exactly one KID (see --help)"));
    }
    const QString formatName = parser.value(format).toLower();
    if (formatName != QStringLiteral("jwk") && formatName != QStringLiteral("pem")) {
        return ctx.fail(QStringLiteral("--format is jwk or pem"));
    }
    const auto fmt = formatName == QStringLiteral("pem") ? KeyStore::ExportFormat::Pem : KeyStore::ExportFormat::Jwk;
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto kid = resolveKid(*keys->store, parser.positionalArguments().constFirst());
    if (!kid) {
        return ctx.fail(kid.error(), exitCodeFor(kid.error()));
    }
    Result<QByteArray> data = QByteArray();
    if (parser.isSet(priv)) {
        QByteArray pemPassphrase;
        if (fmt == KeyStore::ExportFormat::Pem) {
            auto p = Passphrase::obtain({parser.value(exportPass), QStringLiteral("--export-passphrase-file"),
                                         QStringLiteral("AUTHSCOPE_EXPORT_PASSPHRASE"),
                                         QStringLiteral("the passphrase that encrypts the exported PEM"), true},
                                        ctx.err());
            if (!p) {
                return ctx.fail(p.error().message, ExitUsage);
            }
            pemPassphrase = p->toUtf8();
        }
        if (auto failed = unlock(ctx, *keys->vault, parser.value(passFile))) {
            return *failed;
        }
        data = keys->store->exportPrivate(*kid, fmt, pemPassphrase);
        pemPassphrase.fill('\0');
    } else {
        data = keys->store->exportPublic(*kid, fmt);
    }
    if (!data) {
        return ctx.fail(data.error(), exitCodeFor(data.error()));
    }
    if (parser.isSet(outFile)) {
        QSaveFile file(parser.value(outFile));
        if (!file.open(QIODevice::WriteOnly)) {
            return ctx.fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(*data);
        data->fill('\0');
        if (!file.commit()) {
            return ctx.fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        ctx.err() << "authscope-cli: wrote " << file.fileName() << Qt::endl;
        return ExitOk;
    }
    ctx.out() << QString::fromUtf8(*data);
    if (!data->endsWith('\n')) {
        ctx.out() << '\n';
    }
    data->fill('\0');
    return ExitOk;
}

int runRotate(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rotate: the next key (or a new one of the same type) becomes active and the active key "
                       "retires once every token it signed has expired. --revoke-old revokes it instead, at once "
                       "(a compromised key)."));
    const QCommandLineOption revokeOld(QStringLiteral("revoke-old"),
                                       QStringLiteral("Revoke the old active key (its tokens fail at once)."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why the old key is revoked."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QStringLiteral("Signing purpose (default: default)."),
                                     QStringLiteral("P"));
    const QCommandLineOption ifDue(QStringLiteral("if-due"),
                                   QStringLiteral("Only what the policy says is due now (for cron): retirements, a "
                                                  "scheduled rotation, a pre-generated next key."));
    const QCommandLineOption noPre(QStringLiteral("no-pre-generate"),
                                   QStringLiteral("Do not pre-generate the following next key."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Show what would change; change nothing."));
    const QCommandLineOption passFile = passphraseFileOption();
    parser.addOptions({revokeOld, reason, purpose, ifDue, noPre, dryRun, passFile});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("keys rotate takes no arguments (see --help)"));
    }
    if (parser.isSet(revokeOld) && parser.value(reason).trimmed().isEmpty()) {
        return ctx.fail(QStringLiteral("--revoke-old needs --reason TEXT"));
    }
    if (parser.isSet(reason) && !parser.isSet(revokeOld)) {
        return ctx.fail(QStringLiteral("--reason goes with --revoke-old"));
    }
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    if (parser.isSet(ifDue)) {
        // Unlock only when a passphrase is at hand: promotion needs none, pre-generation does.
        auto initialised = keys->vault->isInitialised();
        if (initialised && *initialised &&
            (parser.isSet(passFile) || qEnvironmentVariableIsSet("AUTHSCOPE_PASSPHRASE"))) {
            if (auto failed = unlock(ctx, *keys->vault, parser.value(passFile))) {
                return *failed;
            }
        }
        auto report = RotationScheduler(*keys->store).runMaintenance();
        if (!report) {
            return ctx.fail(report.error());
        }
        for (const QString& kid : std::as_const(report->retired)) {
            ctx.out() << "retired " << kid << '\n';
        }
        for (qsizetype i = 0; i < report->rotatedTo.size(); ++i) {
            ctx.out() << "rotated " << report->rotatedFrom.value(i) << " -> " << report->rotatedTo.at(i) << '\n';
        }
        for (const QString& kid : std::as_const(report->generated)) {
            ctx.out() << "pre-generated next key " << kid << '\n';
        }
        for (const QString& note : std::as_const(report->notes)) {
            ctx.out() << "note: " << note << '\n';
        }
        if (!report->changedAnything()) {
            ctx.out() << "nothing due\n";
        }
        return ExitOk;
    }
    KeyStore::RotateOptions options;
    if (parser.isSet(purpose)) {
        options.purpose = parser.value(purpose);
    }
    options.revokeOld = parser.isSet(revokeOld);
    options.reason = parser.value(reason);
    if (parser.isSet(noPre)) {
        options.preGenerateNext = false;
    }
    auto plan = keys->store->planRotate(options);
    if (!plan) {
        return ctx.fail(plan.error(), exitCodeFor(plan.error()));
    }
    if (parser.isSet(dryRun)) {
        printPlan(ctx, *plan, true);
        return ExitOk;
    }
    if (plan->needsVault()) {
        if (auto failed = unlock(ctx, *keys->vault, parser.value(passFile))) {
            return *failed;
        }
    }
    if (auto done = keys->store->apply(*plan); !done) {
        return ctx.fail(done.error(), exitCodeFor(done.error()));
    }
    printPlan(ctx, *plan, false);
    return ExitOk;
}

// The end of every plain key change: refuse with the plan's reason, show it on --dry-run, else apply and show it.
int applyPlan(CliContext& ctx, KeyStore& store, const Result<KeyChangePlan>& plan, bool dryRun)
{
    if (!plan) {
        return ctx.fail(plan.error(), exitCodeFor(plan.error()));
    }
    if (dryRun) {
        printPlan(ctx, *plan, true);
        return ExitOk;
    }
    if (auto done = store.apply(*plan); !done) {
        return ctx.fail(done.error(), exitCodeFor(done.error()));
    }
    printPlan(ctx, *plan, false);
    return ExitOk;
}

int runRetire(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Retire a key: it leaves the JWKS and is kept for the record. A "
                                                    "retiring key whose tokens may still be valid needs --force."));
    parser.addPositionalArgument(QStringLiteral("KID"), QStringLiteral("The key (a unique prefix is enough)."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Retire even though tokens it signed are still valid (they fail)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Show what would change; change nothing."));
    parser.addOptions({force, dryRun});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, kidsLast(args), code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("keys retire needs exactly one KID (see --help)"));
    }
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto kid = resolveKid(*keys->store, parser.positionalArguments().constFirst());
    if (!kid) {
        return ctx.fail(kid.error(), exitCodeFor(kid.error()));
    }
    return applyPlan(ctx, *keys->store, keys->store->planRetire(*kid, parser.isSet(force)), parser.isSet(dryRun));
}

int runRevoke(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Revoke a key: it leaves the JWKS at once and every token it "
                                                    "signed fails. The active key is revoked with rotate "
                                                    "--revoke-old, so that another key signs."));
    parser.addPositionalArgument(QStringLiteral("KID"), QStringLiteral("The key (a unique prefix is enough)."));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (recorded)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Show what would change; change nothing."));
    parser.addOptions({reason, dryRun});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, kidsLast(args), code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(QStringLiteral("keys revoke needs exactly one KID (see --help)"));
    }
    if (parser.value(reason).trimmed().isEmpty()) {
        return ctx.fail(QStringLiteral("keys revoke needs --reason TEXT"));
    }
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto kid = resolveKid(*keys->store, parser.positionalArguments().constFirst());
    if (!kid) {
        return ctx.fail(kid.error(), exitCodeFor(kid.error()));
    }
    return applyPlan(ctx, *keys->store, keys->store->planRevoke(*kid, parser.value(reason)), parser.isSet(dryRun));
}

int runJwks(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print the published JWKS: the next, active and retiring public "
                                                    "keys (never a private member, never an HMAC secret)."));
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("keys jwks takes no arguments (see --help)"));
    }
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto text = keys->store->jwksJson();
    if (!text) {
        return ctx.fail(text.error());
    }
    ctx.out() << QString::fromUtf8(*text);
    return ExitOk;
}

int runPolicy(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show or change the rotation policy. Without options it prints "
                                                    "the policy."));
    const QCommandLineOption every(QStringLiteral("rotate-every"),
                                   QStringLiteral("Rotate automatically every DAYS days (0: by hand only)."),
                                   QStringLiteral("DAYS"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      QStringLiteral("The longest lifetime of a token, in seconds."),
                                      QStringLiteral("SEC"));
    const QCommandLineOption leeway(QStringLiteral("leeway"), QStringLiteral("Clock-skew leeway, 0-300 s."),
                                    QStringLiteral("SEC"));
    const QCommandLineOption maxAge(QStringLiteral("jwks-max-age"),
                                    QStringLiteral("How long relying parties may cache the JWKS, in seconds."),
                                    QStringLiteral("SEC"));
    const QCommandLineOption pre(QStringLiteral("pre-generate"),
                                 QStringLiteral("yes or no: publish the next key right after each rotation."),
                                 QStringLiteral("yes|no"));
    const QCommandLineOption alg(QStringLiteral("alg"), QStringLiteral("Algorithm of keys generated from scratch."),
                                 QStringLiteral("ALG"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QStringLiteral("Signing purpose (default: default)."),
                                     QStringLiteral("P"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the policy as JSON."));
    parser.addOptions({every, lifetime, leeway, maxAge, pre, alg, purpose, json});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("keys policy takes no arguments (see --help)"));
    }
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto current = keys->store->policy(parser.isSet(purpose) ? parser.value(purpose) : KeyStore::DefaultPurpose);
    if (!current) {
        return ctx.fail(current.error());
    }
    RotationPolicy policy = *current;
    bool changing = false;
    auto number = [&](const QCommandLineOption& option, qint64& out) -> bool {
        if (!parser.isSet(option)) {
            return true;
        }
        bool ok = false;
        out = parser.value(option).toLongLong(&ok);
        changing = true;
        return ok;
    };
    qint64 days = policy.rotateEveryDays;
    qint64 lease = policy.leewaySecs;
    qint64 age = policy.jwksMaxAgeSecs;
    if (!number(every, days) || !number(lifetime, policy.tokenLifetimeSecs) || !number(leeway, lease) ||
        !number(maxAge, age) || days > RotationPolicy::MaxRotateEveryDays || lease > RotationPolicy::MaxLeewaySecs ||
        age > RotationPolicy::MaxJwksMaxAgeSecs) {
        return ctx.fail(QStringLiteral("--rotate-every, --token-lifetime, --leeway and --jwks-max-age take whole "
                                       "numbers in range (see --help)"));
    }
    policy.rotateEveryDays = static_cast<int>(days);
    policy.leewaySecs = static_cast<int>(lease);
    policy.jwksMaxAgeSecs = static_cast<int>(age);
    if (parser.isSet(pre)) {
        const QString v = parser.value(pre).toLower();
        if (v != QStringLiteral("yes") && v != QStringLiteral("no")) {
            return ctx.fail(QStringLiteral("--pre-generate is yes or no"));
        }
        policy.preGenerateNext = v == QStringLiteral("yes");
        changing = true;
    }
    if (parser.isSet(alg)) {
        policy.alg = parser.value(alg);
        changing = true;
    }
    if (changing) {
        if (auto ok = keys->store->setPolicy(policy); !ok) {
            return ctx.fail(ok.error(), ExitUsage);
        }
    }
    if (parser.isSet(json)) {
        ctx.out() << QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    auto rotation = keys->store->nextRotationMs(policy.purpose);
    ctx.out() << "purpose:           " << policy.purpose << '\n'
              << "rotate every:      "
              << (policy.isScheduled() ? QStringLiteral("%1 day(s)").arg(policy.rotateEveryDays)
                                       : QStringLiteral("by hand only"))
              << '\n'
              << "next rotation:     "
              << (rotation && *rotation > 0 ? formatUtc(*rotation) : QStringLiteral("not scheduled")) << '\n'
              << "pre-generate next: " << (policy.preGenerateNext ? "yes" : "no") << '\n'
              << "token lifetime:    " << policy.tokenLifetimeSecs << " s\n"
              << "leeway:            " << policy.leewaySecs << " s\n"
              << "JWKS cache time:   " << policy.jwksMaxAgeSecs << " s\n"
              << "new keys:          " << policy.alg << '\n';
    if (changing) {
        ctx.out() << "policy saved\n";
    }
    return ExitOk;
}

int runPassphrase(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Change the key store passphrase (the data key is re-wrapped; "
                                                    "the sealed keys are not touched)."));
    const QCommandLineOption passFile = passphraseFileOption();
    const QCommandLineOption newFile(QStringLiteral("new-passphrase-file"),
                                     QStringLiteral("Read the new passphrase from FILE (else AUTHSCOPE_NEW_PASSPHRASE, "
                                                    "else a prompt, asked twice)."),
                                     QStringLiteral("FILE"));
    parser.addOptions({passFile, newFile});
    int code = ExitOk;
    if (!parseCommandLine(ctx, parser, args, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("keys passphrase takes no arguments (see --help)"));
    }
    auto keys = openKeys(ctx);
    if (!keys) {
        return ctx.fail(keys.error());
    }
    auto initialised = keys->vault->isInitialised();
    if (!initialised) {
        return ctx.fail(initialised.error());
    }
    if (!*initialised) {
        return ctx.fail(QStringLiteral("no passphrase is set yet: the first command that needs one (generate, "
                                       "import) sets it"),
                        ExitRefused);
    }
    auto current = Passphrase::obtain({parser.value(passFile), QStringLiteral("--passphrase-file"),
                                       QStringLiteral("AUTHSCOPE_PASSPHRASE"),
                                       QStringLiteral("the current key store passphrase"), false},
                                      ctx.err());
    if (!current) {
        return ctx.fail(current.error().message, ExitUsage);
    }
    auto next = Passphrase::obtain({parser.value(newFile), QStringLiteral("--new-passphrase-file"),
                                    QStringLiteral("AUTHSCOPE_NEW_PASSPHRASE"),
                                    QStringLiteral("the new key store passphrase"), true},
                                   ctx.err());
    if (!next) {
        return ctx.fail(next.error().message, ExitUsage);
    }
    if (auto ok = keys->vault->changePassphrase(*current, *next); !ok) {
        return ctx.fail(ok.error(), exitCodeFor(ok.error()));
    }
    ctx.out() << "passphrase changed; the data key was re-wrapped, the sealed keys are unchanged\n";
    return ExitOk;
}

int runKeys(CliContext& ctx, const QStringList& args)
{
    return dispatchSubcommands(ctx, args, kUsage,
                               {{QStringLiteral("list"), &runList},
                                {QStringLiteral("generate"), &runGenerate},
                                {QStringLiteral("import"), &runImport},
                                {QStringLiteral("export"), &runExport},
                                {QStringLiteral("rotate"), &runRotate},
                                {QStringLiteral("retire"), &runRetire},
                                {QStringLiteral("revoke"), &runRevoke},
                                {QStringLiteral("jwks"), &runJwks},
                                {QStringLiteral("policy"), &runPolicy},
                                {QStringLiteral("passphrase"), &runPassphrase}});
}

const CliRegistrar registrar{{QStringLiteral("keys"),
                              QStringLiteral("Signing keys: list, generate, import, export, rotate, retire, revoke, "
                                             "JWKS, rotation policy, passphrase."),
                              &runKeys}};

} // namespace

} // namespace authscope::cli

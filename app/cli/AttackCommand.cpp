// `attack`: the self-attack check of docs/security.md against the built-in server or a given URL.

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/Passphrase.h"

#include "core/jose/JwkSet.h"
#include "core/lab/AttackRunner.h"

#include <unistd.h>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

// The target's private signing key from a JWK, JWK Set or PEM file: the first private key in it.
Result<jose::Jwk> readSigningKey(CliContext& ctx, const QString& path)
{
    auto contents = ctx.readFile(path);
    if (!contents) {
        return std::unexpected(contents.error());
    }
    auto key = lab::AttackRunner::signingKeyFromFile(*contents);
    if (!key) {
        return authscope::fail(key.error().code, u"--key %1: %2"_s.arg(path, key.error().message));
    }
    return key;
}

// The --url server, its --user with that user's password, and its signing key when given.
Result<lab::AttackTarget> remoteTarget(CliContext& ctx, const CliArgs& args)
{
    lab::AttackTarget target;
    target.baseUrl = args.value(u"url"_s);
    target.username = args.value(u"user"_s);
    Passphrase::Request request;
    request.file = args.value(u"password-file"_s);
    request.fileOption = u"--password-file"_s;
    request.envVar = u"AUTHSCOPE_ATTACK_PASSWORD"_s;
    request.what = u"the password of %1"_s.arg(target.username);
    auto password = Passphrase::obtain(request, ctx.err());
    if (!password) {
        return std::unexpected(password.error());
    }
    target.password = password->toUtf8();
    Passphrase::wipe(*password); // D-ENV-SECRET
    if (args.isSet(u"key"_s)) {
        auto signing = readSigningKey(ctx, args.value(u"key"_s));
        if (!signing) {
            return std::unexpected(signing.error());
        }
        target.signingKey = *signing;
    }
    return target;
}

Outcome runAttack(CliContext& ctx, const CliArgs& args)
{
    const QList<lab::AttackSpec> catalogue = lab::AttackRunner::catalogue();
    if (args.isSet(u"list"_s)) {
        for (const lab::AttackSpec& spec : catalogue) {
            ctx.out() << spec.id << "  " << spec.category << "  " << spec.description << "  [" << spec.reference
                      << "]\n";
        }
        return Outcome::Ok;
    }
    const QStringList onlyIds = args.values(u"only"_s);
    for (const QString& id : onlyIds) {
        if (std::none_of(catalogue.cbegin(), catalogue.cend(),
                         [&id](const lab::AttackSpec& s) { return s.id == id; })) {
            return ctx.fail(u"--only: no attack '%1' (see --list)"_s.arg(id));
        }
    }

    lab::AttackTarget target;
    lab::SelfAttackEnvironment environment;
    QString targetNote;
    if (args.isSet(u"url"_s)) {
        if (!args.isSet(u"user"_s)) {
            return ctx.fail(u"--url needs --user (a user of that server to log in as)"_s);
        }
        auto remote = remoteTarget(ctx, args);
        if (!remote) {
            return ctx.fail(remote.error());
        }
        target = *remote;
        targetNote = target.baseUrl;
    } else {
        for (const QString& option : {u"user"_s, u"password-file"_s, u"key"_s}) {
            if (args.isSet(option)) {
                return ctx.fail(u"--%1 needs --url (the built-in server brings its own)"_s.arg(option));
            }
        }
        auto started = environment.start();
        if (!started) {
            return ctx.fail(started.error());
        }
        target = *started;
        targetNote = target.baseUrl + u" (built-in server, scratch database)"_s;
    }

    const bool asJson = args.json();
    const bool showProgress = !asJson && ::isatty(STDERR_FILENO) == 1;
    lab::AttackRunner runner;
    runner.setOnly(onlyIds);
    auto results = runner.run(target, [&](int done, int total, const lab::AttackResult& result) {
        if (showProgress) {
            ctx.err() << "\r\033[K" << done << "/" << total << " " << result.spec.id << Qt::flush;
        }
        return true;
    });
    if (showProgress) {
        ctx.err() << "\r\033[K" << Qt::flush;
    }
    if (!results) {
        return ctx.fail(results.error());
    }
    const lab::AttackSummary summary = lab::AttackRunner::summarise(*results);
    if (asJson) {
        ctx.printJson(lab::AttackRunner::toJson(*results, target.baseUrl));
    } else {
        ctx.out() << "Target: " << targetNote << "\n\n" << lab::AttackRunner::formatTable(*results);
    }
    return summary.allRefused() ? Outcome::Ok : Outcome::Refused;
}

const CliRegistrar registrar{
    CliCommand(
        u"attack"_s,
        u"Runs the attack set of docs/security.md (alg none, key confusion, embedded jwk, jku/x5u, kid injection, "
        "ECDSA r=s=0, crit, b64, duplicate members, bad claims, oversized and nested tokens, a revoked key, "
        "session fixation and replay, refresh token replay) as real HTTP requests and prints attack, expected, "
        "got and pass/FAIL. Without --url it starts the built-in test server on a scratch database in a "
        "temporary directory (the --db database is not touched). Exit 0 only when every attack was refused; 1 "
        "when any was accepted or could not be judged; 2 for bad arguments or a target that cannot be attacked "
        "at all. Skipped rows (a precondition this target cannot meet) do not fail the check."_s,
        &runAttack)
        .listed(u"Self-attack check: the attacks of docs/security.md against a server"_s)
        .with({CliOption(u"url"_s,
                         u"Attack this server instead (http only; it needs the endpoints of the built-in server)."_s,
                         u"URL"_s),
               CliOption(u"user"_s, u"A user of the --url server to log in as."_s, u"NAME"_s),
               CliOption(u"password-file"_s,
                         u"Read that user's password from FILE (else AUTHSCOPE_ATTACK_PASSWORD, else a prompt)."_s,
                         u"FILE"_s),
               CliOption(u"key"_s,
                         u"The --url server's private signing key (PEM or JWK): the claim attacks are then signed "
                         "with it; without it they are skipped."_s,
                         u"FILE"_s),
               CliOption(u"only"_s, u"Run only this attack (repeatable; see --list)."_s, u"ID"_s).repeatable(),
               CliOption(u"list"_s, u"List the attacks and exit."_s),
               jsonOption(u"Print JSON instead of a table."_s)})};

} // namespace

} // namespace authscope::cli

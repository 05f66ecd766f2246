// `attack`: the self-attack check of docs/security.md against the built-in server or a given URL.

#include "app/cli/CliCommand.h"
#include "app/cli/Passphrase.h"

#include "core/jose/JwkSet.h"
#include "core/lab/AttackRunner.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <unistd.h>

namespace authscope::cli {

namespace {

// The target's private signing key from a JWK, JWK Set or PEM file: the first private key in it.
Result<jose::Jwk> readSigningKey(CliContext& ctx, const QString& path)
{
    auto contents = ctx.readFile(path);
    if (!contents) {
        return std::unexpected(contents.error());
    }
    auto key = lab::AttackRunner::signingKeyFromFile(*contents);
    if (!key) {
        return authscope::fail(key.error().code, QStringLiteral("--key %1: %2").arg(path, key.error().message));
    }
    return key;
}

int runAttack(CliContext& ctx, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the attack set of docs/security.md (alg none, key confusion, embedded jwk, jku/x5u, kid injection, ECDSA "
        "r=s=0, crit, b64, duplicate members, bad claims, oversized and nested tokens, a revoked key, session "
        "fixation and replay, refresh token replay) as real HTTP requests and prints attack, expected, got and "
        "pass/FAIL. Without --url it starts the built-in test server on a scratch database in a temporary "
        "directory (the --db database is not touched). Exit 0 only when every attack was refused; 1 when any was "
        "accepted or could not be judged; 2 for bad arguments or a target that cannot be attacked at all. Skipped "
        "rows (a precondition this target cannot meet) do not fail the check."));
    const QCommandLineOption url(
        QStringLiteral("url"),
        QStringLiteral("Attack this server instead (http only; it needs the endpoints of the built-in server)."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("A user of the --url server to log in as."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("Read that user's password from FILE (else AUTHSCOPE_ATTACK_PASSWORD, else a prompt)."),
        QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("The --url server's private signing key (PEM or JWK): the claim "
                                                "attacks are then signed with it; without it they are skipped."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption only(
        QStringLiteral("only"), QStringLiteral("Run only this attack (repeatable; see --list)."), QStringLiteral("ID"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the attacks and exit."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    parser.addOptions({url, user, passwordFile, key, only, list, json});
    int exitCode = ExitOk;
    if (!parseCommandLine(ctx, parser, arguments, exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(QStringLiteral("attack takes no arguments (see --help)"));
    }
    const QList<lab::AttackSpec> catalogue = lab::AttackRunner::catalogue();
    if (parser.isSet(list)) {
        for (const lab::AttackSpec& spec : catalogue) {
            ctx.out() << spec.id << "  " << spec.category << "  " << spec.description << "  [" << spec.reference
                      << "]\n";
        }
        return ExitOk;
    }
    const QStringList onlyIds = parser.values(only);
    for (const QString& id : onlyIds) {
        if (std::none_of(catalogue.cbegin(), catalogue.cend(),
                         [&id](const lab::AttackSpec& s) { return s.id == id; })) {
            return ctx.fail(QStringLiteral("--only: no attack '%1' (see --list)").arg(id));
        }
    }

    lab::AttackTarget target;
    lab::SelfAttackEnvironment environment;
    QString targetNote;
    if (parser.isSet(url)) {
        if (!parser.isSet(user)) {
            return ctx.fail(QStringLiteral("--url needs --user (a user of that server to log in as)"));
        }
        target.baseUrl = parser.value(url);
        target.username = parser.value(user);
        Passphrase::Request request;
        request.file = parser.value(passwordFile);
        request.fileOption = QStringLiteral("--password-file");
        request.envVar = QStringLiteral("AUTHSCOPE_ATTACK_PASSWORD");
        request.what = QStringLiteral("the password of %1").arg(target.username);
        auto password = Passphrase::obtain(request, ctx.err());
        if (!password) {
            return ctx.fail(password.error());
        }
        target.password = password->toUtf8();
        if (parser.isSet(key)) {
            auto signing = readSigningKey(ctx, parser.value(key));
            if (!signing) {
                return ctx.fail(signing.error());
            }
            target.signingKey = *signing;
        }
        targetNote = target.baseUrl;
    } else {
        for (const QCommandLineOption* option : {&user, &passwordFile, &key}) {
            if (parser.isSet(*option)) {
                return ctx.fail(QStringLiteral("--%1 needs --url (the built-in server brings its own)")
                                    .arg(option->names().constFirst()));
            }
        }
        auto started = environment.start();
        if (!started) {
            return ctx.fail(started.error());
        }
        target = *started;
        targetNote = target.baseUrl + QStringLiteral(" (built-in server, scratch database)");
    }

    const bool asJson = parser.isSet(json);
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
        ctx.out() << QString::fromUtf8(
            QJsonDocument(lab::AttackRunner::toJson(*results, target.baseUrl)).toJson(QJsonDocument::Indented));
    } else {
        ctx.out() << "Target: " << targetNote << "\n\n" << lab::AttackRunner::formatTable(*results);
    }
    return summary.allRefused() ? ExitOk : ExitRefused;
}

const CliRegistrar registrar{{QStringLiteral("attack"),
                              QStringLiteral("Self-attack check: the attacks of docs/security.md against a server"),
                              &runAttack}};

} // namespace

} // namespace authscope::cli

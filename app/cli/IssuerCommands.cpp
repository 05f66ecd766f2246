// authscope-cli issuers add|list|show|refresh|remove|lint|token|introspect|revoke, and verify --issuer/--jwks-url.
//
// Exit codes: 0 ok (introspect: the token is active); 1 refused (introspect: not active; the provider refused a grant;
// lint: a critical or high finding);
// 2 usage, or any network failure (refused, timeout, TLS, HTTP error, oversized, wrong issuer, invalid JSON), whose
// message names the URL.
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFormat.h"
#include "app/cli/IssuerVerify.h"
#include "app/cli/Passphrase.h"

#include "core/audit/AuditLog.h"
#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"
#include "core/crypto/Random.h"
#include "core/issuers/Discovery.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerStore.h"
#include "core/issuers/IssuerVerifier.h"
#include "core/issuers/LoopbackRedirectListener.h"
#include "core/issuers/OAuthClient.h"
#include "core/issuers/PostureLint.h"
#include "core/issuers/RemoteKeyCache.h"
#include "core/issuers/RemoteKeySet.h"
#include "core/issuers/UrlPolicy.h"
#include "core/keys/KeyVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;
using issuers::Issuer;
using issuers::IssuerStore;

QString ageOf(const CliContext& ctx, qint64 ms)
{
    return ms == 0 ? u"never"_s : TimeFormat::duration((ctx.clock().nowMs() - ms) / 1000) + u" ago"_s;
}

QJsonObject summaryJson(const Issuer& i)
{
    return QJsonObject{{u"name"_s, i.name},
                       {u"url"_s, i.url},
                       {u"client_id"_s, i.clientId},
                       {u"client_secret"_s, !i.sealedClientSecret.isEmpty()},
                       {u"allow_http"_s, i.allowHttp},
                       {u"discovery_url"_s, i.discoveryUrl},
                       {u"jwks_uri"_s, i.jwksUri()},
                       {u"jwks_fetched_ms"_s, i.jwksFetchedMs},
                       {u"jwks_max_age_s"_s, i.jwksMaxAgeSecs},
                       {u"last_error"_s, i.lastError}};
}

QJsonArray keysJson(const issuers::RemoteKeySet& set)
{
    QJsonArray keys;
    for (const jose::Jwk& k : set.keys().keys()) {
        keys.append(QJsonObject{{u"kid"_s, k.kid()},
                                {u"kty"_s, k.typeName()},
                                {u"alg"_s, k.alg()},
                                {u"use"_s, k.use()},
                                {u"bits"_s, k.bits()},
                                {u"thumbprint"_s, k.thumbprintBase64Url().value_or(QString())}});
    }
    return keys;
}

// ---- add / list / show / refresh / remove ------------------------------------------------------------------------

// The saved issuers, through the parts the command opened.
IssuerStore issuerStore(CliContext& ctx)
{
    return IssuerStore(ctx.database(), ctx.audit(), ctx.clock());
}

using NamedIssuerRun = Outcome (*)(CliContext&, const CliArgs&, IssuerStore&, const Issuer&);

// A command on the saved issuer its first argument names; an unknown name ends it with the store's error.
template <NamedIssuerRun run>
Outcome onNamedIssuer(CliContext& ctx, const CliArgs& args)
{
    IssuerStore store = issuerStore(ctx);
    auto issuer = store.find(args.positional(0));
    if (!issuer) {
        return ctx.fail(issuer.error());
    }
    return run(ctx, args, store, *issuer);
}

Outcome runAdd(CliContext& ctx, const CliArgs& args)
{
    IssuerStore::NewIssuer request{args.positional(0),
                                   args.value(u"url"_s).trimmed(),
                                   args.value(u"client-id"_s),
                                   {},
                                   args.isSet(u"allow-http"_s)};
    KeyVault* vault = nullptr;
    if (args.isSet(u"client-secret-file"_s)) {
        auto secret = ctx.readSecretFile(args.value(u"client-secret-file"_s), u"%1 is empty"_s);
        if (!secret) {
            return ctx.fail(secret.error());
        }
        request.clientSecret = *secret;
        if (auto opened = ctx.open(CliNeed::KeyVault); !opened) {
            return ctx.fail(opened.error());
        }
        if (auto ended = ctx.unlockVault(args, false)) {
            return *ended;
        }
        vault = &ctx.vault();
    }
    IssuerStore store = issuerStore(ctx);
    issuers::HttpFetcher fetcher(request.allowHttp);
    auto added = store.add(request, fetcher, vault);
    if (!added) {
        return ctx.fail(added.error());
    }
    if (args.json()) {
        ctx.printJson(summaryJson(*added));
    } else {
        ctx.out() << u"added issuer %1 (%2); keys from %3\n"_s.arg(added->name, DisplayText::escape(added->url),
                                                                   DisplayText::escape(added->jwksUri()));
    }
    return Outcome::Ok;
}

Outcome runList(CliContext& ctx, const CliArgs& args)
{
    IssuerStore store = issuerStore(ctx);
    auto all = store.list();
    if (!all) {
        return ctx.fail(all.error());
    }
    return ctx.printList(args, *all, summaryJson, {u"NAME"_s, u"URL"_s, u"CLIENT"_s, u"KEYS FETCHED"_s, u"STATE"_s},
                         [&ctx](const Issuer& i) {
                             return QStringList{i.name, DisplayText::escape(i.url), DisplayText::escape(i.clientId),
                                                ageOf(ctx, i.jwksFetchedMs),
                                                i.lastError.isEmpty() ? u"ok"_s : u"last fetch failed"_s};
                         });
}

Outcome runShow(CliContext& ctx, const CliArgs& args, IssuerStore& /*store*/, const Issuer& issuer)
{
    auto set = issuers::RemoteKeySet::parse(issuer.jwks.isEmpty() ? QByteArrayLiteral("{\"keys\":[]}") : issuer.jwks);
    if (args.json()) {
        QJsonObject json = summaryJson(issuer);
        json.insert(u"discovery"_s, issuer.discovery);
        json.insert(u"keys"_s, set ? keysJson(*set) : QJsonArray());
        json.insert(u"skipped_keys"_s, set ? QJsonArray::fromStringList(set->skipped()) : QJsonArray());
        ctx.printJson(json);
        return Outcome::Ok;
    }
    ctx.out() << u"name:          %1\nurl:           %2\nclient id:     %3\nclient secret: %4\nallow http:    %5\n"_s
                     .arg(issuer.name, DisplayText::escape(issuer.url), DisplayText::escape(issuer.clientId),
                          issuer.sealedClientSecret.isEmpty() ? u"none"_s : u"sealed in the key vault"_s,
                          issuer.allowHttp ? u"yes (loopback only)"_s : u"no"_s);
    ctx.out() << u"discovery:     %1 (%2)\njwks_uri:      %3\nkeys fetched:  %4, max-age %5\n"_s.arg(
        DisplayText::escape(issuer.discoveryUrl), ageOf(ctx, issuer.discoveredMs),
        DisplayText::escape(issuer.jwksUri()), ageOf(ctx, issuer.jwksFetchedMs),
        TimeFormat::duration(issuer.jwksMaxAgeSecs));
    if (!issuer.lastError.isEmpty()) {
        ctx.out() << u"last failure:  %1\n"_s.arg(DisplayText::escape(issuer.lastError));
    }
    if (set) {
        QList<QStringList> rows;
        for (const QJsonValue& v : keysJson(*set)) {
            const QJsonObject k = v.toObject();
            rows.append({DisplayText::escape(k.value(u"kid"_s).toString()), k.value(u"kty"_s).toString(),
                         DisplayText::escape(k.value(u"alg"_s).toString()),
                         DisplayText::escape(k.value(u"use"_s).toString()), QString::number(k.value(u"bits"_s).toInt()),
                         k.value(u"thumbprint"_s).toString()});
        }
        ctx.out() << '\n' << formatTable({u"KID"_s, u"KTY"_s, u"ALG"_s, u"USE"_s, u"BITS"_s, u"THUMBPRINT"_s}, rows);
        for (const QString& s : set->skipped()) {
            ctx.out() << u"skipped: %1\n"_s.arg(DisplayText::escape(s));
        }
    }
    return Outcome::Ok;
}

Outcome runRefresh(CliContext& ctx, const CliArgs& /*args*/, IssuerStore& store, const Issuer& issuer)
{
    issuers::HttpFetcher fetcher(issuer.allowHttp);
    auto refreshed = store.refresh(issuer.name, fetcher);
    if (!refreshed) {
        return ctx.fail(refreshed.error());
    }
    ctx.out() << u"refreshed %1: discovery and keys fetched\n"_s.arg(refreshed->name);
    return Outcome::Ok;
}

Outcome runRemove(CliContext& ctx, const CliArgs& args)
{
    IssuerStore store = issuerStore(ctx);
    if (auto removed = store.remove(args.positional(0)); !removed) {
        return ctx.fail(removed.error());
    }
    ctx.out() << u"removed issuer %1\n"_s.arg(args.positional(0));
    return Outcome::Ok;
}

// ---- token / introspect / revoke ---------------------------------------------------------------------------------

// The issuer, its client secret (unlocking the vault when one is sealed) and the client authentication to use.
struct ClientParts
{
    Issuer issuer;
    QByteArray secret;
    issuers::OAuthClient::ClientAuth auth = issuers::OAuthClient::ClientAuth::Basic;
};

std::variant<ClientParts, Outcome> clientParts(CliContext& ctx, const CliArgs& args)
{
    IssuerStore store = issuerStore(ctx);
    auto issuer = store.find(args.positional(0));
    if (!issuer) {
        return ctx.fail(issuer.error());
    }
    if (issuer->clientId.isEmpty()) {
        return ctx.fail(u"issuer %1 has no client id (issuers add ... --client-id ID)"_s.arg(issuer->name));
    }
    ClientParts parts{*issuer, {}, issuers::OAuthClient::defaultAuth(*issuer)};
    const QString auth = args.value(u"auth"_s);
    if (auth == u"post") {
        parts.auth = issuers::OAuthClient::ClientAuth::Post;
    } else if (auth == u"basic") {
        parts.auth = issuers::OAuthClient::ClientAuth::Basic;
    } else if (!auth.isEmpty()) {
        return ctx.fail(u"--auth must be basic or post"_s);
    }
    if (!issuer->sealedClientSecret.isEmpty()) {
        if (auto opened = ctx.open(CliNeed::KeyVault); !opened) {
            return ctx.fail(opened.error());
        }
        if (auto ended = ctx.unlockVault(args, false)) {
            return *ended;
        }
        auto secret = store.clientSecret(*issuer, ctx.vault());
        if (!secret) {
            return ctx.fail(secret.error());
        }
        parts.secret = *secret;
    }
    return parts;
}

// Runs `call(parts, client, token)` with the OAuth client of the issuer named by the first argument and the token
// read from the second (introspect, revoke).
template <typename F>
Outcome withClientAndToken(CliContext& ctx, const CliArgs& args, F call)
{
    auto parts = clientParts(ctx, args);
    if (auto* ended = std::get_if<Outcome>(&parts)) {
        return *ended;
    }
    auto& p = std::get<ClientParts>(parts);
    auto token = ctx.readInput(args.positional(1));
    if (!token) {
        return ctx.fail(token.error());
    }
    issuers::HttpFetcher fetcher(p.issuer.allowHttp);
    issuers::OAuthClient client(fetcher, p.issuer, p.secret, p.auth);
    return call(p, client, token->trimmed());
}

Outcome auditTokenAction(CliContext& ctx, const QString& action, const Issuer& issuer, QJsonObject details)
{
    details.insert(u"url"_s, issuer.url);
    if (auto row = ctx.audit().append(action, issuer.name, details); !row) {
        return ctx.fail(row.error());
    }
    return Outcome::Ok;
}

// The authorization code flow with PKCE S256 (RFC 7636) and a loopback redirect (RFC 8252 §7.3): the URL goes to the
// system browser (xdg-open, what QDesktopServices does on Linux; the CLI loads no GUI library) and is always printed
// for a headless machine. Fills the request's code, verifier and redirect URI.
std::optional<Outcome> signInWithBrowser(CliContext& ctx, const CliArgs& args, issuers::OAuthClient& client,
                                         const Issuer& issuer, issuers::LoopbackRedirectListener& listener,
                                         issuers::OAuthClient::TokenRequest& request)
{
    auto wait = parseWholeNumber(args.isSet(u"wait"_s) ? args.value(u"wait"_s) : u"300"_s, u"--wait"_s, 1, 3600);
    if (!wait) {
        return ctx.fail(wait.error().message);
    }
    auto verifier = issuers::OAuthClient::newCodeVerifier();
    auto state = crypto::Random::bytes(16);
    if (!verifier || !state) {
        return ctx.fail(!verifier ? verifier.error() : state.error());
    }
    const QByteArray stateText = state->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (auto listening = listener.listen(); !listening) {
        return ctx.fail(listening.error());
    }
    auto url = client.authorizationUrl(listener.redirectUri(), QString::fromLatin1(stateText),
                                       issuers::OAuthClient::codeChallenge(*verifier), request.scope, request.resource);
    if (!url) {
        return ctx.fail(url.error());
    }
    const QString text = QString::fromUtf8(url->toEncoded());
    ctx.err() << "authscope-cli: sign in at this URL (waiting " << *wait << " s for " << listener.redirectUri()
              << "):\n"
              << text << Qt::endl;
    const bool graphical = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (graphical && !args.isSet(u"no-browser"_s)) {
        QProcess::startDetached(u"xdg-open"_s, {text});
    }
    auto code = listener.waitForCode(stateText, issuer.url, int(*wait) * 1000);
    if (!code) {
        return ctx.fail(code.error(), Outcome::Refused);
    }
    request.code = *code;
    request.codeVerifier = *verifier;
    request.redirectUri = listener.redirectUri();
    return std::nullopt;
}

Outcome runToken(CliContext& ctx, const CliArgs& args)
{
    auto parts = clientParts(ctx, args);
    if (auto* ended = std::get_if<Outcome>(&parts)) {
        return *ended;
    }
    auto& p = std::get<ClientParts>(parts);
    issuers::OAuthClient::TokenRequest request;
    request.grant = args.value(u"grant"_s);
    request.scope = args.value(u"scope"_s);
    request.resource = args.value(u"resource"_s);
    if (request.grant == u"refresh_token") {
        if (!args.isSet(u"refresh-token-file"_s)) {
            return ctx.fail(u"--grant refresh_token needs --refresh-token-file FILE"_s);
        }
        auto refresh = ctx.readSecretFile(args.value(u"refresh-token-file"_s), u"%1 is empty"_s);
        if (!refresh) {
            return ctx.fail(refresh.error());
        }
        request.refreshToken = *refresh;
    }
    issuers::HttpFetcher fetcher(p.issuer.allowHttp);
    issuers::OAuthClient client(fetcher, p.issuer, p.secret, p.auth);
    issuers::LoopbackRedirectListener listener;
    if (request.grant == u"authorization_code") {
        if (auto ended = signInWithBrowser(ctx, args, client, p.issuer, listener, request)) {
            return *ended;
        }
    }
    auto answer = client.token(request);
    if (!answer) {
        return ctx.fail(answer.error(), answer.error().code == u"issuers.refused" ? Outcome::Refused : Outcome::Usage);
    }
    const QByteArray access = answer->value(u"access_token"_s).toString().toUtf8();
    auto audited =
        auditTokenAction(ctx, u"issuer.token"_s, p.issuer,
                         {{u"grant"_s, request.grant}, {u"token"_s, issuers::OAuthClient::tokenReference(access)}});
    if (audited != Outcome::Ok) {
        return audited;
    }
    if (args.json()) {
        ctx.printJson(*answer);
        return Outcome::Ok;
    }
    ctx.out() << u"access_token: "_s << QString::fromUtf8(access) << '\n';
    for (const QString& member : {u"token_type"_s, u"expires_in"_s, u"scope"_s}) {
        if (answer->contains(member)) {
            ctx.out() << member << u": "_s << DisplayText::escape(answer->value(member).toVariant().toString()) << '\n';
        }
    }
    for (const QString& member : {u"refresh_token"_s, u"id_token"_s}) {
        if (answer->value(member).isString()) {
            ctx.out() << member << u": "_s << DisplayText::escape(answer->value(member).toString()) << '\n';
        }
    }
    return Outcome::Ok;
}

Outcome runIntrospect(CliContext& ctx, const CliArgs& args)
{
    return withClientAndToken(ctx, args, [&](ClientParts&, issuers::OAuthClient& client, const QByteArray& token) {
        auto answer = client.introspect(token);
        if (!answer) {
            return ctx.fail(answer.error());
        }
        const bool active = answer->value(u"active"_s).toBool();
        if (args.json()) {
            ctx.printJson(*answer);
        } else {
            for (auto it = answer->constBegin(); it != answer->constEnd(); ++it) {
                ctx.out() << it.key() << u": "_s
                          << DisplayText::escape(it->isString() ? it->toString() : compactJson(*it)) << '\n';
            }
        }
        return active ? Outcome::Ok : Outcome::Refused;
    });
}

Outcome runRevoke(CliContext& ctx, const CliArgs& args)
{
    return withClientAndToken(ctx, args, [&](ClientParts& p, issuers::OAuthClient& client, const QByteArray& token) {
        if (auto revoked = client.revoke(token); !revoked) {
            return ctx.fail(revoked.error());
        }
        auto audited = auditTokenAction(ctx, u"issuer.revoke"_s, p.issuer,
                                        {{u"token"_s, issuers::OAuthClient::tokenReference(token)}});
        if (audited != Outcome::Ok) {
            return audited;
        }
        ctx.out() << u"revoked at %1\n"_s.arg(
            DisplayText::escape(p.issuer.endpoint(QLatin1StringView("revocation_endpoint"))));
        return Outcome::Ok;
    });
}

// ---- lint -------------------------------------------------------------------------------------------------------

Outcome runLint(CliContext& ctx, const CliArgs& args, IssuerStore& /*store*/, const Issuer& issuer)
{
    const QList<issuers::LintFinding> findings = issuers::PostureLint::check(issuer.discovery, issuer.jwks);
    if (args.json()) {
        QJsonArray array;
        for (const issuers::LintFinding& f : findings) {
            array.append(QJsonObject{{u"id"_s, f.id},
                                     {u"severity"_s, issuers::LintFinding::severityName(f.severity)},
                                     {u"reference"_s, f.reference},
                                     {u"message"_s, f.message},
                                     {u"fix"_s, f.fix}});
        }
        ctx.printJson(QJsonObject{{u"issuer"_s, issuer.name}, {u"findings"_s, array}});
    } else {
        for (const issuers::LintFinding& f : findings) {
            ctx.out() << u"%1 %2 (%3): %4\n    fix: %5\n"_s.arg(
                issuers::LintFinding::severityName(f.severity).toUpper(), f.id, f.reference,
                DisplayText::escape(f.message), f.fix);
        }
        ctx.out() << u"%1 finding(s) for %2\n"_s.arg(findings.size()).arg(issuer.name);
    }
    return issuers::PostureLint::hasSerious(findings) ? Outcome::Refused : Outcome::Ok;
}

// ---- declarations ------------------------------------------------------------------------------------------------

const CliArgument kName{u"name"_s, u"The issuer's name."_s, u"NAME"_s};
const CliArgument kTokenArg{u"token"_s, u"The token, or - for standard input."_s, u"TOKEN|-"_s, 0, 1};
const CliNeeds kStore = CliNeed::Database | CliNeed::Audit;

CliOption passphraseOption()
{
    return CliOption(u"passphrase-file"_s, u"Key store passphrase (the client secret is sealed with the keys)."_s,
                     u"FILE"_s);
}

QList<CliOption> clientOptions()
{
    return {CliOption(u"auth"_s, u"Client authentication: basic (client_secret_basic) or post."_s, u"METHOD"_s),
            passphraseOption()};
}

// A command on the issuer store about one saved issuer, given by name.
CliCommand oneIssuerCommand(const QString& name, const QString& text, CliRun work)
{
    return CliCommand(name, text, std::move(work)).takes({kName}, u"give one issuer name"_s).opens(kStore);
}

QList<CliCommand> issuerCommands()
{
    return {
        CliCommand(u"add"_s,
                   u"Discovers an issuer (OpenID Connect Discovery, then RFC 8414), checks that its document names the "
                   "URL as issuer, fetches its JWKS and saves both. Nothing is saved when a fetch fails."_s,
                   &runAdd)
            .takes({kName}, u"give the issuer's name"_s)
            .opens(kStore)
            .with({CliOption(u"url"_s, u"The issuer URL (https; loopback http with --allow-http)."_s, u"URL"_s)
                       .required(u"--url is required"_s),
                   CliOption(u"client-id"_s, u"AuthScope's client id at this issuer."_s, u"ID"_s),
                   CliOption(u"client-secret-file"_s, u"File holding the client secret (sealed in the key vault)."_s,
                             u"FILE"_s),
                   CliOption(u"allow-http"_s, u"Allow plain http to a loopback address (test providers)."_s),
                   passphraseOption(), jsonOption(u"Print the saved issuer as JSON."_s)}),
        CliCommand(u"list"_s, u"Lists the saved issuers."_s, &runList)
            .opens(kStore)
            .with({jsonOption(u"Print JSON."_s)}),
        oneIssuerCommand(
            u"show"_s,
            u"Shows an issuer: its discovery document, its keys with thumbprints, use and alg, and when they "
            "were fetched."_s,
            &onNamedIssuer<&runShow>)
            .with({jsonOption(u"Print JSON (with the whole discovery document)."_s)}),
        oneIssuerCommand(u"refresh"_s, u"Fetches the discovery document and the keys again."_s,
                         &onNamedIssuer<&runRefresh>),
        oneIssuerCommand(u"remove"_s, u"Removes a saved issuer and its cached keys."_s, &runRemove),
        oneIssuerCommand(
            u"token"_s,
            u"Asks the issuer's token endpoint for a token and prints it (--json: the provider's answer as "
            "received). The audit log names the issuer, the grant and the token's jti or hash, never the "
            "token."_s,
            &runToken)
            .with(QList<CliOption>{
                      CliOption(u"grant"_s, u"client_credentials, authorization_code or refresh_token."_s, u"GRANT"_s)
                          .required(u"--grant is required"_s),
                      CliOption(u"scope"_s, u"Requested scope."_s, u"S"_s),
                      CliOption(u"resource"_s, u"Resource indicator (RFC 8707)."_s, u"R"_s),
                      CliOption(u"refresh-token-file"_s, u"File holding the refresh token."_s, u"FILE"_s),
                      CliOption(u"wait"_s, u"authorization_code: seconds to wait for the sign-in (300)."_s, u"SEC"_s),
                      CliOption(u"no-browser"_s, u"authorization_code: only print the URL."_s),
                      jsonOption(u"Print the provider's token response as received."_s)} +
                  clientOptions()),
        CliCommand(u"introspect"_s,
                   u"Asks the issuer whether a token is active (RFC 7662). Exit 0: active; 1: not active."_s,
                   &runIntrospect)
            .takes({kName, kTokenArg}, u"give an issuer name and a token (or -)"_s)
            .dashArgumentsAllowed()
            .opens(kStore)
            .with(QList<CliOption>{jsonOption(u"Print the provider's answer as JSON."_s)} + clientOptions()),
        oneIssuerCommand(
            u"lint"_s,
            u"Checks the issuer's discovery document and keys against RFC 9700, RFC 8725 and OpenID Connect "
            "Discovery. Exit 1 when a finding is critical or high."_s,
            &onNamedIssuer<&runLint>)
            .with({jsonOption(u"Print the findings as JSON."_s)}),
        CliCommand(u"revoke"_s, u"Revokes a token at the issuer (RFC 7009)."_s, &runRevoke)
            .takes({kName, kTokenArg}, u"give an issuer name and a token (or -)"_s)
            .dashArgumentsAllowed()
            .opens(kStore)
            .with(clientOptions()),
    };
}

const CliRegistrar registrar{CliGroup{
    u"issuers"_s,
    u"Remote issuers: discovery, cached keys, tokens, introspection, revocation."_s,
    issuerCommands(),
    u"Only https is fetched (loopback http with --allow-http); at most 1 MiB per document, 5 s, 3 redirects.\n"_s,
}};

} // namespace

std::optional<Outcome> verifyWithRemoteKeys(CliContext& ctx, const CliArgs& args, const jose::ValidationPolicy& policy,
                                            const Clock& clock, const QByteArray& token, jose::ValidationResult& result)
{
    if (args.isSet(u"key"_s) || args.isSet(u"secret-file"_s) ||
        (args.isSet(u"issuer"_s) && args.isSet(u"jwks-url"_s))) {
        return ctx.fail(u"give one of --key, --secret-file, --issuer or --jwks-url"_s);
    }
    const bool allowHttp = args.isSet(u"allow-http"_s);
    Issuer issuer;
    issuers::IssuerRepository* repository = nullptr;
    std::optional<IssuerStore> store;
    if (args.isSet(u"jwks-url"_s)) {
        if (auto ok = issuers::UrlPolicy::check(QUrl(args.value(u"jwks-url"_s)), allowHttp); !ok) {
            return ctx.fail(ok.error());
        }
        issuer.discovery.insert(u"jwks_uri"_s, args.value(u"jwks-url"_s));
    } else {
        if (auto opened = ctx.open(CliNeed::Database | CliNeed::Audit); !opened) {
            return ctx.fail(opened.error());
        }
        store.emplace(ctx.database(), ctx.audit(), ctx.clock());
        const QString given = args.value(u"issuer"_s);
        Result<std::optional<Issuer>> saved = std::optional<Issuer>();
        if (given.contains(u"://")) {
            saved = store->findByUrl(given);
        } else if (auto named = store->find(given); named) {
            saved = std::optional<Issuer>(*named);
        } else {
            saved = std::unexpected(named.error());
        }
        if (!saved) {
            return ctx.fail(saved.error());
        }
        if (*saved) {
            issuer = **saved;
            repository = &store->repository();
        } else {
            // An issuer URL that is not saved: discovered for this run only.
            if (args.isSet(u"offline"_s)) {
                return ctx.fail(u"--offline needs a saved issuer; %1 is not saved"_s.arg(given));
            }
            issuers::HttpFetcher fetcher(allowHttp);
            auto document = issuers::Discovery::discover(fetcher, given, allowHttp);
            if (!document) {
                return ctx.fail(document.error());
            }
            issuer.url = given;
            issuer.allowHttp = allowHttp;
            issuer.discovery = document->json;
        }
    }
    issuers::HttpFetcher fetcher(issuer.allowHttp || allowHttp);
    issuers::RemoteKeyCache cache(repository, fetcher, issuer, {args.isSet(u"offline"_s), 30}, ctx.clock());
    issuers::IssuerVerifier verifier(cache, policy, clock);
    auto verdict = verifier.verify(token);
    if (!cache.note().isEmpty()) {
        ctx.err() << "authscope-cli: " << DisplayText::escape(cache.note()) << Qt::endl;
    }
    if (!verdict) {
        return ctx.fail(verdict.error());
    }
    result = std::move(*verdict);
    return std::nullopt;
}

} // namespace authscope::cli

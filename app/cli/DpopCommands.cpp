// DPoP commands (RFC 9449): `dpop proof` makes a proof with a private key; `dpop check` checks one against a
// request (DP-PROOF-RULES).
//
// Exit codes, like `verify`: 0 the proof is made / valid; 1 the proof is refused (every failed rule printed as
// 'code: sentence'); 2 bad arguments, an unusable key, or a proof that cannot be taken apart.

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/Passphrase.h"

#include "core/common/DisplayText.h"
#include "core/dpop/DpopProof.h"
#include "core/dpop/DpopProofBuilder.h"
#include "core/dpop/DpopValidator.h"
#include "core/jose/Base64Url.h"
#include "core/jose/ClaimSet.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::cli {

namespace {

using namespace authscope::dpop;
using namespace Qt::StringLiterals;

constexpr int kMaxProofCount = 1'000'000;

// D-DISPLAY: a proof's header and claims are the maker's; controls and bidi characters become escapes.
QString jsonText(const QJsonObject& o)
{
    return DisplayText::escapeJson(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

// The PEM passphrase (D-NO-SECRET-OUTPUT: never from argv): --pem-passphrase-file, else AUTHSCOPE_PEM_PASSPHRASE
// (D-ENV-SECRET), else a prompt on a terminal. Asked only when the key file is an encrypted PEM.
Result<QByteArray> pemPassphrase(CliContext& ctx, const CliArgs& args)
{
    Passphrase::Request request;
    request.file = args.value(u"pem-passphrase-file"_s);
    request.fileOption = u"--pem-passphrase-file"_s;
    request.envVar = u"AUTHSCOPE_PEM_PASSPHRASE"_s;
    request.what = u"the passphrase of the PEM key"_s;
    auto pass = Passphrase::obtain(request, ctx.err());
    if (!pass) {
        return std::unexpected(pass.error());
    }
    QByteArray bytes = pass->toUtf8();
    Passphrase::wipe(*pass);
    return bytes;
}

// --key FILE: one private asymmetric key (a JWK, a JWK Set with one key or --kid, a PEM key).
Result<jose::Jwk> loadProofKey(CliContext& ctx, const CliArgs& args)
{
    const QString path = args.value(u"key"_s);
    auto contents = ctx.readFile(path);
    if (!contents) {
        return std::unexpected(contents.error());
    }
    QByteArray passphrase;
    if (contents->contains("ENCRYPTED")) {
        auto pass = pemPassphrase(ctx, args);
        if (!pass) {
            return std::unexpected(pass.error());
        }
        passphrase = *pass;
    }
    auto keys = jose::JwkSet::fromKeyFile(*contents, passphrase);
    passphrase.fill('\0');
    if (!keys) {
        return authscope::fail(keys.error().code, path + u": "_s + keys.error().message);
    }
    const QString kid = args.value(u"kid"_s);
    const jose::Jwk* key = keys->size() == 1 ? &keys->keys().first() : keys->findByKid(kid);
    if (key == nullptr) {
        return authscope::fail(u"cli.usage"_s,
                               keys->size() == 0
                                   ? path + u": the key file holds no key"_s
                                   : u"%1: the file holds %2 keys: pick one with --kid"_s.arg(path).arg(keys->size()));
    }
    if (!key->isPrivate() || key->isSymmetric()) {
        return authscope::fail(u"cli.usage"_s, u"%1: a proof is signed with a private RSA, EC or OKP key"_s.arg(path));
    }
    return *key;
}

// --token TOKEN, or "-" for standard input.
Result<QByteArray> readAccessToken(CliContext& ctx, const CliArgs& args)
{
    if (!args.isSet(u"token"_s)) {
        return QByteArray();
    }
    return ctx.readTrimmedInput(args.value(u"token"_s), u"--token is empty"_s);
}

// The cnf.jkt of a JWT access token, read without verifying it (`verify` checks the token; this pairs it with the
// proof). Empty when the token is not a JWT or carries no cnf.jkt.
QString boundJkt(const QByteArray& token)
{
    auto jws = jose::Jws::parse(token);
    if (!jws) {
        return {};
    }
    auto claims = jose::StrictJson::parseObject(jws->payload(), jose::JsonLimits{}.maxDepth, u"claims");
    if (!claims) {
        return {};
    }
    return claims->value(u"cnf"_s).toObject().value(u"jkt"_s).toString();
}

// ---- proof -------------------------------------------------------------------------------------------------

Outcome runProof(CliContext& ctx, const CliArgs& args)
{
    auto key = loadProofKey(ctx, args);
    if (!key) {
        return ctx.fail(key.error());
    }
    auto token = readAccessToken(ctx, args);
    if (!token) {
        return ctx.fail(token.error());
    }
    DpopProofBuilder::Options options;
    options.method = args.value(u"htm"_s).toLatin1();
    options.url = args.value(u"htu"_s);
    options.accessToken = *token;
    options.nonce = args.value(u"nonce"_s);
    options.iat = ctx.clock().nowSecs();
    if (args.isSet(u"alg"_s)) {
        options.algorithm = jose::JwsAlgorithms::fromName(args.value(u"alg"_s));
        if (!options.algorithm || jose::JwsAlgorithms::family(*options.algorithm) == jose::JwsFamily::Hmac) {
            return ctx.fail(u"--alg must be an asymmetric JWS algorithm (ES256, EdDSA, RS256, PS256, ...)"_s);
        }
    }
    int count = 1;
    if (!args.number(u"count"_s, 1, kMaxProofCount, count) || (args.isSet(u"count"_s) && args.json())) {
        return ctx.fail(u"--count needs a number from 1 to %1 (and no --json)"_s.arg(kMaxProofCount));
    }
    auto proof = DpopProofBuilder::build(*key, options);
    if (!proof) {
        return ctx.fail(proof.error());
    }
    if (count > 1) {
        // For load tests: each proof has its own jti, so each works once (DP-REPLAY).
        ctx.out() << DisplayText::escape(QString::fromLatin1(*proof)) << '\n';
        for (int i = 1; i < count; ++i) {
            auto next = DpopProofBuilder::build(*key, options);
            if (!next) {
                return ctx.fail(next.error());
            }
            ctx.out() << DisplayText::escape(QString::fromLatin1(*next)) << '\n';
        }
        return Outcome::Ok;
    }
    if (args.json()) {
        auto publicKey = key->publicKey();
        QJsonObject o{{u"proof"_s, QString::fromLatin1(*proof)},
                      {u"jkt"_s, publicKey ? publicKey->thumbprintBase64Url().value_or(QString()) : QString()}};
        ctx.printJson(o);
        return Outcome::Ok;
    }
    // D-DISPLAY: the proof is base64url, but what is printed to a terminal always goes through the escaper.
    ctx.out() << DisplayText::escape(QString::fromLatin1(*proof)) << '\n';
    return Outcome::Ok;
}

// ---- check -------------------------------------------------------------------------------------------------

Outcome runCheck(CliContext& ctx, const CliArgs& args)
{
    auto proofText = ctx.readInput(args.value(u"proof"_s));
    if (!proofText) {
        return ctx.fail(proofText.error());
    }
    const QByteArray proof = proofText->trimmed();
    DpopPolicy policy;
    if (!args.number(u"window"_s, 1, DpopPolicy::MaxWindowSecs, policy.iatWindowSecs)) {
        return ctx.fail(u"--window must be 1 to %1 seconds"_s.arg(DpopPolicy::MaxWindowSecs));
    }
    FakeClock fixed;
    const Clock* clock = &ctx.clock();
    if (args.isSet(u"now"_s)) {
        bool ok = false;
        const qint64 now = args.value(u"now"_s).toLongLong(&ok);
        if (!ok || now < 0 || now > jose::ClaimSet::MaxNumericDate) {
            return ctx.fail(u"--now must be seconds since 1970"_s);
        }
        fixed.setSecs(now);
        clock = &fixed;
    }
    auto token = readAccessToken(ctx, args);
    if (!token) {
        return ctx.fail(token.error());
    }
    if (args.value(u"proof"_s) == u"-"_s && args.value(u"token"_s) == u"-"_s) {
        return ctx.fail(u"only one of --proof and --token can be read from standard input"_s);
    }
    // A proof that cannot be taken apart is unusable input (2); everything after that is a verdict (0/1).
    if (auto parsed = DpopProof::parse(proof, policy.maxProofBytes); !parsed) {
        return ctx.fail(parsed.error());
    }
    DpopRequest request;
    request.method = args.value(u"htm"_s).toLatin1();
    request.url = args.value(u"htu"_s);
    request.accessToken = *token;
    request.boundJkt = token->isEmpty() ? QString() : boundJkt(*token);
    request.expectedNonce = args.value(u"nonce"_s);
    const DpopResult result = DpopValidator(policy, *clock).validate(proof, request);
    if (args.json()) {
        QJsonArray issues;
        for (const Error& e : result.issues) {
            issues.append(QJsonObject{{u"code"_s, e.code}, {u"message"_s, e.message}});
        }
        ctx.printJson(QJsonObject{{u"valid"_s, result.valid},
                                  {u"issues"_s, issues},
                                  {u"jkt"_s, result.jkt},
                                  {u"header"_s, result.header},
                                  {u"claims"_s, result.claims}});
        return result.valid ? Outcome::Ok : Outcome::Refused;
    }
    if (!result.valid) {
        for (const Error& issue : result.issues) {
            // D-DISPLAY: sentences quote the proof (its htm, htu, typ): escape them.
            ctx.out() << issue.code << ": " << DisplayText::escape(issue.message) << '\n';
        }
        return Outcome::Refused;
    }
    ctx.out() << "valid DPoP proof; jkt " << DisplayText::escape(result.jkt) << '\n'
              << jsonText(QJsonObject{{u"header"_s, result.header}, {u"claims"_s, result.claims}});
    return Outcome::Ok;
}

QList<CliOption> requestOptions()
{
    return {
        CliOption(u"htm"_s, u"The request's method (GET, POST, ...)."_s, u"METHOD"_s).required(u"--htm is required"_s),
        CliOption(u"htu"_s, u"The request's URL (query and fragment are ignored)."_s, u"URL"_s)
            .required(u"--htu is required"_s),
        CliOption(u"token"_s, u"The access token sent with the proof (- for standard input): adds/checks ath."_s,
                  u"TOKEN"_s),
        CliOption(u"nonce"_s, u"The server's DPoP-Nonce."_s, u"N"_s)};
}

const CliRegistrar dpopRegistrar{CliGroup{
    u"dpop"_s,
    u"Make and check DPoP proofs (RFC 9449)"_s,
    {CliCommand(u"proof"_s,
                u"Prints a DPoP proof for one request, signed with a private key (its public half goes into the "
                "proof's jwk header; the private key never does)."_s,
                &runProof)
         .with(QList<CliOption>{
                   CliOption(u"key"_s, u"Private key file: a JWK, a JWK Set (with --kid) or a PEM key."_s, u"FILE"_s)
                       .required(u"--key is required"_s),
                   CliOption(u"kid"_s, u"Picks the key from a JWK Set."_s, u"K"_s),
                   CliOption(u"pem-passphrase-file"_s,
                             u"Passphrase of an encrypted PEM key (else AUTHSCOPE_PEM_PASSPHRASE or a prompt)."_s,
                             u"FILE"_s),
                   CliOption(u"alg"_s, u"Signature algorithm (default: the key's alg, else its type's first)."_s,
                             u"ALG"_s),
                   CliOption(u"count"_s,
                             u"Print N proofs for the same request, one per line, each with its own jti "
                             "(for load tests)."_s,
                             u"N"_s)} +
               requestOptions() + QList<CliOption>{jsonOption(u"Print the proof and the key's jkt as JSON."_s)}),
     CliCommand(u"check"_s,
                u"Checks a DPoP proof against a request: every RFC 9449 §4.3 rule, each failure printed as 'code: "
                "sentence'. With --token, ath must be the token's hash and the token's cnf.jkt the proof key's "
                "thumbprint. Replay is not checked (that needs the server's memory). Exit 0 valid, 1 refused, 2 "
                "unusable input."_s,
                &runCheck)
         .with(
             QList<CliOption>{CliOption(u"proof"_s, u"The proof (- for standard input)."_s, u"PROOF"_s)
                                  .required(u"--proof is required"_s)} +
             requestOptions() +
             QList<CliOption>{
                 CliOption(u"now"_s, u"Check as if the time were EPOCH seconds."_s, u"EPOCH"_s),
                 CliOption(u"window"_s, u"Accepted iat distance from now in seconds (1-300, default 60)."_s, u"SEC"_s),
                 jsonOption(u"Print the verdict, the issues, the jkt, header and claims as JSON."_s)})},
    u"Tokens and proofs are read from the options or standard input and never written anywhere else."_s}};

} // namespace

} // namespace authscope::cli

#pragma once

#include "core/common/Error.h"
#include "core/jose/JwsAlgorithm.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace authscope::lab {

// One line of `bench jose`: rates for a typical ~300-byte access token, and the raw OpenSSL rate on the same
// signing input with a pre-built key, measured in the same run so that the ratio is meaningful.
struct JoseBenchRow
{
    jose::JwsAlgorithm algorithm = jose::JwsAlgorithm::HS256;
    QString keyDescription; // "RSA-2048", "P-256", ...
    qsizetype tokenBytes = 0;
    double decodePerSec = 0;    // DecodedToken::decode (parse, strict JSON, lint)
    double signPerSec = 0;      // Jws::sign of the claims
    double verifyPerSec = 0;    // TokenValidator::validate: parse, pinned alg, signature, claims
    double rawVerifyPerSec = 0; // EVP_DigestVerify (EVP_MAC for HS*) alone
    [[nodiscard]] double ratio() const { return rawVerifyPerSec > 0 ? verifyPerSec / rawVerifyPerSec : 0; }
};

// The engine behind `authscope-cli bench jose` (and the GUI's lab page). Keys are generated once per algorithm
// before measuring; each measurement runs for `secondsPerMeasurement`.
class JoseBenchmark final
{
public:
    struct Options
    {
        double secondsPerMeasurement = 0.5;
        QList<jose::JwsAlgorithm> algorithms = jose::JwsAlgorithms::all();
    };

    explicit JoseBenchmark(Options options) : m_options(std::move(options)) {}

    // `progress(done, total)` is called between algorithms; returning false cancels (the rows so far are returned).
    [[nodiscard]] Result<QList<JoseBenchRow>> run(const std::function<bool(int, int)>& progress = {}) const;

    [[nodiscard]] static QJsonObject toJson(const QList<JoseBenchRow>& rows);

private:
    [[nodiscard]] Result<JoseBenchRow> runOne(jose::JwsAlgorithm algorithm) const;
    Options m_options;
};

} // namespace authscope::lab

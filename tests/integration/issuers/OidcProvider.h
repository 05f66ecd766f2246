#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace authscope::test {

// panva's oidc-provider (tests/idp/provider.mjs), installed by scripts/idp.sh into the directory that
// AUTHSCOPE_IDP_DIR names, started with Node on 127.0.0.1 on a free port. start() fails with a message when Node, the
// installation or the provider is missing: a test that needs the provider fails, never skips.
class OidcProvider final
{
public:
    OidcProvider() = default;
    ~OidcProvider();
    Q_DISABLE_COPY_MOVE(OidcProvider)

    // Empty on success, else why it did not start.
    [[nodiscard]] QString start();
    // The same with more arguments for provider.mjs (--rp BASE_URL adds the relying party client "rp-client").
    [[nodiscard]] QString start(const QStringList& extraArguments);
    [[nodiscard]] const QString& url() const { return m_url; }

    // The provider's own request counters (GET /__test/stats), by path.
    [[nodiscard]] int requests(const QString& path);
    void resetCounters();
    // The provider signs with, and publishes, the other key set from now on.
    void rotateKeys();

    // GET or POST one of the provider's /__test endpoints; the answer's body.
    QByteArray call(const QByteArray& verb, const QString& path);

private:
    QProcess m_node;
    QString m_url;
};

} // namespace authscope::test

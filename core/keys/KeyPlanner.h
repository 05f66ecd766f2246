#pragma once

#include "core/common/Error.h"
#include "core/jose/Jwk.h"
#include "core/keys/KeyChangePlan.h"
#include "core/keys/KeyGenerateRequest.h"
#include "core/keys/KeyImportOptions.h"
#include "core/keys/KeyRotateOptions.h"
#include "core/keys/KeySnapshot.h"

#include <QByteArrayView>
#include <QString>

namespace authscope {

// Works out what a key change will do, on a snapshot of the keys: checks the request and the lifecycle rules,
// generates or reads the new key material (RSA may take a moment), and projects the keys and the JWKS as they
// will be afterwards, with the warnings. It reads and writes no database: KeyStore::apply() checks the plan
// against the stored keys when it writes it.
class KeyPlanner final
{
public:
    explicit KeyPlanner(const KeySnapshot& snapshot);

    [[nodiscard]] Result<KeyChangePlan> planGenerate(const KeyGenerateRequest& request) const;
    [[nodiscard]] Result<KeyChangePlan> planImport(QByteArrayView contents, const KeyImportOptions& options) const;
    [[nodiscard]] Result<KeyChangePlan> planRotate(const KeyRotateOptions& options) const;
    // Retiring a key that may still have valid tokens (retiring before its retire-after) needs `force`.
    [[nodiscard]] Result<KeyChangePlan> planRetire(const QString& kid, bool force) const;
    [[nodiscard]] Result<KeyChangePlan> planRevoke(const QString& kid, const QString& reason) const;

private:
    // The imported keys so far, to refuse duplicates within the file and against the store.
    struct ImportState
    {
        bool hasActive = false;
        bool hasNext = false;
        QStringList kids;
        QStringList thumbprints;
    };

    [[nodiscard]] Result<KeyChangePlan> startPlan(KeyChangePlan::Action action, const QString& purpose) const;
    // startPlan() for a change of the existing key `kid` (copied to `key`) that its lifecycle allows to `target`.
    [[nodiscard]] Result<KeyChangePlan> startKeyPlan(KeyChangePlan::Action action, const QString& kid, KeyState target,
                                                     KeyRecord& key) const;
    static void finishPlan(KeyChangePlan& plan);
    // finishPlan() for a plan from startKeyPlan(): records the change of `key` to `target` first.
    static void finishKeyPlan(KeyChangePlan& plan, const KeyRecord& key, KeyState target);
    [[nodiscard]] static Result<jose::Jwk> prepareNewKey(const KeyGenerateRequest& request);
    [[nodiscard]] static Result<QList<jose::Jwk>> readKeyFile(QByteArrayView contents, const KeyImportOptions& options);
    // Normalises one imported key (use, alg, kid) and refuses what the store cannot hold; returns its thumbprint.
    [[nodiscard]] static Result<QString> prepareImportedKey(jose::Jwk& key, const KeyImportOptions& options,
                                                            const QString& which, const ImportState& seen);
    [[nodiscard]] static Result<KeyState> importedState(const jose::Jwk& key, const KeyImportOptions& options,
                                                        const QString& which, ImportState& seen);
    // The key a rotation generates copies the one it replaces (or follows the policy's algorithm).
    [[nodiscard]] static KeyGenerateRequest rotationModel(const KeyChangePlan& plan, const KeyRotateOptions& options,
                                                          const KeyRecord* active, const KeyRecord* next);
    static void warnAboutRotatedOut(KeyChangePlan& plan, const KeyRecord& active, bool revoked);

    const KeySnapshot& m_snapshot;
};

} // namespace authscope

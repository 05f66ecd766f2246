#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace authscope {

// Where a signing key is in its life (see KeyLifecycle for the moves between states).
//   next      published in the JWKS, not signing yet (relying parties cache it before it signs)
//   active    signs; exactly one per signing purpose
//   retiring  verifies only; published until every token it signed has expired
//   retired   unpublished, kept for the record
//   revoked   unpublished at once, its tokens fail at once; the reason is recorded
enum class KeyState
{
    Next,
    Active,
    Retiring,
    Retired,
    Revoked
};

class KeyStates final
{
public:
    [[nodiscard]] static QString name(KeyState state); // "next", "active", ... (stored and printed)
    [[nodiscard]] static std::optional<KeyState> fromName(QStringView name);
    [[nodiscard]] static const QList<KeyState>& all();
    // In the published JWKS (next, active, retiring).
    [[nodiscard]] static bool isPublished(KeyState state);
};

} // namespace authscope

#pragma once

#include <QByteArrayView>
#include <QHashFunctions>

#include <array>
#include <cstring>

namespace authscope {

// SHA-256 of a session ID: what the store keeps and looks sessions up by (S-ID).
struct SessionKey
{
    std::array<unsigned char, 32> bytes{};

    [[nodiscard]] QByteArrayView view() const
    {
        return {reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())};
    }
    [[nodiscard]] static SessionKey fromBytes(QByteArrayView hash)
    {
        SessionKey key;
        if (hash.size() == static_cast<qsizetype>(key.bytes.size())) {
            std::memcpy(key.bytes.data(), hash.data(), key.bytes.size());
        }
        return key;
    }
    friend bool operator==(const SessionKey& a, const SessionKey& b) { return a.bytes == b.bytes; }
};

// The key is already a uniform hash: its first bytes make a good bucket index without hashing again.
inline size_t qHash(const SessionKey& key, size_t seed = 0) noexcept
{
    size_t h = 0;
    std::memcpy(&h, key.bytes.data(), sizeof h);
    return h ^ seed;
}

} // namespace authscope

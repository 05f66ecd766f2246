#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace authscope::crypto {

// Key bytes that are overwritten when they are freed (D-WIPE-KEYS): the vault's data key and other raw keys live
// in one of these, never in a plain QByteArray whose copies would be freed unwiped. Not copyable: holders that
// share a key share the SecretBytes (std::shared_ptr), so the bytes are wiped exactly once, by the last one.
class SecretBytes final
{
public:
    explicit SecretBytes(QByteArrayView bytes);
    ~SecretBytes();
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&&) = delete;
    SecretBytes& operator=(SecretBytes&&) = delete;

    [[nodiscard]] QByteArrayView view() const { return m_bytes; }
    [[nodiscard]] const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(m_bytes.data()); }
    [[nodiscard]] qsizetype size() const { return m_bytes.size(); }

    // Overwrites the bytes in place (the buffer stays allocated, all zero); the destructor does the same.
    void wipe();
    // Whether every byte is zero: true after wipe(). For tests and assertions.
    [[nodiscard]] bool isWiped() const;

private:
    QByteArray m_bytes; // never shared: made by copying in the constructor and never handed out
};

} // namespace authscope::crypto

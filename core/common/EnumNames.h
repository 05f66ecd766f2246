#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace authscope {

// The texts of an enum's values, one per value in declaration order (the enum counts from 0 without gaps): one table
// answers value -> text and text -> value where a switch of `return QStringLiteral(...)` (and an if-chain back) said
// it case by case. Built by enumNames() below, which checks the count at compile time.
template <typename E, std::size_t N>
class EnumNames final
{
public:
    template <typename... S>
    consteval explicit EnumNames(const S&... texts) : m_texts{QStringView(texts)...}
    {}

    // The text of `value`, or `fallback` for a value outside the enum. The literal is not copied
    // (QString::fromRawData), so this costs what the switch's QStringLiteral did.
    [[nodiscard]] QString name(E value, QStringView fallback = {}) const
    {
        const auto i = static_cast<std::size_t>(value);
        return literal(i < N ? m_texts[i] : fallback);
    }

    // The value whose text is `text` exactly (a value without text, QStringView(), is never found).
    [[nodiscard]] std::optional<E> value(QStringView text) const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (!m_texts[i].isNull() && m_texts[i] == text) {
                return static_cast<E>(i);
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] static constexpr std::size_t size() { return N; }

private:
    static QString literal(QStringView text)
    {
        return text.isNull() ? QString() : QString::fromRawData(text.data(), text.size());
    }

    std::array<QStringView, N> m_texts;
};

// enumNames<Last>(u"first", ..., u"last"): one text per value from 0 to `Last`, the enum's last value.
template <auto Last, typename... S>
consteval auto enumNames(const S&... texts)
{
    static_assert(sizeof...(S) == static_cast<std::size_t>(Last) + 1, "one text per enum value");
    return EnumNames<decltype(Last), sizeof...(S)>(texts...);
}

} // namespace authscope

#include "ui/tokens/TokenPalette.h"

#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/ThemedColor.h"

namespace authscope {

TokenPalette TokenPalette::current()
{
    return isDarkPalette() ? dark() : light();
}

namespace {

// Light: each foreground keeps a contrast of at least 4.5:1 on white (WCAG AA). Dark: the same hues, lightened for
// a dark base (about 7:1 on #1e1f22).
struct PaletteEntry
{
    QColor TokenPalette::*member;
    ThemedColor color;
};

constexpr PaletteEntry kEntries[] = {
    {&TokenPalette::header, {0xc4003d, 0xff6b8f}},     {&TokenPalette::payload, {0x8e24aa, 0xd68cff}},
    {&TokenPalette::signature, {0x006f9a, 0x4fc3f7}},  {&TokenPalette::jweKey, {0xa34a00, 0xffab40}},
    {&TokenPalette::jweIv, {0x2e6b30, 0x81c784}},      {&TokenPalette::good, {0x1b7f3b, 0x5fd38a}},
    {&TokenPalette::bad, {0xb3261e, 0xff8a80}},        {&TokenPalette::caution, {0x8a5a00, 0xffcc66}},
    {&TokenPalette::info, {0x1a5fb4, 0x8ab4f8}},       {&TokenPalette::jsonString, {0x1b6e20, 0xa5d6a7}},
    {&TokenPalette::jsonNumber, {0xa04500, 0xffb74d}}, {&TokenPalette::jsonLiteral, {0x1a5fb4, 0x8ab4f8}},
};

TokenPalette variant(bool dark)
{
    TokenPalette p;
    for (const PaletteEntry& e : kEntries) {
        p.*e.member = e.color.in(dark);
    }
    return p;
}

} // namespace

TokenPalette TokenPalette::light()
{
    return variant(false);
}

TokenPalette TokenPalette::dark()
{
    return variant(true);
}

QColor TokenPalette::partColor(int index, int partCount) const
{
    if (partCount == 5) {
        switch (index) {
        case 0:
            return header;
        case 1:
            return jweKey;
        case 2:
            return jweIv;
        case 3:
            return payload;
        case 4:
            return signature;
        default:
            return bad;
        }
    }
    switch (index) {
    case 0:
        return header;
    case 1:
        return payload;
    case 2:
        return signature;
    default:
        return bad; // a part a compact JWS cannot have
    }
}

} // namespace authscope

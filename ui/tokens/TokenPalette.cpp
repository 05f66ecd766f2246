#include "ui/tokens/TokenPalette.h"

#include "ui/widgets/ColorScheme.h"

namespace authscope {

TokenPalette TokenPalette::current()
{
    return isDarkPalette() ? dark() : light();
}

TokenPalette TokenPalette::light()
{
    // Each foreground keeps a contrast of at least 4.5:1 on white (WCAG AA).
    TokenPalette p;
    p.header = QColor(0xc4, 0x00, 0x3d);
    p.payload = QColor(0x8e, 0x24, 0xaa);
    p.signature = QColor(0x00, 0x6f, 0x9a);
    p.jweKey = QColor(0xa3, 0x4a, 0x00);
    p.jweIv = QColor(0x2e, 0x6b, 0x30);
    p.good = QColor(0x1b, 0x7f, 0x3b);
    p.bad = QColor(0xb3, 0x26, 0x1e);
    p.caution = QColor(0x8a, 0x5a, 0x00);
    p.info = QColor(0x1a, 0x5f, 0xb4);
    p.jsonString = QColor(0x1b, 0x6e, 0x20);
    p.jsonNumber = QColor(0xa0, 0x45, 0x00);
    p.jsonLiteral = QColor(0x1a, 0x5f, 0xb4);
    return p;
}

TokenPalette TokenPalette::dark()
{
    // The same hues, lightened for a dark base (about 7:1 on #1e1f22).
    TokenPalette p;
    p.header = QColor(0xff, 0x6b, 0x8f);
    p.payload = QColor(0xd6, 0x8c, 0xff);
    p.signature = QColor(0x4f, 0xc3, 0xf7);
    p.jweKey = QColor(0xff, 0xab, 0x40);
    p.jweIv = QColor(0x81, 0xc7, 0x84);
    p.good = QColor(0x5f, 0xd3, 0x8a);
    p.bad = QColor(0xff, 0x8a, 0x80);
    p.caution = QColor(0xff, 0xcc, 0x66);
    p.info = QColor(0x8a, 0xb4, 0xf8);
    p.jsonString = QColor(0xa5, 0xd6, 0xa7);
    p.jsonNumber = QColor(0xff, 0xb7, 0x4d);
    p.jsonLiteral = QColor(0x8a, 0xb4, 0xf8);
    return p;
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

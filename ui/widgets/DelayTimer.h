#pragma once

class QObject;
class QTimer;

namespace authscope {

// A single-shot timer of `ms` milliseconds. Started again on every change of an input, it fires once the input has
// been still that long (typing settles before a check, a filter or a redraw runs).
[[nodiscard]] QTimer* makeDelayTimer(int ms, QObject* parent);

} // namespace authscope

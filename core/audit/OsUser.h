#pragma once

#include <QString>

namespace authscope {

// The operating-system account running AuthScope: the actor of every audit row.
[[nodiscard]] QString osUserName();

} // namespace authscope

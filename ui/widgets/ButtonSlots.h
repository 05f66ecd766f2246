#pragma once

#include <QAbstractButton>

#include <initializer_list>
#include <utility>

namespace authscope {

// A page's buttons and what each does, as one table: connects every button's clicked() to its slot of `receiver`
// (a slot without arguments). connectClicks(this, {{m_refreshButton, &Page::refresh}, ...}).
template <typename Receiver>
void connectClicks(Receiver* receiver,
                   std::initializer_list<std::pair<QAbstractButton*, void (Receiver::*)()>> buttonSlots)
{
    for (const auto& [button, slot] : buttonSlots) {
        QObject::connect(button, &QAbstractButton::clicked, receiver, slot);
    }
}

} // namespace authscope

#pragma once

#include <QByteArray>

namespace authscope::test {

// The name of a step of an incremental HTTP reader (HttpRequestParser and HttpResponseReader share the three
// steps), allocated as QTest's toString() overloads must be, so that QCOMPARE prints steps by name.
template <typename Step>
char* stepToString(Step step)
{
    const char* name = step == Step::NeedMore ? "NeedMore"
                       : step == Step::Ready  ? "Ready"
                       : step == Step::Failed ? "Failed"
                                              : "?";
    return qstrdup(name);
}

} // namespace authscope::test

#pragma once

// The HTTP types by name only, for headers that pass them by reference (what <iosfwd> is to the streams).

namespace authscope::http {

struct HttpRequest;
struct HttpResponse;
class HttpRouter;

} // namespace authscope::http

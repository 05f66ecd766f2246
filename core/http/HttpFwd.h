#pragma once

// The HTTP message types, declared for headers that only name them (their definitions pull in Qt's network types).
namespace authscope::http {
struct HttpRequest;
struct HttpResponse;
} // namespace authscope::http

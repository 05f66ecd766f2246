#include "core/lab/LabHttpClient.h"

namespace authscope::lab {

namespace {

// Host names the port too (port 0: none), so that the server sees the URL a DPoP proof's htu names (RFC 9449).
http::HttpClient::Options labOptions(const QHostAddress& address, quint16 port)
{
    http::HttpClient::Options options;
    options.hostHeader = address.toString().toLatin1() + (port != 0 ? ':' + QByteArray::number(port) : QByteArray());
    options.userAgent = QByteArrayLiteral("authscope-lab");
    return options;
}

// "Name: value" lines as the client's header pairs (the same bytes on the wire), plus the JSON body's type.
http::HttpClient::Headers toHeaders(const QList<QByteArray>& lines, bool json)
{
    http::HttpClient::Headers headers;
    headers.reserve(lines.size() + 1);
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        headers.append({line.left(colon), colon < 0 ? QByteArray() : line.sliced(colon + 1).trimmed()});
    }
    if (json) {
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    return headers;
}

} // namespace

LabHttpClient::LabHttpClient(const QHostAddress& address, quint16 port)
    : m_client(address.toString(), port, labOptions(address, port))
{}

LabHttpClient::~LabHttpClient() = default;

QByteArray LabHttpClient::buildRequest(QByteArrayView method, QByteArrayView path, const QList<QByteArray>& headers,
                                       const QByteArray& jsonBody)
{
    const QHostAddress loopback(QHostAddress::LocalHost);
    const http::HttpClient client(loopback.toString(), 0, labOptions(loopback, 0));
    return client.requestBytes(method, path, toHeaders(headers, !jsonBody.isEmpty()), jsonBody);
}

Result<http::HttpClientResponse> LabHttpClient::request(QByteArrayView method, QByteArrayView path,
                                                        const QList<QByteArray>& headers, const QByteArray& jsonBody,
                                                        int timeoutMs)
{
    m_client.setTimeout(timeoutMs);
    auto response = m_client.send(method, path, toHeaders(headers, !jsonBody.isEmpty()), jsonBody);
    if (!response) {
        return fail(QStringLiteral("lab.http"), QStringLiteral("The scratch server: %1").arg(response.error().message));
    }
    return response;
}

} // namespace authscope::lab

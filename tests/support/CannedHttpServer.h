#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace authscope::test {

// A real HTTP/1.1 server on 127.0.0.1 that answers each path with bytes the test wrote, to give the issuer client
// every failure a provider can show: a 500, an oversized body, a redirect loop, a wrong issuer, broken JSON, or no
// answer at all (a hang). Requests are counted per path. held(true) makes it a provider that answers late, for as
// long as the test needs, with no timing in the test: every request waits until release().
class CannedHttpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedHttpServer)

public:
    explicit CannedHttpServer(QObject* parent = nullptr);

    [[nodiscard]] QString url() const; // http://127.0.0.1:PORT

    // A full answer: status line, headers and body.
    void answer(const QByteArray& path, int status, const QByteArray& body, const QByteArray& extraHeaders = {});
    void answerRaw(const QByteArray& path, const QByteArray& bytes);
    void hang(const QByteArray& path); // accept, read, never answer
    [[nodiscard]] int count(const QByteArray& path) const { return m_counts.value(path); }
    // Requests read from now on wait for release() (counted when read).
    void hold(bool held) { m_held = held; }
    // Answers what is waiting, and from now on answers at once.
    void release();
    [[nodiscard]] int waiting() const { return static_cast<int>(m_waiting.size()); }

private:
    void serve(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const QByteArray& path);

    QHash<QByteArray, QByteArray> m_answers; // empty value: hang
    QHash<QByteArray, int> m_counts;
    bool m_held = false;
    QList<QPair<QPointer<QTcpSocket>, QByteArray>> m_waiting; // socket and path
};

} // namespace authscope::test

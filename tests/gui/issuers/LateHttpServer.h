#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace authscope::test {

// A real HTTP/1.1 server on 127.0.0.1 that holds every request until the test calls release(): a provider that
// answers late, for as long as the test needs, with no timing in the test. Answers are JSON per path; requests
// are counted, and the last body received per path is kept.
class LateHttpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LateHttpServer)

public:
    explicit LateHttpServer(QObject* parent = nullptr);

    [[nodiscard]] QString url() const; // http://127.0.0.1:PORT
    void answer(const QByteArray& path, const QByteArray& json);
    void hold(bool held) { m_held = held; }
    // Answers what is waiting, and from now on answers at once.
    void release();
    [[nodiscard]] int waiting() const { return static_cast<int>(m_waiting.size()); }
    [[nodiscard]] int count(const QByteArray& path) const { return m_counts.value(path); }

private:
    void read(QTcpSocket* socket);
    void respond(QTcpSocket* socket);

    bool m_held = true;
    QHash<QByteArray, QByteArray> m_answers;
    QHash<QByteArray, int> m_counts;
    QList<QPointer<QTcpSocket>> m_waiting;
};

} // namespace authscope::test

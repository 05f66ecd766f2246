#pragma once

#include "core/server/RequestLogEntry.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace authscope {

class WarningBanner;

// The request log's detail, Burp-style, under the log: the request line, headers and body, the response status,
// headers and body, the full refusal reason and how long the credential check took. Credentials show masked (the
// server masked them when it recorded the exchange, RequestLogDetail); a token the request carried or the response
// issued can be opened in the Tokens page, and only there is it shown whole.
class RequestDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDetailPane)

public:
    explicit RequestDetailPane(QWidget* parent = nullptr);

    void showEntry(const RequestLogEntry* entry);
    [[nodiscard]] QString requestText() const;
    [[nodiscard]] QString responseText() const;

Q_SIGNALS:
    void tokenOpenRequested(const QString& token);

private:
    void showTokens(const RequestLogDetail& detail);

    QLabel* m_summary = nullptr;
    WarningBanner* m_reason = nullptr;
    QPlainTextEdit* m_request = nullptr;
    QPlainTextEdit* m_response = nullptr;
    QPushButton* m_openToken = nullptr;
    QList<RequestLogDetail::Token> m_tokens;
};

} // namespace authscope

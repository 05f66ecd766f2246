#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace authscope {

class TokenEditor;

// The token inspector's input column: the token editor with Open, Paste and Clear, the decode error, a one-line
// summary of the token, the expiry countdown, and buttons that copy each part of the token. It shows what the
// page tells it and reports what the user asks for; the page reads and decodes.
class TokenInputPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInputPane)

public:
    enum class Part
    {
        Header,
        Payload,
        Signature,
        Whole
    };

    explicit TokenInputPane(QWidget* parent = nullptr);

    [[nodiscard]] TokenEditor* editor() const { return m_editor; }
    // The last control of the pane in the page's reading order.
    [[nodiscard]] QWidget* lastInTabOrder() const;

    void showError(const QString& text);
    void hideError();
    [[nodiscard]] bool isErrorShown() const;
    void setErrorColor(const QColor& color);
    void setSummary(const QString& text, const QColor& color);
    void setSummaryColor(const QColor& color);
    void clearSummary();
    void showExpiry(const QString& text, const QColor& color);
    void hideExpiry();
    void clearExpiry();
    void setCopyEnabled(bool header, bool payload, bool signature, bool whole);

Q_SIGNALS:
    void openRequested();
    void pasteRequested();
    void clearRequested();
    void copyRequested(authscope::TokenInputPane::Part part);

private:
    QLayout* buildTopRow();
    QLayout* buildCopyRow();
    void buildLabels();

    TokenEditor* m_editor = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_expiryLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_pasteButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QToolButton* m_copyHeaderButton = nullptr;
    QToolButton* m_copyPayloadButton = nullptr;
    QToolButton* m_copySignatureButton = nullptr;
    QToolButton* m_copyTokenButton = nullptr;
};

} // namespace authscope

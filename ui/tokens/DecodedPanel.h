#pragma once

#include <QColor>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace authscope {

class JsonHighlighter;
class ToneLabel;

namespace jose {
struct DecodedToken;
}

// The decoded parts of a token, as jwt.io shows them: the header and the payload as indented JSON in the order
// the token sent them (coloured like their part), and the signature in base64url and hex with its length. A
// JWE shows its protected header and says plainly that decryption is not supported yet.
class DecodedPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecodedPanel)

public:
    explicit DecodedPanel(QWidget* parent = nullptr);

    void showToken(const jose::DecodedToken& token);
    void clear();
    // The verdict of the Verify tab ("valid", "invalid", "none", "unsupported"), its text and colour; empty hides.
    void setVerdict(const QString& state, const QString& text, const QColor& color);

Q_SIGNALS:
    void copied(const QString& what);
    void verifyRequested();
    void decryptRequested();
    void dpopRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    ToneLabel* m_jweLabel = nullptr;
    QLabel* m_verdictLabel = nullptr;
    ToneLabel* m_bindingLabel = nullptr;
    QPlainTextEdit* m_headerView = nullptr;
    QPlainTextEdit* m_payloadView = nullptr;
    QPlainTextEdit* m_signatureView = nullptr;
    JsonHighlighter* m_headerHighlighter = nullptr;
    JsonHighlighter* m_payloadHighlighter = nullptr;
    QLabel* m_payloadNote = nullptr;
    QLabel* m_signatureNote = nullptr;
    QPushButton* m_copyHeaderButton = nullptr;
    QPushButton* m_copyPayloadButton = nullptr;
};

} // namespace authscope

#include "ui/server/RequestDetailPane.h"

#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"
#include "ui/widgets/WarningBanner.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace authscope {

namespace {

QPlainTextEdit* makeView(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* view = makeNamed<QPlainTextEdit>(name, parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setAccessibleName(accessibleName);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    view->setFont(mono);
    return view;
}

QWidget* titled(const QString& title, QWidget* view, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = makeMarginless<QVBoxLayout>(box);
    auto* label = makeBuddyLabel(title, view, box);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return box;
}

// D-DISPLAY: everything here came over the wire, so control characters show escaped; a body keeps its lines.
QString exchangeText(const QByteArray& firstLine, const RequestLogDetail::Headers& headers, const QByteArray& body,
                     qint64 bodyBytes)
{
    QString text = DisplayText::escape(QString::fromUtf8(firstLine)) + u'\n';
    for (const auto& [name, value] : headers) {
        text += DisplayText::escape(QString::fromUtf8(name)) + QStringLiteral(": ") +
                DisplayText::escape(QString::fromUtf8(value)) + u'\n';
    }
    if (bodyBytes > 0) {
        text += u'\n' + DisplayText::escapeLines(QString::fromUtf8(body));
        if (bodyBytes > body.size()) {
            text += u'\n' + RequestDetailPane::tr("[%1 bytes in all; the first %2 are shown]")
                                .arg(QLocale().toString(bodyBytes), QLocale().toString(body.size()));
        }
    }
    return text;
}

} // namespace

RequestDetailPane::RequestDetailPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("requestDetailPane"));
    m_summary = makeMessageLabel(QStringLiteral("detailSummaryLabel"), this);
    m_reason = makeNamed<WarningBanner>(QStringLiteral("refusalReasonBanner"), this);
    m_request = makeView(QStringLiteral("detailRequestTextEdit"), tr("Request"), this);
    m_response = makeView(QStringLiteral("detailResponseTextEdit"), tr("Response"), this);
    m_openToken = makeButton(tr("Open in &Tokens"), QStringLiteral("openInTokensButton"), this,
                             tr("Load the token this exchange carried into the Tokens page"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_openToken);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(titled(tr("Request"), m_request, split));
    split->addWidget(titled(tr("Response"), m_response, split));
    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addLayout(top);
    layout->addWidget(m_reason);
    layout->addWidget(split, 1);

    connect(m_openToken, &QPushButton::clicked, this, [this] {
        if (m_tokens.size() == 1) {
            Q_EMIT tokenOpenRequested(QString::fromUtf8(m_tokens.first().value));
        }
    });
    showEntry(nullptr);
}

QString RequestDetailPane::requestText() const
{
    return m_request->toPlainText();
}

QString RequestDetailPane::responseText() const
{
    return m_response->toPlainText();
}

void RequestDetailPane::showEntry(const RequestLogEntry* entry)
{
    m_request->clear();
    m_response->clear();
    m_reason->setMessage(QString());
    m_tokens.clear();
    if (QMenu* old = m_openToken->menu()) {
        m_openToken->setMenu(nullptr);
        old->deleteLater();
    }
    m_openToken->setEnabled(false);
    if (entry == nullptr) {
        m_summary->setText(tr("Select a request in the log to see it in detail."));
        return;
    }
    QStringList facts{
        tr("%1 %2 → %3")
            .arg(DisplayText::escape(QString::fromLatin1(entry->method)), DisplayText::escape(entry->path))
            .arg(entry->status)};
    if (entry->authMicros >= 0) {
        facts << tr("credential check %1 µs").arg(QLocale().toString(entry->authMicros));
    }
    if (entry->totalMicros >= 0) {
        facts << tr("total %1 µs").arg(QLocale().toString(entry->totalMicros));
    }
    if (!entry->remote.isEmpty()) {
        facts << tr("from %1").arg(DisplayText::escape(entry->remote));
    }
    facts << TimeFormat::timeOfDay(entry->timeMs);
    m_summary->setText(facts.join(QStringLiteral(" · ")));
    const RequestLogDetail* detail = entry->detail.get();
    if (detail == nullptr) {
        // Refused by the connection guard before any handler ran, or an older row whose detail the log let go.
        const QString why = entry->totalMicros < 0
                                ? tr("Refused before any handler ran (%1): nothing more was read.")
                                      .arg(DisplayText::escape(entry->note))
                                : tr("No detail kept for this request: only the newest requests keep theirs.");
        m_request->setPlainText(why);
        if (entry->status >= 400 && !entry->note.isEmpty()) {
            m_reason->setMessage(DisplayText::escape(entry->note).toHtmlEscaped(), StatusColor::Bad);
        }
        return;
    }
    m_request->setPlainText(
        exchangeText(detail->requestLine, detail->requestHeaders, detail->requestBody, detail->requestBodyBytes));
    m_response->setPlainText(
        exchangeText(detail->statusLine, detail->responseHeaders, detail->responseBody, detail->responseBodyBytes));
    if (!detail->reason.isEmpty()) {
        m_reason->setMessage(tr("Refused: %1").arg(DisplayText::escape(detail->reason).toHtmlEscaped()),
                             StatusColor::Bad);
    }
    showTokens(*detail);
}

void RequestDetailPane::showTokens(const RequestLogDetail& detail)
{
    m_tokens = detail.tokens;
    m_openToken->setEnabled(!m_tokens.isEmpty());
    if (m_tokens.size() > 1) {
        auto* menu = new QMenu(m_openToken);
        for (const RequestLogDetail::Token& token : std::as_const(m_tokens)) {
            menu->addAction(DisplayText::escape(token.where), this,
                            [this, value = token.value] { Q_EMIT tokenOpenRequested(QString::fromUtf8(value)); });
        }
        m_openToken->setMenu(menu);
    } else if (m_tokens.size() == 1) {
        m_openToken->setToolTip(tr("Load the token (%1) into the Tokens page").arg(m_tokens.first().where));
    }
}

} // namespace authscope

#include "ui/tokens/DpopPanel.h"

#include "core/common/DisplayText.h"
#include "core/dpop/DpopError.h"
#include "core/dpop/DpopValidator.h"
#include "ui/tokens/DpopBinding.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/tokens/ToneLabel.h"
#include "ui/widgets/CodeTextEdit.h"
#include "ui/widgets/DelayTimer.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/UserMessage.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace authscope {

DpopPanel::DpopPanel(const Clock& clock, QWidget* parent) : QWidget(parent), m_clock(clock)
{
    QScrollArea* scroll = makeScrollPane(QStringLiteral("dpopInputsScrollArea"), buildInputs(), this);

    auto* splitter =
        makeSplitter(QStringLiteral("dpopSplitter"), Qt::Vertical, {{scroll, 3}, {buildResults(), 2}}, this);

    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addWidget(splitter);

    m_timer = makeDelayTimer(250, this);
    connectSignals();
    updateTokenFields();
    showVerdict(Verdict::None, tr("Paste a DPoP proof (the value of the request's DPoP header) to check it."));
}

QWidget* DpopPanel::buildInputs()
{
    auto* inputs = new QWidget(this);
    m_proofEdit = makeCodeTextEdit(QStringLiteral("dpopProofTextEdit"), tr("DPoP proof"), inputs);
    m_proofEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    m_proofEdit->setPlaceholderText(tr("The DPoP proof: a JWS with typ dpop+jwt, as sent in the DPoP header"));
    m_proofEdit->setMinimumHeight(60);
    m_proofEdit->setMaximumHeight(110);

    m_methodCombo = makeNamed<QComboBox>(QStringLiteral("dpopMethodComboBox"), inputs);
    m_methodCombo->setEditable(true);
    m_methodCombo->setInsertPolicy(QComboBox::NoInsert);
    m_methodCombo->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                             QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                             QStringLiteral("OPTIONS")});
    m_methodCombo->setAccessibleName(tr("HTTP method"));
    m_methodCombo->setToolTip(tr("The request's method; the proof's htm must be exactly this"));
    m_urlEdit =
        makeLineEdit(QStringLiteral("dpopUrlLineEdit"),
                     tr("https://api.example/resource (query and fragment are ignored)"), tr("Request URL"), inputs);
    m_urlEdit->setClearButtonEnabled(true);

    m_tokenCombo = makeNamed<QComboBox>(QStringLiteral("dpopTokenComboBox"), inputs);
    m_tokenCombo->setAccessibleName(tr("Access token"));
    m_tokenCombo->addItem(tr("None: check the proof alone"), static_cast<int>(TokenChoice::None));
    m_tokenCombo->addItem(tr("The token on this page"), static_cast<int>(TokenChoice::PageToken));
    m_tokenCombo->addItem(tr("Another access token (paste it below)"), static_cast<int>(TokenChoice::Other));
    m_tokenCombo->setToolTip(tr("With an access token, the proof's ath must be its hash and the token's cnf.jkt "
                                "the thumbprint of the proof's key"));
    m_otherTokenEdit = makeLineEdit(QStringLiteral("dpopOtherTokenLineEdit"),
                                    tr("The access token sent with the proof"), tr("Other access token"), inputs);
    m_nonceEdit = makeLineEdit(QStringLiteral("dpopNonceLineEdit"), tr("None: the server demands no nonce"),
                               tr("Expected nonce"), inputs);
    m_nonceEdit->setClearButtonEnabled(true);
    m_windowSpin = makeNamed<QSpinBox>(QStringLiteral("dpopWindowSpinBox"), inputs);
    m_windowSpin->setRange(1, dpop::DpopPolicy::MaxWindowSecs);
    m_windowSpin->setValue(dpop::DpopPolicy{}.iatWindowSecs);
    m_windowSpin->setSuffix(tr(" s"));
    m_windowSpin->setToolTip(tr("How far the proof's iat may be from now (RFC 9449 §11.1)"));
    m_bindingLabel = makeQuotingLabel(QStringLiteral("dpopBindingLabel"), inputs); // D-DISPLAY: it quotes the token

    auto* form = makeFieldForm(inputs);
    auto* proofLabel = makeBuddyLabel(tr("Proof (the DPoP header's value):"), m_proofEdit, inputs);
    form->addRow(proofLabel);
    form->addRow(m_proofEdit);
    addBuddyRow(form, tr("&Method:"), m_methodCombo);
    addBuddyRow(form, tr("&URL:"), m_urlEdit);
    addBuddyRow(form, tr("Access to&ken:"), m_tokenCombo);
    form->addRow(QString(), m_otherTokenEdit);
    addBuddyRow(form, tr("Expected &nonce:"), m_nonceEdit);
    addBuddyRow(form, tr("iat &window:"), m_windowSpin);
    form->addRow(m_bindingLabel);
    return inputs;
}

QWidget* DpopPanel::buildResults()
{
    auto* results = new QWidget(this);
    m_checkButton =
        makeNamed<QPushButton>(QStringLiteral("dpopCheckButton"), style()->standardIcon(QStyle::SP_DialogApplyButton),
                               tr("Check proof"), results);
    m_autoCheck = makeNamed<QCheckBox>(QStringLiteral("dpopAutoCheckBox"), tr("Check as I type"), results);
    m_autoCheck->setChecked(true);
    m_verdictLabel = new ToneLabel(QStringLiteral("dpopVerdictLabel"), results, "verdict");
    m_verdictLabel->setTextFormat(Qt::PlainText); // D-DISPLAY: it quotes the token
    m_verdictLabel->setAccessibleName(tr("Proof verdict"));
    QFont big = m_verdictLabel->font();
    big.setBold(true);
    m_verdictLabel->setFont(big);
    m_keyLabel = makeQuotingLabel(QStringLiteral("dpopProofKeyLabel"), results); // D-DISPLAY: it quotes the token
    m_issuesList = makeNamed<QListWidget>(QStringLiteral("dpopIssuesListWidget"), results);
    m_issuesList->setAccessibleName(tr("Failed rules"));
    m_issuesList->setWordWrap(true);
    m_issuesList->setMinimumHeight(70);
    m_proofView = makeCodeTextEdit(QStringLiteral("dpopProofJsonTextEdit"), tr("Decoded proof"), results);
    m_proofView->setReadOnly(true);
    m_proofView->setPlaceholderText(tr("The proof's header and claims appear here."));

    auto* row = new QHBoxLayout;
    row->addWidget(m_checkButton);
    row->addWidget(m_autoCheck);
    row->addStretch(1);
    auto* layout = makeMarginless<QVBoxLayout>(results);
    layout->addLayout(row);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_issuesList, 2);
    layout->addWidget(m_proofView, 1);
    return results;
}

void DpopPanel::connectSignals()
{
    connect(m_timer, &QTimer::timeout, this, &DpopPanel::check);
    connect(m_checkButton, &QPushButton::clicked, this, &DpopPanel::check);
    connect(m_proofEdit, &QPlainTextEdit::textChanged, this, &DpopPanel::scheduleCheck);
    connect(m_methodCombo, &QComboBox::currentTextChanged, this, &DpopPanel::scheduleCheck);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &DpopPanel::scheduleCheck);
    connect(m_otherTokenEdit, &QLineEdit::textChanged, this, [this] {
        updateTokenFields();
        scheduleCheck();
    });
    connect(m_nonceEdit, &QLineEdit::textChanged, this, &DpopPanel::scheduleCheck);
    connect(m_windowSpin, &QSpinBox::valueChanged, this, &DpopPanel::scheduleCheck);
    connect(m_tokenCombo, &QComboBox::activated, this, [this] { m_choiceTouched = true; });
    connect(m_tokenCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateTokenFields();
        scheduleCheck();
    });
    connect(m_autoCheck, &QCheckBox::toggled, this, &DpopPanel::scheduleCheck);
}

void DpopPanel::setPageToken(const QByteArray& token, const QString& jkt)
{
    if (token == m_pageToken && jkt == m_pageJkt) {
        return;
    }
    m_pageToken = token;
    m_pageJkt = jkt;
    if (!m_choiceTouched) {
        // A proof travels with an access token: the one on the page, when there is one.
        const QSignalBlocker block(m_tokenCombo);
        setTokenChoice(token.isEmpty() ? TokenChoice::None : TokenChoice::PageToken);
        m_choiceTouched = false;
    }
    updateTokenFields();
    scheduleCheck();
}

void DpopPanel::setProof(const QString& proof)
{
    m_proofEdit->setPlainText(proof);
}

void DpopPanel::setRequest(const QString& method, const QString& url)
{
    m_methodCombo->setCurrentText(method);
    m_urlEdit->setText(url);
}

void DpopPanel::setTokenChoice(TokenChoice choice)
{
    m_choiceTouched = true;
    m_tokenCombo->setCurrentIndex(std::max(0, m_tokenCombo->findData(static_cast<int>(choice))));
    updateTokenFields();
}

DpopPanel::TokenChoice DpopPanel::tokenChoice() const
{
    return static_cast<TokenChoice>(m_tokenCombo->currentData().toInt());
}

QByteArray DpopPanel::chosenToken() const
{
    switch (tokenChoice()) {
    case TokenChoice::None:
        return {};
    case TokenChoice::PageToken:
        return m_pageToken;
    case TokenChoice::Other:
        return m_otherTokenEdit->text().trimmed().toLatin1();
    }
    return {};
}

QString DpopPanel::chosenJkt() const
{
    if (tokenChoice() == TokenChoice::PageToken) {
        return m_pageJkt; // worked out when the page's token was decoded
    }
    const QByteArray token = chosenToken(); // empty when no token goes with the proof
    return token.isEmpty() ? QString() : DpopBinding::jktOfToken(token);
}

void DpopPanel::updateTokenFields()
{
    const TokenChoice choice = tokenChoice();
    m_otherTokenEdit->setVisible(choice == TokenChoice::Other);
    const QByteArray token = chosenToken();
    const TokenPalette palette = TokenPalette::current();
    QColor color;
    QString text;
    if (choice == TokenChoice::None) {
        text = tr("No access token: ath and cnf.jkt are not checked.");
        color = QApplication::palette().color(QPalette::PlaceholderText);
    } else if (token.isEmpty()) {
        text = choice == TokenChoice::PageToken ? tr("There is no signed token on this page (a JWE is not an access "
                                                     "token a proof can name): the proof is checked alone.")
                                                : tr("Paste the access token sent with the proof.");
        color = palette.caution;
    } else if (const QString jkt = chosenJkt(); !jkt.isEmpty()) {
        text = tr("The access token is bound to the key with thumbprint %1 (cnf.jkt): the proof must be signed by "
                  "that key, and its ath must be the token's hash.")
                   .arg(DisplayText::escape(jkt));
        color = palette.info;
    } else {
        text = tr("The access token carries no cnf.jkt: it is a bearer token, not bound to any DPoP key, and a "
                  "server that expects a DPoP-bound token refuses it (dpop.jkt-missing).");
        color = palette.caution;
    }
    m_bindingLabel->setText(text);
    setTextColor(m_bindingLabel, color);
}

void DpopPanel::scheduleCheck()
{
    if (m_autoCheck->isChecked()) {
        m_timer->start();
    }
}

QByteArray DpopPanel::proofBytes() const
{
    QString text = m_proofEdit->toPlainText();
    if (text.size() > MaxInputChars) {
        return text.left(MaxInputChars + 1).toUtf8(); // refused by the size cap, not converted whole
    }
    // A pasted header line ("DPoP: eyJ...") is taken for its value.
    static const QRegularExpression headerName(QStringLiteral("^\\s*DPoP\\s*:\\s*"),
                                               QRegularExpression::CaseInsensitiveOption);
    text.remove(headerName);
    return text.trimmed().toUtf8();
}

void DpopPanel::check()
{
    m_timer->stop();
    m_result.reset();
    m_issuesList->clear();
    m_proofView->clear();
    m_keyLabel->clear();
    const QByteArray proof = proofBytes();
    const QString method = m_methodCombo->currentText().trimmed();
    const QString url = m_urlEdit->text().trimmed();
    if (proof.isEmpty()) {
        showVerdict(Verdict::None, tr("Paste a DPoP proof (the value of the request's DPoP header) to check it."));
        return;
    }
    if (method.isEmpty() || url.isEmpty()) {
        showVerdict(Verdict::None, tr("Give the request's method and URL: the proof is checked against them."));
        return;
    }
    dpop::DpopPolicy policy;
    policy.iatWindowSecs = m_windowSpin->value();
    dpop::DpopRequest request;
    request.method = method.toLatin1();
    request.url = url;
    request.accessToken = chosenToken();
    request.boundJkt = request.accessToken.isEmpty() ? QString() : chosenJkt();
    request.expectedNonce = m_nonceEdit->text().trimmed();
    // No replay cache: a proof pasted here was seen by a server first, so "already used" would always be true.
    const dpop::DpopResult result = dpop::DpopValidator(policy, m_clock).validate(proof, request);
    m_result = result;

    if (!result.header.isEmpty() || !result.claims.isEmpty()) {
        // D-DISPLAY: the proof's header and claims are whatever its maker wrote.
        m_proofView->setPlainText(
            tr("Header:\n%1\nClaims:\n%2").arg(jsonShown(result.header), jsonShown(result.claims)));
    }
    if (!result.jkt.isEmpty()) {
        m_keyLabel->setText(tr("Proof key thumbprint (RFC 7638): %1").arg(DisplayText::escape(result.jkt)));
    }
    QStringList titles;
    for (const Error& issue : result.issues) {
        // D-DISPLAY: the sentences quote the proof (its htm, htu, typ).
        addIssue(issue.code + QStringLiteral(" — ") + withoutCliHints(issue.message), issue.code, Verdict::Invalid);
        const QString title = titleFor(issue.code);
        if (!titles.contains(title)) {
            titles << title;
        }
    }
    if (result.valid) {
        addIssue(tr("Every rule of RFC 9449 §4.3 passed (replay not checked here: that needs the server's memory of "
                    "the proofs it saw)"),
                 QStringLiteral("check.dpop"), Verdict::Valid);
        const QString bound =
            request.accessToken.isEmpty() ? QString() : tr(", for the access token given (ath and cnf.jkt match)");
        showVerdict(Verdict::Valid,
                    tr("✔ Valid DPoP proof for %1 %2%3")
                        .arg(DisplayText::escape(method).left(32), DisplayText::escape(url).left(200), bound));
        return;
    }
    showVerdict(Verdict::Invalid, tr("✘ Refused: %1").arg(titles.join(QStringLiteral(", "))));
}

QString DpopPanel::titleFor(const QString& code)
{
    using dpop::DpopErrc;
    const auto is = [&code](DpopErrc errc) { return code == dpop::DpopError::code(errc); };
    if (is(DpopErrc::Malformed)) {
        return tr("not a readable proof");
    }
    if (is(DpopErrc::TooLarge)) {
        return tr("too large");
    }
    if (is(DpopErrc::Typ)) {
        return tr("wrong type (typ)");
    }
    if (is(DpopErrc::Alg)) {
        return tr("algorithm not allowed");
    }
    if (is(DpopErrc::JwkMissing)) {
        return tr("no key (jwk)");
    }
    if (is(DpopErrc::JwkPrivate)) {
        return tr("private key in the proof");
    }
    if (is(DpopErrc::JwkInvalid)) {
        return tr("unusable key (jwk)");
    }
    if (is(DpopErrc::Signature)) {
        return tr("signature does not verify");
    }
    if (is(DpopErrc::Claims)) {
        return tr("claims unreadable");
    }
    if (is(DpopErrc::Htm)) {
        return tr("wrong method (htm)");
    }
    if (is(DpopErrc::Htu)) {
        return tr("wrong URL (htu)");
    }
    if (is(DpopErrc::Iat)) {
        return tr("outside the time window (iat)");
    }
    if (is(DpopErrc::Jti)) {
        return tr("no usable jti");
    }
    if (is(DpopErrc::AthMissing)) {
        return tr("token hash missing (ath)");
    }
    if (is(DpopErrc::AthMismatch)) {
        return tr("made for another token (ath)");
    }
    if (is(DpopErrc::NonceMissing)) {
        return tr("nonce missing");
    }
    if (is(DpopErrc::NonceMismatch)) {
        return tr("wrong nonce");
    }
    if (is(DpopErrc::JktMissing)) {
        return tr("token not bound (no cnf.jkt)");
    }
    if (is(DpopErrc::JktMismatch)) {
        return tr("signed by another key than the token's (cnf.jkt)");
    }
    return code;
}

void DpopPanel::addIssue(const QString& text, const QString& code, Verdict kind)
{
    const QStyle::StandardPixmap icon =
        kind == Verdict::Invalid ? QStyle::SP_MessageBoxCritical : QStyle::SP_DialogApplyButton;
    auto* item = new QListWidgetItem(style()->standardIcon(icon), DisplayText::escape(text), m_issuesList);
    item->setData(CodeRole, code);
    item->setData(CodeRole + 1, static_cast<int>(kind));
    item->setToolTip(code);
    colorItem(item);
}

void DpopPanel::colorItem(QListWidgetItem* item)
{
    const TokenPalette palette = TokenPalette::current();
    const auto kind = static_cast<Verdict>(item->data(CodeRole + 1).toInt());
    item->setForeground(kind == Verdict::Invalid ? palette.bad : palette.good);
}

QString DpopPanel::verdictText() const
{
    return m_verdictLabel->text();
}

void DpopPanel::showVerdict(Verdict verdict, const QString& text)
{
    const bool changed = verdict != m_verdict || text != m_verdictLabel->text();
    m_verdict = verdict;
    static const char* const names[] = {"none", "valid", "invalid"};
    using Tone = ToneLabel::Tone;
    static constexpr Tone tones[] = {Tone::Plain, Tone::Good, Tone::Bad};
    m_verdictLabel->setOutcome(text, names[static_cast<int>(verdict)], tones[static_cast<int>(verdict)]);
    if (changed) {
        Q_EMIT checked(verdict);
    }
}

void DpopPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateTokenFields();
        for (int i = 0; i < m_issuesList->count(); ++i) {
            colorItem(m_issuesList->item(i));
        }
    }
}

} // namespace authscope

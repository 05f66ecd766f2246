#include "ui/tokens/VerifyPanel.h"

#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"
#include "core/jose/JoseError.h"
#include "core/jose/Jws.h"
#include "core/jose/TokenValidator.h"
#include "ui/tokens/KeyInputWidget.h"
#include "ui/tokens/PolicyEditor.h"
#include "ui/tokens/RelativeTime.h"
#include "ui/tokens/TokenPalette.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace authscope {

namespace {

const QString kSignatureCodes[] = {
    QStringLiteral("jose.signature-mismatch"), QStringLiteral("jose.signature-malformed"),
    QStringLiteral("jose.kid-unknown"),        QStringLiteral("jose.no-key"),
    QStringLiteral("jose.alg-none"),           QStringLiteral("jose.alg-unsupported"),
    QStringLiteral("jose.alg-not-allowed"),    QStringLiteral("jose.key-mismatch"),
    QStringLiteral("jose.key-unusable"),       QStringLiteral("jose.key-too-small"),
    QStringLiteral("jose.internal"),
};

} // namespace

VerifyPanel::VerifyPanel(const Clock& clock, QWidget* parent) : QWidget(parent), m_clock(clock)
{
    m_keyInput = new KeyInputWidget(KeyInputWidget::Purpose::Verify, this);
    m_keyInput->setObjectName(QStringLiteral("verifyKeyInputWidget"));
    auto* keyGroup = new QGroupBox(tr("Key"), this);
    auto* keyLayout = new QVBoxLayout(keyGroup);
    m_issuerKeysButton = new QPushButton(this);
    m_issuerKeysButton->setObjectName(QStringLiteral("issuerKeysButton"));
    m_issuerKeysButton->setToolTip(tr("Verify with the keys stored for this saved issuer, and require its iss"));
    m_issuerKeysButton->hide();
    m_issuerNote = new QLabel(this);
    m_issuerNote->setObjectName(QStringLiteral("issuerNoteLabel"));
    m_issuerNote->setWordWrap(true);
    m_issuerNote->hide();
    keyLayout->addWidget(m_issuerKeysButton);
    keyLayout->addWidget(m_issuerNote);
    keyLayout->addWidget(m_keyInput);
    connect(m_issuerKeysButton, &QPushButton::clicked, this, [this] {
        if (m_issuerKeys) {
            m_keyInput->setKeyText(QString::fromUtf8(m_issuerKeys->jwks));
            m_policy->setIssuer(m_issuerKeys->url);
        }
    });

    m_policy = new PolicyEditor(this);
    m_policy->setObjectName(QStringLiteral("policyEditor"));
    auto* policyGroup = new QGroupBox(tr("Policy"), this);
    auto* policyLayout = new QVBoxLayout(policyGroup);
    policyLayout->addWidget(m_policy);

    m_verifyButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Verify"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(tr("Check the signature and the claims (Ctrl+Return)"));
    m_autoCheck = new QCheckBox(tr("Verify as I type"), this);
    m_autoCheck->setObjectName(QStringLiteral("autoVerifyCheckBox"));
    m_autoCheck->setChecked(true);
    m_autoCheck->setToolTip(tr("Verify again whenever the token, the key or the policy changes"));

    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdictLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_verdictLabel->setFont(big);
    m_verdictLabel->setAccessibleName(tr("Verdict"));

    m_issuesList = new QListWidget(this);
    m_issuesList->setObjectName(QStringLiteral("diagnosisListWidget"));
    m_issuesList->setAccessibleName(tr("Diagnosis"));
    m_issuesList->setWordWrap(true);
    m_issuesList->setMinimumHeight(90);

    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verifyButton);
    verdictRow->addWidget(m_autoCheck);
    verdictRow->addStretch(1);

    auto* inputs = new QWidget(this);
    auto* inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addWidget(keyGroup);
    inputsLayout->addWidget(policyGroup);
    inputsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("verifyInputsScrollArea"));
    // Not a Tab stop of its own: the fields inside take the focus and the area scrolls to them.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // When the pane is narrower than the fields (a small window, a long translation) it scrolls sideways rather
    // than cut them off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(verdictRow);
    resultsLayout->addWidget(m_verdictLabel);
    resultsLayout->addWidget(m_issuesList, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("verifySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_autoTimer = new QTimer(this);
    m_autoTimer->setSingleShot(true);
    m_autoTimer->setInterval(200);
    connect(m_autoTimer, &QTimer::timeout, this, &VerifyPanel::verify);
    connect(m_verifyButton, &QPushButton::clicked, this, &VerifyPanel::verify);
    connect(m_keyInput, &KeyInputWidget::keysChanged, this, &VerifyPanel::scheduleAutoVerify);
    connect(m_policy, &PolicyEditor::policyChanged, this, &VerifyPanel::scheduleAutoVerify);
    connect(m_autoCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            scheduleAutoVerify();
        }
    });

    showVerdict(Verdict::None, tr("Paste a token, then choose a key to verify it."));
}

void VerifyPanel::setToken(const QByteArray& token, bool jwe)
{
    if (token == m_token && jwe == m_jwe) {
        return;
    }
    m_token = token;
    m_jwe = jwe;
    offerIssuerKeys();
    m_verifyButton->setEnabled(!jwe && !token.isEmpty());
    m_result.reset();
    m_issuesList->clear();
    if (token.isEmpty()) {
        showVerdict(Verdict::None, tr("Paste a token, then choose a key to verify it."));
        return;
    }
    if (jwe) {
        verify();
        return;
    }
    if (m_autoCheck->isChecked()) {
        scheduleAutoVerify();
    } else {
        showVerdict(Verdict::None, tr("The token changed: verify again (Ctrl+Return)."));
    }
}

void VerifyPanel::setIssuerLookup(IssuerLookup lookup)
{
    m_issuerLookup = std::move(lookup);
    offerIssuerKeys();
}

void VerifyPanel::offerIssuerKeys()
{
    m_issuerKeys.reset();
    QString iss;
    if (!m_jwe && !m_token.isEmpty()) {
        if (auto jws = jose::Jws::parse(m_token); jws) {
            iss = QJsonDocument::fromJson(jws->payload()).object().value(QStringLiteral("iss")).toString();
        }
    }
    if (m_issuerLookup && !iss.isEmpty()) {
        m_issuerKeys = m_issuerLookup(iss);
    }
    m_issuerKeysButton->setVisible(m_issuerKeys.has_value());
    if (m_issuerKeys) {
        m_issuerKeysButton->setText(tr("Use the keys of issuer %1").arg(m_issuerKeys->name));
    }
    const bool unknownUrl = m_issuerLookup && !m_issuerKeys && iss.startsWith(QStringLiteral("https://"));
    m_issuerNote->setVisible(unknownUrl);
    if (unknownUrl) {
        m_issuerNote->setText(tr("The token's issuer %1 is not saved. Add it on the Issuers page to verify with its "
                                 "published keys.")
                                  .arg(DisplayText::escape(iss)));
    }
}

void VerifyPanel::scheduleAutoVerify()
{
    if (m_autoCheck->isChecked() && !m_token.isEmpty()) {
        m_autoTimer->start();
    }
}

void VerifyPanel::verify()
{
    m_autoTimer->stop();
    m_result.reset();
    m_issuesList->clear();
    if (m_token.isEmpty()) {
        showVerdict(Verdict::None, tr("Paste a token, then choose a key to verify it."));
        return;
    }
    if (m_jwe) {
        showVerdict(Verdict::Unsupported, tr("Encrypted tokens (JWE) cannot be verified here: decryption is not "
                                             "supported yet."));
        return;
    }
    const Result<jose::JwkSet>& keys = m_keyInput->keys();
    if (!keys) {
        if (keys.error().code == u"ui.no-key") {
            showVerdict(Verdict::None, tr("Choose a key to verify the signature: a key file, a pasted PEM, JWK or "
                                          "JWK Set, or an HMAC secret."));
        } else {
            showVerdict(Verdict::None, tr("The key cannot be used: %1").arg(keys.error().message));
        }
        return;
    }
    const jose::ValidationPolicy policy = m_policy->policy();
    const std::optional<qint64> chosen = m_policy->chosenTime();
    if (chosen) {
        m_fixedClock.setSecs(*chosen);
    }
    const Clock& clock = chosen ? static_cast<const Clock&>(m_fixedClock) : m_clock;
    const jose::TokenValidator validator(*keys, policy, clock);
    const jose::ValidationResult result = validator.validate(m_token);
    m_result = result;
    const qint64 now = clock.nowSecs();

    const QString algName = result.algorithm ? jose::JwsAlgorithms::name(*result.algorithm) : QString();
    const QString keyLabel = result.keyId.isEmpty() ? tr("the key") : tr("key '%1'").arg(result.keyId);
    const QString asOf = chosen ? tr(" (as of %1)").arg(TimeFormat::utcSecs(*chosen)) : QString();

    for (const Error& issue : result.issues) {
        addDiagnosis(issue.code + QStringLiteral(" — ") + issue.message, issue.code, Verdict::Invalid);
    }
    bool signatureProblem = false;
    for (const QString& code : kSignatureCodes) {
        signatureProblem = signatureProblem || result.codes().contains(code);
    }
    const bool parsed = result.algorithm.has_value() || !result.header.isEmpty();
    if (parsed && !signatureProblem && result.algorithm) {
        addDiagnosis(tr("Signature verified with %1 using %2").arg(keyLabel, algName),
                     QStringLiteral("check.signature"), Verdict::Valid);
    }
    if (policy.jwt && parsed) {
        const jose::ClaimSet& claims = result.claims;
        const QStringList codes = result.codes();
        if (const auto exp = claims.expiresAt(); exp && !codes.contains(QStringLiteral("jose.expired"))) {
            addDiagnosis(tr("Not expired: %1 (exp %2)")
                             .arg(RelativeTime::describe(QStringLiteral("exp"), *exp, now), TimeFormat::utcSecs(*exp)),
                         QStringLiteral("check.exp"), Verdict::Valid);
        }
        if (const auto nbf = claims.notBefore(); nbf && !codes.contains(QStringLiteral("jose.not-yet-valid"))) {
            addDiagnosis(tr("Already valid: nbf %1").arg(TimeFormat::utcSecs(*nbf)), QStringLiteral("check.nbf"),
                         Verdict::Valid);
        }
        if (!policy.issuer.isEmpty() && !codes.contains(QStringLiteral("jose.iss-mismatch"))) {
            addDiagnosis(tr("Issuer is '%1', as required").arg(policy.issuer), QStringLiteral("check.iss"),
                         Verdict::Valid);
        }
        if (!policy.audience.isEmpty() && !codes.contains(QStringLiteral("jose.aud-mismatch"))) {
            addDiagnosis(tr("Audience includes '%1', as required").arg(policy.audience), QStringLiteral("check.aud"),
                         Verdict::Valid);
        }
        if (policy.audience.isEmpty() && codes.contains(QStringLiteral("jose.aud-mismatch"))) {
            addDiagnosis(tr("The token names an audience: enter the one this verifier speaks for in Policy → Audience "
                            "(or take it from the token)"),
                         QStringLiteral("hint.aud"), Verdict::None);
        }
        if (policy.issuer.isEmpty()) {
            addDiagnosis(tr("Issuer not checked: set one in the policy to pin who may issue tokens"),
                         QStringLiteral("unchecked.iss"), Verdict::None);
        }
    }
    if (!policy.jwt) {
        addDiagnosis(tr("Claims not checked: signature only (plain JWS)"), QStringLiteral("unchecked.claims"),
                     Verdict::None);
    }
    if (policy.typ.isEmpty()) {
        addDiagnosis(tr("Token type (typ) not checked"), QStringLiteral("unchecked.typ"), Verdict::None);
    }

    if (result.valid) {
        const QString text =
            policy.jwt ? tr("✔ Valid: signature verified with %1 (%2) and every claim check passed%3")
                             .arg(keyLabel, algName, asOf)
                       : tr("✔ Signature verified with %1 (%2); claims not checked%3").arg(keyLabel, algName, asOf);
        showVerdict(Verdict::Valid, text);
    } else {
        QStringList titles;
        for (const Error& issue : result.issues) {
            const QString title = issueTitle(issue.code);
            if (!titles.contains(title)) {
                titles << title;
            }
        }
        showVerdict(Verdict::Invalid, tr("✘ Invalid: %1%2").arg(titles.join(QStringLiteral(", ")), asOf));
    }
}

QString VerifyPanel::issueTitle(const QString& code)
{
    if (code == u"jose.signature-mismatch") {
        return tr("signature does not match");
    }
    if (code == u"jose.kid-unknown") {
        return tr("unknown kid");
    }
    if (code == u"jose.expired") {
        return tr("expired");
    }
    if (code == u"jose.not-yet-valid") {
        return tr("not yet valid");
    }
    if (code == u"jose.iat-future") {
        return tr("issued in the future");
    }
    if (code == u"jose.alg-none") {
        return tr("unsigned (alg: none)");
    }
    if (code == u"jose.alg-not-allowed") {
        return tr("algorithm not allowed");
    }
    if (code == u"jose.alg-unsupported") {
        return tr("unsupported algorithm");
    }
    if (code == u"jose.key-mismatch") {
        return tr("wrong key type");
    }
    if (code == u"jose.key-too-small") {
        return tr("key too small");
    }
    if (code == u"jose.key-unusable") {
        return tr("key not usable");
    }
    if (code == u"jose.signature-malformed") {
        return tr("malformed signature");
    }
    if (code == u"jose.claim-missing") {
        return tr("claim missing");
    }
    if (code == u"jose.claim-type") {
        return tr("claim of the wrong type");
    }
    if (code == u"jose.iss-mismatch") {
        return tr("wrong issuer");
    }
    if (code == u"jose.aud-mismatch") {
        return tr("wrong audience");
    }
    if (code == u"jose.typ-mismatch") {
        return tr("wrong type");
    }
    if (code == u"jose.crit") {
        return tr("critical header not understood");
    }
    if (code == u"jose.b64-false") {
        return tr("unencoded payload");
    }
    if (code == u"jose.not-jwt") {
        return tr("not a JWT");
    }
    if (code == u"jose.policy") {
        return tr("unusable policy");
    }
    if (code == u"jose.too-large") {
        return tr("too large");
    }
    if (code == u"jose.duplicate-member") {
        return tr("duplicate member");
    }
    return code;
}

void VerifyPanel::addDiagnosis(const QString& text, const QString& code, Verdict kind)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Verdict::Invalid) {
        icon = QStyle::SP_MessageBoxCritical;
    } else if (kind == Verdict::Valid) {
        icon = QStyle::SP_DialogApplyButton;
    }
    // D-DISPLAY: a diagnosis quotes the token (its kid, iss, aud)
    auto* item = new QListWidgetItem(style()->standardIcon(icon), DisplayText::escape(text), m_issuesList);
    item->setData(CodeRole, code);
    item->setData(CodeRole + 1, static_cast<int>(kind));
    item->setToolTip(code);
    const TokenPalette palette = TokenPalette::current();
    if (kind == Verdict::Invalid) {
        item->setForeground(palette.bad);
    } else if (kind == Verdict::Valid) {
        item->setForeground(palette.good);
    }
}

void VerifyPanel::showVerdict(Verdict verdict, const QString& text)
{
    const bool changed = verdict != m_verdict || text != m_verdictLabel->text();
    m_verdict = verdict;
    m_verdictLabel->setText(text);
    static const char* const names[] = {"none", "valid", "invalid", "unsupported"};
    m_verdictLabel->setProperty("verdict", QString::fromLatin1(names[static_cast<int>(verdict)]));
    applyVerdictColor();
    if (changed) {
        Q_EMIT verified(verdict);
    }
}

void VerifyPanel::applyVerdictColor()
{
    const TokenPalette palette = TokenPalette::current();
    QPalette p; // only the text colour is set; the other roles follow the application palette
    switch (m_verdict) {
    case Verdict::Valid:
        p.setColor(QPalette::WindowText, palette.good);
        break;
    case Verdict::Invalid:
        p.setColor(QPalette::WindowText, palette.bad);
        break;
    case Verdict::Unsupported:
        p.setColor(QPalette::WindowText, palette.caution);
        break;
    case Verdict::None:
        p.setColor(QPalette::WindowText, QApplication::palette().color(QPalette::WindowText));
        break;
    }
    m_verdictLabel->setPalette(p);
}

void VerifyPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyVerdictColor();
        for (int i = 0; i < m_issuesList->count(); ++i) {
            QListWidgetItem* item = m_issuesList->item(i);
            const auto kind = static_cast<Verdict>(item->data(CodeRole + 1).toInt());
            const TokenPalette palette = TokenPalette::current();
            if (kind == Verdict::Invalid) {
                item->setForeground(palette.bad);
            } else if (kind == Verdict::Valid) {
                item->setForeground(palette.good);
            }
        }
    }
}

} // namespace authscope

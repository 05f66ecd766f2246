#include "ui/tokens/VerifyPanel.h"

#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"
#include "core/jose/JoseError.h"
#include "core/jose/Jws.h"
#include "core/jose/TokenValidator.h"
#include "ui/tokens/DpopBinding.h"
#include "ui/tokens/KeyInputWidget.h"
#include "ui/tokens/PolicyEditor.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/tokens/ToneLabel.h"
#include "ui/tokens/VerifyKeySource.h"
#include "ui/widgets/CollapsibleSection.h"
#include "ui/widgets/DelayTimer.h"
#include "ui/widgets/RelativeTime.h"
#include "ui/widgets/UserMessage.h"
#include "ui/widgets/WarningBanner.h"
#include "ui/widgets/WidgetFactory.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
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
    m_keySource = makeNamed<VerifyKeySource>(QStringLiteral("verifyKeySource"), this);
    // Key and policy fold away (a line each says what they hold): at 1024×700 the policy that decides the verdict
    // stays in view without scrolling.
    m_keySection = makeNamed<CollapsibleSection>(QStringLiteral("keySection"), tr("Key"), m_keySource, this);

    m_policy = makeNamed<PolicyEditor>(QStringLiteral("policyEditor"), this);
    m_policySection = makeNamed<CollapsibleSection>(QStringLiteral("policySection"), tr("Policy"), m_policy, this);

    m_verifyButton = makeNamed<QPushButton>(QStringLiteral("verifyButton"),
                                            style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Verify"), this);
    m_verifyButton->setToolTip(tr("Check the signature and the claims (Ctrl+Return)"));
    m_autoCheck = makeNamed<QCheckBox>(QStringLiteral("autoVerifyCheckBox"), tr("Verify as I type"), this);
    m_autoCheck->setChecked(true);
    m_autoCheck->setToolTip(tr("Verify again whenever the token, the key or the policy changes"));

    m_verdictLabel = new ToneLabel(QStringLiteral("verdictLabel"), this, "verdict");
    QFont big = m_verdictLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_verdictLabel->setFont(big);
    m_verdictLabel->setAccessibleName(tr("Verdict"));
    m_signatureLabel = new ToneLabel(QStringLiteral("signatureVerdictLabel"), this, "verdict");
    m_signatureLabel->setAccessibleName(tr("Signature"));
    m_signatureLabel->hide();
    buildUncheckedBox();

    m_issuesList = makeNamed<QListWidget>(QStringLiteral("diagnosisListWidget"), this);
    m_issuesList->setAccessibleName(tr("Diagnosis"));
    m_issuesList->setWordWrap(true);
    m_issuesList->setMinimumHeight(90);

    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verifyButton);
    verdictRow->addWidget(m_autoCheck);
    verdictRow->addStretch(1);

    auto* inputs = new QWidget(this);
    auto* inputsLayout = makeMarginless<QVBoxLayout>(inputs);
    inputsLayout->addWidget(m_keySection);
    inputsLayout->addWidget(m_policySection);
    inputsLayout->addStretch(1);
    QScrollArea* scroll = makeScrollPane(QStringLiteral("verifyInputsScrollArea"), inputs, this);
    // When the pane is narrower than the fields (a small window, a long translation) it scrolls sideways rather
    // than cut them off.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto* results = new QWidget(this);
    auto* resultsLayout = makeMarginless<QVBoxLayout>(results);
    resultsLayout->addLayout(verdictRow);
    resultsLayout->addWidget(m_signatureLabel);
    resultsLayout->addWidget(m_verdictLabel);
    resultsLayout->addWidget(m_uncheckedBox);
    resultsLayout->addWidget(m_issuesList, 1);

    auto* splitter = makeSplitter(QStringLiteral("verifySplitter"), Qt::Vertical, {{scroll, 3}, {results, 2}}, this);

    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addWidget(splitter);

    m_autoTimer = makeDelayTimer(200, this);
    connect(m_autoTimer, &QTimer::timeout, this, &VerifyPanel::verify);
    connect(m_verifyButton, &QPushButton::clicked, this, &VerifyPanel::verify);
    // New keys or another policy: the folded sections say so, and the token is verified again.
    const auto inputChanged = [this] {
        updateSectionSummaries();
        scheduleAutoVerify();
    };
    connect(m_keySource, &VerifyKeySource::keysChanged, this, inputChanged);
    connect(m_policy, &PolicyEditor::policyChanged, this, inputChanged);
    connect(m_keySource, &VerifyKeySource::issuerPinned, m_policy, &PolicyEditor::setIssuer);
    connect(m_autoCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            scheduleAutoVerify();
        }
    });

    connect(m_keySection->headerButton(), &QToolButton::clicked, this, [this] { m_keySectionTouched = true; });
    updateSectionSummaries();
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
    m_uncheckedBox->hide();
    m_verifyButton->setEnabled(!jwe && !token.isEmpty());
    if (!clearResult()) {
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

void VerifyPanel::updateSectionSummaries()
{
    const Result<jose::JwkSet>& keys = m_keySource->keys();
    const QString keyState = keys ? tr("%n key(s) ✔", nullptr, int(keys->size())) : tr("no key yet");
    m_keySection->setSummary(m_keySource->describe() + QStringLiteral(" · ") + keyState);
    // Keys that need no input (this database's, a saved issuer's) fold away by themselves.
    const bool automatic = m_keySource->mode() != VerifyKeySource::Mode::Provided && keys.has_value();
    if (!m_keySectionTouched) {
        // Open again when the keys stop being usable: what to do about it is inside.
        if (automatic && m_keySection->isExpanded()) {
            m_keySection->setExpanded(false);
        } else if (!keys && !m_keySection->isExpanded()) {
            m_keySection->setExpanded(true);
        }
    }
    const jose::ValidationPolicy policy = m_policy->policy();
    QStringList parts;
    if (policy.profile == jose::ValidationPolicy::Profile::AccessTokenRfc9068) {
        parts << tr("RFC 9068 access token");
    }
    parts << (policy.audience.isEmpty() ? tr("aud not checked") : tr("aud %1").arg(policy.audience));
    parts << (policy.issuer.isEmpty() ? tr("iss not checked") : tr("iss %1").arg(policy.issuer));
    if (!policy.allowedAlgorithms.isEmpty()) {
        parts << tr("%n algorithm(s) allowed", nullptr, int(policy.allowedAlgorithms.size()));
    }
    m_policySection->setSummary(DisplayText::escape(parts.join(QStringLiteral(" · "))));
}

void VerifyPanel::setIssuerLookup(IssuerLookup lookup)
{
    m_keySource->setIssuerLookup(std::move(lookup));
}

void VerifyPanel::setDatabaseJwks(VerifyKeySource::DatabaseJwks provider)
{
    m_keySource->setDatabaseJwks(std::move(provider));
}

KeyInputWidget* VerifyPanel::keyInput() const
{
    return m_keySource->keyInput();
}

void VerifyPanel::offerIssuerKeys()
{
    m_facts.issuer.clear();
    m_facts.kid.clear();
    if (!m_jwe && !m_token.isEmpty()) {
        if (auto jws = jose::Jws::parse(m_token); jws) {
            const QJsonObject claims = QJsonDocument::fromJson(jws->payload()).object();
            m_facts.issuer = claims.value(QStringLiteral("iss")).toString();
            const QJsonValue aud = claims.value(QStringLiteral("aud"));
            m_facts.audience = aud.isArray() ? aud.toArray().at(0).toString() : aud.toString();
            m_facts.kid = jws->header().json.value(QStringLiteral("kid")).toString();
        }
    }
    m_facts.jkt = m_jwe || m_token.isEmpty() ? QString() : DpopBinding::jktOfToken(m_token);
    m_keySource->setTokenFacts(m_facts);
}

void VerifyPanel::scheduleAutoVerify()
{
    if (m_autoCheck->isChecked() && !m_token.isEmpty()) {
        m_autoTimer->start();
    }
}

bool VerifyPanel::clearResult()
{
    m_result.reset();
    m_issuesList->clear();
    if (m_token.isEmpty()) {
        showVerdict(Verdict::None, tr("Paste a token, then choose a key to verify it."));
        return false;
    }
    return true;
}

void VerifyPanel::verify()
{
    m_autoTimer->stop();
    if (!clearResult()) {
        return;
    }
    if (m_jwe) {
        showVerdict(Verdict::Unsupported, tr("An encrypted token (JWE) has no signature to verify: decrypt it on the "
                                             "Decrypt tab, then verify the signed token inside here."));
        return;
    }
    const Result<jose::JwkSet>& keys = m_keySource->keys();
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

    const QString algName = result.algorithm ? jose::JwsAlgorithms::name(*result.algorithm) : QString();
    const QString keyLabel = result.keyId.isEmpty() ? tr("the key") : tr("key '%1'").arg(result.keyId);
    const QString asOf = chosen ? tr(" (as of %1)").arg(TimeFormat::utcSecs(*chosen)) : QString();

    // A check the user did not configure is "not checked", not a failure: RFC 7519 §4.1.3 makes the validator
    // refuse a token with aud when no audience is given, which here only means "tell me which one you are".
    QList<Error> failures;
    for (const Error& issue : result.issues) {
        if (!(policy.audience.isEmpty() && issue.code == u"jose.aud-mismatch")) {
            failures.append(issue);
        }
    }
    if (policy.jwt && policy.profile == jose::ValidationPolicy::Profile::AccessTokenRfc9068 &&
        policy.audience.isEmpty()) {
        // RFC 9068 §4 makes the audience check part of the profile (the CLI's profile refuses to run without one).
        failures.append(Error{QStringLiteral("policy.aud-required"),
                              tr("RFC 9068 §4: a resource server must check aud; type the audience it answers to in "
                                 "the policy")});
    }
    bool signatureProblem = false;
    QStringList signatureTitles;
    for (const Error& issue : failures) {
        for (const QString& code : kSignatureCodes) {
            if (issue.code == code) {
                signatureProblem = true;
                signatureTitles << issueTitle(code);
            }
        }
        addDiagnosis(issue.code + QStringLiteral(" — ") + withoutCliHints(issue.message), issue.code, Verdict::Invalid);
    }
    const bool parsed = result.algorithm.has_value() || !result.header.isEmpty();
    if (parsed && !signatureProblem && result.algorithm) {
        addDiagnosis(tr("Signature verified with %1 using %2").arg(keyLabel, algName),
                     QStringLiteral("check.signature"), Verdict::Valid);
    }
    addClaimDiagnoses(policy, result, clock.nowSecs());
    if (!m_facts.jkt.isEmpty()) {
        // RFC 9449 §6, §7.1: a valid signature does not make a bound token usable without its key.
        addDiagnosis(DpopBinding::describe(m_facts.jkt), QStringLiteral("info.cnf-jkt"), Verdict::None);
    }

    // The signature verdict stands on its own line, apart from the policy checks.
    if (!parsed || signatureProblem) {
        signatureTitles.removeDuplicates();
        m_signatureVerdict = Verdict::Invalid;
        m_signatureText = signatureTitles.isEmpty()
                              ? tr("✘ Signature not checked: the token cannot be read")
                              : tr("✘ Signature: %1").arg(signatureTitles.join(QStringLiteral(", ")));
    } else {
        m_signatureVerdict = Verdict::Valid;
        m_signatureText = tr("✔ Signature verified: %1, %2 (%3)").arg(algName, keyLabel, m_keySource->describe());
    }

    updateUncheckedBox(policy);
    QString uncheckedNote;
    if (!m_unchecked.isEmpty()) {
        uncheckedNote = tr(" — not checked: %1").arg(m_unchecked.join(QStringLiteral(", ")));
    }
    const bool rfc9068 = policy.profile == jose::ValidationPolicy::Profile::AccessTokenRfc9068;
    if (failures.isEmpty()) {
        QString text = policy.jwt
                           ? tr("✔ Valid: signature verified with %1 (%2) and every configured check "
                                "passed%3%4")
                                 .arg(keyLabel, algName, asOf, uncheckedNote)
                           : tr("✔ Signature verified with %1 (%2); claims not checked%3").arg(keyLabel, algName, asOf);
        if (rfc9068) {
            text = tr("✔ Valid RFC 9068 access token: signature verified with %1 (%2), typ and the required "
                      "claims present%3%4")
                       .arg(keyLabel, algName, asOf, uncheckedNote);
        }
        showVerdict(Verdict::Valid, text);
    } else {
        QStringList titles;
        for (const Error& issue : failures) {
            const QString title = issueTitle(issue.code);
            if (!titles.contains(title)) {
                titles << title;
            }
        }
        showVerdict(Verdict::Invalid,
                    rfc9068
                        ? tr("✘ Invalid as an RFC 9068 access token: %1%2").arg(titles.join(QStringLiteral(", ")), asOf)
                        : tr("✘ Invalid: %1%2").arg(titles.join(QStringLiteral(", ")), asOf));
    }
}

void VerifyPanel::addClaimDiagnoses(const jose::ValidationPolicy& policy, const jose::ValidationResult& result,
                                    qint64 now)
{
    const bool parsed = result.algorithm.has_value() || !result.header.isEmpty();
    const QStringList codes = result.codes();
    if (policy.jwt && parsed) {
        const jose::ClaimSet& claims = result.claims;
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
        if (policy.audience.isEmpty() && !m_facts.audience.isEmpty()) {
            addDiagnosis(tr("Audience not checked: the token is for '%1'; require it, or type the audience this "
                            "verifier speaks for")
                             .arg(m_facts.audience),
                         QStringLiteral("unchecked.aud"), Verdict::None);
        }
        if (policy.issuer.isEmpty()) {
            addDiagnosis(m_facts.issuer.isEmpty()
                             ? tr("Issuer not checked: set one in the policy to pin who may issue tokens")
                             : tr("Issuer not checked: the token says '%1'").arg(m_facts.issuer),
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
}

void VerifyPanel::buildUncheckedBox()
{
    m_uncheckedBox = makeNamed<QWidget>(QStringLiteral("uncheckedWidget"), this);
    m_uncheckedBanner = makeNamed<WarningBanner>(QStringLiteral("uncheckedBanner"), m_uncheckedBox);
    m_requireAudButton =
        makeButton(tr("Require the token's aud"), QStringLiteral("requireAudienceButton"), m_uncheckedBox);
    m_requireIssButton =
        makeButton(tr("Require the token's iss"), QStringLiteral("requireIssuerButton"), m_uncheckedBox);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_requireAudButton);
    buttons->addWidget(m_requireIssButton);
    buttons->addStretch(1);
    auto* layout = makeMarginless<QVBoxLayout>(m_uncheckedBox);
    layout->addWidget(m_uncheckedBanner);
    layout->addLayout(buttons);
    m_uncheckedBox->hide();
    connect(m_requireAudButton, &QPushButton::clicked, this, [this] { m_policy->setAudience(m_facts.audience); });
    connect(m_requireIssButton, &QPushButton::clicked, this, [this] { m_policy->setIssuer(m_facts.issuer); });
}

void VerifyPanel::updateUncheckedBox(const jose::ValidationPolicy& policy)
{
    m_unchecked.clear();
    QStringList lines;
    const bool audUnchecked = policy.jwt && policy.audience.isEmpty() && !m_facts.audience.isEmpty();
    const bool issUnchecked = policy.jwt && policy.issuer.isEmpty() && !m_facts.issuer.isEmpty();
    if (audUnchecked) {
        m_unchecked << QStringLiteral("aud");
        lines << tr("audience <b>%1</b>").arg(DisplayText::escape(m_facts.audience).toHtmlEscaped());
    }
    if (issUnchecked) {
        m_unchecked << QStringLiteral("iss");
        lines << tr("issuer <b>%1</b>").arg(DisplayText::escape(m_facts.issuer).toHtmlEscaped());
    }
    m_requireAudButton->setVisible(audUnchecked);
    m_requireAudButton->setText(tr("Require the token's aud"));
    m_requireIssButton->setVisible(issUnchecked);
    m_requireIssButton->setText(tr("Require the token's iss"));
    m_uncheckedBanner->setMessage(lines.isEmpty() ? QString()
                                                  : QStringLiteral("<b>%1</b> %2")
                                                        .arg(tr("⚠ Not checked, the policy does not name them:"),
                                                             lines.join(QStringLiteral(", "))),
                                  StatusColor::Caution);
    m_uncheckedBox->setVisible(!lines.isEmpty());
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
    if (code == u"policy.aud-required") {
        return tr("audience not checked");
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
    colorDiagnosis(item);
}

void VerifyPanel::colorDiagnosis(QListWidgetItem* item)
{
    // Passed green, failed red, not checked amber: three states, not two.
    const auto kind = static_cast<Verdict>(item->data(CodeRole + 1).toInt());
    const TokenPalette palette = TokenPalette::current();
    if (kind == Verdict::Invalid) {
        item->setForeground(palette.bad);
    } else if (kind == Verdict::Valid) {
        item->setForeground(palette.good);
    } else if (item->data(CodeRole).toString().startsWith(QStringLiteral("unchecked."))) {
        item->setForeground(palette.caution);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

QString VerifyPanel::verdictText() const
{
    return m_verdictLabel->text();
}

void VerifyPanel::showVerdict(Verdict verdict, const QString& text)
{
    if (verdict == Verdict::None || verdict == Verdict::Unsupported) {
        m_signatureVerdict = Verdict::None;
        m_signatureText.clear();
        m_unchecked.clear();
        m_uncheckedBox->hide();
    }
    static const char* const names[] = {"none", "valid", "invalid", "unsupported"};
    using Tone = ToneLabel::Tone;
    const int signature = static_cast<int>(m_signatureVerdict);
    m_signatureLabel->setOutcome(m_signatureText, names[signature],
                                 m_signatureVerdict == Verdict::Invalid ? Tone::Bad : Tone::Good);
    m_signatureLabel->setVisible(!m_signatureText.isEmpty());
    const bool changed = verdict != m_verdict || text != m_verdictLabel->text();
    m_verdict = verdict;
    static constexpr Tone tones[] = {Tone::Plain, Tone::Good, Tone::Bad, Tone::Caution};
    m_verdictLabel->setOutcome(text, names[static_cast<int>(verdict)], tones[static_cast<int>(verdict)]);
    if (changed) {
        Q_EMIT verified(verdict);
    }
}

void VerifyPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < m_issuesList->count(); ++i) {
            colorDiagnosis(m_issuesList->item(i));
        }
    }
}

} // namespace authscope

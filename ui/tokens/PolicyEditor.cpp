#include "ui/tokens/PolicyEditor.h"

#include "ui/widgets/WidgetFactory.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>

namespace authscope {

using jose::JwsAlgorithm;
using jose::JwsAlgorithms;

namespace {

enum ClockChoice
{
    ClockNow = 0,
    ClockChosen = 1
};

} // namespace

PolicyEditor::PolicyEditor(QWidget* parent) : QWidget(parent)
{
    buildAlgorithmsButton();
    buildClaimFields();
    buildClockFields();
    buildForm();
    connectSignals();

    reset();
    setTokenFacts({});
}

void PolicyEditor::buildAlgorithmsButton()
{
    m_algorithmsButton = makeNamed<QToolButton>(QStringLiteral("algorithmsToolButton"), this);
    m_algorithmsButton->setPopupMode(QToolButton::InstantPopup);
    m_algorithmsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_algorithmsButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_algorithmsButton->setAccessibleName(tr("Allowed algorithms"));
    m_algorithmsButton->setToolTip(tr("Which algorithms the verifier accepts. None ticked: the key decides (its "
                                      "own alg, else the algorithms of its type), which is the safe default."));
    m_algorithmsMenu = makeNamed<QMenu>(QStringLiteral("algorithmsMenu"), m_algorithmsButton);
    QAction* pinned = m_algorithmsMenu->addAction(tr("Pinned by the key (clear all)"));
    pinned->setObjectName(QStringLiteral("pinnedByKeyAction"));
    m_algorithmsMenu->addSeparator();
    for (const JwsAlgorithm alg : JwsAlgorithms::all()) {
        QAction* a = m_algorithmsMenu->addAction(JwsAlgorithms::name(alg));
        a->setCheckable(true);
        a->setData(static_cast<int>(alg));
        connect(a, &QAction::toggled, this, [this] {
            updateAlgorithmsText();
            Q_EMIT policyChanged();
        });
    }
    connect(pinned, &QAction::triggered, this, [this] { setAllowedAlgorithms({}); });
    m_algorithmsButton->setMenu(m_algorithmsMenu);
}

void PolicyEditor::buildClaimFields()
{
    m_issuerEdit = makeNamed<QLineEdit>(QStringLiteral("issuerLineEdit"), this);
    m_issuerEdit->setPlaceholderText(tr("Any issuer (not checked)"));
    m_issuerEdit->setClearButtonEnabled(true);
    m_audienceEdit = makeNamed<QLineEdit>(QStringLiteral("audienceLineEdit"), this);
    m_audienceEdit->setPlaceholderText(tr("None: a token that names an audience is refused"));
    m_audienceEdit->setClearButtonEnabled(true);
    m_audienceEdit->setToolTip(tr("RFC 7519 §4.1.3: a recipient that does not find itself in aud must reject the "
                                  "token, so a token with aud needs the audience you speak for here."));
    m_typEdit = makeNamed<QLineEdit>(QStringLiteral("typLineEdit"), this);
    m_typEdit->setPlaceholderText(tr("Any type (e.g. JWT, at+jwt)"));
    m_typEdit->setClearButtonEnabled(true);
    m_requiredEdit = makeNamed<QLineEdit>(QStringLiteral("requiredClaimsLineEdit"), this);
    m_requiredEdit->setToolTip(tr("Claims the token must carry, separated by commas or spaces"));
    m_leewaySpin = makeNamed<QSpinBox>(QStringLiteral("leewaySpinBox"), this);
    m_leewaySpin->setRange(0, jose::ValidationPolicy::MaxLeewaySecs);
    m_leewaySpin->setSuffix(tr(" s"));
    m_leewaySpin->setToolTip(tr("Clock skew allowed for exp, nbf and iat (0 to 300 seconds)"));
    m_profileCombo = makeNamed<QComboBox>(QStringLiteral("profileComboBox"), this);
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->addItem(tr("Any JWT"), ProfileAnyJwt);
    m_profileCombo->addItem(tr("OAuth 2.0 access token (RFC 9068)"), ProfileAccessToken);
    m_profileCombo->setToolTip(tr("RFC 9068 access tokens: typ at+jwt and the claims iss, exp, aud, sub, client_id, "
                                  "iat and jti required (§2.2, §4)"));
    m_jwsOnlyCheck = makeNamed<QCheckBox>(QStringLiteral("jwsOnlyCheckBox"),
                                          tr("Signature only (plain JWS: any payload, no claim checks)"), this);
}

void PolicyEditor::buildClockFields()
{
    m_clockCombo = makeNamed<QComboBox>(QStringLiteral("clockComboBox"), this);
    m_clockCombo->addItem(tr("Now"), ClockNow);
    m_clockCombo->addItem(tr("At a chosen time (UTC)"), ClockChosen);
    m_clockCombo->setAccessibleName(tr("Clock"));
    m_timeEdit = makeNamed<QDateTimeEdit>(QStringLiteral("clockDateTimeEdit"), this);
    m_timeEdit->setTimeSpec(Qt::UTC);
    m_timeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_timeEdit->setCalendarPopup(true);
    m_timeEdit->setDateTime(QDateTime::currentDateTimeUtc());
    m_timeEdit->setAccessibleName(tr("Chosen time"));
    m_atIssueButton = makeButton(tr("At issue time"), QStringLiteral("atIssueTimeButton"), this,
                                 tr("Check the token as of its iat (was it valid when it was issued?)"));

    m_fromTokenButton =
        makeButton(tr("Take iss and aud from the token"), QStringLiteral("policyFromTokenButton"), this);
    m_fromTokenButton->setToolTip(tr("Fill issuer and audience with the token's own values. Convenient, but it "
                                     "only proves the token is consistent with itself: for a real check type the "
                                     "values you expect."));
    m_resetButton = makeButton(tr("Strict defaults"), QStringLiteral("resetPolicyButton"), this,
                               tr("Pinned algorithms, exp required, 30 s leeway, no issuer or audience, now"));
}

void PolicyEditor::buildForm()
{
    auto* clockRow = new QHBoxLayout;
    clockRow->setContentsMargins(0, 0, 0, 0);
    clockRow->addWidget(m_clockCombo, 1);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_fromTokenButton);
    buttons->addWidget(m_resetButton);
    buttons->addStretch(1);

    auto* form = makeFieldForm(this);
    addBuddyRow(form, tr("Profile:"), m_profileCombo);
    addBuddyRow(form, tr("Algorithms:"), m_algorithmsButton);
    addBuddyRow(form, tr("Iss&uer:"), m_issuerEdit);
    addBuddyRow(form, tr("Audience:"), m_audienceEdit);
    addBuddyRow(form, tr("Type (typ):"), m_typEdit);
    addBuddyRow(form, tr("Required claims:"), m_requiredEdit);
    addBuddyRow(form, tr("Leeway:"), m_leewaySpin);
    form->addRow(m_jwsOnlyCheck); // across both columns: its sentence would otherwise widen the whole form
    auto* clockLabel = makeBuddyLabel(tr("Clock:"), m_clockCombo, this);
    form->addRow(clockLabel, clockRow);
    // The chosen time on a line of its own, so the clock rows stay narrow enough for the Tokens page at 1024×700.
    auto* timeRow = new QHBoxLayout;
    timeRow->setContentsMargins(0, 0, 0, 0);
    timeRow->addWidget(m_timeEdit, 1);
    timeRow->addWidget(m_atIssueButton);
    form->addRow(QString(), timeRow);
    form->addRow(buttons);
}

void PolicyEditor::connectSignals()
{
    for (QLineEdit* edit : {m_issuerEdit, m_audienceEdit, m_typEdit, m_requiredEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &PolicyEditor::policyChanged);
    }
    connect(m_leewaySpin, &QSpinBox::valueChanged, this, &PolicyEditor::policyChanged);
    connect(m_profileCombo, &QComboBox::activated, this, [this] {
        // The profile fills the fields it implies; they stay editable, and policy() adds the profile's own checks.
        if (m_profileCombo->currentData().toInt() == ProfileAccessToken) {
            m_typEdit->setText(QStringLiteral("at+jwt"));
            setRequiredClaims({QStringLiteral("iss"), QStringLiteral("exp"), QStringLiteral("aud"),
                               QStringLiteral("sub"), QStringLiteral("client_id"), QStringLiteral("iat"),
                               QStringLiteral("jti")});
            m_jwsOnlyCheck->setChecked(false);
        } else {
            m_typEdit->clear();
            setRequiredClaims(jose::ValidationPolicy{}.requiredClaims);
        }
        Q_EMIT policyChanged();
    });
    connect(m_jwsOnlyCheck, &QCheckBox::toggled, this, [this] {
        if (m_jwsOnlyCheck->isChecked()) {
            m_profileCombo->setCurrentIndex(m_profileCombo->findData(ProfileAnyJwt)); // a profile is about claims
        }
        m_requiredEdit->setEnabled(!m_jwsOnlyCheck->isChecked());
        m_leewaySpin->setEnabled(!m_jwsOnlyCheck->isChecked());
        Q_EMIT policyChanged();
    });
    connect(m_clockCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateClock();
        Q_EMIT policyChanged();
    });
    connect(m_timeEdit, &QDateTimeEdit::dateTimeChanged, this, &PolicyEditor::policyChanged);
    connect(m_atIssueButton, &QPushButton::clicked, this, [this] {
        if (m_token.issuedAt) {
            setChosenTime(*m_token.issuedAt);
        }
    });
    connect(m_fromTokenButton, &QPushButton::clicked, this, [this] {
        m_issuerEdit->setText(m_token.issuer);
        m_audienceEdit->setText(m_token.audience);
    });
    connect(m_resetButton, &QPushButton::clicked, this, &PolicyEditor::reset);
}

jose::ValidationPolicy PolicyEditor::policy() const
{
    const bool rfc9068 = isAccessTokenProfile();
    // The RFC 9068 profile brings checks of its own (sub, client_id and jti non-empty strings) besides the fields.
    jose::ValidationPolicy p = rfc9068 ? jose::ValidationPolicy::accessTokenRfc9068() : jose::ValidationPolicy{};
    for (const QAction* a : m_algorithmsMenu->actions()) {
        if (a->isCheckable() && a->isChecked()) {
            p.allowedAlgorithms.append(static_cast<JwsAlgorithm>(a->data().toInt()));
        }
    }
    p.jwt = !m_jwsOnlyCheck->isChecked();
    p.issuer = m_issuerEdit->text().trimmed();
    p.audience = m_audienceEdit->text().trimmed();
    const QString typ = m_typEdit->text().trimmed();
    const QStringList required =
        m_requiredEdit->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (rfc9068) {
        // The profile's typ and claims stand even when their fields were emptied; a typ typed over them wins,
        // as `verify --profile rfc9068 --typ` does.
        if (!typ.isEmpty()) {
            p.typ = typ;
        }
        for (const QString& claim : required) {
            if (!p.requiredClaims.contains(claim)) {
                p.requiredClaims.append(claim);
            }
        }
    } else {
        p.typ = typ;
        p.requiredClaims = required;
    }
    p.leewaySecs = m_leewaySpin->value();
    return p;
}

bool PolicyEditor::isAccessTokenProfile() const
{
    return !m_jwsOnlyCheck->isChecked() && m_profileCombo->currentData().toInt() == ProfileAccessToken;
}

void PolicyEditor::setAccessTokenProfile(bool on)
{
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(on ? ProfileAccessToken : ProfileAnyJwt));
    Q_EMIT m_profileCombo->activated(m_profileCombo->currentIndex());
}

std::optional<qint64> PolicyEditor::chosenTime() const
{
    if (m_clockCombo->currentData().toInt() != ClockChosen) {
        return std::nullopt;
    }
    return m_timeEdit->dateTime().toSecsSinceEpoch();
}

void PolicyEditor::setAllowedAlgorithms(const QList<JwsAlgorithm>& algorithms)
{
    for (QAction* a : m_algorithmsMenu->actions()) {
        if (a->isCheckable()) {
            const QSignalBlocker block(a);
            a->setChecked(algorithms.contains(static_cast<JwsAlgorithm>(a->data().toInt())));
        }
    }
    updateAlgorithmsText();
    Q_EMIT policyChanged();
}

void PolicyEditor::setIssuer(const QString& issuer)
{
    m_issuerEdit->setText(issuer);
}

void PolicyEditor::setAudience(const QString& audience)
{
    m_audienceEdit->setText(audience);
}

void PolicyEditor::setTyp(const QString& typ)
{
    m_typEdit->setText(typ);
}

void PolicyEditor::setLeeway(int seconds)
{
    m_leewaySpin->setValue(seconds);
}

void PolicyEditor::setJwt(bool jwt)
{
    m_jwsOnlyCheck->setChecked(!jwt);
}

void PolicyEditor::setRequiredClaims(const QStringList& claims)
{
    m_requiredEdit->setText(claims.join(QStringLiteral(", ")));
}

void PolicyEditor::setChosenTime(std::optional<qint64> epochSeconds)
{
    if (epochSeconds) {
        m_timeEdit->setDateTime(QDateTime::fromSecsSinceEpoch(*epochSeconds, Qt::UTC));
    }
    m_clockCombo->setCurrentIndex(epochSeconds ? ClockChosen : ClockNow);
    updateClock();
}

void PolicyEditor::setTokenFacts(const TokenFacts& facts)
{
    m_token = facts;
    m_fromTokenButton->setEnabled(!facts.issuer.isEmpty() || !facts.audience.isEmpty());
    m_atIssueButton->setEnabled(facts.issuedAt.has_value());
}

void PolicyEditor::reset()
{
    const QSignalBlocker block(this);
    setAllowedAlgorithms({});
    m_issuerEdit->clear();
    m_audienceEdit->clear();
    m_typEdit->clear();
    m_profileCombo->setCurrentIndex(0);
    setRequiredClaims(jose::ValidationPolicy{}.requiredClaims);
    m_leewaySpin->setValue(jose::ValidationPolicy::DefaultLeewaySecs);
    m_jwsOnlyCheck->setChecked(false);
    setChosenTime(std::nullopt);
    updateClock();
    // The blocker above holds back the signals of each step: one change notice for all of them.
    QMetaObject::invokeMethod(this, &PolicyEditor::policyChanged, Qt::QueuedConnection);
}

void PolicyEditor::updateAlgorithmsText()
{
    QStringList names;
    for (const QAction* a : m_algorithmsMenu->actions()) {
        if (a->isCheckable() && a->isChecked()) {
            names << a->text();
        }
    }
    m_algorithmsButton->setText(names.isEmpty() ? tr("Pinned by the key") : names.join(QStringLiteral(", ")));
}

void PolicyEditor::updateClock()
{
    m_timeEdit->setEnabled(m_clockCombo->currentData().toInt() == ClockChosen);
}

} // namespace authscope

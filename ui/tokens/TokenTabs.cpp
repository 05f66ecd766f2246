#include "ui/tokens/TokenTabs.h"

#include "core/audit/AuditLog.h"
#include "core/issuers/IssuerStore.h"
#include "core/jose/ClaimSet.h"
#include "core/jose/DecodedToken.h"
#include "core/keys/KeyStore.h"
#include "ui/tokens/ClaimsPanel.h"
#include "ui/tokens/ClaimsTableModel.h"
#include "ui/tokens/DecodedPanel.h"
#include "ui/tokens/DecryptPanel.h"
#include "ui/tokens/DpopBinding.h"
#include "ui/tokens/DpopPanel.h"
#include "ui/tokens/HistoryPanel.h"
#include "ui/tokens/JsonText.h"
#include "ui/tokens/KeyInputWidget.h"
#include "ui/tokens/PolicyEditor.h"
#include "ui/tokens/ResignPanel.h"
#include "ui/tokens/TokenFacts.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/WidgetFactory.h"

#include <QApplication>
#include <QJsonObject>
#include <QStyle>

namespace authscope {

TokenTabs::TokenTabs(const AppContext& context, QWidget* parent) : QTabWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("tokenTabWidget"));
    buildPanels();
    addTab(m_decoded, tr("&Decoded"));
    addTab(m_claimsPage, tr("C&laims"));
    addTab(m_verify, tr("Ver&ify"));
    addTab(m_dpop, tr("DPoP")); // every letter of it is a mnemonic of the page already
    addTab(m_decrypt, tr("De&crypt"));
    addTab(m_resign, tr("&Edit && re-sign"));
    addTab(m_history, tr("Hi&story"));
    setTabToolTip(indexOf(m_dpop), tr("Check a DPoP proof (RFC 9449) against a request and this token"));
    setTabToolTip(indexOf(m_decrypt), tr("Decrypt an encrypted token (JWE) with its key"));
    connectPanels();
    connectResign();
}

void TokenTabs::buildPanels()
{
    m_decoded = makeNamed<DecodedPanel>(QStringLiteral("decodedPanel"), this);
    m_claimsPage = new ClaimsPanel(this);
    m_headerModel = m_claimsPage->headerModel();
    m_claimsModel = m_claimsPage->claimsModel();

    m_verify = new VerifyPanel(m_context.clock, this);
    m_verify->setIssuerLookup([this](const QString& iss) -> std::optional<VerifyPanel::IssuerKeys> {
        issuers::IssuerStore store(m_context.database, m_context.audit, m_context.clock);
        auto issuer = store.findByUrl(iss);
        if (!issuer || !*issuer || (*issuer)->jwks.isEmpty()) {
            return std::nullopt;
        }
        return VerifyPanel::IssuerKeys{(*issuer)->name, (*issuer)->url, (*issuer)->jwks};
    });
    m_verify->setObjectName(QStringLiteral("verifyPanel"));
    if (m_context.keyStore != nullptr) {
        m_verify->setDatabaseJwks([store = m_context.keyStore] { return store->jwksJson(); });
    }
    m_dpop = makeNamed<DpopPanel>(QStringLiteral("dpopPanel"), m_context.clock, this);
    m_decrypt = makeNamed<DecryptPanel>(QStringLiteral("decryptPanel"), m_context, this);
    m_resign = makeNamed<ResignPanel>(QStringLiteral("resignPanel"), m_context.clock, this);
    m_history = makeNamed<HistoryPanel>(QStringLiteral("historyPanel"), m_context, this);
}

// What the tabs report, and what they hand back to the editor.
void TokenTabs::connectPanels()
{
    connect(m_decoded, &DecodedPanel::copied, this,
            [this](const QString& what) { Q_EMIT statusMessage(tr("%1 copied to the clipboard").arg(what)); });
    connect(m_decoded, &DecodedPanel::verifyRequested, this, [this] { setCurrentWidget(m_verify); });
    connect(m_decoded, &DecodedPanel::dpopRequested, this, [this] { setCurrentWidget(m_dpop); });
    connect(m_decoded, &DecodedPanel::decryptRequested, this, [this] { setCurrentWidget(m_decrypt); });
    connect(m_verify, &VerifyPanel::verified, this, &TokenTabs::showVerdict);
    connect(m_decrypt, &DecryptPanel::innerTokenOpened, this,
            [this](const QString& token) { Q_EMIT tokenOpened(token, Origin::Decrypted); });
    connect(m_decrypt, &DecryptPanel::outerTokenRequested, this,
            [this](const QString& token) { Q_EMIT tokenOpened(token, Origin::Encrypted); });
    connect(m_history, &HistoryPanel::tokenOpened, this,
            [this](const QString& token) { Q_EMIT tokenOpened(token, Origin::History); });
    connect(m_history, &HistoryPanel::statusMessage, this, &TokenTabs::statusMessage);
}

void TokenTabs::connectResign()
{
    connect(m_resign, &ResignPanel::tokenSigned, this,
            [this](const QString& alg, const QString& kid, const QString& keySource) {
                // A signing that is not on record is taken back (A-SAME-TX).
                auto row = m_context.audit.append(QStringLiteral("token.sign"), kid,
                                                  QJsonObject{{QStringLiteral("alg"), alg},
                                                              {QStringLiteral("kid"), kid},
                                                              {QStringLiteral("keySource"), keySource}});
                if (!row) {
                    m_resign->withdrawSigned(
                        tr("the audit log could not record the signing (%1)").arg(row.error().message));
                    return;
                }
                Q_EMIT statusMessage(tr("New token signed with %1").arg(alg));
            });
    connect(m_resign, &ResignPanel::openRequested, this, [this] {
        const QByteArray token = m_resign->signedToken();
        if (token.isEmpty()) {
            return;
        }
        if (m_resign->signingKey()) {
            m_verify->keyInput()->setKey(*m_resign->signingKey());
        }
        Q_EMIT tokenOpened(QString::fromLatin1(token), Origin::Resigned);
    });
}

void TokenTabs::showTabFor(Origin origin)
{
    switch (origin) {
    case Origin::History:
    case Origin::Decrypted:
        setCurrentWidget(m_decoded);
        break;
    case Origin::Resigned:
        setCurrentWidget(m_verify);
        break;
    case Origin::Encrypted:
        setCurrentWidget(m_decrypt);
        break;
    }
}

void TokenTabs::showToken(const jose::DecodedToken& token)
{
    m_hasToken = true;
    m_decoded->showToken(token);
    m_headerModel->setObject(token.header, JsonText::memberOrder(token.headerBytes));
    TokenFacts facts;
    if (!token.isJwe() && token.payloadIsJson && token.payloadJson.isObject()) {
        const QJsonObject claims = token.payloadJson.toObject();
        m_claimsModel->setObject(claims, JsonText::memberOrder(token.payload));
        const jose::ClaimSet set(claims);
        facts.issuer = set.issuer();
        const QStringList audiences = set.audience();
        facts.audience = audiences.isEmpty() ? QString() : audiences.first();
        facts.issuedAt = set.issuedAt();
    } else {
        m_claimsModel->clear();
    }
    m_verify->policyEditor()->setTokenFacts(facts);
    setTabText(indexOf(m_claimsPage),
               token.isJwe() ? tr("C&laims") : tr("C&laims (%1)").arg(m_claimsModel->rowCount()));

    const bool jwe = token.isJwe();
    m_verify->setToken(token.token, jwe);
    m_dpop->setPageToken(jwe ? QByteArray() : token.token, DpopBinding::jkt(token));
    m_decrypt->setToken(token.token, jwe);
    if (jwe) {
        m_resign->clearSource();
        m_resign->setEnabled(false);
    } else {
        m_resign->setEnabled(true);
        m_resign->setSource(token.headerBytes, token.payload, token.payloadIsJson);
    }
    updateTabVisibility(jwe);
}

void TokenTabs::updateTabVisibility(bool jwe)
{
    // Seven tabs do not fit beside the token at 1024×700: a JWE cannot be edited, a JWS has nothing to decrypt
    // (unless it came out of a JWE, for the way back), so each shows only where it can act.
    setTabVisible(indexOf(m_decrypt), jwe || m_decrypt->offersWayBack());
    setTabVisible(indexOf(m_resign), !jwe);
}

void TokenTabs::clearToken()
{
    m_hasToken = false;
    m_decoded->clear();
    m_headerModel->clear();
    m_claimsModel->clear();
    m_verify->setToken({}, false);
    m_dpop->setPageToken({}, {});
    m_decrypt->setToken({}, false);
    m_resign->clearSource();
    m_resign->setEnabled(true);
    m_verify->policyEditor()->setTokenFacts({});
    setTabText(indexOf(m_claimsPage), tr("C&laims"));
    updateTabVisibility(false);
}

void TokenTabs::setNow(qint64 nowSecs)
{
    m_claimsModel->setNow(nowSecs);
    m_history->setNow(nowSecs);
}

void TokenTabs::showVerdict(VerifyPanel::Verdict verdict)
{
    static const char* const names[] = {"none", "valid", "invalid", "unsupported"};
    const TokenPalette palette = TokenPalette::current();
    QColor color = QApplication::palette().color(QPalette::WindowText);
    if (verdict == VerifyPanel::Verdict::Valid) {
        color = palette.good;
    } else if (verdict == VerifyPanel::Verdict::Invalid) {
        color = palette.bad;
    } else if (verdict == VerifyPanel::Verdict::Unsupported) {
        color = palette.caution;
    }
    QString text = m_verify->verdictText();
    if (verdict == VerifyPanel::Verdict::None && m_hasToken) {
        text = tr("Signature not verified yet: choose a key on the Verify tab.");
    } else if (verdict == VerifyPanel::Verdict::Unsupported) {
        text.clear(); // a JWE: the Decoded tab's own notice says what to do
    }
    m_decoded->setVerdict(QString::fromLatin1(names[static_cast<int>(verdict)]), m_hasToken ? text : QString(), color);
    const int index = indexOf(m_verify);
    switch (verdict) {
    case VerifyPanel::Verdict::Valid:
        setTabIcon(index, style()->standardIcon(QStyle::SP_DialogApplyButton));
        break;
    case VerifyPanel::Verdict::Invalid:
        setTabIcon(index, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        break;
    case VerifyPanel::Verdict::None:
    case VerifyPanel::Verdict::Unsupported:
        setTabIcon(index, QIcon());
        break;
    }
}

} // namespace authscope

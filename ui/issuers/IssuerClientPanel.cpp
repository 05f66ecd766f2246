#include "ui/issuers/IssuerClientPanel.h"

#include "core/issuers/Issuer.h"
#include "core/issuers/IssuerStore.h"
#include "ui/issuers/IssuerVault.h"
#include "ui/widgets/UserMessage.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace authscope {

IssuerClientPanel::IssuerClientPanel(const AppContext& context, issuers::IssuerStore& store, QWidget* parent)
    : QWidget(parent), m_context(context), m_store(store)
{
    setObjectName(QStringLiteral("issuerClientPanel"));
    m_clientId = makeNamed<QLineEdit>(QStringLiteral("clientIdLineEdit"), this);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("AuthScope's client id at this issuer"));
    m_saveId = makeButton(tr("A&pply client ID"), QStringLiteral("saveClientIdButton"), this);

    m_secretState = makeWrappedLabel(QStringLiteral("secretStateLabel"), this);
    m_newSecret =
        makeSecretEdit(QStringLiteral("newSecretLineEdit"),
                       tr("new secret (sealed in the key vault, never shown again)"), tr("New client secret"), this);
    m_replace = makeButton(tr("Replace secret"), QStringLiteral("replaceSecretButton"), this);
    m_remove = makeButton(tr("For&get secret"), QStringLiteral("removeSecretButton"), this);

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_clientId, 1);
    idRow->addWidget(m_saveId);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_newSecret, 1);
    secretRow->addWidget(m_replace);
    secretRow->addWidget(m_remove);

    auto* form = new QFormLayout(this);
    // All fields grow: the word-wrapped secret state label kept its size hint and was cut to one line in German.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* idLabel = makeBuddyLabel(tr("Client ID:"), m_clientId, this);
    form->addRow(idLabel, idRow);
    form->addRow(tr("Client secret:"), m_secretState);
    auto* secretLabel = makeBuddyLabel(tr("New secret:"), m_newSecret, this);
    form->addRow(secretLabel, secretRow);

    connect(m_saveId, &QPushButton::clicked, this, &IssuerClientPanel::saveClientId);
    connect(m_clientId, &QLineEdit::returnPressed, this, &IssuerClientPanel::saveClientId);
    connect(m_replace, &QPushButton::clicked, this, &IssuerClientPanel::replaceSecret);
    // The page's letters leave none for these two: Enter in the field sets the secret.
    connect(m_newSecret, &QLineEdit::returnPressed, this, [this] {
        if (m_replace->isEnabled()) {
            replaceSecret();
        }
    });
    connect(m_newSecret, &QLineEdit::returnPressed, this, &IssuerClientPanel::replaceSecret);
    connect(m_remove, &QPushButton::clicked, this, &IssuerClientPanel::removeSecret);
    connect(m_newSecret, &QLineEdit::textChanged, this, &IssuerClientPanel::updateState);
    setIssuer(nullptr);
}

void IssuerClientPanel::setIssuer(const issuers::Issuer* issuer)
{
    m_name = issuer == nullptr ? QString() : issuer->name;
    m_hasSecret = issuer != nullptr && !issuer->sealedClientSecret.isEmpty();
    m_clientId->setText(issuer == nullptr ? QString() : issuer->clientId);
    m_newSecret->clear();
    if (issuer == nullptr) {
        m_secretState->setText(tr("No issuer selected."));
    } else if (m_hasSecret) {
        m_secretState->setText(tr("Sealed in the key vault (it is never shown)."));
    } else {
        m_secretState->setText(tr("None: token, introspection and revocation calls send the client id only."));
    }
    updateState();
}

void IssuerClientPanel::updateState()
{
    const bool selected = !m_name.isEmpty();
    m_clientId->setEnabled(selected);
    m_saveId->setEnabled(selected);
    m_newSecret->setEnabled(selected);
    m_replace->setText(m_hasSecret ? tr("Replace secret") : tr("Set secret"));
    m_replace->setEnabled(selected && !m_newSecret->text().isEmpty());
    m_remove->setEnabled(selected && m_hasSecret);
}

void IssuerClientPanel::saveClientId()
{
    if (m_name.isEmpty()) {
        return;
    }
    const QString id = m_clientId->text().trimmed();
    auto saved = m_store.setClient(m_name, id, issuers::IssuerStore::SecretChange::Keep);
    if (!saved) {
        Q_EMIT failed(saved.error().message);
        return;
    }
    Q_EMIT issuerChanged(m_name, id.isEmpty() ? tr("Removed the client id of %1").arg(m_name)
                                              : tr("Saved the client id of %1").arg(m_name));
}

void IssuerClientPanel::replaceSecret()
{
    if (m_name.isEmpty() || m_newSecret->text().isEmpty()) {
        return;
    }
    QString why;
    if (!IssuerVault::ensureUnlocked(m_context.keyVault, this, &why)) {
        Q_EMIT failed(why);
        return;
    }
    QByteArray secret = m_newSecret->text().toUtf8();
    m_newSecret->clear(); // the field holds it no longer than needed, whatever happens next
    auto saved = m_store.setClient(m_name, m_clientId->text().trimmed(), issuers::IssuerStore::SecretChange::Replace,
                                   secret, m_context.keyVault);
    secret.fill('\0');
    if (!saved) {
        Q_EMIT failed(saved.error().message);
        return;
    }
    Q_EMIT issuerChanged(m_name, tr("Sealed a new client secret for %1 in the key vault").arg(m_name));
}

void IssuerClientPanel::removeSecret()
{
    if (m_name.isEmpty() || !m_hasSecret) {
        return;
    }
    if (!askYesNo(this, tr("Remove client secret"),
                  tr("Remove the client secret of %1? AuthScope cannot show it, so keep a copy if you need it again.")
                      .arg(m_name))) {
        return;
    }
    auto saved = m_store.setClient(m_name, m_clientId->text().trimmed(), issuers::IssuerStore::SecretChange::Remove);
    if (!saved) {
        Q_EMIT failed(saved.error().message);
        return;
    }
    Q_EMIT issuerChanged(m_name, tr("Removed the client secret of %1").arg(m_name));
}

} // namespace authscope

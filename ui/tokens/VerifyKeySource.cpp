#include "ui/tokens/VerifyKeySource.h"

#include "core/common/DisplayText.h"
#include "ui/tokens/KeyInputWidget.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace authscope {

namespace {

const QString kNoKey = QStringLiteral("ui.no-key");

} // namespace

VerifyKeySource::VerifyKeySource(QWidget* parent) : QWidget(parent), m_keys(std::unexpected(Error{kNoKey, QString()}))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_modeCombo = makeNamed<QComboBox>(QStringLiteral("keyOriginComboBox"), this);
    m_modeCombo->setAccessibleName(tr("Verify with"));
    m_modeCombo->addItem(tr("A key I give (file, pasted key, secret)"), static_cast<int>(Mode::Provided));
    m_modeCombo->addItem(tr("This database's keys (JWKS)"), static_cast<int>(Mode::Database));
    m_modeCombo->addItem(tr("The issuer's keys"), static_cast<int>(Mode::Issuer));
    m_modeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modeCombo->setMinimumContentsLength(16);

    m_statusLabel = makeWrappedLabel(QStringLiteral("keyOriginStatusLabel"), this);

    m_issuerKeysButton = makeButton(tr("Use the issuer's keys"), QStringLiteral("issuerKeysButton"), this,
                                    tr("Verify with the keys stored for this saved issuer, and require its iss"));
    m_issuerKeysButton->hide();
    m_issuerNote = makeWrappedLabel(QStringLiteral("issuerNoteLabel"), this);
    m_issuerNote->hide();

    m_keyInput =
        makeNamed<KeyInputWidget>(QStringLiteral("verifyKeyInputWidget"), KeyInputWidget::Purpose::Verify, this);

    auto* row = new QHBoxLayout;
    auto* withLabel = makeBuddyLabel(tr("Verify with:"), m_modeCombo, this);
    row->addWidget(withLabel);
    row->addWidget(m_modeCombo, 1);
    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->addLayout(row);
    layout->addWidget(m_issuerKeysButton);
    layout->addWidget(m_issuerNote);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_keyInput);

    connect(m_modeCombo, &QComboBox::activated, this, [this] {
        m_userChose = true;
        reload();
        if (mode() == Mode::Issuer && m_issuerKeys) {
            Q_EMIT issuerPinned(m_issuerKeys->url); // R-ISS-PIN
        }
    });
    connect(m_keyInput, &KeyInputWidget::keysChanged, this, [this] {
        // Giving a key is choosing to verify with it.
        if (m_keyInput->keys() || m_keyInput->keys().error().code != kNoKey) {
            if (mode() != Mode::Provided) {
                const QSignalBlocker block(m_modeCombo);
                m_modeCombo->setCurrentIndex(m_modeCombo->findData(static_cast<int>(Mode::Provided)));
            }
            m_userChose = true;
        }
        reload();
    });
    connect(m_issuerKeysButton, &QPushButton::clicked, this, [this] {
        if (m_issuerKeys) {
            m_userChose = true;
            setMode(Mode::Issuer);
            Q_EMIT issuerPinned(m_issuerKeys->url);
        }
    });
    updateVisibility();
}

void VerifyKeySource::setIssuerLookup(IssuerLookup lookup)
{
    m_issuerLookup = std::move(lookup);
    offerIssuer();
    reload();
}

void VerifyKeySource::setDatabaseJwks(DatabaseJwks provider)
{
    m_databaseJwks = std::move(provider);
    reload();
}

void VerifyKeySource::setTokenFacts(const TokenFacts& facts)
{
    m_token = facts;
    offerIssuer();
    if (!m_userChose) {
        // A token the test server issued (its kid is in this database) verifies at once. A saved issuer's keys are
        // one click away instead, because choosing them also pins the issuer (R-ISS-PIN).
        Mode automatic = Mode::Provided;
        if (m_databaseJwks && !facts.kid.isEmpty()) {
            if (auto jwks = m_databaseJwks(); jwks) {
                if (auto set = jose::JwkSet::fromJsonText(*jwks); set && set->findByKid(facts.kid) != nullptr) {
                    automatic = Mode::Database;
                }
            }
        }
        const QSignalBlocker block(m_modeCombo);
        m_modeCombo->setCurrentIndex(m_modeCombo->findData(static_cast<int>(automatic)));
    }
    reload();
}

VerifyKeySource::Mode VerifyKeySource::mode() const
{
    return static_cast<Mode>(m_modeCombo->currentData().toInt());
}

void VerifyKeySource::setMode(Mode mode)
{
    {
        const QSignalBlocker block(m_modeCombo);
        m_modeCombo->setCurrentIndex(m_modeCombo->findData(static_cast<int>(mode)));
    }
    reload();
}

const Result<jose::JwkSet>& VerifyKeySource::keys()
{
    if (mode() == Mode::Provided) {
        return m_keyInput->keys();
    }
    return m_keys;
}

QString VerifyKeySource::describe() const
{
    switch (mode()) {
    case Mode::Database:
        return tr("this database's keys");
    case Mode::Issuer:
        return m_issuerKeys ? tr("the keys of issuer %1").arg(m_issuerKeys->name) : tr("the issuer's keys");
    case Mode::Provided:
        break;
    }
    return tr("the key you gave");
}

void VerifyKeySource::offerIssuer()
{
    m_issuerKeys.reset();
    if (m_issuerLookup && !m_token.issuer.isEmpty()) {
        m_issuerKeys = m_issuerLookup(m_token.issuer);
    }
    m_issuerKeysButton->setVisible(m_issuerKeys.has_value() && mode() != Mode::Issuer);
    if (m_issuerKeys) {
        m_issuerKeysButton->setText(tr("Use the keys of issuer %1").arg(m_issuerKeys->name));
    }
    const bool unknownUrl = m_issuerLookup && !m_issuerKeys && m_token.issuer.startsWith(QStringLiteral("https://"));
    m_issuerNote->setVisible(unknownUrl);
    if (unknownUrl) {
        m_issuerNote->setText(tr("The token's issuer %1 is not saved. Add it on the Issuers page to verify with its "
                                 "published keys.")
                                  .arg(DisplayText::escape(m_token.issuer)));
    }
}

void VerifyKeySource::reload()
{
    switch (mode()) {
    case Mode::Provided:
        m_statusLabel->clear();
        break;
    case Mode::Database: {
        if (!m_databaseJwks) {
            m_keys = std::unexpected(Error{kNoKey, tr("No database is open.")});
            break;
        }
        auto jwks = m_databaseJwks();
        m_keys = jwks ? jose::JwkSet::fromJsonText(*jwks) : Result<jose::JwkSet>(std::unexpected(jwks.error()));
        if (m_keys && m_keys->isEmpty()) {
            m_keys = std::unexpected(Error{kNoKey, tr("This database publishes no keys yet (Keys page).")});
        }
        break;
    }
    case Mode::Issuer:
        if (!m_issuerKeys) {
            m_keys = std::unexpected(
                Error{kNoKey, tr("The token's iss names no saved issuer with stored keys (Issuers page).")});
        } else {
            m_keys = jose::JwkSet::fromJsonText(m_issuerKeys->jwks);
        }
        break;
    }
    if (mode() != Mode::Provided) {
        m_statusLabel->setText(m_keys ? tr("%n published key(s)", nullptr, int(m_keys->size()))
                                      : DisplayText::escape(m_keys.error().message));
    }
    updateVisibility();
    Q_EMIT keysChanged();
}

void VerifyKeySource::updateVisibility()
{
    const bool provided = mode() == Mode::Provided;
    m_keyInput->setVisible(provided);
    m_statusLabel->setVisible(!provided && !m_statusLabel->text().isEmpty());
    m_issuerKeysButton->setVisible(m_issuerKeys.has_value() && mode() != Mode::Issuer);
    if (auto* model = qobject_cast<QStandardItemModel*>(m_modeCombo->model()); model != nullptr) {
        const int databaseRow = m_modeCombo->findData(static_cast<int>(Mode::Database));
        const int issuerRow = m_modeCombo->findData(static_cast<int>(Mode::Issuer));
        model->item(databaseRow)->setEnabled(bool(m_databaseJwks));
        model->item(issuerRow)->setEnabled(m_issuerKeys.has_value());
        m_modeCombo->setItemText(issuerRow, m_issuerKeys ? tr("The issuer's keys: %1").arg(m_issuerKeys->name)
                                                         : tr("The issuer's keys (no saved issuer for this iss)"));
    }
}

} // namespace authscope

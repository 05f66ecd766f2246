#include "ui/tokens/DecryptKeySource.h"

#include "core/common/DisplayText.h"
#include "core/jose/JweAlgorithm.h"
#include "core/keys/KeyRecord.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "ui/keys/PassphraseDialog.h"
#include "ui/tokens/KeyFile.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/CodeTextEdit.h"
#include "ui/widgets/DelayTimer.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/UserMessage.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace authscope {

namespace {

const QString kNoKey = QStringLiteral("ui.no-key");
const QString kCancelled = QStringLiteral("ui.cancelled");

bool isEncryptedPem(QByteArrayView bytes)
{
    return bytes.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || bytes.contains("Proc-Type: 4,ENCRYPTED");
}

std::unexpected<Error> uiError(const QString& code, const QString& message)
{
    return std::unexpected(Error{code, message});
}

// "RSA 2048-bit private key · kid 'enc-1'", for a key that decrypts.
QString describeKey(const jose::Jwk& key)
{
    QString kind;
    if (key.isSymmetric()) {
        kind = DecryptKeySource::tr("secret key of %1 bits").arg(key.bits());
    } else if (key.type() == jose::KeyType::Rsa) {
        kind = key.isPrivate() ? DecryptKeySource::tr("RSA %1-bit private key").arg(key.bits())
                               : DecryptKeySource::tr("RSA %1-bit public key").arg(key.bits());
    } else {
        kind = key.isPrivate() ? DecryptKeySource::tr("%1 private key").arg(key.curve())
                               : DecryptKeySource::tr("%1 public key").arg(key.curve());
    }
    if (!key.kid().isEmpty()) {
        kind += DecryptKeySource::tr(" · kid '%1'").arg(DisplayText::escape(key.kid()).left(64));
    }
    if (!key.alg().isEmpty()) {
        kind += QStringLiteral(" · ") + DisplayText::escape(key.alg()).left(32);
    }
    return kind;
}

} // namespace

DecryptKeySource::DecryptKeySource(const AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_modeCombo = makeNamed<QComboBox>(QStringLiteral("decryptKeySourceComboBox"), this);
    m_modeCombo->setAccessibleName(tr("Decryption key source"));
    m_modeCombo->addItem(tr("Pasted JWK, JWK Set or PEM"), static_cast<int>(Mode::Text));
    m_modeCombo->addItem(tr("Key file"), static_cast<int>(Mode::File));
    m_modeCombo->addItem(tr("Password (PBES2)"), static_cast<int>(Mode::Password));
    m_modeCombo->addItem(tr("This database's key store"), static_cast<int>(Mode::Store));

    m_keyText = makeCodeTextEdit(QStringLiteral("decryptKeyTextEdit"), tr("Decryption key text"), this);
    m_keyText->setWordWrapMode(QTextOption::WrapAnywhere);
    m_keyText->setPlaceholderText(tr("Paste the private key: a JWK, a JWK Set (the token's kid picks the key) or a "
                                     "PEM private key. An encrypted PEM asks for its passphrase when you decrypt."));
    m_keyText->setMinimumHeight(60);
    m_keyText->setMaximumHeight(120);
    m_passwordEdit =
        makeSecretEdit(QStringLiteral("decryptPasswordLineEdit"),
                       tr("The password the token was encrypted with (PBES2)"), tr("PBES2 password"), this);

    m_stack = makeNamed<QStackedWidget>(QStringLiteral("decryptKeyStackedWidget"), this);
    m_stack->insertWidget(static_cast<int>(Mode::File), buildFilePage());
    m_stack->insertWidget(static_cast<int>(Mode::Text), m_keyText);
    m_stack->insertWidget(static_cast<int>(Mode::Password), m_passwordEdit);
    m_stack->insertWidget(static_cast<int>(Mode::Store), buildStorePage());
    buildForm();

    m_timer = makeDelayTimer(250, this);
    connect(m_timer, &QTimer::timeout, this, &DecryptKeySource::updateStatus);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        showSourcePage();
        if (mode() == Mode::Store) {
            refreshStore();
        }
        inputChanged();
    });
    connect(m_keyText, &QPlainTextEdit::textChanged, this, &DecryptKeySource::inputChanged);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &DecryptKeySource::inputChanged);
    connect(m_storeCombo, &QComboBox::currentIndexChanged, this, &DecryptKeySource::inputChanged);
    openEditedPath(m_fileEdit, [this](const QString& path) { loadFile(path); });
    connect(m_browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the decryption key"), QString(),
                                                          tr("Keys (*.pem *.jwk *.json *.jwks *.key);;All files (*)"));
        if (!path.isEmpty()) {
            loadFile(path);
        }
    });
    showSourcePage();
    updateStatus();
}

QWidget* DecryptKeySource::buildFilePage()
{
    auto* page = new QWidget(this);
    m_fileEdit = makeLineEdit(QStringLiteral("decryptKeyFileLineEdit"), tr("Path of a JWK, JWK Set or PEM private key"),
                              tr("Decryption key file path"), page);
    m_browseButton = makeButton(tr("&Browse…"), QStringLiteral("decryptBrowseKeyButton"), page);
    auto* row = makeMarginless<QHBoxLayout>(page);
    row->addWidget(m_fileEdit, 1);
    row->addWidget(m_browseButton);
    return page;
}

QWidget* DecryptKeySource::buildStorePage()
{
    auto* page = new QWidget(this);
    m_storeCombo = makeNamed<QComboBox>(QStringLiteral("decryptStoreKeyComboBox"), page);
    m_storeCombo->setAccessibleName(tr("Key store key"));
    m_storeNote = makeWrappedLabel(QStringLiteral("decryptStoreNoteLabel"), page);
    m_storeNote->setTextFormat(Qt::PlainText); // D-DISPLAY: it quotes the token
    auto* layout = makeMarginless<QVBoxLayout>(page);
    layout->addWidget(m_storeCombo);
    layout->addWidget(m_storeNote);
    return page;
}

void DecryptKeySource::buildForm()
{
    m_statusLabel = makeQuotingLabel(QStringLiteral("decryptKeyStatusLabel"), this); // D-DISPLAY: it quotes the token
    auto* form = makeFieldForm(this);
    addBuddyRow(form, tr("&Key:"), m_modeCombo);
    form->addRow(m_stack);
    form->addRow(m_statusLabel);
}

void DecryptKeySource::showSourcePage()
{
    showOnlyPage(m_stack, static_cast<int>(mode()));
    updateGeometry();
}

DecryptKeySource::Mode DecryptKeySource::mode() const
{
    return static_cast<Mode>(m_modeCombo->currentData().toInt());
}

void DecryptKeySource::setMode(Mode mode)
{
    m_modeCombo->setCurrentIndex(std::max(0, m_modeCombo->findData(static_cast<int>(mode))));
}

bool DecryptKeySource::loadFile(const QString& path)
{
    setMode(Mode::File);
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_fileEdit->setModified(false);
    m_file = KeyFile::read(path, {tr("Cannot read %1: %2"),
                                  tr("%1 is %2 bytes: a key file is at most 1 MiB, so this is not one."),
                                  tr("%1 is empty.")});
    inputChanged();
    updateStatus();
    return m_file.error.isEmpty();
}

void DecryptKeySource::setKeyText(const QString& text)
{
    setMode(Mode::Text);
    m_keyText->setPlainText(text);
    updateStatus();
}

void DecryptKeySource::setPassword(const QString& password)
{
    setMode(Mode::Password);
    m_passwordEdit->setText(password);
    updateStatus();
}

void DecryptKeySource::setTokenHeader(const QJsonObject& header)
{
    m_tokenHeader = header;
    if (mode() == Mode::Store) {
        refreshStore();
    }
}

void DecryptKeySource::inputChanged()
{
    m_timer->start();
    Q_EMIT keysChanged();
}

QByteArray DecryptKeySource::keyBytes() const
{
    return mode() == Mode::File ? m_file.bytes : m_keyText->toPlainText().trimmed().toUtf8();
}

bool DecryptKeySource::fitsToken(const KeyRecord& record) const
{
    const auto alg = jose::JweAlgorithms::fromName(m_tokenHeader.value(QLatin1StringView("alg")).toString());
    if (!alg) {
        return true;
    }
    switch (jose::JweAlgorithms::family(*alg)) {
    case jose::JweKeyFamily::Rsa:
        return record.kty == u"RSA";
    case jose::JweKeyFamily::Ecdh:
        return record.kty == u"EC" || record.kty == u"OKP";
    case jose::JweKeyFamily::AesKw:
    case jose::JweKeyFamily::Direct:
    case jose::JweKeyFamily::AesGcmKw:
        return record.isSymmetric();
    case jose::JweKeyFamily::Pbes2:
        return false;
    }
    return true;
}

void DecryptKeySource::refreshStore()
{
    const QString previous = m_storeCombo->currentData().toString();
    const QSignalBlocker block(m_storeCombo);
    m_storeCombo->clear();
    if (m_context.keyStore == nullptr) {
        m_storeNote->setText(tr("No key store is open in this window."));
        return;
    }
    auto records = m_context.keyStore->list();
    if (!records) {
        m_storeNote->setText(tr("The key store cannot be read: %1 (%2)")
                                 .arg(withoutCliHints(records.error().message), records.error().code));
        return;
    }
    const QString kid = m_tokenHeader.value(QLatin1StringView("kid")).toString();
    int unfit = 0;
    for (const KeyRecord& r : *records) {
        // K-USE: only encryption keys decrypt; a signing key is never offered.
        if (!r.hasPrivate || r.use != u"enc" || r.state == KeyState::Revoked) {
            continue;
        }
        if (!fitsToken(r)) {
            ++unfit;
            continue;
        }
        const QString text = tr("%1 · %2 · %3").arg(DisplayText::escape(r.kid), r.description(), r.purpose);
        if (r.kid == kid) {
            m_storeCombo->insertItem(0, text, r.kid); // the key the token names comes first
        } else {
            m_storeCombo->addItem(text, r.kid);
        }
    }
    const int again = m_storeCombo->findData(previous);
    m_storeCombo->setCurrentIndex(!kid.isEmpty() && m_storeCombo->findData(kid) >= 0 ? m_storeCombo->findData(kid)
                                  : again >= 0                                       ? again
                                                                                     : 0);
    if (m_storeCombo->count() == 0) {
        m_storeNote->setText(unfit > 0 ? tr("The key store's encryption keys do not fit this token's algorithm.")
                                       : tr("This database's key store holds no encryption key (use \"enc\"); "
                                            "signing keys never decrypt."));
    } else {
        m_storeNote->setText(m_context.keyVault != nullptr && !m_context.keyVault->isUnlocked()
                                 ? tr("The key store is locked: its passphrase is asked when you decrypt.")
                                 : QString());
    }
    m_storeNote->setVisible(!m_storeNote->text().isEmpty());
}

QStringList DecryptKeySource::storeKids() const
{
    QStringList kids;
    for (int i = 0; i < m_storeCombo->count(); ++i) {
        kids << m_storeCombo->itemData(i).toString();
    }
    return kids;
}

Result<jose::JwkSet> DecryptKeySource::parseKeyBytes(const QByteArray& bytes)
{
    auto keys = jose::JwkSet::fromKeyFile(bytes, {});
    if (!keys) {
        return keys;
    }
    for (const jose::Jwk& key : keys->keys()) {
        if (key.isPrivate() || key.isSymmetric()) {
            return keys;
        }
    }
    return uiError(QStringLiteral("ui.public-key"),
                   tr("This is a public key: it can encrypt to its owner, but only the private key decrypts."));
}

Result<jose::JwkSet> DecryptKeySource::resolveKeys()
{
    switch (mode()) {
    case Mode::File:
    case Mode::Text: {
        if (mode() == Mode::File && !m_file.error.isEmpty()) {
            return uiError(QStringLiteral("ui.key-file"), m_file.error);
        }
        const QByteArray bytes = keyBytes();
        if (bytes.isEmpty()) {
            return uiError(kNoKey, mode() == Mode::File ? tr("No key file chosen yet.") : tr("No key pasted yet."));
        }
        if (!isEncryptedPem(bytes)) {
            return parseKeyBytes(bytes);
        }
        if (m_openedKeys && m_openedPem == bytes) {
            return *m_openedKeys;
        }
        bool ok = false;
        const QString passphrase =
            QInputDialog::getText(this, tr("Encrypted private key"),
                                  tr("The private key is encrypted. Its passphrase opens it for this decryption; it "
                                     "is not kept."),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok) {
            return uiError(kCancelled, tr("No passphrase given: the key stays closed."));
        }
        QByteArray secret = passphrase.toUtf8();
        auto keys = jose::JwkSet::fromKeyFile(bytes, secret);
        secret.fill('\0');
        if (!keys) {
            return keys;
        }
        m_openedPem = bytes;
        m_openedKeys = *keys;
        updateStatus();
        return keys;
    }
    case Mode::Password: {
        const QByteArray password = m_passwordEdit->text().toUtf8();
        if (password.isEmpty()) {
            return uiError(kNoKey, tr("No password entered yet."));
        }
        auto key = jose::Jwk::fromSecret(password);
        if (!key) {
            return std::unexpected(key.error());
        }
        return jose::JwkSet({*key});
    }
    case Mode::Store:
        return storeKey();
    }
    return uiError(kNoKey, QString());
}

Result<jose::JwkSet> DecryptKeySource::storeKey()
{
    const QString kid = m_storeCombo->currentData().toString();
    if (m_context.keyStore == nullptr || kid.isEmpty()) {
        return uiError(kNoKey, m_storeNote->text().isEmpty() ? tr("No key store key chosen.") : m_storeNote->text());
    }
    KeyVault* vault = m_context.keyVault;
    if (vault != nullptr && !vault->isUnlocked()) {
        PassphraseDialog dialog(PassphraseDialog::Mode::Unlock, this);
        bool unlocked = false;
        while (!unlocked && dialog.exec() == QDialog::Accepted) {
            auto done = vault->unlock(dialog.passphrase());
            unlocked = done.has_value();
            if (!done) {
                dialog.showError(done.error().message);
            }
        }
        if (!unlocked) {
            return uiError(kCancelled, tr("The key store stays locked: its keys cannot be used."));
        }
        refreshStore();
    }
    auto key = m_context.keyStore->privateKey(kid);
    if (!key) {
        return std::unexpected(key.error());
    }
    return jose::JwkSet({*key});
}

QString DecryptKeySource::describe() const
{
    switch (mode()) {
    case Mode::File:
        return m_file.name.isEmpty() ? tr("no key file") : tr("key file %1").arg(DisplayText::escape(m_file.name));
    case Mode::Text:
        return tr("pasted key");
    case Mode::Password:
        return tr("PBES2 password");
    case Mode::Store: {
        const QString kid = m_storeCombo->currentData().toString();
        return kid.isEmpty() ? tr("no key store key") : tr("the key store's key '%1'").arg(DisplayText::escape(kid));
    }
    }
    return {};
}

void DecryptKeySource::updateStatus()
{
    m_timer->stop();
    const TokenPalette palette = TokenPalette::current();
    QColor color = palette.good;
    QString text;
    if (mode() == Mode::Password) {
        const qsizetype chars = m_passwordEdit->text().size();
        text = chars == 0 ? tr("No password entered yet.")
                          : tr("✔ A password of %Ln character(s), for PBES2 tokens", nullptr, int(chars));
        color = chars == 0 ? QApplication::palette().color(QPalette::PlaceholderText) : palette.good;
    } else if (mode() == Mode::Store) {
        text = m_storeCombo->count() > 0 ? tr("✔ %1").arg(describe()) : QString();
    } else if (mode() == Mode::File && !m_file.error.isEmpty()) {
        text = tr("✘ %1").arg(m_file.error);
        color = palette.bad;
    } else if (const QByteArray bytes = keyBytes(); bytes.isEmpty()) {
        text = mode() == Mode::File ? tr("No key file chosen yet.") : tr("No key pasted yet.");
        color = QApplication::palette().color(QPalette::PlaceholderText);
    } else if (isEncryptedPem(bytes)) {
        text = m_openedKeys && m_openedPem == bytes
                   ? tr("✔ %1 (opened with its passphrase)").arg(describeKey(m_openedKeys->keys().first()))
                   : tr("An encrypted private key: its passphrase is asked when you decrypt.");
        color = m_openedKeys && m_openedPem == bytes ? palette.good : palette.info;
    } else if (auto keys = parseKeyBytes(bytes); !keys) {
        text = tr("✘ %1 (%2)").arg(withoutCliHints(keys.error().message), keys.error().code);
        color = palette.bad;
    } else {
        QStringList described;
        for (const jose::Jwk& key : keys->keys()) {
            described << describeKey(key);
        }
        text = tr("✔ %1").arg(described.join(QStringLiteral("; ")));
    }
    setTextColor(m_statusLabel, color);
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

} // namespace authscope

#include "ui/tokens/KeyInputWidget.h"

#include "core/common/EnumNames.h"
#include "core/jose/JoseError.h"
#include "ui/tokens/KeyFile.h"
#include "ui/tokens/KeyText.h"
#include "ui/tokens/TokenPalette.h"
#include "ui/widgets/CodeTextEdit.h"
#include "ui/widgets/DelayTimer.h"
#include "ui/widgets/FileDrop.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace authscope {

using jose::JwsAlgorithm;

struct KeyInputWidget::GenerateChoice
{
    const char* label; // translated with tr() where shown
    jose::KeyType type;
    int bits;
    QString curve;
    QList<JwsAlgorithm> algorithms;
};

namespace {

const QString kNoKeyCode = QStringLiteral("ui.no-key");

bool looksLikeKeyText(QByteArrayView bytes)
{
    const QByteArrayView t = bytes.trimmed();
    return t.startsWith('{') || t.contains("-----BEGIN ");
}

} // namespace

QString KeyInputWidget::childName(QStringView name) const
{
    // Both inputs live on one page: the signing one's children carry a "sign" prefix ("signKeyTextEdit").
    if (m_purpose == Purpose::Verify) {
        return name.toString();
    }
    return QStringLiteral("sign") + name.first(1).toString().toUpper() + name.sliced(1);
}

const QList<KeyInputWidget::GenerateChoice>& KeyInputWidget::generateChoices()
{
    using jose::KeyType;
    static const QList<GenerateChoice> choices{
        {QT_TR_NOOP("EC P-256 (ES256)"), KeyType::Ec, 0, QStringLiteral("P-256"), {JwsAlgorithm::ES256}},
        {QT_TR_NOOP("EC P-384 (ES384)"), KeyType::Ec, 0, QStringLiteral("P-384"), {JwsAlgorithm::ES384}},
        {QT_TR_NOOP("EC P-521 (ES512)"), KeyType::Ec, 0, QStringLiteral("P-521"), {JwsAlgorithm::ES512}},
        {QT_TR_NOOP("RSA 2048 bits (RS*/PS*)"),
         KeyType::Rsa,
         2048,
         QString(),
         {JwsAlgorithm::RS256, JwsAlgorithm::RS384, JwsAlgorithm::RS512, JwsAlgorithm::PS256, JwsAlgorithm::PS384,
          JwsAlgorithm::PS512}},
        {QT_TR_NOOP("RSA 3072 bits (RS*/PS*)"),
         KeyType::Rsa,
         3072,
         QString(),
         {JwsAlgorithm::RS256, JwsAlgorithm::RS384, JwsAlgorithm::RS512, JwsAlgorithm::PS256, JwsAlgorithm::PS384,
          JwsAlgorithm::PS512}},
        {QT_TR_NOOP("RSA 4096 bits (RS*/PS*)"),
         KeyType::Rsa,
         4096,
         QString(),
         {JwsAlgorithm::RS256, JwsAlgorithm::RS384, JwsAlgorithm::RS512, JwsAlgorithm::PS256, JwsAlgorithm::PS384,
          JwsAlgorithm::PS512}},
        {QT_TR_NOOP("Ed25519 (EdDSA)"), KeyType::Okp, 0, QStringLiteral("Ed25519"), {JwsAlgorithm::EdDSA}},
        {QT_TR_NOOP("Ed448 (EdDSA)"), KeyType::Okp, 0, QStringLiteral("Ed448"), {JwsAlgorithm::EdDSA}},
        {QT_TR_NOOP("HMAC secret, 256 bits (HS256)"), KeyType::Oct, 256, QString(), {JwsAlgorithm::HS256}},
        {QT_TR_NOOP("HMAC secret, 384 bits (HS384)"),
         KeyType::Oct,
         384,
         QString(),
         {JwsAlgorithm::HS384, JwsAlgorithm::HS256}},
        {QT_TR_NOOP("HMAC secret, 512 bits (HS512)"),
         KeyType::Oct,
         512,
         QString(),
         {JwsAlgorithm::HS512, JwsAlgorithm::HS384, JwsAlgorithm::HS256}},
    };
    return choices;
}

KeyInputWidget::KeyInputWidget(Purpose purpose, QWidget* parent)
    : QWidget(parent), m_purpose(purpose), m_keys(std::unexpected(Error{kNoKeyCode, QString()}))
{
    setAcceptDrops(true);
    // As tall as the chosen source needs, no taller: spare height goes to the verdict and the new token.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_sourceCombo = makeNamed<QComboBox>(childName(u"keySourceComboBox"), this);
    m_sourceCombo->setAccessibleName(tr("Key source"));
    if (purpose == Purpose::Sign) {
        m_sourceCombo->addItem(tr("Generate a throwaway key"), static_cast<int>(Source::Generate));
    }
    m_sourceCombo->addItem(tr("Pasted PEM, JWK or JWK Set"), static_cast<int>(Source::Text));
    m_sourceCombo->addItem(tr("HMAC secret"), static_cast<int>(Source::Secret));
    m_sourceCombo->addItem(tr("Key file"), static_cast<int>(Source::File));

    QWidget* filePage = buildFilePage();
    buildKeyTextEdit();
    QWidget* secretPage = buildSecretPage();
    QWidget* generatePage = buildGeneratePage();
    m_stack = makeNamed<QStackedWidget>(childName(u"keySourceStackedWidget"), this);
    m_stack->insertWidget(static_cast<int>(Source::File), filePage);
    m_stack->insertWidget(static_cast<int>(Source::Text), m_keyText);
    m_stack->insertWidget(static_cast<int>(Source::Secret), secretPage);
    m_stack->insertWidget(static_cast<int>(Source::Generate), generatePage);

    buildForm();
    m_parseTimer = makeDelayTimer(250, this);
    connectSignals();

    showSourcePage();
    reparse();
}

QWidget* KeyInputWidget::buildFilePage()
{
    auto* filePage = new QWidget(this);
    m_fileEdit = makeLineEdit(childName(u"keyFileLineEdit"),
                              tr("Path of a JWK, JWK Set, PEM key or certificate, or raw secret file"),
                              tr("Key file path"), filePage);
    m_browseButton = makeButton(tr("&Browse…"), childName(u"browseKeyButton"), filePage);
    m_rawSecretCheck =
        makeNamed<QCheckBox>(childName(u"rawSecretCheckBox"), tr("The file holds raw HMAC secret bytes"), filePage);
    m_rawSecretCheck->setToolTip(tr("Every byte of the file is the secret (a raw HMAC key file, not text)"));
    auto* fileRow = makeMarginless<QHBoxLayout>();
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto* fileLayout = makeMarginless<QVBoxLayout>(filePage);
    fileLayout->addLayout(fileRow);
    fileLayout->addWidget(m_rawSecretCheck);
    return filePage;
}

void KeyInputWidget::buildKeyTextEdit()
{
    m_keyText = makeCodeTextEdit(childName(u"keyTextEdit"), tr("Key text"), this);
    m_keyText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_keyText->setWordWrapMode(QTextOption::WrapAnywhere);
    m_keyText->setPlaceholderText(tr("Paste a PEM public key, private key or certificate, a JWK, or a JWK Set "
                                     "({\"keys\":[…]}: the token's kid picks the key)."));
    m_keyText->setAcceptDrops(false); // files dropped here are read by this widget, not inserted as a path
    m_keyText->setMinimumHeight(70);
    m_keyText->setMaximumHeight(130);
}

QWidget* KeyInputWidget::buildSecretPage()
{
    auto* secretPage = new QWidget(this);
    m_secretEdit =
        makeSecretEdit(childName(u"secretLineEdit"), tr("The shared HMAC secret"), tr("HMAC secret"), secretPage);
    m_showSecretButton = makeNamed<QToolButton>(childName(u"showSecretToolButton"), secretPage);
    m_showSecretButton->setText(tr("Show"));
    m_showSecretButton->setCheckable(true);
    m_showSecretButton->setToolTip(tr("Show or hide the secret"));
    m_encodingCombo = makeNamed<QComboBox>(childName(u"secretEncodingComboBox"), secretPage);
    m_encodingCombo->setAccessibleName(tr("Secret encoding"));
    m_encodingCombo->addItem(tr("Text (UTF-8)"), static_cast<int>(SecretEncoding::Text));
    m_encodingCombo->addItem(tr("Base64"), static_cast<int>(SecretEncoding::Base64));
    m_encodingCombo->addItem(tr("Base64url"), static_cast<int>(SecretEncoding::Base64Url));
    m_encodingCombo->addItem(tr("Hex"), static_cast<int>(SecretEncoding::Hex));
    auto* secretLayout = makeMarginless<QHBoxLayout>();
    secretLayout->addWidget(m_secretEdit, 1);
    secretLayout->addWidget(m_showSecretButton);
    secretLayout->addWidget(m_encodingCombo);
    auto* secretOuter = makeMarginless<QVBoxLayout>(secretPage);
    secretOuter->addLayout(secretLayout);
    return secretPage;
}

QWidget* KeyInputWidget::buildGeneratePage()
{
    auto* generatePage = new QWidget(this);
    m_generateCombo = makeNamed<QComboBox>(childName(u"generateTypeComboBox"), generatePage);
    m_generateCombo->setAccessibleName(tr("Type of key to generate"));
    for (qsizetype i = 0; i < generateChoices().size(); ++i) {
        m_generateCombo->addItem(tr(generateChoices().at(i).label), static_cast<int>(i));
    }
    m_generateButton = makeButton(tr("Generate ne&w key"), childName(u"generateButton"), generatePage);
    m_generateButton->setToolTip(tr("A fresh key from the system's random generator, held only in memory. "
                                    "Copy it if you need it later."));
    auto* generateLayout = makeMarginless<QHBoxLayout>();
    generateLayout->addWidget(m_generateCombo, 1);
    generateLayout->addWidget(m_generateButton);
    auto* generateOuter = makeMarginless<QVBoxLayout>(generatePage);
    generateOuter->addLayout(generateLayout);
    return generatePage;
}

// The source and its page, the passphrase, the key to sign with, what was understood, and the copy buttons.
void KeyInputWidget::buildForm()
{
    m_passphraseEdit = makeSecretEdit(childName(u"passphraseLineEdit"), tr("Only for an encrypted PEM private key"),
                                      tr("Passphrase"), this);

    m_choiceCombo = makeNamed<QComboBox>(childName(u"keyChoiceComboBox"), this);
    m_choiceCombo->setAccessibleName(tr("Key to sign with"));

    m_statusLabel = makeMessageLabel(childName(u"keyStatusLabel"), this);

    m_copyPublicButton = makeButton(tr("Copy public JWK"), childName(u"copyPublicKeyButton"), this,
                                    tr("Copy the public half as a JWK (safe to share)"));
    m_copyPrivateButton = makeButton(tr("Copy private JWK"), childName(u"copyPrivateKeyButton"), this,
                                     tr("Copy the whole key, private part included, to the clipboard"));
    auto* copyRow = makeMarginless<QHBoxLayout>();
    copyRow->addWidget(m_copyPublicButton);
    copyRow->addWidget(m_copyPrivateButton);
    copyRow->addStretch(1);

    auto* form = makeFieldForm(this);
    addBuddyRow(form, m_purpose == Purpose::Sign ? tr("Signing &key:") : tr("&Key:"), m_sourceCombo);
    form->addRow(m_stack);
    m_passphraseLabel = addBuddyRow(form, tr("Passphrase:"), m_passphraseEdit);
    m_choiceLabel = addBuddyRow(form, tr("Sign with:"), m_choiceCombo);
    form->addRow(m_statusLabel);
    form->addRow(copyRow);
}

void KeyInputWidget::connectSignals()
{
    connect(m_parseTimer, &QTimer::timeout, this, &KeyInputWidget::reparse);

    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        showSourcePage();
        inputChanged(true);
    });
    openEditedPath(m_fileEdit, [this](const QString& path) { loadFile(path); });
    connect(m_browseButton, &QPushButton::clicked, this, &KeyInputWidget::browse);
    connect(m_rawSecretCheck, &QCheckBox::toggled, this, [this] { inputChanged(true); });
    connect(m_keyText, &QPlainTextEdit::textChanged, this, [this] { inputChanged(false); });
    connect(m_secretEdit, &QLineEdit::textChanged, this, [this] { inputChanged(false); });
    connect(m_showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecretButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, [this] { inputChanged(true); });
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, [this] { inputChanged(false); });
    connect(m_generateCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_generated.reset(); // a key of another type is needed now
        inputChanged(true);
    });
    connect(m_generateButton, &QPushButton::clicked, this, &KeyInputWidget::generate);
    connect(m_choiceCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateStatus();
        Q_EMIT keysChanged();
    });
    connect(m_copyPublicButton, &QPushButton::clicked, this, [this] { copyKey(false); });
    connect(m_copyPrivateButton, &QPushButton::clicked, this, [this] { copyKey(true); });
}

void KeyInputWidget::showSourcePage()
{
    showOnlyPage(m_stack, static_cast<int>(source()));
    updateGeometry();
}

KeyInputWidget::~KeyInputWidget() = default;

KeyInputWidget::Source KeyInputWidget::source() const
{
    return static_cast<Source>(m_sourceCombo->currentData().toInt());
}

void KeyInputWidget::setSource(Source source)
{
    const int index = m_sourceCombo->findData(static_cast<int>(source));
    if (index >= 0) {
        m_sourceCombo->setCurrentIndex(index);
    }
}

QString KeyInputWidget::sourceName() const
{
    static constexpr auto names = enumNames<Source::Generate>(u"file", u"text", u"secret", u"generated");
    return names.name(source());
}

void KeyInputWidget::inputChanged(bool immediately)
{
    m_dirty = true;
    if (immediately) {
        m_parseTimer->stop();
        reparse();
    } else {
        m_parseTimer->start();
    }
}

const Result<jose::JwkSet>& KeyInputWidget::keys()
{
    if (m_dirty) {
        // Asked before the debounce ran out (e.g. Verify right after typing): parse now.
        m_parseTimer->stop();
        reparse();
    }
    return m_keys;
}

void KeyInputWidget::reparse()
{
    m_dirty = false;
    m_keys = parse();
    const QString previous = m_choiceCombo->currentText();
    {
        const QSignalBlocker block(m_choiceCombo);
        m_choiceCombo->clear();
        if (m_keys && m_keys->size() > 1) {
            for (qsizetype i = 0; i < m_keys->size(); ++i) {
                m_choiceCombo->addItem(KeyText::describe(m_keys->keys().at(i)), static_cast<int>(i));
            }
            const int again = m_choiceCombo->findText(previous);
            m_choiceCombo->setCurrentIndex(std::max(0, again));
        }
    }
    updateVisibility();
    updateStatus();
    Q_EMIT keysChanged();
}

Result<jose::JwkSet> KeyInputWidget::parse() const
{
    const auto none = [](const QString& why) -> Result<jose::JwkSet> {
        return std::unexpected(Error{kNoKeyCode, why});
    };
    switch (source()) {
    case Source::File: {
        if (!m_file.error.isEmpty()) {
            return std::unexpected(Error{QStringLiteral("ui.key-file"), m_file.error});
        }
        if (m_file.bytes.isEmpty()) {
            return none(tr("No key file chosen yet."));
        }
        if (m_rawSecretCheck->isChecked()) {
            auto key = jose::Jwk::fromSecret(m_file.bytes);
            if (!key) {
                return std::unexpected(key.error());
            }
            return jose::JwkSet({*key});
        }
        return jose::JwkSet::fromKeyFile(m_file.bytes, m_passphraseEdit->text().toUtf8());
    }
    case Source::Text: {
        const QByteArray text = m_keyText->toPlainText().trimmed().toUtf8();
        if (text.isEmpty()) {
            return none(tr("No key pasted yet."));
        }
        return jose::JwkSet::fromKeyFile(text, m_passphraseEdit->text().toUtf8());
    }
    case Source::Secret: {
        if (m_secretEdit->text().isEmpty()) {
            return none(tr("No secret entered yet."));
        }
        auto bytes = KeyText::decodeSecret(m_secretEdit->text(),
                                           static_cast<SecretEncoding>(m_encodingCombo->currentData().toInt()));
        if (!bytes) {
            return std::unexpected(bytes.error());
        }
        auto key = jose::Jwk::fromSecret(*bytes);
        if (!key) {
            return std::unexpected(key.error());
        }
        return jose::JwkSet({*key});
    }
    case Source::Generate:
        if (!m_generated) {
            return none(m_generating ? tr("Generating a key…")
                                     : tr("No key generated yet: Generate makes one (Sign does too)."));
        }
        return jose::JwkSet({*m_generated});
    }
    return none(QString());
}

std::optional<jose::Jwk> KeyInputWidget::selectedKey()
{
    const Result<jose::JwkSet>& set = keys();
    if (!set || set->isEmpty()) {
        return std::nullopt;
    }
    const int index = set->size() > 1 ? m_choiceCombo->currentData().toInt() : 0;
    if (index < 0 || index >= set->size()) {
        return std::nullopt;
    }
    return set->keys().at(index);
}

QList<JwsAlgorithm> KeyInputWidget::candidateAlgorithms()
{
    if (const auto key = selectedKey()) {
        QList<JwsAlgorithm> algs = key->algorithmsForType();
        // The key's own alg first.
        if (const auto own = jose::JwsAlgorithms::fromName(key->alg()); own && algs.contains(*own)) {
            algs.removeAll(*own);
            algs.prepend(*own);
        }
        return algs;
    }
    if (source() == Source::Generate) {
        const int index = m_generateCombo->currentData().toInt();
        return generateChoices().at(index).algorithms;
    }
    return {};
}

bool KeyInputWidget::loadFile(const QString& path)
{
    setSource(Source::File);
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_fileEdit->setModified(false);
    m_file = KeyFile::read(path, {tr("Cannot read %1: %2"),
                                  tr("%1 is %2 bytes: a key file is at most 1 MiB, so this is not one."),
                                  tr("%1 is empty.")});
    {
        const QSignalBlocker block(m_rawSecretCheck);
        // A file that is neither JSON nor PEM is taken as raw secret bytes (authscope-cli --secret-file).
        m_rawSecretCheck->setChecked(!m_file.bytes.isEmpty() && !looksLikeKeyText(m_file.bytes));
    }
    inputChanged(true);
    return m_file.error.isEmpty();
}

void KeyInputWidget::setKeyText(const QString& text)
{
    setSource(Source::Text);
    m_keyText->setPlainText(text);
    inputChanged(true);
}

void KeyInputWidget::setSecret(const QString& secret, SecretEncoding encoding)
{
    setSource(Source::Secret);
    const int index = m_encodingCombo->findData(static_cast<int>(encoding));
    {
        const QSignalBlocker block(m_encodingCombo);
        m_encodingCombo->setCurrentIndex(std::max(0, index));
    }
    m_secretEdit->setText(secret);
    inputChanged(true);
}

void KeyInputWidget::setPassphrase(const QString& passphrase)
{
    m_passphraseEdit->setText(passphrase);
    inputChanged(true);
}

void KeyInputWidget::setKey(const jose::Jwk& key)
{
    if (key.isSymmetric()) {
        setSecret(key.toJson(true).value(QLatin1StringView("k")).toString(), SecretEncoding::Base64Url);
        return;
    }
    auto pub = key.publicKey();
    const QJsonObject json = pub ? pub->toJson(false) : key.toJson(false);
    setKeyText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

void KeyInputWidget::generate()
{
    if (m_generating) {
        return;
    }
    setSource(Source::Generate);
    const GenerateChoice& choice = generateChoices().at(m_generateCombo->currentData().toInt());
    jose::Jwk::GenerateOptions options;
    options.type = choice.type;
    options.bits = choice.bits;
    options.curve = choice.curve;
    m_generating = true;
    m_generated.reset();
    m_generateButton->setEnabled(false);
    m_generateCombo->setEnabled(false);
    inputChanged(true);
    // RSA keys take a moment (seconds for 4096 bits): never on the GUI thread.
    auto result = std::make_shared<Result<jose::Jwk>>(std::unexpected(Error{}));
    QThread* worker = QThread::create([options, result] { *result = jose::Jwk::generate(options); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result] {
        m_generating = false;
        m_generateButton->setEnabled(true);
        m_generateCombo->setEnabled(true);
        const bool ok = result->has_value();
        if (ok) {
            m_generated = **result;
        }
        inputChanged(true);
        if (!ok) {
            m_statusLabel->setText(tr("✘ Could not generate the key: %1").arg(result->error().message));
        }
        Q_EMIT generationFinished(ok);
    });
    worker->start();
}

void KeyInputWidget::updateVisibility()
{
    const Source s = source();
    const bool passphrase = s == Source::File || s == Source::Text;
    m_passphraseLabel->setVisible(passphrase);
    m_passphraseEdit->setVisible(passphrase);
    const bool choice = m_purpose == Purpose::Sign && m_keys && m_keys->size() > 1;
    m_choiceLabel->setVisible(choice);
    m_choiceCombo->setVisible(choice);
    const bool copy = s == Source::Generate && m_generated.has_value();
    m_copyPublicButton->setVisible(copy);
    m_copyPrivateButton->setVisible(copy);
    m_copyPublicButton->setEnabled(copy && !m_generated->isSymmetric());
}

void KeyInputWidget::updateStatus()
{
    const TokenPalette palette = TokenPalette::current();
    if (!m_keys) {
        const bool nothingYet = m_keys.error().code == kNoKeyCode;
        setTextColor(m_statusLabel,
                     nothingYet ? QApplication::palette().color(QPalette::PlaceholderText) : palette.bad);
        m_statusLabel->setText(nothingYet ? m_keys.error().message
                                          : tr("✘ %1 (%2)").arg(m_keys.error().message, m_keys.error().code));
        return;
    }
    setTextColor(m_statusLabel, palette.good);
    if (m_keys->size() == 1) {
        const jose::Jwk& key = m_keys->keys().first();
        m_statusLabel->setText(tr("✔ %1").arg(KeyText::describe(key)));
        m_statusLabel->setToolTip(key.kid().isEmpty() ? QString() : tr("kid '%1'").arg(key.kid()));
        return;
    }
    QStringList kids;
    for (const jose::Jwk& key : m_keys->keys()) {
        kids << (key.kid().isEmpty() ? tr("(no kid)") : key.kid());
    }
    m_statusLabel->setText(tr("✔ JWK Set with %Ln key(s): %1", nullptr, static_cast<int>(m_keys->size()))
                               .arg(kids.join(QStringLiteral(", "))));
}

void KeyInputWidget::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a key file"), QString(),
        tr("Keys (*.pem *.jwk *.json *.jwks *.crt *.cer *.key *.pub *.secret);;All files (*)"));
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

void KeyInputWidget::copyKey(bool includePrivate)
{
    if (!m_generated) {
        return;
    }
    QJsonObject json;
    if (includePrivate) {
        json = m_generated->toJson(true);
    } else {
        auto pub = m_generated->publicKey();
        if (!pub) {
            return;
        }
        json = pub->toJson(false);
    }
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

void KeyInputWidget::dragEnterEvent(QDragEnterEvent* event)
{
    acceptFileOrTextDrag(event);
}

void KeyInputWidget::dropEvent(QDropEvent* event)
{
    dropFileOrText(
        event, [this](const QString& path) { loadFile(path); }, [this](const QString& text) { setKeyText(text); });
}

void KeyInputWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateStatus();
    }
}

} // namespace authscope

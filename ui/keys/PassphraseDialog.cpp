#include "ui/keys/PassphraseDialog.h"

#include "ui/keys/KeyStateDelegate.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace authscope {

namespace {

constexpr int RecommendedLength = 12;

QLineEdit* secretEdit(QWidget* parent, const QString& name)
{
    auto* edit = makeNamed<QLineEdit>(name, parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(280);
    return edit;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, QWidget* parent) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    // The window title and the introduction of each mode, in the Mode enum's order.
    static const struct
    {
        const char* title;
        const char* intro;
    } texts[] = {
        {QT_TR_NOOP("Unlock the key store"),
         QT_TR_NOOP("The private keys are encrypted with the administrator passphrase. Enter it to sign, "
                    "generate, import or export keys; it is asked once per run.")},
        {QT_TR_NOOP("Set the key store passphrase"),
         QT_TR_NOOP("This is the first key of this database. Choose the passphrase that encrypts every "
                    "private key: without it they cannot be used or recovered.")},
        {QT_TR_NOOP("Change the key store passphrase"),
         QT_TR_NOOP("The data key is re-encrypted under the new passphrase; the keys themselves are not "
                    "touched.")},
        {QT_TR_NOOP("Export passphrase"),
         QT_TR_NOOP("The exported private key is encrypted (PKCS#8) with this passphrase. Whoever gets the "
                    "file and the passphrase can sign as you.")},
    };
    static_assert(std::size(texts) == static_cast<std::size_t>(Mode::Export) + 1);
    setWindowTitle(tr(texts[static_cast<int>(mode)].title));
    intro->setText(tr(texts[static_cast<int>(mode)].intro));
    if (mode == Mode::Change) {
        m_current = secretEdit(this, QStringLiteral("currentPassphraseLineEdit"));
        form->addRow(tr("&Current passphrase:"), m_current);
    }
    m_first = secretEdit(this, QStringLiteral("passphraseLineEdit"));
    form->addRow(mode == Mode::Change ? tr("&New passphrase:") : tr("&Passphrase:"), m_first);
    if (mode != Mode::Unlock) {
        m_second = secretEdit(this, QStringLiteral("repeatPassphraseLineEdit"));
        form->addRow(tr("&Repeat:"), m_second);
    }
    m_hint = makeWrappedLabel(QStringLiteral("hintLabel"), this);
    m_error = makeWrappedLabel(QStringLiteral("errorLabel"), this);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                               .arg(KeyStateDelegate::stateColor(KeyState::Revoked).name()));
    m_error->hide();

    auto* buttons = makeDialogButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(mode == Mode::Unlock ? tr("&Unlock") : tr("&OK"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QLineEdit* edit : {m_current, m_first, m_second}) {
        if (edit != nullptr) {
            connect(edit, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
        }
    }
    validate();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

QString PassphraseDialog::currentPassphrase() const
{
    return m_current != nullptr ? m_current->text() : QString();
}

void PassphraseDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_first->selectAll();
    m_first->setFocus();
}

void PassphraseDialog::validate()
{
    m_error->hide();
    bool ok = !m_first->text().isEmpty();
    if (m_current != nullptr) {
        ok = ok && !m_current->text().isEmpty();
    }
    QString hint;
    if (m_second != nullptr) {
        ok = ok && m_first->text() == m_second->text();
        if (!m_second->text().isEmpty() && m_first->text() != m_second->text()) {
            hint = tr("The two passphrases differ.");
        } else if (!m_first->text().isEmpty() && m_first->text().size() < RecommendedLength) {
            hint = tr("A passphrase of %1 characters or more, or a few words, resists guessing far better.")
                       .arg(RecommendedLength);
        }
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_ok->setEnabled(ok);
}

} // namespace authscope

#include "ui/connect/ProfileForm.h"

#include "ui/widgets/WidgetFactory.h"

#include "core/storage/PostgresUrl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>

namespace authscope {

namespace {

// The same names the CLI's `profiles add` accepts.
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern;
}

enum Kind
{
    SqliteKind = 0,
    PostgresKind = 1
};

} // namespace

ProfileForm::ProfileForm(QWidget* parent) : QWidget(parent)
{
    auto* form = makeMarginless<QFormLayout>(this);

    m_name = makeNamed<QLineEdit>(QStringLiteral("profileName"), this);
    m_name->setValidator(new QRegularExpressionValidator(namePattern(), m_name));
    m_name->setPlaceholderText(tr("e.g. production"));
    form->addRow(tr("&Name:"), m_name);

    m_kind = makeNamed<QComboBox>(QStringLiteral("profileKind"), this);
    m_kind->addItem(tr("SQLite file on this computer"));
    m_kind->addItem(tr("PostgreSQL server"));
    form->addRow(tr("&Kind:"), m_kind);

    m_pages = new QStackedWidget(this);
    auto* filePage = new QWidget(m_pages);
    auto* fileRow = makeMarginless<QHBoxLayout>(filePage);
    m_file = makeNamed<QLineEdit>(QStringLiteral("profileFile"), filePage);
    auto* browseButton = new QPushButton(tr("&Browse…"), filePage);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto* fileForm = new QWidget(m_pages);
    auto* fileLayout = makeMarginless<QFormLayout>(fileForm);
    fileLayout->addRow(tr("&File:"), filePage);
    m_pages->addWidget(fileForm);

    auto* serverForm = new QWidget(m_pages);
    auto* server = makeMarginless<QFormLayout>(serverForm);
    m_host = makeNamed<QLineEdit>(QStringLiteral("profileHost"), serverForm);
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    m_port = makeNamed<QSpinBox>(QStringLiteral("profilePort"), serverForm);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user = makeNamed<QLineEdit>(QStringLiteral("profileUser"), serverForm);
    m_database = makeNamed<QLineEdit>(QStringLiteral("profileDatabase"), serverForm);
    m_sslMode = makeNamed<QComboBox>(QStringLiteral("profileSslMode"), serverForm);
    // libpq's sslmode values; "prefer" is libpq's own default.
    for (const char* mode : {"prefer", "require", "verify-ca", "verify-full", "disable"}) {
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    }
    m_password = makeNamed<QLineEdit>(QStringLiteral("profilePassword"), serverForm);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to keep the saved one"));
    m_remember = makeNamed<QCheckBox>(QStringLiteral("profileRemember"),
                                      tr("Remember the password in the system keychain"), serverForm);
    m_remember->setChecked(true);
    m_note = new QLabel(tr("The password is never written to a settings file. Without a keychain AuthScope uses "
                           "PostgreSQL's own sources (PGPASSWORD, ~/.pgpass) or asks when it connects."),
                        serverForm);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    server->addRow(tr("&Host:"), m_host);
    server->addRow(tr("&Port:"), m_port);
    server->addRow(tr("&User:"), m_user);
    server->addRow(tr("&Database:"), m_database);
    server->addRow(tr("&Encryption (sslmode):"), m_sslMode);
    server->addRow(tr("Pass&word:"), m_password);
    server->addRow(QString(), m_remember);
    server->addRow(QString(), m_note);
    m_pages->addWidget(serverForm);
    form->addRow(m_pages);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileForm::updateKind);
    connect(browseButton, &QPushButton::clicked, this, &ProfileForm::browse);
    for (QLineEdit* e : {m_name, m_file, m_host, m_user, m_database}) {
        connect(e, &QLineEdit::textEdited, this, &ProfileForm::edited);
    }
    updateKind();
}

void ProfileForm::updateKind()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    emit edited();
}

void ProfileForm::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_file->text(),
                                                      tr("AuthScope databases (*.db *.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_file->setText(path);
        emit edited();
    }
}

void ProfileForm::clear()
{
    m_name->clear();
    m_kind->setCurrentIndex(SqliteKind);
    m_file->clear();
    m_host->clear();
    m_port->setValue(5432);
    m_user->clear();
    m_database->clear();
    m_sslMode->setCurrentIndex(0);
    m_password->clear();
}

void ProfileForm::load(const QString& name, const QString& location)
{
    clear();
    m_name->setText(name);
    if (!PostgresUrl::isPostgresUrl(location)) {
        m_kind->setCurrentIndex(SqliteKind);
        m_file->setText(location);
        return;
    }
    m_kind->setCurrentIndex(PostgresKind);
    auto url = PostgresUrl::parse(location);
    if (!url) {
        return;
    }
    m_host->setText(url->host);
    m_port->setValue(url->port);
    m_user->setText(url->user);
    m_database->setText(url->database);
    const int mode = m_sslMode->findData(url->parameters.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
    m_sslMode->setCurrentIndex(mode >= 0 ? mode : 0);
}

QString ProfileForm::name() const
{
    return m_name->text().trimmed();
}

bool ProfileForm::isPostgres() const
{
    return m_kind->currentIndex() == PostgresKind;
}

QString ProfileForm::password() const
{
    return isPostgres() ? m_password->text() : QString();
}

bool ProfileForm::rememberPassword() const
{
    return m_remember->isChecked();
}

void ProfileForm::clearPassword()
{
    m_password->clear();
}

QString ProfileForm::location() const
{
    m_error.clear();
    if (!namePattern().match(name()).hasMatch()) {
        m_error = tr("A profile name is 1 to 64 letters, digits, '.', '_' or '-'.");
        return {};
    }
    if (!isPostgres()) {
        const QString file = m_file->text().trimmed();
        if (file.isEmpty()) {
            m_error = tr("Choose the database file.");
            return {};
        }
        return QFileInfo(file).absoluteFilePath();
    }
    PostgresUrl url;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.user = m_user->text().trimmed();
    url.database = m_database->text().trimmed();
    if (url.host.isEmpty() || url.user.isEmpty() || url.database.isEmpty()) {
        m_error = tr("A PostgreSQL profile needs a host, a user and a database.");
        return {};
    }
    if (m_sslMode->currentData().toString() != QStringLiteral("prefer")) {
        url.parameters.insert(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    }
    // Round trip through the parser the CLI and the window use, so a saved profile always opens.
    const QString text = url.toString();
    auto parsed = PostgresUrl::parse(text);
    if (!parsed) {
        m_error = parsed.error().message;
        return {};
    }
    return text;
}

} // namespace authscope

#include "ui/mainwindow/DatabaseProblemDialog.h"

#include "ui/widgets/WidgetFactory.h"
#include "ui/widgets/WrappedLabel.h"

#include "core/common/DisplayText.h"
#include "core/storage/PostgresUrl.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace authscope {

namespace {

QString defaultChooser(QWidget* parent, DatabaseProblemDialog::Choice choice, const QString& startFolder)
{
    const QString filter = DatabaseProblemDialog::tr("AuthScope databases (*.db *.sqlite);;All files (*)");
    if (choice == DatabaseProblemDialog::Choice::OpenAnother) {
        return QFileDialog::getOpenFileName(parent, DatabaseProblemDialog::tr("Open database"), startFolder, filter);
    }
    return QFileDialog::getSaveFileName(parent, DatabaseProblemDialog::tr("New database"),
                                        QDir(startFolder).filePath(QStringLiteral("authscope.db")), filter);
}

} // namespace

QString DatabaseProblemDialog::withoutCommandLineAdvice(const QString& message)
{
    QString text = message;
    // "… check the permissions or pass another --db path." and "… not a database file: pass another --db path."
    text.remove(QRegularExpression(QStringLiteral("(?:,? or|:) pass another --db path")));
    // "… at all. Pass another --db path; the file was left as it is." -> "… at all. The file was left as it is."
    static const QRegularExpression advice(QStringLiteral("\\s*Pass another --db path(?:[.;]\\s*(\\w?))?"));
    for (auto m = advice.match(text); m.hasMatch(); m = advice.match(text)) {
        const QString next = m.captured(1).toUpper();
        text.replace(m.capturedStart(), m.capturedLength(), next.isEmpty() ? QString() : u' ' + next);
    }
    return text.trimmed();
}

DatabaseProblemDialog::DatabaseProblemDialog(const QString& location, const QString& message, QWidget* parent)
    : QDialog(parent), m_location(location)
{
    setObjectName(QStringLiteral("databaseProblemDialog"));
    setWindowTitle(tr("AuthScope cannot open its database"));
    m_chooser = [this](Choice choice, const QString& folder) { return defaultChooser(this, choice, folder); };

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto* text = makeMessageLabel(QStringLiteral("problemLabel"), this);
    text->setText(DisplayText::escape(withoutCommandLineAdvice(message)));
    text->setMinimumWidth(420);
    auto* hint = new QLabel(tr("Open another AuthScope database, or create a new one. The file above was left as it "
                               "is."),
                            this);
    hint->setObjectName(QStringLiteral("problemHintLabel"));
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* open = buttons->addButton(tr("&Open another…"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openAnotherButton"));
    QPushButton* create = buttons->addButton(tr("&Create new…"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createNewButton"));
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    open->setDefault(true);
    // The buttons choose; accept() comes only once a file was chosen.
    connect(open, &QPushButton::clicked, this, [this] { choose(Choice::OpenAnother); });
    connect(create, &QPushButton::clicked, this, [this] { choose(Choice::CreateNew); });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto* body = new QVBoxLayout;
    body->addWidget(text);
    body->addWidget(hint);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(body, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

void DatabaseProblemDialog::choose(Choice choice)
{
    // Start where the refused file is (a PostgreSQL location has no folder: the home folder then).
    const QString folder =
        PostgresUrl::isPostgresUrl(m_location) ? QDir::homePath() : QFileInfo(m_location).absolutePath();
    const QString path = m_chooser(choice, folder);
    if (path.isEmpty()) {
        return; // cancelled: the dialog stays, with its choices
    }
    m_choice = choice;
    m_path = path;
    accept();
}

} // namespace authscope

// File > Connect…: profiles saved with their location only; a password never reaches the settings file.
#include "core/common/Settings.h"
#include "ui/connect/ConnectDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace authscope;

namespace {

const QString kPassword = QStringLiteral("Tr0ub4dor-and-3-horses");

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    if (w == nullptr) {
        qFatal("no widget %s", name);
    }
    return w;
}

void fillServer(ConnectDialog& dialog, const QString& name)
{
    QTest::mouseClick(child<QPushButton>(dialog, "newProfileButton"), Qt::LeftButton);
    child<QLineEdit>(dialog, "profileName")->setText(name);
    child<QComboBox>(dialog, "profileKind")->setCurrentIndex(1);
    child<QLineEdit>(dialog, "profileHost")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(dialog, "profilePort")->setValue(5433);
    child<QLineEdit>(dialog, "profileUser")->setText(QStringLiteral("alice"));
    child<QLineEdit>(dialog, "profileDatabase")->setText(QStringLiteral("authscope"));
    child<QComboBox>(dialog, "profileSslMode")->setCurrentText(QStringLiteral("require"));
    child<QLineEdit>(dialog, "profilePassword")->setText(kPassword);
    child<QCheckBox>(dialog, "profileRemember")->setChecked(true);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_ConnectDialog final : public QObject
{
    Q_OBJECT

private slots:
    void serverProfileKeepsNoPassword()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        Settings settings(ini);
        ConnectDialog dialog(settings, QString());
        fillServer(dialog, QStringLiteral("prod"));
        QVERIFY(dialog.saveProfile());
        QCOMPARE(settings.profileLocation(QStringLiteral("prod")),
                 QStringLiteral("postgresql://alice@127.0.0.1:5433/authscope?sslmode=require"));
        settings.sync();
        const QByteArray saved = fileBytes(ini);
        QVERIFY(saved.contains("prod"));
        QVERIFY2(!saved.contains(kPassword.toUtf8()), saved.constData());
        // The dialog says where the password went (keychain, or nowhere with what happens instead).
        const QString said = child<QLabel>(dialog, "connectMessage")->text();
        QVERIFY2(said.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(said));
        // The field is cleared once saved: the password does not linger in the widget.
        QVERIFY(child<QLineEdit>(dialog, "profilePassword")->text().isEmpty());
    }

    void savedProfileLoadsBack()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setProfile(QStringLiteral("local"), dir.filePath(QStringLiteral("a.db")));
        settings.setProfile(QStringLiteral("prod"), QStringLiteral("postgresql://bob@db.example.org:6543/auth"));
        ConnectDialog dialog(settings, QStringLiteral("prod"));
        auto* list = child<QListWidget>(dialog, "profileList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("prod"));
        QCOMPARE(child<QComboBox>(dialog, "profileKind")->currentIndex(), 1);
        QCOMPARE(child<QLineEdit>(dialog, "profileHost")->text(), QStringLiteral("db.example.org"));
        QCOMPARE(child<QSpinBox>(dialog, "profilePort")->value(), 6543);
        QCOMPARE(child<QLineEdit>(dialog, "profileUser")->text(), QStringLiteral("bob"));
        QCOMPARE(child<QLineEdit>(dialog, "profileDatabase")->text(), QStringLiteral("auth"));
        list->setCurrentRow(0);
        QCOMPARE(child<QComboBox>(dialog, "profileKind")->currentIndex(), 0);
        QCOMPARE(child<QLineEdit>(dialog, "profileFile")->text(), dir.filePath(QStringLiteral("a.db")));
    }

    void incompleteFormsAreRefused()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ConnectDialog dialog(settings, QString());
        fillServer(dialog, QStringLiteral("half"));
        child<QLineEdit>(dialog, "profileHost")->clear();
        QVERIFY(!dialog.saveProfile());
        QVERIFY(child<QLabel>(dialog, "connectMessage")->text().contains(QStringLiteral("host")));
        QVERIFY(settings.profileNames().isEmpty());
        // A name the CLI would refuse is refused here too.
        fillServer(dialog, QStringLiteral("has space"));
        QVERIFY(!dialog.saveProfile());
        QVERIFY(settings.profileNames().isEmpty());
    }

    void connectChoosesTheProfile()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ConnectDialog dialog(settings, QString());
        QTest::mouseClick(child<QPushButton>(dialog, "newProfileButton"), Qt::LeftButton);
        child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("scratch"));
        child<QLineEdit>(dialog, "profileFile")->setText(dir.filePath(QStringLiteral("scratch.db")));
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenProfile(), QStringLiteral("scratch"));
        QCOMPARE(settings.profileLocation(QStringLiteral("scratch")), dir.filePath(QStringLiteral("scratch.db")));
    }

    void deleteRemovesTheProfile()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setProfile(QStringLiteral("old"), dir.filePath(QStringLiteral("old.db")));
        ConnectDialog dialog(settings, QStringLiteral("old"));
        dialog.show();
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                box->button(QMessageBox::Yes)->click();
            }
        });
        QTest::mouseClick(child<QPushButton>(dialog, "deleteProfileButton"), Qt::LeftButton);
        QVERIFY(settings.profileNames().isEmpty());
        QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 0);
    }
};

QTEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"

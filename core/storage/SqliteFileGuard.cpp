#include "core/storage/SqliteFileGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace authscope {

namespace {

QMutex s_warningMutex;
QStringList s_warnings;

void warn(const QString& text)
{
    qWarning("authscope: warning: %s", qPrintable(text));
    QMutexLocker lock(&s_warningMutex);
    s_warnings << text;
}

QString notAnSqliteFile(const QString& path)
{
    return QStringLiteral("%1 is not an AuthScope database: it is not an SQLite file at all. Pass another --db path; "
                          "the file was left as it is.")
        .arg(path);
}

// The files SQLite keeps beside a database.
QStringList sideFiles(const QString& path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

#ifdef Q_OS_UNIX

QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode)) {
        return QStringLiteral("a FIFO (named pipe)");
    }
    if (S_ISCHR(mode)) {
        return QStringLiteral("a character device");
    }
    if (S_ISBLK(mode)) {
        return QStringLiteral("a block device");
    }
    if (S_ISSOCK(mode)) {
        return QStringLiteral("a socket");
    }
    if (S_ISDIR(mode)) {
        return QStringLiteral("a folder");
    }
    return QStringLiteral("not a regular file");
}

QString octal(mode_t mode)
{
    return QStringLiteral("0%1").arg(static_cast<uint>(mode & 0777), 3, 8, QChar(u'0'));
}

// F-FOREIGN-DB: only stat(), never open(): opening a FIFO blocks until a writer comes, a device is no database.
Result<bool> existsAsRegularFile(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT) {
            return false;
        }
        return fail(QStringLiteral("storage.io"),
                    QStringLiteral("Cannot look at %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (!S_ISREG(st.st_mode)) {
        return fail(QStringLiteral("storage.not-a-database"),
                    QStringLiteral("%1 is %2, not a database file. AuthScope keeps its database in a regular file: "
                                   "pass another --db path.")
                        .arg(path, kindOf(st.st_mode)));
    }
    return true;
}

// F-FILE-MODES: the folders that do not exist yet are made 0700, from the top down.
Result<void> makeFolders(const QString& folder)
{
    QStringList missing;
    for (QString at = QDir::cleanPath(folder); !QFileInfo::exists(at); at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (at == QFileInfo(at).absolutePath()) {
            break;
        }
    }
    for (const QString& dir : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST) {
            return fail(QStringLiteral("storage.io"),
                        QStringLiteral("Cannot create the folder %1 for the database: %2.")
                            .arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    return {};
}

// A new database file, 0600 from its first moment: SQLite would make it 0644, and its -wal and -shm copy the
// database file's mode.
Result<void> createPrivateFile(const QString& path)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        if (errno == EEXIST || errno == EACCES || errno == EPERM || errno == EROFS) {
            return {}; // made by someone else just now, or a read-only place: Database's own checks say which
        }
        return fail(QStringLiteral("storage.io"), QStringLiteral("Cannot create the database %1: %2.")
                                                      .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    ::close(fd);
    return {};
}

// Takes group and other permissions away from a path of ours, with a warning saying what it was.
void makePrivate(const QString& path, mode_t keep, const QString& what)
{
    struct stat st
    {};
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &st) != 0 || (st.st_mode & 077) == 0 || st.st_uid != ::geteuid()) {
        return;
    }
    const mode_t mode = st.st_mode & keep;
    if (::chmod(name.constData(), mode) != 0) {
        warn(QStringLiteral("%1 %2 can be read by other users of this computer (mode %3) and could not be made "
                            "private: %4.")
                 .arg(what, path, octal(st.st_mode), QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    warn(QStringLiteral("%1 %2 could be read by other users of this computer (mode %3); it is now %4.")
             .arg(what, path, octal(st.st_mode), octal(mode)));
}

#else

Result<bool> existsAsRegularFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return false;
    }
    if (!info.isFile()) {
        return fail(QStringLiteral("storage.not-a-database"),
                    QStringLiteral("%1 is not a regular file, not a database file: pass another --db path.").arg(path));
    }
    return true;
}

Result<void> makeFolders(const QString& folder)
{
    if (!QDir().mkpath(folder)) {
        return fail(QStringLiteral("storage.io"),
                    QStringLiteral("Cannot create the folder %1 for the database.").arg(folder));
    }
    return {};
}

Result<void> createPrivateFile(const QString&)
{
    return {};
}

#endif

// One read-only look inside an SQLite file: its application_id and the names of its tables.
struct Inside
{
    qint64 applicationId = 0;
    QSet<QString> tables;
};

Result<Inside> lookInside(const QString& path)
{
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, &sqlite3_close);
    auto failed = [&](int rc) -> Error {
        if ((rc & 0xff) == SQLITE_NOTADB) {
            return Error{QStringLiteral("storage.not-a-database"), notAnSqliteFile(path)};
        }
        return Error{QStringLiteral("storage.io"),
                     QStringLiteral("Cannot read %1: %2.").arg(path, QString::fromUtf8(sqlite3_errmsg(db.get())))};
    };
    if (opened != SQLITE_OK) {
        return std::unexpected(failed(opened));
    }
    sqlite3_busy_timeout(db.get(), 5000);
    Inside inside;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db.get(), "PRAGMA application_id", -1, &stmt, nullptr);
    if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        inside.applicationId = sqlite3_column_int64(stmt, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) {
        return std::unexpected(failed(rc));
    }
    rc = sqlite3_prepare_v2(db.get(), "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &stmt, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        inside.tables.insert(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
        rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return std::unexpected(failed(rc));
    }
    return inside;
}

// F-FOREIGN-DB: is this existing regular file one AuthScope may open for writing?
Result<void> checkOwnership(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("storage.unreadable"),
                    QStringLiteral("%1 cannot be read: %2.").arg(path, file.errorString()));
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty()) {
        return {}; // zero bytes: SQLite makes it a new database
    }
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return fail(QStringLiteral("storage.not-a-database"), notAnSqliteFile(path));
    }
    auto inside = lookInside(path);
    if (!inside) {
        return std::unexpected(inside.error());
    }
    if (inside->applicationId == SqliteFileGuard::ApplicationId) {
        return {};
    }
    if (inside->applicationId != 0) {
        return fail(QStringLiteral("storage.foreign-database"),
                    QStringLiteral("%1 is the database of another application (SQLite application_id 0x%2), not an "
                                   "AuthScope database. Pass another --db path; the file was left as it is.")
                        .arg(path)
                        .arg(static_cast<quint32>(inside->applicationId), 8, 16, QChar(u'0')));
    }
    QSet<QString> own = inside->tables;
    own.removeIf([](const QString& name) { return name.startsWith(QStringLiteral("sqlite_")); });
    if (own.isEmpty()) {
        return {}; // an SQLite file without tables: nothing of anybody's to damage
    }
    // AuthScope's databases from before the marker: the first schema step made these two tables.
    if (own.contains(QStringLiteral("meta")) && own.contains(QStringLiteral("audit_log"))) {
        return {};
    }
    QStringList names = own.values();
    names.sort();
    if (names.size() > 5) {
        names = names.mid(0, 5) << QStringLiteral("...");
    }
    return fail(QStringLiteral("storage.foreign-database"),
                QStringLiteral("%1 is an SQLite database of another application (tables: %2), not an AuthScope "
                               "database. AuthScope opens only its own databases or empty ones; the file was left as "
                               "it is. Pass another --db path.")
                    .arg(path, names.join(QStringLiteral(", "))));
}

} // namespace

Result<void> SqliteFileGuard::prepare(const QString& absolutePath, bool ownFolder)
{
    auto exists = existsAsRegularFile(absolutePath);
    if (!exists) {
        return std::unexpected(exists.error());
    }
    const QString folder = QFileInfo(absolutePath).absolutePath();
    if (!*exists) {
        if (auto ok = makeFolders(folder); !ok) {
            return ok;
        }
        if (auto ok = createPrivateFile(absolutePath); !ok) {
            return ok;
        }
    }
    for (const QString& side : sideFiles(absolutePath)) {
        if (auto ok = existsAsRegularFile(side); !ok) {
            return std::unexpected(ok.error());
        }
    }
    if (auto ok = checkOwnership(absolutePath); !ok) {
        return ok;
    }
#ifdef Q_OS_UNIX
    makePrivate(absolutePath, 0700, QStringLiteral("The database"));
    makePrivate(absolutePath + QStringLiteral("-wal"), 0700, QStringLiteral("The database's write-ahead log"));
    makePrivate(absolutePath + QStringLiteral("-shm"), 0700, QStringLiteral("The database's shared-memory file"));
    if (ownFolder) {
        makePrivate(folder, 0700, QStringLiteral("AuthScope's data folder"));
    }
#else
    Q_UNUSED(ownFolder)
#endif
    return {};
}

QStringList SqliteFileGuard::takeWarnings()
{
    QMutexLocker lock(&s_warningMutex);
    return std::exchange(s_warnings, {});
}

} // namespace authscope

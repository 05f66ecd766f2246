#pragma once

#include <array>
#include <optional>

struct sqlite3;

namespace authscope {

// Tells, without a system call or a lock, whether any connection (in any process) has committed to a WAL
// database since a given moment. It reads the wal-index header that SQLite keeps in shared memory (the -shm
// file; its layout is documented as part of the file format, https://sqlite.org/walformat.html §2.1): every
// commit increments the header's iChange counter and rewrites both copies of the header. This is what
// PRAGMA data_version learns too, but that needs a read transaction, whose shared-memory locks cost two fcntl()
// calls: more than the whole cached validation it guards.
//
// When the header cannot be used (not WAL, an in-memory database, a format version we do not know), the
// watcher is unavailable and the caller keeps to PRAGMA data_version.
class WalChangeWatcher final
{
public:
    using Header = std::array<unsigned int, 12>; // one 48-byte copy of the header

    WalChangeWatcher() = default;
    // `db` must have run a read transaction on a WAL database already, so that the header is mapped.
    explicit WalChangeWatcher(sqlite3* db);

    [[nodiscard]] bool isAvailable() const { return m_header != nullptr; }
    // The current header, or nothing while a writer is between its two copies (treat that as a change).
    [[nodiscard]] std::optional<Header> read() const;

private:
    const volatile unsigned int* m_header = nullptr;
};

} // namespace authscope

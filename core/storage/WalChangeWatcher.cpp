#include "core/storage/WalChangeWatcher.h"

#include <sqlite3.h>

#include <atomic>

namespace authscope {

namespace {

constexpr unsigned int kWalIndexVersion = 3007000; // WALINDEX_MAX_VERSION since SQLite 3.7.0
constexpr int kRegionSize = 32768;                 // the wal-index is mapped in 32 KiB regions

} // namespace

WalChangeWatcher::WalChangeWatcher(sqlite3* db)
{
    sqlite3_file* file = nullptr;
    if (db == nullptr || sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        file == nullptr || file->pMethods == nullptr || file->pMethods->iVersion < 2 ||
        file->pMethods->xShmMap == nullptr) {
        return;
    }
    void volatile* region = nullptr;
    // Region 0 is mapped already (the connection has read); bExtend = 0 only looks it up.
    if (file->pMethods->xShmMap(file, 0, kRegionSize, 0, &region) != SQLITE_OK || region == nullptr) {
        return;
    }
    const auto* header = static_cast<const volatile unsigned int*>(region);
    const auto* bytes = static_cast<const volatile unsigned char*>(region);
    // iVersion at offset 0, isInit at byte 12.
    if (header[0] != kWalIndexVersion || bytes[12] != 1) {
        return;
    }
    m_header = header;
}

std::optional<WalChangeWatcher::Header> WalChangeWatcher::read() const
{
    if (m_header == nullptr) {
        return std::nullopt;
    }
    // Writers store the second copy, then the first; readers read the first, then the second. Equal copies are
    // a header that no writer was changing at the time.
    Header first{};
    Header second{};
    for (size_t i = 0; i < first.size(); ++i) {
        first[i] = m_header[i];
    }
    std::atomic_thread_fence(std::memory_order_acquire);
    for (size_t i = 0; i < second.size(); ++i) {
        second[i] = m_header[first.size() + i];
    }
    if (first != second) {
        return std::nullopt;
    }
    return first;
}

} // namespace authscope

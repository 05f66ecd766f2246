#pragma once

namespace authscope {

class Database;
class AuditLog;
class Settings;
class Clock;
class KeyStore;
class KeyVault;

// What every page gets from the main window: the open database, the audit log, the user's settings and the
// clock, and the key vault and key store the whole window shares (built by the Services object: one KeyStore, one
// private-key cache per process). Pages build their other area services (SessionStore, ...) on top of these.
struct AppContext
{
    Database& database;
    AuditLog& audit;
    Settings& settings;
    const Clock& clock;
    KeyVault* keyVault = nullptr; // the key store's unlocked data key, shared for the run; may be null
    KeyStore* keyStore = nullptr; // on keyVault; null only for a page built on its own (tests)
};

} // namespace authscope

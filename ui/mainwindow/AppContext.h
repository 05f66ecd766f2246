#pragma once

namespace authscope {

class Database;
class AuditLog;
class Settings;
class Clock;
class KeyVault;

// What every page gets from the main window: the open database, the audit log, the user's settings and the
// clock. Pages build their own area services (SessionStore, KeyStore, ...) on top of these.
struct AppContext
{
    Database& database;
    AuditLog& audit;
    Settings& settings;
    const Clock& clock;
    KeyVault* keyVault = nullptr; // the key store's unlocked data key, shared for the run; may be null
};

} // namespace authscope

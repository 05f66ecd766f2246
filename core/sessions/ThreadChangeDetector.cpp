#include "core/sessions/ThreadChangeDetector.h"

#include "core/storage/ChangeDetector.h"
#include "core/storage/Database.h"

namespace authscope {

ThreadChangeDetector::ThreadChangeDetector() = default;
ThreadChangeDetector::~ThreadChangeDetector() = default;

Result<ChangeDetector*> ThreadChangeDetector::reopen(Database& database)
{
    m_detector.reset();
    m_thread = nullptr;
    auto opened = database.openChangeDetector();
    if (!opened) {
        return std::unexpected(opened.error());
    }
    m_detector = std::move(*opened);
    m_thread = QThread::currentThread();
    return m_detector.get();
}

} // namespace authscope

#include "ui/widgets/FileDrop.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace authscope {

void acceptFileOrTextDrag(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText()) {
        event->acceptProposedAction();
    }
}

void dropFileOrText(QDropEvent* event, const std::function<void(const QString& path)>& openFile,
                    const std::function<void(const QString& text)>& takeText)
{
    const QMimeData* mime = event->mimeData();
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
    if (mime->hasText()) {
        takeText(mime->text());
        event->acceptProposedAction();
    }
}

} // namespace authscope

#include "ui/mainwindow/Page.h"

namespace authscope {

Page::Page(const QString& pageId, QWidget* parent) : QWidget(parent), m_pageId(pageId) {}

QIcon Page::icon() const
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(m_pageId));
}

} // namespace authscope

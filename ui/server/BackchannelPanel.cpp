#include "ui/server/BackchannelPanel.h"

#include "core/common/DisplayText.h"
#include "core/logout/BackchannelLogoutRoutes.h"
#include "core/logout/BackchannelService.h"
#include "core/logout/BackchannelTrace.h"
#include "core/logout/OidcLoginRoutes.h"
#include "core/server/TestServer.h"
#include "ui/server/BackchannelTraceModel.h"
#include "ui/widgets/ButtonSlots.h"
#include "ui/widgets/WidgetFactory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace authscope {

BackchannelPanel::BackchannelPanel(const KeyStore* keys, TestServer& server, QWidget* parent)
    : QWidget(parent), m_trace(std::make_shared<logout::BackchannelTrace>()), m_model(new BackchannelTraceModel(this))
{
    setObjectName(QStringLiteral("backchannelPanel"));
    server.addRouteFactory(logout::BackchannelService::factory(keys, m_trace));
    server.addRouteFactory(logout::OidcLoginRoutes::factory(keys));
    server.addRouteFactory(logout::BackchannelLogoutRoutes::factory(m_trace, keys));

    auto* intro = new QLabel(tr("Relying parties told of every session that ends, by a signed logout token "
                                "(OpenID Connect Back-Channel Logout). Changes apply at the next start."),
                             this);
    intro->setWordWrap(true);
    m_uri =
        makeLineEdit(QStringLiteral("backchannelUriLineEdit"),
                     QStringLiteral("http://127.0.0.1:9000/backchannel-logout"), tr("Back-channel logout URI"), this);
    m_add = makeButton(tr("Add lo&gout URI"), QStringLiteral("addBackchannelUriButton"), this);
    m_remove = makeButton(tr("Dele&te URI"), QStringLiteral("removeBackchannelUriButton"), this);
    m_uris = makeNamed<QListWidget>(QStringLiteral("backchannelUriListWidget"), this);
    m_uris->setAccessibleName(tr("Back-channel logout URIs"));
    m_uris->setMaximumHeight(90);
    m_error = makeNamed<QLabel>(QStringLiteral("backchannelErrorLabel"), this);
    m_table = makeNamed<QTableView>(QStringLiteral("backchannelTraceTableView"), this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Back-channel logout trace"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* row = new QHBoxLayout;
    row->addWidget(m_uri, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_uris);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connectClicks(this, {{m_add, &BackchannelPanel::addUri}, {m_remove, &BackchannelPanel::removeUri}});
    connect(m_uri, &QLineEdit::returnPressed, this, &BackchannelPanel::addUri);
    // The trace is written in the notifier's and the server's threads.
    connect(m_trace.get(), &logout::BackchannelTrace::deliveryRecorded, m_model, &BackchannelTraceModel::append,
            Qt::QueuedConnection);
}

BackchannelPanel::~BackchannelPanel() = default;

QStringList BackchannelPanel::uris() const
{
    QStringList out;
    for (int i = 0; i < m_uris->count(); ++i) {
        out << m_uris->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void BackchannelPanel::addUri()
{
    const QString text = m_uri->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || url.hasFragment()) {
        m_error->setText(tr("Not an http(s) URL: %1").arg(DisplayText::escape(text.left(200))));
        return;
    }
    const QString uri = url.toString(QUrl::FullyEncoded);
    if (uris().contains(uri)) {
        m_error->setText(tr("Already in the list."));
        return;
    }
    auto* item = new QListWidgetItem(DisplayText::escape(uri), m_uris);
    item->setData(Qt::UserRole, uri);
    m_error->clear();
    m_uri->clear();
}

void BackchannelPanel::removeUri()
{
    delete m_uris->currentItem();
}

} // namespace authscope

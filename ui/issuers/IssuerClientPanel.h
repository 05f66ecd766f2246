#pragma once

#include "ui/mainwindow/AppContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace authscope::issuers {
struct Issuer;
class IssuerStore;
} // namespace authscope::issuers

namespace authscope {

// How AuthScope is registered with the selected issuer: its client id (editable) and whether a client secret is
// sealed in the key vault. The secret is typed into a field without echo, sealed at once, and never shown, logged
// or kept in the settings (R-CLIENT-SECRET, D-NO-SECRET-OUTPUT); "Replace secret" and "Remove secret" change it.
class IssuerClientPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssuerClientPanel)

public:
    IssuerClientPanel(const AppContext& context, issuers::IssuerStore& store, QWidget* parent = nullptr);

    void setIssuer(const issuers::Issuer* issuer);

public Q_SLOTS:
    void saveClientId();
    void replaceSecret();
    void removeSecret();

Q_SIGNALS:
    // The issuer was changed: the page reloads it and says `message`.
    void issuerChanged(const QString& name, const QString& message);
    void failed(const QString& message);

private:
    void updateState();

    AppContext m_context;
    issuers::IssuerStore& m_store;
    QString m_name;
    bool m_hasSecret = false;
    QLineEdit* m_clientId = nullptr;
    QPushButton* m_saveId = nullptr;
    QLabel* m_secretState = nullptr;
    QLineEdit* m_newSecret = nullptr;
    QPushButton* m_replace = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace authscope

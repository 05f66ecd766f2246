#pragma once

#include "core/jose/TokenWarning.h"

#include <QList>
#include <QListWidget>

namespace authscope {

// The RFC 8725 findings about a token, read without verifying it: one row each, most serious first, with a
// severity icon and colour, a short title and the engine's full sentence; the stable code is in the tooltip
// and in CodeRole. An empty list says so in one green row.
class WarningList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningList)

public:
    static constexpr int CodeRole = Qt::UserRole + 1;
    static constexpr int SeverityRole = Qt::UserRole + 2; // int(TokenWarning::Severity), -1 for the "none" row

    explicit WarningList(QWidget* parent = nullptr);

    void setWarnings(const QList<jose::TokenWarning>& warnings);
    // Nothing to show (no token): empty list.
    void clearWarnings();
    [[nodiscard]] const QList<jose::TokenWarning>& warnings() const { return m_warnings; }
    [[nodiscard]] QStringList codes() const;

    // A short title for a lint code ("Unsigned token (alg: none)"), or the code itself.
    [[nodiscard]] static QString titleFor(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QList<jose::TokenWarning> m_warnings;
    bool m_hasToken = false;
};

} // namespace authscope

#include "ui/keys/KeyTableModel.h"

#include "core/common/DisplayText.h"

#include "core/common/TimeFormat.h"
#include "core/keys/EncryptionKeys.h"
#include "core/keys/KeyStore.h"
#include "ui/keys/KeyStateDelegate.h"
#include "ui/widgets/RelativeTime.h"

#include <QFont>

namespace authscope {

KeyTableModel::KeyTableModel(KeyStore& store, QObject* parent)
    : ColumnTableModel({QT_TR_NOOP("State"), QT_TR_NOOP("Key ID (kid)"), QT_TR_NOOP("Algorithm"), QT_TR_NOOP("Purpose"),
                        QT_TR_NOOP("Age"), QT_TR_NOOP("What happens next")},
                       RowHeader::None, parent),
      m_store(store)
{}

int KeyTableModel::rows() const
{
    return static_cast<int>(m_keys.size());
}

QString KeyTableModel::duration(qint64 ms)
{
    // Minutes at most: key lifetimes are planned in hours and days.
    return RelativeTime::durationToMinute(std::max<qint64>(0, ms / 1000));
}

QString KeyTableModel::stateLabel(KeyState state)
{
    // One text per state, in the enum's order.
    static const char* const labels[] = {QT_TR_NOOP("next"), QT_TR_NOOP("active"), QT_TR_NOOP("retiring"),
                                         QT_TR_NOOP("retired"), QT_TR_NOOP("revoked")};
    static_assert(std::size(labels) == static_cast<std::size_t>(KeyState::Revoked) + 1);
    const auto i = static_cast<std::size_t>(state);
    return tr(labels[i < std::size(labels) ? i : std::size(labels) - 1]);
}

QString KeyTableModel::whatNext(const KeyRecord& key) const
{
    const qint64 now = m_store.clock().nowMs();
    const qint64 rotation = m_nextRotation.value(key.purpose);
    if (EncryptionKeys::isEncryptionPurpose(key.purpose)) {
        // K-ENC-PURPOSE: these keys never sign; they decrypt what others encrypted to them.
        switch (key.state) {
        case KeyState::Active:
            if (rotation > 0) {
                return rotation > now ? tr("decrypts; senders move on in %1").arg(duration(rotation - now))
                                      : tr("decrypts; rotation due now");
            }
            return key.isSymmetric() ? tr("decrypts (shared secret; never published)")
                                     : tr("decrypts; senders encrypt to it");
        case KeyState::Next:
            return tr("decrypts already; senders encrypt to it from the next rotation");
        case KeyState::Retiring:
            return tr("still decrypts; retires in %1").arg(duration(key.retireAfterMs - now));
        case KeyState::Retired:
        case KeyState::Revoked:
            break;
        }
    }
    switch (key.state) {
    case KeyState::Active:
        if (rotation > 0) {
            return rotation > now ? tr("rotates in %1").arg(duration(rotation - now)) : tr("rotation due now");
        }
        return key.isSymmetric() ? tr("signs (HMAC; never published)") : tr("signs; rotation by hand");
    case KeyState::Next:
        if (rotation > 0) {
            return tr("signs from the rotation in %1").arg(duration(std::max<qint64>(0, rotation - now)));
        }
        return tr("published; signs from the next rotation");
    case KeyState::Retiring:
        return tr("retires in %1").arg(duration(key.retireAfterMs - now));
    case KeyState::Retired:
        return tr("retired %1 ago").arg(duration(now - key.retiredMs));
    case KeyState::Revoked:
        return tr("revoked %1 ago: %2").arg(duration(now - key.revokedMs), key.revokeReason);
    }
    return {};
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    const KeyRecord* key = index.isValid() ? keyAt(index.row()) : nullptr;
    if (key == nullptr) {
        return {};
    }
    const auto column = static_cast<Column>(index.column());
    if (role == KidRole) {
        return key->kid;
    }
    if (role == StateRole) {
        return static_cast<int>(key->state);
    }
    const qint64 now = m_store.clock().nowMs();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::State:
            return stateLabel(key->state);
        case Column::Kid: // D-DISPLAY: an imported key brings its own kid
            return DisplayText::escape(key->kid);
        case Column::Algorithm:
            return DisplayText::escape(key->description());
        case Column::Purpose:
            return DisplayText::escape(key->purpose);
        case Column::Age:
            return duration(now - key->createdMs);
        case Column::Next:
            return DisplayText::escape(whatNext(*key));
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        const auto time = [](qint64 ms) -> QString { return ms > 0 ? TimeFormat::local(ms) : QStringLiteral("—"); };
        QString tip =
            tr("kid %1\n%2, %3\ncreated %4\nactivated %5\nrotated out %6\nretire after %7")
                .arg(DisplayText::escape(key->kid), DisplayText::escape(key->description()),
                     key->origin == QStringLiteral("imported") ? tr("imported") : tr("generated"), time(key->createdMs),
                     time(key->activatedMs), time(key->rotatedOutMs), time(key->retireAfterMs));
        if (!key->hasPrivate) {
            tip += u'\n' + (EncryptionKeys::isEncryptionPurpose(key->purpose)
                                ? tr("public key only: others can encrypt to it, it never decrypts here")
                                : tr("public key only: verifies, never signs"));
        }
        if (key->state == KeyState::Revoked) {
            tip += u'\n' + tr("revoked %1: %2").arg(time(key->revokedMs), DisplayText::escape(key->revokeReason));
        }
        return tip;
    }
    if (role == Qt::FontRole && column == Column::Kid) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        return mono;
    }
    if (role == Qt::ForegroundRole && (key->state == KeyState::Retired || key->state == KeyState::Revoked) &&
        column != Column::State) {
        return KeyStateDelegate::mutedTextColor();
    }
    return {};
}

bool KeyTableModel::reload()
{
    auto rows = m_store.list();
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
        return false;
    }
    beginResetModel();
    m_keys = *rows;
    m_nextRotation.clear();
    for (const KeyRecord& k : std::as_const(m_keys)) {
        if (!m_nextRotation.contains(k.purpose)) {
            auto rotation = m_store.nextRotationMs(k.purpose);
            m_nextRotation.insert(k.purpose, rotation ? *rotation : 0);
        }
    }
    endResetModel();
    return true;
}

void KeyTableModel::refreshTimes()
{
    if (m_keys.isEmpty()) {
        return;
    }
    Q_EMIT dataChanged(index(0, static_cast<int>(Column::Age)), index(rowCount() - 1, static_cast<int>(Column::Next)),
                       {Qt::DisplayRole, Qt::ToolTipRole});
}

const KeyRecord* KeyTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

int KeyTableModel::rowOf(const QString& kid) const
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).kid == kid) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace authscope

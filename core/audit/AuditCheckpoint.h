#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace authscope {

// What the log looked like at one moment, kept outside the database (A-CHECKPOINT): its row count and its
// newest row's id and chained hash, with a tag under the audit key. Since each hash covers every row before it,
// a log that still ends in — or passes through — that row with that hash holds the same prefix unchanged.
struct AuditCheckpoint
{
    static constexpr auto Format = "authscope-audit-checkpoint/1";

    qint64 rows = 0;
    qint64 headId = 0;
    QString headHash;
    qint64 timeMs = 0;
    QString mac; // hex HMAC-SHA-256 under the audit key over signedText()

    // The bytes the tag covers: every field but the tag, in a fixed order.
    [[nodiscard]] QByteArray signedText() const;
    [[nodiscard]] QByteArray toJson() const;
    // Refuses anything that is not a checkpoint of this format, with a sentence saying what is wrong.
    [[nodiscard]] static Result<AuditCheckpoint> fromJson(const QByteArray& json);
};

} // namespace authscope

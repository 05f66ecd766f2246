#pragma once

#include "core/keys/KeyStore.h"

#include <QDialog>

class QComboBox;

namespace authscope {

// Chooses what to generate: the algorithm (with its key type and size), the state and the purpose.
class GenerateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateKeyDialog)

public:
    GenerateKeyDialog(const QStringList& purposes, bool hasActive, QWidget* parent = nullptr);
    [[nodiscard]] KeyStore::GenerateRequest request() const;

private:
    QComboBox* m_algorithm = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_purpose = nullptr;
};

} // namespace authscope

#pragma once

#include "core/common/Error.h"
#include "core/lab/AttackRunner.h"
#include "ui/widgets/StatusColors.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace authscope {

class AttackJob;
class AttackTableModel;

// The self-attack check: the attacks of docs/security.md against the built-in server (on a scratch database) or any
// server with the same endpoints, as a table of attack, expected, got and pass/FAIL.
class AttackPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttackPanel)

public:
    explicit AttackPanel(QWidget* parent = nullptr);
    ~AttackPanel() override;

    // Lower scrypt costs for the built-in target (tests).
    void setEnvironmentOptions(const lab::SelfAttackEnvironment::Options& options) { m_environmentOptions = options; }

    [[nodiscard]] AttackTableModel* model() const { return m_model; }
    [[nodiscard]] bool isRunning() const;
    // The results of the last run as AttackRunner::toJson, written to path.
    Result<void> exportJson(const QString& path) const;

public Q_SLOTS:
    void startAttacks();
    void cancelAttacks();

Q_SIGNALS:
    void statusMessage(const QString& text);
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLayout* buildTargetRow();
    QLayout* buildKeyRow();
    QLayout* buildButtonRow();
    QWidget* buildResults();
    void connectSignals();
    void setSummary(const QString& text, std::optional<StatusColor> role = std::nullopt, bool bold = false);
    [[nodiscard]] Result<jose::Jwk> readSigningKey(const QString& path);
    void onAttackFinished(int done, int total, const lab::AttackResult& result);
    void onFinished(const QList<lab::AttackResult>& results, bool cancelled);
    void onFailed(const QString& message);
    void chooseExportFile();
    void showDetails();
    void updateState();

    AttackJob* m_job = nullptr;
    AttackTableModel* m_model = nullptr;
    lab::SelfAttackEnvironment::Options m_environmentOptions;
    QString m_lastBaseUrl;
    std::optional<StatusColor> m_summaryRole;
    bool m_summaryBold = false;
    bool m_haveResults = false;
    QRadioButton* m_builtIn = nullptr;
    QRadioButton* m_other = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QPushButton* m_browseKey = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace authscope

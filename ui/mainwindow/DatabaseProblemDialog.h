#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace authscope {

// Shown when the console cannot open the database it was started on (not an AuthScope database, another
// application's, unreadable, read-only, a server that refused): says why, and offers to open another database
// file or create a new one, or to quit. The file that was refused is never changed.
class DatabaseProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseProblemDialog)

public:
    enum class Choice
    {
        Quit,
        OpenAnother,
        CreateNew
    };
    // Asks for a file for the choice; empty when the user cancelled. Tests replace the file dialog with their own.
    using FileChooser = std::function<QString(Choice choice, const QString& startFolder)>;

    DatabaseProblemDialog(const QString& location, const QString& message, QWidget* parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    [[nodiscard]] Choice choice() const { return m_choice; }
    [[nodiscard]] QString chosenPath() const { return m_path; }

    // The engine's message without its advice for the command line (no GUI message cites a CLI flag).
    [[nodiscard]] static QString withoutCommandLineAdvice(const QString& message);

private:
    void choose(Choice choice);

    QString m_location;
    FileChooser m_chooser;
    Choice m_choice = Choice::Quit;
    QString m_path;
};

} // namespace authscope

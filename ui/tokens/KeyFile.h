#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QLineEdit;
class QStackedWidget;

namespace authscope {

// A key file as the key inputs (KeyInputWidget, DecryptKeySource) read it: its bytes, at most MaxBytes, or why it
// gives none. The sentences of a failed read are translated by the input that shows them (its own tr() context).
struct KeyFile
{
    static constexpr qint64 MaxBytes = 1024 * 1024;

    struct Texts
    {
        QString cannotRead; // %1 the path, %2 the system's reason
        QString tooLarge;   // %1 the file name, %2 its size in bytes
        QString empty;      // %1 the file name
    };

    QString name;     // the file name without its folder
    QByteArray bytes; // empty when the file was not read
    QString error;    // why the file gives no key; empty when it was read

    [[nodiscard]] static KeyFile read(const QString& path, const Texts& texts);
};

// A path typed into `edit` is opened with `open` when the user leaves the field having changed it.
void openEditedPath(QLineEdit* edit, const std::function<void(const QString& path)>& open);

// Shows page `index` of a key source's stack. A stacked widget is as tall as its tallest page; only the current one
// counts here (a one-line field must not reserve the height of the pasted-key editor).
void showOnlyPage(QStackedWidget* stack, int index);

} // namespace authscope

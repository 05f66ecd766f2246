#include "ui/tokens/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QStackedWidget>

namespace authscope {

KeyFile KeyFile::read(const QString& path, const Texts& texts)
{
    KeyFile result;
    result.name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = texts.cannotRead.arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (file.size() > MaxBytes) {
        result.error = texts.tooLarge.arg(result.name).arg(file.size());
    } else {
        result.bytes = file.read(MaxBytes + 1);
        if (result.bytes.isEmpty()) {
            result.error = texts.empty.arg(result.name);
        }
    }
    return result;
}

void openEditedPath(QLineEdit* edit, const std::function<void(const QString& path)>& open)
{
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit, open] {
        if (!edit->text().isEmpty() && edit->isModified()) {
            edit->setModified(false);
            open(edit->text());
        }
    });
}

void showOnlyPage(QStackedWidget* stack, int index)
{
    for (int i = 0; i < stack->count(); ++i) {
        const QSizePolicy::Policy policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        stack->widget(i)->setSizePolicy(policy, policy);
    }
    stack->setCurrentIndex(index);
}

} // namespace authscope

#include "tests/support/AccessibilityChecks.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QWidget>

#include <cmath>

namespace authscope::test {

namespace {

// Parts of composite widgets: their focus belongs to the composite (which the checks look at instead).
bool isPartOfComposite(const QWidget* widget)
{
    if (widget->focusProxy() != nullptr) {
        return true;
    }
    for (const QWidget* p = widget->parentWidget(); p != nullptr && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p)) {
            return true;
        }
    }
    return false;
}

bool takesTabFocus(const QWidget* widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && widget->isVisible() && widget->isEnabled() &&
           !isPartOfComposite(widget);
}

// More Tab presses inside one item view than this and it counts as a trap.
constexpr int kMaxCellSteps = 12;

bool isInside(const QWidget* widget, const QWidget* root)
{
    return widget == root || root->isAncestorOf(widget);
}

QWidget* firstFocusable(QWidget* root)
{
    QWidget* w = root;
    do {
        if (takesTabFocus(w) && isInside(w, root)) {
            return w;
        }
        w = w->nextInFocusChain();
    } while (w != nullptr && w != root);
    return nullptr;
}

} // namespace

bool isInteractive(const QWidget* widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !isPartOfComposite(widget);
}

QList<QWidget*> focusableWidgets(const QWidget* root)
{
    QList<QWidget*> result;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (!w->isWindow() && w->window() == root->window() && isInteractive(w) && takesTabFocus(w)) {
            result << w;
        }
    }
    return result;
}

TabWalk walkTabOrder(QWidget* root, QWidget* start, int maxSteps)
{
    TabWalk walk;
    QWidget* window = root->window();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window)) {
        walk.problem = QStringLiteral("the window did not become active");
        return walk;
    }
    QWidget* first = start != nullptr ? start : firstFocusable(root);
    if (first == nullptr) {
        walk.problem = QStringLiteral("nothing in %1 takes the focus by Tab").arg(describe(root));
        return walk;
    }
    first->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != first) {
        walk.problem = QStringLiteral("%1 does not take the focus").arg(describe(first));
        return walk;
    }
    QWidget* current = first;
    walk.visited << current;
    int stayed = 0;
    for (int step = 0; step < maxSteps; ++step) {
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        if (next == nullptr) {
            walk.problem = QStringLiteral("Tab in %1 took the focus nowhere").arg(describe(current));
            return walk;
        }
        if (next->window() != window) {
            walk.problem = QStringLiteral("Tab in %1 left the window for %2").arg(describe(current), describe(next));
            return walk;
        }
        if (next == first && (next != current || focusableWidgets(window).size() == 1)) {
            walk.cycled = true; // round the cycle, or the window's only control
            return walk;
        }
        if (next == current) {
            // A table with Tab key navigation moves from cell to cell first, which traps keyboard users in a
            // table of any size; so does a text edit that takes Tab as a character.
            const auto* view = qobject_cast<const QAbstractItemView*>(current);
            if (view != nullptr && view->tabKeyNavigation() && ++stayed < kMaxCellSteps) {
                continue;
            }
            walk.problem = view != nullptr && view->tabKeyNavigation()
                               ? QStringLiteral("Tab moves between the cells of %1 and does not leave it "
                                                "(setTabKeyNavigation(false) on a read-only view)")
                                     .arg(describe(current))
                               : QStringLiteral("Tab does not leave %1").arg(describe(current));
            return walk;
        }
        stayed = 0;
        for (const QPointer<QWidget>& seen : std::as_const(walk.visited)) {
            if (seen == next) {
                walk.problem = QStringLiteral("Tab in %1 went back to %2 without closing the cycle")
                                   .arg(describe(current), describe(next));
                return walk;
            }
        }
        walk.visited << next;
        current = next;
    }
    walk.problem = QStringLiteral("no cycle after %1 presses of Tab").arg(maxSteps);
    return walk;
}

QList<QWidget*> visitedWithin(const TabWalk& walk, const QWidget* root)
{
    QList<QWidget*> result;
    for (const QPointer<QWidget>& w : walk.visited) {
        if (w && isInside(w, root)) {
            result << w.data();
        }
    }
    return result;
}

QString accessibleName(QWidget* widget)
{
    // On Linux a field's Name falls back to its value (a combo's current item, a spin box's number), which names
    // nothing: for fields only an accessible name or a buddy label counts.
    const bool field = qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
                       qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractItemView*>(widget) ||
                       qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget);
    if (field) {
        if (!widget->accessibleName().trimmed().isEmpty()) {
            return widget->accessibleName().trimmed();
        }
        const QList<QLabel*> labels = widget->window()->findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (label->buddy() == widget && !label->text().trimmed().isEmpty()) {
                return label->text().remove(QLatin1Char('&')).trimmed();
            }
        }
        return {};
    }
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    QString name = iface != nullptr ? iface->text(QAccessible::Name).trimmed() : widget->accessibleName().trimmed();
    if (name.isEmpty()) {
        // A tab bar is announced through its focused tab.
        if (const auto* bar = qobject_cast<const QTabBar*>(widget); bar != nullptr && bar->count() > 0) {
            bool all = true;
            for (int i = 0; i < bar->count(); ++i) {
                all = all && !bar->tabText(i).trimmed().isEmpty();
            }
            if (all) {
                name = bar->tabText(bar->currentIndex());
            }
        }
    }
    return name;
}

QString describe(const QWidget* widget)
{
    if (widget == nullptr) {
        return QStringLiteral("(none)");
    }
    QStringList path;
    for (const QWidget* w = widget; w != nullptr; w = w->parentWidget()) {
        path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
        if (w->isWindow()) {
            break;
        }
    }
    // The nearest few ancestors are enough to find it; the rest is the window's frame.
    while (path.size() > 4) {
        path.removeFirst();
    }
    return QStringLiteral("%1 [%2]").arg(path.join(QLatin1Char('/')),
                                         QString::fromLatin1(widget->metaObject()->className()));
}

QStringList unreachedWidgets(const TabWalk& walk, const QWidget* root)
{
    QStringList problems;
    const QList<QWidget*> reached = visitedWithin(walk, root);
    for (QWidget* w : focusableWidgets(root)) {
        if (!reached.contains(w)) {
            problems << QStringLiteral("not reached by Tab: %1").arg(describe(w));
        }
    }
    return problems;
}

QStringList orderProblems(const TabWalk& walk, const QWidget* root)
{
    QStringList problems;
    if (!walk.problem.isEmpty()) {
        problems << walk.problem;
    }
    if (!walk.cycled && walk.problem.isEmpty()) {
        problems << QStringLiteral("the focus did not come back to where it started");
    }
    // The cycle, read round: it should enter root once and stay there until it has seen all of root.
    const qsizetype n = walk.visited.size();
    int entries = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QWidget* previous = walk.visited.at((i + n - 1) % n);
        const QWidget* w = walk.visited.at(i);
        const bool in = w != nullptr && isInside(w, root);
        const bool wasIn = previous != nullptr && isInside(previous, root);
        if (in && (!wasIn || n == 1)) {
            ++entries;
        }
    }
    if (entries > 1) {
        QStringList names;
        for (const QPointer<QWidget>& w : walk.visited) {
            names << describe(w);
        }
        problems << QStringLiteral("Tab leaves %1 and comes back %2 times: %3")
                        .arg(describe(root))
                        .arg(entries - 1)
                        .arg(names.join(QStringLiteral(" → ")));
    }
    return problems;
}

QStringList precedenceProblems(const TabWalk& walk, const QWidget* first, const QWidget* second)
{
    qsizetype a = -1;
    qsizetype b = -1;
    for (qsizetype i = 0; i < walk.visited.size(); ++i) {
        if (walk.visited.at(i) == first) {
            a = i;
        }
        if (walk.visited.at(i) == second) {
            b = i;
        }
    }
    if (a < 0 || b < 0) {
        return {QStringLiteral("%1 or %2 is not in the tab order").arg(describe(first), describe(second))};
    }
    // The walk starts at the page's first widget, so the positions in the walk are the page's order.
    if (a > b) {
        return {QStringLiteral("Tab reaches %1 before %2").arg(describe(second), describe(first))};
    }
    return {};
}

QStringList unnamedWidgets(const QWidget* root, bool includeHidden)
{
    QList<QWidget*> widgets;
    if (includeHidden) {
        const QList<QWidget*> all = root->findChildren<QWidget*>();
        for (QWidget* w : all) {
            if (!w->isWindow() && w->window() == root->window() && isInteractive(w)) {
                widgets << w;
            }
        }
    } else {
        widgets = focusableWidgets(root);
    }
    QStringList problems;
    for (QWidget* w : std::as_const(widgets)) {
        if (accessibleName(w).isEmpty()) {
            problems << QStringLiteral("no accessible name: %1").arg(describe(w));
        }
    }
    return problems;
}

double relativeLuminance(const QColor& color)
{
    const QColor c = color.toRgb();
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace authscope::test

#pragma once

// The Qt classes that the headers of pages, panels and dialogs name only as pointers (their members and
// accessors), declared once: such a header includes this instead of repeating the list, and its .cpp includes
// the classes it uses. Like <iosfwd>: nothing here is defined.
class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

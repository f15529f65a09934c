"""Locking the program on a shared laptop: "Lås" (Ctrl+L) and automatic locking after idle minutes.

:class:`LockScreen` covers the window (and hides every other open window of the program) behind a panel
that asks for the file's passphrase – or, for an unencrypted file, just has a "Lås op" button. Nothing is
closed: the file stays open and every field keeps what was typed. While locked, keyboard shortcuts and
clicks on anything but the panel go nowhere.

:class:`IdleWatcher` watches the whole application's keyboard and mouse input (an application-wide event
filter) and emits ``idle_timeout`` after N minutes without any (default 10).

    lock = LockScreen(window, store)          # store None: no file open, plain "Lås op"
    lock.unlocked.connect(...)
    watcher = IdleWatcher(minutes=10, parent=window)
    watcher.idle_timeout.connect(lock.lock)
    watcher.start()
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import protection
from app.storage.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("LockScreen", text)


DEFAULT_IDLE_MINUTES = 10

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
_BLOCKED_WHILE_LOCKED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
    }
)


class _Cover(QWidget):
    """An opaque cover over another window of the program while it is locked."""

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: #1f2933;")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        label = QLabel(_tr("Locked"), self)
        label.setStyleSheet("color: #cbd2d9; font-size: 14pt;")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event) -> bool:
        host = self.parentWidget()
        if host is not None and watched is host and event.type() == QEvent.Type.Resize:
            self.setGeometry(host.rect())
        return False


class LockScreen(QWidget):
    """Covers ``window`` and asks for the passphrase. ``lock()`` / ``unlock(passphrase)``; ``unlocked`` signal."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, store: Store | None = None):
        super().__init__(window)
        self.window_to_cover = window
        self.store = store
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockScreen { background: #1f2933; } QLabel { color: #f5f7fa; }")
        self.title = QLabel(_tr("Klassekonference is locked"))
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(_tr("Passphrase"))
        self.field.setPlaceholderText(_tr("Passphrase"))
        self.field.setMinimumWidth(240)
        self.field.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(_tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setStyleSheet("color: #fca5a5;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        panel = QFrame()
        panel.setMaximumWidth(460)
        inner = QVBoxLayout(panel)
        inner.addWidget(self.title)
        inner.addWidget(self.explanation)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        inner.addLayout(row)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(panel)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self._covers: list[_Cover] = []
        self._focus_before: QWidget | None = None
        self._failed = 0
        self._locked = False
        self.hide()

    # -- state -----------------------------------------------------------------------------------------
    def set_store(self, store: Store | None) -> None:
        """The file now open (None: no file). Call after opening or closing a file."""
        self.store = store

    def is_locked(self) -> bool:
        return self._locked

    @property
    def needs_passphrase(self) -> bool:
        return self.store is not None and self.store.is_open and self.store.encrypted

    def lock(self) -> None:
        """Cover the program. Nothing is closed or lost; typing resumes where it was after unlocking."""
        if self._locked:
            return
        self._locked = True
        popup = QApplication.activePopupWidget()
        while popup is not None:  # an open menu or completer list
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        self._focus_before = QApplication.focusWidget()
        self._failed = 0
        self.message.setText("")
        self.field.clear()
        self.field.setVisible(self.needs_passphrase)
        if self.needs_passphrase:
            self.explanation.setText(_tr("Type the file's passphrase to continue."))
        else:
            self.explanation.setText(_tr("Nothing is lost while the program is locked."))
        # Input goes only to the top modal window (a dialog that was open), so the panel goes there.
        host = QApplication.activeModalWidget() or self.window_to_cover
        for widget in QApplication.topLevelWidgets():
            kind = widget.windowType()
            if widget is host or not widget.isVisible() or kind in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                continue
            self._covers.append(_Cover(widget))  # other windows of the program: the projector view, dialogs
        self.setParent(host)
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.show()
        self.raise_()
        (self.field if self.needs_passphrase else self.button).setFocus()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.locked.emit()

    def try_unlock(self) -> bool:
        return self.unlock(self.field.text())

    def unlock(self, passphrase: str = "") -> bool:
        """Unlock with ``passphrase`` (ignored for an unencrypted file). A wrong one gets a calm message."""
        if not self._locked:
            return True
        if self.needs_passphrase and self.store is not None \
                and not protection.verify_passphrase(self.store, passphrase):
            self._failed += 1
            self.message.setText(_tr("That is not the passphrase. Try again."))
            self.field.selectAll()
            self.field.setFocus()
            return False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        host = self.parentWidget()
        if host is not None:
            host.removeEventFilter(self)
        self.hide()
        self.field.clear()
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers.clear()
        self.setParent(self.window_to_cover)
        self.hide()
        if self._focus_before is not None:
            try:
                self._focus_before.setFocus()
            except RuntimeError:  # the widget was deleted meanwhile
                pass
        self._focus_before = None
        self._locked = False
        self.unlocked.emit()
        return True

    # -- events ----------------------------------------------------------------------------------------
    def _inside(self, obj: QObject | None) -> bool:
        while obj is not None:
            if obj is self:
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, watched: QObject, event) -> bool:
        kind = event.type()
        host = self.parentWidget()
        if host is not None and watched is host and kind == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(host.rect())
            return False
        if not self._locked:
            return False
        if kind == QEvent.Type.Shortcut:
            return True  # no menu shortcut works while locked
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key goes to the panel's field as typing, not to a shortcut
            return not self._inside(watched)
        return kind in _BLOCKED_WHILE_LOCKED and isinstance(watched, QWidget) and not self._inside(watched)


class IdleWatcher(QObject):
    """Emits ``idle_timeout`` once after ``minutes`` without keyboard or mouse input anywhere in the program.

    ``clock`` (seconds, monotonic) and :meth:`check` let tests simulate time; a QTimer calls :meth:`check`
    every ``check_seconds``. ``minutes`` 0 turns it off."""

    idle_timeout = Signal()

    def __init__(
        self,
        minutes: float = DEFAULT_IDLE_MINUTES,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_seconds: float = 15.0,
    ):
        super().__init__(parent)
        self.minutes = minutes
        self.clock = clock
        self._last_input = clock()
        self._fired = False
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(int(check_seconds * 1000))
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        if self._running:
            return
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._running = True
        self.reset()
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._running:
            app.removeEventFilter(self)
        self._running = False
        self.timer.stop()

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        self.reset()

    def reset(self) -> None:
        """Count from now (after unlocking, or any input)."""
        self._last_input = self.clock()
        self._fired = False

    def idle_seconds(self) -> float:
        return self.clock() - self._last_input

    def check(self) -> bool:
        """Emit ``idle_timeout`` if the time is up (once per idle period). Returns whether it emitted."""
        if not self.minutes or self._fired or self.idle_seconds() < self.minutes * 60:
            return False
        self._fired = True
        self.idle_timeout.emit()
        return True

    def eventFilter(self, watched: QObject, event) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self.clock()
            self._fired = False
        return False

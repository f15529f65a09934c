"""Passphrases: choosing one for a new file (with a strength hint, a plain warning and a key sheet to print),
asking for one when opening, and changing it.

    dialog = NewPassphraseDialog(parent, file_name="Engbakkeskolen.klassekonference", school="Engbakkeskolen")
    if dialog.exec():
        passphrase = dialog.passphrase()

    passphrase = PassphrasePromptDialog.ask(parent, "Engbakkeskolen.klassekonference")  # None if cancelled

    ChangePassphraseDialog(store, parent).exec()  # emits passphrase_changed on success
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.passphrase import PassphraseHint, Strength, passphrase_hint
from app.services import protection
from app.storage.errors import StorageError
from app.storage.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("PassphraseDialogs", text)


_STRENGTH_COLOURS = {
    Strength.TOO_SHORT: "#9b1c1c",
    Strength.WEAK: "#b45309",
    Strength.FAIR: "#2f5d8a",
    Strength.STRONG: "#166534",
}


def _password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(280)
    return field


def _warning_label() -> QLabel:
    label = QLabel(
        _tr(
            "If the passphrase is forgotten, nobody can open the file – not the school's IT support and not the "
            "makers of the program. It cannot be recovered. Write it down and keep it in the school's safe, for "
            "example by printing the key sheet."
        )
    )
    label.setWordWrap(True)
    label.setStyleSheet("color: #9b1c1c; font-weight: bold;")
    return label


class _NewPassphraseFields(QWidget):
    """New passphrase, repeat, show-text, strength meter and hint. Shared by the new-file and change dialogs."""

    changed = Signal()

    def __init__(self, avoid: tuple[str, ...] = (), parent=None):
        super().__init__(parent)
        self.avoid = avoid
        self.new = _password_field(_tr("New passphrase"))
        self.repeat = _password_field(_tr("Repeat the passphrase"))
        self.show_text = QCheckBox(_tr("Show the passphrase"))
        self.show_text.toggled.connect(self._show_text)
        self.meter = QProgressBar()
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(_tr("Strength of the passphrase"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.match = QLabel()
        self.match.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_tr("&New passphrase"), self.new)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(_tr("&Repeat"), self.repeat)
        form.addRow("", self.match)
        form.addRow("", self.show_text)
        self.new.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def _show_text(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.new.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def current_hint(self) -> PassphraseHint:
        return passphrase_hint(self.new.text(), self.avoid)

    def _update(self) -> None:
        hint = self.current_hint()
        self.meter.setValue(int(hint.strength))
        colour = _STRENGTH_COLOURS[hint.strength]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.hint.setText(hint.message)
        self.hint.setStyleSheet(f"color: {colour};")
        if self.repeat.text() and self.repeat.text() != self.new.text():
            self.match.setText(_tr("The two passphrases are not the same."))
        else:
            self.match.setText("")
        self.match.setStyleSheet("color: #9b1c1c;")
        self.changed.emit()

    def passphrase(self) -> str:
        return self.new.text()

    def is_valid(self) -> bool:
        return self.current_hint().acceptable and self.new.text() == self.repeat.text()


class NewPassphraseDialog(QDialog):
    """Choose the passphrase of a new (or newly encrypted) file. OK needs an acceptable passphrase typed
    twice and a tick that it has been written down."""

    def __init__(self, parent=None, *, file_name: str = "", school: str = "", made_by: str = ""):
        super().__init__(parent)
        self.setWindowTitle(_tr("Passphrase for the file"))
        self.file_name = file_name
        self.school = school
        self.made_by = made_by
        intro = QLabel(
            _tr(
                "The file holds notes about children, so it is encrypted. Choose a passphrase that the team can "
                "remember: several unrelated words are both strong and easy to type."
            )
        )
        intro.setWordWrap(True)
        avoid = tuple(part for part in (school, Path(file_name).stem) if part)
        self.fields = _NewPassphraseFields(avoid, self)
        self.warning = _warning_label()
        self.key_sheet_button = QPushButton(_tr("&Print key sheet…"))
        self.key_sheet_button.setToolTip(_tr("A one-page PDF with the passphrase, to print for the school's safe"))
        self.key_sheet_button.clicked.connect(self.choose_key_sheet_file)
        self.key_sheet_status = QLabel()
        self.key_sheet_status.setWordWrap(True)
        self.written_down = QCheckBox(_tr("I have written the passphrase down and know where it is kept"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Encrypt with this passphrase"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_sheet_button)
        key_row.addWidget(self.key_sheet_status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.warning)
        layout.addLayout(key_row)
        layout.addWidget(self.written_down)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.written_down.toggled.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        valid = self.fields.is_valid()
        self.key_sheet_button.setEnabled(valid)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid and self.written_down.isChecked())

    def passphrase(self) -> str:
        return self.fields.passphrase()

    def accept(self) -> None:
        if self.fields.is_valid() and self.written_down.isChecked():
            super().accept()

    def choose_key_sheet_file(self) -> None:
        suggested = str(Path.home() / (_tr("Key sheet") + ".pdf"))
        target, _filter = QFileDialog.getSaveFileName(self, _tr("Save the key sheet"), suggested, "PDF (*.pdf)")
        if target:
            self.save_key_sheet(Path(target))

    def save_key_sheet(self, target: Path) -> Path | None:
        """Write the key sheet PDF; the dialog says to print it and delete the file afterwards."""
        from app.services.key_sheet import write_key_sheet  # reportlab loads only when a sheet is made

        if not self.fields.is_valid():
            return None
        try:
            path = write_key_sheet(
                target, file_name=self.file_name, passphrase=self.passphrase(), school=self.school,
                made_by=self.made_by, made_on=date.today(),
            )
        except OSError:
            self.key_sheet_status.setText(_tr("The key sheet could not be saved there. Choose another folder."))
            return None
        self.key_sheet_status.setText(
            _tr("Saved as “{name}”. Print it, put it in the safe, and delete the PDF file.").format(name=path.name)
        )
        return path


class PassphrasePromptDialog(QDialog):
    """Ask for the passphrase of an encrypted file when opening it."""

    def __init__(self, file_name: str, parent=None, *, message: str = ""):
        super().__init__(parent)
        self.setWindowTitle(_tr("Open encrypted file"))
        self.label = QLabel(_tr("“{name}” is encrypted. Type its passphrase.").format(name=file_name))
        self.label.setWordWrap(True)
        self.field = _password_field(_tr("Passphrase"))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c;")
        self.message.setVisible(bool(message))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    @classmethod
    def ask(cls, parent, file_name: str, message: str = "") -> str | None:
        dialog = cls(file_name, parent, message=message)
        return dialog.passphrase() if dialog.exec() and dialog.passphrase() else None


class ChangePassphraseDialog(QDialog):
    """Change the open file's passphrase: the current one, then a new one twice. The file's backups get the
    new passphrase too. Errors (a wrong current passphrase) are shown in the dialog, which stays open."""

    passphrase_changed = Signal()

    def __init__(self, store: Store, parent=None, *, school: str = "", backup_root=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Change passphrase"))
        self.store = store
        self.backup_root = backup_root
        self.current = _password_field(_tr("Current passphrase"))
        avoid = tuple(part for part in (school, store.path.stem) if part)
        self.fields = _NewPassphraseFields(avoid, self)
        self.warning = _warning_label()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Change passphrase"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(_tr("&Current passphrase"), self.current)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.current.text()) and self.fields.is_valid()
        )

    def accept(self) -> None:
        if not (self.current.text() and self.fields.is_valid()):
            return
        from app.ui.progress import run_with_progress

        old, new = self.current.text(), self.fields.passphrase()
        try:  # a large file and its backups take seconds: a progress window after half a second
            run_with_progress(self, _tr("Changing the passphrase"),
                              _tr("Giving “{name}” and its backups the new passphrase…").format(
                                  name=self.store.path.name),
                              lambda _report: protection.change_passphrase(self.store, old, new,
                                                                           backup_root=self.backup_root))
        except StorageError as error:
            self.error.setText(str(error))
            self.current.selectAll()
            self.current.setFocus()
            return
        self.passphrase_changed.emit()
        super().accept()

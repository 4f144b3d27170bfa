"""PIN and PUK dialogs. They send exactly what the user typed, once per click, never retrying;
a wrong entry keeps the dialog open with the attempts really left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.sim import SimController, valid_pin, valid_puk
from cmgui.controllers.tasks import AsyncOperation

MODES = ("verify", "puk", "enable", "disable", "change")


def _secret_field(name: str, max_len: int, parent: QWidget) -> QLineEdit:
    """A digits-only password field, hidden until a mode lays it out."""
    field = QLineEdit(parent)
    field.hide()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(max_len)
    field.setValidator(QRegularExpressionValidator(r"[0-9]*", field))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                              | Qt.InputMethodHint.ImhSensitiveData)
    field.setAccessibleName(name)
    return field


class PinDialog(QDialog):
    """One SIM security action (``mode`` in MODES) against a :class:`SimController`."""

    def __init__(self, sim: SimController, mode: str = "verify",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(mode)
        self.sim = sim
        self.mode = mode
        self.op: AsyncOperation | None = None
        #: The change succeeded and the dialog says so (only Close is left).
        self.confirmed = False
        self.setModal(True)
        self.setMinimumWidth(380)
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        form = QFormLayout()
        self.form = form
        self.pin = _secret_field(self.tr("PIN"), 8, self)
        self.puk = _secret_field(self.tr("PUK"), 8, self)
        self.new_pin = _secret_field(self.tr("New PIN"), 8, self)
        self.confirm_pin = _secret_field(self.tr("Repeat new PIN"), 8, self)
        lay.addLayout(form)
        self.attempts = QLabel()
        self.attempts.setObjectName("dimLabel")
        lay.addWidget(self.attempts)
        self.warning = QLabel()
        self.warning.setObjectName("warningLabel")
        self.warning.setWordWrap(True)
        lay.addWidget(self.warning)
        self.confirm_last = QCheckBox(self.tr("I understand, try this last time"))
        lay.addWidget(self.confirm_last)
        self.remember = QCheckBox(self.tr("Re&member the PIN on this computer"))
        self.remember.setAccessibleName(self.tr("Remember the PIN on this computer"))
        self.remember.setToolTip(self.tr(
            "Kept in the system keyring. It is sent for you only while at least two attempts "
            "are left, and forgotten if the SIM ever rejects it."))
        lay.addWidget(self.remember)
        self.hint = QLabel()
        self.hint.setObjectName("dimLabel")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Why the button is not available"))
        lay.addWidget(self.hint)
        self.done_text = QLabel()
        self.done_text.setObjectName("successLabel")
        self.done_text.setWordWrap(True)
        self.done_text.hide()
        lay.addWidget(self.done_text)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error"))
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        lay.addWidget(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for field in (self.pin, self.puk, self.new_pin, self.confirm_pin):
            field.textChanged.connect(self._validate)
        self.confirm_last.toggled.connect(self._validate)
        sim.pinStateChanged.connect(self._on_pin_state)
        self._layout_mode()

    # --- layout ---------------------------------------------------------------------------

    def _layout_mode(self) -> None:
        while self.form.rowCount():
            self.form.takeRow(0)
        for field in (self.pin, self.puk, self.new_pin, self.confirm_pin):
            field.hide()
            field.clear()
        rows: list[tuple[str, QLineEdit]]
        if self.mode == "verify":
            self.setWindowTitle(self.tr("Unlock SIM"))
            self.intro.setText(self.tr("The SIM card is locked. Enter its PIN to use it."))
            rows = [(self.tr("PIN:"), self.pin)]
            self.ok.setText(self.tr("Unlock"))
        elif self.mode == "puk":
            self.setWindowTitle(self.tr("Unblock SIM"))
            self.intro.setText(self.tr(
                "The PIN is blocked after too many wrong entries. Enter the PUK from the SIM "
                "card's holder, then choose a new PIN."))
            rows = [(self.tr("PUK:"), self.puk), (self.tr("New PIN:"), self.new_pin),
                    (self.tr("Repeat new PIN:"), self.confirm_pin)]
            self.ok.setText(self.tr("Unblock"))
        elif self.mode == "enable":
            self.setWindowTitle(self.tr("Turn PIN on"))
            self.intro.setText(self.tr("The SIM will ask for this PIN whenever it starts."))
            rows = [(self.tr("PIN:"), self.pin)]
            self.ok.setText(self.tr("Turn on"))
        elif self.mode == "disable":
            self.setWindowTitle(self.tr("Turn PIN off"))
            self.intro.setText(self.tr(
                "Anyone with this SIM card can use it without a PIN once it is off."))
            rows = [(self.tr("PIN:"), self.pin)]
            self.ok.setText(self.tr("Turn off"))
        else:
            self.setWindowTitle(self.tr("Change PIN"))
            self.intro.setText(self.tr("Enter the current PIN and the new one twice."))
            rows = [(self.tr("Current PIN:"), self.pin), (self.tr("New PIN:"), self.new_pin),
                    (self.tr("Repeat new PIN:"), self.confirm_pin)]
            self.ok.setText(self.tr("Change"))
        self.remember.setVisible(self.mode == "verify" and self.sim.can_remember_pin())
        for label, field in rows:
            field.show()
            self.form.addRow(label, field)
        rows[0][1].setFocus()
        self.error.clear()
        self._show_attempts()
        self._validate()

    def _uses_puk(self) -> bool:
        return self.mode == "puk"

    def _show_attempts(self) -> None:
        left = self.sim.puk_attempts if self._uses_puk() else self.sim.pin_attempts
        if left is None:
            self.attempts.clear()
        elif self._uses_puk():
            self.attempts.setText(self.tr("%n PUK attempt(s) left", "", left))
        else:
            self.attempts.setText(self.tr("%n PIN attempt(s) left", "", left))
        last = self.sim.is_last_attempt(puk=self._uses_puk())
        if last and self._uses_puk():
            self.warning.setText(self.tr(
                "Last attempt: a wrong PUK blocks the SIM card for good. Only your operator can "
                "replace it."))
        elif last:
            self.warning.setText(self.tr(
                "Last attempt: a wrong PIN blocks the SIM card and you will need the PUK."))
        self.warning.setVisible(last)
        self.confirm_last.setVisible(last)
        if not last:
            self.confirm_last.setChecked(False)

    # --- input ----------------------------------------------------------------------------

    def problem(self) -> str:
        """Why the entry cannot be sent yet ("" when it can)."""
        if self.mode == "puk":
            if not valid_puk(self.puk.text()):
                return self.tr("The PUK has 8 digits.")
        elif not valid_pin(self.pin.text()):
            return self.tr("A PIN has 4 to 8 digits.")
        if self.mode in ("puk", "change"):
            if not valid_pin(self.new_pin.text()):
                return self.tr("The new PIN needs 4 to 8 digits.")
            if self.new_pin.text() != self.confirm_pin.text():
                return self.tr("The two new PINs differ.")
        if self.confirm_last.isVisible() and not self.confirm_last.isChecked():
            return self.tr("Confirm the last attempt first.")
        return ""

    def _validate(self) -> None:
        if self.confirmed:
            return
        busy = self.op is not None and self.op.running
        problem = self.problem()
        self.ok.setEnabled(not busy and not problem)
        self.ok.setToolTip(problem)
        # Say why OK is greyed out, once there is something typed to say it about.
        typed = any(f.text() for f in (self.pin, self.puk, self.new_pin, self.confirm_pin))
        self.hint.setText(problem if typed else "")
        self.hint.setVisible(bool(problem) and typed)

    def submit(self) -> None:
        """Send the entry once. Failures keep the dialog open; nothing is retried."""
        if self.problem() or (self.op is not None and self.op.running):
            return
        self.error.clear()
        if self.mode == "verify":
            op = self.sim.verify_pin(self.pin.text(),
                                     remember=not self.remember.isHidden()
                                     and self.remember.isChecked())
        elif self.mode == "puk":
            op = self.sim.unblock(self.puk.text(), self.new_pin.text())
        elif self.mode == "enable":
            op = self.sim.enable_pin(self.pin.text())
        elif self.mode == "disable":
            op = self.sim.disable_pin(self.pin.text())
        else:
            op = self.sim.change_pin(self.pin.text(), self.new_pin.text())
        self.op = op
        op.succeeded.connect(lambda _r: self._succeeded())
        op.failed.connect(self._failed)
        op.finished.connect(self._validate)
        self._validate()

    def _succeeded(self) -> None:
        """Unlocking shows for itself; a change is confirmed in words before the dialog
        closes."""
        confirmations = {
            "puk": self.tr("The SIM is unblocked and has the new PIN."),
            "enable": self.tr("The PIN is on: the SIM will ask for it when it starts."),
            "disable": self.tr("The PIN is off."),
            "change": self.tr("The PIN is changed. Use the new PIN from now on."),
        }
        text = confirmations.get(self.mode)
        if text is None:
            self.accept()
            return
        for w in (self.intro, self.attempts, self.warning, self.confirm_last, self.remember,
                  self.hint, self.error):
            w.hide()
        for field in (self.pin, self.puk, self.new_pin, self.confirm_pin):
            field.clear()
            field.setEnabled(False)
        self.done_text.setText(text)
        self.done_text.show()
        self.confirmed = True
        self.ok.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self.accept)
        close.setDefault(True)
        close.setFocus()

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        for field in (self.pin, self.puk, self.new_pin, self.confirm_pin):
            field.clear()
        self.confirm_last.setChecked(False)
        self._show_attempts()

    def _on_pin_state(self, state: str, pin_left: int, puk_left: int) -> None:
        if state in ("PUKRequired", "blocked") and self.mode != "puk":
            message = self.error.text()
            self.mode = "puk"
            self._layout_mode()
            self.error.setText(message)
        else:
            self._show_attempts()
            self._validate()

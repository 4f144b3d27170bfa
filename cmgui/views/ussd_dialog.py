"""The USSD session dialog: send a code, read the answer, reply or end the session."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.tasks import AsyncOperation
from cmgui.controllers.ussd import UssdController
from cmgui.views.widgets import OperationBar


class UssdDialog(QDialog):
    def __init__(self, ussd: UssdController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ussd = ussd
        self.setWindowTitle(self.tr("USSD"))
        self.setMinimumSize(440, 360)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Send a service code such as *100# to your operator, for example to check your "
            "balance."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.response = QLabel()
        self.response.setObjectName("ussdResponse")
        self.response.setWordWrap(True)
        self.response.setAccessibleName(self.tr("Network answer"))
        lay.addWidget(self.response)
        row = QHBoxLayout()
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Code or reply, e.g. *100#"))
        self.input.setAccessibleName(self.tr("USSD code or reply"))
        self.input.returnPressed.connect(self.send)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.end_button = QPushButton(self.tr("&End session"))
        self.end_button.clicked.connect(self.end_session)
        row.addWidget(self.input, 1)
        row.addWidget(self.send_button)
        row.addWidget(self.end_button)
        lay.addLayout(row)
        saved_row = QHBoxLayout()
        saved_label = QLabel(self.tr("Sa&ved codes:"))
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Codes saved for this SIM"))
        saved_label.setBuddy(self.saved)
        self.saved.activated.connect(self._run_saved)
        self.save_button = QPushButton(self.tr("Save this &code…"))
        self.save_button.setAccessibleName(self.tr("Save the code for this SIM"))
        self.save_button.clicked.connect(self.ask_save)
        self.forget_button = QPushButton(self.tr("&Forget"))
        self.forget_button.setAccessibleName(self.tr("Forget the chosen saved code"))
        self.forget_button.clicked.connect(self._forget)
        saved_row.addWidget(saved_label)
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.save_button)
        saved_row.addWidget(self.forget_button)
        lay.addLayout(saved_row)
        self.bar = OperationBar()
        lay.addWidget(self.bar)
        history_label = QLabel(self.tr("&History"))
        self.history = QTreeView()
        history_label.setBuddy(self.history)
        self.history.setModel(ussd.history)
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("USSD history"))
        self.history.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(history_label)
        lay.addWidget(self.history, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        ussd.responseReceived.connect(self.response.setText)
        ussd.savedCodesChanged.connect(self._fill_saved)
        self.input.textChanged.connect(lambda _t: self._update_saved_buttons())
        self._last_code = ""
        self._fill_saved()
        ussd.sessionChanged.connect(self._on_session)
        ussd.errorOccurred.connect(self.response.setText)
        self._on_session(ussd.active)
        answers = [e.text for e in ussd.history.records() if not e.outgoing]
        if answers:
            self.response.setText(answers[-1])

    def _fill_saved(self) -> None:
        self.saved.clear()
        codes = self.ussd.saved_codes()
        if not codes:
            self.saved.addItem(self.tr("None yet: send a code, then save it"), "")
        for name, code in codes:
            self.saved.addItem(f"{name} ({code})" if name != code else code, code)
        self.saved.setEnabled(bool(codes))
        self._update_saved_buttons()

    def _update_saved_buttons(self) -> None:
        self.save_button.setEnabled(bool(self._code_to_save()) and bool(self.ussd.device))
        self.forget_button.setEnabled(bool(self.saved.currentData()))

    def _code_to_save(self) -> str:
        text = self.input.text().strip()
        return text if text.startswith(("*", "#")) else self._last_code

    def _run_saved(self, index: int) -> None:
        code = self.saved.itemData(index)
        self._update_saved_buttons()
        if code and not self.ussd.active:
            self.input.setText(code)
            self.send()

    def ask_save(self) -> None:
        code = self._code_to_save()
        if not code:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save USSD code"),
            self.tr("Name for %1 (for example “Balance”):").replace("%1", code))
        if ok:
            self.save(name, code)

    def save(self, name: str, code: str) -> None:
        self.ussd.save_code(name, code)

    def _forget(self) -> None:
        code = self.saved.currentData()
        if code:
            self.ussd.forget_code(code)

    def _on_session(self, active: bool) -> None:
        self.end_button.setEnabled(active)
        self.send_button.setText(self.tr("&Reply") if active else self.tr("&Send"))

    def send(self) -> None:
        text = self.input.text().strip()
        if not text or self.ussd.device is None:
            return
        self.input.clear()
        if text.startswith(("*", "#")):
            self._last_code = text
        op: AsyncOperation = self.ussd.send(text)
        self._update_saved_buttons()
        self.bar.bind(op)

    def end_session(self) -> None:
        if self.ussd.device is not None:
            self.ussd.cancel()

"""The USSD session dialog: send a code, read the answer, reply or end the session."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.messages import UssdController
from cmgui.controllers.tasks import AsyncOperation
from cmgui.views.widgets import OperationBar


class UssdDialog(QDialog):
    def __init__(self, ussd: UssdController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ussd = ussd
        self.setWindowTitle(self.tr("USSD"))
        self.setMinimumSize(460, 380)
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
        ussd.sessionChanged.connect(self._on_session)
        ussd.errorOccurred.connect(self.response.setText)
        self._on_session(ussd.active)
        answers = [e.text for e in ussd.history.records() if not e.outgoing]
        if answers:
            self.response.setText(answers[-1])

    def _on_session(self, active: bool) -> None:
        self.end_button.setEnabled(active)
        self.send_button.setText(self.tr("&Reply") if active else self.tr("&Send"))

    def send(self) -> None:
        text = self.input.text().strip()
        if not text or self.ussd.device is None:
            return
        self.input.clear()
        op: AsyncOperation = self.ussd.send(text)
        self.bar.bind(op)

    def end_session(self) -> None:
        if self.ussd.device is not None:
            self.ussd.cancel()

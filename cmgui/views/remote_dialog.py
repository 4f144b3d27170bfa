"""Add a remote CMAPI endpoint: address, access token (kept in the keyring) and an optional
certificate fingerprint to pin."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cmgui.controllers.devices import Endpoint

_FINGERPRINT = re.compile(r"^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$")
SCHEMES = ("http://", "https://", "ws://", "wss://")


class RemoteEndpointDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add remote device"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Connect to a modem shared by another computer running “cmcli serve”, or to any "
            "OpenCMAPI endpoint."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://192.168.1.10:8765/cmapi")
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("Office router"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(self.tr("SHA-256, e.g. AB:CD:…"))
        for text, w in ((self.tr("&Address:"), self.address), (self.tr("&Name:"), self.label),
                        (self.tr("Access &token:"), self.token),
                        (self.tr("&Certificate fingerprint:"), self.fingerprint)):
            w.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(text, w)
        lay.addLayout(form)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("errorLabel")
        self.problem_label.setWordWrap(True)
        lay.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        for w in (self.address, self.fingerprint):
            w.textChanged.connect(self._validate)
        self._validate()

    def problem(self) -> str:
        address = self.address.text().strip()
        if not address.startswith(SCHEMES) or len(address) <= len("wss://"):
            return self.tr("The address starts with http://, https://, ws:// or wss://.")
        fp = self.fingerprint.text().strip()
        if fp and not _FINGERPRINT.match(fp):
            return self.tr("A SHA-256 fingerprint has 32 pairs of hex digits.")
        if fp and address.startswith(("http://", "ws://")):
            return self.tr("Certificate pinning needs https:// or wss://.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem if self.address.text() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def endpoint(self) -> Endpoint:
        fp = self.fingerprint.text().strip().replace(":", "").lower()
        return Endpoint(self.address.text().strip(), self.label.text().strip(), fp)

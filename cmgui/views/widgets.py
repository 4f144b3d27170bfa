"""Small reusable widgets: badges, cards, info grids, operation bars (and SignalBars)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cmgui.views.signal_bars import SignalBars

if TYPE_CHECKING:
    from cmgui.controllers.tasks import AsyncOperation

__all__ = ["Badge", "Card", "EmptyState", "InfoGrid", "OperationBar", "PageHeader",
           "SignalBars"]


class Badge(QLabel):
    """A small rounded label ("Roaming", "Demo")."""

    def __init__(self, text: str = "", kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("badge", kind)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)


class Card(QFrame):
    """A titled group of content with a rounded frame."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(10)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.title.setVisible(bool(title))
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        outer.addLayout(self.body)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))


class InfoGrid(QWidget):
    """Label/value rows; values are selectable so users can copy an IMEI."""

    def __init__(self, parent: QWidget | None = None, *, columns: int = 1) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(6)
        self._columns = columns
        self._values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}

    def add_row(self, key: str, label: str) -> QLabel:
        n = len(self._values)
        row, col = divmod(n, self._columns)
        name = QLabel(label)
        name.setObjectName("infoLabel")
        value = QLabel("—")
        value.setObjectName("infoValue")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        value.setAccessibleName(label)
        name.setBuddy(value)
        self._grid.addWidget(name, row, col * 2)
        self._grid.addWidget(value, row, col * 2 + 1)
        self._grid.setColumnStretch(col * 2 + 1, 1)
        self._values[key] = value
        self._labels[key] = name
        return value

    def set_value(self, key: str, text: str) -> None:
        self._values[key].setText(text or "—")

    def value(self, key: str) -> str:
        return self._values[key].text()

    def set_label(self, key: str, text: str) -> None:
        self._labels[key].setText(text)
        self._values[key].setAccessibleName(text)

    def set_row_visible(self, key: str, visible: bool) -> None:
        self._labels[key].setVisible(visible)
        self._values[key].setVisible(visible)


def page_layout(page: QWidget) -> QVBoxLayout:
    """The body of a page with the standard margins and spacing (the style sheet keys on the
    ``page`` object name); a QScrollArea page scrolls its body as a whole."""
    body = page
    if isinstance(page, QScrollArea):
        page.setWidgetResizable(True)
        page.setFrameShape(QScrollArea.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls
        body = QWidget()
        page.setWidget(body)
    body.setObjectName("page")
    lay = QVBoxLayout(body)
    lay.setContentsMargins(24, 20, 24, 20)
    lay.setSpacing(14)
    return lay


class PageHeader(QWidget):
    """A page's title and one line of explanation."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 4)
        lay.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.title.setAccessibleName(title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)


class OperationBar(QWidget):
    """Progress of one :class:`AsyncOperation`: what runs, how long, and a Cancel button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.elapsed = QLabel()
        self.elapsed.setObjectName("dimLabel")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running operation"))
        lay.addWidget(self.label)
        lay.addWidget(self.progress, 1)
        lay.addWidget(self.elapsed)
        lay.addWidget(self.cancel_button)
        self._op: AsyncOperation | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def bind(self, op: AsyncOperation) -> None:
        from cmgui.controllers.models import human_duration

        self._op = op
        self.label.setText(op.label + "…")
        if op.expected_seconds > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(0)
        else:
            self.progress.setRange(0, 0)
        self.elapsed.setText(human_duration(0))
        op.progressChanged.connect(self._on_progress)
        op.finished.connect(self._on_finished)
        self.show()

    def _on_progress(self, seconds: float) -> None:
        from cmgui.controllers.models import human_duration

        op = self._op
        if op is None:
            return
        self.elapsed.setText(human_duration(seconds))
        if op.expected_seconds > 0:
            # Approaches but never reaches the end: the real duration is unknown.
            fraction = 1.0 - 0.5 ** (seconds / (op.expected_seconds / 2))
            self.progress.setValue(int(fraction * 950))

    def _on_finished(self) -> None:
        self._op = None
        self.hide()

    def _cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()


class EmptyState(QWidget):
    """A centred message for a page with nothing to show."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        self.label = QLabel(text)
        self.label.setObjectName("emptyState")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        lay.addWidget(self.label)
        lay.addStretch(1)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

"""SignalBars: five rising bars, ``bars`` of them filled.

Part of the window frame that paints before anything else is loaded, so it avoids the ``Qt``
namespace (whose Python enums cost tens of milliseconds to create on first use).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class SignalBars(QWidget):
    """Signal strength as bars. Mirrors itself in right-to-left layouts."""

    def __init__(self, parent: QWidget | None = None, *, bar_count: int = 5) -> None:
        super().__init__(parent)
        self._bars = 0
        self._count = bar_count
        self._enabled = True
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._update_accessible()

    @property
    def bars(self) -> int:
        return self._bars

    def set_bars(self, bars: int, *, available: bool = True) -> None:
        self._bars = max(0, min(self._count, bars))
        self._enabled = available
        self._update_accessible()
        self.update()

    def _update_accessible(self) -> None:
        text = self.tr("Signal: %1 of %2 bars").replace("%1", str(self._bars)).replace(
            "%2", str(self._count))
        self.setAccessibleName(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(int(h * 1.4), h)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Plain rectangles and palette accessors: no enum namespace is touched while the
        # window's first frame is drawn.
        p = QPainter(self)
        w, h = self.width(), self.height()
        gap = max(1.0, w / (self._count * 4))
        bw = (w - gap * (self._count - 1)) / self._count
        pal = self.palette()
        on = pal.highlight().color() if self._enabled else pal.placeholderText().color()
        off = QColor(pal.windowText().color())
        off.setAlphaF(0.18)
        rtl = self.isRightToLeft()
        for i in range(self._count):
            bh = h * (i + 1) / self._count
            x = i * (bw + gap)
            if rtl:
                x = w - x - bw
            p.fillRect(QRectF(x, h - bh, bw, bh), on if i < self._bars else off)
        p.end()

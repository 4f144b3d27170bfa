"""A live line graph drawn with QPainter: a few series over the last N samples."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass
class Series:
    name: str
    color: QColor
    values: Iterable[float] = ()


def nice_ceiling(value: float) -> float:
    """The next "round" number at or above ``value`` (1, 2, 5 × 10^n) for the axis top."""
    if value <= 0:
        return 1.0
    exp = math.floor(math.log10(value))
    for m in (1, 2, 5, 10):
        top = m * 10.0**exp
        if top >= value:
            return top
    return 10.0 ** (exp + 1)  # pragma: no cover


class TimeSeriesGraph(QWidget):
    """Draws ``series`` left (oldest) to right (newest). The time axis spans ``min_span``
    samples until more arrive, then grows to ``capacity`` and scrolls."""

    def __init__(self, parent: QWidget | None = None, *, capacity: int = 120,
                 fixed_max: float | None = None, min_top: float = 1.0, min_span: int = 60,
                 label: Callable[[float], str] = lambda v: f"{v:.0f}") -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.capacity = capacity
        self.fixed_max = fixed_max
        self.min_top = min_top
        self.min_span = min_span
        self.label = label
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def set_series(self, series: list[Series]) -> None:
        self.series = series
        self.update()

    def top(self) -> float:
        if self.fixed_max is not None:
            return self.fixed_max
        peak = max((max(list(s.values)[-self.capacity:], default=0.0) for s in self.series),
                   default=0.0)
        return nice_ceiling(max(peak, self.min_top))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        top = self.top()
        label_w = max(fm.horizontalAdvance(self.label(top)), fm.horizontalAdvance("0")) + 8
        legend_h = fm.height() + 6
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        plot = QRectF(0, legend_h, self.width() - label_w - 1, self.height() - legend_h - 4)
        if rtl:
            plot.moveLeft(label_w)
        p.fillRect(plot, pal.color(QPalette.ColorRole.Base))
        grid = QColor(pal.color(QPalette.ColorRole.WindowText))
        grid.setAlphaF(0.12)
        p.setPen(QPen(grid, 1))
        text_color = pal.color(QPalette.ColorRole.PlaceholderText)
        for i in range(5):
            y = plot.top() + plot.height() * i / 4
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_color)
            value = top * (4 - i) / 4
            tx = plot.right() + 4 if not rtl else 0
            rect = QRectF(tx, y - fm.height() / 2, label_w - 4, fm.height())
            align = Qt.AlignmentFlag.AlignLeft if not rtl else Qt.AlignmentFlag.AlignRight
            p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), self.label(value))
        longest = max((len(list(s.values)) for s in self.series), default=0)
        span = max(2, min(self.capacity, max(self.min_span, longest)))
        step = plot.width() / (span - 1)
        for s in self.series:
            values = list(s.values)[-span:]
            if len(values) < 2:
                continue
            path = QPainterPath()
            offset = span - len(values)
            for i, v in enumerate(values):
                x = plot.left() + (offset + i) * step
                if rtl:
                    x = plot.right() - (offset + i) * step
                y = plot.bottom() - plot.height() * min(v, top) / top
                if i == 0:
                    path.moveTo(x, y)
                else:
                    path.lineTo(x, y)
            p.setPen(QPen(s.color, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        # Legend.
        x = plot.left() if not rtl else plot.right()
        for s in self.series:
            w = fm.horizontalAdvance(s.name)
            if rtl:
                x -= 14 + w
            p.fillRect(QRectF(x, 4 + fm.height() / 2 - 4, 10, 8), s.color)
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.drawText(QRectF(x + 14, 2, w + 4, fm.height()),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), s.name)
            if rtl:
                x -= 16
            else:
                x += 14 + w + 16
        p.end()

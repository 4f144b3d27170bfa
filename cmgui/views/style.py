"""The application's look: Fusion with a light, calm palette and a stylesheet for cards."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#3584e4"

STYLESHEET = """
QWidget#page { background: palette(window); }
QFrame#card {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 10px;
}
QLabel#cardTitle { font-weight: 600; font-size: 11pt; }
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#pageSubtitle, QLabel#dimLabel, QLabel#infoLabel { color: palette(placeholder-text); }
QLabel#bigValue { font-size: 14pt; font-weight: 600; }
QLabel#bigValue[state="connected"] { color: #26a269; }
QLabel#errorLabel { color: #c01c28; }
QLabel#warningLabel {
    color: #7a4d00; background: #fdf0d5; border-radius: 6px; padding: 6px 8px;
}
QLabel#successLabel {
    color: #1c5e35; background: #dcf3e4; border-radius: 6px; padding: 6px 8px;
}
QLabel#emptyState { color: palette(placeholder-text); font-size: 12pt; }
QLabel#ussdResponse {
    background: palette(alternate-base); border-radius: 8px; padding: 10px; min-height: 3em;
}
QLabel[badge] { border-radius: 8px; padding: 1px 8px; font-size: 8pt; font-weight: 600; }
QLabel[badge="warning"] { background: #f6d32d; color: #3d3846; }
QLabel[badge="info"] { background: #99c1f1; color: #1a3a5e; }
QListWidget#nav {
    background: palette(window); border: none; border-right: 1px solid palette(mid);
    padding: 8px 6px; outline: none;
}
QListWidget#nav::item { padding: 0 10px; border-radius: 8px; margin: 1px 0; }
QListWidget#nav::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#nav::item:hover:!selected { background: palette(alternate-base); }
QFrame#headerBar { background: palette(base); border-bottom: 1px solid palette(mid); }
QLabel#appTitle { font-weight: 700; font-size: 12pt; }
QFrame#banner { background: #fbe3e4; border: 1px solid #e01b24; border-radius: 8px; }
QFrame#banner QLabel { color: #8f1119; }
QPushButton#primaryButton {
    background: @ACCENT@; color: white; border: none; border-radius: 6px;
    padding: 6px 18px; font-weight: 600;
}
QPushButton#primaryButton:disabled { background: palette(mid); color: palette(window); }
QTreeView, QListView { border: 1px solid palette(mid); border-radius: 6px; }
QTreeView::item { padding: 4px 2px; }
QListView#thread, QListView#conversations, QTreeView#thread {
    background: palette(base); border: none;
}
QScrollArea#pageFrame { background: palette(window); border: none; }
QStatusBar QLabel { padding: 0 6px; }
"""


def apply_style(app: QApplication, accent: str | None = None) -> None:
    """Fusion with our palette: looks the same on every desktop and in screenshots.
    ``accent`` (#RRGGBB, a vendor's provisioning) replaces the highlight colour."""
    accent = accent or ACCENT
    if app.style().name().lower() != "fusion":  # often already Fusion; switching costs 15 ms
        app.setStyle("Fusion")
    pal = app.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#f6f5f4"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#ebebed"))
    pal.setColor(QPalette.ColorRole.Mid, QColor("#d9d8d6"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(accent))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#77767b"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#241f31"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#241f31"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor("#241f31"))
    pal.setColor(QPalette.ColorRole.Button, QColor("#f0efee"))
    disabled = QColor("#9a9996")
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(pal)
    app.setStyleSheet(STYLESHEET.replace("@ACCENT@", accent))

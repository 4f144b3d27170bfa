"""The main window: header with the device selector, navigation list, pages, status bar.

The window paints before any controller exists: ``MainWindow()`` builds only the frame (header,
navigation, status bar), and :meth:`MainWindow.attach` builds the pages once the app's
controllers are there. ``app.py`` attaches right after the first paint, so start-up costs about
what a bare window costs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmgui.qt import icon
from cmgui.views.signal_bars import SignalBars

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from cmgui.controllers.app import AppController
    from cmgui.controllers.device import DeviceController
    from cmgui.views.pin_dialogs import PinDialog
    from cmgui.views.remote_dialog import RemoteEndpointDialog
    from cmgui.views.tray import Tray

def scrolling(page: QWidget) -> QWidget:
    """``page`` as it goes into the stack: in a scroll area unless it is one already."""
    if isinstance(page, QScrollArea):
        return page
    frame = QScrollArea()
    frame.setObjectName("pageFrame")
    frame.setWidgetResizable(True)
    frame.setFrameShape(QScrollArea.Shape.NoFrame)
    frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls
    frame.setWidget(page)
    return frame


PAGE_NAMES = ("devices", "connection", "messages", "statistics", "wlan", "settings", "fleet",
              "gateways")


def _placeholder() -> QWidget:
    """What stands in the stack for a page not built yet."""
    placeholder = QWidget()
    placeholder.setObjectName("page")
    return placeholder


class LazyPages(Mapping[str, QWidget]):
    """The pages by name; a page is built (by ``build``) the first time it is looked up."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is None:
            if name not in PAGE_NAMES:
                raise KeyError(name)
            page = self._built[name] = self._build(name)
        return page

    def __contains__(self, name: object) -> bool:
        return name in PAGE_NAMES  # without building it

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_NAMES)

    def __len__(self) -> int:
        return len(PAGE_NAMES)

    def built(self) -> list[str]:
        """The names of the pages built so far."""
        return list(self._built)


class MainWindow(QMainWindow):
    def __init__(self, app: AppController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app: AppController | None = None
        self.quitting = False
        self.tray: Tray | None = None
        self.pin_dialog: PinDialog | None = None
        #: The last question asked (tests answer it).
        self.last_question: QDialog | None = None
        self.about_dialog: QDialog | None = None
        #: The pages by name, each built on its first visit (see :meth:`_build_pages`).
        self.pages: Mapping[str, QWidget] = {}
        self.setWindowTitle("cmgui")
        self.setWindowIcon(icon("cmgui"))
        self.resize(1040, 720)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.banner = self._build_banner()
        outer.addWidget(self.banner)
        self.store_banner = self._build_store_banner()
        outer.addWidget(self.store_banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.stack = QStackedWidget()
        for name in PAGE_NAMES:
            item = QListWidgetItem(icon(f"nav-{name}"), "")
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 20))
            self.nav.addItem(item)
            self.stack.addWidget(_placeholder())
        self._label_nav()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        qapp = QApplication.instance()
        if isinstance(qapp, QApplication):
            qapp.focusChanged.connect(self._keep_focus_in_view)
        if app is not None:
            self.attach(app)

    @property
    def app(self) -> AppController:
        if self._app is None:
            raise RuntimeError("the window has no controllers yet")
        return self._app

    def _label_nav(self) -> None:
        labels = {
            "devices": self.tr("Devices"), "connection": self.tr("Connection"),
            "messages": self.tr("Messages"), "statistics": self.tr("Statistics"),
            "wlan": self.tr("WLAN"), "settings": self.tr("Settings"), "fleet": self.tr("Fleet"),
            "gateways": self.tr("SMS gateways"),
        }
        self.nav.setAccessibleName(self.tr("Sections"))
        for n, name in enumerate(PAGE_NAMES):
            item = self.nav.item(n)
            item.setText(labels[name])
            item.setToolTip(labels[name] + f" (Ctrl+{n + 1})")

    def attach(self, app: AppController) -> None:
        """Build the pages on ``app``'s controllers and follow its devices."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for n in range(len(PAGE_NAMES)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self)
            shortcut.activated.connect(lambda n=n: self.nav.setCurrentRow(n))
        self._app = app
        prov = app.provisioning
        if prov.active:
            self.brand(prov.product_name, str(prov.icon_path or ""))
        about = QShortcut(QKeySequence("F1"), self)
        about.activated.connect(self.show_about)
        self.selector.setModel(app.devices.model)
        self.refresh_button.setEnabled(True)
        self.add_button.setEnabled(True)
        self._build_pages()
        app.devices.currentChanged.connect(self._on_device)
        app.devices.errorOccurred.connect(self.show_error)
        app.devices.discoveryFinished.connect(self._sync_selector)
        app.storeProblem.connect(self.show_store_problem)
        app.settings.changed.connect(self._on_setting)
        self.show_store_problem(app.store_problem())
        if problem := prov.problem():
            self.show_error(problem)
        app.pageError.connect(self.show_error)  # every page controller's, built now or later
        self._on_device(app.devices.current)

    def _build_pages(self) -> None:
        """(Re)build the pages: the one shown now at once, every other on its first visit (or
        when :attr:`pages` is asked for it), so start-up builds one page, not eight. Each goes
        into the stack in a scroll area of its own, so that the window fits a small screen
        whatever a page holds (a page scrolls, the window does not grow), and keyboard focus
        that moves down a page scrolls it into view."""
        current = self.nav.currentRow()
        for n in range(len(PAGE_NAMES)):
            self._put_in_stack(n, _placeholder())
        self.pages = LazyPages(self._new_page)
        self._show_row(current)

    def _new_page(self, name: str) -> QWidget:
        """Build page ``name`` on the app's controllers and put it in its place in the stack."""
        app = self.app
        page: QWidget
        if name == "devices":
            from cmgui.views.devices_page import DevicesPage

            page = DevicesPage(app)
        elif name == "connection":
            from cmgui.views.connection_page import ConnectionPage

            page = ConnectionPage(app)
        elif name == "messages":
            from cmgui.views.messages_page import MessagesPage

            page = MessagesPage(app)
        elif name == "statistics":
            from cmgui.views.statistics_page import StatisticsPage

            page = StatisticsPage(app)
        elif name == "wlan":
            from cmgui.views.wlan_page import WlanPage

            page = WlanPage(app)
        elif name == "settings":
            from cmgui.views.settings_page import SettingsPage

            page = SettingsPage(app.settings, app.usage, provisioning=app.provisioning)
        elif name == "fleet":
            from cmgui.views.fleet_page import FleetPage

            page = FleetPage(app.fleet, team_jobs=app.team_jobs)
        else:
            from cmgui.views.gateway_page import GatewayPage

            page = GatewayPage(app)
        self._put_in_stack(PAGE_NAMES.index(name), scrolling(page))
        return page

    def _put_in_stack(self, n: int, frame: QWidget) -> None:
        """``frame`` at index ``n`` of the stack instead of what was there; what is shown
        stays shown."""
        current = self.stack.currentIndex()
        old = self.stack.widget(n)
        self.stack.insertWidget(n, frame)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if current >= 0:
            self.stack.setCurrentIndex(current)

    def _show_row(self, row: int) -> None:
        """Show page ``row`` of the navigation, building it first on its first visit."""
        if self._app is not None and 0 <= row < len(PAGE_NAMES):
            self.pages[PAGE_NAMES[row]]  # built by the lookup
        self.stack.setCurrentIndex(row)

    def brand(self, product: str, icon_path: str = "") -> None:
        """Show the vendor's product name and icon (provisioning) instead of cmgui's."""
        if product:
            self.setWindowTitle(product)
            self.app_title.setText(product)
        if icon_path:
            from PySide6.QtGui import QIcon

            branded = QIcon(icon_path)
            self.setWindowIcon(branded)
            self.logo.setPixmap(branded.pixmap(QSize(28, 28)))

    def show_about(self) -> QDialog:
        """The About dialog (F1, or About… on the settings page)."""
        from cmgui.views.about import AboutDialog

        dialog = AboutDialog(self.app.provisioning, self)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()
        return dialog

    def _keep_focus_in_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Focus that enters a page from outside (the navigation, the header) scrolls the
        control into view too, not only Tab within the page (which QScrollArea handles)."""
        if new is None or new.window() is not self:
            return
        parent = new.parentWidget()
        while parent is not None and parent is not self:
            inside = parent.widget() if isinstance(parent, QScrollArea) else None
            if isinstance(parent, QScrollArea) and inside is not None \
                    and inside.isAncestorOf(new):
                parent.ensureWidgetVisible(new)
                return
            parent = parent.parentWidget()

    def page_frame(self, name: str) -> QWidget:
        """The widget in the stack that shows page ``name`` (the page, or its scroll area);
        the page is built if it was not yet."""
        if self._app is not None:
            self.pages[name]  # built by the lookup
        frame = self.stack.widget(PAGE_NAMES.index(name))
        assert frame is not None
        return frame

    def _on_setting(self, name: str) -> None:
        if name == "ui.language":
            self.change_language(str(self.app.settings.get("ui.language")))

    def change_language(self, language: str) -> None:
        """Switch the interface language now: new catalogues, then every text built again
        (the pages are rebuilt on the same controllers; nothing the user entered is lost but
        what was typed into a page's fields)."""
        from PySide6.QtWidgets import QApplication

        from cmgui.i18n import switch_language

        qapp = QApplication.instance()
        if isinstance(qapp, QApplication):
            switch_language(qapp, language)
        self.retranslate()

    def retranslate(self) -> None:
        self._label_nav()
        self._label_header()
        self._label_banner()
        self._label_status_bar()
        if self._app is not None:
            self._build_pages()
            self.refresh_status()
        if self.tray is not None:
            self.tray.refresh()
            self.tray.label_menu()

    # --- header, banner, status bar -------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("headerBar")
        lay = QHBoxLayout(header)
        lay.setContentsMargins(16, 8, 16, 8)
        self.logo = QLabel()
        self.logo.setPixmap(icon("cmgui").pixmap(QSize(28, 28)))
        self.app_title = QLabel("cmgui")
        self.app_title.setObjectName("appTitle")
        lay.addWidget(self.logo)
        lay.addWidget(self.app_title)
        lay.addStretch(1)
        self.device_label = QLabel()
        self.selector = QComboBox()
        # Long device names must not widen the window past a small screen.
        self.selector.setMinimumContentsLength(20)
        self.selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device_label.setBuddy(self.selector)
        self.selector.activated.connect(self._selector_activated)
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(icon("refresh"))
        self.refresh_button.clicked.connect(self._discover)
        self.add_button = QToolButton()
        self.add_button.setIcon(icon("add"))
        self.add_button.clicked.connect(self.add_remote)
        self.refresh_button.setEnabled(False)
        self.add_button.setEnabled(False)
        self._label_header()
        lay.addWidget(self.device_label)
        lay.addWidget(self.selector)
        lay.addWidget(self.refresh_button)
        lay.addWidget(self.add_button)
        return header

    def _label_header(self) -> None:
        self.device_label.setText(self.tr("&Device:"))
        self.selector.setAccessibleName(self.tr("Device"))
        self.refresh_button.setToolTip(self.tr("Look for devices again"))
        self.refresh_button.setAccessibleName(self.tr("Look for devices again"))
        self.add_button.setToolTip(self.tr("Add a remote device…"))
        self.add_button.setAccessibleName(self.tr("Add a remote device"))

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("banner")
        lay = QHBoxLayout(banner)
        lay.setContentsMargins(12, 6, 6, 6)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self._retry)
        self.retry_button.hide()
        self.banner_close = QToolButton()
        self.banner_close.setText("✕")
        self.banner_close.setAutoRaise(True)
        self.banner_close.clicked.connect(banner.hide)
        lay.addWidget(self.banner_text, 1)
        lay.addWidget(self.retry_button)
        lay.addWidget(self.banner_close)
        wrapper_margin = 12
        banner.setContentsMargins(wrapper_margin, 0, wrapper_margin, 0)
        banner.hide()
        self._label_banner()
        return banner

    def _label_banner(self) -> None:
        self.banner_text.setAccessibleName(self.tr("Error"))
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Open the device again"))
        self.banner_close.setAccessibleName(self.tr("Dismiss the message"))

    def _build_store_banner(self) -> QFrame:
        """The local database cannot be used: stays until the app can use it again."""
        banner = QFrame()
        banner.setObjectName("banner")
        lay = QHBoxLayout(banner)
        lay.setContentsMargins(12, 6, 12, 6)
        self.store_banner_text = QLabel()
        self.store_banner_text.setWordWrap(True)
        self.store_banner_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_banner_text.setAccessibleName(self.tr("Message archive problem"))
        lay.addWidget(self.store_banner_text, 1)
        banner.hide()
        return banner

    def show_store_problem(self, message: str) -> None:
        self.store_banner_text.setText(message)
        self.store_banner.setVisible(bool(message))

    def _retry(self) -> None:
        if self._app is not None:
            self.banner.hide()
            self._app.request_retry()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.status_operator = QLabel()
        self.status_tech = QLabel()
        self.status_bars = SignalBars()
        self.status_bars.setFixedSize(24, 14)
        self.status_bars.hide()  # shown with a device (and its first paint waits until then)
        self.status_connection = QLabel()
        self._label_status_bar()
        bar.addPermanentWidget(self.status_operator)
        bar.addPermanentWidget(self.status_tech)
        bar.addPermanentWidget(self.status_bars)
        bar.addPermanentWidget(self.status_connection)

    def _label_status_bar(self) -> None:
        self.status_operator.setAccessibleName(self.tr("Operator"))
        self.status_tech.setAccessibleName(self.tr("Technology"))
        self.status_connection.setAccessibleName(self.tr("Connection state"))

    # --- device ---------------------------------------------------------------------------

    def _discover(self) -> None:
        if self._app is not None:
            self._app.request_discover()

    def _selector_activated(self, row: int) -> None:
        from cmgui.controllers.models import KeyRole

        address = self.selector.model().index(row, 0).data(KeyRole)
        if address and self._app is not None:
            if not self.confirm_switch(address):
                self._sync_selector()
                return
            self.banner.hide()
            self.app.request_open(address)

    def confirm_switch(self, address: str) -> bool:
        """Ask before leaving a device whose data connection is up (True: go ahead)."""
        from PySide6.QtWidgets import QMessageBox

        dc = self.app.devices.current
        if dc is None or dc.address == address \
                or dc.status.connection_state not in ("connected", "connecting"):
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Switch device"), self.tr(
            "%1 has a data connection up. Switch to another device? The connection stays up, "
            "but cmgui stops showing and counting it.").replace("%1", dc.label), parent=self)
        switch = box.addButton(self.tr("&Switch"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.last_question = box
        box.exec()
        return box.clickedButton() is switch

    def _sync_selector(self) -> None:
        dc = self.app.devices.current
        if dc is not None:
            row = self.app.devices.model.row_of(dc.address)
            if row >= 0:
                self.selector.setCurrentIndex(row)

    def _on_device(self, dc: DeviceController | None) -> None:
        if dc is not None:
            dc.statusChanged.connect(self.refresh_status)
            dc.stateChanged.connect(self.refresh_status)
            dc.errorOccurred.connect(self.show_error)
            dc.pinRequired.connect(self.on_pin_required)
            self._sync_selector()
        self.refresh_status()

    def refresh_status(self, *_args: object) -> None:
        from cmgui.views import format as fmt

        dc = self.app.devices.current
        self.retry_button.setVisible(dc is not None and dc.state in ("error", "closed"))
        if dc is None:
            self.status_operator.setText(self.tr("No device"))
            self.status_tech.clear()
            self.status_bars.set_bars(0, available=False)
            self.status_bars.hide()
            self.status_connection.clear()
            return
        s = dc.status
        self.status_operator.setText(s.operator or fmt.device_state(dc.state))
        self.status_tech.setText(fmt.technology(s.technology))
        self.status_bars.set_bars(s.bars, available=bool(s.operator))
        self.status_bars.show()
        self.status_connection.setText(fmt.connection_state(s.connection_state))

    def on_pin_required(self, state: str, _attempts: int) -> None:
        """A locked SIM opens the PIN (or PUK) dialog once; it never submits by itself."""
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            return
        from cmgui.views.pin_dialogs import PinDialog

        mode = "puk" if state in ("PUKRequired", "blocked") else "verify"
        self.nav.setCurrentRow(0)
        dialog = PinDialog(self.app.sim, mode, self)
        dialog.finished.connect(lambda _result: self._pin_dialog_closed(dialog))
        self.pin_dialog = dialog
        dialog.open()

    def _pin_dialog_closed(self, dialog: QDialog) -> None:
        if self.pin_dialog is dialog:
            self.pin_dialog = None  # never keep a dialog Qt is about to delete
        dialog.deleteLater()

    def show_error(self, message: str) -> None:
        self.banner_text.setText(message)
        self.banner.show()
        self.statusBar().showMessage(message, 8000)

    def add_remote(self) -> RemoteEndpointDialog:
        from cmgui.views.remote_dialog import RemoteEndpointDialog

        dialog = RemoteEndpointDialog(self)

        def accepted() -> None:
            endpoint = dialog.endpoint()
            self.app.devices.add_remote(endpoint, dialog.token.text())
            if self.confirm_switch(endpoint.address):
                self.app.request_open(endpoint.address)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(PAGE_NAMES.index(name))

    # --- window ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        tray = self.tray
        if (not self.quitting and tray is not None and tray.available and self._app is not None
                and self._app.settings.get("ui.close_to_tray")):
            event.ignore()
            self.hide()
            if not self._app.settings.get("ui.tray_hint_shown"):
                tray.tell_still_running()
                self._app.settings.set("ui.tray_hint_shown", True)
            return
        super().closeEvent(event)

"""Messages: conversations by number, a chat view, a composer with a live segment count, and
the USSD dialog."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from cmgui.controllers.app import AppController
from cmgui.controllers.message_models import (
    DELIVERY_TEXT,
    Conversation,
    OldestFirstModel,
    SmsItem,
)
from cmgui.controllers.messages import segment_info
from cmgui.controllers.models import RecordRole
from cmgui.i18n import translate
from cmgui.views.ussd_dialog import UssdDialog
from cmgui.views.widgets import Card, EmptyState, PageHeader, page_layout

Index = QModelIndex | QPersistentModelIndex
PAD = 10
MARGIN = 8
#: Bubble heights remembered (texts), a few thousand rows' worth.
HEIGHT_CACHE = 20_000
#: How a bubble's text is laid out when font metrics suffice (see BubbleDelegate._text_box).
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
                 | Qt.TextFlag.TextWordWrap)


class BubbleDelegate(QStyledItemDelegate):
    """Draws a message as a chat bubble: received on the leading side, sent on the trailing."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        #: Name the other party in each bubble (search results mix conversations).
        self.show_address = False
        # Laying out a bubble's text is the costly part of a row: measure each text once per
        # view width, or a long conversation would be measured again on every page it grows.
        self._heights: dict[tuple[str, str], int] = {}
        self._cache_width = 0

    def _width(self) -> int:
        return max(160, self.view.viewport().width())

    def _doc(self, item: SmsItem, width: float, option: QStyleOptionViewItem) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setPlainText(item.text)
        doc.setTextWidth(width)
        return doc

    def _bubble_width(self, option: QStyleOptionViewItem) -> float:
        return max(120.0, self._width() * 0.7)

    def _text_box(self, item: SmsItem, width: float,
                  option: QStyleOptionViewItem) -> tuple[QRectF, QTextDocument | None]:
        """Where the text goes: measured by font metrics (cheap: a long conversation measures
        thousands of rows), or by a text document when a word is wider than the bubble and
        must be broken inside (a link, say)."""
        fm = option.fontMetrics
        box = fm.boundingRect(QRect(0, 0, int(width), 1 << 24), TEXT_FLAGS, item.text)
        if box.width() <= width:
            return QRectF(0, 0, box.width(), box.height()), None
        doc = self._doc(item, width, option)
        return QRectF(0, 0, min(width, doc.idealWidth()), doc.size().height()), doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        item = index.data(RecordRole)
        if not isinstance(item, SmsItem):
            return super().sizeHint(option, index)
        width = self._width()
        if width != self._cache_width or len(self._heights) > HEIGHT_CACHE:
            self._heights.clear()  # a relayout at a new width measures again
            self._cache_width = width
        key = (item.text, option.font.key())
        height = self._heights.get(key)
        if height is None:
            box, _ = self._text_box(item, self._bubble_width(option) - 2 * PAD, option)
            meta = option.fontMetrics.height()
            height = int(box.height() + meta + 2 * PAD + MARGIN)
            self._heights[key] = height
        return QSize(width - 2, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(RecordRole)
        if not isinstance(item, SmsItem):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = option.palette
        max_w = self._bubble_width(option)
        box, doc = self._text_box(item, max_w - 2 * PAD, option)
        text_w = box.width()
        meta = _meta_text(item, self.show_address)
        fm = option.fontMetrics
        w = max(text_w, fm.horizontalAdvance(meta)) + 2 * PAD
        h = box.height() + fm.height() + 2 * PAD
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        trailing = not item.incoming
        at_right = trailing != rtl
        x = option.rect.right() - w - MARGIN if at_right else option.rect.left() + MARGIN
        rect = QRectF(x, option.rect.top() + MARGIN / 2, w, h)
        if item.incoming:
            fill = QColor(pal.color(QPalette.ColorRole.AlternateBase))
            fg = pal.color(QPalette.ColorRole.Text)
        else:
            fill = QColor(pal.color(QPalette.ColorRole.Highlight))
            fg = pal.color(QPalette.ColorRole.HighlightedText)
        if option.state & QStyle.StateFlag.State_Selected:
            fill = fill.darker(115)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 12, 12)
        painter.setPen(fg)
        painter.translate(rect.left() + PAD, rect.top() + PAD)
        if doc is None:
            painter.drawText(QRectF(0, 0, w - 2 * PAD, box.height()), TEXT_FLAGS, item.text)
        else:
            ctx = doc.documentLayout().PaintContext()
            ctx.palette.setColor(QPalette.ColorRole.Text, fg)
            doc.documentLayout().draw(painter, ctx)
        painter.translate(0, box.height())
        dim = QColor(fg)
        dim.setAlphaF(0.7)
        painter.setPen(dim)
        painter.drawText(QRectF(0, 0, w - 2 * PAD, fm.height()),
                         int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter),
                         meta)
        painter.restore()


class ConversationDelegate(QStyledItemDelegate):
    """Two lines per conversation: number (bold) and date, then the last message, elided, with
    an unread count."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, option.fontMetrics.height() * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        conv = index.data(RecordRole)
        if not isinstance(conv, Conversation):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = option.palette
        rect = QRectF(option.rect).adjusted(2, 1, -2, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect, 8, 8)
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = QColor(fg)
        dim.setAlphaF(0.65)
        fm = option.fontMetrics
        line = fm.height()
        inner = rect.adjusted(10, 8, -10, -8)
        when = conv.last_time.astimezone().strftime("%d.%m.%y") if conv.last_time else ""
        align_lead = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        align_trail = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(fg)
        date_w = fm.horizontalAdvance(when) + 8
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width() - date_w, line),
                         int(align_lead), conv.address)
        painter.setFont(option.font)
        painter.setPen(dim)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), int(align_trail),
                         when)
        badge = str(conv.unread) if conv.unread else ""
        badge_w = fm.horizontalAdvance(badge) + 12 if badge else 0
        text = fm.elidedText(conv.last_text.replace("\n", " "), Qt.TextElideMode.ElideRight,
                             int(inner.width() - badge_w - 6))
        painter.drawText(QRectF(inner.left(), inner.top() + line + 2, inner.width(), line),
                         int(align_lead), text)
        if badge:
            rtl = option.direction == Qt.LayoutDirection.RightToLeft
            bx = inner.left() if rtl else inner.right() - badge_w
            pill = QRectF(bx, inner.top() + line + 2, badge_w, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e01b24") if not selected else fg)
            painter.drawRoundedRect(pill, line / 2, line / 2)
            painter.setPen(QColor("white") if not selected else pal.color(
                QPalette.ColorRole.Highlight))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), badge)
        painter.restore()


def _meta_text(item: SmsItem, with_address: bool = False) -> str:
    when = item.timestamp.astimezone().strftime("%d.%m.%y %H:%M") if item.timestamp else ""
    status = translate("Models", DELIVERY_TEXT.get(item.delivery, "")) if item.delivery else ""
    return " · ".join(x for x in (item.address if with_address else "", when, status) if x)


class ThreadView(QTreeView):
    """A conversation as on a phone: oldest on top, newest at the bottom against the composer,
    the bottom in view when it opens or a message comes, older messages read when scrolled to
    the top (the view keeps its place as they come in above)."""

    def __init__(self, model: OldestFirstModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thread_model = model
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setModel(model)
        # A tree view measures only the rows it shows when it scrolls by item; a list view (or
        # per-pixel scrolling) measures every loaded row whenever a page is added.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._from_bottom = 0
        self._fetching = False
        model.modelAboutToBeReset.connect(self._remember_place)
        model.modelReset.connect(self._restore_place)
        model.rowsInserted.connect(self._on_inserted)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def _remember_place(self) -> None:
        bar = self.verticalScrollBar()
        self._from_bottom = bar.maximum() - bar.value()

    def _restore_place(self) -> None:
        from_bottom = self._from_bottom

        def place() -> None:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum() - from_bottom)
            self._anchor_to_bottom()

        self.doItemsLayout()
        place()
        QTimer.singleShot(0, self, place)  # again once the view has laid out the new rows

    def show_newest(self) -> None:
        """The newest message in view (a conversation just opened)."""
        self._from_bottom = 0
        self.doItemsLayout()
        self.scrollToBottom()
        self._anchor_to_bottom()
        QTimer.singleShot(0, self, self.scrollToBottom)

    def _on_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if first == 0 and self.thread_model.last_prepended:
            bar = self.verticalScrollBar()
            self.doItemsLayout()
            bar.setValue(bar.value() + last - first + 1)  # older rows came in above

    def _on_scrolled(self, value: int) -> None:
        if value == self.verticalScrollBar().minimum() and not self._fetching \
                and self.thread_model.can_fetch_older():
            self._fetching = True
            QTimer.singleShot(0, self, self._fetch_older)

    def _fetch_older(self) -> None:
        try:
            self.thread_model.fetch_older()
        finally:
            self._fetching = False

    def _anchor_to_bottom(self) -> None:
        """With fewer messages than fit, they sit at the bottom, by the composer."""
        rows = self.model().rowCount()
        top = 0
        if rows <= 40:
            used = sum(self.sizeHintForRow(r) for r in range(rows))
            top = max(0, self.height() - 2 * self.frameWidth() - used)
        if self.viewportMargins().top() != top:  # setting it resizes the viewport again
            self.setViewportMargins(0, top, 0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._anchor_to_bottom()


class MessagesPage(QWidget):
    def __init__(self, app: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ctrl = app.messages
        lay = page_layout(self)
        lay.addWidget(PageHeader(self.tr("Messages"),
                                 self.tr("Every message read from or sent with your devices, "
                                         "and USSD services.")))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        lay.addWidget(split, 1)

        # Left: search, conversations, actions.
        left = Card()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search messages"))
        self.search.setAccessibleName(self.tr("Search messages"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.ctrl.set_search)
        left.body.addWidget(self.search)
        self.conversations = QListView()
        self.conversations.setObjectName("conversations")
        self.conversations.setModel(self.ctrl.conversations)
        self.conversations.setItemDelegate(ConversationDelegate(self.conversations))
        self.conversations.setAccessibleName(self.tr("Conversations"))
        self.conversations.selectionModel().currentRowChanged.connect(self._on_conversation)
        left.body.addWidget(self.conversations, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New message"))
        self.new_button.clicked.connect(self.new_message)
        self.ussd_button = QPushButton(self.tr("&USSD…"))
        self.ussd_button.setAccessibleName(self.tr("Open the USSD dialog"))
        self.ussd_button.clicked.connect(self.open_ussd)
        row.addWidget(self.new_button)
        row.addWidget(self.ussd_button)
        left.body.addLayout(row)
        split.addWidget(left)

        # Right: the conversation and the composer.
        right = Card()
        self.thread_title = QLabel()
        self.thread_title.setObjectName("cardTitle")
        right.body.addWidget(self.thread_title)
        self.thread_view = ThreadView(self.ctrl.oldest_first)
        self.bubbles = BubbleDelegate(self.thread_view)
        self.thread_view.setItemDelegate(self.bubbles)
        self.thread_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.thread_view.setAccessibleName(self.tr("Messages of the conversation"))
        self.thread_view.setObjectName("thread")
        self.empty = EmptyState(self.tr("Choose a conversation or write a new message."))
        right.body.addWidget(self.thread_view, 1)
        right.body.addWidget(self.empty, 1)
        to_row = QHBoxLayout()
        to_label = QLabel(self.tr("&To:"))
        self.to = QLineEdit()
        self.to.setPlaceholderText(self.tr("Phone number"))
        self.to.setAccessibleName(self.tr("Recipient"))
        to_label.setBuddy(self.to)
        to_row.addWidget(to_label)
        to_row.addWidget(self.to, 1)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected messages"))
        self.delete_button.clicked.connect(self.delete_selected)
        to_row.addWidget(self.delete_button)
        right.body.addLayout(to_row)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Write a message"))
        self.text.setAccessibleName(self.tr("Message text"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(96)
        self.text.textChanged.connect(self._update_counter)
        right.body.addWidget(self.text)
        send_row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("dimLabel")
        self.counter.setAccessibleName(self.tr("Message length"))
        send_row.addWidget(self.counter, 1)
        self.send_button = QPushButton(self.tr("S&end"))
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        send_row.addWidget(self.send_button)
        right.body.addLayout(send_row)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([320, 480])
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.send)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.thread_view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self).activated.connect(
            self.search.setFocus)
        self.ctrl.conversationSelected.connect(self._show_thread)
        self.ctrl.messageArrived.connect(self._on_arrived)
        self.ctrl.deviceChanged.connect(self._update_enabled)
        self.to.textChanged.connect(self._update_enabled)
        self.thread_view.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_enabled())
        self.ussd_dialog: UssdDialog | None = None
        self._show_thread("")
        self._update_counter()

    def _on_conversation(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            conv = current.data(RecordRole)
            self.ctrl.select_conversation(conv.address)
            self.ctrl.mark_read(conv.address)

    def _on_arrived(self, sender: str, _text: str) -> None:
        """A message into the conversation the user is reading is read."""
        if sender == self.ctrl.selected and self.isVisible() and self.window().isActiveWindow():
            self.ctrl.mark_read(sender)

    def _show_thread(self, address: str) -> None:
        searching = not address and bool(self.ctrl.query)
        if searching:
            self.thread_title.setText(self.tr("Messages matching “%1”").replace(
                "%1", self.ctrl.query))
        else:
            self.thread_title.setText(address or self.tr("New message"))
        self.bubbles.show_address = searching
        self.thread_view.setVisible(bool(address) or searching)
        self.empty.setVisible(not address and not searching)
        if address:
            self.to.setText(address)
        self.thread_view.show_newest()
        self._update_enabled()


    def _update_counter(self) -> None:
        text = self.text.toPlainText()
        info = segment_info(text)
        self.counter.setText(
            self.tr("%n character(s)", "", info.characters) + " · "
            + self.tr("%n message(s)", "", info.segments) + " · " + info.encoding + " · "
            + self.tr("%n left", "", info.left_in_segment))
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_device = self.ctrl.device is not None
        self.send_button.setEnabled(has_device and bool(self.to.text().strip())
                                    and bool(self.text.toPlainText()))
        selected = self.thread_view.selectionModel().hasSelection()
        self.delete_button.setEnabled(has_device and selected)
        self.ussd_button.setEnabled(has_device)
        self.new_button.setEnabled(has_device)

    def new_message(self) -> None:
        self.conversations.clearSelection()
        self.ctrl.select_conversation("")
        self.to.clear()
        self.to.setFocus()

    def send(self) -> None:
        if not self.send_button.isEnabled():
            return
        address, text = self.to.text().strip(), self.text.toPlainText()
        delivery = bool(self.app.settings.get("sms.request_delivery_reports"))
        self.ctrl.send(address, text, delivery_report=delivery)
        self.text.clear()
        self.ctrl.select_conversation(address)

    def confirm_delete(self, count: int) -> bool:
        """Ask before deleting: messages leave the archive and the device for good."""
        answer = QMessageBox.question(
            self, self.tr("Delete messages"),
            self.tr("Delete %n message(s) from the archive and from the device?", "", count))
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        keys = [i.data(RecordRole).key for i in self.thread_view.selectionModel().selectedRows()]
        if keys and self.confirm_delete(len(keys)):
            self.ctrl.delete(keys)

    def open_ussd(self) -> UssdDialog:
        if self.ussd_dialog is None:
            self.ussd_dialog = UssdDialog(self.app.ussd, self)
        self.ussd_dialog.show()
        self.ussd_dialog.raise_()
        self.ussd_dialog.input.setFocus()
        return self.ussd_dialog

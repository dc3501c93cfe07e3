"""The main window: navigation on the left, one view at a time on the right, status bar below.

Views come from `navigation.VIEWS` and are built the first time they are opened. After an action
anything that changed is announced on `changed` (a topic such as "residents"); each view refreshes
only what it shows. Geometry and the last open view are kept per PC in `QSettings`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from kelurahan_desk import __version__
from kelurahan_desk.core.services.office import OfficeProfile
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.backup_actions import BackupActions
from kelurahan_desk.ui.elided_label import ElidedLabel
from kelurahan_desk.ui.idle_lock import IdleLock
from kelurahan_desk.ui.message_boxes import ask
from kelurahan_desk.ui.navigation import ViewEntry, visible_views
from kelurahan_desk.ui.padded_item_delegate import PaddedItemDelegate
from kelurahan_desk.ui.role_names import role_title
from kelurahan_desk.ui.view_context import OFFICE, SETTINGS, ViewContext

if TYPE_CHECKING:
    from kelurahan_desk.ui.sync.sync_indicator import SyncIndicator

GEOMETRY_KEY = "main_window/geometry"
VIEW_KEY = "main_window/view"
SYNC_START_MS = 1500
"""The sync line and the session's background agent start this long after the window is shown; until then
the line says only that sync is not set up, as it did before the agent's first status."""
NAVIGATION_POINTS = 11
NAVIGATION_PADDING = 8
"""The navigation list's text size and the room around each entry, in pixels."""


def window_title(profile: OfficeProfile | None) -> str:
    title = "Kelurahan Desk"
    if profile is not None:
        title += f" — Kelurahan {profile.village_name}"
        if profile.is_demo:
            title += " [DEMO]"
    return title


class MainWindow(QMainWindow):
    logged_out = Signal()

    def __init__(
        self, context: ViewContext, *, idle_lock: IdleLock | None = None, views: list[ViewEntry] | None = None
    ) -> None:
        super().__init__()
        self.context = context
        self.changed = context.notices.changed
        self.idle_lock = idle_lock
        self.did_log_out = False
        self.did_restore = False
        self._entries = visible_views(context.actor, views)
        self._views: dict[str, QWidget] = {}

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(220)
        self.navigation.setWordWrap(True)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setIconSize(self.navigation.iconSize() * 1.2)
        font = self.navigation.font()
        font.setPointSize(NAVIGATION_POINTS)
        self.navigation.setFont(font)
        self.navigation.setItemDelegate(PaddedItemDelegate(NAVIGATION_PADDING, self.navigation))
        self.stack = QStackedWidget()
        for number, entry in enumerate(self._entries, start=1):
            item = QListWidgetItem(self._icon(entry.icon), entry.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            if number <= 9:
                item.setToolTip(f"Ctrl+{number}")
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self._build_menus()
        self._build_status_bar()
        self.refresh_title()
        self.changed.connect(self._on_changed)
        if idle_lock is not None:
            idle_lock.attach(self)
            idle_lock.logout_requested.connect(self.logout)

        self.resize(1200, 760)
        geometry = context.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        keys = [entry.key for entry in self._entries]
        last = str(context.settings.value(VIEW_KEY, "") or "")
        if keys:
            self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)

    # --- views ------------------------------------------------------------------------------------

    def open_view(self, key: str) -> QWidget:
        keys = [entry.key for entry in self._entries]
        self.navigation.setCurrentRow(keys.index(key))
        return self._views[key]

    def view(self, key: str) -> QWidget | None:
        return self._views.get(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        entry = self._entries[row]
        widget = self._views.get(entry.key)
        if widget is None:
            widget = entry.factory(self.context)
            self._views[entry.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.context.settings.setValue(VIEW_KEY, entry.key)
        focus = getattr(widget, "focus_first", None)
        if callable(focus):
            focus()

    def _icon(self, name: str) -> QIcon:
        pixmap = getattr(QStyle.StandardPixmap, name, QStyle.StandardPixmap.SP_FileIcon)
        return self.style().standardIcon(pixmap)

    # --- menus and status bar ---------------------------------------------------------------------

    def _build_menus(self) -> None:
        # The menu titles have no Alt+letter: the pages' buttons and labels use nearly every letter, and a
        # letter claimed twice only moves between its owners. F10 opens the menu bar instead.
        actor = self.context.actor
        file_menu = self.menuBar().addMenu(self.tr("Berkas"))
        self.backup = BackupActions(self, self.context, self.restart_after_restore)
        file_menu.addAction(self.backup.backup_action)
        file_menu.addAction(self.backup.restore_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Kunci layar"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_screen)
        self.lock_action.setEnabled(self.idle_lock is not None)
        file_menu.addAction(self.lock_action)
        self.logout_action = QAction(self.tr("Keluar &akun"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.logout_action.triggered.connect(self.logout)
        file_menu.addAction(self.logout_action)
        quit_action = QAction(self.tr("&Tutup aplikasi"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("Tampilan"))
        for number, entry in enumerate(self._entries[:9], start=1):
            action = QAction(entry.translated_title().replace("&", "&&"), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=entry.key: self.open_view(key))
            view_menu.addAction(action)

        settings_menu = self.menuBar().addMenu(self.tr("Pengaturan"))
        self.settings_action = QAction(self.tr("&Pengaturan…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        settings_menu.addAction(self.settings_action)

        help_menu = self.menuBar().addMenu(self.tr("Bantuan"))
        about = QAction(self.tr("&Tentang Kelurahan Desk"), self)
        about.triggered.connect(self.show_about)
        keys = QAction(self.tr("&Pintasan papan ketik"), self)
        keys.setShortcut(QKeySequence(Qt.Key.Key_F1))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        help_menu.addAction(about)
        open_menus = QShortcut(QKeySequence(Qt.Key.Key_F10), self)
        open_menus.activated.connect(lambda: self.menuBar().setActiveAction(file_menu.menuAction()))
        self.settings_action.setToolTip(
            "" if actor.can(Permission.MANAGE_OFFICE) else self.tr("Data kantor hanya dapat diubah administrator.")
        )

    def _build_status_bar(self) -> None:
        actor = self.context.actor
        self.user_label = ElidedLabel(
            self.tr("Pengguna: {name} ({role})").format(name=actor.full_name, role=role_title(actor.role))
        )
        self.office_label = ElidedLabel()
        self.sync_label = ElidedLabel(self.tr("Sinkronisasi: belum diatur"))
        for label in (self.user_label, self.office_label, self.sync_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self.sync_indicator: SyncIndicator | None = None
        self._sync_pending = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.sync_indicator is None and not self._sync_pending:
            self._sync_pending = True
            QTimer.singleShot(SYNC_START_MS, self, self._attach_sync_indicator)

    def _attach_sync_indicator(self) -> None:
        """The sync line and the session's agent (`attach_sync_indicator`), `SYNC_START_MS` after the window
        was shown: sync's modules load then, not while the window opens."""
        from kelurahan_desk.ui.sync.sync_indicator import attach_sync_indicator

        self._sync_pending = False
        if self.isVisible() and self.sync_indicator is None:
            self.sync_indicator = attach_sync_indicator(self, self.sync_label, self.context, delay_ms=0)

    def refresh_title(self) -> None:
        profile = self.context.services.office.profile()
        self.setWindowTitle(window_title(profile))
        if profile is not None:
            self.office_label.setText(
                self.tr("Kantor: Kelurahan {name} ({code})").format(name=profile.village_name, code=profile.code)
            )

    def _on_changed(self, topic: str) -> None:
        if topic == OFFICE:
            self.refresh_title()
        if topic == SETTINGS and self.idle_lock is not None:
            self.idle_lock.set_minutes(int(self.context.services.office.setting("idle_lock_minutes")))

    # --- actions ----------------------------------------------------------------------------------

    def open_settings(self) -> None:
        from kelurahan_desk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.context, self).exec()

    def show_shortcuts(self) -> None:
        from kelurahan_desk.ui.shortcut_help import ShortcutHelpDialog

        ShortcutHelpDialog(self, self.stack.currentWidget()).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        folder = self.context.services.folder
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Tentang Kelurahan Desk"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"<b>Kelurahan Desk {__version__}</b>")
        box.setInformativeText(
            self.tr("Sistem layanan kantor kelurahan.\n\nFolder data: {data}\nCatatan kesalahan: {logs}").format(
                data=folder.root, logs=folder.logs
            )
        )
        box.exec()

    def lock_screen(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.lock_now()

    def restart_after_restore(self) -> None:
        """The store was replaced: close, so that the application opens it again and asks for sign-in."""
        self.did_restore = True
        self.logout()

    def logout(self) -> None:
        self.did_log_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context.runner.writes_running() and not ask(
            self,
            self.tr("Pekerjaan masih berjalan"),
            self.tr("Data masih sedang disimpan (impor, cadangan atau pemulihan). Tutup juga?"),
        ):
            self.did_log_out = self.did_restore = False
            event.ignore()
            return
        self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.idle_lock is not None:
            self.idle_lock.detach()
        event.accept()
        if self.did_log_out:
            self.logged_out.emit()

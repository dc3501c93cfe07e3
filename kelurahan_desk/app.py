"""Composition root of the window: language, data folder, services, first-run setup, sign-in, main window.

`run()` is the application; `self_test()` proves a build works (offscreen, also frozen): it opens and
migrates a store, shows the main window with the residents view filled, and exits 0.

Start-up is kept short: the store's check starts on its own thread before anything heavy is imported
(SQLite reads the file beside the imports), modules are imported where they are first needed, and the
window opens on plain reads through the sqlite3 driver (`Store.read_plain`): SQLAlchemy and the ORM load
while the sign-in dialog waits, or a moment after the window is shown.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kelurahan_desk.core.data_folder import DataFolder, default_root, resolve_data_folder
from kelurahan_desk.core.store.health import StoreCheck

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kelurahan_desk.composition import Services
    from kelurahan_desk.core.services.permissions import Actor
    from kelurahan_desk.ui.main_window import MainWindow
    from kelurahan_desk.ui.store_check_watch import StoreCheckWatch
    from kelurahan_desk.ui.task_runner import TaskRunner

SignIn = Callable[["Services"], "Actor | None"]
"""Who works in the window: the sign-in dialog by default; the start-up benchmark names a known account."""

ORGANIZATION = "KelurahanDesk"
FINISH_AFTER_WINDOW_MS = 1000
APPLICATION = "Kelurahan Desk"


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    return app  # type: ignore[return-value]


def _settings(file: Path | None = None) -> QSettings:
    """This PC's settings for the window, or those in an INI `file`."""
    from PySide6.QtCore import QSettings

    if file is not None:
        return QSettings(str(file), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, "KelurahanDesk")


def build_main_window(
    services: Services, actor: Actor, runner: TaskRunner, settings: QSettings, *, idle_lock: bool = True
) -> MainWindow:
    from kelurahan_desk.ui.idle_lock import IdleLock
    from kelurahan_desk.ui.main_window import MainWindow
    from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext

    context = ViewContext(services, actor, runner, ChangeNotices(), settings)
    lock = IdleLock(services.accounts, actor, int(services.office.setting("idle_lock_minutes"))) if idle_lock else None
    return MainWindow(context, idle_lock=lock)


def _open(folder: DataFolder, check: StoreCheck | None = None) -> Services | None:
    """The office's services, or None after telling the clerk why the store cannot be opened. A store that
    fails its start-up check is replaced by the newest good backup when the clerk agrees."""
    from kelurahan_desk.composition import open_services
    from kelurahan_desk.core.errors import StoreError
    from kelurahan_desk.ui.error_messages import message_for
    from kelurahan_desk.ui.message_boxes import ask, inform

    try:
        return open_services(folder, check=check)
    except StoreError as exc:
        text = message_for(exc)
        if exc.code != "store_corrupt":
            inform(None, APPLICATION, text, warning=True)
            return None
        from PySide6.QtCore import QCoreApplication

        if not exc.detail:
            text += "\n\n" + QCoreApplication.translate(
                "App", "Tidak ada cadangan yang baik di folder cadangan otomatis."
            )
            inform(None, APPLICATION, text, warning=True)
            return None
        backup = Path(exc.detail)
        text += "\n\n" + QCoreApplication.translate(
            "App",
            "Cadangan baik terbaru: {name}\nPulihkan data kantor dari cadangan itu sekarang? Data yang rusak "
            "disimpan terpisah lebih dulu; perubahan sesudah cadangan itu dibuat tidak ikut kembali.",
        ).format(name=backup.name)
        restore = QCoreApplication.translate("App", "Pulihkan")
        if not ask(None, APPLICATION, text, yes=restore, no=QCoreApplication.translate("App", "Tutup")):
            return None
        if not _restore_backup(folder, backup, damaged=True):
            return None
        return _open(folder)


def _restore_backup(folder: DataFolder, backup: Path, *, damaged: bool) -> bool:
    """Restores the closed store of `folder` from `backup` and says how it went; `damaged` when the store it
    replaces failed its check (and is kept aside)."""
    from PySide6.QtCore import QCoreApplication

    from kelurahan_desk.core.clock import Clock
    from kelurahan_desk.core.errors import DeskError
    from kelurahan_desk.core.services.permissions import SYSTEM
    from kelurahan_desk.core.services.restore import restore_store
    from kelurahan_desk.core.store.instance_lock import InstanceLock
    from kelurahan_desk.ui.backup_texts import restore_notes
    from kelurahan_desk.ui.error_messages import message_for
    from kelurahan_desk.ui.message_boxes import inform

    try:
        with InstanceLock(folder.root):
            info = restore_store(SYSTEM, folder, backup, Clock())
    except DeskError as exc:
        inform(None, APPLICATION, message_for(exc), warning=True)
        return False
    text = QCoreApplication.translate("App", "Data kantor dipulihkan dari {name}.").format(name=backup.name)
    if info.kept_aside is not None:
        kept = (
            QCoreApplication.translate("App", "Data yang rusak disimpan di:\n{path}")
            if damaged
            else QCoreApplication.translate("App", "Data sebelumnya disimpan di:\n{path}")
        )
        text += "\n" + kept.format(path=info.kept_aside)
    for note in restore_notes(info):
        text += "\n\n" + note
    if not damaged:
        text += "\n\n" + QCoreApplication.translate("App", "Masuklah dengan akun dan kata sandi dari kantor itu.")
    inform(None, APPLICATION, text)
    return True


def _finish_start_soon(services: Services) -> None:
    """Once the window has been up a moment: SQLAlchemy and the ORM that the clerk's first action needs (the
    window opens without them), then the garbage collector."""
    from PySide6.QtCore import QTimer

    def finish() -> None:
        load_orm_in_steps(services)
        gc.enable()

    QTimer.singleShot(FINISH_AFTER_WINDOW_MS, finish)


def load_orm_in_steps(services: Services) -> None:
    """`Store.orm_load_steps`, one event-loop turn apart: about half a second in all (SQLAlchemy, the engine,
    the models, the mappers), which the window would otherwise stand still for at once. A step that fails is
    logged and the rest dropped: the first action that needs the ORM loads it again and reports the error."""
    from PySide6.QtCore import QTimer

    steps = services.store.orm_load_steps()

    def next_step() -> None:
        if not steps or services.store.closed:
            return
        try:
            steps.pop(0)()
        except Exception:
            logging.getLogger(__name__).exception("loading the ORM ahead of its first use failed")
            return
        QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)


def _sign_in_dialog(services: Services, settings: QSettings) -> Actor | None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from kelurahan_desk.ui.login_dialog import LoginDialog

    profile = services.office.profile()
    title = f"Kelurahan {profile.village_name}" if profile else ""
    login = LoginDialog(services.accounts, settings, title)
    gc.enable()
    # the password check needs the ORM: it loads while the clerk reads the dialog and types
    QTimer.singleShot(0, lambda: load_orm_in_steps(services))
    return login.actor if login.exec() == QDialog.DialogCode.Accepted else None


def run(
    data_dir: str | None,
    *,
    demo: bool = False,
    sign_in: SignIn | None = None,
    on_window: Callable[[MainWindow], None] | None = None,
    settings_file: Path | None = None,
) -> int:
    """`sign_in` replaces the sign-in dialog for the first session; `on_window` sees each main window once
    it is shown; `settings_file` keeps the window's settings in that INI file instead of this PC's."""
    # Start-up allocates a great deal and frees almost nothing, so the garbage collector's passes over a
    # growing heap are pure cost: it is off until the first window is up (a dialog, or the main window
    # plus FINISH_AFTER_WINDOW_MS).
    gc.disable()
    try:
        return _run(data_dir, demo, sign_in, on_window, settings_file)
    finally:
        gc.enable()


def _watch(check: StoreCheck, app: QApplication) -> StoreCheckWatch:
    from kelurahan_desk.ui.store_check_watch import StoreCheckWatch

    return StoreCheckWatch(check.done, lambda: check.report().ok, app)


def start_store_check(folder: DataFolder) -> StoreCheck:
    """The store's `quick_check`, started on its own thread before anything else is done."""
    return StoreCheck(folder.database, folder.backups)


def _run(
    data_dir: str | None,
    demo: bool,
    sign_in: SignIn | None,
    on_window: Callable[[MainWindow], None] | None,
    settings_file: Path | None,
) -> int:
    folder = resolve_data_folder(data_dir, demo=demo)
    check: StoreCheck | None = start_store_check(folder)
    # The store and services before Qt: once PySide6 is loaded it reads the source of every module
    # imported after it (looking for `__feature__` imports), which costs more than the import itself.
    import kelurahan_desk.composition  # noqa: F401
    from kelurahan_desk.ui.error_dialog import ExceptHook, configure_error_log, show_error
    from kelurahan_desk.ui.task_runner import TaskRunner
    from kelurahan_desk.ui.translations import install_translator, saved_language

    app = _application()
    settings = _settings(settings_file)
    translator = install_translator(app, saved_language(settings), default_root() / "i18n")  # noqa: F841 (kept alive)
    configure_error_log(folder.logs)
    hook = ExceptHook()
    hook.install()
    runner = TaskRunner(error_handler=lambda exc: show_error(app.activeWindow(), exc))
    actor: Actor | None = None
    restore_from: Path | None = None
    try:
        while True:
            if restore_from is not None:  # chosen in the setup wizard of a replacement PC, restored once closed
                _restore_backup(folder, restore_from, damaged=False)
                restore_from = None
            services = _open(folder, check)
            # a large store opens before its check has finished: damage found later closes the window, and
            # the store is opened (and checked) again below, where the newest good backup is offered
            watch = _watch(check, app) if check is not None and services is not None else None
            check = None  # after a restore, or damage found late, the store is checked again
            if services is None:
                return 1
            try:
                if not services.office.is_set_up():
                    from PySide6.QtWidgets import QDialog

                    from kelurahan_desk.ui.setup_wizard import RESTORE, SetupWizard

                    wizard = SetupWizard(services, runner, settings)
                    gc.enable()
                    result = wizard.exec()
                    if result == RESTORE:
                        restore_from = wizard.restore_from
                        continue
                    if result != QDialog.DialogCode.Accepted:
                        return 0
                    actor = wizard.actor
                while True:
                    if actor is None:
                        actor = sign_in(services) if sign_in is not None else _sign_in_dialog(services, settings)
                        sign_in = None
                    if watch is not None and watch.damaged:
                        actor = None  # whoever signs in does so on the store as it is restored
                        break
                    if actor is None:
                        return 0
                    window = build_main_window(services, actor, runner, settings)
                    window.show()
                    _finish_start_soon(services)
                    window.backup.start_auto_backup()
                    if on_window is not None:
                        on_window(window)
                    app.exec()
                    runner.wait_all()
                    app.processEvents()  # deliver what finished while the window still exists
                    actor = None
                    if window.did_restore or (watch is not None and watch.damaged):
                        break
                    if not window.did_log_out:
                        return 0
            finally:
                if watch is not None:
                    watch.stop()
                runner.wait_all()
                services.close()
    finally:
        hook.uninstall()


def _seed_self_test(services: Services) -> Actor:
    """A throwaway office with a few residents, in a temporary folder."""
    from datetime import date

    from kelurahan_desk.core.services.accounts import NewAccount
    from kelurahan_desk.core.services.office import OfficeProfile
    from kelurahan_desk.core.services.permissions import Role
    from kelurahan_desk.core.services.residents import ResidentInput

    actor = services.office.complete_setup(
        NewAccount("uji", "Uji Diri", Role.ADMINISTRATOR, "uji-diri-1234"),
        OfficeProfile("32.73.01.1001", "Jawa Barat", "KOTA", "Bandung", "Sukasari", "Sukarasa", is_demo=True),
    )
    for nik, name, born in (
        ("3273014501900001", "Siti Aminah", date(1990, 1, 5)),
        ("3273010203850002", "Budi Santoso", date(1985, 3, 2)),
        ("3273015512000003", "Dewi Lestari", date(2000, 12, 15)),
    ):
        services.residents.create(actor, ResidentInput(nik=nik, name=name, birth_date=born, kk="3273010101200001"))
    return actor


def self_test(data_dir: str | None) -> int:
    """Offscreen: open (and migrate) a store, show the main window with residents, close. 0 when all worked.

    With `--data-dir` of an office already set up, that store is opened read-only-in-spirit (a read-only
    account's view); otherwise a throwaway office is made in a temporary folder, and a folder with no store
    is left without one.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kelurahan_desk.composition import open_services
    from kelurahan_desk.core.services.permissions import Actor, Role
    from kelurahan_desk.ui.task_runner import TaskRunner

    app = _application()
    with tempfile.TemporaryDirectory() as tmp:
        given = resolve_data_folder(data_dir) if data_dir else None
        folder = given if given is not None and given.database.exists() else DataFolder(Path(tmp) / "self-test")
        services = open_services(folder)
        try:
            if services.office.is_set_up():
                actor = Actor("", "self-test", "Uji diri", Role.READ_ONLY)
            else:
                services.close()
                services = open_services(DataFolder(Path(tmp) / "self-test-office"))
                actor = _seed_self_test(services)
            from PySide6.QtCore import QSettings

            runner = TaskRunner()
            settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)  # leaves this PC's alone
            window = build_main_window(services, actor, runner, settings, idle_lock=False)
            window.show()
            view = window.open_view("residents")
            deadline = time.monotonic() + 20
            while runner.active_count() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            app.processEvents()
            rows = view.model.rowCount()  # type: ignore[attr-defined]
            expected = min(services.residents.count(actor, "", status="hidup"), 100)
            shown = window.isVisible()
            window.close()
            runner.wait_all()
            services.store.load_orm()  # what the window loads beside it once it is up: every model and mapper
        finally:
            services.close()
    ok = shown and rows == expected
    print(
        f"uji diri: {'berhasil' if ok else 'GAGAL'} "
        f"(jendela tampil: {'ya' if shown else 'tidak'}, penduduk dalam daftar: {rows} dari {expected})"
    )
    return 0 if ok else 1

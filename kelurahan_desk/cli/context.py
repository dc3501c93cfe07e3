"""What every command gets: the resolved data folder and a way to open the office's services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from kelurahan_desk.cli.error_text import error_text
from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.data_folder import DataFolder, resolve_data_folder
from kelurahan_desk.core.errors import AuthError
from kelurahan_desk.core.services.permissions import SYSTEM, Actor


class CommandFailed(Exception):
    """Ends a command with a message on stderr and a non-zero exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def data_folder(args: argparse.Namespace) -> DataFolder:
    return resolve_data_folder(args.data_dir, demo=getattr(args, "demo_folder", False))


@contextmanager
def services(args: argparse.Namespace, *, office_required: bool = False) -> Iterator[Services]:
    """`office_required`: refuse a folder that holds no office yet instead of making an empty store there and
    working on it (a mistyped --data-dir would otherwise import residents into an office nobody set up)."""
    folder = data_folder(args)
    if office_required and not folder.database.exists():
        raise CommandFailed(no_office_message(folder))
    opened = open_services(folder)
    try:
        if office_required and not opened.office.is_set_up():
            raise CommandFailed(no_office_message(folder))
        yield opened
    finally:
        opened.close()


def no_office_message(folder: DataFolder) -> str:
    return (
        f"Belum ada kantor di folder data {folder.root} (pengaturan awal belum dilakukan). "
        "Periksa --data-dir, atau buka kelurahan-desk tanpa perintah untuk pengaturan awal."
    )


def command_actor(args: argparse.Namespace, opened: Services) -> Actor:
    """Commands run as the account named by --user (password from --password or asked), else as `system`."""
    user = getattr(args, "user", None)
    if not user:
        return SYSTEM
    password = getattr(args, "password", None)
    if password is None:
        import getpass

        try:
            password = getpass.getpass(f"Kata sandi {user}: ")
        except EOFError as exc:
            raise CommandFailed(
                f"Kata sandi {user} tidak dapat ditanyakan: jalankan perintah ini di jendela terminal."
            ) from exc
    try:
        return opened.accounts.login(user, password)
    except AuthError as exc:
        raise CommandFailed(f"Gagal masuk sebagai {user}: {error_text(exc)}") from exc


def out(text: str) -> None:
    sys.stdout.write(text + "\n")

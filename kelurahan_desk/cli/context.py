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
def services(args: argparse.Namespace) -> Iterator[Services]:
    opened = open_services(data_folder(args))
    try:
        yield opened
    finally:
        opened.close()


def command_actor(args: argparse.Namespace, opened: Services) -> Actor:
    """Commands run as the account named by --user (password from --password or asked), else as `system`."""
    user = getattr(args, "user", None)
    if not user:
        return SYSTEM
    password = getattr(args, "password", None)
    if password is None:
        import getpass

        password = getpass.getpass(f"Kata sandi {user}: ")
    try:
        return opened.accounts.login(user, password)
    except AuthError as exc:
        raise CommandFailed(f"Gagal masuk sebagai {user}: {error_text(exc)}") from exc


def out(text: str) -> None:
    sys.stdout.write(text + "\n")

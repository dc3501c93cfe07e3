"""Commands that start the window: the GUI itself and the offscreen `self-test`."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    self_test = sub.add_parser("self-test", help="uji diri: buka data, migrasi, tampilkan jendela, keluar")
    self_test.set_defaults(func=run_self_test)


def run_gui(args: argparse.Namespace) -> int:
    from kelurahan_desk.app import run

    return run(args.data_dir)


def run_self_test(args: argparse.Namespace) -> int:
    from kelurahan_desk.app import self_test

    return self_test(args.data_dir)

"""`kelurahan-desk holidays YEAR`: the non-working days the deadline clock uses, and where each came from."""

from __future__ import annotations

import argparse
from datetime import date

from kelurahan_desk.cli.context import CommandFailed, out, services
from kelurahan_desk.core.domain.indonesian_format import format_date_long
from kelurahan_desk.core.domain.working_days import HolidaySource

SOURCE_NAMES = {
    HolidaySource.PUBLIC: "libur nasional",
    HolidaySource.CUTI_BERSAMA: "cuti bersama",
    HolidaySource.OFFICE_OVERRIDE: "ketetapan kantor",
}


def register(sub: argparse._SubParsersAction) -> None:
    holidays = sub.add_parser("holidays", help="daftar hari libur dan cuti bersama yang dipakai penghitung tenggat")
    holidays.add_argument("year", metavar="TAHUN", type=int)
    holidays.set_defaults(func=run_holidays)


def run_holidays(args: argparse.Namespace) -> int:
    if not 1990 <= args.year <= 2100:
        raise CommandFailed(f"Tahun di luar jangkauan: {args.year}")
    with services(args) as opened:
        calendar = opened.calendar
        days = calendar.non_working_days(args.year)
        working = calendar.working_days_between(date(args.year - 1, 12, 31), date(args.year, 12, 31))
    out(f"Hari libur dan cuti bersama {args.year} (Senin–Jumat selain ini adalah hari kerja):")
    for day in days:
        out(f"  {day.day.isoformat()}  {format_date_long(day.day):<30} {day.name}  [{SOURCE_NAMES[day.source]}]")
    out(f"Jumlah hari kerja {args.year}: {working}.")
    return 0

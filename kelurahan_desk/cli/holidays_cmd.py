"""`kelurahan-desk holidays YEAR`: the non-working days the deadline clock uses, and where each came from.

Days the office added are marked as its own decision; national holidays the office gave back as working
days are listed after them, so the whole override table of the year is visible.
"""

from __future__ import annotations

import argparse
from datetime import date

from kelurahan_desk.cli.context import CommandFailed, out, services
from kelurahan_desk.core.domain.indonesian_format import format_date_long
from kelurahan_desk.core.domain.working_days import HolidaySource
from kelurahan_desk.core.services.holiday_overrides import FIRST_YEAR, LAST_YEAR, OverrideKind
from kelurahan_desk.core.services.permissions import SYSTEM

SOURCE_NAMES = {
    HolidaySource.PUBLIC: "libur nasional",
    HolidaySource.CUTI_BERSAMA: "cuti bersama",
    HolidaySource.OFFICE_OVERRIDE: "ketetapan kantor",
}


def register(sub: argparse._SubParsersAction) -> None:
    holidays = sub.add_parser("holidays", help="daftar hari libur dan cuti bersama yang dipakai penghitung tenggat")
    holidays.add_argument("year", metavar="TAHUN", type=int)
    holidays.set_defaults(func=run_holidays)


def _line(day: date, name: str, source: str) -> str:
    return f"  {day.isoformat()}  {format_date_long(day):<30} {name}  [{source}]"


def run_holidays(args: argparse.Namespace) -> int:
    if not FIRST_YEAR <= args.year <= LAST_YEAR:
        raise CommandFailed(f"Tahun di luar jangkauan: {args.year}")
    with services(args, office_required=True) as opened:
        calendar = opened.calendar
        days = calendar.non_working_days(args.year)
        working = calendar.working_days_between(date(args.year - 1, 12, 31), date(args.year, 12, 31))
        given_back = [
            o for o in opened.holiday_overrides.list(SYSTEM, args.year) if o.kind == OverrideKind.REMOVED
        ]
    out(f"Hari libur dan cuti bersama {args.year} (Senin–Jumat selain ini adalah hari kerja):")
    for day in days:
        out(_line(day.day, day.name, SOURCE_NAMES[day.source]))
    if given_back:
        out("Hari libur nasional yang ditetapkan kantor sebagai hari kerja:")
        for override in given_back:
            reason = f" — {override.name}" if override.name else ""
            out(_line(override.day, f"{override.national_name}{reason}", "ketetapan kantor: hari kerja"))
    out(f"Jumlah hari kerja {args.year}: {working}.")
    return 0

"""Dates and times as printed on official documents, always in Indonesian: "28 November 2026",
"Sabtu, 28 November 2026", "pukul 09.00 WIB"."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_time


def long_date(day: date) -> str:
    return format_date(day, "d MMMM y", locale="id")


def weekday_date(day: date) -> str:
    return format_date(day, "EEEE, d MMMM y", locale="id")


def date_and_time(moment: datetime, zone_label: str) -> str:
    """`moment` already in the office's local time: "28 November 2026 pukul 09.00 WIB"."""
    clock = format_time(moment, "HH.mm", locale="id")
    return f"{long_date(moment.date())} pukul {clock} {zone_label}".rstrip()

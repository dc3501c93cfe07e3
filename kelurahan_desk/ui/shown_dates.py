"""Dates and times the window writes in words, in the interface's language (translation context "ShownDates"):
`17 Agustus 2026` and `pukul 09.00 WIB` in Indonesian, `17 August 2026` and `09.00 WIB` in English.

Documents keep Indonesian dates whatever the interface speaks (`core.domain.indonesian_format`).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ShownDates"

MONTHS = (
    QT_TRANSLATE_NOOP("ShownDates", "Januari"),
    QT_TRANSLATE_NOOP("ShownDates", "Februari"),
    QT_TRANSLATE_NOOP("ShownDates", "Maret"),
    QT_TRANSLATE_NOOP("ShownDates", "April"),
    QT_TRANSLATE_NOOP("ShownDates", "Mei"),
    QT_TRANSLATE_NOOP("ShownDates", "Juni"),
    QT_TRANSLATE_NOOP("ShownDates", "Juli"),
    QT_TRANSLATE_NOOP("ShownDates", "Agustus"),
    QT_TRANSLATE_NOOP("ShownDates", "September"),
    QT_TRANSLATE_NOOP("ShownDates", "Oktober"),
    QT_TRANSLATE_NOOP("ShownDates", "November"),
    QT_TRANSLATE_NOOP("ShownDates", "Desember"),
)


def date_in_words(day: date) -> str:
    """`17 Agustus 2026` (no zero padding), the month named in the interface's language."""
    return f"{day.day} {QCoreApplication.translate(CONTEXT, MONTHS[day.month - 1])} {day.year}"


def time_in_words(moment: datetime, zone: str) -> str:
    """`pukul 09.00 WIB` for an aware moment, shown in the office's time zone (`WIB`, `WITA` or `WIT`)."""
    from kelurahan_desk.core.domain.indonesian_format import zone_tzinfo

    local = moment.astimezone(zone_tzinfo(zone))
    return QCoreApplication.translate("ShownDates", "pukul {time} {zone}").format(
        time=f"{local.hour:02d}.{local.minute:02d}", zone=zone
    )

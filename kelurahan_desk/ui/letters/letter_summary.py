"""The chosen letter as the letters panel shows it (rich text): field values as the printed letter has them,
states and steps in the interface's language, people by their full names."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kelurahan_desk.core.domain.letter_placeholders import FieldSpec, printed
from kelurahan_desk.core.domain.letter_states import LetterState
from kelurahan_desk.core.services.letter_views import LetterDetail, LetterEventView
from kelurahan_desk.ui.letters.letter_table_model import state_name
from kelurahan_desk.ui.shown_dates import date_in_words

CONTEXT = "LettersView"

DETAIL_WORDS = (
    QT_TRANSLATE_NOOP("LettersView", "Nomor"),
    QT_TRANSLATE_NOOP("LettersView", "Status"),
    QT_TRANSLATE_NOOP("LettersView", "Terbit"),
    QT_TRANSLATE_NOOP("LettersView", "berlaku s.d."),
    QT_TRANSLATE_NOOP("LettersView", "tidak berlaku lagi (dicabut)"),
    QT_TRANSLATE_NOOP("LettersView", "Persyaratan"),
    QT_TRANSLATE_NOOP("LettersView", "Belum lengkap"),
    QT_TRANSLATE_NOOP("LettersView", "Pindaian"),
    QT_TRANSLATE_NOOP("LettersView", "Riwayat"),
)
"""The words of `describe` (through `tr`), listed here for the translation file."""

# What each step of the history did ("buat" and the `LetterAction` values), as the panel says it.
ACTION_WORDS: dict[str, str] = {
    "buat": QT_TRANSLATE_NOOP("LettersView", "dibuat"),
    "ubah": QT_TRANSLATE_NOOP("LettersView", "diubah"),
    "ajukan": QT_TRANSLATE_NOOP("LettersView", "diajukan"),
    "kembalikan": QT_TRANSLATE_NOOP("LettersView", "dikembalikan"),
    "verifikasi": QT_TRANSLATE_NOOP("LettersView", "diverifikasi"),
    "setujui": QT_TRANSLATE_NOOP("LettersView", "disetujui"),
    "terbitkan": QT_TRANSLATE_NOOP("LettersView", "diterbitkan"),
    "cetak": QT_TRANSLATE_NOOP("LettersView", "dicetak"),
    "serahkan": QT_TRANSLATE_NOOP("LettersView", "diserahkan"),
    "tolak": QT_TRANSLATE_NOOP("LettersView", "ditolak"),
    "cabut": QT_TRANSLATE_NOOP("LettersView", "dicabut"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown_value(spec: FieldSpec, value: str) -> str:
    """The value as it prints on the letter (`28 November 2026`, `Rp1.500.000,00 (…)`), as rich text that
    keeps its line breaks."""
    try:
        text = printed(spec, value)
    except (ValueError, ArithmeticError):  # a value the service never checked (old or imported data)
        text = value
    return "<br>".join(escape(line) for line in text.splitlines())


def history_line(event: LetterEventView, zone: tzinfo, names: Mapping[str, str]) -> str:
    at = event.at.astimezone(zone)
    action = tr(ACTION_WORDS[event.action]) if event.action in ACTION_WORDS else event.action
    who = names.get(event.actor) or event.actor
    step = QCoreApplication.translate("LettersView", "{0} oleh {1}").format(action, who)
    note = f" — {escape(event.note)}" if event.note else ""
    return f"{date_in_words(at.date())} {at:%H.%M}: {escape(step)}{note}<br>"


def describe(detail: LetterDetail, zone: tzinfo, names: Mapping[str, str]) -> str:
    """The letter as the panel shows it (every value escaped); `names` gives full names by login name."""
    rows = [f"<h3>{escape(detail.title)}</h3>"]
    rows.append(f"<b>{tr('Nomor')}:</b> {escape(detail.number or '—')}<br>")
    rows.append(f"<b>{tr('Status')}:</b> {escape(state_name(detail.state))}")
    if detail.reason:
        rows.append(f" — {escape(detail.reason)}")
    rows.append("<br>")
    if detail.issued_on:
        rows.append(f"<b>{tr('Terbit')}:</b> {date_in_words(detail.issued_on)}")
        if detail.state == LetterState.DICABUT:
            rows.append(f", <b>{tr('tidak berlaku lagi (dicabut)')}</b>")
        elif detail.valid_until:
            rows.append(f", {tr('berlaku s.d.')} {date_in_words(detail.valid_until)}")
        rows.append("<br>")
    rows.append("<table>")
    for spec in detail.fields:
        value = shown_value(spec, detail.values.get(spec.key, ""))
        cells = (escape(spec.label), ":", value)
        rows.append("<tr>" + "".join(f"<td valign='top'>{cell}</td>" for cell in cells) + "</tr>")
    rows.append("</table>")
    missing = [r for r in detail.requirements if r not in detail.requirements_seen]
    rows.append(f"<p><b>{tr('Persyaratan')}:</b> ")
    rows.append(", ".join(("✔ " if r in detail.requirements_seen else "✘ ") + escape(r) for r in detail.requirements))
    if missing:
        rows.append(f"<br><span style='color:#b00020'>{tr('Belum lengkap')}</span>")
    rows.append("</p>")
    if detail.scans:
        rows.append(f"<p><b>{tr('Pindaian')}:</b> " + ", ".join(escape(s.name) for s in detail.scans) + "</p>")
    rows.append(f"<p><b>{tr('Riwayat')}:</b><br>")
    rows.extend(history_line(event, zone, names) for event in detail.events)
    rows.append("</p>")
    return "".join(rows)

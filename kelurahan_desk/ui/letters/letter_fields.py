"""Inputs for a letter type's fields, built from its `FieldSpec`s; values read back as the service wants them.

A choice starts unchosen (a sex or religion picked for the clerk would print unnoticed), and money is typed and
shown with thousands dots (1.500.000) like every other amount, and read back as plain digits."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from kelurahan_desk.core.domain.letter_placeholders import FieldSpec
from kelurahan_desk.ui.amount_texts import thousands
from kelurahan_desk.ui.form_errors import FieldErrors

DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d")


def to_iso(text: str) -> str:
    """`28-11-2026`, `28/11/2026` or `2026-11-28` → `2026-11-28`; anything else unchanged (the service refuses it)."""
    text = text.strip()
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return text


def from_iso(text: str) -> str:
    try:
        return date.fromisoformat(text).strftime("%d-%m-%Y")
    except ValueError:
        return text


def grouped(digits: str) -> str:
    """`1500000` → `1.500.000`; anything that is not plain digits unchanged."""
    return thousands(int(digits)) if digits.isdigit() else digits


class FieldInputs:
    """One input per field, in a form layout, with room for each field's error."""

    def __init__(self, form: QFormLayout, errors: FieldErrors) -> None:
        self._form = form
        self._errors = errors
        self.widgets: dict[str, QWidget] = {}
        self.specs: tuple[FieldSpec, ...] = ()

    def build(self, specs: tuple[FieldSpec, ...]) -> None:
        self.specs = specs
        self.widgets = {}
        for spec in specs:
            widget = _input_for(spec)
            label = spec.label + (" *" if spec.required else "")
            self._errors.add_row(self._form, spec.key, label, widget)
            self.widgets[spec.key] = widget

    def load(self, values: dict[str, str]) -> None:
        for spec in self.specs:
            value = values.get(spec.key, "")
            widget = self.widgets[spec.key]
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findText(value) if value else -1)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                shown = {"date": from_iso, "money": grouped}.get(spec.kind)
                widget.setText(shown(value) if shown else value)

    def values(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for spec in self.specs:
            widget = self.widgets[spec.key]
            if isinstance(widget, QComboBox):
                found[spec.key] = widget.currentText()
            elif isinstance(widget, QPlainTextEdit):
                found[spec.key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                text = widget.text()
                if spec.kind == "money":
                    # dots only as thousands separators: "1.5" stays unreadable for the service to refuse
                    text = text.replace(".", "") if widget.hasAcceptableInput() else text.replace(".", ",")
                found[spec.key] = to_iso(text) if spec.kind == "date" and text.strip() else text
        return found


def _input_for(spec: FieldSpec) -> QWidget:
    if spec.kind == "choice":
        combo = QComboBox()
        combo.addItems(list(spec.choices))
        combo.setPlaceholderText(QCoreApplication.translate("FieldInputs", "— pilih —"))
        combo.setCurrentIndex(-1)
        return combo
    if spec.kind == "long_text":
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setFixedHeight(64)
        return text
    line = QLineEdit()
    if spec.kind == "date":
        line.setPlaceholderText(QCoreApplication.translate("FieldInputs", "hh-bb-tttt, mis. 28-11-2026"))
    elif spec.kind == "number":
        line.setValidator(QIntValidator(0, 2_000_000_000, line))
    elif spec.kind == "money":
        line.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{1,3}(\.?\d{3}){0,4}"), line))
        line.setPlaceholderText(QCoreApplication.translate("FieldInputs", "dalam rupiah, mis. 1.500.000"))
    elif spec.kind == "nik":
        line.setMaxLength(16)
    return line

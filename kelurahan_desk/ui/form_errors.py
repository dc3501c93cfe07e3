"""Errors and warnings shown beside the field they concern, as the services name fields.

A form adds its inputs with `FieldErrors.add_row(form, "nik", "NIK", widget)`; a `ValidationError`
from a service is then shown under the input it names (`show(error)`), findings (warnings that do
not stop a save) in amber (`show_findings`). Errors on fields the form does not have go to a line
at the bottom of the form (`general`). Inputs named in `require` that were left empty are all marked
at once before a save is tried (`show_missing`), where a service would name only the first; a check that
finds several problems shows them all (`show_all`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import Finding, ValidationError
from kelurahan_desk.ui.error_messages import message_for
from kelurahan_desk.ui.label_look import set_text_color

ERROR_COLOR = "#b00020"
WARNING_COLOR = "#8a5a00"


def grow_to_fit(widget: QWidget) -> None:
    """After a message appeared: make the window taller if its contents no longer fit (never smaller)."""
    window = widget.window()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    wanted = window.sizeHint().height()
    if window.isVisible() and wanted > window.height():
        window.resize(window.width(), wanted)


def error_label(color: str = ERROR_COLOR) -> QLabel:
    label = QLabel()
    set_text_color(label, color)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _focus_target(widget: QWidget) -> QWidget:
    """The input that takes the focus for `widget`: itself, its focus proxy, or for a row of several inputs
    (RT and RW, a search box and its results) the first of them."""
    if widget.focusProxy() is not None:
        return widget.focusProxy()
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return widget
    inputs = [child for child in widget.findChildren(QWidget) if child.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if inputs:
        widget.setFocusProxy(inputs[0])
        return inputs[0]
    return widget


def is_empty(widget: QWidget) -> bool:
    """Nothing typed or chosen (a combo box's "— pilih —" entry carries "" as its data)."""
    if isinstance(widget, QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            return not widget.currentText().strip()
        data = widget.currentData()
        return widget.currentIndex() < 0 or data == "" or (data is None and not widget.currentText().strip())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.toPlainText().strip()
    return False


class FieldErrors:
    def __init__(self) -> None:
        self._errors: dict[str, QLabel] = {}
        self._warnings: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self._aliases: dict[str, str] = {}
        self._required: list[str] = []
        self.general = error_label()

    def require(self, *fields: str) -> None:
        """Inputs that may not be left empty, in the order the form shows them."""
        self._required.extend(fields)

    def show_missing(self) -> bool:
        """Marks every input named in `require` left empty and focuses the first; True when there was one."""
        return self.show_required(self.empty(self._required))

    def empty(self, fields: Iterable[str]) -> list[str]:
        """Those of `fields` whose inputs hold nothing, in the order given."""
        return [field for field in fields if is_empty(self.inputs[field])]

    def show_required(self, missing: list[str]) -> bool:
        """Marks each of `missing` as required and focuses the first (for forms whose required fields depend
        on other choices); True when there was one."""
        return self.show_all([ValidationError(field, "required") for field in missing])

    def show_all(self, errors: Sequence[ValidationError], *, focus: bool = True) -> bool:
        """Shows each error under the input it names (those of fields the form lacks on the bottom line) and
        focuses the first input named; True when there was one."""
        if not errors:
            return False
        self.clear_errors()
        for error in errors:
            label = self._errors.get(self._row(error.field), self.general)
            label.setText("\n".join(filter(None, (label.text(), message_for(error)))))
            label.setVisible(True)
        grow_to_fit(self.general)
        widgets = (self.inputs.get(error.field) or self.inputs.get(self._row(error.field)) for error in errors)
        first = next((widget for widget in widgets if widget is not None), None)
        if focus and first is not None:
            first.setFocus()
        return True

    def alias(self, field: str, shown_as: str, widget: QWidget | None = None) -> None:
        """Messages about `field` appear under the row of `shown_as` (two inputs sharing one row)."""
        self._aliases[field] = shown_as
        if widget is not None:
            self.inputs[field] = widget

    def _row(self, field: str) -> str:
        return self._aliases.get(field, field)

    def knows(self, field: str) -> bool:
        return self._row(field) in self._errors

    def add_row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> QWidget:
        """Adds `label: widget` to `form` with room under the widget for its error and warning."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self._errors[field] = error_label()
        self._warnings[field] = error_label(WARNING_COLOR)
        layout.addWidget(self._errors[field])
        layout.addWidget(self._warnings[field])
        box.setFocusProxy(widget)
        form.addRow(label, box)
        shown = form.labelForField(box)
        if isinstance(shown, QLabel):
            shown.setBuddy(_focus_target(widget))  # its Alt+letter goes to the input, not to the box around it
        self.inputs[field] = widget
        self._hide_error_when_edited(field, widget)
        return box

    def _hide_error_when_edited(self, field: str, widget: QWidget) -> None:
        """Once the clerk changes the input an error is about, the error is stale: it goes until the next
        save checks again. Only the clerk's own edits count (a form filling itself keeps it)."""
        label = self._errors[field]
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text: label.setVisible(False))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _index: label.setVisible(False))
            if widget.lineEdit() is not None:
                widget.lineEdit().textEdited.connect(lambda _text: label.setVisible(False))
        elif isinstance(widget, QAbstractButton):
            widget.clicked.connect(lambda _checked: label.setVisible(False))

    def clear(self) -> None:
        for label in (*self._errors.values(), *self._warnings.values(), self.general):
            label.clear()
            label.setVisible(False)

    def show(self, error: ValidationError, *, focus: bool = True) -> None:
        self.show_all([error], focus=focus)

    def show_message(self, text: str, field: str | None = None) -> None:
        label = self._errors.get(self._row(field or ""), self.general)
        label.setText(text)
        label.setVisible(True)
        grow_to_fit(label)

    def hide_error(self, field: str) -> None:
        """The error under `field` is no longer true (an input that is no text box has changed)."""
        label = self._errors.get(self._row(field))
        if label is not None:
            label.clear()
            label.setVisible(False)

    def show_findings(self, findings: Iterable[Finding]) -> None:
        for label in self._warnings.values():
            label.clear()
            label.setVisible(False)
        for finding in findings:
            label = self._warnings.get(self._row(finding.field), self.general)
            text = message_for(finding)
            label.setText(f"{label.text()}\n{text}".strip() if not label.isHidden() else text)
            label.setVisible(True)
            grow_to_fit(label)

    def clear_errors(self) -> None:
        for label in (*self._errors.values(), self.general):
            label.clear()
            label.setVisible(False)

    def error_text(self, field: str) -> str:
        label = self._errors.get(self._row(field))
        return label.text() if label is not None and not label.isHidden() else ""

    def warning_text(self, field: str) -> str:
        label = self._warnings.get(self._row(field))
        return label.text() if label is not None and not label.isHidden() else ""

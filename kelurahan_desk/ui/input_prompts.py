"""One-line questions (a reason, a year, an amount, a choice from a list) in the interface's language: Qt's own
`QInputDialog.getText` and friends label their buttons OK/Cancel whatever the language, and show a rupiah
amount as 120000000. Each function returns None when the clerk cancels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QInputDialog, QSpinBox, QWidget

RUPIAH_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def _prompt(parent: QWidget | None, title: str, label: str, ok_text: str | None) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(ok_text or QCoreApplication.translate("InputPrompts", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("InputPrompts", "Batal"))
    return dialog


def ask_text(parent: QWidget | None, title: str, label: str, *, ok_text: str | None = None) -> str | None:
    dialog = _prompt(parent, title, label, ok_text)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_whole_number(
    parent: QWidget | None,
    title: str,
    label: str,
    value: int,
    minimum: int,
    maximum: int,
    *,
    step: int = 1,
    rupiah: bool = False,
    ok_text: str | None = None,
) -> int | None:
    """`rupiah`: shown as "Rp 75.000.000" while typed."""
    dialog = _prompt(parent, title, label, ok_text)
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(minimum, maximum)
    dialog.setIntStep(step)
    dialog.setIntValue(value)
    box = dialog.findChild(QSpinBox)
    if rupiah and box is not None:
        box.setLocale(RUPIAH_LOCALE)
        box.setGroupSeparatorShown(True)
        box.setPrefix("Rp ")
    return dialog.intValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_choice(
    parent: QWidget | None,
    title: str,
    label: str,
    items: Sequence[str],
    current: int = 0,
    *,
    ok_text: str | None = None,
) -> str | None:
    dialog = _prompt(parent, title, label, ok_text)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setComboBoxItems(list(items))
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(items[current] if 0 <= current < len(items) else "")
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None

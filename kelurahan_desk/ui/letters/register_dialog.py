"""Buku register surat keluar: every number of a year on screen (letters, berita acara, certificates and
void numbers, in counter order), saved as Excel or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import DeskError
from kelurahan_desk.core.services.letter_register import RegisterRow
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.letters.screen_fit import fit_to_screen
from kelurahan_desk.ui.record_table_model import Column, RecordTableModel, record_table_view
from kelurahan_desk.ui.shown_dates import date_in_words
from kelurahan_desk.ui.view_context import ViewContext

COLUMNS: tuple[Column[RegisterRow], ...] = (
    Column(QT_TRANSLATE_NOOP("RegisterDialog", "No. Urut"), lambda r: str(r.seq), sort=lambda r: r.seq),
    Column(QT_TRANSLATE_NOOP("RegisterDialog", "Nomor Surat"), lambda r: r.number),
    Column(
        QT_TRANSLATE_NOOP("RegisterDialog", "Tanggal"),
        lambda r: date_in_words(r.issued_on) if r.issued_on else "",
        sort=lambda r: r.issued_on,
    ),
    Column(QT_TRANSLATE_NOOP("RegisterDialog", "Jenis Surat"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("RegisterDialog", "Nama"), lambda r: r.holder_name),
    Column(QT_TRANSLATE_NOOP("RegisterDialog", "Keperluan"), lambda r: r.purpose),
    Column(QT_TRANSLATE_NOOP("RegisterDialog", "Penanda Tangan"), lambda r: r.signed_by),
    Column(QT_TRANSLATE_NOOP("RegisterDialog", "Status"), lambda r: r.state),
    Column(QT_TRANSLATE_NOOP("RegisterDialog", "Keterangan"), lambda r: r.note),
)


class RegisterDialog(QDialog):
    PREFERRED_SIZE = QSize(1200, 640)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Register surat keluar"))
        fit_to_screen(self, self.PREFERRED_SIZE)  # the table scrolls on a small screen; its buttons stay in reach
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(context.services.clock.today().year)
        self.model: RecordTableModel[RegisterRow] = RecordTableModel(
            [Column(QCoreApplication.translate("RegisterDialog", c.title), c.value, c.sort) for c in COLUMNS],
            self,
            muted=lambda r: r.state == "Batal",
        )
        self.table = record_table_view(self.model)
        self.count_label = QLabel()
        self.save_button = QPushButton(self.tr("&Simpan Excel/CSV…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun:")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setVisible(context.actor.can(Permission.EXPORT_DATA))  # after addButton, which shows it
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.save_button.clicked.connect(self.pick_file)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self._context.services.letter_register.rows(self._context.actor, self.year.value())
        except DeskError as error:
            show_error(self, error)
            rows = []
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{0} nomor").format(len(rows)))

    def pick_file(self) -> None:
        year = self.year.value()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Register surat keluar {0}").format(year),
            f"register-surat-{year}.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> int | None:
        """Writes the shown year to `path` (`.xlsx` or `.csv`); the number of rows, None when refused."""
        try:
            return self._context.services.letter_register.export(self._context.actor, self.year.value(), path)
        except DeskError as error:
            show_error(self, error)
            return None

"""Periksa Keaslian: paste the text of a letter's QR code, or open a scan, photo or PDF of the letter.

Everything is checked on this PC against the office's public keys (and any key file opened here): no network.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import DeskError
from kelurahan_desk.core.services.letter_verify import LetterCheck, LetterVerifyService, read_public_key_files
from kelurahan_desk.ui.error_messages import message_for
from kelurahan_desk.ui.shown_dates import date_in_words
from kelurahan_desk.ui.view_context import ViewContext

VERDICTS = {
    "valid": (QT_TRANSLATE_NOOP("VerifyView", "ASLI — tanda tangan cocok dan surat masih berlaku"), "#1b5e20"),
    "revoked": (
        QT_TRANSLATE_NOOP("VerifyView", "DICABUT — tanda tangan cocok, tetapi surat ini sudah dicabut"),
        "#b00020",
    ),
    "expired": (
        QT_TRANSLATE_NOOP("VerifyView", "KEDALUWARSA — tanda tangan cocok, tetapi masa berlakunya sudah lewat"),
        "#8a5a00",
    ),
    "invalid_signature": (
        QT_TRANSLATE_NOOP("VerifyView", "TIDAK ASLI — isi kode QR diubah atau dipalsukan"),
        "#b00020",
    ),
    "unknown_key": (
        QT_TRANSLATE_NOOP("VerifyView", "TIDAK DAPAT DIPERIKSA — kunci kantor penerbit tidak dikenal"),
        "#8a5a00",
    ),
    "malformed": (
        QT_TRANSLATE_NOOP("VerifyView", "TIDAK ASLI — bukan kode QR surat Kelurahan Desk yang utuh"),
        "#b00020",
    ),
}


class VerifyView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._extra_keys: dict = {}
        self.payload = QPlainTextEdit()
        self.payload.setPlaceholderText(
            self.tr(
                "Pindai kode QR surat dengan alat pemindai (teksnya tertulis di sini) atau tempel teksnya, lalu "
                "Periksa teks. Untuk berkas PDF atau foto surat: Buka berkas surat…"
            )
        )
        self.payload.setFixedHeight(90)
        self.check_button = QPushButton(self.tr("&Periksa teks"))
        self.open_button = QPushButton(self.tr("&Buka berkas surat…"))
        self.key_button = QPushButton(self.tr("Kunci publik kantor lain…"))
        self.key_button.setToolTip(
            self.tr("Untuk surat kantor lain: pilih berkas kunci publik (.pem) yang diberikan kantor itu.")
        )
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.details_box = QWidget()  # shown once a letter was checked, not as empty labels before
        self.details = QFormLayout(self.details_box)
        self.details.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for key, title in (
            ("office", QT_TRANSLATE_NOOP("VerifyView", "Kantor")),
            ("key", QT_TRANSLATE_NOOP("VerifyView", "Kunci tanda tangan")),
            ("number", QT_TRANSLATE_NOOP("VerifyView", "Nomor surat")),
            ("type", QT_TRANSLATE_NOOP("VerifyView", "Jenis surat")),
            ("issued", QT_TRANSLATE_NOOP("VerifyView", "Tanggal terbit")),
            ("valid", QT_TRANSLATE_NOOP("VerifyView", "Berlaku sampai")),
            ("name", QT_TRANSLATE_NOOP("VerifyView", "Atas nama")),
            ("register", QT_TRANSLATE_NOOP("VerifyView", "Register kantor ini")),
        ):
            self.labels[key] = QLabel()
            self.labels[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(self.tr(title), self.labels[key])
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.key_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Periksa keaslian surat (tanpa jaringan)")))
        layout.addWidget(self.payload)
        layout.addLayout(buttons)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        self.check_button.clicked.connect(self.check_text)
        self.open_button.clicked.connect(self.pick_file)
        self.key_button.clicked.connect(self.pick_key)
        self.show_check(None)

    def check_text(self) -> LetterCheck | None:
        if not self.payload.toPlainText().strip():
            self.show_check(None)
            self.verdict.setText(
                self.tr("Tempel dulu teks kode QR surat di kotak atas, atau buka berkas pindaian atau foto surat.")
            )
            self.verdict.setStyleSheet("")
            self.payload.setFocus()
            return None
        return self._run(lambda verify: verify.check_text(self._context.actor, self.payload.toPlainText(),
                                                          extra_keys=self._extra_keys))  # fmt: skip

    def check_file(self, path: Path) -> LetterCheck | None:
        self.payload.clear()  # the result is the file's, not the text's
        return self._run(lambda verify: verify.check_file(self._context.actor, path, extra_keys=self._extra_keys))

    def pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Buka berkas surat"), "", self.tr("Surat (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self.check_file(Path(path))

    def pick_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Kunci publik kantor"), "", "PEM (*.pem)")
        if path:
            try:
                self._extra_keys.update(read_public_key_files([Path(path)]))
            except DeskError as error:
                self._show_error(error)

    def _run(self, check: Callable[[LetterVerifyService], LetterCheck]) -> LetterCheck | None:
        try:
            result = check(self._context.services.letter_verify)
        except DeskError as error:
            self._show_error(error)
            return None
        self.show_check(result)
        return result

    def _show_error(self, error: DeskError) -> None:
        self.show_check(None)
        self.verdict.setText(message_for(error))
        self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")

    def show_check(self, check: LetterCheck | None) -> None:
        for label in self.labels.values():
            label.clear()
        self.details_box.setVisible(check is not None)
        if check is None:
            self.verdict.clear()
            return
        text, colour = VERDICTS.get(check.status, (check.status, "#b00020"))
        self.verdict.setText(self.tr(text))
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 14pt;")
        self.labels["key"].setText(check.key_id or "")
        if not check.number:
            return
        office = f"{check.office_code} ({check.office_name})" if check.office_name else check.office_code
        self.labels["office"].setText(office)
        self.labels["number"].setText(check.number)
        self.labels["type"].setText(f"{check.type_code} — {check.type_title}" if check.type_title else check.type_code)
        self.labels["issued"].setText(date_in_words(check.issued_on) if check.issued_on else "")
        self.labels["valid"].setText(date_in_words(check.valid_until) if check.valid_until else self.tr("tanpa batas"))
        self.labels["name"].setText(check.short_name)
        if check.in_register is not None:
            self.labels["register"].setText(
                self.tr("tercatat") if check.in_register else self.tr("TIDAK tercatat di register kantor ini")
            )

"""The office profile in two forms, used by the setup wizard and by the settings dialog.

`OfficeIdentityForm`: the kelurahan code and the names of the regions above it.
`OfficeDetailsForm`: address and contacts, the lurah's signature block, the emblem.
Both have `load(profile)`, `value()` (a dict of `OfficeProfile` fields) and `show_errors(error)`,
which returns False when the error's field is not on that form. `show_profile_problems` marks every
problem `profile_problems` found at once, on whichever form has its field.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.office import OfficeProfile
from kelurahan_desk.ui.form_errors import FieldErrors

MAX_EMBLEM_BYTES = 2_000_000
DETAIL_FIELDS = (
    "address",
    "phone",
    "email",
    "website",
    "postcode",
    "place_name",
    "lurah_name",
    "lurah_nip",
    "lurah_rank",
)


def line(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


class OfficeIdentityForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.code = line(13, self.tr("mis. 32.73.01.1001"))
        self.province_name = line(100)
        self.city_kind = QComboBox()
        self.city_kind.addItem(self.tr("Kota"), "KOTA")
        self.city_kind.addItem(self.tr("Kabupaten"), "KABUPATEN")
        self.city_name = line(100)
        self.district_name = line(100)
        self.village_name = line(100)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, "code", self.tr("Kode kelura&han"), self.code)
        self.errors.add_row(form, "province_name", self.tr("&Provinsi"), self.province_name)
        self.errors.add_row(form, "city_kind", self.tr("Kota/Ka&bupaten"), self.city_kind)
        self.errors.add_row(form, "city_name", self.tr("Nama kota/kabupaten"), self.city_name)
        self.errors.add_row(form, "district_name", self.tr("K&ecamatan"), self.district_name)
        self.errors.add_row(form, "village_name", self.tr("Ke&lurahan"), self.village_name)
        form.addRow(self.errors.general)

    def fill(self, values: dict[str, str]) -> None:
        """Sets the fields named in `values` (from the region picker); what was said about them before goes."""
        self.errors.clear_errors()
        for name, value in values.items():
            if name == "city_kind":
                self.city_kind.setCurrentIndex(max(0, self.city_kind.findData(value)))
            else:
                getattr(self, name).setText(value)

    def load(self, profile: OfficeProfile) -> None:
        self.fill(
            {
                "code": profile.code,
                "province_name": profile.province_name,
                "city_kind": profile.city_kind,
                "city_name": profile.city_name,
                "district_name": profile.district_name,
                "village_name": profile.village_name,
            }
        )

    def set_code_editable(self, editable: bool) -> None:
        self.code.setReadOnly(not editable)
        self.code.setStyleSheet("" if editable else "background: #ececec; color: #444;")
        if not editable:
            self.code.setToolTip(self.tr("Kode kelurahan tidak dapat diubah setelah pengaturan awal."))

    def value(self) -> dict[str, Any]:
        return {
            "code": self.code.text().strip(),
            "province_name": self.province_name.text().strip(),
            "city_kind": self.city_kind.currentData(),
            "city_name": self.city_name.text().strip(),
            "district_name": self.district_name.text().strip(),
            "village_name": self.village_name.text().strip(),
        }

    def show_errors(self, error: ValidationError) -> bool:
        if not self.errors.knows(error.field):
            return False
        self.errors.show(error)
        return True


class EmblemPicker(QWidget):
    """The city emblem for the letterhead: a PNG file, previewed. A file that cannot be the emblem is told
    through `refused` (why, in words) and the emblem already there stays."""

    refused = Signal(str)
    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.png: bytes | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(96, 96)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb; background: white; color: #777;")
        self.preview.setWordWrap(True)
        self.choose = QPushButton(self.tr("Pilih gambar PNG…"))
        self.remove = QPushButton(self.tr("Hapus"))
        for button in (self.choose, self.remove):
            button.setAutoDefault(False)  # Enter in the office's form saves it, never opens the file picker
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self.set_png(None))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_png(None)
        self.setFocusProxy(self.choose)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih lambang kota"), "", self.tr("Gambar PNG (*.png)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            size = path.stat().st_size
            data = path.read_bytes() if size <= MAX_EMBLEM_BYTES else b""
        except OSError:
            self.refused.emit(self.tr("Berkas {name} tidak dapat dibaca.").format(name=path.name))
            return False
        if size > MAX_EMBLEM_BYTES:
            self.refused.emit(
                self.tr(
                    "Gambar terlalu besar ({size} MB); paling besar 2 MB. Perkecil gambarnya lalu pilih lagi."
                ).format(size=f"{size / 1_000_000:.1f}".replace(".", ","))
            )
            return False
        if not data.startswith(b"\x89PNG") or not QPixmap().loadFromData(data, "PNG"):
            self.refused.emit(
                self.tr("Berkas {name} bukan gambar PNG. Simpan lambang sebagai PNG lalu pilih lagi.").format(
                    name=path.name
                )
            )
            return False
        self.set_png(data)
        self.chosen.emit()
        return True

    def set_png(self, data: bytes | None) -> None:
        self.png = data
        self.remove.setEnabled(data is not None)
        if data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("belum ada lambang"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data, "PNG")
        self.preview.setPixmap(
            pixmap.scaled(92, 92, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )


class OfficeDetailsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.address = line(200, self.tr("mis. Jl. Sukarasa No. 1"))
        self.phone = line(40, self.tr("mis. 022-2011234"))
        self.email = line(100, self.tr("mis. kel.sukarasa@bandung.go.id"))
        self.website = line(100)
        self.postcode = line(5)
        self.postcode.setInputMask("00000;_")
        self.postcode.setMaximumWidth(80)
        self.place_name = line(100, self.tr("kota tempat surat ditandatangani"))
        self.lurah_name = line(100)
        self.lurah_nip = line(25, self.tr("18 angka, boleh dengan spasi"))
        self.lurah_rank = line(100, self.tr("mis. Penata Tingkat I (III/d)"))
        self.emblem = EmblemPicker()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, "address", self.tr("&Alamat kantor"), self.address)
        self.errors.add_row(form, "phone", self.tr("&Telepon"), self.phone)
        self.errors.add_row(form, "email", self.tr("E&mail"), self.email)
        self.errors.add_row(form, "website", self.tr("Situs &web"), self.website)
        self.errors.add_row(form, "postcode", self.tr("Kode p&os"), self.postcode)
        self.errors.add_row(form, "place_name", self.tr("Tempat &surat"), self.place_name)
        self.errors.add_row(form, "lurah_name", self.tr("Nama lu&rah"), self.lurah_name)
        self.errors.add_row(form, "lurah_nip", self.tr("&NIP lurah"), self.lurah_nip)
        self.errors.add_row(form, "lurah_rank", self.tr("Pangkat/&golongan"), self.lurah_rank)
        self.errors.add_row(form, "emblem_png", self.tr("Lambang kota"), self.emblem)
        self.errors.alias("nip", "lurah_nip")  # the NIP rules name their field "nip"
        self.emblem.refused.connect(lambda text: self.errors.show_message(text, "emblem_png"))
        self.emblem.chosen.connect(lambda: self.errors.hide_error("emblem_png"))
        form.addRow(self.errors.general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def load(self, profile: OfficeProfile) -> None:
        for name in DETAIL_FIELDS:
            getattr(self, name).setText(getattr(profile, name))
        self.emblem.set_png(profile.emblem_png)

    def value(self) -> dict[str, Any]:
        return {
            "address": self.address.text().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "website": self.website.text().strip(),
            "postcode": self.postcode.text().strip(),
            "place_name": self.place_name.text().strip(),
            "lurah_name": self.lurah_name.text().strip(),
            "lurah_nip": "".join(self.lurah_nip.text().split()),
            "lurah_rank": self.lurah_rank.text().strip(),
            "emblem_png": self.emblem.png,
        }

    @staticmethod
    def blank() -> dict[str, Any]:
        return {name: "" for name in DETAIL_FIELDS} | {"emblem_png": None}

    def show_errors(self, error: ValidationError) -> bool:
        if not self.errors.knows(error.field):
            return False
        self.errors.show(error)
        return True


def show_profile_problems(
    problems: Sequence[ValidationError], *forms: OfficeIdentityForm | OfficeDetailsForm
) -> bool:
    """Marks each problem under its field on whichever of `forms` has it (those no form has on the last form's
    bottom line) and focuses the first; True when there was one."""
    left = list(problems)
    focus = True
    for form in forms:
        form.errors.clear_errors()
        mine = [problem for problem in left if form.errors.knows(problem.field)]
        left = [problem for problem in left if not form.errors.knows(problem.field)]
        if form is forms[-1]:
            mine += left
        if form.errors.show_all(mine, focus=focus):
            focus = False
    return bool(problems)


def make_profile(identity: dict[str, Any], details: dict[str, Any], *, is_demo: bool = False) -> OfficeProfile:
    return OfficeProfile(**identity, **details, is_demo=is_demo)

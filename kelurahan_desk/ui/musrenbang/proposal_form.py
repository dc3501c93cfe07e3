"""Typing proposals from the RWs' paper forms, one after another, without the mouse.

Tab moves through the fields in the order of the paper form; Enter in any field saves. After a save the
form keeps what the next proposal of the same RW form shares (field, RT/RW, unit, proposer) and puts the
cursor back on the activity. Amounts may be typed with thousands dots (75.000.000); coordinates as
"latitude, longitude" in decimal degrees (-6.8905, 107.6030); the proposer as a group's name or a
resident's NIK. Photos of the site are added with Insert in the photo row (or its button).

In edit mode (`editing=True`, filled by `load`) the same form shows a stored proposal: its saved photos in
a row of their own (a click enlarges them; they stay), new photos in the photo row, and Enter saves the
changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kelurahan_desk.core.domain.proposal_status import FIELD_TITLES, ProposalField, ProposalInput
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.musrenbang_views import ProposalView
from kelurahan_desk.ui.amount_texts import parse_amount, parse_optional_int, thousands
from kelurahan_desk.ui.cases.photo_strip import PhotoStrip
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.photo_viewer import open_on_click
from kelurahan_desk.ui.programme_labels import label
from kelurahan_desk.ui.tab_order import tab_through


def parse_volume(text: str) -> float | None:
    text = text.strip().replace(".", "").replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError("volume", "invalid_number") from None


def volume_text(value: float | None) -> str:
    """A volume as typed: decimal comma, no thousands dots (150 / 12,5)."""
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else repr(value).replace(".", ",")


def parse_coordinates(text: str) -> tuple[float | None, float | None]:
    """`-6.8905, 107.6030` (or separated by a space or semicolon) as (latitude, longitude); empty as (None, None)."""
    parts = [p for p in text.replace(";", " ").replace(",", " ").split() if p]
    if not parts:
        return None, None
    if len(parts) != 2:
        raise ValidationError("latitude", "coordinates_pair" if len(parts) == 1 else "invalid_number")
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        raise ValidationError("latitude", "invalid_number") from None


class ProposalForm(QWidget):
    """`submitted` carries the input once it parses; the view saves it and calls `saved()` or `show_error()`."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, editing: bool = False) -> None:
        super().__init__(parent)
        self.editing = editing
        self.errors = FieldErrors()
        self.activity = QLineEdit()
        self.activity.setPlaceholderText(self.tr("mis. Normalisasi saluran drainase Gg. Melati"))
        self.field = QComboBox()
        for value in ProposalField:
            self.field.addItem(label(FIELD_TITLES[value]), value.value)
        self.location = QLineEdit()
        self.rt = QLineEdit()
        self.rw = QLineEdit()
        for box in (self.rt, self.rw):
            box.setValidator(QIntValidator(1, 999, box))
            box.setMaximumWidth(70)
        self.volume = QLineEdit()
        self.volume.setMaximumWidth(110)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("m, m², unit, orang …"))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("Rp, mis. 75.000.000"))
        self.swadaya = QLineEdit()
        self.proposer = QLineEdit()
        self.proposer.setPlaceholderText(self.tr("mis. RW 05, PKK, Karang Taruna, atau NIK penduduk"))
        self.beneficiaries = QLineEdit()
        self.coordinates = QLineEdit()
        self.coordinates.setPlaceholderText(self.tr("lintang, bujur, mis. -6.8905, 107.6030"))
        self.photos = PhotoStrip()
        open_on_click(self.photos)
        self.stored_photos = PhotoStrip(editable=False)
        open_on_click(self.stored_photos)
        self.photo_button = QPushButton(self.tr("Tambah f&oto…"))
        photo_row = QWidget()
        photo_layout = QHBoxLayout(photo_row)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photos, 1)
        photo_layout.addWidget(self.photo_button)
        self.save_button = QPushButton(
            self.tr("&Simpan perubahan (Enter)") if editing else self.tr("&Simpan usulan (Enter)")
        )

        form = QFormLayout()
        rows = (
            ("activity", self.tr("&Kegiatan"), self.activity),
            ("field", self.tr("B&idang"), self.field),
            ("location", self.tr("&Lokasi"), self.location),
            ("rt", self.tr("R&T"), self.rt),
            ("rw", self.tr("R&W"), self.rw),
            ("volume", self.tr("&Volume"), self.volume),
            ("unit", self.tr("Sat&uan"), self.unit),
            ("estimated_cost", self.tr("&Perkiraan biaya"), self.cost),
            ("swadaya", self.tr("Swada&ya"), self.swadaya),
            ("proposer_name", self.tr("Pe&ngusul"), self.proposer),
            ("beneficiaries", self.tr("Penerima &manfaat"), self.beneficiaries),
            ("latitude", self.tr("Koor&dinat"), self.coordinates),
        )
        for key, caption, widget in rows:
            self.errors.add_row(form, key, caption, widget)
        if editing:
            form.addRow(self.tr("Foto tersimpan"), self.stored_photos)
            form.addRow(self.tr("Foto baru"), photo_row)
        else:
            self.stored_photos.hide()
            form.addRow(self.tr("Foto"), photo_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.save_button)
        for _key, _label, widget in rows:
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.submit)
        self.save_button.clicked.connect(self.submit)
        self.photo_button.clicked.connect(self.photos.choose_files)
        order = [widget for _key, _label, widget in rows] + [self.photos, self.photo_button, self.save_button]
        tab_through(order)

    def load(self, proposal: ProposalView, proposer: str, photos: list[tuple[str, bytes]]) -> None:
        """A stored proposal into the form; `proposer` as it is typed (a resident as their NIK)."""
        self.activity.setText(proposal.activity)
        self.field.setCurrentIndex(max(0, self.field.findData(proposal.field)))
        self.location.setText(proposal.location)
        self.rt.setText("" if proposal.rt is None else str(proposal.rt))
        self.rw.setText("" if proposal.rw is None else str(proposal.rw))
        self.volume.setText(volume_text(proposal.volume))
        self.unit.setText(proposal.unit)
        self.cost.setText(thousands(proposal.estimated_cost) if proposal.estimated_cost else "")
        self.swadaya.setText(thousands(proposal.swadaya) if proposal.swadaya else "")
        self.proposer.setText(proposer)
        self.beneficiaries.setText("" if proposal.beneficiaries is None else str(proposal.beneficiaries))
        has_place = proposal.latitude is not None and proposal.longitude is not None
        self.coordinates.setText(f"{proposal.latitude}, {proposal.longitude}" if has_place else "")
        self.stored_photos.clear()
        for name, data in photos:
            self.stored_photos.add_bytes(name, data)
        self.photos.clear()
        self.errors.clear()

    def value(self) -> ProposalInput:
        latitude, longitude = parse_coordinates(self.coordinates.text())
        return ProposalInput(
            activity=self.activity.text(),
            field=self.field.currentData(),
            location=self.location.text(),
            rt=parse_optional_int(self.rt.text(), "rt"),
            rw=parse_optional_int(self.rw.text(), "rw"),
            volume=parse_volume(self.volume.text()),
            unit=self.unit.text(),
            estimated_cost=parse_amount(self.cost.text(), "estimated_cost"),
            swadaya=parse_amount(self.swadaya.text(), "swadaya"),
            proposer_name=self.proposer.text(),
            beneficiaries=parse_optional_int(self.beneficiaries.text(), "beneficiaries"),
            latitude=latitude,
            longitude=longitude,
        )

    def submit(self) -> None:
        self.errors.clear()
        try:
            value = self.value()
        except ValidationError as error:
            self.errors.show(error)
            return
        self.submitted.emit(value)

    def saved(self) -> None:
        """Ready for the next proposal of the same form."""
        for box in (
            self.activity,
            self.location,
            self.volume,
            self.cost,
            self.swadaya,
            self.beneficiaries,
            self.coordinates,
        ):
            box.clear()
        self.photos.clear()
        self.errors.clear()
        self.focus_first()

    def show_error(self, error: ValidationError) -> None:
        self.errors.show(error)

    def focus_first(self) -> None:
        self.activity.setFocus()

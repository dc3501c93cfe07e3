"""Registering or editing a business: the owner found by NIK or name among residents, the business's
facts and address (left empty: the owner's), capital and yearly sales (the size class shows as they are
typed), NIB status, photos of the business (added ones are saved with it)."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.business_size import SIZE_TITLES, assess_size
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.umkm import NIB_STATUSES, SECTORS, BusinessInput, BusinessView
from kelurahan_desk.ui.amount_texts import parse_amount, parse_optional_int, thousands
from kelurahan_desk.ui.cases.photo_strip import PhotoStrip
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.photo_viewer import open_on_click
from kelurahan_desk.ui.programme_labels import label
from kelurahan_desk.ui.search_line import SearchLine
from kelurahan_desk.ui.view_context import ViewContext


def amount_or_none(text: str, field: str) -> int | None:
    return parse_amount(text, field) if text.strip() else None


class BusinessDialog(QDialog):
    def __init__(
        self, context: ViewContext, parent: QWidget | None = None, existing: BusinessView | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.existing = existing
        self.saved: BusinessView | None = None
        self.stored_photos = 0
        self.setWindowTitle(self.tr("Ubah data usaha") if existing else self.tr("Daftarkan usaha"))
        self.resize(560, 0)
        self.errors = FieldErrors()
        self.owner_query = SearchLine()
        self.owner_query.setPlaceholderText(self.tr("NIK atau nama pemilik, lalu Enter"))
        self.owner_box = QComboBox()
        self.name = QLineEdit()
        self.sector = QComboBox()
        for key, title in SECTORS.items():
            self.sector.addItem(label(title), key)
        self.products = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("kosongkan bila sama dengan alamat pemilik"))
        self.rt = QLineEdit()
        self.rw = QLineEdit()
        for box in (self.rt, self.rw):
            box.setValidator(QIntValidator(1, 999, box))
            box.setMaximumWidth(70)
        place_row = QHBoxLayout()
        place_row.setContentsMargins(0, 0, 0, 0)
        place_row.addWidget(QLabel(self.tr("RT")))
        place_row.addWidget(self.rt)
        place_row.addWidget(QLabel(self.tr("RW")))
        place_row.addWidget(self.rw)
        place_row.addStretch(1)
        place = QWidget()
        place.setLayout(place_row)
        self.photos = PhotoStrip()
        open_on_click(self.photos)
        self.photo_button = QPushButton(self.tr("Tambah &foto…"))
        photo_row = QHBoxLayout()
        photo_row.setContentsMargins(0, 0, 0, 0)
        photo_row.addWidget(self.photos, 1)
        photo_row.addWidget(self.photo_button)
        photo_box = QWidget()
        photo_box.setLayout(photo_row)
        self.capital = QLineEdit()
        self.capital.setPlaceholderText(self.tr("Rp, tanpa tanah dan bangunan"))
        self.sales = QLineEdit()
        self.employees = QLineEdit()
        self.nib = QLineEdit()
        self.nib.setMaxLength(13)
        self.nib_status = QComboBox()
        for key, title in NIB_STATUSES.items():
            self.nib_status.addItem(label(title), key)
        self.size_label = QLabel()
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_query, 1)
        owner_row.addWidget(self.owner_box, 2)
        owner = QWidget()
        owner.setLayout(owner_row)
        owner_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        for key, caption, widget in (
            ("owner_resident_id", self.tr("&Pemilik"), owner),
            ("name", self.tr("&Nama usaha"), self.name),
            ("sector", self.tr("&Sektor"), self.sector),
            ("products", self.tr("P&roduk"), self.products),
            ("address", self.tr("&Alamat usaha"), self.address),
            ("rt", self.tr("RT/RW"), place),
            ("phone", self.tr("&Telepon"), self.phone),
            ("capital", self.tr("&Modal"), self.capital),
            ("yearly_sales", self.tr("&Omzet setahun"), self.sales),
            ("employees", self.tr("Tenaga &kerja"), self.employees),
            ("nib", self.tr("N&IB"), self.nib),
            ("nib_status", self.tr("Status NI&B"), self.nib_status),
        ):
            self.errors.add_row(form, key, caption, widget)
        form.addRow(self.tr("Kelas usaha:"), self.size_label)
        form.addRow(self.tr("Foto:"), photo_box)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Simpan"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.owner_query.returnPressed.connect(self.find_owner)
        self.photo_button.clicked.connect(self.photos.choose_files)
        self.capital.textChanged.connect(self.show_size)
        self.sales.textChanged.connect(self.show_size)
        if existing is not None:
            self.load(existing)
        self.show_size()

    def load(self, view: BusinessView) -> None:
        b = view.value
        self.owner_box.addItem(f"{view.owner_name} — {view.owner_nik}", b.owner_resident_id)
        self.name.setText(b.name)
        self.sector.setCurrentIndex(self.sector.findData(b.sector))
        self.products.setText(b.products)
        self.phone.setText(b.phone)
        self.address.setText(b.address)
        self.rt.setText("" if b.rt is None else str(b.rt))
        self.rw.setText("" if b.rw is None else str(b.rw))
        umkm = self.context.services.programmes.umkm
        for n, sha in enumerate(view.photo_shas, start=1):
            self.photos.add_bytes(f"foto-{n}", umkm.photo_bytes(self.context.actor, sha), self.tr("tersimpan"))
        self.stored_photos = len(view.photo_shas)
        self.capital.setText("" if b.capital is None else thousands(b.capital))
        self.sales.setText("" if b.yearly_sales is None else thousands(b.yearly_sales))
        self.employees.setText("" if b.employees is None else str(b.employees))
        self.nib.setText(b.nib)
        self.nib_status.setCurrentIndex(self.nib_status.findData(b.nib_status))

    def find_owner(self) -> None:
        self.owner_box.clear()
        found = self.context.services.residents.search(
            self.context.actor, self.owner_query.text(), status="hidup", limit=20
        )
        for person in found:
            self.owner_box.addItem(f"{person.name} — {person.nik}", person.id)
        self.name.setFocus()

    def show_size(self) -> None:
        try:
            size = assess_size(
                amount_or_none(self.capital.text(), "capital"), amount_or_none(self.sales.text(), "yearly_sales")
            )
        except ValidationError:
            self.size_label.setText(self.tr("(modal atau omzet belum berupa angka)"))
            return
        self.size_label.setText(label(SIZE_TITLES[size.size]) if size.size else self.tr("(isi modal atau omzet)"))

    def value(self) -> BusinessInput:
        base = self.existing.value if self.existing else None
        return BusinessInput(
            name=self.name.text(),
            owner_resident_id=self.owner_box.currentData() or "",
            sector=self.sector.currentData(),
            products=self.products.text(),
            address=self.address.text(),
            rt=parse_optional_int(self.rt.text(), "rt"),
            rw=parse_optional_int(self.rw.text(), "rw"),
            phone=self.phone.text(),
            capital=amount_or_none(self.capital.text(), "capital"),
            yearly_sales=amount_or_none(self.sales.text(), "yearly_sales"),
            employees=parse_optional_int(self.employees.text(), "employees"),
            started_year=base.started_year if base else None,
            nib=self.nib.text(),
            nib_status=self.nib_status.currentData(),
            nib_issued_on=base.nib_issued_on if base else None,
            notes=base.notes if base else "",
        )

    def save(self) -> None:
        umkm, actor = self.context.services.programmes.umkm, self.context.actor
        try:
            value = self.value()
            added = self.photos.attachments()[self.stored_photos :]
            if self.existing is None:
                self.saved = umkm.register(actor, value, added)
            else:
                self.saved = umkm.update(actor, self.existing.id, value, self.existing.rev)
                for photo in added:
                    self.saved = umkm.add_photo(actor, self.existing.id, photo)
        except ValidationError as error:
            self.errors.show(error)
            return
        self.accept()

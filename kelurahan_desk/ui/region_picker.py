"""Pick the office's kelurahan from the region table: province → kota/kabupaten → kecamatan → kelurahan.

When the table is empty it can be imported here from a file (`wilayah.sql` or CSV `kode,nama`);
the import runs in the background. Choosing a kelurahan emits `picked` with the profile fields.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.regions import RegionImport, RegionService, RegionView
from kelurahan_desk.ui.task_progress import run_with_progress
from kelurahan_desk.ui.task_runner import TaskRunner


def is_kelurahan(code: str) -> bool:
    """`32.73.01.1001`: the last segment starting with 1 is a kelurahan (2 would be a desa)."""
    return code.count(".") == 3 and code.rsplit(".", 1)[1].startswith("1")


def split_city(name: str) -> tuple[str, str]:
    """`Kota Bandung` → (`KOTA`, `Bandung`); `Kabupaten Bandung` / `Kab. Bandung` → (`KABUPATEN`, `Bandung`)."""
    lowered = name.lower()
    for prefix, kind in (("kota ", "KOTA"), ("kabupaten ", "KABUPATEN"), ("kab. ", "KABUPATEN")):
        if lowered.startswith(prefix):
            return kind, name[len(prefix) :].strip()
    return "KOTA", name.strip()


class RegionPicker(QWidget):
    picked = Signal(dict)

    def __init__(self, regions: RegionService, runner: TaskRunner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regions = regions
        self._runner = runner
        self._actor = actor
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Impor tabel wilayah…"))
        self.import_button.clicked.connect(self.choose_file)
        self.province = QComboBox()
        self.city = QComboBox()
        self.district = QComboBox()
        self.village = QComboBox()
        self.levels = [self.province, self.city, self.district, self.village]
        for combo in self.levels:
            combo.setMinimumWidth(300)
            combo.setMaxVisibleItems(20)
        form = QFormLayout()
        form.addRow(self.tr("Provinsi"), self.province)
        form.addRow(self.tr("Kota/Kabupaten"), self.city)
        form.addRow(self.tr("Kecamatan"), self.district)
        form.addRow(self.tr("Kelurahan"), self.village)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(form)
        for level, combo in enumerate(self.levels):
            combo.currentIndexChanged.connect(lambda _i, level=level: self._level_changed(level))
        self.reload()

    def reload(self) -> None:
        count = self._regions.count()
        if count:
            self.status.setText(
                self.tr("Tabel wilayah berisi {count} wilayah.").format(count=f"{count:,}".replace(",", "."))
            )
        else:
            self.status.setText(
                self.tr(
                    "Tabel wilayah belum ada. Impor berkas wilayah.sql atau CSV (kode,nama), atau isi manual di bawah."
                )
            )
        for combo in self.levels:
            combo.setEnabled(bool(count))
        self._fill(0, self._regions.children(None) if count else [])

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas tabel wilayah"), "", self.tr("Tabel wilayah (*.sql *.csv);;Semua berkas (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        regions, actor = self._regions, self._actor
        run_with_progress(
            self,
            self._runner,
            self.tr("Mengimpor tabel wilayah…"),
            lambda _task: regions.import_file(actor, path),
            self._imported,
            cancellable=False,
            write=True,
        )

    def _imported(self, result: RegionImport) -> None:
        self.reload()
        text = self.tr("Tabel wilayah: {added} baru, {updated} diperbarui; kini {total} wilayah.").format(
            added=result.added, updated=result.updated, total=f"{result.total:,}".replace(",", ".")
        )
        if result.problems:
            text += " " + self.tr("{problems} baris berkas dilewati karena tidak sah.").format(
                problems=len(result.problems)
            )
        self.status.setText(text)

    def _fill(self, level: int, items: list[RegionView]) -> None:
        if level == 3:
            items = [item for item in items if is_kelurahan(item.code)]
        combo = self.levels[level]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— pilih —"), None)
        for item in items:
            combo.addItem(f"{item.name}  ({item.code})", item)
        combo.blockSignals(False)
        for lower in self.levels[level + 1 :]:
            lower.clear()

    def _level_changed(self, level: int) -> None:
        chosen: RegionView | None = self.levels[level].currentData()
        if level < 3:
            self._fill(level + 1, self._regions.children(chosen.code) if chosen else [])
            return
        if chosen is None:
            return
        self.picked.emit(self.selection())

    def select_code(self, code: str) -> None:
        """Selects the path down to `code` (e.g. `32.73.01.1001`) in the four lists."""
        parts = code.split(".")
        for level in range(min(len(parts), 4)):
            prefix = ".".join(parts[: level + 1])
            combo = self.levels[level]
            for index in range(combo.count()):
                data = combo.itemData(index)
                if data is not None and data.code == prefix:
                    combo.setCurrentIndex(index)
                    break

    def selection(self) -> dict[str, str]:
        province, city, district, village = (combo.currentData() for combo in self.levels)
        if village is None:
            return {}
        kind, city_name = split_city(city.name)
        return {
            "code": village.code,
            "province_name": province.name,
            "city_kind": kind,
            "city_name": city_name,
            "district_name": district.name,
            "village_name": village.name,
        }

"""A proposal's photos: the site as proposed, then each progress report (date, percent, note) with its
photos. Thumbnails in strips; a click shows a photo large, Left/Right the others of the same strip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kelurahan_desk.core.services.musrenbang_views import ProposalView
from kelurahan_desk.ui.cases.photo_strip import PhotoStrip
from kelurahan_desk.ui.photo_viewer import open_on_click

if TYPE_CHECKING:
    from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView


class ProposalPhotosDialog(QDialog):
    def __init__(self, view: MusrenbangView, proposal: ProposalView) -> None:
        super().__init__(view)
        musrenbang, actor = view.services.musrenbang, view.actor
        self.setWindowTitle(self.tr("Foto usulan nomor {number}").format(number=proposal.number))
        self.resize(720, 560)
        self.strips: list[PhotoStrip] = []
        body = QWidget()
        column = QVBoxLayout(body)
        heading = QLabel(
            f"{proposal.number}. {proposal.activity}" + (f" — {proposal.location}" if proposal.location else "")
        )
        heading.setStyleSheet("font-weight: bold;")
        heading.setWordWrap(True)
        column.addWidget(heading)

        site = QGroupBox(self.tr("Foto lokasi saat diusulkan"))
        site_layout = QVBoxLayout(site)
        shas = musrenbang.site_photos(actor, proposal.id)
        if shas:
            self.site = self._strip([musrenbang.photo_bytes(actor, sha) for sha in shas], self.tr("Foto lokasi"))
            site_layout.addWidget(self.site)
        else:
            self.site = None
            site_layout.addWidget(QLabel(self.tr("Belum ada foto lokasi.")))
        column.addWidget(site)

        reports = musrenbang.progress(actor, proposal.id)
        self.progress_strips: list[PhotoStrip] = []
        work = QGroupBox(self.tr("Kemajuan pekerjaan"))
        work_layout = QVBoxLayout(work)
        if not reports:
            work_layout.addWidget(QLabel(self.tr("Belum ada laporan kemajuan.")))
        for report in reports:
            line = self.tr("{date} — {percent} %").format(date=f"{report.reported_on:%d-%m-%Y}", percent=report.percent)
            caption = QLabel(f"{line} — {report.note}" if report.note else line)
            caption.setWordWrap(True)
            work_layout.addWidget(caption)
            if report.photo_shas:
                strip = self._strip([musrenbang.photo_bytes(actor, sha) for sha in report.photo_shas], line)
                self.progress_strips.append(strip)
                work_layout.addWidget(strip)
        column.addWidget(work)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Klik foto untuk memperbesar; panah kiri/kanan untuk foto lainnya.")))
        layout.addWidget(scroll, 1)
        layout.addWidget(close)

    def _strip(self, photos: list[bytes], title: str) -> PhotoStrip:
        strip = PhotoStrip(editable=False)
        for n, data in enumerate(photos, start=1):
            strip.add_bytes(f"{title} {n}", data, str(n))
        open_on_click(strip, title)
        self.strips.append(strip)
        return strip

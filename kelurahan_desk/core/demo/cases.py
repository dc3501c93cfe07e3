"""Demo cases: six weeks of the front desk, replayed through the case service day by day.

Every case goes through the service (audited, in the outbox) as the staff would have handled it; the
store's clock is set to each step's moment while the history is replayed and put back afterwards. The
result has cases in every state, some overdue, an escalation, information requests with an extension and
an objection, a reopened case, a duplicate, and follow-ups with before and after photos.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy import func, select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.demo.population import MEN, MEN_SECOND, WOMEN, WOMEN_SECOND
from kelurahan_desk.core.demo.replay_clock import replayed
from kelurahan_desk.core.domain.case_intake import NewAttachment, NewCase
from kelurahan_desk.core.domain.case_lifecycle import ActionInput
from kelurahan_desk.core.domain.case_states import CaseAction as A
from kelurahan_desk.core.domain.case_states import CaseKind
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.store.models import Case

PHOTO_COLOURS = {"sebelum": (120, 98, 80), "sesudah": (70, 130, 90), "lampiran": (90, 110, 150)}


@dataclass(frozen=True)
class Step:
    after_days: int
    action: A
    by: str
    given: ActionInput = field(default_factory=ActionInput)
    photos: tuple[str, ...] = ()  # roles of generated photos


@dataclass(frozen=True)
class Story:
    days_ago: int
    case: dict[str, Any]
    steps: tuple[Step, ...] = ()
    by: str = "petugas"
    photo: bool = False
    duplicate_of: int | None = None  # index of an earlier story


def _photo(label: str, role: str) -> NewAttachment:
    image = Image.new("RGB", (320, 240), PHOTO_COLOURS[role])
    draw = ImageDraw.Draw(image)
    draw.rectangle((12, 12, 308, 228), outline=(240, 240, 230), width=3)
    draw.text((24, 100), f"{role.upper()}: {label}"[:48], fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return NewAttachment(f"{role}-{label[:20].lower().replace(' ', '-')}.jpg", buffer.getvalue())


V, D, P = A.VERIFIKASI, A.DISPOSISI, A.PROSES
FIX = ActionInput(note="Sudah diperbaiki bersama warga dan RW")


def _to(officer: str) -> ActionInput:
    return ActionInput(assignee_id=officer, note="Mohon ditindaklanjuti")


def stories(officers: dict[str, str]) -> list[Story]:
    rina = officers["petugas"]
    dedi = officers["kasi"]
    road = {"kind": CaseKind.LAPORAN, "category_id": "kat-jalan"}
    drain = {"kind": CaseKind.LAPORAN, "category_id": "kat-drainase"}
    light = {"kind": CaseKind.LAPORAN, "category_id": "kat-pju"}
    waste = {"kind": CaseKind.LAPORAN, "category_id": "kat-sampah"}
    info = {"kind": CaseKind.PERMINTAAN_INFORMASI, "category_id": "kat-informasi", "info_delivery": "salinan_cetak"}
    complaint = {"kind": CaseKind.PENGADUAN, "category_id": "kat-administrasi"}
    done = (Step(1, V, "kasi"), Step(1, D, "kasi", _to(rina)), Step(2, P, "petugas"))
    return [
        Story(
            41,
            {**road, "description": "Jalan berlubang di depan SD Negeri 2, sudah dua motor jatuh", "rt": 2, "rw": 3},
            (
                *done,
                Step(
                    1, A.TINDAK_LANJUT, "petugas", ActionInput(note="Diukur, perlu 2 karung aspal dingin"), ("sebelum",)
                ),
                Step(2, A.SELESAIKAN, "petugas", FIX, ("sesudah",)),
            ),
            photo=True,
        ),
        Story(
            38,
            {**drain, "description": "Selokan Gg. Mawar mampet, air masuk ke rumah saat hujan deras", "rt": 4, "rw": 3},
            (
                *done,
                Step(3, A.SELESAIKAN, "petugas", ActionInput(note="Selokan dikeruk kerja bakti RW 03")),
                Step(4, A.BUKA_KEMBALI, "petugas", ActionInput(note="Warga melapor mampet lagi")),
                Step(
                    2, A.TINDAK_LANJUT, "petugas", ActionInput(note="Ditemukan sampah plastik menumpuk"), ("sebelum",)
                ),
            ),
        ),
        Story(
            35,
            {
                **light,
                "description": "Lampu PJU mati sepanjang Jl. Sarimanah",
                "rt": 1,
                "rw": 5,
                "address": "Jl. Sarimanah",
            },
            (
                Step(1, V, "kasi"),
                Step(0, A.TERUSKAN, "kasi", ActionInput(agency="Dinas Perhubungan Kota Bandung (bidang PJU)")),
            ),
        ),
        Story(
            33,
            {**complaint, "description": "Petugas meminta uang untuk surat pengantar", "confidential": True},
            (
                Step(1, V, "kasi"),
                Step(1, D, "kasi", ActionInput(assigned_unit="Sekretaris Kelurahan")),
                Step(1, P, "kasi"),
                Step(4, A.SELESAIKAN, "kasi", ActionInput(note="Sudah ditegur; layanan surat pengantar gratis")),
            ),
        ),
        Story(
            30,
            {
                **info,
                "description": "Permohonan informasi anggaran kegiatan RW",
                "info_requested": "Rincian dana kegiatan RW 05 tahun 2026",
                "info_purpose": "Laporan pertanggungjawaban warga",
            },
            (
                Step(1, V, "kasi"),
                Step(0, D, "kasi", ActionInput(assigned_unit="PPID Pelaksana Kelurahan")),
                Step(1, P, "kasi"),
                Step(
                    5,
                    A.PERPANJANG,
                    "kasi",
                    ActionInput(notice="Surat pemberitahuan perpanjangan No. 045/PPID/2026: data dari kecamatan"),
                ),
                Step(8, A.SELESAIKAN, "kasi", ActionInput(note="Salinan rincian diserahkan langsung")),
                Step(3, A.KEBERATAN, "petugas", ActionInput(reason="Rincian tidak memuat belanja konsumsi")),
            ),
        ),
        Story(
            28,
            {**waste, "description": "Sampah di TPS Jl. Setrasari tidak diangkut seminggu", "rt": 6, "rw": 2},
            (Step(0, A.TOLAK, "kasi", ActionInput(reason="Sudah dilaporkan (dobel), lihat laporan sebelumnya")),),
        ),
        Story(
            26,
            {
                **road,
                "description": "Jalan amblas di ujung Gg. Haji Basri",
                "rt": 5,
                "rw": 1,
                "latitude": -6.8826,
                "longitude": 107.5871,
            },
            (
                Step(1, V, "kasi"),
                Step(1, D, "kasi", _to(dedi)),
                Step(1, P, "kasi"),
                Step(
                    1, A.TINDAK_LANJUT, "kasi", ActionInput(note="Dilaporkan ke DSDABM, menunggu jadwal"), ("sebelum",)
                ),
            ),
            photo=True,
        ),
        Story(
            25,
            {
                **road,
                "description": "Jalan amblas dekat Gg. Haji Basri, membahayakan",
                "rt": 5,
                "rw": 1,
                "latitude": -6.8827,
                "longitude": 107.5872,
            },
            (Step(1, A.TANDAI_DUPLIKAT, "kasi", ActionInput(note="Sama dengan laporan sebelumnya")),),
            duplicate_of=6,
        ),
        Story(
            21,
            {
                **info,
                "description": "Permintaan data penerima bantuan sosial",
                "info_requested": "Daftar penerima BLT di RW 07",
                "info_delivery": "melihat",
            },
            (
                Step(1, V, "kasi"),
                Step(0, D, "kasi", _to(dedi)),
                Step(1, P, "kasi"),
                Step(3, A.SELESAIKAN, "kasi", ActionInput(note="Daftar dapat dilihat di papan pengumuman kantor")),
            ),
        ),
        Story(
            19,
            {
                "kind": CaseKind.ASPIRASI,
                "category_id": "kat-sosial",
                "description": "Usul posyandu lansia di RW 08",
                "rt": 1,
                "rw": 8,
                "anonymous": True,
            },
            (),
        ),
        Story(
            17,
            {**drain, "description": "Gorong-gorong Jl. Sukajadi tersumbat", "rt": 3, "rw": 6},
            (Step(2, V, "kasi"), Step(1, D, "kasi", _to(rina))),
        ),
        Story(
            14,
            {**light, "description": "Tiang lampu miring hampir roboh", "rt": 2, "rw": 4},
            (
                Step(1, V, "kasi"),
                Step(1, D, "kasi", _to(rina)),
                Step(1, P, "petugas"),
                Step(1, A.ESKALASI, "lurah", ActionInput(note="Berbahaya, mohon diprioritaskan")),
            ),
        ),
        Story(
            12,
            {**complaint, "description": "Antrian KTP-el terlalu lama, tidak ada nomor antrian"},
            (Step(4, V, "kasi"),),
        ),
        Story(9, {**waste, "description": "Pembakaran sampah di lahan kosong tiap sore", "rt": 3, "rw": 7}, ()),
        Story(
            6,
            {**road, "description": "Polisi tidur terlalu tinggi di Jl. Sarijadi Raya", "rt": 1, "rw": 2},
            (Step(1, V, "kasi"),),
        ),
        Story(
            4,
            {
                **info,
                "description": "Permintaan salinan Perwal tentang retribusi sampah",
                "info_requested": "Salinan Peraturan Wali Kota tentang retribusi sampah",
            },
            (),
        ),
        Story(
            2,
            {
                "kind": CaseKind.ASPIRASI,
                "category_id": "kat-lainnya",
                "description": "Usul pelatihan UMKM untuk ibu-ibu PKK",
                "rt": 4,
                "rw": 4,
            },
            (),
        ),
        Story(1, {**drain, "description": "Air meluap dari saluran Jl. Cipedes Tengah", "rt": 2, "rw": 6}, photo=True),
        Story(
            0,
            {**road, "description": "Paving blok lepas di gang depan masjid", "rt": 5, "rw": 5, "channel": "whatsapp"},
            (),
        ),
    ]


def seed_cases(services: Services, actors: dict[str, Actor]) -> None:
    with services.store.read() as s:
        if s.scalar(select(func.count()).select_from(Case)):
            return
    officers = {name: actor.account_id for name, actor in actors.items()}
    with replayed(services) as replay:
        made: list[str] = []
        today = replay.real.today()
        for story in stories(officers):
            replay.at(today - timedelta(days=story.days_ago), 8, 30)
            made.append(_tell(services, actors, story, made, replay.clock, replay.real.now()))


def _tell(
    services: Services, actors: dict[str, Actor], story: Story, made: list[str], replay: FixedClock, now: datetime
) -> str:
    fields: dict[str, Any] = {"channel": "datang", "citizen_name": "", **story.case}
    if not fields.get("anonymous"):
        seed = zlib.crc32(fields["description"].encode())
        first, second = (MEN, MEN_SECOND) if seed % 2 else (WOMEN, WOMEN_SECOND)
        fields["citizen_name"] = f"{first[seed % len(first)]} {second[seed // 7 % len(second)]}"
        fields["citizen_phone"] = "0812" + str(seed % 10**8).zfill(8)
    attachments = (_photo(fields["description"][:24], "lampiran"),) if story.photo else ()
    duplicate_of = made[story.duplicate_of] if story.duplicate_of is not None else None
    result = services.cases.intake(
        actors[story.by], NewCase(**fields, attachments=attachments, duplicate_of_id=duplicate_of)
    )
    for step in story.steps:
        replay.set(min(replay.now() + timedelta(days=step.after_days, hours=1), now))
        photos = [(_photo(fields["description"][:24], role), role) for role in step.photos]
        services.cases.act(actors[step.by], result.id, step.action, step.given, photos=photos)
    return result.id

"""Demo letters: requests at every step of their life, issued ones archived with their PDFs.

The demo office is marked as a demo, so every letter it prints carries the SPESIMEN mark. Requests are
written by the front desk (petugas), checked by the kasi and signed by the lurah, as in a real office;
a few are signed a.n. by the kasi's delegation to show the delegated signature block.
"""

from __future__ import annotations

from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.office import STAFF
from kelurahan_desk.core.demo.replay_clock import Replay, replayed, working_days_ago
from kelurahan_desk.core.domain.letter_states import LetterState
from kelurahan_desk.core.services.letter_types import LetterTypeView
from kelurahan_desk.core.services.letter_views import Approval, LetterRequest
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.residents import ResidentDetail

PASSWORDS = {account.username: account.password for account in STAFF}

# type code, extra values, the step the request is left at
PLAN: tuple[tuple[str, dict[str, str], str], ...] = (
    ("SKD", {"keperluan": "melamar pekerjaan"}, "diambil"),
    ("SKTM", {"keperluan": "keringanan biaya rumah sakit"}, "diambil"),
    (
        "SKPH",
        {"penghasilan": "2750000", "sumber_penghasilan": "berdagang makanan", "keperluan": "beasiswa anak"},
        "dicetak",
    ),
    (
        "SKU",
        {
            "nama_usaha": "Warung Nasi Sukarasa",
            "jenis_usaha": "warung makan",
            "alamat_usaha": "Jl. Sukarasa No. 21",
            "mulai_usaha": "2019",
            "modal_usaha": "15000000",
            "keperluan": "pendaftaran NIB",
        },
        "terbit",
    ),
    ("SKCK", {"keperluan": "melamar pekerjaan"}, "terbit"),
    ("SKBM", {"keperluan": "persyaratan nikah"}, "dicabut"),
    (
        "SKDU",
        {
            "nama_usaha": "Konveksi Maju",
            "jenis_usaha": "konveksi pakaian",
            "alamat_usaha": "Gg. Melati No. 4",
            "keperluan": "izin usaha",
        },
        "disetujui",
    ),
    (
        "SKP",
        {
            "alamat_tujuan": "Jl. Diponegoro No. 8",
            "kelurahan_tujuan": "Citarum",
            "kecamatan_tujuan": "Bandung Wetan",
            "kota_tujuan": "Kota Bandung",
            "provinsi_tujuan": "Jawa Barat",
            "alasan_pindah": "pekerjaan",
            "jumlah_pengikut": "2",
        },
        "diverifikasi",
    ),
    ("SKD", {"keperluan": "pembukaan rekening bank"}, "diajukan"),
    ("SKTM", {"keperluan": "pendaftaran sekolah"}, "diajukan"),
    (
        "SKAW",
        {
            "nama_pewaris": "H. Slamet Riyadi",
            "tanggal_meninggal_pewaris": "2026-09-14",
            "daftar_ahli_waris": "1. Siti Rahmawati, istri\n2. Budi Santoso, anak kandung\n"
            "3. Ani Lestari, anak kandung",
            "keperluan": "balik nama sertifikat tanah",
        },
        "draf",
    ),
    ("SKCK", {"keperluan": "melamar pekerjaan"}, "ditolak"),
)


def seed_letters(services: Services, actors: dict[str, Actor]) -> None:
    letters = services.letters
    desk = actors["petugas"]
    if letters.worklist(desk, list(LetterState), limit=1):
        return
    types = {kind.code: kind for kind in services.letter_types.list_types(desk)}
    people = _applicants(services, desk)
    with replayed(services) as replay:
        today = replay.real.today()
        for i, (code, extra, until) in enumerate(PLAN):
            # one request a working day, the oldest first, each taken in at the counter in the morning
            replay.at(working_days_ago(today, len(PLAN) - 1 - i), 8, 15 + 9 * (i % 5))
            _walk(services, actors, types[code], _pick(people, code, i), extra, until, replay)


def _walk(
    services: Services,
    actors: dict[str, Actor],
    kind: LetterTypeView,
    resident: ResidentDetail,
    extra: dict[str, str],
    until: str,
    replay: Replay,
) -> None:
    """One request, from the counter to the step it is left at, each step a while after the one before."""
    letters = services.letters
    desk, kasi, lurah = actors["petugas"], actors["kasi"], actors["lurah"]
    values = {**letters.prefill(desk, kind.id, resident.id), **extra}
    letter = letters.create(desk, LetterRequest(kind.id, values, resident.id, kind.data.requirements))
    if until == "draf":
        return
    replay.later(4)
    letters.submit(desk, letter.id)
    if until == "diajukan":
        return
    replay.later(35)
    if until == "ditolak":
        letters.reject(kasi, letter.id, "Surat pengantar RT/RW belum ditandatangani Ketua RW")
        return
    letters.verify(kasi, letter.id)
    if until == "diverifikasi":
        return
    replay.later(80)
    letters.approve(lurah, letter.id, PASSWORDS["lurah"], Approval(), issue=until != "disetujui")
    if until in ("disetujui", "terbit"):
        return
    replay.later(50 if until == "dicabut" else 10)
    if until == "dicabut":
        letters.revoke(lurah, letter.id, "Pemohon ternyata sudah menikah (data keliru)", PASSWORDS["lurah"])
        return
    letters.mark_printed(desk, [letter.id])
    if until == "diambil":
        replay.later(60 * 5)  # collected by the applicant in the afternoon
        letters.hand_over(desk, letter.id, values.get("nama", ""))


WORKING_AGE = 21
NOT_EARNING = ("belum", "tidak bekerja", "pelajar", "mahasiswa", "rumah tangga", "pensiun")
BUSINESS = ("SKU", "SKDU", "SKPH")


def _applicants(services: Services, desk: Actor) -> list[ResidentDetail]:
    """Living adults of the demo population, in a fixed order."""
    today = services.clock.today()
    found = []
    for row in services.residents.search(desk, "", limit=300, offset=11):
        born = row.birth_date
        if row.status == "hidup" and born is not None and (today - born).days >= WORKING_AGE * 365:
            found.append(services.residents.get(desk, row.id))
    return found


def _pick(people: list[ResidentDetail], code: str, i: int) -> ResidentDetail:
    """Someone the letter fits: the unmarried for SKBM, someone who earns for business and income letters."""
    if code == "SKBM":
        fitting = [p for p in people if p.marital_status == "belum_kawin"]
    elif code in BUSINESS:
        fitting = [p for p in people if p.occupation and not any(w in p.occupation.lower() for w in NOT_EARNING)]
    else:
        fitting = people
    fitting = fitting or people
    return fitting[(i * 7) % len(fitting)]

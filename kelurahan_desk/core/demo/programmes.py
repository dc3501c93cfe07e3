"""Demo participation data: two musrenbang years with proposals in every status (last year's followed to
completion, one carried over), UMKM businesses of demo residents, and a training programme with a
waiting list, attendance, certificates and an outcome. Everything goes through the services."""

from __future__ import annotations

from datetime import date, timedelta

from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.replay_clock import Replay, replayed
from kelurahan_desk.core.domain.letter_states import ISSUED_STATES, LetterState
from kelurahan_desk.core.domain.musrenbang_phases import Phase
from kelurahan_desk.core.domain.proposal_status import ProposalInput
from kelurahan_desk.core.services.musrenbang_views import AttendeeInput, ForumDetails
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.residents import ResidentRow
from kelurahan_desk.core.services.training_views import ProgrammeInput, SessionInput
from kelurahan_desk.core.services.umkm import BusinessInput

# activity, field, location, volume, unit, cost (million rupiah), proposer
PROPOSALS = (
    ("Normalisasi saluran drainase", "infrastruktur", "Gg. Melati", 250, "m", 180, "RW 01"),
    ("Perbaikan jalan lingkungan dengan paving block", "infrastruktur", "Jl. Sukarasa Dalam", 400, "m²", 120, "RW 02"),
    ("Penerangan jalan umum tenaga surya", "infrastruktur", "Gg. Mawar", 12, "titik", 96, "RW 03"),
    ("Sumur resapan", "infrastruktur", "Kompleks Taman Sari", 10, "unit", 45, "RW 04"),
    ("Pelatihan pengolahan makanan untuk ibu rumah tangga", "ekonomi", "Aula Kelurahan", 40, "orang", 35, "PKK"),
    ("Gerobak usaha untuk pedagang kaki lima", "ekonomi", "RW 05", 15, "unit", 60, "RW 05"),
    ("Bank sampah dan pelatihan daur ulang", "ekonomi", "RW 06", 1, "paket", 40, "Karang Taruna"),
    ("Posyandu lansia: alat kesehatan", "sosial_budaya", "Posyandu Anggrek", 3, "paket", 25, "Kader Posyandu"),
    ("Sarana olahraga voli untuk remaja", "sosial_budaya", "Lapangan RW 07", 1, "unit", 30, "Karang Taruna"),
    ("Rehabilitasi rumah tidak layak huni", "sosial_budaya", "RW 08", 5, "unit", 150, "LPM"),
)
ATTENDEES = (
    ("H. Ujang Sobandi", "lpm", "Ketua LPM", "L"),
    ("Hj. Euis Kurniasih", "pkk", "Ketua TP PKK", "P"),
    ("Dadan Ramdani", "rt_rw", "Ketua RW 01", "L"),
    ("Asep Hidayat", "rt_rw", "Ketua RW 02", "L"),
    ("Neng Yuliani", "perempuan", "Perwakilan perempuan RW 03", "P"),
    ("Rizky Pratama", "pemuda", "Ketua Karang Taruna", "L"),
    ("K.H. Mamat Rahmat", "tokoh", "Tokoh agama", "L"),
    ("Dedi Kurniawan, S.IP.", "pemerintah", "Kasi Pemerintahan", "L"),
)
BUSINESSES = (
    ("Keripik Tempe Bu Siti", "kuliner", "Keripik tempe, keripik singkong", 25_000_000, 180_000_000, "terbit"),
    ("Jahit Rapi", "fesyen", "Jahit seragam sekolah", 40_000_000, 260_000_000, "proses"),
    ("Warung Berkah", "perdagangan", "Sembako", 60_000_000, 750_000_000, "terbit"),
    ("Anyaman Bambu Sukarasa", "kerajinan", "Besek, tampah", 8_000_000, 45_000_000, "belum"),
    ("Bengkel Motor Jaya", "jasa", "Servis motor", 1_200_000_000, 1_900_000_000, "terbit"),
    ("Katering Sehat", "kuliner", "Nasi kotak, prasmanan", 350_000_000, 2_400_000_000, "terbit"),
    ("Sablon Kreatif", "digital", "Sablon kaos, desain", 15_000_000, 90_000_000, "belum"),
    ("Toko Bangunan Makmur", "perdagangan", "Bahan bangunan", 6_500_000_000, 18_000_000_000, "terbit"),
)


def seed_programmes(services: Services, actors: dict[str, Actor]) -> None:
    admin = actors["admin"]
    if services.programmes.musrenbang.cycles(admin):
        return
    people = [r for r in services.residents.search(admin, "", status="hidup", limit=400) if r.birth_date]
    _musrenbang(services, admin, actors["petugas"])
    _businesses(services, actors["petugas"], people)
    _training(services, actors["petugas"], people)


def _held_year(today: date) -> int:
    """The latest year whose forum is already over."""
    return today.year if today >= date(today.year, 2, 15) else today.year - 1


def _musrenbang(services: Services, admin: Actor, clerk: Actor) -> None:
    """Two years, each step on its day of the year's schedule (`default_phase_dates`)."""
    with replayed(services) as replay:
        _two_years(services, admin, clerk, replay)


def _two_years(services: Services, admin: Actor, clerk: Actor, replay: Replay) -> None:
    mus = services.programmes.musrenbang
    today = replay.real.today()
    year = _held_year(today)

    def progress(proposal_id: str, percent: int, day: date, note: str) -> None:
        day = min(today, day)
        replay.at(day, 14)
        mus.record_progress(clerk, proposal_id, percent, day, note)

    last = _forum_year(services, admin, clerk, year - 1, replay)
    ids = {p.number: p.id for p in mus.proposals(admin, last)}
    replay.at(date(year - 1, 3, 2), 10)  # the city's decisions are known
    mus.decide(clerk, ids[1], "didanai", "Masuk APBD", budget_amount=175_000_000)
    mus.decide(clerk, ids[2], "diterima_kecamatan", "Disepakati di musrenbang kecamatan")
    mus.decide(clerk, ids[3], "ditolak", "Bukan prioritas kota tahun ini")
    mus.decide(clerk, ids[8], "didanai", budget_amount=25_000_000)
    mus.advance_phase(admin, last, Phase.HASIL)
    progress(ids[1], 60, date(year - 1, 8, 14), "Galian dan pemasangan U-ditch")
    progress(ids[8], 100, date(year - 1, 9, 2), "Alat diserahkan ke posyandu")
    progress(ids[1], 100, date(year - 1, 11, 20), "Pekerjaan selesai, serah terima")

    current = _forum_year(services, admin, clerk, year, replay, carry_from=[ids[3]])
    now_ids = {p.number: p.id for p in mus.proposals(admin, current)}
    replay.at(date(year, 3, 2), 10)
    mus.decide(clerk, now_ids[1], "diterima_kecamatan")
    mus.decide(clerk, now_ids[2], "didanai", budget_amount=110_000_000)
    mus.decide(clerk, now_ids[6], "ditolak", "Diusulkan lewat dinas terkait")
    mus.advance_phase(admin, current, Phase.HASIL)
    progress(now_ids[2], 35, today - timedelta(days=10), "Pengadaan material")


def _forum_year(
    services: Services, admin: Actor, clerk: Actor, year: int, replay: Replay, carry_from: list[str] | None = None
) -> str:
    mus, forum = services.programmes.musrenbang, services.programmes.forum
    replay.at(date(year, 1, 2), 8)
    cycle = mus.open_cycle(admin, year).id
    if carry_from:
        mus.carry_over(clerk, cycle, carry_from)
    made = []
    for n, (activity, field, location, volume, unit, cost, proposer) in enumerate(PROPOSALS):
        value = ProposalInput(
            activity=activity,
            field=field,
            location=location,
            rt=1 + n % 6,
            rw=1 + n % 8,
            volume=float(volume),
            unit=unit,
            estimated_cost=cost * 1_000_000,
            swadaya=cost * 50_000,
            proposer_name=proposer,
            beneficiaries=40 + 25 * n,
        )
        replay.at(date(year, 1, 5 + n % 14), 9 + n % 6, (17 * n) % 60)  # brought in from the RW meetings
        made.append(mus.add_proposal(clerk, cycle, value))
    duplicate = mus.add_proposal(
        clerk,
        cycle,
        ProposalInput(
            activity="Perbaikan drainase Gg. Melati (usulan RW 02)",
            field="infrastruktur",
            location="Gg. Melati",
            rw=2,
            proposer_name="RW 02",
            estimated_cost=150_000_000,
        ),
    )
    mus.merge(clerk, made[0].id, [duplicate.id])
    replay.at(date(year, 1, 21), 8, 30)
    mus.advance_phase(admin, cycle, Phase.PRA_MUSRENBANG)
    keys = [c.key for c in mus.cycle(admin, cycle).criteria]
    for n, proposal in enumerate(mus.proposals(admin, cycle, include_merged=False)):
        forum.set_scores(clerk, proposal.id, {key: 1 + (n * 3 + i * 2) % 5 for i, key in enumerate(keys)})
    replay.at(date(year, 1, 28), 8)
    mus.advance_phase(admin, cycle, Phase.FORUM)
    forum.override_rank(clerk, made[3].id, 1, "Genangan di kompleks Taman Sari merusak rumah warga setiap hujan")
    forum.set_forum_details(
        clerk,
        cycle,
        ForumDetails(
            date(year, 1, 28),
            "09.00",
            "Aula Kantor Kelurahan Sukarasa",
            "H. Ujang Sobandi",
            "Rina Marlina",
            "Penanganan banjir menjadi prioritas utama kelurahan.",
        ),
    )
    for n, (name, role, origin, sex) in enumerate(ATTENDEES):
        seat = forum.add_attendee(clerk, cycle, AttendeeInput(name, role, origin, sex))
        if n in (0, 1, 5):
            forum.set_delegate(clerk, seat.id, True)
    for n, proposal in enumerate(mus.proposals(admin, cycle, include_merged=False)):
        forum.set_votes(clerk, proposal.id, (n * 7) % 23)
    replay.at(date(year, 1, 28), 12, 30)
    forum.issue_berita_acara(clerk, cycle)
    replay.at(date(year, 2, 6), 9)
    mus.advance_phase(admin, cycle, Phase.DIKIRIM)
    return cycle


def _businesses(services: Services, clerk: Actor, people: list[ResidentRow]) -> None:
    umkm = services.programmes.umkm
    owners = [p for p in people if p.rt is not None][5::37][: len(BUSINESSES)]
    for n, (owner, (name, sector, products, capital, sales, nib_status)) in enumerate(
        zip(owners, BUSINESSES, strict=True)
    ):
        nib = f"9120{301 + n:03d}{5_213_907 * (n + 1) % 10**6:06d}" if nib_status == "terbit" else ""
        value = BusinessInput(
            name=name,
            owner_resident_id=owner.id,
            sector=sector,
            products=products,
            capital=capital,
            yearly_sales=sales,
            nib=nib,
            nib_status=nib_status,
            employees=1 + capital // 200_000_000,
            started_year=2015 + len(name) % 9,
        )
        made = umkm.register(clerk, value)
        if name == "Keripik Tempe Bu Siti":
            umkm.link_letter(clerk, made.id, "500.2.2.4/031/1001/III/2025", kind="SKU", issued_on=date(2025, 3, 12))
    _business_of_the_issued_sku(services, clerk)


def _business_of_the_issued_sku(services: Services, clerk: Actor) -> None:
    """The business the demo's issued SKU letter names, registered for its applicant with the letter linked."""
    letters = services.letters
    valid = ISSUED_STATES - {LetterState.DICABUT}
    issued = [row for row in letters.worklist(clerk, valid) if row.type_code == "SKU" and row.number]
    for row in issued[:1]:
        letter = letters.get(clerk, row.id)
        if letter.resident_id is None:
            continue
        owner = services.residents.get(clerk, letter.resident_id)
        value = BusinessInput(
            name=letter.values.get("nama_usaha", "") or letter.holder_name,
            owner_resident_id=letter.resident_id,
            sector="kuliner",
            products=letter.values.get("jenis_usaha", ""),
            address=letter.values.get("alamat_usaha", ""),
            rt=owner.rt,
            rw=owner.rw,
            capital=int(letter.values.get("modal_usaha") or 0) or None,
            yearly_sales=120_000_000,
            nib_status="proses",
            employees=2,
            started_year=int(letter.values.get("mulai_usaha") or 0) or None,
        )
        made = services.programmes.umkm.register(clerk, value)
        services.programmes.umkm.link_letter(clerk, made.id, row.number)


def _training(services: Services, clerk: Actor, people: list[ResidentRow]) -> None:
    training = services.programmes.training
    today = services.clock.today()
    start = today - timedelta(days=30)
    adults = [p for p in people if p.birth_date and 18 <= (start - p.birth_date).days // 365 <= 55]
    programme = training.create_programme(
        clerk,
        ProgrammeInput(
            "Pelatihan Pengolahan Pangan dan Pemasaran Digital",
            "Dinas Koperasi dan UKM Kota Bandung",
            start,
            start + timedelta(days=14),
            10,
            topic="Keamanan pangan, kemasan, penjualan daring",
            place="Aula Kantor Kelurahan Sukarasa",
            target_group="Warga usia 18–55 tahun",
            min_age=18,
            max_age=55,
        ),
    )
    sessions = [
        training.add_session(clerk, programme.id, SessionInput(start + timedelta(days=d), "09.00", "12.00", topic))
        for d, topic in ((0, "Keamanan pangan"), (4, "Kemasan dan label"), (9, "Foto produk"), (14, "Jualan daring"))
    ]
    regs = [training.register(clerk, programme.id, person.id) for person in adults[::11][:13]]
    training.cancel(clerk, regs[2].id, "Sudah bekerja di luar kota")  # the first on the waiting list moves up
    seated = [r.id for r in training.registrations(clerk, programme.id) if r.status == "peserta"]
    training.set_status(clerk, programme.id, "ditutup")  # registration closes as the first session starts
    for n, session in enumerate(sessions):
        training.record_attendance(clerk, session.id, [r for i, r in enumerate(seated) if (i + n) % 5])
    training.issue_certificates(clerk, programme.id)
    training.record_outcome(clerk, seated[0], "nib", today - timedelta(days=3), "NIB usaha makanan ringan terbit")
    training.set_status(clerk, programme.id, "selesai")

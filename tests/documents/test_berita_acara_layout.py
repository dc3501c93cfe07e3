"""The berita acara never leaves its signatures alone on a page: whatever the number of delegates and of
other agreements, the page with the signatures also carries the closing sentence and the last decision."""

from __future__ import annotations

import io
from datetime import date

import pypdf
from hypothesis import given, settings
from hypothesis import strategies as st

from kelurahan_desk.core.documents.berita_acara_pdf import AttendeeLine, BeritaAcara, render_berita_acara
from kelurahan_desk.core.documents.letterhead import OfficeHeader
from kelurahan_desk.core.documents.official_pages import Signer
from kelurahan_desk.core.documents.priority_list_pdf import FieldList


def minutes(header: OfficeHeader, delegates: int, agreements: int, qr_text: str | None) -> BeritaAcara:
    people = tuple(AttendeeLine(f"Peserta {n}", "Ketua RT/RW", f"RW {n:02d}") for n in range(1, 21))
    return BeritaAcara(
        header=header,
        year=2026,
        forum_on=date(2026, 1, 28),
        forum_time="09.00",
        zone_label="WIB",
        forum_place="Aula Kantor Kelurahan",
        chair=Signer(("Pimpinan Sidang,",), "H. Ujang Sobandi"),
        secretary=Signer(("Notulis,",), "Rina Marlina"),
        lurah=Signer(
            ("Mengetahui,", "LURAH SUKARASA,"), "Drs. Asep Sunandar", "Penata Tingkat I", "197501012000031001"
        ),
        attendees=people,
        delegates=people[:delegates],
        fields=tuple(FieldList(title, ()) for title in ("Infrastruktur", "Ekonomi", "Sosial Budaya")),
        conclusions="\n".join(
            f"Kesepakatan {n}: pemeliharaan saluran oleh warga RW {n:02d}." for n in range(agreements)
        ),
        number="400.10.5.1/001/1001/I/2026" if qr_text else "",
        qr_text=qr_text,
    )


@settings(max_examples=30, deadline=None)
@given(delegates=st.integers(0, 15), agreements=st.integers(0, 30), signed=st.booleans())
def test_the_signatures_keep_the_closing_and_the_last_decision_on_their_page(
    header: OfficeHeader, signed_text: str, delegates: int, agreements: int, signed: bool
) -> None:
    pdf = render_berita_acara(minutes(header, delegates, agreements, signed_text if signed else None))
    pages = [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    [signed_page] = [text for text in pages if "Pimpinan Sidang" in text]
    before = signed_page[: signed_page.index("Pimpinan Sidang")]
    assert "Demikian berita acara ini dibuat" in before
    last_decision = f"Kesepakatan {agreements - 1}:" if agreements else "3. Menetapkan"
    assert last_decision in before.split("Demikian")[0]

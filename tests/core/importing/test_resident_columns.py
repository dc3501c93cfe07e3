"""Resident import columns: headers recognised, values cleaned to the codes the resident service stores."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.core.importing.resident_columns import (
    CHOICE_SPELLINGS,
    FIELDS,
    normalise_row,
    parse_date,
    suggest_mapping,
)
from kelurahan_desk.core.services.resident_checks import (
    MARITAL_STATUSES,
    RELATIONSHIPS,
    RELIGIONS,
    SEXES,
    ResidentInput,
)


def test_office_register_headers() -> None:
    headers = [
        "No", "NIK", "No KK", "Nama Lengkap", "Nama Ayah", "Tempat Lahir", "Tgl. Lahir", "L/P", "Agama",
        "Status Perkawinan", "Pekerjaan", "Pendidikan Terakhir", "Alamat", "RT", "RW", "SHDK", "Keterangan",
    ]  # fmt: skip
    assert suggest_mapping(headers) == {
        "nik": 1,
        "kk": 2,
        "name": 3,
        "birth_place": 5,
        "birth_date": 6,
        "sex": 7,
        "religion": 8,
        "marital_status": 9,
        "occupation": 10,
        "education": 11,
        "address": 12,
        "rt": 13,
        "rw": 14,
        "relationship": 15,
    }


def test_civil_registry_export_headers() -> None:
    headers = [
        "NO_KK", "NIK", "NAMA_LGKP", "TMPT_LHR", "TGL_LHR", "JENIS_KLMIN", "AGAMA", "STATUS_KAWIN",
        "JENIS_PKRJN", "PDDK_AKH", "ALAMAT", "NO_RT", "NO_RW", "STAT_HBKEL",
    ]  # fmt: skip
    mapping = suggest_mapping(headers)
    assert mapping == {field: headers.index(header) for field, header in zip(
        ["kk", "nik", "name", "birth_place", "birth_date", "sex", "religion", "marital_status", "occupation",
         "education", "address", "rt", "rw", "relationship"], headers, strict=True)}  # fmt: skip


def test_loose_headers_and_combined_columns() -> None:
    headers = [
        "Nomor KK", "NIK Penduduk", "Nama Kepala Keluarga", "NAMA", "Tempat/Tanggal Lahir", "JK",
        "Status Kawin", "RT/RW", "Hubungan dalam Keluarga", "NIK sementara?",
    ]  # fmt: skip
    mapping = suggest_mapping(headers)
    assert mapping["kk"] == 0 and mapping["nik"] == 1 and mapping["name"] == 3
    assert mapping["birth_place"] == mapping["birth_date"] == 4
    assert mapping["sex"] == 5 and mapping["marital_status"] == 6
    assert mapping["rt"] == mapping["rw"] == 7
    assert mapping["relationship"] == 8 and mapping["is_temporary_nik"] == 9
    assert suggest_mapping(["Foo", "", "Bar"]) == {}


MAPPING = {field: index for index, field in enumerate(FIELDS)}


def row(**values: str) -> list[str]:
    return [values.get(field, "") for field in FIELDS]


def test_a_full_row_becomes_a_resident_input() -> None:
    record, problems = normalise_row(
        row(
            nik="'3273 0145 0190 0001", kk="3273010101200003", name="  Siti   Aminah ", birth_place="Bandung",
            birth_date="05-01-1990", sex="Perempuan", religion="ISLAM", marital_status="Kawin",
            occupation="Guru", education="S1", address="Jl. Melati No. 10", rt="RT 003", rw="05",
            relationship="Istri", is_temporary_nik="tidak",
        ),
        MAPPING,
    )  # fmt: skip
    assert problems == []
    assert record == {
        "nik": "3273014501900001",
        "kk": "3273010101200003",
        "name": "Siti Aminah",
        "birth_place": "Bandung",
        "birth_date": date(1990, 1, 5),
        "sex": "P",
        "religion": "islam",
        "marital_status": "kawin",
        "occupation": "Guru",
        "education": "S1",
        "address": "Jl. Melati No. 10",
        "rt": 3,
        "rw": 5,
        "relationship": "istri",
        "is_temporary_nik": False,
    }
    assert ResidentInput(**record).nik == "3273014501900001"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-12-1990", date(1990, 12, 31)),
        ("31/12/1990", date(1990, 12, 31)),
        ("1.2.1990", date(1990, 2, 1)),
        ("1990-12-31", date(1990, 12, 31)),
        ("1990-12-31T00:00:00", date(1990, 12, 31)),
        ("31 Desember 1990", date(1990, 12, 31)),
        ("7 Agt 2001", date(2001, 8, 7)),
        ("31-02-1990", None),
        ("12/31/1990", None),
        ("90-12-31", None),
        ("kemarin", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("sex", "L", "L"), ("sex", "laki-laki", "L"), ("sex", "M", "L"), ("sex", "Pria", "L"),
        ("sex", "p", "P"), ("sex", "PEREMPUAN", "P"), ("sex", "F", "P"), ("sex", "Wanita", "P"),
        ("religion", "Katholik", "katolik"), ("religion", "Kristen Protestan", "kristen"),
        ("religion", "Budha", "buddha"), ("religion", "Khonghucu", "konghucu"),
        ("religion", "Kong Hu Cu", "konghucu"),
        ("religion", "Kepercayaan Terhadap Tuhan YME", "kepercayaan"), ("religion", "6", "konghucu"),
        ("marital_status", "BELUM KAWIN", "belum_kawin"), ("marital_status", "Kawin Tercatat", "kawin"),
        ("marital_status", "Cerai Hidup", "cerai_hidup"), ("marital_status", "cerai mati", "cerai_mati"),
        ("relationship", "Kepala Keluarga", "kepala"), ("relationship", "ANAK", "anak"),
        ("relationship", "Orang Tua", "orang_tua"), ("relationship", "Famili Lain", "famili_lain"),
        ("relationship", "Lainnya", "lainnya"), ("relationship", "3", "istri"),
    ],
)  # fmt: skip
def test_choices_become_canonical_codes(field: str, text: str, expected: str) -> None:
    record, problems = normalise_row(row(nik="3273014501900001", name="Budi", **{field: text}), MAPPING)
    assert problems == [] and record is not None and record[field] == expected


def test_every_canonical_code_is_one_the_resident_service_accepts() -> None:
    allowed = {"sex": SEXES, "religion": RELIGIONS, "marital_status": MARITAL_STATUSES}
    allowed["relationship"] = RELATIONSHIPS
    for field, table in CHOICE_SPELLINGS.items():
        assert set(table.values()) <= set(allowed[field]), field


@pytest.mark.parametrize(
    ("text", "expected"),
    [("003", 3), ("3", 3), ("RT 03", 3), ("rt.007", 7), ("RT:12", 12), ("0", None), ("000", None), ("999", 999)],
)
def test_rt_numbers(text: str, expected: int | None) -> None:
    record, _ = normalise_row(
        row(nik="1", name="Budi", rt=text, rw=text.upper().replace("RT", "RW")), MAPPING
    )
    assert record is not None and record["rt"] == record["rw"] == expected


def test_unreadable_values_are_left_empty_and_named() -> None:
    record, problems = normalise_row(
        row(nik="3273014501900001", name="Budi", birth_date="32-13-1990", sex="X", religion="Jedi",
            rt="RW 5", rw="lima", is_temporary_nik="mungkin"),
        MAPPING,
    )  # fmt: skip
    assert record is not None
    assert (record["birth_date"], record["sex"], record["religion"], record["rt"], record["rw"]) == (
        None, "", "", None, None,
    )  # fmt: skip
    assert problems == [
        "birth_date:invalid_date",
        "sex:unknown_choice",
        "religion:unknown_choice",
        "rt:invalid_number",
        "rw:invalid_number",
        "is_temporary_nik:unknown_choice",
    ]


def test_rows_that_cannot_be_a_resident() -> None:
    assert normalise_row(row(), MAPPING) == (None, ["row:empty"])
    assert normalise_row(row(name="Budi"), MAPPING) == (None, ["nik:required"])
    assert normalise_row(row(nik="3273014501900001"), MAPPING) == (None, ["name:required"])
    assert normalise_row(row(nik="3.27301E+15", name="Budi"), MAPPING) == (None, ["nik:precision_lost"])
    lost_kk = normalise_row(row(nik="3273014501900001", kk="3,27301E+15", name="Budi"), MAPPING)
    assert lost_kk == (None, ["kk:precision_lost"])  # the family cannot be known: not imported without it


def test_combined_birth_and_rt_rw_columns() -> None:
    headers = ["NIK", "Nama", "Tempat/Tgl Lahir", "RT/RW", "NIK Sementara"]
    mapping = suggest_mapping(headers)
    for ttl, place, born in [
        ("Bandung, 31-12-1990", "Bandung", date(1990, 12, 31)),
        ("Kab. Garut / 1990-12-31", "Kab. Garut", date(1990, 12, 31)),
        ("Sumedang 5 Januari 1970", "Sumedang", date(1970, 1, 5)),
        ("Cimahi", "Cimahi", None),
    ]:
        record, problems = normalise_row(["0123456789012345", "Budi", ttl, "003/005", "Ya"], mapping)
        assert problems == [] and record is not None
        assert (record["birth_place"], record["birth_date"]) == (place, born)
        assert (record["rt"], record["rw"], record["is_temporary_nik"]) == (3, 5, True)
    record, problems = normalise_row(["1", "Budi", "Bandung, kemarin", "tiga", ""], mapping)
    assert record is not None and record["birth_place"] == "Bandung"
    assert problems == ["birth_date:invalid_date", "rt:invalid_number", "rw:invalid_number"]


def test_mapping_beyond_a_short_row_reads_as_empty() -> None:
    record, problems = normalise_row(["3273014501900001", "Budi"], {"nik": 0, "name": 1, "rt": 7})
    assert problems == [] and record is not None and record["rt"] is None


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))
def test_every_date_reads_back_in_each_written_form(day: date) -> None:
    for text in (
        day.strftime("%d-%m-%Y"),
        day.strftime("%d/%m/%Y"),
        day.isoformat(),
        f"{day.day}.{day.month}.{day.year}",
    ):
        assert parse_date(text) == day


@given(
    st.lists(st.text(max_size=30), max_size=20), st.dictionaries(st.sampled_from(FIELDS), st.integers(-3, 25))
)
def test_any_row_and_mapping_give_a_result_never_an_error(values: list[str], mapping: dict[str, int]) -> None:
    record, problems = normalise_row(values, mapping)
    assert all(isinstance(code, str) and ":" in code for code in problems)
    if record is not None:
        assert set(record) == set(FIELDS)
        assert record["name"] and record["nik"]
        assert record["rt"] is None or 0 <= record["rt"] <= 999
        ResidentInput(**record)


@given(st.lists(st.text(max_size=40), max_size=30))
def test_any_headers_map_each_field_to_a_real_column(headers: list[str]) -> None:
    mapping = suggest_mapping(headers)
    assert set(mapping) <= set(FIELDS)
    assert all(0 <= index < len(headers) for index in mapping.values())

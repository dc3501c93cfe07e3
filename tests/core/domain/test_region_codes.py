"""Kepmendagri region codes, checked also against the full 2025 table when it is at hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kelurahan_desk.core.domain.indonesian_format import zone_for_province
from kelurahan_desk.core.domain.region_codes import RegionCode, RegionLevel, nik_prefix_to_region
from kelurahan_desk.core.errors import ValidationError

WILAYAH = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "wilayah" / "wilayah.sql"


@pytest.mark.parametrize(
    ("text", "code", "level", "parent"),
    [
        ("32", "32", RegionLevel.PROVINCE, None),
        ("32.73", "32.73", RegionLevel.REGENCY, "32"),
        ("32.73.01", "32.73.01", RegionLevel.DISTRICT, "32.73"),
        ("32.73.01.1001", "32.73.01.1001", RegionLevel.VILLAGE, "32.73.01"),
        ("3273011001", "32.73.01.1001", RegionLevel.VILLAGE, "32.73.01"),
        ("327301", "32.73.01", RegionLevel.DISTRICT, "32.73"),
        ("3273", "32.73", RegionLevel.REGENCY, "32"),
        (" 32.73 ", "32.73", RegionLevel.REGENCY, "32"),
    ],
)
def test_parse(text: str, code: str, level: RegionLevel, parent: str | None) -> None:
    region = RegionCode.parse(text)
    assert (region.code, region.level, region.parent_code, str(region)) == (code, level, parent, code)
    assert region.province_code == "32"


def test_parent_chain() -> None:
    chain = []
    region: RegionCode | None = RegionCode.parse("32.73.01.1001")
    while region is not None:
        chain.append(region.code)
        region = region.parent
    assert chain == ["32.73.01.1001", "32.73.01", "32.73", "32"]


@pytest.mark.parametrize(
    ("code", "kind", "kelurahan", "desa"),
    [
        ("32.73.01.1001", "kelurahan", True, False),
        ("32.04.01.2001", "desa", False, True),
        ("91.03.01.3007", "desa_adat", False, True),
        ("32.73.01", None, False, False),
    ],
)
def test_village_kind(code: str, kind: str | None, kelurahan: bool, desa: bool) -> None:
    region = RegionCode.parse(code)
    assert (region.village_kind, region.is_kelurahan, region.is_desa) == (kind, kelurahan, desa)


@pytest.mark.parametrize(
    ("code", "kota", "kabupaten"),
    [
        ("32", False, False),
        ("32.04", False, True),  # Kabupaten Bandung
        ("32.69", False, True),
        ("32.71", True, False),  # Kota Bogor
        ("32.73.01.1001", True, False),  # a kelurahan of Kota Bandung
        ("31.01", False, True),  # Kabupaten Administrasi Kepulauan Seribu
        ("31.71", True, False),  # Kota Administrasi Jakarta Pusat
    ],
)
def test_kota_and_kabupaten(code: str, kota: bool, kabupaten: bool) -> None:
    region = RegionCode.parse(code)
    assert (region.is_kota, region.is_kabupaten) == (kota, kabupaten)


@pytest.mark.parametrize(
    "text",
    ["", "3", "327", "32.7", "32.73.1", "32.73.01.101", "32.73.01.10011", "32-73", "32.73.01.1001.1",
     "3273011", "32730110011", "00", "32.00", "32.73.00", "32.73.01.0000", "ab.cd", "32.", ".32", "32..73"],
)  # fmt: skip
def test_format_errors(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        RegionCode.parse(text)
    assert (caught.value.field, caught.value.code) == ("code", "region_code_format")


def test_nik_prefix_to_region() -> None:
    assert nik_prefix_to_region("3273012304900001") == "32.73.01"
    assert nik_prefix_to_region("3273 0123 0490 0001") == "32.73.01"
    with pytest.raises(ValidationError):
        nik_prefix_to_region("32730")
    with pytest.raises(ValidationError):
        nik_prefix_to_region("0000002304900001")


@pytest.fixture(scope="module")
def wilayah_rows() -> list[tuple[str, str]]:
    if not WILAYAH.exists():
        pytest.skip(f"the Kepmendagri table is not at {WILAYAH}")
    rows = re.findall(r"\('([0-9.]+)','((?:[^']|'')*)'\)", WILAYAH.read_text(encoding="utf-8"))
    assert len(rows) > 90_000
    return rows


def test_every_code_of_the_2025_table_parses(wilayah_rows: list[tuple[str, str]]) -> None:
    codes = {code for code, _ in wilayah_rows}
    for code, name in wilayah_rows:
        region = RegionCode.parse(code)
        assert region.code == code
        assert region.parent_code is None or region.parent_code in codes, code
        if region.level == RegionLevel.REGENCY:
            assert region.is_kota == name.startswith("Kota"), (code, name)
        if region.level == RegionLevel.VILLAGE:
            assert region.village_kind is not None, code
            assert (region.village_kind == "desa_adat") == name.startswith("Desa Adat"), (code, name)


def test_every_province_of_the_2025_table_has_a_time_zone(wilayah_rows: list[tuple[str, str]]) -> None:
    provinces = [code for code, _ in wilayah_rows if RegionCode.parse(code).level == RegionLevel.PROVINCE]
    assert len(provinces) == 38
    assert {zone_for_province(code) for code in provinces} == {"WIB", "WITA", "WIT"}

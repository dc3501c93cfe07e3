"""Resident imports: which column holds which field (`suggest_mapping`), and one row's texts as clean values
(`normalise_row`). NIK and KK are only cleaned here; their rules are checked where residents are saved.

Problem codes are `"<field>:<reason>"`, e.g. `"sex:unknown_choice"`. A row comes back as `None` only when it
cannot become a resident at all (no name, no usable NIK, or nothing in it); otherwise the record is returned
with the unreadable values left empty and one code for each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from kelurahan_desk.core.services.resident_checks import MAX_RT_RW

FIELDS = (
    "nik",
    "kk",
    "name",
    "birth_place",
    "birth_date",
    "sex",
    "religion",
    "marital_status",
    "occupation",
    "education",
    "address",
    "rt",
    "rw",
    "relationship",
    "is_temporary_nik",
)
TEXT_FIELDS = ("name", "birth_place", "occupation", "education", "address")
PARSED_LIMIT = 64  # longer cells are not a date or a number, and the patterns need not see them

# --- headers --------------------------------------------------------------------------------------------

_EXACT_HEADERS: dict[str, tuple[str, ...]] = {}
for _fields, _keys in (
    (("nik",), "nik nonik nomornik niknomor nomorindukkependudukan noindukkependudukan nikpenduduk nikktp"),
    (("kk",), "kk nokk nomorkk nkk nomorkartukeluarga nokartukeluarga kartukeluarga nikk"),
    (("name",), "nama namalengkap namapenduduk namalgkp namawarga name fullname"),
    (("birth_place",), "tempatlahir tmptlahir tmptlhr tempatlhr tmplahir tmplhr tptlahir birthplace"),
    (("birth_date",), "tanggallahir tgllahir tgllhr tanggallhr tgllahr birthdate dateofbirth dob"),
    (("birth_place", "birth_date"), "ttl tempattanggallahir tempattgllahir tempattgllhr tmpttgllhr"),
    (("sex",), "jeniskelamin jk lp kelamin sex gender jenisklmin jnskelamin jnsklmin"),
    (("religion",), "agama religion"),
    (("marital_status",), "statusperkawinan statuskawin statusnikah perkawinan stskawin statuskwn kawin"),
    (("occupation",), "pekerjaan jenispekerjaan jenispkrjn pekerjaanutama occupation"),
    (("education",), "pendidikan pendidikanterakhir pddkakh pendidikankk pendidikandalamkk education"),
    (("address",), "alamat alamatlengkap alamatrumah address"),
    (("rt",), "rt nort nomorrt"),
    (("rw",), "rw norw nomorrw"),
    (("rt", "rw"), "rtrw nortrw"),
    (
        ("relationship",),
        "shdk hubungan hubungankeluarga hubkeluarga hubkel stathbkel statushubungan kklevel"
        " statushubungandalamkeluarga hubungandalamkeluarga hubungandengankk hubungandengankepalakeluarga",
    ),
    (("is_temporary_nik",), "niksementara sementara temporarynik istemporarynik"),
):
    for _key in _keys.split():
        _EXACT_HEADERS[_key] = _fields

_Rule = Callable[[set[str], str], bool]
_PLACE_WORDS = {"tempat", "tmp", "tmpt"}
_DATE_WORDS = {"tanggal", "tgl"}
_NOT_THE_NAME = {"ayah", "ibu", "kepala", "kk", "dusun", "usaha", "jalan", "wilayah", "rt", "rw", "kelurahan"}
_RULES: tuple[tuple[tuple[str, ...], _Rule], ...] = (
    (("is_temporary_nik",), lambda w, c: "sementara" in w or "temporary" in w),
    (("relationship",), lambda w, c: "hubungan" in c or "shdk" in w or "hbkel" in c),
    (("education",), lambda w, c: "pendidikan" in c or "pddk" in c),
    (("birth_place", "birth_date"), lambda w, c: bool(w & _PLACE_WORDS and w & _DATE_WORDS)),
    (("birth_place",), lambda w, c: bool(w & _PLACE_WORDS) and ("lahir" in c or "lhr" in c)),
    (("birth_date",), lambda w, c: bool(w & _DATE_WORDS) and ("lahir" in c or "lhr" in c)),
    (("kk",), lambda w, c: "nama" not in w and ("kk" in w or "kartukeluarga" in c)),
    (("nik",), lambda w, c: "nik" in w or "nomorinduk" in c),
    (("name",), lambda w, c: "nama" in w and not w & _NOT_THE_NAME),
    (("sex",), lambda w, c: "kelamin" in c or "gender" in w),
    (("religion",), lambda w, c: "agama" in c),
    (("marital_status",), lambda w, c: "kawin" in c or "nikah" in c),
    (("occupation",), lambda w, c: "pekerjaan" in c or "pkrjn" in c),
    (("address",), lambda w, c: "alamat" in c),
    (("rt", "rw"), lambda w, c: "rt" in w and "rw" in w),
    (("rt",), lambda w, c: "rt" in w),
    (("rw",), lambda w, c: "rw" in w),
)


def _header_key(header: str) -> tuple[set[str], str]:
    words = re.sub(r"[^a-z0-9]+", " ", str(header).lower()).split()
    return set(words), "".join(words)


def looks_like_header(cells: Sequence[str]) -> bool:
    """Whether a row names at least the NIK and name columns (a title row above the header does not)."""
    return {"nik", "name"} <= suggest_mapping(cells).keys()


def suggest_mapping(headers: Sequence[str]) -> dict[str, int]:
    """field → column index for the headers it recognises. Exact names win over looser matches; a column
    goes to one field, except a combined column (`TTL`, `RT/RW`), which goes to both of its fields."""
    keys = [_header_key(header) for header in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for index, (_words, compact) in enumerate(keys):
        fields = _EXACT_HEADERS.get(compact)
        if fields and not any(field in mapping for field in fields):
            mapping.update(dict.fromkeys(fields, index))
            used.add(index)
    for fields, rule in _RULES:
        if any(field in mapping for field in fields):
            continue
        for index, (words, compact) in enumerate(keys):
            if index not in used and compact and rule(words, compact):
                mapping.update(dict.fromkeys(fields, index))
                used.add(index)
                break
    return mapping


# --- values ---------------------------------------------------------------------------------------------


def _choices(*groups: tuple[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, spellings in groups:
        for spelling in spellings.split():
            table[spelling] = canonical
    return table


_SEXES = _choices(("L", "l lk laki lakilaki pria m male 1"), ("P", "p pr perempuan wanita w f female 2"))
_RELIGIONS = _choices(
    ("islam", "islam muslim moslem 1"),
    ("kristen", "kristen protestan kristenprotestan christian 2"),
    ("katolik", "katolik katholik kristenkatolik katolikroma catholic 3"),
    ("hindu", "hindu 4"),
    ("buddha", "buddha budha budda buddhist 5"),
    ("konghucu", "konghucu khonghucu konghuchu khonghuchu kongkhucu confucius 6"),
    (
        "kepercayaan",
        "kepercayaan kepercayaanterhadaptuhanyme kepercayaankepadatuhanyme"
        " kepercayaanterhadaptuhanyangmahaesa penghayatkepercayaan alirankepercayaan 7",
    ),
)
_MARITAL_STATUSES = _choices(
    ("belum_kawin", "belumkawin belummenikah belumnikah tidakkawin lajang single 1"),
    ("kawin", "kawin menikah sudahmenikah sudahkawin nikah kawintercatat kawinbelumtercatat married 2"),
    ("cerai_hidup", "ceraihidup cerai divorced 3"),
    ("cerai_mati", "ceraimati widowed 4"),
)
_RELATIONSHIPS = _choices(
    ("kepala", "kepalakeluarga kepala kk kepalarumahtangga krt 1"),
    ("suami", "suami 2"),
    ("istri", "istri isteri 3"),
    ("anak", "anak anakkandung anakangkat anaktiri 4"),
    ("menantu", "menantu 5"),
    ("cucu", "cucu 6"),
    ("orang_tua", "orangtua ortu ayah ibu bapak ayahkandung ibukandung 7"),
    ("mertua", "mertua 8"),
    ("famili_lain", "famililain famili familylain keluargalain saudara 9"),
    ("pembantu", "pembantu pembanturumahtangga art 10"),
    ("lainnya", "lainnya lain lainlain 11"),
)
# field → spelling (lower case, letters and digits only) → the code the resident service stores
CHOICE_SPELLINGS = {
    "sex": _SEXES,
    "religion": _RELIGIONS,
    "marital_status": _MARITAL_STATUSES,
    "relationship": _RELATIONSHIPS,
}
_YES = frozenset({"y", "ya", "yes", "true", "1", "x", "v", "sementara", "benar"})
_NO = frozenset({"", "t", "n", "tidak", "no", "false", "0", "bukan", "salah", "-"})
_MONTHS = _choices(
    ("1", "jan januari january"),
    ("2", "feb februari pebruari february"),
    ("3", "mar maret march"),
    ("4", "apr april"),
    ("5", "mei may"),
    ("6", "jun juni june"),
    ("7", "jul juli july"),
    ("8", "agu agt ags agustus aug august"),
    ("9", "sep sept september"),
    ("10", "okt oktober oct october"),
    ("11", "nov nopember november"),
    ("12", "des desember dec december"),
)

_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_WORDS_DATE = re.compile(r"(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})")
_PLACE_THEN_DATE = re.compile(
    r"(?P<place>.*?)[\s,/]*"
    r"(?P<date>\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T ][\d:.]+)?|\d{1,2}[\s-]+[A-Za-z]+\.?[\s-]+\d{4})",
    re.S,
)
_ONE_NUMBER = {field: re.compile(rf"(?:{field})?\s*[.:]?\s*0*(\d{{1,3}})", re.I) for field in ("rt", "rw")}
_TWO_NUMBERS = re.compile(r"(?:rt)?\s*[.:]?\s*0*(\d{1,3})\s*[/\\-]\s*(?:rw)?\s*[.:]?\s*0*(\d{1,3})", re.I)
_SCIENTIFIC = re.compile(r"[0-9](?:[.,][0-9]+)?[eE]\+?[0-9]+")
_WHOLE_WITH_ZERO_FRACTION = re.compile(r"([0-9]+)\.0+")


def parse_date(text: str) -> date | None:
    """dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd (with or without a time), `31 Desember 1990`."""
    text = text.strip()
    if len(text) > PARSED_LIMIT:
        return None
    try:
        if found := _DAY_FIRST.fullmatch(text):
            return date(int(found[3]), int(found[2]), int(found[1]))
        if found := _YEAR_FIRST.fullmatch(text):
            return date(int(found[1]), int(found[2]), int(found[3]))
        if (found := _WORDS_DATE.fullmatch(text)) and (month := _MONTHS.get(found[2].lower())):
            return date(int(found[3]), int(month), int(found[1]))
    except ValueError:
        return None
    return None


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _identity_number(text: str) -> tuple[str, str | None]:
    """Spaces, dots and dashes out; Excel's leading apostrophe out; `3.27301E+15` is beyond repair."""
    text = text.strip().lstrip("'").strip()
    if _SCIENTIFIC.fullmatch(text.replace(" ", "")):
        return "", "precision_lost"
    if whole := _WHOLE_WITH_ZERO_FRACTION.fullmatch(text):
        return whole[1], None
    return re.sub(r"[\s.\-]", "", text), None


def _cell(values: Sequence[object], index: int | None) -> str:
    if index is None or not 0 <= index < len(values):
        return ""
    value = values[index]
    return "" if value is None else str(value).strip()


FATAL_PROBLEMS = ("name:required", "nik:required", "nik:precision_lost", "kk:precision_lost")
Row = tuple[dict[str, Any] | None, list[str]]


def normalise_row(values: Sequence[str], mapping: Mapping[str, int]) -> Row:
    """The row as the fields of a resident (keys = `FIELDS`, ready for `ResidentInput(**record)`), and its
    problem codes. Unmapped fields get their empty value ("" or None, False for `is_temporary_nik`)."""
    raw = {field: _cell(values, mapping.get(field)) for field in FIELDS}
    if not any(raw.values()):
        return None, ["row:empty"]
    problems: list[str] = []
    record: dict[str, Any] = {field: " ".join(raw[field].split()) for field in TEXT_FIELDS}
    for field in ("nik", "kk"):
        record[field], problem = _identity_number(raw[field])
        if problem:
            problems.append(f"{field}:{problem}")
    if _same_column(mapping, "birth_place", "birth_date"):
        place, when = _split_place_and_date(raw["birth_place"])
    else:
        place, when = raw["birth_place"], raw["birth_date"]
    record["birth_place"] = " ".join(place.split())
    record["birth_date"] = parse_date(when) if when else None
    if when and record["birth_date"] is None:
        problems.append("birth_date:invalid_date")
    for field, table in CHOICE_SPELLINGS.items():
        record[field] = _choice(field, raw[field], table, problems)
    if _same_column(mapping, "rt", "rw"):
        record["rt"], record["rw"] = _rt_and_rw(raw["rt"], problems)
    else:
        record["rt"] = _rt_or_rw("rt", raw["rt"], problems)
        record["rw"] = _rt_or_rw("rw", raw["rw"], problems)
    record["is_temporary_nik"] = _yes_no("is_temporary_nik", raw["is_temporary_nik"], problems)
    if not record["nik"] and "nik:precision_lost" not in problems:
        problems.insert(0, "nik:required")
    if not record["name"]:
        problems.insert(0, "name:required")
    fatal = any(code in problems for code in FATAL_PROBLEMS)
    return (None if fatal else record), problems


def _same_column(mapping: Mapping[str, int], first: str, second: str) -> bool:
    return first in mapping and mapping.get(first) == mapping.get(second)


def _split_place_and_date(text: str) -> tuple[str, str]:
    """`Bandung, 31-12-1990` or `Bandung 31 Desember 1990` from one `TTL` column."""
    if len(text) > PARSED_LIMIT:
        return text, ""
    if found := _PLACE_THEN_DATE.fullmatch(text):
        return found["place"].strip(" ,/"), found["date"]
    place, _, when = text.rpartition(",")
    return (place, when.strip()) if place else (text, "")


def _choice(field: str, text: str, table: Mapping[str, str], problems: list[str]) -> str:
    if not text:
        return ""
    canonical = table.get(_compact(text))
    if canonical is None:
        problems.append(f"{field}:unknown_choice")
        return ""
    return canonical


def _yes_no(field: str, text: str, problems: list[str]) -> bool:
    key = "-" if text == "-" else _compact(text)
    if key in _YES:
        return True
    if key not in _NO:
        problems.append(f"{field}:unknown_choice")
    return False


def _rt_or_rw(field: str, text: str, problems: list[str]) -> int | None:
    if not text:
        return None
    found = _ONE_NUMBER[field].fullmatch(text) if len(text) <= PARSED_LIMIT else None
    if found is None:
        problems.append(f"{field}:invalid_number")
        return None
    return _in_range(field, int(found[1]), problems)


def _in_range(field: str, number: int, problems: list[str]) -> int | None:
    """An RT or RW of 0 (registers write `000` for "none") is left empty with a warning, like one that
    cannot be read, instead of refusing the resident."""
    if 1 <= number <= MAX_RT_RW:
        return number
    problems.append(f"{field}:out_of_range")
    return None


def _rt_and_rw(text: str, problems: list[str]) -> tuple[int | None, int | None]:
    """`003/005`, `RT 03 / RW 05` from one `RT/RW` column."""
    if not text:
        return None, None
    found = _TWO_NUMBERS.fullmatch(text) if len(text) <= PARSED_LIMIT else None
    if found is None:
        problems += ["rt:invalid_number", "rw:invalid_number"]
        return None, None
    return _in_range("rt", int(found[1]), problems), _in_range("rw", int(found[2]), problems)

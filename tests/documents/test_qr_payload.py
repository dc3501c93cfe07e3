"""Signed QR payloads: genuine ones verify, every forged, altered, wrong-key, revoked or expired one does not."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from kelurahan_desk.core.documents.office_keys import generate_office_key, key_id_for
from kelurahan_desk.core.documents.qr_payload import (
    PREFIX,
    QrData,
    Verification,
    holder_matches,
    read_payload,
    revocation_key,
    short_name,
    sign_payload,
    verify_payload,
)
from kelurahan_desk.core.domain.identity_numbers import nik_hash
from kelurahan_desk.core.errors import ValidationError
from tests.documents.conftest import NIK, NUMBER

STATUSES = {"valid", "invalid_signature", "malformed", "unknown_key", "revoked", "expired"}
REJECTED_UNSIGNED = {"invalid_signature", "malformed", "unknown_key"}
_PRINTABLE = "".join(chr(c) for c in range(32, 127))


def keys_of(key: Ed25519PrivateKey) -> dict:
    return {key_id_for(key.public_key()): key.public_key()}


def test_genuine_payload_verifies_with_its_data(signed_text: str, qr_data: QrData, office_key) -> None:
    result = verify_payload(signed_text, keys_of(office_key), today=date(2026, 12, 1))
    assert result == Verification("valid", qr_data, key_id_for(office_key.public_key()))
    assert result.ok


def test_payload_is_readable_short_and_never_holds_the_nik(signed_text: str) -> None:
    assert signed_text.startswith(PREFIX)
    assert NUMBER in signed_text and "Siti A." in signed_text
    assert NIK not in signed_text
    assert len(signed_text) < 250
    assert signed_text.isascii()


@st.composite
def mutations(draw: st.DrawFn, text: str) -> str:
    kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "swap", "extend"]))
    i = draw(st.integers(0, len(text) - 1))
    if kind == "flip":
        new = draw(st.sampled_from(_PRINTABLE).filter(lambda ch: ch != text[i]))
        return text[:i] + new + text[i + 1 :]
    if kind == "truncate":
        return text[:i]
    if kind == "insert":
        return text[:i] + draw(st.sampled_from(_PRINTABLE)) + text[i:]
    if kind == "delete":
        return text[:i] + text[i + 1 :]
    if kind == "swap":
        j = draw(st.integers(0, len(text) - 1).filter(lambda j: text[j] != text[i]))
        chars = list(text)
        chars[i], chars[j] = chars[j], chars[i]
        return "".join(chars)
    return text + draw(st.text(alphabet=_PRINTABLE + "\n \t|", min_size=1, max_size=5))


@settings(max_examples=1000, deadline=None)
@given(data=st.data())
def test_every_altered_payload_is_rejected(data: st.DataObject, signed_text: str, office_key) -> None:
    mutated = data.draw(mutations(signed_text))
    assert mutated != signed_text
    result = verify_payload(mutated, keys_of(office_key), today=date(2026, 12, 1))
    assert result.status in REJECTED_UNSIGNED
    assert result.data is None


def test_signature_by_another_key_under_the_same_id_is_rejected(qr_data: QrData, office_key) -> None:
    forger = generate_office_key()
    forged = sign_payload(qr_data, forger, key_id_for(office_key.public_key()))
    assert verify_payload(forged, keys_of(office_key)).status == "invalid_signature"


def test_unknown_key_is_reported_without_data(signed_text: str, office_key) -> None:
    result = verify_payload(signed_text, keys_of(generate_office_key()))
    assert result == Verification("unknown_key", None, key_id_for(office_key.public_key()))


@pytest.mark.parametrize("entry", [NUMBER, revocation_key("32.73.01.1001", NUMBER)])
def test_revoked_letter_is_reported_with_its_data(signed_text: str, qr_data: QrData, office_key, entry: str) -> None:
    result = verify_payload(signed_text, keys_of(office_key), revoked={entry}, today=date(2026, 12, 1))
    assert (result.status, result.data) == ("revoked", qr_data)


def test_revoking_another_office_letter_of_the_same_number_leaves_this_one_valid(signed_text: str, office_key) -> None:
    other = {revocation_key("32.73.01.1002", NUMBER), "400.12.2.1/008/1001/XI/2026"}
    assert verify_payload(signed_text, keys_of(office_key), revoked=other).status == "valid"


def test_read_payload_splits_without_trusting(signed_text: str, qr_data: QrData, office_key) -> None:
    parts = read_payload(signed_text)
    assert parts is not None
    assert (parts.data, parts.key_id) == (qr_data, key_id_for(office_key.public_key()))
    assert signed_text == f"{parts.signed_text}|{base64.urlsafe_b64encode(parts.signature).rstrip(b'=').decode()}"
    office_key.public_key().verify(parts.signature, parts.signed_text.encode("ascii"))
    assert read_payload(signed_text[:-1]) is None


def test_validity_period_ends_after_its_last_day(signed_text: str, office_key) -> None:
    keys = keys_of(office_key)
    assert verify_payload(signed_text, keys, today=date(2026, 12, 28)).status == "valid"
    assert verify_payload(signed_text, keys, today=date(2026, 12, 29)).status == "expired"
    assert verify_payload(signed_text, keys, today=None).status == "valid"


def test_letter_without_validity_period_never_expires(qr_data: QrData, office_key) -> None:
    text = sign_payload(replace(qr_data, valid_until=None), office_key, key_id_for(office_key.public_key()))
    result = verify_payload(text, keys_of(office_key), today=date(2099, 1, 1))
    assert result.status == "valid" and result.data is not None and result.data.valid_until is None


def test_non_canonical_signature_spelling_is_rejected(signed_text: str, office_key) -> None:
    body, _, signature = signed_text.rpartition("|")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = alphabet.index(signature[-1])
    # The last of 86 characters carries 2 bits; the other 4 must be zero in the one canonical spelling.
    twin = alphabet[last | 0b0001]
    assert twin != signature[-1]
    altered = f"{body}|{signature[:-1]}{twin}"
    assert base64.urlsafe_b64decode(altered.rpartition("|")[2] + "==") == base64.urlsafe_b64decode(signature + "==")
    assert verify_payload(altered, keys_of(office_key)).status == "malformed"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=500), st.binary(max_size=300), st.none(), st.integers()))
def test_garbage_never_raises(garbage: object) -> None:
    result = verify_payload(garbage, {})  # type: ignore[arg-type]
    assert result.status == "malformed"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_PRINTABLE.replace("|", "") + "é\x00", max_size=30), min_size=1, max_size=12))
def test_payload_shaped_garbage_never_raises(fields: list[str]) -> None:
    assert verify_payload(PREFIX + "|".join(fields), {}).status in STATUSES


names = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .'-|%/éöÑ"), min_size=1, max_size=20
).filter(lambda s: s == s.strip())
numbers = st.text(alphabet=st.sampled_from(_PRINTABLE), min_size=1, max_size=40).filter(lambda s: s == s.strip())


@settings(max_examples=200, deadline=None)
@given(
    number=numbers,
    name=names,
    issued=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    days=st.one_of(st.none(), st.integers(0, 3650)),
    seq=st.integers(0, 10**15),
    type_code=st.from_regex(r"[A-Za-z0-9._\-]{1,16}", fullmatch=True),
)
def test_any_allowed_content_round_trips(number, name, issued, days, seq, type_code, office_key) -> None:
    data = QrData(
        letter_number=number,
        type_code=type_code,
        issued_on=issued,
        office_code="32.73.01.1001",
        short_name=name,
        nik_hash=nik_hash(NIK, number.encode()),
        audit_seq=seq,
        valid_until=None if days is None else issued + timedelta(days=days),
    )
    text = sign_payload(data, office_key, key_id_for(office_key.public_key()))
    assert text.isascii() and "\n" not in text
    result = verify_payload(text, keys_of(office_key))
    assert (result.status, result.data) == ("valid", data)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"type_code": "S|KD"}, "type_code"),
        ({"short_name": "Nama Yang Terlalu Panjang Sekali"}, "short_name"),
        ({"short_name": ""}, "short_name"),
        ({"letter_number": "400/\n007"}, "letter_number"),
        ({"office_code": "32|73"}, "office_code"),
        ({"nik_hash": NIK[:8] + "zz"}, "nik_hash"),
        ({"audit_seq": -1}, "audit_seq"),
        ({"valid_until": date(2026, 11, 1)}, "valid_until"),
    ],
)
def test_fields_that_cannot_be_carried_are_refused(qr_data: QrData, office_key, change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        sign_payload(replace(qr_data, **change), office_key, key_id_for(office_key.public_key()))
    assert caught.value.field == field


def test_key_id_must_be_hex(qr_data: QrData, office_key) -> None:
    with pytest.raises(ValidationError) as caught:
        sign_payload(qr_data, office_key, "not|hex")
    assert caught.value.field == "key_id"


def test_short_name_is_first_name_and_initials_within_twenty_chars() -> None:
    assert short_name("Siti Aminah Rahayu") == "Siti A. R."
    assert short_name("Drs. H. Asep Sunandar, M.Si.") == "Drs. H. A. S."
    assert short_name("Sukarno") == "Sukarno"
    assert short_name("Muhammad Rizky Pratama Nugroho Saputra Wijaya") == "Muhammad R. P. N. S."
    assert short_name("Kusumaningtyasprameswari Dewi") == "Kusumaningtyasprames"
    assert short_name("   ") == ""
    assert all(len(short_name(n)) <= 20 for n in ("A " * 40, "Bambang " * 10))


def test_nik_hash_matches_only_the_holder() -> None:
    data = QrData(NUMBER, "SKD", date(2026, 11, 28), "32.73.01.1001", "Siti A. R.", nik_hash(NIK, NUMBER.encode()), 1)
    assert len(data.nik_hash) == 16 and NIK not in data.nik_hash
    assert holder_matches(data, NIK, NUMBER)
    assert holder_matches(data, "3273 0141 0190 0001", NUMBER)
    assert not holder_matches(data, "3273014101900002", NUMBER)
    assert not holder_matches(data, NIK, "400.12.2.1/008/1001/XI/2026")
    # The salt keeps two letters of one person from sharing a hash.
    assert nik_hash(NIK, NUMBER.encode()) != nik_hash(NIK, b"400.12.2.1/008/1001/XI/2026")
    assert not holder_matches(data, "NIK-é", NUMBER)  # typed nonsense is no match, not an error

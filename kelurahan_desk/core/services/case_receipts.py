"""The tanda terima of a case: what is printed for the citizen, from the stored case and the office."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.letterhead import OfficeHeader
from kelurahan_desk.core.documents.receipt_pdf import CONFIDENTIAL, CaseReceipt
from kelurahan_desk.core.domain.case_states import KIND_NAMES, CaseKind
from kelurahan_desk.core.domain.indonesian_format import zone_for_province, zone_tzinfo
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.store.models import Account, Case, CaseCategory, Office


def office_header(office: Office) -> OfficeHeader:
    return OfficeHeader(
        city=office.city_name,
        district=office.district_name,
        village=office.village_name,
        address=office.address,
        city_kind="KABUPATEN" if office.city_kind == "KABUPATEN" else "KOTA",
        phone=office.phone,
        website=office.website,
        email=office.email,
        postcode=office.postcode,
        emblem_png=office.emblem_png,
        place_name=office.place_name,
    )


def case_receipt(s: Session, row: Case, *, reporter_shown: bool = True) -> CaseReceipt:
    """`reporter_shown` False prints the name of a confidential case's reporter as "Dirahasiakan"."""
    office = s.scalar(select(Office).limit(1))
    if office is None:
        raise ValidationError("code", "setup_not_done")
    zone = zone_for_province(office.code)
    category = s.get(CaseCategory, row.category_id)
    officer = s.scalar(select(Account.full_name).where(Account.username == row.received_by))
    return CaseReceipt(
        header=office_header(office),
        case_number=row.number,
        kind=KIND_NAMES[CaseKind(row.kind)],
        received_at=row.received_at.astimezone(zone_tzinfo(zone)),
        officer_name=officer or row.received_by,
        category=category.name if category else "",
        promised_on=row.promised_on,
        citizen_name=None if row.anonymous else row.citizen_name if reporter_shown else CONFIDENTIAL,
        description=row.description,
        zone_label=zone,
        qr_text=row.number,
    )

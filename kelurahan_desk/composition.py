"""Builds the store and every service for one data folder. Used by `app.py` and `cli`, nowhere else."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.domain.indonesian_format import tz_name_for_province
from kelurahan_desk.core.domain.working_days import WorkingDayCalendar
from kelurahan_desk.core.services.accounts import AccountService
from kelurahan_desk.core.services.backup import BackupService
from kelurahan_desk.core.services.case_categories import CaseCategoryService
from kelurahan_desk.core.services.case_exports import CaseExportService
from kelurahan_desk.core.services.cases import CaseService
from kelurahan_desk.core.services.holiday_overrides import HolidayOverrideService
from kelurahan_desk.core.services.letter_register import LetterRegisterService
from kelurahan_desk.core.services.letter_types import LetterTypeService
from kelurahan_desk.core.services.letter_verify import LetterVerifyService
from kelurahan_desk.core.services.letters import LetterService
from kelurahan_desk.core.services.office import OfficeProfile, OfficeService
from kelurahan_desk.core.services.office_keys_service import OfficeKeyService
from kelurahan_desk.core.services.regions import RegionService
from kelurahan_desk.core.services.resident_export import ResidentExportService
from kelurahan_desk.core.services.resident_import import ResidentImportService
from kelurahan_desk.core.services.residents import ResidentService
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.health import StoreCorrupt, check_store, newest_good_backup
from kelurahan_desk.core.store.instance_lock import InstanceLock
from kelurahan_desk.core.store.unit_of_work import Store


@dataclass
class Services:
    folder: DataFolder
    store: Store
    clock: Clock
    attachments: AttachmentFiles
    accounts: AccountService
    office: OfficeService
    regions: RegionService
    residents: ResidentService
    resident_import: ResidentImportService
    resident_export: ResidentExportService
    backup: BackupService
    holiday_overrides: HolidayOverrideService
    cases: CaseService
    case_categories: CaseCategoryService
    case_exports: CaseExportService
    letter_types: LetterTypeService
    letters: LetterService
    letter_register: LetterRegisterService
    letter_verify: LetterVerifyService
    office_keys: OfficeKeyService
    lock: InstanceLock | None

    @property
    def calendar(self) -> WorkingDayCalendar:
        """The working-day calendar in force now (national holidays with the office's overrides)."""
        return self.holiday_overrides.calendar()

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()


def follow_office_zone(clock: Clock, profile: OfficeProfile | None) -> None:
    """Once the office is known, "today" and local times are its own: WIB, WITA or WIT by its province."""
    if profile is not None:
        clock.zone = ZoneInfo(tz_name_for_province(profile.code))


def open_services(folder: DataFolder, *, clock: Clock | None = None, lock: bool = True) -> Services:
    folder.create()
    instance_lock = InstanceLock(folder.root) if lock else None
    if instance_lock is not None:
        instance_lock.acquire()
    try:
        clock = clock or Clock()
        health = check_store(folder.database)
        if not health.ok:
            raise StoreCorrupt(health, newest_good_backup(folder.backups))
        store = Store(folder.database, clock)
        accounts = AccountService(store)
        regions = RegionService(store)
        attachments = AttachmentFiles(folder.attachments)
        office = OfficeService(store, accounts, on_set_up=lambda profile: follow_office_zone(clock, profile))
        follow_office_zone(clock, office.profile())
        holiday_overrides = HolidayOverrideService(store)
        residents = ResidentService(store, regions.is_known_prefix)
        letter_types = LetterTypeService(store)
        office_keys = OfficeKeyService(store, folder.keys)
        return Services(
            folder=folder,
            store=store,
            clock=clock,
            attachments=attachments,
            accounts=accounts,
            office=office,
            regions=regions,
            residents=residents,
            resident_import=ResidentImportService(store, regions.is_known_prefix),
            resident_export=ResidentExportService(store),
            backup=BackupService(store, folder, clock),
            holiday_overrides=holiday_overrides,
            cases=CaseService(store, attachments, holiday_overrides.calendar, folder.archive / "tanda-terima"),
            case_categories=CaseCategoryService(store),
            case_exports=CaseExportService(store, holiday_overrides.calendar),
            letter_types=letter_types,
            letters=LetterService(store, letter_types, office_keys, accounts, residents, attachments, folder.archive),
            letter_register=LetterRegisterService(store),
            letter_verify=LetterVerifyService(store, office_keys),
            office_keys=office_keys,
            lock=instance_lock,
        )
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise

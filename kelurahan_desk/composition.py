"""Builds the store and every service for one data folder. Used by `app.py` and `cli`, nowhere else.

The services the window needs to open (accounts, office, residents) are made at once; the others (backup
among them, first used by the daily backup a few seconds after sign-in) are made the first time they are
used, so that opening the window never imports what only they need (reportlab, openpyxl, httpx, the
holiday tables, the backup and restore machinery).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.domain.indonesian_format import tz_name_for_province
from kelurahan_desk.core.services.accounts import AccountService
from kelurahan_desk.core.services.office import OfficeProfile, OfficeService
from kelurahan_desk.core.services.regions import RegionService
from kelurahan_desk.core.services.residents import ResidentService
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.health import StoreCheck, StoreCorrupt, check_store, newest_good_backup
from kelurahan_desk.core.store.instance_lock import InstanceLock
from kelurahan_desk.core.store.unit_of_work import Store

if TYPE_CHECKING:
    from kelurahan_desk.core.domain.working_days import WorkingDayCalendar
    from kelurahan_desk.core.services.backup import BackupService
    from kelurahan_desk.core.services.case_categories import CaseCategoryService
    from kelurahan_desk.core.services.case_exports import CaseExportService
    from kelurahan_desk.core.services.cases import CaseService
    from kelurahan_desk.core.services.holiday_overrides import HolidayOverrideService
    from kelurahan_desk.core.services.letter_register import LetterRegisterService
    from kelurahan_desk.core.services.letter_types import LetterTypeService
    from kelurahan_desk.core.services.letter_verify import LetterVerifyService
    from kelurahan_desk.core.services.letters import LetterService
    from kelurahan_desk.core.services.office_keys_service import OfficeKeyService
    from kelurahan_desk.core.services.programmes import Programmes
    from kelurahan_desk.core.services.resident_export import ResidentExportService
    from kelurahan_desk.core.services.resident_import import ResidentImportService
    from kelurahan_desk.core.services.sync_agent import SyncAgent


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
    lock: InstanceLock | None

    @cached_property
    def backup(self) -> BackupService:
        from kelurahan_desk.core.services.backup import BackupService

        return BackupService(self.store, self.folder, self.clock)

    @cached_property
    def resident_import(self) -> ResidentImportService:
        from kelurahan_desk.core.services.resident_import import ResidentImportService

        return ResidentImportService(self.store, self.regions.is_known_prefix)

    @cached_property
    def resident_export(self) -> ResidentExportService:
        from kelurahan_desk.core.services.resident_export import ResidentExportService

        return ResidentExportService(self.store)

    @cached_property
    def holiday_overrides(self) -> HolidayOverrideService:
        from kelurahan_desk.core.services.holiday_overrides import HolidayOverrideService

        return HolidayOverrideService(self.store)

    @cached_property
    def cases(self) -> CaseService:
        from kelurahan_desk.core.services.cases import CaseService

        return CaseService(
            self.store, self.attachments, self.holiday_overrides.calendar, self.folder.archive / "tanda-terima"
        )

    @cached_property
    def case_categories(self) -> CaseCategoryService:
        from kelurahan_desk.core.services.case_categories import CaseCategoryService

        return CaseCategoryService(self.store)

    @cached_property
    def case_exports(self) -> CaseExportService:
        from kelurahan_desk.core.services.case_exports import CaseExportService

        return CaseExportService(self.store, self.holiday_overrides.calendar)

    @cached_property
    def programmes(self) -> Programmes:
        from kelurahan_desk.core.services.programmes import build_programmes, office_key_signer

        return build_programmes(self.store, self.attachments, signer=office_key_signer(self.office_keys))

    @cached_property
    def letter_types(self) -> LetterTypeService:
        from kelurahan_desk.core.services.letter_types import LetterTypeService

        return LetterTypeService(self.store)

    @cached_property
    def letters(self) -> LetterService:
        from kelurahan_desk.core.services.letters import LetterService

        return LetterService(
            self.store,
            self.letter_types,
            self.office_keys,
            self.accounts,
            self.residents,
            self.attachments,
            self.folder.archive,
        )

    @cached_property
    def letter_register(self) -> LetterRegisterService:
        from kelurahan_desk.core.services.letter_register import LetterRegisterService

        return LetterRegisterService(self.store)

    @cached_property
    def letter_verify(self) -> LetterVerifyService:
        from kelurahan_desk.core.services.letter_verify import LetterVerifyService

        return LetterVerifyService(self.store, self.office_keys)

    @cached_property
    def office_keys(self) -> OfficeKeyService:
        from kelurahan_desk.core.services.office_keys_service import OfficeKeyService

        return OfficeKeyService(self.store, self.folder.keys)

    @cached_property
    def sync(self) -> SyncAgent:
        from kelurahan_desk.core.services.sync_agent import SyncAgent, office_private_key

        return SyncAgent(self.store, self.attachments, office_private_key(self.office_keys))

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


def open_services(
    folder: DataFolder, *, clock: Clock | None = None, lock: bool = True, check: StoreCheck | None = None
) -> Services:
    """`check` is the start-up check of this folder's store, already running (see `StoreCheck`); without it
    the store is checked here first. A store whose check has not finished yet opens for reading at once
    and holds its writes until the check has passed; one already found damaged is refused (StoreCorrupt)."""
    folder.create()
    instance_lock = InstanceLock(folder.root) if lock else None
    if instance_lock is not None:
        instance_lock.acquire()
    try:
        clock = clock or Clock()
        pending = check is not None and check.path == folder.database and not check.done()
        if not pending:
            health = check.report() if check is not None and check.path == folder.database else None
            health = health or check_store(folder.database, folder.backups)
            if not health.ok:
                raise StoreCorrupt(health, newest_good_backup(folder.backups))
        try:
            store = Store(folder.database, clock, check=check.report if pending and check is not None else None)
        except Exception as exc:
            # a store too damaged even to open: its check, which still runs, tells
            health = check.report() if pending and check is not None else None
            if health is not None and not health.ok:
                raise StoreCorrupt(health, newest_good_backup(folder.backups)) from exc
            raise
        accounts = AccountService(store)
        regions = RegionService(store)
        office = OfficeService(store, accounts, on_set_up=lambda profile: follow_office_zone(clock, profile))
        follow_office_zone(clock, office.profile())
        return Services(
            folder=folder,
            store=store,
            clock=clock,
            attachments=AttachmentFiles(folder.attachments),
            accounts=accounts,
            office=office,
            regions=regions,
            residents=ResidentService(store, regions.is_known_prefix),
            lock=instance_lock,
        )
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise

"""The participation and empowerment services, built together: musrenbang (proposals, forum, documents),
the UMKM registry and skills training. `Services.programmes` holds them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kelurahan_desk.core.documents.qr_payload import QrData, sign_payload
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.document_numbers import CounterNumbers
from kelurahan_desk.core.services.issued_documents import NumberIssuer, QrSigner
from kelurahan_desk.core.services.musrenbang import MusrenbangService
from kelurahan_desk.core.services.musrenbang_forum import MusrenbangForumService
from kelurahan_desk.core.services.musrenbang_minutes import MusrenbangDocumentService
from kelurahan_desk.core.services.office_keys_service import OfficeKeyService, SigningKey
from kelurahan_desk.core.services.training import TrainingService
from kelurahan_desk.core.services.umkm import UmkmService
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.unit_of_work import Store


def no_office_key() -> QrSigner:
    raise ValidationError("office_key", "office_key_missing")


class SignerSlot:
    """Where issued documents get their signer: `source()` gives the office key's signer when it can be used."""

    def __init__(self, source: Callable[[], QrSigner] = no_office_key) -> None:
        self.source = source

    def __call__(self) -> QrSigner:
        return self.source()


class OfficeKeySigner:
    """Signs with the office key of `OfficeKeyService.signing_key()` (made on first need)."""

    def __init__(self, key: SigningKey) -> None:
        self._key = key

    def sign(self, data: QrData) -> str:
        return sign_payload(data, self._key.private_key, self._key.key_id)


def office_key_signer(keys: OfficeKeyService) -> SignerSlot:
    return SignerSlot(lambda: OfficeKeySigner(keys.signing_key()))


@dataclass
class Programmes:
    musrenbang: MusrenbangService
    forum: MusrenbangForumService
    minutes: MusrenbangDocumentService
    umkm: UmkmService
    training: TrainingService
    signer: SignerSlot


def build_programmes(
    store: Store, files: AttachmentFiles, *, numbers: NumberIssuer | None = None, signer: SignerSlot | None = None
) -> Programmes:
    signer = signer or SignerSlot()
    numbers = numbers or CounterNumbers()
    minutes = MusrenbangDocumentService(store, numbers, signer)
    return Programmes(
        musrenbang=MusrenbangService(store, files),
        forum=MusrenbangForumService(store, minutes.issuer),
        minutes=minutes,
        umkm=UmkmService(store, files),
        training=TrainingService(store, numbers, signer),
        signer=signer,
    )

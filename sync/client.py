"""The office's HTTP transport to HQ: timeouts, retries with exponential backoff and jitter, signed
requests, verified answers, and resumable attachment uploads. No state beyond one connection pool:
the office agent keeps sequence numbers and cursors in its own database."""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from sync import signing
from sync.batch_format import REFERENCE_TARGET
from sync.errors import ProtocolError
from sync.protocol import Batch, SignedAck, SignedBatch, decode_ack, decode_batch

SIGNATURE_HEADER = "X-KD-Signature"
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
DEFAULT_CHUNK = 256 * 1024


class HqUnavailable(Exception):
    """HQ could not be reached or kept failing after every retry; try again later."""


class HqRefused(Exception):
    """HQ answered with a refusal that retrying will not change (`code` says which)."""

    def __init__(self, status: int, code: str, body: dict[str, Any]) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.body = body


class SequenceConflict(HqRefused):
    """The batch is not the next one HQ expects: send from `expected_seq` of `expected_epoch`."""

    @property
    def expected_epoch(self) -> int:
        return int(self.body.get("expected_epoch", 0))

    @property
    def expected_seq(self) -> int:
        return int(self.body.get("expected_seq", 0))


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 60.0

    def delay(self, attempt: int, rng: Callable[[], float]) -> float:
        """Full jitter: a random wait up to base·2^attempt, capped."""
        return min(self.max_delay, self.base_delay * 2**attempt) * rng()


@dataclass(frozen=True)
class Enrolment:
    office: str
    name: str
    key_id: str
    hq_public_key: bytes


@dataclass(frozen=True)
class Acknowledgement:
    """HQ's verified answer to a batch; `signed` is what to store as proof."""

    fields: dict[str, Any]
    signed: SignedAck


@dataclass(frozen=True)
class PulledBatch:
    seq: int
    head: int
    batch: Batch
    signed: SignedBatch


@dataclass(frozen=True)
class MissingAttachments:
    missing: list[str]
    partial: dict[str, int]


def _error_body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {"error": f"http_{response.status_code}"}
    return body if isinstance(body, dict) else {"error": f"http_{response.status_code}"}


class HqClient:
    def __init__(
        self,
        base_url: str,
        office: str,
        private_key: bytes,
        hq_public_key: bytes,
        *,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self._http = http or httpx.Client(base_url=base_url, timeout=timeout)
        self._owns_http = http is None
        self.office = office
        self._key = private_key
        self._hq_key = hq_public_key
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> HqClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @staticmethod
    def enrol(base_url: str, office: str, enrolment_code: str, private_key: bytes,
              http: httpx.Client | None = None, timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> Enrolment:
        """Register this office's public key with a one-time enrolment code. Not retried: a code is
        used once, so the caller shows the result to the person who typed it."""
        client = http or httpx.Client(base_url=base_url, timeout=timeout)
        try:
            response = client.post("/v1/enrol", json={
                "office": office, "enrolment_code": enrolment_code,
                "public_key": signing.b64(signing.public_key_of(private_key))})
        except httpx.TransportError as exc:
            raise HqUnavailable(str(exc)) from exc
        finally:
            if http is None:
                client.close()
        if response.status_code != 200:
            body = _error_body(response)
            raise HqRefused(response.status_code, str(body.get("error")), body)
        body = response.json()
        return Enrolment(body["office"], body["name"], body["key_id"], signing.unb64(body["hq_public_key"]))

    def _request(self, method: str, path: str, *, params: dict[str, Any] | None = None, content: bytes = b"",
                 headers: dict[str, str] | None = None, ok: tuple[int, ...] = (200,)) -> httpx.Response:
        request = self._http.build_request(method, path, params=params, content=content or None,
                                           headers=headers)
        target = request.url.raw_path.decode("ascii")
        signature = signing.sign(self._key, f"{method}\n{target}\n{_sha256(content)}".encode())
        request.headers["X-KD-Office"] = self.office
        request.headers["X-KD-Auth"] = signing.b64(signature)
        last_problem = ""
        for attempt in range(self._retry.attempts):
            if attempt:
                self._sleep(self._retry.delay(attempt - 1, self._rng))
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                last_problem = type(exc).__name__
                continue
            if response.status_code in ok:
                return response
            if response.status_code >= 500 or response.status_code in (408, 429):
                last_problem = f"http_{response.status_code}"
                wait = response.headers.get("Retry-After", "")
                if response.status_code == 429 and wait.isdigit():
                    self._sleep(min(float(wait), self._retry.max_delay))
                continue
            body = _error_body(response)
            kind = SequenceConflict if response.status_code == 409 and "expected_seq" in body else HqRefused
            raise kind(response.status_code, str(body.get("error")), body)
        raise HqUnavailable(last_problem)

    def upload(self, batch: SignedBatch, client_time_ms: int | None = None) -> Acknowledgement:
        """Send a batch until HQ acknowledges it. Sending the same batch again is harmless: HQ answers
        with the acknowledgement it stored. Raises SequenceConflict when HQ expects another number."""
        headers = {SIGNATURE_HEADER: signing.b64(batch.signature), "Content-Type": "application/octet-stream"}
        if client_time_ms is None:
            client_time_ms = time.time_ns() // 1_000_000
        headers["X-KD-Client-Time"] = str(client_time_ms)
        response = self._request("POST", "/v1/batches", content=batch.body, headers=headers)
        signed = SignedAck(response.content, self._signature(response))
        fields = decode_ack(signed.payload, signed.signature, self._hq_key)
        if fields["batch_hash"] != batch.hash:
            raise ProtocolError("bad_ack", "acknowledges another batch")
        return Acknowledgement(fields, signed)

    def _signature(self, response: httpx.Response) -> bytes:
        return signing.unb64(response.headers.get(SIGNATURE_HEADER, ""), "bad_signature", 200)

    def cursor(self) -> dict[str, Any]:
        """Where HQ stands for this office: epoch, last sequence, audit checkpoint, stream heads."""
        return self._request("GET", "/v1/cursor").json()

    def stored_batch(self, epoch: int, seq: int) -> SignedBatch:
        """A batch this office sent earlier, as HQ keeps it (to rebuild after restoring a backup)."""
        response = self._request("GET", f"/v1/batches/{epoch}/{seq}")
        return SignedBatch(response.content, self._signature(response))

    def pull(self, stream: str, after: int) -> PulledBatch | None:
        """The next batch of `stream` after cursor `after`, verified against HQ's key; None when up to
        date. A 410 (cursor older than HQ keeps) raises HqRefused with code ``snapshot_required``."""
        response = self._request("GET", f"/v1/streams/{stream}", params={"after": after}, ok=(200, 204))
        if response.status_code == 204:
            return None
        signed = SignedBatch(response.content, self._signature(response))
        batch = decode_batch(signed.body, signed.signature, self._hq_key)
        if (batch.header.kind != stream or batch.header.seq != after + 1
                or batch.header.office not in (self.office, REFERENCE_TARGET)):
            raise ProtocolError("bad_header", "not the batch asked for")
        return PulledBatch(batch.header.seq, int(response.headers.get("X-KD-Head", batch.header.seq)), batch, signed)

    def missing_attachments(self, hashes: list[str]) -> MissingAttachments:
        body = json.dumps({"hashes": hashes}).encode()
        answer = self._request("POST", "/v1/attachments/missing", content=body,
                               headers={"Content-Type": "application/json"}).json()
        return MissingAttachments(list(answer["missing"]), dict(answer["partial"]))

    def upload_attachment(self, sha256: str, data: bytes, chunk_size: int = DEFAULT_CHUNK) -> None:
        """Upload the bytes of one attachment, resuming from what HQ already has."""
        state = self._request("GET", f"/v1/attachments/{sha256}", ok=(200, 404))
        offset = 0
        if state.status_code == 200:
            info = state.json()
            if info["complete"]:
                return
            offset = int(info["received"])
        size = len(data)
        while offset < size:
            chunk = data[offset:offset + chunk_size]
            try:
                answer = self._request("PUT", f"/v1/attachments/{sha256}", params={"offset": offset, "size": size},
                                       content=chunk, headers={"Content-Type": "application/octet-stream"}).json()
            except HqRefused as refusal:
                if refusal.code != "offset_mismatch":
                    raise
                offset = int(refusal.body["expected_offset"])
                continue
            if answer["complete"]:
                return
            offset = int(answer["received"])

    def attachment_chunk(self, sha256: str, offset: int, limit: int = 1024 * 1024) -> tuple[bytes, int]:
        """Bytes of an attachment HQ holds from `offset` (at most `limit`), and the file's size. HQ serves
        only files of records this office holds; otherwise, or while HQ lacks the file, HqRefused
        ``not_found``."""
        response = self._request("GET", f"/v1/attachments/{sha256}/content", params={"offset": offset,
                                                                                      "limit": limit})
        size = response.headers.get("X-KD-Size", "")
        if not size.isdigit() or response.headers.get("X-KD-Offset") != str(offset):
            raise ProtocolError("bad_reply", "attachment range without its size or offset")
        return response.content, int(size)

    def records(self, after_entity: str = "", after_id: str = "", limit: int = 1000) -> dict[str, Any]:
        """A page of the records HQ holds for this office (to reload after restoring an older backup),
        with the head of the office's stream as it was when the page was read."""
        return self._request("GET", "/v1/records", params={"after_entity": after_entity, "after_id": after_id,
                                                           "limit": limit}).json()

    def conflicts(self, after: int = 0) -> list[dict[str, Any]]:
        return self._request("GET", "/v1/conflicts", params={"after": after}).json()

    def quarantine(self, after: int = 0) -> list[dict[str, Any]]:
        return self._request("GET", "/v1/quarantine", params={"after": after}).json()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

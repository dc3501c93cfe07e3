"""HQ tables (SQLAlchemy Core). Created by ``kelurahan-hq init`` with ``metadata.create_all``."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()
Json = JSON().with_variant(JSONB(), "postgresql")

OFFICE = String(32)
HASH = String(64)
TIME = String(40)

offices = Table(
    "hq_offices", metadata,
    Column("code", OFFICE, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("public_key", LargeBinary(32)),
    Column("key_id", String(16)),
    Column("enrol_code_hash", HASH),
    Column("enrol_expires", TIME),
    Column("enrolled_at", TIME),
    Column("created_at", TIME, nullable=False),
    Column("epoch", Integer, nullable=False, default=0),
    Column("last_seq", BigInteger, nullable=False, default=0),
    Column("last_hash", HASH),
    Column("audit_seq", BigInteger, nullable=False, default=0),
    Column("audit_hash", HASH),
    Column("audit_status", String(16), nullable=False, default="none"),
)

batches = Table(
    "hq_batches", metadata,
    Column("office", OFFICE, primary_key=True),
    Column("epoch", Integer, primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("hash", HASH, nullable=False),
    Column("body", LargeBinary, nullable=False),
    Column("signature", LargeBinary(64), nullable=False),
    Column("ack_payload", LargeBinary, nullable=False),
    Column("ack_signature", LargeBinary(64), nullable=False),
    Column("received_at", TIME, nullable=False),
)

applied_changes = Table(
    "hq_applied_changes", metadata,
    Column("change_id", String(36), primary_key=True),
    Column("office", OFFICE, nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("outcome", String(16), nullable=False),
)

records = Table(
    "hq_records", metadata,
    Column("entity", String(64), primary_key=True),
    Column("entity_id", String(128), primary_key=True),
    Column("owner", OFFICE, nullable=False),
    Column("rev", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", Json, nullable=False),
    Column("hlc", String(24), nullable=False),
    Column("created_at", TIME, nullable=False),
    Column("updated_at", TIME, nullable=False),
    Column("updated_by", OFFICE, nullable=False),
    Index("ix_hq_records_owner", "owner", "entity"),
)

conflicts = Table(
    "hq_conflicts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(128), nullable=False),
    Column("field", String(64), nullable=False),
    Column("change_id", String(36), nullable=False),
    Column("office", OFFICE, nullable=False),
    Column("winner", String(8), nullable=False),
    Column("kept_value", Json),
    Column("lost_value", Json),
    Column("lost_by", OFFICE, nullable=False),
    Column("created_at", TIME, nullable=False),
    Index("ix_hq_conflicts_office", "office", "id"),
)

quarantine = Table(
    "hq_quarantine", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("office", OFFICE, nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("change_id", String(36), nullable=False),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(128), nullable=False),
    Column("code", String(40), nullable=False),
    Column("detail", String(200), nullable=False),
    Column("change", Json, nullable=False),
    Column("created_at", TIME, nullable=False),
    Index("ix_hq_quarantine_office", "office", "id"),
)

audit_entries = Table(
    "hq_audit_entries", metadata,
    Column("office", OFFICE, primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("prev_hash", HASH, nullable=False),
    Column("hash", HASH, nullable=False),
    Column("at", TIME, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(64), nullable=False),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(128), nullable=False),
)

audit_alerts = Table(
    "hq_audit_alerts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("office", OFFICE, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("at_seq", BigInteger, nullable=False),
    Column("detail", String(200), nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("batch_seq", BigInteger, nullable=False),
    Column("created_at", TIME, nullable=False),
    Index("ix_hq_audit_alerts_office", "office", "id"),
)

stream_heads = Table(
    "hq_stream_heads", metadata,
    Column("stream", String(16), primary_key=True),
    Column("target", OFFICE, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("hash", HASH, nullable=False),
    Column("retained_from", BigInteger, nullable=False, default=1),
)

stream_batches = Table(
    "hq_stream_batches", metadata,
    Column("stream", String(16), primary_key=True),
    Column("target", OFFICE, primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("hash", HASH, nullable=False),
    Column("body", LargeBinary, nullable=False),
    Column("signature", LargeBinary(64), nullable=False),
    Column("created_at", TIME, nullable=False),
)

attachments = Table(
    "hq_attachments", metadata,
    Column("sha256", HASH, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False),
    Column("office", OFFICE, nullable=False),
    Column("created_at", TIME, nullable=False),
)

attachment_chunks = Table(
    "hq_attachment_chunks", metadata,
    Column("sha256", HASH, primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

identity = Table(
    "hq_identity", metadata,
    Column("id", Integer, primary_key=True),
    Column("private_key", LargeBinary(32), nullable=False),
    Column("public_key", LargeBinary(32), nullable=False),
    Column("created_at", TIME, nullable=False),
)

office_contacts = Table(
    "hq_office_contacts", metadata,
    Column("office", OFFICE, primary_key=True),
    Column("stream", String(16), primary_key=True),
    Column("cursor", BigInteger, nullable=False),
    Column("seen_at", TIME, nullable=False),
    Column("via", String(8), nullable=False),
)

rate_buckets = Table(
    "hq_rate_buckets", metadata,
    Column("key", String(64), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("updated", Float, nullable=False),
)

staff_tokens = Table(
    "hq_staff_tokens", metadata,
    Column("name", String(64), primary_key=True),
    Column("token_hash", HASH, nullable=False, unique=True),
    Column("created_at", TIME, nullable=False),
    Column("revoked_at", TIME),
)

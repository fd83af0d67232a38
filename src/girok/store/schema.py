"""The database schema for the whole system, one definition for SQLite and PostgreSQL.

Documents and their preserved originals; events, figures and their evidence spans;
gazetteer entries; incidents (events linked across documents); users, reviews and the
audit log. Alembic migrations in `migrations/versions` create and evolve it.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

TZ = sa.DateTime(timezone=True)

originals = sa.Table(
    "originals",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("media_type", sa.String(100), nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("stored_at", TZ, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(255), nullable=False, index=True),
    sa.Column(
        "sha256", sa.String(64), sa.ForeignKey("originals.sha256"), nullable=False, unique=True
    ),
    sa.Column("original_filename", sa.Text, nullable=False),
    sa.Column("source_path", sa.Text),
    sa.Column("format", sa.String(16), nullable=False),
    sa.Column("encoding", sa.String(40)),
    sa.Column("title", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("outlet", sa.String(255), index=True),
    sa.Column("published", sa.Date, index=True),
    sa.Column("published_origin", sa.String(16)),
    sa.Column("source_url", sa.Text),
    sa.Column("collection", sa.String(255), index=True),
    sa.Column("language", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("text_sha256", sa.String(64), nullable=False),
    sa.Column("minhash", sa.LargeBinary, nullable=False),
    sa.Column("near_duplicate_of", sa.Integer, sa.ForeignKey("documents.id"), index=True),
    sa.Column("near_duplicate_similarity", sa.Float),
    sa.Column("relevant", sa.Boolean),
    sa.Column("extraction_engine", sa.String(64)),
    sa.Column("extracted_at", TZ),
    sa.Column("ingested_at", TZ, nullable=False),
)

minhash_bands = sa.Table(
    "minhash_bands",
    metadata,
    sa.Column("band", sa.SmallInteger, primary_key=True),
    sa.Column("key", sa.String(32), primary_key=True),
    sa.Column(
        "document_id",
        sa.Integer,
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)

gazetteer_entries = sa.Table(
    "gazetteer_entries",
    metadata,
    sa.Column("id", sa.String(120), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False, index=True),
    sa.Column("category", sa.String(40)),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_ko", sa.Text),
    sa.Column("aliases", sa.Text, nullable=False, server_default=""),
    sa.Column("parent", sa.String(120)),
    sa.Column("place", sa.String(120)),
    sa.Column("country", sa.String(120)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("status", sa.String(40)),
    sa.Column("notes", sa.Text),
    sa.Column("sources", sa.Text),
    sa.Column("origin", sa.String(16), nullable=False, server_default="user"),
    sa.Column("added_at", TZ, nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "document_id",
        sa.Integer,
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("type", sa.String(24), nullable=False, index=True),
    sa.Column("date_earliest", sa.Date),
    sa.Column("date_latest", sa.Date),
    sa.Column("place_id", sa.String(120), index=True),
    sa.Column("facility_id", sa.String(120), index=True),
    sa.Column("perpetrator_id", sa.String(120)),
    sa.Column("victims_min", sa.Integer),
    sa.Column("victims_max", sa.Integer),
    sa.Column("announced", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("confidence", sa.Float),
    sa.Column("rule", sa.Text),
    sa.Column("engine", sa.String(64), nullable=False),
    sa.Column("status", sa.String(16), nullable=False, server_default="machine"),
    sa.Column("created_at", TZ, nullable=False),
)

figures = sa.Table(
    "figures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "document_id",
        sa.Integer,
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("what", sa.String(32), nullable=False),
    sa.Column("min", sa.BigInteger),
    sa.Column("max", sa.BigInteger),
    sa.Column("as_of", sa.String(10)),
    sa.Column("attributed_to", sa.Text),
    sa.Column("facility_id", sa.String(120)),
    sa.Column("engine", sa.String(64), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
)

evidence_spans = sa.Table(
    "evidence_spans",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), index=True
    ),
    sa.Column(
        "figure_id", sa.Integer, sa.ForeignKey("figures.id", ondelete="CASCADE"), index=True
    ),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("quote", sa.Text, nullable=False),
    sa.CheckConstraint(
        "(event_id IS NULL) <> (figure_id IS NULL)", name="one_owner"
    ),
    sa.CheckConstraint('"start" >= 0 AND "end" > "start"', name="span_order"),
)

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("type", sa.String(24), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("date_earliest", sa.Date),
    sa.Column("date_latest", sa.Date),
    sa.Column("place_id", sa.String(120)),
    sa.Column("facility_id", sa.String(120)),
    sa.Column("victims_min", sa.Integer),
    sa.Column("victims_max", sa.Integer),
    sa.Column("status", sa.String(16), nullable=False, server_default="machine"),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
)

incident_events = sa.Table(
    "incident_events",
    metadata,
    sa.Column(
        "incident_id",
        sa.Integer,
        sa.ForeignKey("incidents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column(
        "event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("linked_by", sa.String(64), nullable=False),
    sa.Column("score", sa.Float),
    sa.Column("linked_at", TZ, nullable=False),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("username", sa.String(120), nullable=False, unique=True),
    sa.Column("display_name", sa.Text),
    sa.Column("role", sa.String(16), nullable=False, server_default="analyst"),
    sa.Column("password_hash", sa.Text),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", TZ, nullable=False),
)

reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "event_id",
        sa.Integer,
        sa.ForeignKey("events.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("changes", sa.Text),
    sa.Column("comment", sa.Text),
    sa.Column("created_at", TZ, nullable=False),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", TZ, nullable=False, index=True),
    sa.Column("actor", sa.String(120), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("entity_type", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.String(120)),
    sa.Column("details", sa.Text),
)

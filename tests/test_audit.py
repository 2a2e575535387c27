"""The review store: private file, append-only trail, committed events, locks, decisions."""
from __future__ import annotations

import sqlite3
import stat

import pytest

from assistant.audit import AuditStore, case_id_for


@pytest.fixture
def store(tmp_path):
    with AuditStore(tmp_path / "data" / "review.db") as opened:
        yield opened


def test_store_file_is_readable_by_the_user_only(tmp_path):
    path = tmp_path / "private" / "review.db"
    AuditStore(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_store_uses_wal_and_full_sync(store):
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_event_is_visible_to_another_connection_at_once(store):
    store.upsert_case("c1", "/packets/a")
    store.append("c1", "ana", "confirm", "f3", "unreviewed", "confirmed")
    other = sqlite3.connect(store.path)
    rows = other.execute("SELECT reviewer, action, target, before, after FROM audit_events").fetchall()
    assert rows == [("ana", "confirm", "f3", '"unreviewed"', '"confirmed"')]


def test_audit_events_cannot_be_edited_or_deleted(store):
    store.append("c1", "ana", "confirm", "f3")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.connection.execute("UPDATE audit_events SET reviewer = 'eve'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.connection.execute("DELETE FROM audit_events")


def test_events_round_trip_json_values_and_utc_time(store):
    event = store.append("c1", "ana", "add_evidence", "glioma_grading", "unknown", {"id": "r1", "page": 2}, "seen")
    (loaded,) = store.events("c1")
    assert loaded == event
    assert loaded.after == {"id": "r1", "page": 2}
    assert loaded.time.endswith("+00:00")


def test_append_moves_the_case_to_in_progress(store):
    store.upsert_case("c1", "/packets/a", member="Harold Brennan", request_date="2025-11-04")
    assert store.case("c1").state == "new"
    store.append("c1", "ana", "confirm", "f1", case_state="in_progress")
    case = store.case("c1")
    assert (case.state, case.reviewer, case.member) == ("in_progress", "ana", "Harold Brennan")


def test_second_reviewer_is_told_who_holds_the_case(store):
    store.upsert_case("c1", "/packets/a")
    assert store.acquire_lock("c1", "ana").acquired
    refused = store.acquire_lock("c1", "ben")
    assert not refused.acquired and refused.holder == "ana" and refused.since
    assert store.acquire_lock("c1", "ana").acquired  # a crashed session of the same reviewer takes it back
    store.release_lock("c1", "ana")
    assert store.acquire_lock("c1", "ben").acquired


def test_decision_event_row_and_state_are_written_together(store):
    store.upsert_case("c1", "/packets/a")
    event, decision_id = store.append_decision("c1", "ana", "approve", None, (), "meets_criteria", "approve")
    (decision,) = store.decisions("c1")
    assert decision.id == decision_id and decision.event_id == event.id and decision.kind == "approve"
    assert store.case("c1").state == "decided"
    store.set_decision_files(decision_id, "/out/summary.md", "/out/summary.json")
    assert store.decisions("c1")[0].summary_markdown == "/out/summary.md"


def test_upsert_keeps_state_and_lock(store):
    store.upsert_case("c1", "/packets/a")
    store.acquire_lock("c1", "ana")
    store.append("c1", "ana", "confirm", "f1", case_state="in_progress")
    store.upsert_case("c1", "/packets/a", outcome="meets_criteria", recommendation="approve")
    case = store.case("c1")
    assert (case.state, case.lock_holder, case.outcome) == ("in_progress", "ana", "meets_criteria")


def test_case_id_follows_packet_content(tmp_path):
    packet = tmp_path / "packet"
    packet.mkdir()
    (packet / "note.txt").write_text("MRI brain indeterminate.")
    first = case_id_for(packet)
    assert case_id_for(packet) == first
    (packet / "note.txt").write_text("MRI brain conclusive.")
    assert case_id_for(packet) != first

"""Messages the assessing worker posts to the app (Toolong style: one module, each a docstringed dataclass)."""
from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from assistant.types import Extraction


@dataclass
class ExtractionProgress(Message):
    """Pages read so far in one packet; a flood collapses to the latest."""
    path: str
    document: str
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ExtractionProgress)


@dataclass
class ExtractionStarted(Message):
    """The worker began reading a packet."""
    path: str


@dataclass
class ExtractionFinished(Message):
    """A packet is read and extracted; evaluating it is fast and happens on the UI thread."""
    path: str
    case_id: str
    extraction: Extraction
    seconds: float


@dataclass
class ExtractionFailed(Message):
    """A packet could not be read (one line for the reviewer); the queue goes on."""
    path: str
    error: str

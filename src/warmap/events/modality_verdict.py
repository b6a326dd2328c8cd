"""The verdict on one sentence's modality (``Modality``), shared by every modality module."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Modality"]


@dataclass(frozen=True)
class Modality:
    """The verdict on one sentence: is the event asserted, how sure, and the cue that decided."""

    asserted: bool
    confidence: float
    reason: str

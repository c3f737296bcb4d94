"""The interface a QuerySet talks to (its manager), kept importable here: it lives in ``halopsa._source``, below
the models and the query layer, so that records use it too (see that module)."""

from __future__ import annotations

from .._source import RecordSource

__all__ = ["RecordSource"]

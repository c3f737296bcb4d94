"""Model classes for the 32 HaloPSA resources."""

from __future__ import annotations

from typing import Dict

from .base import CustomFields, Model, install_relations
from .records import *  # noqa: F401,F403
from .records import __all__ as _record_names
from . import records as _records

__all__ = ["Model", "CustomFields", "MODELS", *_record_names]

MODELS: Dict[str, type] = {name: getattr(_records, name) for name in _record_names}


def _install_all_relations() -> None:
    from ..resources import REGISTRY

    for resource in REGISTRY.values():
        install_relations(MODELS[resource.model_name], resource)


_install_all_relations()

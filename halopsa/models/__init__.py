"""Model classes: the 32 everyday resources' hand-declared models, and one made on first use for every other
family of the registry (no declared fields: every field the server sends reads as an attribute)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Dict, Type

from .base import CustomFields, Model, install_relations, model
from .records import *  # noqa: F401,F403
from .records import __all__ as _record_names
from . import records as _records

if TYPE_CHECKING:  # pragma: no cover
    from ..resources import Resource

__all__ = ["Model", "CustomFields", "MODELS", "model_for", *_record_names]  # pyright: ignore[reportUnsupportedDunderAll]

MODELS: Dict[str, Type[Model]] = {name: getattr(_records, name) for name in _record_names}
_MAKING = threading.RLock()


def model_for(resource: "Resource") -> Type[Model]:
    """The model class of a registry row: a hand-declared one, or a plain one made (once, even when threads ask
    at the same moment: records of one family must share one class) for the family."""
    cls = MODELS.get(resource.model_name)
    if cls is None:
        with _MAKING:
            cls = MODELS.get(resource.model_name)
            if cls is None:
                cls = type(resource.model_name, (Model,), {
                    "__module__": __name__, "__doc__": f"A {resource.path} record (fields as the server sends them)."})
                cls = model(resource.name, title=resource.title)(cls)
                install_relations(cls, resource)
                MODELS[resource.model_name] = cls
    return cls


def __getattr__(name: str) -> type:
    """``halopsa.models.RecurringInvoice``: the model of any family, made on first use (pickled records of those
    families find their class this way)."""
    from ..resources import REGISTRY

    for resource in REGISTRY.values():
        if resource.model_name == name:
            return model_for(resource)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _install_all_relations() -> None:
    from ..resources import REGISTRY

    for resource in REGISTRY.values():
        if resource.model_name in MODELS:
            install_relations(MODELS[resource.model_name], resource)


_install_all_relations()

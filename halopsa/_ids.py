"""One rule for record ids, in the SDK and the CLI alike.

An id is a whole number from 1 to 2,147,483,647 (Halo's ids are SQL Server ``int`` columns), or a string of such
digits, which is normalised to the number (ids read from a CSV file are strings). ``0``, ``" 0"``, negative
numbers, fractions, booleans, ``None`` and numbers out of range are refused before any request: Halo reads an id
of 0 (or one it cannot parse) as "no id", so an update would become a create. The few families whose schema
types ``id`` as text (uuids) take any non-empty text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Union

from .exceptions import HaloQueryError

if TYPE_CHECKING:  # pragma: no cover
    from .resources import Resource

__all__ = ["MAX_ID", "record_id", "takes_text_ids"]

MAX_ID = 2_147_483_647


def takes_text_ids(resource: "Resource") -> bool:
    """Whether the family's ids are text (its schema types ``id`` as a string, or its model says any)."""
    if (resource.write_fields or {}).get("id") == "str":
        return True
    from .models import model_for  # in a function: the CLI checks ids without loading the models

    return model_for(resource)._fields.get("id") is Any


def record_id(resource: "Resource", value: Any) -> Union[int, str]:
    """The id ``value`` names, normalised; :class:`HaloQueryError` (naming the resource and the value) when it
    names none."""
    if hasattr(value, "_data") and hasattr(value, "resource_name"):  # a record: its own id
        value = value.id
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and text.isascii():
            number = int(text)
            if 1 <= number <= MAX_ID:
                return number
        elif text and takes_text_ids(resource):
            return text
    elif isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID:
        return value
    text = ", or text" if takes_text_ids(resource) else ""
    article = "an" if resource.model_name[:1] in "AEIOU" else "a"
    raise HaloQueryError(f"{value!r} is not {article} {resource.model_name} id (a whole number from 1 to "
                         f"{MAX_ID:,}{text})")

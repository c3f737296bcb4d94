"""What the shell shows, worked out from the SDK for the shell's tests to compare with."""

from __future__ import annotations

from typing import Any


def not_found_line(fake: Any, record_id: int) -> str:
    """The one line the shell prints for ``tickets.get(record_id)`` of a missing ticket: the class, the request
    and the message, whatever words the SDK and the server choose for the message."""
    from halopsa.exceptions import HaloNotFoundError
    from halopsa.shell._display import error_line

    client = fake.client()
    try:
        client.tickets.get(record_id)
    except HaloNotFoundError as error:
        line = error_line(error)
    else:
        raise AssertionError(f"ticket {record_id} exists")
    finally:
        client.close()
    assert line.startswith(f"Ticket.DoesNotExist: GET /api/Tickets/{record_id}: 404 ") and "\n" not in line
    return line

"""Exit codes, and the one line an error prints as."""

from __future__ import annotations

TYPE_CHECKING = False  # no typing import at run time (start-up speed)
if TYPE_CHECKING:  # pragma: no cover
    from typing import Optional

OK = 0
API_ERROR = 1        # the API or the server failed (also: connection problems, a declined confirmation)
USAGE = 2            # bad command line or bad input; nothing was sent
NOT_FOUND = 3        # the record does not exist (404)
AUTH = 4             # the credentials were refused (token error, 401) or lack permission (403)
LOCAL = 5            # this machine failed the command: the output cannot be written (a full disk, a closed
#                      standard output), the sandbox database cannot be used, a port cannot be served on
INTERRUPTED = 130    # Ctrl-C
TERMINATED = 143     # SIGTERM (128 + 15), as a shell reports a process it ended


class UsageError(Exception):
    """A mistake on the command line, found before anything was sent. ``prog`` names the command."""

    def __init__(self, message: str, prog: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.prog = prog


class CommandFailed(Exception):
    """A command that stops with a one-line message and an exit code of its own choosing."""

    def __init__(self, message: str, code: int = API_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class Cancelled(Exception):
    """The user stopped at a question (Ctrl-C, Ctrl-D): one line without ``error:``, exit code 130 like Ctrl-C."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def exit_code_for(error: BaseException) -> int:
    """The exit code of an exception (imports the SDK's exceptions only when an SDK error is at hand)."""
    if isinstance(error, UsageError):
        return USAGE
    if isinstance(error, CommandFailed):
        return error.code
    if isinstance(error, (KeyboardInterrupt, Cancelled)):
        return INTERRUPTED
    if is_local_failure(error):
        return LOCAL
    from ..exceptions import (HaloAuthenticationError, HaloConfigError, HaloForbiddenError, HaloNotFoundError,
                              HaloQueryError, HaloTokenError)

    if isinstance(error, (HaloConfigError, HaloQueryError)):
        return USAGE
    if isinstance(error, HaloNotFoundError):
        return NOT_FOUND
    if isinstance(error, (HaloTokenError, HaloAuthenticationError, HaloForbiddenError)):
        return AUTH
    return API_ERROR


# What to do about a 403, or a 401 that a fresh token did not cure: the server's text says only what failed.
PERMISSION_HINT = ("check the API application's permissions and scope in HaloPSA (Configuration > Integrations > "
                   "HaloPSA API), or run 'halo configure'")


def error_message(error: BaseException) -> str:
    """The text after ``halo: error:``, on one line, with any control character the server's words carry
    escaped (``one_line``)."""
    if isinstance(error, (UsageError, CommandFailed)):
        text = error.message
    else:
        from ..exceptions import (HaloAuthenticationError, HaloConfigError, HaloError, HaloForbiddenError,
                                  HaloTokenError)

        if isinstance(error, (HaloForbiddenError, HaloAuthenticationError)):
            text = f"{error}; {PERMISSION_HINT}"
        elif isinstance(error, HaloTokenError):
            from ..auth import token_error_message

            text = token_error_message(error, {
                "credentials": "run 'halo configure' or set HALO_CLIENT_ID/HALO_CLIENT_SECRET",
                "auth_url": "--auth-url"})
        elif isinstance(error, HaloConfigError) and error.missing:
            from ..config import missing_settings_message

            text = missing_settings_message(error, lambda key: "--" + key.replace("_", "-"), in_python=False)
            text += "; or try the sandbox, which needs none: halo --sandbox <command>"
        elif isinstance(error, HaloError):
            text = str(error)
        elif is_local_failure(error):
            text = os_error_message(error)  # type: ignore[arg-type]
        else:
            text = f"{type(error).__name__}: {error}; this is a bug in halo: rerun with --debug and report it"
    from .._render import one_line

    return one_line(text)


def is_local_failure(error: BaseException) -> bool:
    """An OSError of this machine's (a write to standard output, as a rule). The SDK wraps the network's failures
    in HaloError; one of requests' or urllib3's that escaped it is a bug of halo, and is reported as one."""
    return isinstance(error, OSError) and not type(error).__module__.startswith(("requests", "urllib3"))


STDOUT_CLOSED = ("standard output is closed (started with >&-), so nothing can be shown; send it to a file, or to "
                 "/dev/null to discard it")


def os_error_message(error: OSError) -> str:
    """One line for a failure of this machine that reached the top: as a rule a write to standard output (the
    CLI's own files report their failures with their names, the SDK wraps the network's)."""
    import errno

    reason = error.strerror or str(error)
    if error.filename is not None:
        return f"cannot use {error.filename}: {reason}; check the path, its permissions and the free space"
    if error.errno == errno.EBADF:
        return STDOUT_CLOSED
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        advice = "free some space on the disk it goes to, or send the output elsewhere"
    elif error.errno == errno.EFBIG:
        advice = "the file it goes to has reached its size limit; send the output elsewhere"
    elif error.errno in (errno.EIO, errno.EPIPE, errno.EINVAL, errno.EROFS):
        advice = "check where the output goes (a disk, a device, a pipe) and try again"
    else:  # not a write's failure that we know of
        return f"this computer refused: {reason}; rerun with --debug to see where"
    return f"cannot write the output: {reason}; {advice}"

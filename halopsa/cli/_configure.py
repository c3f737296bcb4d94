"""``halo configure``: ask for (or take) the credentials, check them by fetching a token, write the config file.

The file is written by ``halopsa.config.write_config_file``: mode 0600 in a 0700 folder, merged with what is
there (other profiles are kept).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Dict, Optional

from .._encoding import json_object
from ._context import Context
from ._errors import Cancelled, CommandFailed, UsageError, error_message, exit_code_for

__all__ = ["run_configure"]

REQUIRED = ("tenant_url", "client_id", "client_secret")
OPTIONAL = ("scope", "tenant", "auth_url")
_QUESTIONS = {"tenant_url": "Tenant URL (e.g. https://acme.halopsa.com)", "client_id": "Client ID",
              "client_secret": "Client secret"}


def _prompt(message: str, secret: bool = False, default: str = "") -> str:
    """One question on the terminal (prompt_toolkit; a secret is not echoed)."""
    from prompt_toolkit import prompt

    return prompt(message, is_password=secret, default=default)


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def run_configure(ctx: Context, args: argparse.Namespace) -> int:
    from ..config import config_path, load_config_file, write_config_file

    profile = args.profile or ctx.options.profile
    path = config_path()
    values: Dict[str, Any] = {}
    for key in REQUIRED + OPTIONAL:
        # flags after `configure` first, then the same global flags before it
        values[key] = getattr(args, key, None) or getattr(ctx.options, key, None)
    missing = [key for key in REQUIRED if not values[key]]
    if missing and not _interactive():
        flags = " ".join(f"--{key.replace('_', '-')}" for key in missing)
        raise UsageError(f"halo configure needs {flags}: standard input is not a terminal, so it cannot ask")
    if values["tenant_url"]:  # a bad flag is refused before anything is asked
        values["tenant_url"] = _web_address(values["tenant_url"])
    if values.get("auth_url"):
        values["auth_url"] = _web_address(values["auth_url"], what="auth URL")
    if missing:
        existing = _saved_section(load_config_file(path), profile)
        try:
            _ask(values, existing)
        except (KeyboardInterrupt, EOFError):  # Ctrl-C or Ctrl-D at a question
            raise Cancelled("cancelled; nothing was saved") from None
    if not args.no_verify:
        _verify(ctx, values)
    written = write_config_file(values, path=path, profile=profile)
    where = f"profile '{profile}' in {written}" if profile else str(written)
    try_it = f"halo --profile {profile} tickets list --limit 5" if profile else "halo tickets list --limit 5"
    sys.stdout.write(f"saved {where} (mode 0600); try: {try_it}\n")
    return 0


def _web_address(text: str, what: str = "tenant URL") -> str:
    """The SDK's normalized URL (https:// added, /api dropped, plain http refused), and no blanks in the host
    (the SDK's rule lets ``https://not a url`` through)."""
    from ..config import allow_http_from_env, normalize_tenant_url
    from urllib.parse import urlsplit

    # the SDK's own rule: plain http off this machine only with HALO_ALLOW_HTTP
    url = normalize_tenant_url(text, allow_http=allow_http_from_env(), what=what)
    if any(character.isspace() for character in urlsplit(url).netloc):
        raise UsageError(f"the {what} {text!r} is not a web address (it has a space in the host name); "
                         "give it as https://yourcompany.halopsa.com")
    return url


def _saved_section(data: Dict[str, Any], profile: Optional[str]) -> Dict[str, Any]:
    if profile:
        return json_object((json_object(data.get("profiles")) or {}).get(profile)) or {}
    return data


def _ask(values: Dict[str, Any], existing: Dict[str, Any]) -> None:
    """Ask for each missing value until it is given (an empty or unusable answer asks again)."""
    from ..exceptions import HaloConfigError

    for key in REQUIRED:
        while not values[key]:
            saved = str(existing.get(key) or "")
            if key == "client_secret":
                keep = " (Enter keeps the saved one)" if saved else ""
                answer = _prompt(f"{_QUESTIONS[key]}{keep}: ", secret=True) or saved
            else:
                answer = _prompt(f"{_QUESTIONS[key]}: ", default=saved)
            answer = (answer or "").strip()
            if not answer:
                _complain(f"the {key.replace('_', ' ')} is required (Ctrl-C cancels)")
                continue
            if key == "tenant_url":
                try:
                    answer = _web_address(answer)
                except (HaloConfigError, UsageError) as error:  # right after it is typed, not after the secret
                    _complain(error_message(error))
                    continue
            values[key] = answer


def _complain(message: str) -> None:
    """Why an answer was not taken; the question comes again."""
    sys.stderr.write(f"halo: {message}\n")
    sys.stderr.flush()


def _verify(ctx: Context, values: Dict[str, Any]) -> None:
    """Fetch a token with these credentials (one request to the token endpoint); nothing else is sent."""
    from ..client import HaloClient
    from ..config import max_retries_from_env
    from ..exceptions import HaloError

    kwargs: Dict[str, Any] = {}
    retries = max_retries_from_env()
    kwargs["max_retries"] = 2 if retries is None else retries
    if ctx.options.timeout:
        kwargs["timeout"] = ctx.options.timeout
    client = HaloClient(tenant_url=values["tenant_url"], client_id=values["client_id"],
                        client_secret=values["client_secret"], scope=values.get("scope"),
                        tenant=values.get("tenant"), auth_url=values.get("auth_url"), token_cache=False, **kwargs)
    try:
        client.transport.tokens.token()
    except HaloError as error:
        raise CommandFailed(f"{error}; nothing was saved (add --no-verify to save anyway)",
                            exit_code_for(error)) from None
    finally:
        client.close()

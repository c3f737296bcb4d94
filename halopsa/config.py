"""Where settings come from: explicit arguments > environment > ``~/.halopsa/config.yaml``.

Every ``HALO_*`` variable is read and parsed here (the SDK's and the CLI's alike): the credentials and
``HALO_PROFILE``, ``HALO_HOME``, ``HALO_CONFIG``, ``HALO_ALLOW_HTTP``, ``HALO_RATE_LIMIT``, ``HALO_MAX_RETRIES``
and ``HALO_CSV_GUARD`` (only the fake server's ``HALO_SANDBOX_DB`` is ``halopsa.testing``'s own). A value that
cannot be read raises :class:`~halopsa.exceptions.HaloConfigError` naming the variable.

The config file holds flat keys (``tenant_url``, ``client_id``, ``client_secret``, ``scope``, ``tenant``,
``auth_url``) and optionally named ``profiles:`` with the same keys. It is written with mode 0600 in a 0700
directory; one that other users can read earns a warning.
"""

from __future__ import annotations

import ipaddress
import os
import re
import stat
import warnings
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple
from urllib.parse import urlsplit, urlunsplit

import attrs

from .exceptions import HaloConfigError

__all__ = ["Settings", "resolve_settings", "normalize_tenant_url", "allow_http_from_env", "config_path", "halo_home",
           "load_config_file", "write_config_file", "missing_settings_message", "KEYS", "ENV_VARS",
           "DEFAULT_RATE_LIMIT", "RATE_LIMIT_VAR", "rate_limit_from_env", "MAX_RETRIES_VAR", "max_retries_from_env", "CSV_GUARD_VAR", "csv_guard_from_env"]

KEYS = ("tenant_url", "client_id", "client_secret", "scope", "tenant", "auth_url")
ENV_VARS = {
    "tenant_url": "HALO_TENANT_URL",
    "client_id": "HALO_CLIENT_ID",
    "client_secret": "HALO_CLIENT_SECRET",
    "scope": "HALO_SCOPE",
    "tenant": "HALO_TENANT",
    "auth_url": "HALO_AUTH_URL",
}


def halo_home() -> Path:
    """The folder for the config file, token cache, shell history and sandbox (``~/.halopsa``)."""
    configured = os.environ.get("HALO_HOME")
    return Path(configured).expanduser() if configured else Path.home() / ".halopsa"


def config_path(env: Optional[Mapping[str, str]] = None) -> Path:
    env = os.environ if env is None else env
    explicit = env.get("HALO_CONFIG")
    return Path(explicit).expanduser() if explicit else halo_home() / "config.yaml"


@attrs.frozen
class Settings:
    """Resolved connection settings. The secret never appears in ``repr``."""

    tenant_url: str
    client_id: str
    client_secret: str = attrs.field(repr=False)
    scope: str = "all"
    tenant: Optional[str] = None
    auth_url: Optional[str] = None
    profile: Optional[str] = None

    @property
    def token_url(self) -> str:
        return (self.auth_url or f"{self.tenant_url}/auth").rstrip("/") + "/token"

    @property
    def api_url(self) -> str:
        return f"{self.tenant_url}/api"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_HOST_NAME = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$")


def normalize_tenant_url(url: str, allow_http: bool = False, what: str = "tenant URL") -> str:
    """``acme.halopsa.com/api/`` -> ``https://acme.halopsa.com``; refuse plain http except on loopback."""
    text = (url or "").strip()
    if not text:
        raise HaloConfigError(f"the {what} is empty; give it as https://yourcompany.halopsa.com")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = ""
    try:
        parts.port  # a port that is not a number raises here
        host = parts.hostname or ""
        valid_host = bool(host) and (_HOST_NAME.match(host) is not None or ":" in host)  # ":": an IPv6 literal
    except ValueError:
        valid_host = False
    if parts.scheme not in ("http", "https") or not valid_host:
        raise HaloConfigError(f"the {what} {url!r} is not a web address; give it as https://yourcompany.halopsa.com")
    if parts.scheme == "http" and not allow_http and not _is_loopback(host):
        raise HaloConfigError(
            f"the {what} {url!r} uses plain http, which would send your credentials unencrypted; "
            "use https://, or set HALO_ALLOW_HTTP=1 if this tenant really is served over plain http")
    path = parts.path.rstrip("/")
    if path.lower().endswith("/api"):
        path = path[:-4].rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def load_config_file(path: Path) -> Dict[str, Any]:
    """Read the YAML config file; a missing file is an empty config."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise HaloConfigError(f"cannot read the config file {path}: {_unreadable(path, exc)}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise HaloConfigError(f"the config file {path} is not UTF-8 text (byte 0x{raw[exc.start]:02x} on line "
                              f"{line}); save it as UTF-8, {_REPLACE_IT}") from None
    _warn_if_readable_by_others(path)
    import yaml  # heavy import: only when a config file is really read

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise HaloConfigError(f"the config file {path} is not valid YAML{where}; fix it, {_REPLACE_IT}") from None
    if not isinstance(data, dict):
        raise HaloConfigError(f"the config file {path} must hold a mapping of keys (tenant_url: ..., client_id: "
                              f"...); fix it, {_REPLACE_IT}")
    return data


# What to do about a config file that cannot be used ('halo configure' reads the old file first, so it must go)
_REPLACE_IT = "or move it away and run 'halo configure' to write a new one"


def _unreadable(path: Path, error: OSError) -> str:
    """Why the config file at ``path`` cannot be read, and what to do, for "cannot read the config file ...: "."""
    if path.is_dir():
        return ("it is a folder, not a file; move it away and run 'halo configure', or set HALO_CONFIG to "
                "the file to use")
    if isinstance(error, PermissionError):
        return f"permission denied; run 'chmod 600 {path}' as its owner, or set HALO_CONFIG to another file"
    return f"{error.strerror or error}; check the file, or set HALO_CONFIG to another one"


def _warn_if_readable_by_others(path: Path) -> None:
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        warnings.warn(f"the config file {path} can be read by other users; run 'chmod 600 {path}'",
                      UserWarning, stacklevel=3)


def write_config_file(values: Mapping[str, Any], path: Optional[Path] = None, profile: Optional[str] = None) -> Path:
    """Write (merge) settings into the config file with mode 0600 in a 0700 folder. Returns the path."""
    path = path or config_path()
    data = load_config_file(path) if path.exists() else {}
    clean = {key: values[key] for key in KEYS if values.get(key) not in (None, "")}
    if profile:
        profiles = data.setdefault("profiles", {})
        if not isinstance(profiles, dict):
            raise HaloConfigError(f"'profiles' in {path} must be a mapping of profile names; fix the file")
        section = profiles.get(profile)
        if not isinstance(section, dict):
            section = profiles[profile] = {}
    else:
        section = data
    if "tenant_url" in clean and not _same_tenant(clean["tenant_url"], section.get("tenant_url")):
        # another tenant: what was kept for the old one (auth_url, tenant, scope, ...) must not stay behind
        for key in KEYS:
            section.pop(key, None)
    section.update(clean)
    import yaml

    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yaml.safe_dump(data, handle, default_flow_style=False, sort_keys=False)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:  # a full disk, a read-only or foreign folder: the old file stays as it was
        try:
            tmp.unlink()
        except OSError:
            pass
        raise HaloConfigError(f"cannot write the config file {path}: {exc.strerror or exc}; free some space or "
                              "fix the folder's permissions, or set HALO_CONFIG to a file you can write") from None
    return path


def allow_http_from_env(env: Optional[Mapping[str, str]] = None) -> bool:
    """``HALO_ALLOW_HTTP=1``: a plain-http tenant URL off this machine is allowed (credentials go unencrypted)."""
    env = os.environ if env is None else env
    return env.get("HALO_ALLOW_HTTP", "").strip().lower() in ("1", "true", "yes")


def missing_settings_message(error: HaloConfigError, argument: Callable[[str], str],
                             in_python: bool = True) -> str:
    """What a :class:`HaloConfigError` for missing settings says, from its data, with the settings named as
    ``argument(key)`` gives them (``client_id=`` in Python, ``--client-id`` on the command line)."""
    profile = error.profile
    origin = {"argument": argument("tenant_url"), "environment": ENV_VARS["tenant_url"],
              "config file": "the config file",
              "profile": f"profile={profile!r} (HALO_PROFILE)" if in_python else f"--profile {profile} (HALO_PROFILE)",
              }.get(error.tenant_source or "", "the settings")
    why = "".join(
        f"the credentials in {source} are for {other}, not for {error.tenant_url} (set by {origin}), and one "
        f"tenant's secret is never sent to another tenant's authorisation server, so they were not used; to use "
        f"them, leave out {origin}; else "
        for source, other in error.withheld)
    names = ", ".join(error.missing)
    given = " ".join(argument(key) for key in error.missing)
    envs = " ".join(ENV_VARS[key] for key in error.missing)
    configure = f"halo configure --profile {profile}" if profile else "halo configure"
    where = "to HaloClient" if in_python else ""
    return (f"missing {names}: {why}pass {given}{' ' + where if where else ''}, set {envs}, or run '{configure}' "
            f"to write {error.config_file}")


DEFAULT_RATE_LIMIT = (700, 300.0)  # requests per seconds: a HaloPSA tenant's own limit (the client's default)
RATE_LIMIT_VAR = "HALO_RATE_LIMIT"
MAX_RETRIES_VAR = "HALO_MAX_RETRIES"
CSV_GUARD_VAR = "HALO_CSV_GUARD"


def rate_limit_from_env(env: Optional[Mapping[str, str]] = None) -> Optional[Tuple[int, float]]:
    """``HALO_RATE_LIMIT``: ``REQUESTS/SECONDS`` (``300/300`` for stricter hosted tenants) or ``none``; the
    default, 700 per 300 s, when unset."""
    env = os.environ if env is None else env
    text = env.get(RATE_LIMIT_VAR, "").strip().lower()
    if not text:
        return DEFAULT_RATE_LIMIT
    if text in ("none", "off", "0"):
        return None
    count, _, seconds = text.partition("/")
    try:
        limit = (int(count), float(seconds))
    except ValueError:
        limit = (0, 0.0)
    if limit[0] < 1 or limit[1] <= 0:
        raise HaloConfigError(f"{RATE_LIMIT_VAR}={text!r} is not a rate limit; write it as REQUESTS/SECONDS, "
                              "e.g. 300/300, or 'none'")
    return limit


def max_retries_from_env(env: Optional[Mapping[str, str]] = None) -> Optional[int]:
    """``HALO_MAX_RETRIES``: how often the CLI retries a failed request (None when unset: the client's default)."""
    env = os.environ if env is None else env
    text = env.get(MAX_RETRIES_VAR, "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise HaloConfigError(f"{MAX_RETRIES_VAR} must be a whole number of 0 or more, not {text!r}")
    return int(text)


def csv_guard_from_env(env: Optional[Mapping[str, str]] = None) -> bool:
    """``HALO_CSV_GUARD``: 0, false, no or off turns the CLI's CSV formula guard off (on when unset)."""
    env = os.environ if env is None else env
    text = env.get(CSV_GUARD_VAR, "").strip().lower()
    if text in ("", "1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise HaloConfigError(f"{CSV_GUARD_VAR} must be 1 or 0 (on or off), not {text!r}")


def _profile_section(data: Mapping[str, Any], profile: str, path: Path) -> Mapping[str, Any]:
    profiles = data.get("profiles") or {}
    if not isinstance(profiles, dict):
        raise HaloConfigError(f"'profiles' in {path} must be a mapping of profile names; run 'halo configure "
                              f"--profile {profile}' or fix the file")
    if profile not in profiles:
        known = ", ".join(sorted(map(str, profiles))) or "none"
        raise HaloConfigError(f"no profile {profile!r} in {path} (profiles: {known}); "
                              f"run 'halo configure --profile {profile}'")
    section = profiles[profile] or {}
    if not isinstance(section, dict):
        raise HaloConfigError(f"profile {profile!r} in {path} must be a mapping of keys (tenant_url, client_id, "
                              f"...); run 'halo configure --profile {profile}'")
    return section


def _same_tenant(chosen: str, from_file: Any) -> bool:
    """True when a settings source names no tenant URL, or the same one as ``chosen``."""
    if from_file in (None, ""):
        return True

    def key(url: str) -> str:
        try:
            return normalize_tenant_url(url, allow_http=True).lower()
        except HaloConfigError:
            return url.strip().lower()

    return key(chosen) == key(str(from_file))


def resolve_settings(
    tenant_url: Optional[str] = None,
    client_id: Optional[str] = None,
    client_secret: Optional[str] = None,
    scope: Optional[str] = None,
    tenant: Optional[str] = None,
    auth_url: Optional[str] = None,
    profile: Optional[str] = None,
    config_file: Optional[Path] = None,
    env: Optional[Mapping[str, str]] = None,
    allow_http: bool = False,
) -> Settings:
    """Resolve each setting from explicit arguments, then a profile named explicitly (``profile=`` or
    ``HALO_PROFILE``), then the other ``HALO_*`` variables, then the config file's top-level keys.

    Settings are filled key by key, but a source that names another tenant than the one already chosen is
    skipped whole: its credentials, auth server and tenant belong to that tenant, and mixing them in would send
    one tenant's secret to another's authorisation server.
    """
    env = os.environ if env is None else env
    allow_http = allow_http or allow_http_from_env(env)
    explicit = {"tenant_url": tenant_url, "client_id": client_id, "client_secret": client_secret,
                "scope": scope, "tenant": tenant, "auth_url": auth_url}
    values: Dict[str, Any] = {key: value for key, value in explicit.items() if value not in (None, "")}
    from_env = {key: env[var] for key, var in ENV_VARS.items() if env.get(var)}
    profile = profile or env.get("HALO_PROFILE") or None
    path = Path(config_file) if config_file else config_path(env)

    # for the message when credentials are missing: where the tenant URL came from, and the sources skipped
    # because their credentials belong to another tenant (source, that tenant's URL)
    tenant_origin = ["argument"] if "tenant_url" in values else []
    withheld: List[Tuple[str, str]] = []

    def fill(section: Mapping[str, Any], source: str, names_tenant: str) -> None:
        if "tenant_url" in values and not _same_tenant(values["tenant_url"], section.get("tenant_url")):
            if any(section.get(key) not in (None, "") for key in ("client_id", "client_secret")):
                withheld.append((source, str(section["tenant_url"])))
            return
        for key in KEYS:
            if key not in values and section.get(key) not in (None, ""):
                values[key] = str(section[key])
                if key == "tenant_url":
                    tenant_origin.append(names_tenant)

    if profile:
        fill(_profile_section(load_config_file(path), profile, path), f"profile {profile!r} in {path}", "profile")
        fill(from_env, "the HALO_* variables", "environment")
    else:
        fill(from_env, "the HALO_* variables", "environment")
        if any(key not in values for key in KEYS):
            fill(load_config_file(path), f"the config file {path}", "config file")
    missing = [key for key in ("tenant_url", "client_id", "client_secret") if key not in values]
    if missing:
        error = HaloConfigError(missing=missing, profile=profile, config_file=str(config_file or config_path(env)),
                                tenant_source=tenant_origin[0] if tenant_origin else None,
                                tenant_url=values.get("tenant_url"), withheld=withheld)
        error.args = (missing_settings_message(error, lambda key: f"{key}="),)
        raise error
    return Settings(
        tenant_url=normalize_tenant_url(values["tenant_url"], allow_http=allow_http),
        client_id=str(values["client_id"]).strip(),
        client_secret=str(values["client_secret"]),
        scope=str(values.get("scope") or "all"),
        tenant=values.get("tenant"),
        auth_url=normalize_tenant_url(values["auth_url"], allow_http=allow_http, what="auth URL")
        if values.get("auth_url") else None,
        profile=profile,
    )

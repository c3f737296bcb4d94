"""Settings: arguments > HALO_* environment > config file, profiles, URL normalisation, file permissions."""

from __future__ import annotations

import os
import stat
import warnings

import pytest
import yaml

from tests._support.mocked_tenant import CLIENT_SECRET, POSIX_ONLY
from halopsa import HaloClient, HaloConfigError
from halopsa.config import halo_home, normalize_tenant_url, resolve_settings, write_config_file

pytestmark = pytest.mark.usefixtures("isolated_env")  # a HOME of each test's own (tests/conftest.py)


def _write_yaml(path, data, mode=0o600):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    os.chmod(path, mode)
    return path


@pytest.fixture
def default_config(isolated_env):
    return isolated_env / ".halopsa" / "config.yaml"


FILE_VALUES = {"tenant_url": "https://file.halopsa.com", "client_id": "file-id", "client_secret": "file-secret",
               "scope": "read:tickets", "tenant": "filetenant"}


# -- precedence ----------------------------------------------------------------------------------------------


def test_config_file_alone_supplies_everything(default_config):
    _write_yaml(default_config, FILE_VALUES)
    settings = resolve_settings()
    assert (settings.tenant_url, settings.client_id, settings.client_secret, settings.scope, settings.tenant) == (
        "https://file.halopsa.com", "file-id", "file-secret", "read:tickets", "filetenant")


def test_environment_beats_the_file(default_config, monkeypatch):
    _write_yaml(default_config, FILE_VALUES)
    monkeypatch.setenv("HALO_CLIENT_ID", "env-id")
    monkeypatch.setenv("HALO_SCOPE", "all")
    settings = resolve_settings()
    assert settings.client_id == "env-id"
    assert settings.scope == "all"
    assert settings.client_secret == "file-secret"  # what the environment does not set still comes from the file


def test_arguments_beat_environment_and_file(default_config, monkeypatch):
    _write_yaml(default_config, FILE_VALUES)
    monkeypatch.setenv("HALO_CLIENT_ID", "env-id")
    monkeypatch.setenv("HALO_CLIENT_SECRET", "env-secret")
    settings = resolve_settings(client_id="arg-id")
    assert settings.client_id == "arg-id"
    assert settings.client_secret == "env-secret"
    assert settings.tenant_url == "https://file.halopsa.com"


def test_every_environment_variable_is_read(monkeypatch):
    for name, value in {"HALO_TENANT_URL": "env.halopsa.com", "HALO_CLIENT_ID": "i", "HALO_CLIENT_SECRET": "s",
                        "HALO_SCOPE": "read:tickets", "HALO_TENANT": "t",
                        "HALO_AUTH_URL": "https://auth.example.com/auth"}.items():
        monkeypatch.setenv(name, value)
    settings = resolve_settings()
    assert settings.tenant_url == "https://env.halopsa.com"
    assert (settings.client_id, settings.client_secret, settings.scope, settings.tenant) == (
        "i", "s", "read:tickets", "t")
    assert settings.token_url == "https://auth.example.com/auth/token"


def test_client_built_from_environment(monkeypatch):
    monkeypatch.setenv("HALO_TENANT_URL", "https://env.halopsa.com/")
    monkeypatch.setenv("HALO_CLIENT_ID", "i")
    monkeypatch.setenv("HALO_CLIENT_SECRET", "s")
    with HaloClient() as client:
        assert client.tenant_url == "https://env.halopsa.com"


def test_halo_config_points_at_another_file(tmp_path, default_config, monkeypatch):
    _write_yaml(default_config, FILE_VALUES)
    other = _write_yaml(tmp_path / "elsewhere.yaml", {**FILE_VALUES, "client_id": "other-file-id"})
    monkeypatch.setenv("HALO_CONFIG", str(other))
    assert resolve_settings().client_id == "other-file-id"


def test_halo_home_moves_the_default_file(tmp_path, monkeypatch):
    home = tmp_path / "custom-home"
    _write_yaml(home / "config.yaml", FILE_VALUES)
    monkeypatch.setenv("HALO_HOME", str(home))
    assert halo_home() == home
    assert resolve_settings().client_id == "file-id"


def test_default_home_is_dot_halopsa(isolated_env):
    assert halo_home() == isolated_env / ".halopsa"


def test_config_file_argument(tmp_path):
    path = _write_yaml(tmp_path / "c.yaml", FILE_VALUES)
    assert resolve_settings(config_file=path).client_id == "file-id"


def test_file_auth_url_not_mixed_into_another_tenant(default_config):
    _write_yaml(default_config, {**FILE_VALUES, "auth_url": "https://auth.file-tenant.example/auth"})
    settings = resolve_settings("https://other.halopsa.com", "other-id", "other-secret")
    assert settings.token_url == "https://other.halopsa.com/auth/token"
    assert settings.tenant is None


# -- profiles ------------------------------------------------------------------------------------------------


PROFILED = {**FILE_VALUES, "profiles": {
    "staging": {"tenant_url": "https://staging.halopsa.com", "client_id": "stage-id", "client_secret": "stage-s"},
}}


def test_profile_argument_selects_a_profile(default_config):
    _write_yaml(default_config, PROFILED)
    settings = resolve_settings(profile="staging")
    assert (settings.tenant_url, settings.client_id, settings.profile) == (
        "https://staging.halopsa.com", "stage-id", "staging")


def test_halo_profile_environment_selects_a_profile(default_config, monkeypatch):
    _write_yaml(default_config, PROFILED)
    monkeypatch.setenv("HALO_PROFILE", "staging")
    assert resolve_settings().client_id == "stage-id"


def test_no_profile_uses_the_flat_keys(default_config):
    _write_yaml(default_config, PROFILED)
    assert resolve_settings().client_id == "file-id"


def test_unknown_profile_names_the_known_ones(default_config):
    _write_yaml(default_config, PROFILED)
    with pytest.raises(HaloConfigError) as caught:
        resolve_settings(profile="prod")
    text = str(caught.value)
    assert "'prod'" in text and "staging" in text and "halo configure" in text


def test_client_takes_a_profile(default_config):
    _write_yaml(default_config, PROFILED)
    with HaloClient(profile="staging") as client:
        assert client.tenant_url == "https://staging.halopsa.com"


# -- tenant URL normalisation --------------------------------------------------------------------------------


@pytest.mark.parametrize("given, expected", [
    ("acme.halopsa.com", "https://acme.halopsa.com"),
    ("https://acme.halopsa.com/", "https://acme.halopsa.com"),
    ("https://acme.halopsa.com/api", "https://acme.halopsa.com"),
    ("https://acme.halopsa.com/api/", "https://acme.halopsa.com"),
    ("acme.halopsa.com/api/", "https://acme.halopsa.com"),
    ("  https://acme.halopsa.com  ", "https://acme.halopsa.com"),
    ("https://halo.example.com/halo/api", "https://halo.example.com/halo"),
    ("https://acme.halopsa.com:8443", "https://acme.halopsa.com:8443"),
    ("http://localhost:8080", "http://localhost:8080"),
    ("http://127.0.0.1:5000/", "http://127.0.0.1:5000"),
    ("http://127.8.9.10", "http://127.8.9.10"),
    ("http://[::1]:8080/api", "http://[::1]:8080"),
])
def test_tenant_url_normalised(given, expected):
    assert normalize_tenant_url(given) == expected


@pytest.mark.parametrize("url", ["http://acme.halopsa.com", "http://10.0.0.5", "http://128.0.0.1"])
def test_plain_http_refused_except_loopback(url):
    with pytest.raises(HaloConfigError) as caught:
        normalize_tenant_url(url)
    assert "https" in str(caught.value)
    assert normalize_tenant_url(url, allow_http=True) == url


def test_client_refuses_plain_http_before_any_request(halo_mock):
    with pytest.raises(HaloConfigError):
        HaloClient("http://acme.halopsa.com", "i", "s")
    assert halo_mock.request_history == []


def test_halo_allow_http_environment_variable(monkeypatch):
    monkeypatch.setenv("HALO_ALLOW_HTTP", "1")
    with HaloClient("http://acme.halopsa.com", "i", "s") as client:
        assert client.tenant_url == "http://acme.halopsa.com"


def test_client_allow_http():
    with HaloClient("http://acme.halopsa.com", "i", "s", allow_http=True) as client:
        assert client.tenant_url == "http://acme.halopsa.com"


@pytest.mark.parametrize("url", ["", "   ", "ftp://acme.halopsa.com", "https://", "not a url", "https://a b.com",
                                 "https://acme.halopsa.com:abc", "https://acme..halopsa.com", "https://-acme.com"])
def test_nonsense_url_refused(url):
    with pytest.raises(HaloConfigError):
        normalize_tenant_url(url)


@pytest.mark.parametrize("url", ["https://halo-intranet", "http://[::1]:8080", "https://acme.halopsa.com:8443/"])
def test_unusual_but_real_addresses_accepted(url):
    assert normalize_tenant_url(url).startswith(url.split(":")[0])


# -- missing credentials -------------------------------------------------------------------------------------


def test_missing_credentials_name_arguments_env_vars_and_configure_in_python_terms():
    with pytest.raises(HaloConfigError) as caught:
        resolve_settings()
    text = str(caught.value)
    assert text.startswith("missing tenant_url, client_id, client_secret: pass tenant_url= client_id= "
                           "client_secret= to HaloClient, set HALO_TENANT_URL HALO_CLIENT_ID HALO_CLIENT_SECRET, "
                           "or run 'halo configure' to write ")
    assert "--" not in text and "\n" not in text  # no command-line flag in the SDK's words
    error = caught.value
    assert error.missing == ("tenant_url", "client_id", "client_secret")
    assert error.config_file and error.config_file.endswith("config.yaml") and text.endswith(error.config_file)
    assert (error.profile, error.tenant_source, error.tenant_url, error.withheld) == (None, None, None, ())


def test_missing_secret_only_names_the_secret():
    with pytest.raises(HaloConfigError) as caught:
        HaloClient("acme.halopsa.com", "id")
    text = str(caught.value)
    assert "client_secret=" in text and "HALO_CLIENT_SECRET" in text and "halo configure" in text
    assert "client_id=" not in text
    assert caught.value.missing == ("client_secret",)
    assert (caught.value.tenant_source, caught.value.tenant_url) == ("argument", "acme.halopsa.com")  # as given


def test_credentials_for_another_tenant_are_withheld_and_said_so_as_data(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("tenant_url: https://acme.halopsa.com\nclient_id: a\nclient_secret: s3cret-s3cret\n")
    path.chmod(0o600)
    with pytest.raises(HaloConfigError) as caught:
        resolve_settings(config_file=path, env={"HALO_TENANT_URL": "https://other.halopsa.com"})
    error = caught.value
    assert error.withheld == ((f"the config file {path}", "https://acme.halopsa.com"),)
    assert (error.tenant_source, error.tenant_url) == ("environment", "https://other.halopsa.com")
    assert "(set by HALO_TENANT_URL)" in str(error) and "s3cret" not in str(error)


# -- the file itself -----------------------------------------------------------------------------------------


@POSIX_ONLY
def test_write_config_file_modes(isolated_env):
    path = write_config_file({"tenant_url": "https://acme.halopsa.com", "client_id": "i",
                              "client_secret": CLIENT_SECRET})
    assert path == isolated_env / ".halopsa" / "config.yaml"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert yaml.safe_load(path.read_text())["client_secret"] == CLIENT_SECRET
    assert resolve_settings().client_secret == CLIENT_SECRET


@POSIX_ONLY
def test_write_config_file_profile_keeps_other_settings(default_config):
    _write_yaml(default_config, FILE_VALUES)
    write_config_file({"tenant_url": "https://staging.halopsa.com", "client_id": "s", "client_secret": "x"},
                      profile="staging")
    data = yaml.safe_load(default_config.read_text())
    assert data["client_id"] == "file-id"
    assert data["profiles"]["staging"]["client_id"] == "s"
    assert stat.S_IMODE(os.stat(default_config).st_mode) == 0o600


@POSIX_ONLY
@pytest.mark.parametrize("mode", [0o640, 0o644, 0o604])
def test_config_file_readable_by_others_warns(default_config, mode):
    _write_yaml(default_config, FILE_VALUES, mode=mode)
    with pytest.warns(UserWarning, match="chmod 600"):
        resolve_settings()


def test_private_config_file_does_not_warn(default_config):
    _write_yaml(default_config, FILE_VALUES, mode=0o600)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        resolve_settings()


def test_invalid_yaml_is_a_one_line_config_error(default_config):
    default_config.parent.mkdir(parents=True)
    default_config.write_text("tenant_url: https://acme.halopsa.com\nclient_id: [unclosed\n  client_secret: x\n")
    os.chmod(default_config, 0o600)
    with pytest.raises(HaloConfigError) as caught:
        resolve_settings()
    text = str(caught.value)
    assert "\n" not in text
    assert str(default_config) in text and "YAML" in text


def test_config_file_that_is_not_a_mapping(default_config):
    default_config.parent.mkdir(parents=True)
    default_config.write_text("- just\n- a list\n")
    os.chmod(default_config, 0o600)
    with pytest.raises(HaloConfigError):
        resolve_settings()


def test_settings_repr_hides_the_secret():
    settings = resolve_settings("acme.halopsa.com", "id", CLIENT_SECRET)
    assert CLIENT_SECRET not in repr(settings)
    assert CLIENT_SECRET not in str(settings)


def test_file_keys_fill_in_for_the_same_tenant(default_config):
    _write_yaml(default_config, {**FILE_VALUES, "auth_url": "https://auth.file-tenant.example/auth"})
    settings = resolve_settings(FILE_VALUES["tenant_url"] + "/api/")
    assert settings.client_id == FILE_VALUES["client_id"]
    assert settings.token_url == "https://auth.file-tenant.example/auth/token"


def test_file_secret_not_used_for_another_tenant(default_config, monkeypatch):
    _write_yaml(default_config, FILE_VALUES)
    monkeypatch.setenv("HALO_TENANT_URL", "https://other.halopsa.com")
    with pytest.raises(HaloConfigError) as caught:
        resolve_settings()
    assert "client_id" in str(caught.value) and "client_secret" in str(caught.value)


# -- a named profile, other tenants' settings, and rewriting the file -----------------------------------------


def test_a_named_profile_beats_halo_variables_for_another_tenant(default_config, monkeypatch):
    _write_yaml(default_config, PROFILED)
    monkeypatch.setenv("HALO_TENANT_URL", "https://prod.halopsa.com")
    monkeypatch.setenv("HALO_CLIENT_ID", "prod-id")
    monkeypatch.setenv("HALO_CLIENT_SECRET", "prod-secret")
    settings = resolve_settings(profile="staging")
    assert (settings.tenant_url, settings.client_id, settings.client_secret) == (
        "https://staging.halopsa.com", "stage-id", "stage-s")


def test_halo_profile_variable_names_a_profile_too(default_config, monkeypatch):
    _write_yaml(default_config, PROFILED)
    monkeypatch.setenv("HALO_PROFILE", "staging")
    monkeypatch.setenv("HALO_TENANT_URL", "https://prod.halopsa.com")
    assert resolve_settings().tenant_url == "https://staging.halopsa.com"


def test_environment_auth_url_not_mixed_into_another_tenant(monkeypatch):
    monkeypatch.setenv("HALO_TENANT_URL", "https://env.halopsa.com")
    monkeypatch.setenv("HALO_AUTH_URL", "https://auth.env-tenant.example/auth")
    monkeypatch.setenv("HALO_TENANT", "envtenant")
    settings = resolve_settings("https://other.halopsa.com", "other-id", "other-secret")
    assert settings.token_url == "https://other.halopsa.com/auth/token"
    assert settings.tenant is None


def test_environment_fills_in_for_an_explicit_tenant_when_it_names_none(monkeypatch):
    monkeypatch.setenv("HALO_CLIENT_ID", "env-id")
    monkeypatch.setenv("HALO_CLIENT_SECRET", "env-secret")
    settings = resolve_settings("https://other.halopsa.com")
    assert (settings.client_id, settings.client_secret) == ("env-id", "env-secret")


def test_rewriting_a_profile_for_another_tenant_drops_the_old_tenants_keys(default_config):
    write_config_file({"tenant_url": "https://a.halopsa.com", "client_id": "A", "client_secret": "SA",
                       "auth_url": "https://auth.a.example/auth", "tenant": "a"}, default_config, profile="p")
    write_config_file({"tenant_url": "https://b.halopsa.com", "client_id": "B", "client_secret": "SB"},
                      default_config, profile="p")
    settings = resolve_settings(profile="p")
    assert settings.token_url == "https://b.halopsa.com/auth/token" and settings.tenant is None
    assert yaml.safe_load(default_config.read_text())["profiles"]["p"] == {
        "tenant_url": "https://b.halopsa.com", "client_id": "B", "client_secret": "SB"}


def test_rewriting_the_same_tenant_keeps_its_other_keys(default_config):
    write_config_file({**FILE_VALUES, "auth_url": "https://auth.file.example/auth"}, default_config)
    write_config_file({"tenant_url": FILE_VALUES["tenant_url"], "client_secret": "rotated"}, default_config)
    settings = resolve_settings()
    assert settings.client_secret == "rotated" and settings.token_url == "https://auth.file.example/auth/token"


@pytest.mark.parametrize("profiles", [{"p": None}, {"p": "oops"}, "not-a-mapping"])
def test_a_malformed_profile_is_a_config_error(default_config, profiles):
    _write_yaml(default_config, {**FILE_VALUES, "profiles": profiles})
    with pytest.raises(HaloConfigError) as caught:
        resolve_settings(profile="p")
    assert "halo configure --profile p" in str(caught.value)


def test_an_empty_profile_suggests_configuring_it(default_config):
    _write_yaml(default_config, {"profiles": {"p": {"scope": "all"}}})
    with pytest.raises(HaloConfigError, match="run 'halo configure --profile p'"):
        resolve_settings(profile="p")


def test_halo_home_expands_a_tilde(monkeypatch, isolated_env):
    monkeypatch.setenv("HALO_HOME", "~/elsewhere")
    assert halo_home() == isolated_env / "elsewhere"


# -- every HALO_* variable is read in halopsa/config.py --------------------------------------------------------


@pytest.mark.parametrize("value, expected", [("", (700, 300.0)), ("300/300", (300, 300.0)), ("none", None),
                                             ("OFF", None), (" 2/0.5 ", (2, 0.5))])
def test_halo_rate_limit_is_read_by_config(value, expected):
    from halopsa.config import rate_limit_from_env

    assert rate_limit_from_env({"HALO_RATE_LIMIT": value}) == expected


@pytest.mark.parametrize("read, name, value, message", [
    ("rate_limit_from_env", "HALO_RATE_LIMIT", "fast",
     "HALO_RATE_LIMIT='fast' is not a rate limit; write it as REQUESTS/SECONDS, e.g. 300/300, or 'none'"),
    ("max_retries_from_env", "HALO_MAX_RETRIES", "many", "HALO_MAX_RETRIES must be a whole number of 0 or more, "
                                                         "not 'many'"),
    ("csv_guard_from_env", "HALO_CSV_GUARD", "maybe", "HALO_CSV_GUARD must be 1 or 0 (on or off), not 'maybe'"),
])
def test_a_bad_halo_variable_is_a_config_error_naming_it(read, name, value, message):
    import halopsa.config

    with pytest.raises(HaloConfigError) as caught:
        getattr(halopsa.config, read)({name: value})
    assert str(caught.value) == message


def test_max_retries_and_the_csv_guard_read_by_config():
    from halopsa.config import csv_guard_from_env, max_retries_from_env

    assert max_retries_from_env({}) is None and max_retries_from_env({"HALO_MAX_RETRIES": " 3 "}) == 3
    assert csv_guard_from_env({}) is True and csv_guard_from_env({"HALO_CSV_GUARD": "off"}) is False


def _environment_reads(tree):
    """The keys a module looks up with ``.get(key)``, ``getenv(key)`` or ``[key]`` (``os.environ``, or a mapping
    standing for it), as written: a string, or the string a module-level name is bound to."""
    import ast

    constants = {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                 and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                 for target in node.targets if isinstance(target, ast.Name)}
    for node in ast.walk(tree):
        key = None
        if isinstance(node, ast.Call) and node.args and isinstance(node.func, (ast.Attribute, ast.Name)) and (
                getattr(node.func, "attr", getattr(node.func, "id", "")) in ("get", "getenv")):
            key = node.args[0]
        elif isinstance(node, ast.Subscript):
            key = node.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            yield key.value
        elif isinstance(key, ast.Name) and key.id in constants:
            yield constants[key.id]


def test_no_module_but_config_reads_a_halo_variable():
    """HALO_* parsing lives in one place (the fake server's HALO_SANDBOX_DB is halopsa.testing's own)."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "halopsa"
    readers = {}
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if relative == "config.py" or relative.startswith("testing/"):
            continue
        names = [str(name) for name in _environment_reads(ast.parse(path.read_text(encoding="utf-8")))]
        if any(name.startswith("HALO_") for name in names):
            readers[relative] = names
    assert readers == {}
    config = ast.parse((package / "config.py").read_text(encoding="utf-8"))
    assert {"HALO_RATE_LIMIT", "HALO_MAX_RETRIES", "HALO_CSV_GUARD", "HALO_HOME"} <= set(_environment_reads(config))

"""The plugin's fixtures cannot reach production: while a test runs, HALO_* name the fake and nothing of the
machine's settings applies (its other HALO_* variables, its config file, a proxy); afterwards all is as before.

pytest runs a test file of a user's project in a folder of its own, on a "machine" whose settings name a real
tenant: a config file with a profile, HALO_* variables and a proxy that goes nowhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

USERS_TESTS = '''
import os
from pathlib import Path

import pytest

from halopsa import HaloClient

MACHINE = {name: value for name, value in os.environ.items() if name.startswith("HALO_")}


def test_code_under_test_builds_its_own_client_and_reaches_the_fake(halo_fake):
    with HaloClient() as client:  # as the code under test would: no arguments, so from the environment
        assert client.tickets.count() == len(halo_fake.records("tickets"))
    assert halo_fake.token_requests == 1
    assert {name: os.environ[name] for name in os.environ if name.startswith("HALO_")} == {
        "HALO_TENANT_URL": halo_fake.url, "HALO_CLIENT_ID": halo_fake.client_id,
        "HALO_CLIENT_SECRET": halo_fake.client_secret, "HALO_AUTH_URL": halo_fake.auth_url,
        "HALO_HOME": os.environ["HALO_HOME"], "HALO_CONFIG": os.environ["HALO_CONFIG"]}
    home = Path(os.environ["HALO_HOME"])
    assert home != Path(MACHINE["HALO_HOME"]) and list(home.iterdir()) == []
    assert Path(os.environ["HALO_CONFIG"]).parent == home


def test_the_factory_points_at_the_fake_it_started_last(halo_fake_factory):
    halo_fake_factory(tickets=3)
    latest = halo_fake_factory(tickets=5)
    with HaloClient() as client:
        assert client.tickets.count() == 5
    assert os.environ["HALO_TENANT_URL"] == latest.url


def test_a_tests_own_changes_are_undone_in_order(halo_fake, monkeypatch):
    monkeypatch.setenv("HALO_TENANT_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("HALO_SCOPE", "read:tickets")


@pytest.fixture(scope="module")
def shared_fake():
    from halopsa.testing import FakeHalo

    with FakeHalo(tickets=7) as fake:
        yield fake


@pytest.mark.parametrize("turn", [1, 2])
def test_a_module_shares_one_fake_that_each_test_points_at(shared_fake, halo_use_fake, turn):
    assert halo_use_fake(shared_fake) is shared_fake
    with HaloClient() as client:
        assert client.tickets.count() == 7
    assert os.environ["HALO_TENANT_URL"] == shared_fake.url and "HALO_PROFILE" not in os.environ
    assert Path(os.environ["HALO_HOME"]) != Path(MACHINE["HALO_HOME"])
    assert shared_fake.token_requests == turn  # the same server, reached by each test's own client


def test_afterwards_the_machines_settings_are_back():
    assert {name: value for name, value in os.environ.items() if name.startswith("HALO_")} == MACHINE
    assert "127.0.0.1" not in os.environ.get("NO_PROXY", "")
'''


def test_the_fixtures_isolate_a_test_from_the_machines_settings(tmp_path):
    machine_home = tmp_path / "machine" / ".halopsa"
    machine_home.mkdir(parents=True)
    config = machine_home / "config.yaml"
    config.write_text("tenant_url: https://production.halopsa.invalid\nclient_id: prod\nclient_secret: prod-secret\n"
                      "profiles:\n  prod:\n    tenant_url: https://production.halopsa.invalid\n    client_id: prod\n"
                      "    client_secret: prod-secret\n", encoding="utf-8")
    config.chmod(0o600)
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_users_code.py").write_text(USERS_TESTS, encoding="utf-8")
    environment = {name: value for name, value in os.environ.items()
                   if not name.startswith("HALO_") and name.upper() != "NO_PROXY"}
    environment.update({
        "HALO_HOME": str(machine_home), "HALO_CONFIG": str(config), "HALO_PROFILE": "prod",
        "HALO_TENANT_URL": "https://production.halopsa.invalid", "HALO_CLIENT_ID": "prod",
        "HALO_CLIENT_SECRET": "prod-secret", "HALO_AUTH_URL": "https://login.halopsa.invalid",
        "HALO_RATE_LIMIT": "1/300", "HALO_MAX_RETRIES": "0",
        "HTTP_PROXY": "http://127.0.0.1:9", "http_proxy": "http://127.0.0.1:9",  # a proxy that goes nowhere
        # the plugin exactly once, whether or not the package's pytest11 entry point is installed
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    })
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p",
                             "halopsa.testing.pytest_plugin", "test_users_code.py"], cwd=project, env=environment,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 passed" in result.stdout
    assert config.read_text(encoding="utf-8").startswith("tenant_url: https://production")
    assert sorted(path.name for path in machine_home.iterdir()) == ["config.yaml"]  # no token cache, no sandbox


def test_halo_environment_alone_hides_the_machines_config(halo_environment, monkeypatch):
    from halopsa.config import config_path, halo_home, resolve_settings
    from halopsa.exceptions import HaloConfigError

    assert halo_home() == halo_environment and config_path().parent == halo_environment
    assert not any(name.startswith("HALO_") and name not in ("HALO_HOME", "HALO_CONFIG") for name in os.environ)
    try:
        resolve_settings()
    except HaloConfigError as error:
        assert str(error).startswith("missing tenant_url, client_id, client_secret")
    else:
        raise AssertionError("settings came from somewhere")
    assert "127.0.0.1" in os.environ["NO_PROXY"].split(",")  # the fake is reached without any proxy

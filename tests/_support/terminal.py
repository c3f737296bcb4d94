"""A program in a pseudo-terminal, for the end-to-end tests (standard library only, so it runs wherever the
tests do): send keys, wait for output matching a pattern, read what came before it."""

from __future__ import annotations

import codecs
import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import termios
import time
from typing import Dict, List, Optional

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Z0-9]|\x1b[=>]|\x1b\][^\x07]*\x07")
# The prompt as prompt_toolkit draws it: ">>>" at the start of a line, after any escape sequences (the space
# after it is a cursor movement, not a character). The banner's example lines (indented) do not match.
PROMPT = r"(?:^|[\r\n])(?:\x1b\[[0-9;?]*[ -/]*[@-~])*>>>"


def plain(text: str) -> str:
    """Terminal output without its escape sequences, with \\r\\n as \\n."""
    return ANSI.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


class Terminal:
    def __init__(self, argv: List[str], env: Dict[str, str], rows: int = 40, columns: int = 160) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
                                        start_new_session=True)
        os.close(slave)
        self._master = master
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._output = ""
        self._position = 0
        self.before = ""
        self.closed = False

    @property
    def output(self) -> str:
        """Everything the program has written so far, escape sequences and all."""
        return self._output

    def send(self, text: str) -> None:
        os.write(self._master, text.encode("utf-8"))

    def expect(self, pattern: str, timeout: float = 30.0) -> "re.Match[str]":
        """Wait for ``pattern`` in the output not consumed yet; ``before`` is set to the text ahead of it."""
        compiled = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            match = compiled.search(self._output, self._position)
            if match is not None:
                self.before = self._output[self._position:match.start()]
                self._position = match.end()
                return match
            if self.closed or time.monotonic() > deadline:
                why = "the program ended" if self.closed else f"nothing matched within {timeout:.0f} s"
                raise AssertionError(f"waiting for {pattern!r}: {why}; it printed:\n"
                                     + plain(self._output[self._position:])[-3000:])
            self._read(min(0.5, max(0.0, deadline - time.monotonic())))

    def expect_prompt(self, timeout: float = 30.0) -> "re.Match[str]":
        """Wait until the shell draws its prompt (it is then reading keys)."""
        return self.expect(PROMPT, timeout)

    def _read(self, wait: float) -> None:
        ready, _, _ = select.select([self._master], [], [], wait)
        if not ready:
            return
        try:
            chunk = os.read(self._master, 65536)
        except OSError:  # EIO: the program closed the terminal
            chunk = b""
        if chunk:
            self._output += self._decoder.decode(chunk)
        else:
            self.closed = True

    def wait(self, timeout: float = 30.0) -> int:
        """Read until the program ends; its exit code."""
        deadline = time.monotonic() + timeout
        while not self.closed and time.monotonic() < deadline:
            self._read(0.2)
        return self.process.wait(timeout=max(0.1, deadline - time.monotonic()))

    def close(self) -> Optional[int]:
        if self.process.poll() is None:
            self.process.kill()
        code = self.process.wait(timeout=10)
        os.close(self._master)
        return code

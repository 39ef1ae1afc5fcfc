"""Bot processes for webhook tests."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class BotProcess:
    """A bot started as a real process (webhook mode), stopped with SIGTERM."""

    def __init__(
        self, port: int, env: dict[str, str], log: Path, command: tuple[str, ...] = ("-m", "bot"), cwd: Path = ROOT
    ) -> None:
        self.port = port
        self.log = log
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, *command], env=env, cwd=cwd, stdout=self._log, stderr=subprocess.STDOUT
        )

    async def wait_ready(self, timeout: float = 90.0) -> None:
        from aiohttp import ClientError, ClientSession

        deadline = asyncio.get_running_loop().time() + timeout
        async with ClientSession() as client:
            while asyncio.get_running_loop().time() < deadline:
                if self.process.poll() is not None:
                    raise AssertionError(f"bot process exited: {self.log.read_text()[-2000:]}")
                try:
                    async with client.get(f"http://127.0.0.1:{self.port}/healthz") as response:
                        if response.status == 200:
                            return
                except ClientError:
                    pass
                await asyncio.sleep(0.2)
        raise AssertionError(f"bot process not ready: {self.log.read_text()[-2000:]}")

    def stop(self) -> int:
        self.process.terminate()  # SIGTERM: the graceful path
        try:
            code = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        self._log.close()
        return code

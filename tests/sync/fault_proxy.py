"""A TCP proxy on loopback that damages connections on purpose: it cuts a request or a response after
a chosen number of bytes (closing or resetting), or slows the link. Each connection follows the plan
returned for its number."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    cut_request_at: int | None = None
    cut_response_at: int | None = None
    reset: bool = False
    delay_s: float = 0.0


class FaultProxy:
    def __init__(self, upstream_port: int, plan: Callable[[int], Fault]) -> None:
        self._upstream = ("127.0.0.1", upstream_port)
        self._plan = plan
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.connections = 0
        self.faults = 0
        self._stop = False
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop = True
        self._listener.close()
        self._thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            fault = self._plan(self.connections)
            self.connections += 1
            if fault != Fault():
                self.faults += 1
            threading.Thread(target=self._serve, args=(client, fault), daemon=True).start()

    def _serve(self, client: socket.socket, fault: Fault) -> None:
        try:
            upstream = socket.create_connection(self._upstream, timeout=30)
        except OSError:
            client.close()
            return
        done = threading.Event()

        def close_both() -> None:
            if done.is_set():
                return
            done.set()
            for sock in (client, upstream):
                # shutdown wakes the other pump's blocked recv; a zero linger makes close send RST
                try:
                    if fault.reset:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    sock.shutdown(socket.SHUT_RD if fault.reset else socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

        def pump(src: socket.socket, dst: socket.socket, limit: int | None) -> None:
            sent = 0
            try:
                while not done.is_set():
                    data = src.recv(65536)
                    if not data:
                        dst.shutdown(socket.SHUT_WR)
                        return
                    if fault.delay_s:
                        time.sleep(fault.delay_s)
                    if limit is not None and sent + len(data) >= limit:
                        dst.sendall(data[:limit - sent])
                        close_both()
                        return
                    dst.sendall(data)
                    sent += len(data)
            except OSError:
                close_both()

        threads = [threading.Thread(target=pump, args=(client, upstream, fault.cut_request_at), daemon=True),
                   threading.Thread(target=pump, args=(upstream, client, fault.cut_response_at), daemon=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        close_both()

"""`serve --workers N` on Linux: the parent process, which hands each connection to the least busy worker.

The parent binds one listening socket and loads the index (app.serve).  It forks a first set of workers that
accept on that socket themselves while it loads the readings' dictionaries: Kiwi's model and first analysis hold
the GIL for seconds, so the parent could not hand on a connection meanwhile.  It then forks the set that serves
from then on, each worker *fed*: the parent accepts every connection and passes it (SCM_RIGHTS over a Unix
socket pair) to the worker holding the fewest open connections, and each worker says on the same pair when one
of its connections closes.  Then it retires the first set gracefully (each finishes what it is answering and
closes its connections with `Connection: close`; the listening socket stays open in the parent, so a
connection waiting in its queue is accepted by the parent, not refused).

Why not the kernel's spreading: with a socket per worker on the port (SO_REUSEPORT, until 2026-12-06) the kernel
hashes connections over the workers by their addresses, and split 16 keep-alive connections 4/12 at times: one
worker then had twelve requests to queue on its one core while the other idled.  One shared socket without a
hand-off is worse: a worker's event loop accepts every connection waiting, so connections opened together land on
one worker (benchmarks/README.md, the /match rows).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import selectors
import signal
import socket
import time
from dataclasses import dataclass
from typing import Any

import uvicorn

HANDED = b"c"  # parent -> worker: the message carrying one connection
CLOSED = b"x"  # worker -> parent: one of its connections closed (a message may carry several)
ACCEPT_BATCH = 64  # connections accepted at one wake-up before the parent reads the workers' news again
RETIRE_S = 6.0  # the longest a retiring worker waits for its connections to close (at least the keep-alive timeout)
TICK_S = 0.1  # how often the parent looks for ended workers and a stop when nothing else wakes it


@dataclass
class Fed:
    """A fed worker, as the parent sees it."""

    pid: int
    channel: socket.socket  # the parent's end of the pair
    open: int = 0  # connections handed and not yet reported closed
    handed: int = 0  # connections handed in all (ties go to the one handed fewer)


class Dispatcher:
    """The parent's side of the hand-off: accepts on the listening socket, passes each connection to the fed
    worker with the fewest open connections, and counts the closes the workers report."""

    def __init__(self, listener: socket.socket) -> None:
        self.listener = listener
        self.fed: dict[int, Fed] = {}
        self.selector = selectors.DefaultSelector()
        self.accepting = False

    def add(self, pid: int, channel: socket.socket) -> None:
        channel.setblocking(False)
        self.fed[pid] = Fed(pid, channel)
        self.selector.register(channel, selectors.EVENT_READ, pid)

    def drop(self, pid: int) -> None:
        """A worker that ended (or whose end of the pair is gone): no connection is handed to it again."""
        worker = self.fed.pop(pid, None)
        if worker is not None:
            self.selector.unregister(worker.channel)
            worker.channel.close()

    def start_accepting(self) -> None:
        if not self.accepting:
            self.listener.setblocking(False)
            self.selector.register(self.listener, selectors.EVENT_READ, None)
            self.accepting = True

    def stop_accepting(self) -> None:
        if self.accepting:
            self.selector.unregister(self.listener)
            self.accepting = False

    def poll(self, timeout: float) -> None:
        """Wait up to `timeout` for a connection or a worker's news, and deal with what came."""
        ready = [key.data for key, _ in self.selector.select(timeout)]
        for pid in ready:  # the workers' news first, so that the counts are current when connections are handed
            if pid is not None:
                self._read_news(pid)
        if None in ready:
            self._accept()

    def counts(self) -> dict[int, int]:
        """Each fed worker's open connections, as last reported."""
        return {pid: worker.open for pid, worker in self.fed.items()}

    def close(self) -> None:
        """The parent's ends of every pair and the selector (in a forked child, which must not hold them: a
        worker learns that the parent is gone when every copy of the parent's end is closed)."""
        for worker in self.fed.values():
            worker.channel.close()
        self.fed.clear()
        self.selector.close()

    def _accept(self) -> None:
        for _ in range(ACCEPT_BATCH):
            try:
                conn, _ = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # the client gave up before it was accepted (ECONNABORTED), or no file left
                return
            with conn:  # the worker holds its own copy once it is sent; a connection no worker took is refused
                self.hand(conn)

    def hand(self, conn: socket.socket) -> bool:
        """Pass `conn` to the fed worker with the fewest open connections (the next if its pair is full)."""
        for worker in sorted(self.fed.values(), key=lambda w: (w.open, w.handed)):
            try:
                socket.send_fds(worker.channel, [HANDED], [conn.fileno()])
            except BlockingIOError:  # that worker has not read its pair for a while: try another
                continue
            except OSError:  # its end is gone: it ended
                self.drop(worker.pid)
                continue
            worker.open += 1
            worker.handed += 1
            return True
        return False

    def _read_news(self, pid: int) -> None:
        worker = self.fed.get(pid)
        while worker is not None:
            try:
                news = worker.channel.recv(4096)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                news = b""
            if not news:  # the worker ended
                self.drop(pid)
                return
            worker.open = max(0, worker.open - news.count(CLOSED))


def _serving(protocol: type[Any], server: Worker) -> type[Any]:
    """uvicorn's HTTP protocol class, as a worker serves with it: a request read while the worker is retiring is
    answered with `Connection: close`, and a lost connection is reported (a fed worker tells the parent)."""

    class Serving(protocol):
        def data_received(self, data: bytes) -> None:
            super().data_received(data)  # a request's head read here starts its cycle; its answer comes later
            cycle = getattr(self, "cycle", None)
            if server.retiring and cycle is not None and not cycle.response_complete:
                cycle.keep_alive = False

        def connection_lost(self, exc: Exception | None) -> None:
            try:
                super().connection_lost(exc)
            finally:
                server.lost()

    return Serving


class Worker(uvicorn.Server):
    """uvicorn's server, which on SIGUSR1 retires gracefully: it stops taking connections, answers every request
    it reads from then on with `Connection: close`, and ends once its connections are closed (an idle one by
    uvicorn's keep-alive timeout, as any idle connection is; at most RETIRE_S).  So a client that sends its next
    request on a kept-alive connection gets its answer and opens a new connection, which another worker takes;
    only a request sent as the keep-alive timeout closes an idle connection can meet a close, as with any
    HTTP/1.1 server.  SIGTERM stops it as uvicorn does (the server is stopping)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.retiring = False

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        if not self.config.loaded:
            self.config.load()
        self.config.http_protocol_class = _serving(self.config.http_protocol_class, self)
        await super().startup(sockets=sockets)

    def retire(self) -> None:
        self.retiring = True
        self.should_exit = True

    def lost(self) -> None:
        """A connection closed."""

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if self.retiring and not self.force_exit:
            for server in self.servers:
                server.close()  # no new connection; those waiting in the shared queue go to the parent
            for sock in sockets or []:
                sock.close()
            for connection in list(self.server_state.connections):
                cycle = getattr(connection, "cycle", None)
                if cycle is not None and not cycle.response_complete:
                    cycle.keep_alive = False  # the request being answered: its answer closes the connection
            ends = time.monotonic() + max(RETIRE_S, self.config.timeout_keep_alive + 1)
            while self.server_state.connections and time.monotonic() < ends and not self._captured_signals:
                await asyncio.sleep(0.01)
        await super().shutdown(sockets=sockets)


class FedServer(Worker):
    """A worker with no listening socket: it serves the connections the parent sends on `channel`, and says on it
    when each one closes.  When the parent is gone (the pair reads as ended) it stops as on SIGTERM."""

    def __init__(self, config: uvicorn.Config, channel: socket.socket) -> None:
        super().__init__(config)
        self.channel = channel
        self._starting: set[asyncio.Task[Any]] = set()  # asyncio keeps only weak references to tasks
        self._reading = False

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])
        loop = asyncio.get_running_loop()
        protocol: Any = self.config.http_protocol_class

        def factory() -> asyncio.Protocol:
            made: asyncio.Protocol = protocol(config=self.config, server_state=self.server_state,
                                              app_state=self.lifespan.state, _loop=loop)
            return made

        self._factory = factory
        self.channel.setblocking(False)
        loop.add_reader(self.channel.fileno(), self._receive, loop)
        self._reading = True

    def _receive(self, loop: asyncio.AbstractEventLoop) -> None:
        while True:
            try:
                message, fds, _, _ = socket.recv_fds(self.channel, 64, 16)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                message, fds = b"", []
            for fd in fds:
                conn = socket.socket(fileno=fd)
                task = loop.create_task(loop.connect_accepted_socket(self._factory, conn))
                self._starting.add(task)
                task.add_done_callback(functools.partial(self._started, conn=conn))
            if not message and not fds:  # the parent is gone: nothing more will come
                self._stop_reading(loop)
                self.should_exit = True
                return

    def _started(self, task: asyncio.Task[Any], *, conn: socket.socket) -> None:
        self._starting.discard(task)
        if task.cancelled() or task.exception() is not None:  # never served: no connection_lost will say so
            conn.close()
            self.lost()

    def lost(self) -> None:
        with contextlib.suppress(OSError):  # a full pair (the parent stalled) loses a count, not a connection
            self.channel.send(CLOSED)

    def _stop_reading(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._reading:
            loop.remove_reader(self.channel.fileno())
            self._reading = False

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self._stop_reading(asyncio.get_running_loop())
        await super().shutdown(sockets=None)


class Prefork:
    """The parent of `serve --workers N` (see the module's text).  Afterwards a worker that dies is forked again
    (at most RESTARTS times), and SIGTERM / SIGINT are passed on to the workers."""

    RESTARTS = 20

    def __init__(self, app: Any, listener: socket.socket, workers: int, host: str, port: int,
                 log_level: str) -> None:
        self.app, self.listener, self.workers = app, listener, workers
        self.host, self.port, self.log_level = host, port, log_level
        self.children: set[int] = set()
        self.retiring: set[int] = set()
        self.stopping = False
        self.dispatcher = Dispatcher(listener)

    def run(self) -> None:
        previous = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        state = self.app.state.chainlight
        try:
            if "default" in state._matchers and not state.readings_warm:
                # the first workers answer a name in Hangul, characters or kana with 503 and Retry-After until
                # they are replaced by workers that share the dictionaries this process loads next (_rewarm)
                from chainlight.api.deps import READINGS_PENDING_MAX_S

                state.readings_pending_until = time.monotonic() + READINGS_PENDING_MAX_S
            first = [self._fork(fed=False) for _ in range(self.workers)]
            self._rewarm()
            if not self.stopping:
                for _ in range(self.workers):
                    self._fork(fed=True)
                self.dispatcher.start_accepting()  # before the first set stops accepting: no gap
                for pid in first:
                    self.retiring.add(pid)
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGUSR1)  # retire gracefully (Worker)
            self._serve()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self.dispatcher.close()
            self.listener.close()

    def _serve(self) -> None:
        """Hand on connections and replace workers that die, until every worker has ended."""
        restarts = 0
        while self.children:
            if self.stopping:
                self.dispatcher.stop_accepting()
            self.dispatcher.poll(TICK_S)
            while True:
                try:
                    pid, _ = os.waitpid(-1, os.WNOHANG)
                except ChildProcessError:
                    return
                if pid == 0:
                    break
                self.children.discard(pid)
                self.dispatcher.drop(pid)
                if pid not in self.retiring and not self.stopping and restarts < self.RESTARTS:
                    restarts += 1
                    self._fork(fed=True)
                self.retiring.discard(pid)

    def _rewarm(self) -> None:
        """Load the readings' dictionaries here, for the workers forked next to share."""
        state = self.app.state.chainlight
        if "default" not in state._matchers:
            return
        try:
            state.warm_readings()
        except Exception:  # the next workers serve all the same; each loads what its queries need (after a while)
            import traceback

            traceback.print_exc()
        finally:
            state.readings_pending_until = 0.0

    def _stop(self, signum: int, frame: Any) -> None:
        self.stopping = True
        for pid in list(self.children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    def _fork(self, fed: bool) -> int:
        import gc

        state = self.app.state.chainlight
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET) if fed else (None, None)
        # the index and the dictionaries are millions of objects: left out of the collector's scans, which
        # would otherwise touch (and so copy) every page of them in each worker
        gc.freeze()
        with state.lock:  # no other thread of this process holds it while the child is made
            pid = os.fork()
        if pid:
            self.children.add(pid)
            if ours is not None and theirs is not None:
                theirs.close()
                self.dispatcher.add(pid, ours)
            return pid
        code = 0
        try:
            if ours is not None:
                ours.close()
            self._worker(theirs)
        except BaseException:  # a worker must never return into the parent's code
            import traceback

            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)

    def _worker(self, channel: socket.socket | None) -> None:
        from chainlight.api.deps import start_releasing

        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, signal.SIG_DFL)  # uvicorn installs its own while it serves
        self.dispatcher.close()  # the parent's ends of the other workers' pairs
        start_releasing(self.app.state.chainlight)  # threads do not cross a fork
        config = uvicorn.Config(self.app, host=self.host, port=self.port, log_level=self.log_level)
        server = Worker(config) if channel is None else FedServer(config, channel)
        signal.signal(signal.SIGUSR1, lambda signum, frame: server.retire())
        if channel is None:  # a first worker: accepts on the shared socket until it is retired
            server.run(sockets=[self.listener])
            return
        self.listener.close()
        server.run()

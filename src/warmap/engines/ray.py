"""The ``ray`` engine: chunks of articles analysed by actors on a Ray cluster.

Each actor is one Ray worker process that keeps the models it loads on its first chunk
(gazetteer, actor dictionary, spaCy: a few seconds and ~300-450 MB), so the models are
loaded once per worker, not once per chunk. Results come back in the order of the chunks
(``ray.util.ActorPool.map``), and the ingest writes them as it does for one process.

Without ``address`` a local Ray instance is started with ``jobs`` CPUs (the machine's cores
by default) and shut down afterwards; with ``address`` (``ray://host:10001``, ``host:6379``
or ``auto``) warmap joins that cluster, runs ``jobs`` actors (one per CPU of the cluster by
default) and leaves the cluster running. The articles are read, and the results written,
by the process that runs ``warmap ingest``: its paths need not exist on the cluster's
machines, but warmap (the same version) must be installed on each of them.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager

from warmap.engines import EngineError, Mapper

__all__ = ["open_mapper"]


def _ray():
    try:
        import ray
    except ImportError:
        raise EngineError("--engine ray needs Ray, which is not installed: pip install 'warmap[ray]' "
                          "(or drop --engine ray to analyse on this machine)") from None
    return ray


@contextmanager
def open_mapper(*, jobs: int | None = None, address: str | None = None) -> Iterator[Mapper]:
    """A mapper over a pool of Ray actors; the local instance (if started here) is shut down on exit."""
    ray = _ray()
    from ray.util import ActorPool

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no network: never phone home
    if ray.is_initialized():  # a caller (a notebook, a Ray job) already joined a cluster: use it
        started = False
    else:
        options = dict(log_to_driver=False, logging_level=logging.WARNING)
        try:
            if address is None:
                options["include_dashboard"] = False
                # Ray turns token authentication on for a local instance and says so in a warning
                logging.getLogger("ray._private.authentication.authentication_token_setup").setLevel(logging.ERROR)
                ray.init(address="local", num_cpus=jobs or os.cpu_count() or 1, **options)
            else:
                _check_reachable(address)
                ray.init(address=address, **options)
        except (ConnectionError, ValueError, RuntimeError) as exc:
            where = f"the Ray cluster at {address}" if address else "a local Ray instance"
            raise EngineError(f"could not start or join {where} ({' '.join(str(exc).split())[:300]}); "
                              "check the address (ray status on the head node prints it); a cluster with token "
                              "authentication also needs RAY_AUTH_MODE=token and its token here") from None
        started = True
    try:
        workers = jobs or max(1, int(ray.cluster_resources().get("CPU", 1)))
        analyser = ray.remote(num_cpus=1)(_Analyser)
        pool = ActorPool([analyser.remote() for _ in range(workers)])

        def mapper(fn, chunks):
            return pool.map(lambda actor, chunk: actor.run.remote(fn, chunk), list(chunks))

        yield mapper
    finally:
        if started:
            ray.shutdown()


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Fail in seconds when nothing listens at ``address``: Ray itself waits for ever."""
    if address in ("auto", "local"):
        return
    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not port.isdigit():
        raise EngineError(f"--address {address!r} is not host:port, ray://host:port or auto")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise EngineError(f"nothing answers at {address} ({exc.strerror or exc}); start the cluster "
                          "(ray start --head on its head node) or check the address") from None


class _Analyser:
    """A Ray actor: one worker process that runs chunks one after another, keeping what
    they load (the models are cached per process)."""

    def run(self, fn, chunk):
        return fn(chunk)

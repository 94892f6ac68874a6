"""The requests the proxy has forwarded and not yet seen answered.

Each forwarded request gets an id of the proxy's own on the upstream connection (clients
choose their ids independently, so two clients may both send id 1), and, when the client
asked for progress, a progress token of the proxy's own. This table maps both back to the
client, and maps a client's id to the upstream one for cancellations.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mcp import types

    from .clients import ClientConnection
    from .methods import Forwarded

__all__ = ["InFlight", "Pending"]


@dataclass(slots=True)
class Pending:
    """A forwarded request waiting for the server's answer."""

    client: ClientConnection
    client_id: types.RequestId
    method: str
    route: Forwarded
    tool: str | None = None
    progress_token: str | None = None
    """The proxy's progress token upstream (when the client asked for progress)."""
    client_progress_token: types.ProgressToken | None = None


class InFlight:
    """Forwarded requests by upstream id, by (client, client id) and by progress token."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)  # 0 is the proxy's own initialize request
        self._by_id: dict[int, Pending] = {}
        self._by_client: dict[tuple[ClientConnection, types.RequestId], int] = {}
        self._by_token: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._by_id)

    def next_id(self) -> int:
        """A fresh upstream request id."""
        return next(self._ids)

    def add(self, upstream_id: int, pending: Pending) -> None:
        """Remember ``pending`` until its answer comes back as ``upstream_id``."""
        self._by_id[upstream_id] = pending
        self._by_client[(pending.client, pending.client_id)] = upstream_id
        if pending.progress_token is not None:
            self._by_token[pending.progress_token] = upstream_id

    def pop(self, upstream_id: types.RequestId) -> Pending | None:
        """The request answered as ``upstream_id`` (forgotten now), or ``None`` if unknown."""
        if isinstance(upstream_id, str):  # a server may echo the id as a string
            if not upstream_id.isdigit():
                return None
            upstream_id = int(upstream_id)
        pending = self._by_id.pop(upstream_id, None)
        if pending is not None:
            self._by_client.pop((pending.client, pending.client_id), None)
            if pending.progress_token is not None:
                self._by_token.pop(pending.progress_token, None)
        return pending

    def upstream_id(self, client: ClientConnection, client_id: types.RequestId) -> int | None:
        """The upstream id of ``client``'s request ``client_id``, if it is in flight."""
        return self._by_client.get((client, client_id))

    def by_progress_token(self, token: types.ProgressToken) -> Pending | None:
        """The request the proxy's progress ``token`` belongs to."""
        upstream_id = self._by_token.get(str(token))
        return None if upstream_id is None else self._by_id.get(upstream_id)

    def of_client(self, client: ClientConnection) -> list[int]:
        """The upstream ids of ``client``'s requests in flight."""
        return [upstream_id for (owner, _), upstream_id in self._by_client.items() if owner is client]

    def drain(self) -> list[tuple[int, Pending]]:
        """Every request in flight, forgotten now."""
        drained = list(self._by_id.items())
        self._by_id.clear()
        self._by_client.clear()
        self._by_token.clear()
        return drained

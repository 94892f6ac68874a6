"""``MaskProxy``: an MCP server that fronts another MCP server, one JSON-RPC message at a time.

The proxy reads each client's messages in one loop per client and the server's messages
in one loop (:class:`~.upstream.Upstream`), and forwards them; there is no SDK session in
between, no task and no stream per request.

* ``initialize`` and ``ping`` are answered by the proxy, with the server's identity;
* ``tools/call``: arguments revealed by the tool's policy, result protected;
* ``resources/read``, ``prompts/get``, ``completion/complete``: results protected;
* the other requests in :data:`~.methods.FORWARDED` pass unchanged; any other method gets
  ``METHOD_NOT_FOUND`` and never reaches the server;
* requests go upstream under ids (and progress tokens) of the proxy's own, so several
  clients never collide; a client's cancellation is sent on to the server;
* server notifications: log data and progress messages protected, list changes passed,
  anything else dropped;
* a server error reaches the client with its message protected; a closed or crashed
  server, a malformed message or a result that does not validate ends the request with
  an MCP error that carries no server text; so does any failure of the proxy (by type name).

One proxy serves any number of clients (streamable HTTP) over one upstream connection.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import anyio
from pydantic import BaseModel, ValidationError

from mcp import types
from mcp.server.lowlevel import NotificationOptions
from mcp.server.models import InitializationOptions
from mcp.shared.exceptions import McpError
from mcp.shared.message import SessionMessage
from mcp.shared.version import SUPPORTED_PROTOCOL_VERSIONS

from . import jsonrpc
from .clients import ClientConnection
from .guard import MaskGuard
from .inflight import InFlight, Pending
from .jsonrpc import INVALID, MALFORMED, NOT_FOUND, UNAVAILABLE, ReadStream, WriteStream, dump
from .methods import FORWARDED, PASSED_NOTIFICATIONS, Forwarded, advertised

if TYPE_CHECKING:
    from mask.core import Mask

    from .upstream import Upstream

__all__ = ["MALFORMED", "UNAVAILABLE", "MaskProxy"]

log = logging.getLogger("mask.adapters.mcp")

CANCELLED = jsonrpc.failure("Request cancelled", 0)  # what the SDK's server answers
CLIENT_GONE_TIMEOUT = 5.0
"""Seconds to tell the server about the requests of a client that went away."""


class MaskProxy:
    """Protects what an MCP server sends, reveals what its tools may receive.

    >>> proxy = MaskProxy(mask)
    >>> async with connect_upstream(proxy, read, write):   # the server's transport streams
    ...     await proxy.serve(client_read, client_write)   # one client's transport streams
    """

    def __init__(self, mask: Mask, *, scope: str | None = None) -> None:
        self.guard = MaskGuard(mask, scope=scope)
        self.server = SessionRunner(self)
        self.upstream: Upstream | None = None
        self._inflight = InFlight()
        self._clients: set[ClientConnection] = set()

    def __repr__(self) -> str:
        return f"<MaskProxy scope={self.guard.scope!r} attached={self.upstream is not None}>"

    # -- wiring ---------------------------------------------------------------------

    @property
    def upstream_init(self) -> types.InitializeResult | None:
        """The server's answer to the proxy's ``initialize`` (``None`` before :meth:`attach`)."""
        return None if self.upstream is None else self.upstream.init

    def attach(self, upstream: Upstream) -> None:
        """Forward to ``upstream``, an initialized connection whose reader loop routes to this proxy."""
        self.upstream = upstream

    def initialization_options(self) -> InitializationOptions:
        """The upstream server's identity, as the SDK's low-level servers describe theirs
        (the proxy itself answers ``initialize`` from the server's own result)."""
        init = self.upstream_init
        if init is None:
            raise RuntimeError("attach() an upstream connection before serving clients")
        return InitializationOptions(
            server_name=init.serverInfo.name,
            server_version=init.serverInfo.version,
            capabilities=advertised(init.capabilities).model_copy(deep=True),
            instructions=init.instructions,
            website_url=init.serverInfo.websiteUrl,
            icons=init.serverInfo.icons,
        )

    async def serve(self, read: ReadStream, write: WriteStream) -> None:
        """Serve one client on a transport's streams until it disconnects (then close them)."""
        client = ClientConnection(write)
        self._clients.add(client)
        try:
            async with read, write, anyio.create_task_group() as tg:
                tg.start_soon(client.run_writer)
                try:
                    await self._read_client(client, read)
                finally:
                    client.close()  # ends the writer
        finally:
            client.close()
            self._clients.discard(client)
            with anyio.move_on_after(CLIENT_GONE_TIMEOUT, shield=True):
                await self._client_gone(client)

    # -- client messages ------------------------------------------------------------

    async def _read_client(self, client: ClientConnection, read: ReadStream) -> None:
        """Handle ``client``'s messages until it disconnects or stops reading its answers."""
        try:
            async for message in read:
                if client.closed:
                    return
                try:
                    await self._client_message(client, message)
                except Exception as exc:  # never let one message break the client's loop
                    log.warning("dropped a message from a client (%s)", type(exc).__name__)
        except (anyio.ClosedResourceError, anyio.BrokenResourceError):
            pass

    async def _client_message(self, client: ClientConnection, message: SessionMessage | Exception) -> None:
        """One message from a client: requests answered or forwarded, cancellations forwarded."""
        if isinstance(message, Exception):
            log.warning("malformed message from a client (%s)", type(message).__name__)
            return
        root = message.message.root
        if isinstance(root, types.JSONRPCRequest):
            try:
                answer = await self._client_request(client, root)
            except Exception as exc:
                answer = jsonrpc.error(root.id, _error_data(exc, root.method))
            if answer is not None:
                await client.send(answer)
        elif isinstance(root, types.JSONRPCNotification) and root.method == "notifications/cancelled":
            await self._cancel(client, types.CancelledNotificationParams.model_validate(root.params))
        # other notifications (initialized, roots changed) belong to the proxy's own session
        # upstream; responses answer nothing: the proxy sends its clients no requests

    async def _client_request(self, client: ClientConnection, request: types.JSONRPCRequest) -> SessionMessage | None:
        """The proxy's own answer to ``request``, or ``None`` once it is forwarded upstream."""
        if request.method == "initialize":
            return jsonrpc.response(request.id, self._initialize_result(request.params))
        if request.method == "ping":
            return jsonrpc.response(request.id, {})
        route = FORWARDED.get(request.method)
        if route is None:
            log.debug("refused a request the proxy does not forward")
            return jsonrpc.error(request.id, NOT_FOUND)
        await self._forward(client, request, route)
        return None

    def _initialize_result(self, params: dict[str, Any] | None) -> dict[str, Any]:
        """The server's identity, in the protocol version the client asked for (if supported)."""
        init = self.upstream_init
        if init is None:
            raise McpError(jsonrpc.failure(UNAVAILABLE))
        requested = _validated(types.InitializeRequestParams, params).protocolVersion
        version = requested if requested in SUPPORTED_PROTOCOL_VERSIONS else types.LATEST_PROTOCOL_VERSION
        result = types.InitializeResult(
            protocolVersion=version,
            capabilities=advertised(init.capabilities),
            serverInfo=init.serverInfo,
            instructions=init.instructions,
        )
        return dump(result)

    async def _forward(self, client: ClientConnection, request: types.JSONRPCRequest, route: Forwarded) -> None:
        """Send ``request`` upstream under an id of the proxy's own; the answer comes back
        through :meth:`upstream_answer`."""
        validated: Any = _validated(route.request, {"method": request.method, "params": request.params})
        upstream = self.upstream
        if upstream is None or upstream.closed:
            raise McpError(jsonrpc.failure(UNAVAILABLE))
        params = dict(request.params) if request.params is not None else None
        pending = Pending(client, request.id, request.method, route)
        if isinstance(validated, types.CallToolRequest):
            pending.tool = validated.params.name
            if validated.params.arguments is not None and params is not None:
                params["arguments"] = await self.guard.reveal_arguments(pending.tool, validated.params.arguments)
        upstream_id = self._inflight.next_id()
        meta = getattr(validated.params, "meta", None)
        if meta is not None and meta.progressToken is not None and params is not None:
            pending.progress_token = f"mask-{upstream_id}"
            pending.client_progress_token = meta.progressToken
            params["_meta"] = {**params["_meta"], "progressToken": pending.progress_token}
        self._inflight.add(upstream_id, pending)
        try:
            await upstream.send(jsonrpc.request(upstream_id, request.method, params))
        except (anyio.ClosedResourceError, anyio.BrokenResourceError):
            self._inflight.pop(upstream_id)
            log.warning("%s: the upstream connection is closed", request.method)
            raise McpError(jsonrpc.failure(UNAVAILABLE)) from None

    async def _cancel(self, client: ClientConnection, params: types.CancelledNotificationParams) -> None:
        """A client gave up on a request: tell the server, answer the client as the SDK does."""
        if params.requestId is None:
            return
        upstream_id = self._inflight.upstream_id(client, params.requestId)
        pending = None if upstream_id is None else self._inflight.pop(upstream_id)
        if upstream_id is None or pending is None:
            return
        await self._cancel_upstream(upstream_id)
        await client.send(jsonrpc.error(pending.client_id, CANCELLED))

    async def _client_gone(self, client: ClientConnection) -> None:
        """Tell the server about every request of a client that went away."""
        for upstream_id in self._inflight.of_client(client):
            self._inflight.pop(upstream_id)
            await self._cancel_upstream(upstream_id)

    async def _cancel_upstream(self, upstream_id: int) -> None:
        """Tell the server to stop working on ``upstream_id`` (if it is still there)."""
        upstream = self.upstream
        if upstream is None or upstream.closed:
            return
        try:
            await upstream.send(_cancellation(upstream_id))
        except Exception as exc:  # the server may be gone already
            log.debug("could not forward a cancellation upstream (%s)", type(exc).__name__)

    # -- upstream messages (the upstream's Router) -----------------------------------

    async def upstream_answer(self, answer: types.JSONRPCResponse | types.JSONRPCError) -> None:
        """A response or error from the server, to the client that asked, protected."""
        pending = self._inflight.pop(answer.id)
        if pending is None:
            log.debug("dropped an answer to a request no client waits for")
            return
        try:
            if isinstance(answer, types.JSONRPCError):
                error = await self.guard.protect_error(answer.error, tool=pending.tool)
                message = jsonrpc.error(pending.client_id, error)
            else:
                message = jsonrpc.response(pending.client_id, await self._result(pending, answer.result))
        except Exception as exc:
            message = jsonrpc.error(pending.client_id, _error_data(exc, pending.method))
        await pending.client.send(message)

    async def _result(self, pending: Pending, result: dict[str, Any]) -> dict[str, Any]:
        """The server's result, validated and protected, as JSON data."""
        route = pending.route
        try:
            validated = route.result.model_validate(result)
        except ValidationError:
            log.warning("%s: the upstream result does not validate", pending.method)
            raise McpError(jsonrpc.failure(MALFORMED)) from None
        if route.protect is not None:
            validated = await route.protect(self.guard, validated, pending.tool)
        return dump(validated)

    async def upstream_notification(self, notification: types.JSONRPCNotification) -> None:
        """A notification from the server: progress to its request's client, the others to every client."""
        method, params = notification.method, notification.params
        if method == "notifications/progress":
            await self._progress(types.ProgressNotificationParams.model_validate(params))
        elif method == "notifications/message":
            log_params = types.LoggingMessageNotificationParams.model_validate(params)
            log_params.data = await self.guard.protect_value(log_params.data)
            await self._broadcast(jsonrpc.notification(method, dump(log_params)))
        elif method in PASSED_NOTIFICATIONS:
            passed = PASSED_NOTIFICATIONS[method].model_validate({"method": method, "params": params})
            await self._broadcast(jsonrpc.notification(method, dump(passed).get("params")))
        else:  # cancellations of the server's own requests (the proxy answers them at once), unknown ones
            log.debug("dropped an upstream notification the proxy does not forward")

    async def _progress(self, params: types.ProgressNotificationParams) -> None:
        """Progress of a forwarded request, to its client, with the client's token and the message protected."""
        pending = self._inflight.by_progress_token(params.progressToken)
        if pending is None:
            return
        progress: dict[str, Any] = {"progressToken": pending.client_progress_token, "progress": params.progress}
        if params.total is not None:
            progress["total"] = params.total
        if params.message is not None:
            progress["message"] = await self.guard.protect_value(params.message)
        message = jsonrpc.notification("notifications/progress", progress, related_request_id=pending.client_id)
        await pending.client.send(message)

    async def upstream_failed(self, reason: str, *, closed: bool) -> None:
        """Every request in flight ends with ``reason`` (a fixed text); when the connection
        is still open, the server is told to stop working on them."""
        upstream = self.upstream
        for upstream_id, pending in self._inflight.drain():
            if not closed and upstream is not None:
                upstream.send_soon(_cancellation(upstream_id))
            await pending.client.send(jsonrpc.error(pending.client_id, jsonrpc.failure(reason)))

    async def _broadcast(self, message: SessionMessage) -> None:
        """``message`` to every connected client (one that has gone is forgotten)."""
        for client in list(self._clients):
            if not await client.send(message):
                self._clients.discard(client)


class SessionRunner:
    """``proxy.server``: serves one client per :meth:`run`, as the SDK's low-level
    :class:`~mcp.server.lowlevel.Server` does (what ``StreamableHTTPSessionManager`` calls)."""

    def __init__(self, proxy: MaskProxy) -> None:
        self._proxy = proxy

    def __repr__(self) -> str:
        return f"<SessionRunner of {self._proxy!r}>"

    def create_initialization_options(
        self,
        notification_options: NotificationOptions | None = None,
        experimental_capabilities: dict[str, dict[str, Any]] | None = None,
    ) -> InitializationOptions:
        """The proxy's :meth:`MaskProxy.initialization_options` (the arguments are ignored)."""
        return self._proxy.initialization_options()

    async def run(
        self,
        read_stream: ReadStream,
        write_stream: WriteStream,
        initialization_options: InitializationOptions | None = None,
        raise_exceptions: bool = False,
        stateless: bool = False,
    ) -> None:
        """:meth:`MaskProxy.serve` (the proxy answers ``initialize`` itself; the other arguments are ignored)."""
        await self._proxy.serve(read_stream, write_stream)


def _validated(model: type[BaseModel], data: Any) -> Any:
    """``data`` validated by ``model``; an MCP "invalid params" error (no text of the request) if it does not."""
    try:
        return model.model_validate(data)
    except ValidationError:
        raise McpError(INVALID) from None


def _error_data(exc: Exception, method: str) -> types.ErrorData:
    """What a client gets when handling its request failed: an MCP error (the proxy's
    own, or Mask's refusal) as it is, any other exception by its type name only."""
    if isinstance(exc, McpError):
        return exc.error
    log.warning("%s failed (%s)", method, type(exc).__name__)
    return jsonrpc.failure(f"the proxy failed: {type(exc).__name__}")


def _cancellation(upstream_id: int) -> SessionMessage:
    """The notification that cancels the proxy's request ``upstream_id``."""
    params = {"requestId": upstream_id, "reason": "cancelled by the client"}
    return jsonrpc.notification("notifications/cancelled", params)

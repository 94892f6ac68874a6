"""``MaskProxy``: an MCP server that fronts another MCP server through a ``ClientSession``.

The proxy is an ``mcp`` low-level :class:`~mcp.server.lowlevel.Server` whose request
handlers forward each client request to the upstream session:

* ``tools/call``: arguments revealed by the tool's policy, result protected;
* ``resources/read``, ``prompts/get``, ``completion/complete``: results protected;
* every other request (``tools/list``, ``resources/list``, ``prompts/list``, templates,
  subscriptions, ``logging/setLevel``) passes through unchanged;
* upstream notifications pass through to the client (log data and progress messages
  protected); progress tokens are rewritten per request so that several clients never
  collide; a client's cancellation is sent on to the upstream server;
* an upstream error reaches the client with its message protected; a closed or crashed
  upstream, a malformed message or a result that does not validate ends the request
  with an MCP error that carries no server text.

One proxy may serve several client sessions (streamable HTTP) over one upstream session.
"""

from __future__ import annotations

import itertools
import logging
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
from pydantic import BaseModel, ValidationError

from mcp import types
from mcp.server.lowlevel import NotificationOptions, Server
from mcp.server.models import InitializationOptions
from mcp.shared.exceptions import McpError
from mcp.shared.session import RequestResponder

from .guard import MaskGuard

if TYPE_CHECKING:
    from mask.core import Mask
    from mcp import ClientSession
    from mcp.server.session import ServerSession

__all__ = ["MaskProxy"]

log = logging.getLogger("mask.adapters.mcp")

R = TypeVar("R", bound=BaseModel)

UNAVAILABLE = "the upstream MCP server is not available"
MALFORMED = "the upstream MCP server sent a malformed message"


def _error(message: str) -> McpError:
    return McpError(types.ErrorData(code=types.INTERNAL_ERROR, message=message))


def _typed_errors(
    handler: Callable[[Any], Awaitable[types.ServerResult]],
) -> Callable[[Any], Awaitable[types.ServerResult]]:
    """MCP errors pass; any other exception becomes one naming its type only (the SDK
    would send ``str(exception)``, which may quote payload text)."""

    async def handle(request: Any) -> types.ServerResult:
        try:
            return await handler(request)
        except McpError:
            raise
        except Exception as exc:
            log.warning("%s failed (%s)", type(request).__name__, type(exc).__name__)
            raise _error(f"the proxy failed: {type(exc).__name__}") from None

    return handle


class _ProxyServer(Server[Any, Any]):
    """A low-level server that advertises the upstream server's capabilities."""

    def __init__(self, proxy: MaskProxy) -> None:
        super().__init__("mask-mcp")
        self._proxy = proxy

    def get_capabilities(
        self, notification_options: NotificationOptions, experimental_capabilities: dict[str, dict[str, Any]]
    ) -> types.ServerCapabilities:
        upstream = self._proxy.upstream_init
        if upstream is None:
            return super().get_capabilities(notification_options, experimental_capabilities)
        return upstream.capabilities.model_copy(deep=True)


class _Progress:
    """Where an upstream progress notification goes back to."""

    __slots__ = ("client_token", "request_id", "session")

    def __init__(self, session: ServerSession, client_token: types.ProgressToken, request_id: Any) -> None:
        self.session = session
        self.client_token = client_token
        self.request_id = request_id


class MaskProxy:
    """Protects what an MCP server sends, reveals what its tools may receive.

    >>> proxy = MaskProxy(mask)
    >>> async with ClientSession(read, write, message_handler=proxy.handle_upstream_message) as upstream:
    ...     proxy.attach(upstream, await upstream.initialize())
    ...     await proxy.server.run(client_read, client_write, proxy.initialization_options())

    :func:`mask.adapters.mcp.connect_upstream` does the first two steps.
    """

    def __init__(self, mask: Mask, *, scope: str | None = None) -> None:
        self.guard = MaskGuard(mask, scope=scope)
        self.server: Server[Any, Any] = _ProxyServer(self)
        self.upstream: ClientSession | None = None
        self.upstream_init: types.InitializeResult | None = None
        self._sessions: weakref.WeakSet[ServerSession] = weakref.WeakSet()
        self._progress: dict[str, _Progress] = {}
        self._progress_ids = itertools.count(1)
        self._in_flight: dict[int, anyio.CancelScope] = {}
        self._register()

    def __repr__(self) -> str:
        return f"<MaskProxy scope={self.guard.scope!r} attached={self.upstream is not None}>"

    # -- wiring ---------------------------------------------------------------------

    def attach(self, upstream: ClientSession, init: types.InitializeResult) -> None:
        """Forward to ``upstream`` (an initialized session whose message handler is ours)."""
        self.upstream = upstream
        self.upstream_init = init

    def initialization_options(self) -> InitializationOptions:
        """What the proxy tells its clients at ``initialize``: the upstream server's identity."""
        init = self.upstream_init
        if init is None:
            raise RuntimeError("attach() an upstream session before serving clients")
        return InitializationOptions(
            server_name=init.serverInfo.name,
            server_version=init.serverInfo.version,
            capabilities=self.server.get_capabilities(NotificationOptions(), {}),
            instructions=init.instructions,
            website_url=init.serverInfo.websiteUrl,
            icons=init.serverInfo.icons,
        )

    def _register(self) -> None:
        handlers: dict[type, Callable[[Any], Awaitable[types.ServerResult]]] = {
            types.CallToolRequest: self._call_tool,
            types.ReadResourceRequest: self._read_resource,
            types.GetPromptRequest: self._get_prompt,
            types.CompleteRequest: self._complete,
            types.ListToolsRequest: self._pass(types.ListToolsResult),
            types.ListResourcesRequest: self._pass(types.ListResourcesResult),
            types.ListResourceTemplatesRequest: self._pass(types.ListResourceTemplatesResult),
            types.ListPromptsRequest: self._pass(types.ListPromptsResult),
            types.SubscribeRequest: self._pass(types.EmptyResult),
            types.UnsubscribeRequest: self._pass(types.EmptyResult),
            types.SetLevelRequest: self._pass(types.EmptyResult),
        }
        self.server.request_handlers.update({kind: _typed_errors(handler) for kind, handler in handlers.items()})

    # -- client requests ------------------------------------------------------------

    def _pass(self, result_type: type[R]) -> Callable[[Any], Awaitable[types.ServerResult]]:
        async def forward(request: Any) -> types.ServerResult:
            return types.ServerResult(await self._forward(request, result_type))

        return forward

    async def _call_tool(self, request: types.CallToolRequest) -> types.ServerResult:
        params = request.params
        arguments = await self.guard.reveal_arguments(params.name, params.arguments)
        params = params.model_copy(update={"arguments": arguments})
        result = await self._forward(request, types.CallToolResult, params=params, tool=params.name)
        return types.ServerResult(await self.guard.protect_tool_result(params.name, result))

    async def _read_resource(self, request: types.ReadResourceRequest) -> types.ServerResult:
        result = await self._forward(request, types.ReadResourceResult)
        return types.ServerResult(await self.guard.protect_resource(result))

    async def _get_prompt(self, request: types.GetPromptRequest) -> types.ServerResult:
        result = await self._forward(request, types.GetPromptResult)
        return types.ServerResult(await self.guard.protect_prompt(result))

    async def _complete(self, request: types.CompleteRequest) -> types.ServerResult:
        result = await self._forward(request, types.CompleteResult)
        return types.ServerResult(await self.guard.protect_completion(result))

    async def _forward(self, request: Any, result_type: type[R], *, params: Any = None, tool: str | None = None) -> R:
        """Send ``request`` (with ``params`` instead of its own, when given) upstream; errors
        come back protected, failures as bare MCP errors."""
        upstream = self.upstream
        if upstream is None:
            raise _error(UNAVAILABLE)
        context = self.server.request_context
        self._sessions.add(context.session)
        request, progress_key = self._outgoing(request, request.params if params is None else params, context)
        # send_request numbers the request with the session's next id, before its first await
        upstream_id: int = upstream._request_id
        scope = anyio.CancelScope()
        self._in_flight[upstream_id] = scope
        result: R | None = None
        try:
            with scope:
                result = await upstream.send_request(types.ClientRequest(request), result_type)
        except McpError as exc:
            raise McpError(await self.guard.protect_error(exc.error, tool=tool)) from None
        except anyio.get_cancelled_exc_class():
            with anyio.CancelScope(shield=True):
                await self._cancel_upstream(upstream, upstream_id)
            raise
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream):
            log.warning("%s: upstream connection closed", type(request).__name__)
            raise _error(UNAVAILABLE) from None
        except ValidationError:
            log.warning("%s: upstream result does not validate", type(request).__name__)
            raise _error(MALFORMED) from None
        finally:
            self._in_flight.pop(upstream_id, None)
            if progress_key is not None:
                self._progress.pop(progress_key, None)
        if result is None:  # the scope was cancelled by handle_upstream_message
            with anyio.CancelScope(shield=True):
                await self._cancel_upstream(upstream, upstream_id)
            raise _error(MALFORMED)
        return result

    def _outgoing(self, request: Any, params: Any, context: Any) -> tuple[Any, str | None]:
        """The request to send upstream, built once: a fresh one (the incoming request also
        carries the client's "jsonrpc" and "id" as extras), and when the client asked for
        progress, a progress token of our own, mapped back to the client's."""
        meta = getattr(params, "meta", None)
        key = None
        if meta is not None and meta.progressToken is not None:
            key = f"mask-{next(self._progress_ids)}"
            self._progress[key] = _Progress(context.session, meta.progressToken, context.request_id)
            params = params.model_copy(update={"meta": meta.model_copy(update={"progressToken": key})})
        return type(request)(method=request.method, params=params), key

    async def _cancel_upstream(self, upstream: ClientSession, upstream_id: int) -> None:
        notification = types.CancelledNotification(
            params=types.CancelledNotificationParams(requestId=upstream_id, reason="cancelled by the client")
        )
        try:
            await upstream.send_notification(types.ClientNotification(notification))
        except Exception:  # the upstream may be gone already
            log.debug("could not forward a cancellation upstream")

    # -- upstream messages ----------------------------------------------------------

    async def handle_upstream_message(
        self,
        message: RequestResponder[types.ServerRequest, types.ClientResult] | types.ServerNotification | Exception,
    ) -> None:
        """The upstream ``ClientSession``'s message handler: notifications go to the clients."""
        if isinstance(message, RuntimeError):  # a late answer to a request the proxy gave up on
            log.debug("dropped a response to a finished request")
            return
        if isinstance(message, Exception):
            log.warning(
                "malformed message from the upstream server (%s); failing in-flight requests", type(message).__name__
            )
            for scope in list(self._in_flight.values()):
                scope.cancel()
            return
        if isinstance(message, types.ServerNotification):
            try:
                await self._forward_notification(message.root)
            except Exception as exc:  # never let one notification break the upstream session
                log.warning("dropped an upstream notification (%s)", type(exc).__name__)

    async def _forward_notification(self, notification: Any) -> None:
        # a fresh notification: the incoming one also carries "jsonrpc" as an extra field
        notification = type(notification)(method=notification.method, params=notification.params)
        if isinstance(notification, types.ProgressNotification):
            await self._forward_progress(notification.params)
            return
        if isinstance(notification, types.CancelledNotification):
            return  # about a server-to-client request: the proxy forwards none
        if isinstance(notification, types.LoggingMessageNotification):
            params = notification.params
            data = await self.guard.protect_value(params.data)
            notification = notification.model_copy(update={"params": params.model_copy(update={"data": data})})
        for session in list(self._sessions):
            try:
                await session.send_notification(types.ServerNotification(notification))
            except (anyio.ClosedResourceError, anyio.BrokenResourceError):
                self._sessions.discard(session)

    async def _forward_progress(self, params: types.ProgressNotificationParams) -> None:
        target = self._progress.get(str(params.progressToken))
        if target is None:
            return
        message = await self.guard.protect_value(params.message)
        await target.session.send_progress_notification(
            target.client_token, params.progress, params.total, message, related_request_id=target.request_id
        )

"""``MaskedClientSession``: an ``mcp`` ``ClientSession`` whose results are protected.

For applications that own the client: the agent calls tools through the wrapper with
tokens in the arguments; each tool receives what its policy reveals, and the agent reads
tokens back. Every method the wrapper does not define is the wrapped session's own
(``list_tools``, ``list_resources``, ``list_prompts``... pass through unchanged).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from mcp import types
from mcp.shared.exceptions import McpError

from .guard import MaskGuard

if TYPE_CHECKING:
    from pydantic import AnyUrl

    from mask.core import Mask
    from mcp import ClientSession

__all__ = ["MaskedClientSession"]


class MaskedClientSession:
    """Wraps a (connected, initialized) ``ClientSession``: tokens out, real values in where allowed."""

    def __init__(self, session: ClientSession, mask: Mask, *, scope: str | None = None) -> None:
        self.session = session
        self.guard = MaskGuard(mask, scope=scope)

    def __repr__(self) -> str:
        return f"<MaskedClientSession scope={self.guard.scope!r}>"

    def __getattr__(self, name: str) -> Any:
        return getattr(self.session, name)

    async def call_tool(
        self,
        name: str,
        arguments: dict[str, Any] | None = None,
        read_timeout_seconds: timedelta | None = None,
        progress_callback: Any = None,
        *,
        meta: dict[str, Any] | None = None,
    ) -> types.CallToolResult:
        """Call ``name`` with its arguments revealed by policy; the result comes back protected."""
        revealed = await self.guard.reveal_arguments(name, arguments)
        try:
            result = await self.session.call_tool(name, revealed, read_timeout_seconds, progress_callback, meta=meta)
        except McpError as exc:
            raise McpError(await self.guard.protect_error(exc.error, tool=name)) from None
        return await self.guard.protect_tool_result(name, result)

    async def read_resource(self, uri: AnyUrl | str) -> types.ReadResourceResult:
        try:
            result = await self.session.read_resource(uri)  # type: ignore[arg-type]
        except McpError as exc:
            raise McpError(await self.guard.protect_error(exc.error)) from None
        return await self.guard.protect_resource(result)

    async def get_prompt(self, name: str, arguments: dict[str, str] | None = None) -> types.GetPromptResult:
        try:
            result = await self.session.get_prompt(name, arguments)
        except McpError as exc:
            raise McpError(await self.guard.protect_error(exc.error)) from None
        return await self.guard.protect_prompt(result)

"""What the proxy forwards: the allowlist of client requests and server notifications.

A client request whose method is not listed here gets ``METHOD_NOT_FOUND`` and never
reaches the server: the proxy forwards only what it knows how to protect (or knows needs
no protection). Each entry names the SDK model that validates the client's request, the
model that validates the server's result, and how Mask protects that result.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from mcp import types

from .guard import MaskGuard

__all__ = ["FORWARDED", "PASSED_NOTIFICATIONS", "Forwarded", "advertised"]

Protect = Callable[[MaskGuard, Any, str | None], Awaitable[BaseModel]]


@dataclass(frozen=True, slots=True)
class Forwarded:
    """How one client request is forwarded."""

    request: type[BaseModel]
    """Validates the client's request (``method`` and ``params``)."""
    result: type[BaseModel]
    """Validates the server's result; one that does not validate never reaches the client."""
    protect: Protect | None = None
    """Protects the validated result in place (``None``: it passes unchanged)."""


async def _tool_result(guard: MaskGuard, result: Any, tool: str | None) -> BaseModel:
    return await guard.protect_tool_result(tool or "", result)


async def _resource(guard: MaskGuard, result: Any, _tool: str | None) -> BaseModel:
    return await guard.protect_resource(result)


async def _prompt(guard: MaskGuard, result: Any, _tool: str | None) -> BaseModel:
    return await guard.protect_prompt(result)


async def _completion(guard: MaskGuard, result: Any, _tool: str | None) -> BaseModel:
    return await guard.protect_completion(result)


FORWARDED: dict[str, Forwarded] = {
    "tools/call": Forwarded(types.CallToolRequest, types.CallToolResult, _tool_result),
    "resources/read": Forwarded(types.ReadResourceRequest, types.ReadResourceResult, _resource),
    "prompts/get": Forwarded(types.GetPromptRequest, types.GetPromptResult, _prompt),
    "completion/complete": Forwarded(types.CompleteRequest, types.CompleteResult, _completion),
    "tools/list": Forwarded(types.ListToolsRequest, types.ListToolsResult),
    "resources/list": Forwarded(types.ListResourcesRequest, types.ListResourcesResult),
    "resources/templates/list": Forwarded(types.ListResourceTemplatesRequest, types.ListResourceTemplatesResult),
    "prompts/list": Forwarded(types.ListPromptsRequest, types.ListPromptsResult),
    "resources/subscribe": Forwarded(types.SubscribeRequest, types.EmptyResult),
    "resources/unsubscribe": Forwarded(types.UnsubscribeRequest, types.EmptyResult),
    "logging/setLevel": Forwarded(types.SetLevelRequest, types.EmptyResult),
}
"""Client requests the proxy forwards, by method."""

PASSED_NOTIFICATIONS: dict[str, type[BaseModel]] = {
    "notifications/resources/updated": types.ResourceUpdatedNotification,
    "notifications/resources/list_changed": types.ResourceListChangedNotification,
    "notifications/tools/list_changed": types.ToolListChangedNotification,
    "notifications/prompts/list_changed": types.PromptListChangedNotification,
}
"""Server notifications that carry no payload text and go to every client unchanged.

Log messages and progress are protected (by the proxy); every other server notification
(cancellations of the server's own requests, anything unknown) is dropped."""


def advertised(capabilities: types.ServerCapabilities) -> types.ServerCapabilities:
    """What the proxy tells its clients the server can do: the server's capabilities whose
    methods it forwards (tools, resources, prompts, completions, logging); not ``tasks``,
    ``experimental`` or any other the server names, whose requests it refuses."""
    return types.ServerCapabilities(
        tools=capabilities.tools,
        resources=capabilities.resources,
        prompts=capabilities.prompts,
        completions=capabilities.completions,
        logging=capabilities.logging,
    )

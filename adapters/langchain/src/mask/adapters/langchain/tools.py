"""``protect_tool``: wrap any LangChain tool so it runs on real values and returns tokens.

The wrapper keeps the tool's name, description and argument schema (so the model sees the
same tool). On each call it reveals the model-supplied arguments through a ``ToolCall``
event (only what ``[tools.NAME] reveal`` allows; injected arguments such as ``ToolRuntime``
or state are passed through untouched), runs the wrapped tool's own ``_run``/``_arun``
(no nested callback run, so tracers never record the revealed arguments), and protects the
result through a ``ToolResult`` event. The wrapper's own callbacks therefore only ever see
tokens.

Fail closed: a :class:`~mask.core.MaskError` raised while revealing or protecting
propagates (typed); the tool's plaintext output is dropped. Exception messages raised by the
wrapped tool are tokenized in place before they propagate, since LangChain may hand them
to the model (``handle_tool_error``).
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable, Iterable
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForToolRun, CallbackManagerForToolRun
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool
from pydantic import ConfigDict, Field, PrivateAttr

from mask.core import Mask
from mask.core.adapters import Call, Steps, arun, run

from .outputs import _reveal_tool_args, _run_tool

__all__ = ["MaskedTool", "protect_tool", "protect_tools"]

_VISIBLE_CACHE = 64
POSITIONAL = "*args"  # key of positional arguments in the ToolCall payload (never a parameter name)


def _forward(name: str) -> Any:
    """A property reading ``name`` from the wrapped tool (``None`` when it has none)."""
    return property(lambda self: getattr(self.inner, name, None))


class MaskedTool(BaseTool):
    """A tool wrapped by Mask: real values in (where policy allows), tokens out."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    inner: BaseTool = Field(exclude=True)
    """The wrapped tool."""
    mask: Mask = Field(exclude=True)
    """The Mask whose bus reveals the arguments and protects the output."""
    scope: str | None = None
    """Tenant scope of the tokens (``None``: the Mask's configured scope)."""
    _visible: dict[frozenset[str], frozenset[str]] = PrivateAttr(default_factory=dict)
    """Per set of argument names, those the model supplies (LangChain injects the rest): a
    function of the names and the wrapped tool's schema alone, asked of LangChain once."""

    # -- the wrapped tool's schema, as the model and ToolNode see it -------------------
    # (``func``/``coroutine``: LangGraph's ToolNode reads them to find injected arguments)

    args = _forward("args")
    tool_call_schema = _forward("tool_call_schema")
    is_single_input = _forward("is_single_input")
    _injected_args_keys = _forward("_injected_args_keys")
    func = _forward("func")
    coroutine = _forward("coroutine")

    def get_input_schema(self, config: RunnableConfig | None = None) -> Any:
        return self.inner.get_input_schema(config)

    # -- running --------------------------------------------------------------------

    def _run(
        self, *args: Any, config: RunnableConfig, run_manager: CallbackManagerForToolRun | None = None, **kwargs: Any
    ) -> Any:
        return run(self.mask, self._call(self.inner._run, args, kwargs, config, run_manager))

    async def _arun(
        self,
        *args: Any,
        config: RunnableConfig,
        run_manager: AsyncCallbackManagerForToolRun | None = None,
        **kwargs: Any,
    ) -> Any:
        return await arun(self.mask, self._call(self.inner._arun, args, kwargs, config, run_manager))

    def _call(
        self, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], config: Any, run_manager: Any
    ) -> Steps[Any]:
        """Reveal the model's arguments (LangChain's injected ones pass as they are), call the
        wrapped tool's ``method``, protect its result, or the message of its error."""
        names = self._supplied(kwargs)
        visible = {k: v for k, v in kwargs.items() if k in names}
        injected = {k: v for k, v in kwargs.items() if k not in names}
        shown = {POSITIONAL: list(args), **visible} if args else visible
        revealed = yield from _reveal_tool_args(self.name, shown, scope=self.scope)
        positional = revealed.pop(POSITIONAL, ())
        call = Call(method, *positional, **{**revealed, **injected, **_extras(method, config, run_manager)})
        return (yield from _run_tool(self.name, call, scope=self.scope))

    def _supplied(self, kwargs: dict[str, Any]) -> frozenset[str]:
        """The names of ``kwargs`` the model supplies."""
        key = frozenset(kwargs)
        names = self._visible.get(key)
        if names is None:
            if len(self._visible) >= _VISIBLE_CACHE:
                self._visible.clear()
            names = self._visible[key] = frozenset(self.inner._filter_injected_args(kwargs))
        return names

    def _filter_injected_args(self, tool_input: dict[str, Any]) -> dict[str, Any]:
        """LangChain's own filter (it asks on every call, for the callbacks), answered from the
        names: the wrapped tool's answer, a function of the argument names and its schema."""
        names = self._supplied(tool_input)
        return {k: v for k, v in tool_input.items() if k in names}

    def __repr__(self) -> str:
        return f"<MaskedTool {self.name!r} scope={self.scope!r}>"


# LangChain reads the signature and the type hints of ``_run`` on every call (to find its
# run_manager and RunnableConfig parameters): both made once here, not from the source each time.
for _method in (MaskedTool._run, MaskedTool._arun):
    _method.__annotations__ = typing.get_type_hints(_method)
    _method.__signature__ = inspect.signature(_method)  # type: ignore[attr-defined]


def _extras(method: Callable[..., Any], config: RunnableConfig, run_manager: Any) -> dict[str, Any]:
    """``config``/``run_manager`` keyword arguments the wrapped tool's method declares."""
    takes_run_manager, config_param = _declared(getattr(method, "__func__", method))
    extras: dict[str, Any] = {config_param: config} if config_param else {}
    if takes_run_manager and run_manager is not None:
        extras["run_manager"] = run_manager
    return extras


@functools.lru_cache(maxsize=512)
def _declared(function: Callable[..., Any]) -> tuple[bool, str | None]:
    """(takes ``run_manager``, name of its ``RunnableConfig`` parameter) for a tool method."""
    try:
        params = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False, None
    try:
        hints = typing.get_type_hints(function)
    except Exception:
        hints = {}
    config_param = next((name for name, hint in hints.items() if hint is RunnableConfig), None)
    if config_param is None and "config" in params:
        config_param = "config"
    return "run_manager" in params, config_param


def protect_tool(tool: BaseTool | Callable[..., Any], mask: Mask, *, scope: str | None = None) -> MaskedTool:
    """Wrap ``tool`` (a ``BaseTool`` or a plain function, made a tool with ``@tool`` rules)."""
    if isinstance(tool, MaskedTool):
        raise TypeError(f"tool {tool.name!r} is already protected by Mask")
    if not isinstance(tool, BaseTool):
        from langchain_core.tools import tool as make_tool

        tool = make_tool(tool)
    # the wrapped tool's settings (name, schema, error handling, callbacks...) but its verbosity
    settings = {name: getattr(tool, name) for name in BaseTool.model_fields if name != "verbose"}
    return MaskedTool(**settings, inner=tool, mask=mask, scope=scope)


def protect_tools(tools: Iterable[BaseTool | Callable[..., Any]], mask: Mask, *, scope: str | None = None) -> list:
    """:func:`protect_tool` for each of ``tools``."""
    return [protect_tool(t, mask, scope=scope) for t in tools]

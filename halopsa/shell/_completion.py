"""Completion of filter keywords inside ``.filter(`` (and of field names inside ``.where(``, ``.order_by("``,
``.values("`` and ``.values_list("``), merged with ptpython's own completion, whose fields show their type.

Jedi completes names, attributes and model fields (``Model.__dir__`` lists the fields a record carries), and it
reads the ``inspect.Signature`` of ``tickets.filter`` when ``tickets`` is a name it can see; but not after
chained calls (``tickets.filter(open_only=True).filter(``), through ``client.tickets`` or through a relation.
This completer covers all of those: it finds the receiver of the open ``.filter(`` call without evaluating
anything that could send a request (a manager, a QuerySet, ``client.<resource>`` or a record's reverse relation
such as ``ticket.actions``, followed by chained ``filter()``/``where()``/``order_by()`` calls), and offers that
resource's filter names from the same signature, or its fields.

Jedi cannot tell what a model's field descriptor holds and labels every field ``module`` in the menu; the
fields' labels are replaced by their types (``str``, ``datetime``, ``Client record``: see ``field_type``).
"""

from __future__ import annotations

import builtins
import keyword
import re
from typing import Any, AsyncGenerator, Callable, Iterable, List, Mapping, NamedTuple, Optional, Tuple

from ..client import AsyncHaloClient, AsyncResourceManager, HaloClient, ResourceManager
from ..models import Model, model_for
from ..query.queryset import QuerySet, make_filter_signature
from ..resources import REGISTRY, Resource

__all__ = ["OpenCall", "find_open_call", "resolve_resource", "filter_keywords", "complete_call_arguments",
           "field_type", "make_filter_completer", "complete_names", "make_name_completer", "merged_completer",
           "warm_up_jedi"]

# Methods that return a QuerySet over the same resource, so ``tickets.filter(a=1).filter(`` still means tickets.
CHAIN_METHODS = frozenset({"all", "filter", "where", "order_by", "concurrency", "page_size"})
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEYWORD_POSITION = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)?$")
_GIVEN_KEYWORD = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)")
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_MISSING = object()


class OpenCall(NamedTuple):
    """The call the cursor is in: its receiver's text, what is being typed (a keyword, or a field name inside a
    string), the keywords or fields already given, and the method (``filter``, ``where``, ``order_by``...)."""

    receiver: str
    partial: str
    given: Tuple[str, ...]
    method: str = "filter"


# Calls whose arguments complete: keyword names (filter: the server's filters and relations; where: a field and
# a lookup) and field names inside a string (order_by, values, values_list).
KEYWORD_METHODS = ("filter", "where")
FIELD_NAME_METHODS = ("order_by", "values", "values_list")
_STRING_POSITION = re.compile(r"""^\s*[rRuU]?['"]-?([A-Za-z0-9_]*)$""")
_GIVEN_STRING = re.compile(r"""^\s*[rRuU]?(['"])-?([A-Za-z_][A-Za-z0-9_]*)\1\s*$""")


def find_open_call(text: str) -> Optional[OpenCall]:
    """When ``text`` (what precedes the cursor) ends inside ``<receiver>.filter(`` or ``.where(`` at a keyword
    position, or inside a string argument of ``.order_by(``, ``.values(`` or ``.values_list(``, return that
    call; otherwise None. ``tickets.filter(open_only=True, pri`` -> receiver ``tickets``, partial ``pri``, given
    ``("open_only",)``; ``qs.order_by("-id", "su`` -> partial ``su``, given ``("id",)``."""
    opened = _innermost_open_paren(text)
    if opened is None:
        return None
    callee = text[:opened]
    method = callee.rsplit(".", 1)[-1]
    if method == callee or method not in KEYWORD_METHODS + FIELD_NAME_METHODS:
        return None
    arguments = _split_arguments(text[opened + 1:])
    if method in KEYWORD_METHODS:
        match = _KEYWORD_POSITION.match(arguments[-1])
        given = tuple(m.group(1) for m in (_GIVEN_KEYWORD.match(arg) for arg in arguments[:-1]) if m)
    else:
        match = _STRING_POSITION.match(arguments[-1])
        given = tuple(m.group(2) for m in (_GIVEN_STRING.match(arg) for arg in arguments[:-1]) if m)
    if match is None:
        return None
    receiver = _trailing_primary(callee[: -len(method) - 1])
    if not receiver:
        return None
    return OpenCall(receiver, match.group(1) or "", given, method)


def _scan(text: str) -> Iterable[Tuple[int, str]]:
    """(index, character) of the characters outside string literals (prefixes and escapes handled roughly,
    which is all completion needs)."""
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char == "#":
            newline = text.find("\n", index)
            if newline < 0:
                return
            index = newline
            continue
        if char in "'\"":
            quote = text[index: index + 3] if text[index: index + 3] in ("'''", '"""') else char
            end = index + len(quote)
            while end < length:
                if text[end] == "\\":
                    end += 2
                    continue
                if text.startswith(quote, end):
                    break
                end += 1
            index = end + len(quote)
            continue
        yield index, char
        index += 1


def _innermost_open_paren(text: str) -> Optional[int]:
    stack: List[Tuple[str, int]] = []
    for index, char in _scan(text):
        if char in "([{":
            stack.append((char, index))
        elif char in _CLOSERS:
            if not stack or stack[-1][0] != _CLOSERS[char]:
                return None  # unbalanced: not code we can read
            stack.pop()
    if stack and stack[-1][0] == "(":
        return stack[-1][1]
    return None


def _split_arguments(text: str) -> List[str]:
    """The call's arguments so far, split at top-level commas (the last one is being typed)."""
    pieces: List[str] = []
    depth, start = 0, 0
    for index, char in _scan(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    return pieces


def _trailing_primary(text: str) -> str:
    """The attribute/call/subscript chain at the end of ``text``: ``x = tickets.filter(a=1)`` -> the right side."""
    index = len(text)
    depth = 0
    while index > 0:
        char = text[index - 1]
        if char in ")]":
            depth += 1
        elif char in "([":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and not (char.isalnum() or char in "_."):
            break
        index -= 1
    primary = text[index:]
    return primary if _IDENTIFIER.match(primary) else ""


def _segments(receiver: str) -> Optional[List[Tuple[str, str]]]:
    """``tickets.filter(a=1)[:5]`` -> [("name", "tickets"), ("attr", "filter"), ("call", ""), ("item", "")]."""
    match = _IDENTIFIER.match(receiver)
    if match is None:
        return None
    segments = [("name", match.group(0))]
    index = match.end()
    while index < len(receiver):
        char = receiver[index]
        if char == ".":
            attr = _IDENTIFIER.match(receiver, index + 1)
            if attr is None:
                return None
            segments.append(("attr", attr.group(0)))
            index = attr.end()
        elif char in "([":
            close = _matching_close(receiver, index)
            if close is None:
                return None
            segments.append(("call" if char == "(" else "item", ""))
            index = close + 1
        else:
            return None
    return segments


def _matching_close(text: str, start: int) -> Optional[int]:
    depth = 0
    for index, char in _scan(text[start:]):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return start + index
    return None


def resolve_resource(receiver: str, namespace: Mapping[str, Any]) -> Optional[Resource]:
    """The resource a receiver expression lists, found without calling anything that could send a request."""
    segments = _segments(receiver)
    if not segments:
        return None
    root = segments[0][1]
    rest = segments[1:]
    value = namespace.get(root, _MISSING)
    resource: Optional[Resource] = None
    if isinstance(value, (ResourceManager, AsyncResourceManager, QuerySet)):
        resource = value.resource
    elif isinstance(value, (HaloClient, AsyncHaloClient)) or (value is _MISSING and root in ("client", "aclient")):
        if rest and rest[0][0] == "attr" and rest[0][1] in REGISTRY:
            resource, rest = REGISTRY[rest[0][1]], rest[1:]
    elif isinstance(value, Model):
        owner = REGISTRY.get(value.resource_name)
        if owner is not None and rest and rest[0][0] == "attr":
            for reverse in owner.reverse:
                if reverse.name == rest[0][1]:
                    resource, rest = REGISTRY[reverse.resource], rest[1:]
                    break
    elif value is _MISSING and root in REGISTRY:
        resource = REGISTRY[root]
    if resource is None:
        return None
    # What follows must keep it an unsliced QuerySet of the same resource: chained filter()/where()/... calls.
    expect_call = False
    for kind, name in rest:
        if expect_call:
            if kind != "call":
                return None
            expect_call = False
        elif kind == "attr":
            if name not in CHAIN_METHODS:
                return None
            expect_call = True
        else:  # a call of something else, or a slice (a sliced QuerySet takes no more filters)
            return None
    return None if expect_call else resource



class Keyword(NamedTuple):
    name: str
    meta: str


def filter_keywords(resource: Resource) -> List[Keyword]:
    """The keyword names ``filter()`` takes for a resource (its server filters and relation names), from the
    same signature the manager's ``filter`` carries, each with a short description."""
    signature = make_filter_signature(resource)
    filters = resource.filters
    relations = {relation.name: relation for relation in resource.relations}
    keywords: List[Keyword] = []
    for name in signature.parameters:
        if name == "self":
            continue
        if name in filters:
            spec = filters[name]
            meta = spec.type + (f": {spec.help}" if spec.help else "")
        elif name in relations:
            relation = relations[name]
            meta = f"{relation.resource} record or id (filters {relation.filter or relation.field})"
        else:
            meta = ""
        keywords.append(Keyword(name, " ".join(meta.split())[:80]))
    return keywords


def type_name(kind: Any) -> str:
    """``str``, ``datetime``, ``List[int]``: a field's type as the completion menu shows it."""
    if kind is type(None):
        return "null"
    return kind.__name__ if isinstance(kind, type) else str(kind).replace("typing.", "")


def field_type(model: type, name: str, data: Optional[Mapping[str, Any]] = None) -> Optional[str]:
    """What a model's attribute ``name`` holds, for the completion menu: a declared field's type (``str``), a
    relation's record (``Client record``) or list (``actions QuerySet``), or the type of the value a record
    (``data``: its wire form) carries for a field the model does not declare; None for anything else."""
    kind = getattr(model, "_fields", {}).get(name)
    if kind is not None:
        return type_name(kind)
    resource = REGISTRY.get(getattr(model, "resource_name", ""))
    if resource is not None:
        relation = resource.relation(name)
        if relation is not None:
            return f"{REGISTRY[relation.resource].model_name} record" if relation.resource in REGISTRY \
                else "record"
        for reverse in resource.reverse:
            if reverse.name == name:
                return f"{reverse.resource} QuerySet"
    if data is not None and name in data:
        return type_name(type(data[name]))
    return None


def _field_names(resource: Resource) -> List[str]:
    """The fields a resource's records have: its model's declared ones, then its usual columns."""
    return list(dict.fromkeys([*model_for(resource)._fields, *resource.columns]))


def _call_candidates(call: OpenCall, resource: Resource) -> List[Tuple[str, str, str]]:
    """(name, text to insert, description) of what may be typed at the call's cursor."""
    if call.method == "filter":
        return [(keyword.name, f"{keyword.name}=", keyword.meta) for keyword in filter_keywords(resource)]
    model = model_for(resource)
    fields = _field_names(resource)
    if call.method == "where":
        field, lookup_given, _ = call.partial.partition("__")
        if lookup_given and field in fields:  # summary__ic -> summary__icontains=
            from ..query.lookups import LOOKUPS

            return [(f"{field}__{lookup}", f"{field}__{lookup}=", f"lookup on {field_type(model, field)}")
                    for lookup in sorted(LOOKUPS)]
        return [(name, f"{name}=", field_type(model, name) or "") for name in fields]
    return [(name, name, field_type(model, name) or "") for name in fields]


def complete_call_arguments(text: str, namespace: Mapping[str, Any]) -> List[Tuple[str, int, str]]:
    """``(text to insert, start position, description)`` for each filter keyword, ``where()`` field or lookup,
    or field name in ``order_by("``/``values("``/``values_list("`` that fits the text before the cursor; the
    start position is minus the length of the partial name the insert replaces."""
    call = find_open_call(text)
    if call is None:
        return []
    resource = resolve_resource(call.receiver, namespace)
    if resource is None:
        return []
    partial = call.partial.lower()
    return [(insert, -len(call.partial), meta) for name, insert, meta in _call_candidates(call, resource)
            if name.lower().startswith(partial) and name not in call.given]


def make_filter_completer(get_namespace: Callable[[], Mapping[str, Any]]) -> Any:
    """A prompt_toolkit Completer for filter keywords, ``where()`` fields and field names in ``order_by("``
    and ``values("`` over the namespace ``get_namespace()`` returns (built here so prompt_toolkit is imported
    only when the shell starts)."""
    from prompt_toolkit.completion import Completer, Completion

    class FilterCompleter(Completer):
        def get_completions(self, document: Any, complete_event: Any) -> Iterable[Any]:
            for insert, start, meta in complete_call_arguments(document.text_before_cursor, get_namespace()):
                yield Completion(insert, start_position=start, display=insert, display_meta=meta)

    return FilterCompleter()


_NAME_AT_END = re.compile(r"(?:^|[^\w.])([A-Za-z_]\w*)$")
_ATTRIBUTE_AT_END = re.compile(r"(?:^|[^\w.])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.(\w*)$")


def _in_code(text: str) -> bool:
    """Whether the end of ``text`` is code: not inside a string literal or a comment."""
    last = -1
    for index, _ in _scan(text):
        last = index
    return last == len(text) - 1


def complete_names(text: str, namespace: Mapping[str, Any]) -> List[Tuple[str, int]]:
    """``(name, start position)`` for the plain completions that need no analysis: a name being typed (the
    shell's names, builtins, keywords) and an attribute of a name the shell holds (``tickets.fil``, from
    ``dir()``, which reads no attribute and so sends no request). Jedi normally finds all of these too; this is
    what completion still offers when jedi finds nothing (its caches unreadable, or an object it cannot
    analyse)."""
    if not text or not _in_code(text):
        return []
    attribute = _ATTRIBUTE_AT_END.search(text)
    if attribute is not None:
        owner, partial = attribute.groups()
        target = _owner(owner, namespace)
        if target is _MISSING:
            return []
        try:
            candidates = dir(target)
        except Exception:  # noqa: BLE001 - a __dir__ that fails offers nothing
            return []
    else:
        name = _NAME_AT_END.search(text)
        if name is None:
            return []
        partial = name.group(1)
        candidates = [*namespace, *dir(builtins), *keyword.kwlist]
    private = partial.startswith("_")
    found = sorted({c for c in candidates if isinstance(c, str) and c.startswith(partial) and c != partial
                    and (private or not c.startswith("_"))})
    return [(candidate, -len(partial)) for candidate in found]


def _owner(dotted: str, namespace: Mapping[str, Any]) -> Any:
    """The object ``dotted`` names (``tickets``, ``client.recurring_invoices``), or _MISSING. Past the first name
    only a client's resources are followed (``client._manager(name)`` makes a manager and sends nothing); any
    other attribute could be a property that does something, so it is not read."""
    root, *rest = dotted.split(".")
    if root not in namespace or root in keyword.kwlist:
        return _MISSING
    value = namespace[root]
    for name in rest:
        if name not in REGISTRY or not callable(getattr(type(value), "_manager", None)):
            return _MISSING
        value = value._manager(name)
    return value


def make_name_completer(get_namespace: Callable[[], Mapping[str, Any]]) -> Any:
    """A prompt_toolkit Completer for ``complete_names``."""
    from prompt_toolkit.completion import Completer, Completion

    class NameCompleter(Completer):
        def get_completions(self, document: Any, complete_event: Any) -> Iterable[Any]:
            text, namespace = document.text_before_cursor, get_namespace()
            for insert, start in complete_names(text, namespace):
                yield Completion(insert, start_position=start, display_meta=attribute_type(text, insert, namespace))

    return NameCompleter()


def merged_completer(get_namespace: Callable[[], Mapping[str, Any]], python_completer: Any) -> Any:
    """Filter keywords first, then ptpython's (jedi) completions, made free of side effects and with fields
    labelled by their type; then plain names and attributes, which jedi gives too when it works (duplicates are
    dropped, so only what jedi missed shows)."""
    from prompt_toolkit.completion import merge_completers

    python = _with_field_types(_without_side_effects(python_completer), get_namespace)
    return merge_completers([make_filter_completer(get_namespace), python, make_name_completer(get_namespace)],
                            deduplicate=True)


def attribute_type(text: str, name: str, namespace: Mapping[str, Any]) -> Optional[str]:
    """The menu label of attribute ``name`` completed at the end of ``text`` (``ticket.summ`` -> ``str``) when
    its owner is a record or a model class of the namespace; None otherwise. Nothing is evaluated past the
    namespace's own names, so no request is sent."""
    attribute = _ATTRIBUTE_AT_END.search(text)
    if attribute is None or not _in_code(text):
        return None
    owner = _owner(attribute.group(1), namespace)
    if isinstance(owner, Model):
        return field_type(type(owner), name, owner.raw)
    if isinstance(owner, type) and issubclass(owner, Model):
        return field_type(owner, name)
    return None


def _with_field_types(completer: Any, get_namespace: Callable[[], Mapping[str, Any]]) -> Any:
    """``completer`` with jedi's ``module`` label of a model's fields replaced by the field's type."""
    from prompt_toolkit.completion import Completer, Completion

    def relabelled(completion: Any, text: str) -> Any:
        if completion.display_meta_text != "module":
            return completion
        meta = attribute_type(text, completion.text, get_namespace())
        if meta is None:
            return completion
        return Completion(completion.text, completion.start_position, display=completion.display,
                          display_meta=meta, style=completion.style, selected_style=completion.selected_style)

    class FieldTypeCompleter(Completer):
        def get_completions(self, document: Any, complete_event: Any) -> Iterable[Any]:
            text = document.text_before_cursor
            for completion in completer.get_completions(document, complete_event):
                yield relabelled(completion, text)

        async def get_completions_async(self, document: Any, complete_event: Any) -> AsyncGenerator[Any, None]:
            text = document.text_before_cursor
            async for completion in completer.get_completions_async(document, complete_event):
                yield relabelled(completion, text)

    return FieldTypeCompleter()


def _configure_jedi() -> None:
    """Tell jedi (imported here, on first use: importing it takes a quarter of a second) not to evaluate
    descriptors and ``obj[index]`` while completing.

    By default jedi evaluates them to infer types, so completing ``qs[0].su`` would list tickets and
    ``ticket.client.na`` would load the client: requests sent on every keystroke while the menu is shown. Names
    still complete (jedi lists them from ``dir()``); completion *through* a relation or an index does not.
    The setting is jedi's global one.
    """
    import jedi.settings

    jedi.settings.allow_unsafe_interpreter_executions = False


# What warm_up_jedi completes: a manager's methods, a model's fields (jedi parses the SDK's source for them), and
# a plain name (jedi loads the builtins' stubs). Each first completion of its kind takes up to seconds.
WARM_UP_TEXTS = ("tickets.fi", "Ticket.su", "pri")


def warm_up_jedi(namespace: Mapping[str, Any]) -> None:
    """Run jedi's first completions over the namespace, so the ones the user asks for find its caches filled."""
    _configure_jedi()
    import jedi

    for text in WARM_UP_TEXTS:
        jedi.Interpreter(text, [dict(namespace)]).complete()


def _without_side_effects(completer: Any) -> Any:
    """ptpython's completer with jedi told not to evaluate anything that could send a request (see
    _configure_jedi); jedi is set up at the first completion, not at startup."""
    from prompt_toolkit.completion import Completer

    class SideEffectFreeCompleter(Completer):
        def get_completions(self, document: Any, complete_event: Any) -> Iterable[Any]:
            _configure_jedi()
            completions: Iterable[Any] = completer.get_completions(document, complete_event)
            return completions

        async def get_completions_async(self, document: Any, complete_event: Any) -> AsyncGenerator[Any, None]:
            _configure_jedi()
            async for completion in completer.get_completions_async(document, complete_event):
                yield completion

    return SideEffectFreeCompleter()

"""xml.etree.ElementPath: the XPath subset of Element.find/findall/findtext/iterfind, written from
ElementTree's documentation ("Supported XPath syntax").

A path is compiled once (cached) into a list of steps; each step maps an iterator of context
elements to an iterator of selected ones, so findall is one pass and find stops at the first.
"""

import re

_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")

_cache = {}


def _tokens(path, namespaces):
    default = namespaces.get("") if namespaces else None
    out = []
    for m in _TOKEN.finditer(path):
        op, tag = m.group(1), m.group(2)
        if op is None and tag is None:
            continue
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, local = tag.split(":", 1)
                try:
                    if not namespaces:
                        raise KeyError
                    tag = "{%s}%s" % (namespaces[prefix], local)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
            elif default and not out_is_attr(out):
                tag = "{%s}%s" % (default, tag)
        out.append((op, tag))
    return out


def out_is_attr(out):
    return bool(out) and out[-1][0] == "@"


def _parents(root):
    return {child: parent for parent in root.iter() for child in parent}


def _matcher(tag):
    """A test of an element's tag for a name step: '*', '{*}x', '{ns}*', '{}*' or a plain name."""
    if tag == "*":
        return lambda e: isinstance(e.tag, str)
    if tag == "{*}*":
        return lambda e: isinstance(e.tag, str)
    if tag == "{}*":
        return lambda e: isinstance(e.tag, str) and e.tag[:1] != "{"
    if tag.startswith("{}"):
        local = tag[2:]
        return lambda e: e.tag == local
    if tag.startswith("{*}"):
        local = tag[3:]
        suffix = "}" + local
        return lambda e: isinstance(e.tag, str) and (e.tag == local or e.tag.endswith(suffix))
    if tag.endswith("}*"):
        ns = tag[:-1]
        return lambda e: isinstance(e.tag, str) and e.tag.startswith(ns)
    return lambda e: e.tag == tag


def _child_step(tag):
    match = _matcher(tag)

    def step(context, items):
        for elem in items:
            for child in elem:
                if match(child):
                    yield child
    return step


def _descendant_step(tag):
    match = _matcher(tag)

    def step(context, items):
        for elem in items:
            for e in elem.iter():
                if e is not elem and match(e):
                    yield e
    return step


def _self_step(context, items):
    yield from items


def _parent_step(context, items):
    if context.parents is None:
        context.parents = _parents(context.root)
    seen = set()
    for elem in items:
        parent = context.parents.get(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _text_of(e):
    return "".join(e.itertext())


def _predicate(tokens, i):
    """The predicate starting after '[' at tokens[i] -> (step, index after ']')."""
    sig = []
    vals = []
    j = i
    for _ in range(len(tokens)):
        if j >= len(tokens):
            raise SyntaxError("invalid predicate")
        op, tag = tokens[j]
        if op == "]":
            break
        if tag:
            sig.append("-" if tag[0] not in "'\"" else "'")
            vals.append(tag)
        elif op and op[0] in "'\"":
            sig.append("'")
            vals.append(op[1:-1])
        else:
            sig.append(op)
            vals.append(op)
        j += 1
    sig = "".join(sig)
    if sig == "@-":
        key = vals[1]
        return (lambda c, items: (e for e in items if e.get(key) is not None)), j + 1
    if sig in ("@-='", "@-!='"):
        key, value = vals[1], vals[-1]
        if "!" in sig:
            return (lambda c, items: (e for e in items if e.get(key) is not None
                                      and e.get(key) != value)), j + 1
        return (lambda c, items: (e for e in items if e.get(key) == value)), j + 1
    if sig == "-" and not re.match(r"-?\d+$", vals[0]):
        tag = vals[0]
        match = _matcher(tag)
        return (lambda c, items: (e for e in items if any(match(x) for x in e))), j + 1
    if sig in ("-='", "-!='", ".='", ".!='"):
        tag, value = vals[0], vals[-1]
        neg = "!" in sig
        if sig[0] == ".":
            def step(c, items):
                for e in items:
                    if (_text_of(e) == value) != neg:
                        yield e
        else:
            match = _matcher(tag)

            def step(c, items):
                for e in items:
                    for x in e:
                        if match(x) and (_text_of(x) == value) != neg:
                            yield e
                            break
        return step, j + 1
    if sig == "-" or sig in ("-()", "-()-"):
        if sig == "-":
            index = int(vals[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if vals[0] != "last":
                raise SyntaxError("unsupported function")
            if sig == "-()-":
                try:
                    index = int(vals[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression") from None
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def step(c, items):
            if c.parents is None:
                c.parents = _parents(c.root)
            for e in items:
                parent = c.parents.get(e)
                if parent is None:
                    continue
                same = [x for x in parent if x.tag == e.tag]
                try:
                    if same[index] is e:
                        yield e
                except IndexError:
                    pass
        return step, j + 1
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is not None:
        return steps
    if path[-1:] == "/":
        path += "*"
    tokens = _tokens(path, namespaces)
    steps = []
    i = 0
    if tokens and tokens[0][0] in ("/", "//") and path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    n = len(tokens)
    for _ in range(n + 1):
        if i >= n:
            break
        op, tag = tokens[i]
        if tag:
            steps.append(_child_step(tag))
            i += 1
        elif op == "*":
            steps.append(_child_step("*"))
            i += 1
        elif op == ".":
            steps.append(_self_step)
            i += 1
        elif op == "..":
            steps.append(_parent_step)
            i += 1
        elif op == "//":
            i += 1
            if i >= n:
                raise SyntaxError("invalid descendant")
            op2, tag2 = tokens[i]
            if tag2 or op2 == "*":
                steps.append(_descendant_step(tag2 or "*"))
                i += 1
            else:
                raise SyntaxError("invalid descendant")
        elif op == "[":
            step, i = _predicate(tokens, i + 1)
            steps.append(step)
        elif op == "/":
            i += 1
            continue
        else:
            raise SyntaxError("invalid path")
        if i < n and tokens[i][0] == "/":
            i += 1
            if i >= n:
                raise SyntaxError("invalid path")
    if len(_cache) > 100:
        _cache.clear()
    _cache[key] = steps
    return steps


class _Context:
    def __init__(self, root):
        self.root = root
        self.parents = None


def iterfind(elem, path, namespaces=None):
    steps = _compile(path, namespaces)
    context = _Context(elem)
    items = iter([elem])
    for step in steps:
        items = step(context, items)
    return _unique(items)


def _unique(items):
    seen = set()
    for e in items:
        if id(e) not in seen:
            seen.add(id(e))
            yield e


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    e = find(elem, path, namespaces)
    if e is None:
        return default
    return e.text or ""

"""inspect: the commonly used part of Python 3.11's inspect, written from its documentation: type
predicates, signature() of script functions, methods and classes (with str() as CPython prints it
and bind()), getmembers, getdoc/cleandoc, getsource of functions and classes, currentframe/stack.

Differences from CPython: no signatures for built-in functions (ValueError, as CPython for those
without __text_signature__), frames have no f_locals, getsource reads the file by indentation."""

import sys
import linecache

__all__ = ["signature", "Signature", "Parameter", "BoundArguments", "isfunction", "ismethod", "isclass", "ismodule",
           "isbuiltin", "isroutine", "isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction",
           "isgenerator", "iscoroutine", "isasyncgen", "isawaitable", "isabstract", "getmembers", "getdoc",
           "cleandoc", "getmodule", "getfile", "getsource", "getsourcelines", "currentframe", "stack",
           "unwrap", "getfullargspec", "markcoroutinefunction", "ismemberdescriptor", "isgetsetdescriptor"]

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


def _type_name(obj):
    return type(obj).__name__


def ismodule(obj):
    return _type_name(obj) == "module"


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return _type_name(obj) == "method"


def isfunction(obj):
    return _type_name(obj) == "function"


def isbuiltin(obj):
    return _type_name(obj) == "builtin_function_or_method"


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def _code_flags(obj):
    while ismethod(obj):
        obj = obj.__func__
    if not isfunction(obj):
        return 0
    return obj.__code__.co_flags


def isgeneratorfunction(obj):
    return bool(_code_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    if getattr(obj, "_is_coroutine_marker", None) is _is_coroutine_mark:
        return True
    return bool(_code_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def isgenerator(obj):
    return _type_name(obj) == "generator"


def iscoroutine(obj):
    return _type_name(obj) == "coroutine"


def isasyncgen(obj):
    return _type_name(obj) == "async_generator"


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, "__abstractmethods__", None))


def istraceback(obj):
    return _type_name(obj) == "traceback"


def isframe(obj):
    return _type_name(obj) == "frame"


def iscode(obj):
    return _type_name(obj) == "code"


def ismemberdescriptor(obj):
    return _type_name(obj) == "member_descriptor"


def isgetsetdescriptor(obj):
    return _type_name(obj) == "getset_descriptor"


def getmembers(obj, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """A docstring without its first line's and the common indentation."""
    try:
        lines = doc.expandtabs().split("\n")
    except UnicodeError:
        return None
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    """The cleaned docstring, inherited from a base class's member if the object has none."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None and (isfunction(obj) or ismethod(obj)):
        name = obj.__name__
        cls = getattr(obj, "__self__", None)
        klasses = type(cls).__mro__ if cls is not None else ()
        for base in klasses:
            member = base.__dict__.get(name)
            if member is not None and getattr(member, "__doc__", None):
                doc = member.__doc__
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj):
    name = getattr(obj, "__module__", None)
    if name is None:
        return None
    return sys.modules.get(name) if hasattr(sys, "modules") else None


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


def getfile(obj):
    if ismodule(obj):
        if getattr(obj, "__file__", None):
            return obj.__file__
        raise TypeError("{!r} is a built-in module".format(obj))
    if isclass(obj):
        module = sys.modules.get(obj.__module__) if hasattr(sys, "modules") else None
        if module is not None and getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("source code not available")
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        return obj.__code__.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got {}"
                    .format(type(obj).__name__))


def getsourcelines(obj):
    """The lines of a function's or class's definition (by indentation) and its first line number."""
    obj = unwrap(obj)
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        filename = obj.__code__.co_filename
        first = obj.__code__.co_firstlineno
    elif isclass(obj):
        filename = getfile(obj)
        first = None
        lines = linecache.getlines(filename)
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith("class " + obj.__name__) and stripped[6 + len(obj.__name__):7 + len(obj.__name__)] in "(:":
                first = i + 1
                break
        if first is None:
            raise OSError("could not find class definition")
    else:
        raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got {}"
                        .format(type(obj).__name__))
    lines = linecache.getlines(filename)
    if not lines or first < 1 or first > len(lines):
        raise OSError("could not get source code")
    start = first - 1
    while start > 0 and lines[start - 1].lstrip().startswith("@"):
        start -= 1
    # decorators above, then the def line and every following line indented deeper
    head = start
    while not lines[head].lstrip().startswith(("def ", "async def ", "class ")) and head < len(lines) - 1:
        head += 1
    indent = len(lines[head]) - len(lines[head].lstrip())
    end = head + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
    while end > head + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[start:end], start + 1


def getsource(obj):
    lines, lnum = getsourcelines(obj)
    return "".join(lines)


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


class FrameInfo(tuple):
    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])


def stack(context=1):
    """FrameInfo records from the caller outwards."""
    records = []
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        line = linecache.getline(code.co_filename, frame.f_lineno)
        records.append(FrameInfo(frame, code.co_filename, frame.f_lineno, code.co_name,
                                 [line] if line and context else None, 0 if line and context else None))
        frame = frame.f_back
    return records


class _empty:
    """Marker of an absent default or annotation."""


class _ParameterKind(int):
    _names = ["POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL", "KEYWORD_ONLY", "VAR_KEYWORD"]
    _descriptions = ["positional-only", "positional or keyword", "variadic positional", "keyword-only",
                     "variadic keyword"]

    def __new__(cls, value):
        return int.__new__(cls, value)

    @property
    def name(self):
        return self._names[self]

    @property
    def description(self):
        return self._descriptions[self]

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self.name, int(self))

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind(0)
_POSITIONAL_OR_KEYWORD = _ParameterKind(1)
_VAR_POSITIONAL = _ParameterKind(2)
_KEYWORD_ONLY = _ParameterKind(3)
_VAR_KEYWORD = _ParameterKind(4)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in (0, 1, 2, 3, 4):
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return type(self)(self._name if name is None else name, self._kind if kind is None else kind,
                          default=self._default if default is _empty else default,
                          annotation=self._annotation if annotation is _empty else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and self._default == other._default
                and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    break
                continue
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        for name, param in self._signature.parameters.items():
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            elif param.kind == _KEYWORD_ONLY:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new_arguments = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new_arguments[name] = self.arguments[name]
            elif param.default is not _empty:
                new_arguments[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new_arguments[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new_arguments[name] = {}
        self.arguments = new_arguments

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters and return annotation of a callable; str() as CPython prints it."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        self._parameters = {}
        if parameters is not None:
            for param in parameters:
                if param.name in self._parameters:
                    raise ValueError("duplicate parameter name: {!r}".format(param.name))
                self._parameters[param.name] = param
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return type(Signature.__dict__)(self._parameters)

    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_empty):
        return type(self)(list(self._parameters.values()) if parameters is None else parameters,
                          return_annotation=self._return_annotation if return_annotation is _empty
                          else return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self._return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def bind(self, *args, **kwargs):
        """BoundArguments for a call, or TypeError as the call would raise."""
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        parameters = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        args = list(args)
        for param in parameters:
            if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if args:
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {!r}".format(param.name))
                    arguments[param.name] = args.pop(0)
                elif param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError("missing a required argument: {!r}".format(param.name))
            elif param.kind == _VAR_POSITIONAL:
                if args:
                    arguments[param.name] = tuple(args)
                    args = []
            elif param.kind == _KEYWORD_ONLY:
                if param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError("missing a required argument: {!r}".format(param.name))
            elif param.kind == _VAR_KEYWORD:
                if kwargs:
                    arguments[param.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(kwargs))))
        return BoundArguments(self, arguments)


def _signature_from_function(func):
    code = func.__code__
    names = code.co_varnames
    pos_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    annotations = getattr(func, "__annotations__", {}) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    parameters = []
    non_default_count = pos_count - len(defaults)
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for i in range(pos_count, pos_count + kwonly_count):
        name = names[i]
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get("return", _empty))


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def signature(obj, *, follow_globals=None, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a function, method, class or callable object."""
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if ismethod(obj):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    partial_func = getattr(obj, "func", None)
    if _type_name(obj) == "partial" and partial_func is not None:
        sig = signature(partial_func)
        params = list(sig.parameters.values())[len(obj.args):]
        params = [p for p in params if p.name not in obj.keywords]
        return sig.replace(parameters=params)
    if isclass(obj):
        for klass in obj.__mro__:
            if "__init__" in klass.__dict__ and isfunction(klass.__dict__["__init__"]):
                return _drop_first(_signature_from_function(klass.__dict__["__init__"]))
            if "__new__" in klass.__dict__ and isfunction(klass.__dict__["__new__"]):
                return _drop_first(_signature_from_function(klass.__dict__["__new__"]))
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_from_function(call))
    raise ValueError("no signature found for builtin {!r}".format(obj))


def getfullargspec(func):
    sig = signature(func, follow_wrapped=False)
    args, varargs, varkw, defaults, kwonlyargs, kwdefaults, annotations = [], None, None, (), [], {}, {}
    for param in sig.parameters.values():
        if param.annotation is not _empty:
            annotations[param.name] = param.annotation
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif param.kind == _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == _KEYWORD_ONLY:
            kwonlyargs.append(param.name)
            if param.default is not _empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


class FullArgSpec(tuple):
    _fields = ("args", "varargs", "varkw", "defaults", "kwonlyargs", "kwonlydefaults", "annotations")

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "FullArgSpec(%s)" % ", ".join("%s=%r" % pair for pair in zip(self._fields, self))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])

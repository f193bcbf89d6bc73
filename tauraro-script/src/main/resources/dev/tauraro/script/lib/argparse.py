"""argparse: command-line parsing for scripts, written from the Python 3.11 library documentation
and from what CPython 3.11 prints (help pages, usage lines, error messages, reprs).

How this module is put together:
  - results and failures: Namespace, ArgumentError, ArgumentTypeError, FileType;
  - actions: Action, and one small class per action name that add_argument accepts;
  - help: HelpFormatter collects sections, texts, a usage request and actions, and lays them out
    only in format_help, once the widest invocation (and so the help column) is known;
  - declaration: _Holder is what parsers and argument groups share (add_argument and friends);
    the parser owns every table, groups only keep the list of what they show;
  - parsing: _Pass is one walk over one argument list for one parser.

How a walk reads its arguments: each string is marked 'O' (an option this parser knows or one that
looks like an option), 'A' (a value) or '-' (the first "--"; everything after it is a value). The
nargs of every argument becomes a regular expression over those marks; an option takes as many
following values as its expression allows, and each run of values fills as many of the positionals
still waiting as can match it, greedily, each taking its share.

Width: help and usage are laid out for the terminal width less two (shutil.get_terminal_size,
which honours $COLUMNS), read when a formatter is made.

Differences from CPython: the built-in action classes have names of their own (their reprs still
read "_StoreAction(...)" and so on, as CPython prints them); HelpFormatter subclasses can override
_fill_text, _split_lines and _get_help_string, no other private method of CPython's formatter."""

import os
import re as _re
import sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction", "FileType",
           "HelpFormatter", "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
           "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE",
           "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."

# A subcommand's parser hands back the strings it did not recognise under this namespace key;
# parse_known_args of the top parser collects them into its own leftovers.
_HANDED_BACK = "_unrecognized_args"
_LOOKS_NEGATIVE = _re.compile(r"-(?:\d+|\d*\.\d+)")


def _fields_repr(obj, plain, keyed):
    """Type(a, k=v, **{'odd key': v}): the way argparse objects show themselves."""
    shown = [repr(value) for value in plain]
    odd = {}
    for key, value in keyed:
        if key.isidentifier():
            shown.append("%s=%r" % (key, value))
        else:
            odd[key] = value
    if odd:
        shown.append("**%r" % (odd,))
    return "%s(%s)" % (type(obj).__name__, ", ".join(shown))


def _listed(action):
    """Whether an argument appears in help and usage at all (help=SUPPRESS hides it)."""
    return action.help is not SUPPRESS


def _display_name(action):
    """How messages name an argument: its option strings, else its metavar, dest or choices."""
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    for candidate in (action.metavar, action.dest):
        if candidate not in (None, SUPPRESS):
            return candidate
    if action.choices:
        return "{%s}" % ",".join(action.choices)
    return None


# ---------------------------------------------------------------------------------------------
# results and failures

class Namespace:
    """Parsed values as attributes; compares equal to another Namespace with the same attributes."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __eq__(self, other):
        return vars(self) == vars(other) if isinstance(other, Namespace) else NotImplemented

    def __contains__(self, key):
        return key in self.__dict__

    def __repr__(self):
        return _fields_repr(self, (), self.__dict__.items())


class ArgumentError(Exception):
    """A problem with one argument (or, with argument None, with the command line as a whole)."""

    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= callable; its text becomes the error message as it is."""


class FileType:
    """type=FileType(mode): opens the named file; "-" means standard input or output."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            binary = "b" in self._mode
            if "r" in self._mode:
                return sys.stdin.buffer if binary else sys.stdin
            if any(letter in self._mode for letter in "wax"):
                return sys.stdout.buffer if binary else sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as problem:
            raise ArgumentTypeError("can't open '%s': %s" % (string, problem))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        shown += ["%s=%r" % (k, v) for k, v in (("encoding", self._encoding), ("errors", self._errors))
                  if v is not None]
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))


# ---------------------------------------------------------------------------------------------
# actions

_ACTION_FIELDS = ("option_strings", "dest", "nargs", "const", "default", "type", "choices", "required",
                  "help", "metavar")


class Action:
    """What one argument is and what happens when it is met; subclasses define __call__."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices, required, help, metavar)
        for field, value in zip(_ACTION_FIELDS, given):
            setattr(self, field, value)

    def __repr__(self):
        return _fields_repr(self, (), [(name, getattr(self, name)) for name in _ACTION_FIELDS])

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


def _takes_values(kind, nargs, const):
    """store and append need values to record: say so when the declaration gives them none."""
    if nargs == 0:
        raise ValueError({"store": "nargs for store actions must be != 0; if you have nothing to store, "
                                   "actions such as store true or store const may be more appropriate",
                          "append": "nargs for append actions must be != 0; if arg strings are not supplying "
                                    "the value to append, the append const action may be more appropriate"}[kind])
    if nargs != OPTIONAL and const is not None:
        raise ValueError("nargs must be %r to supply const" % OPTIONAL)


def _grown(current, more, spread):
    """A new list: current (a copy of it, never changed in place: it may be a shared default) plus more."""
    if current is None:
        result = []
    elif type(current) is list:
        result = list(current)
    else:
        import copy
        result = copy.copy(current)
    if spread:
        result.extend(more)
    else:
        result.append(more)
    return result


class _Recording(Action):
    """The built-in actions that only record: each occurrence folds its values into what dest
    already holds (_next), and the result is stored back."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self._next(getattr(namespace, self.dest, None), values))


class _StoreAction(_Recording):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _takes_values("store", nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def _next(self, old, given):
        return given


class _StoreConstAction(_Recording):
    """store_const and its two flag forms: meeting the option stores a value fixed in advance."""

    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def _next(self, old, given):
        return self.const


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(_Recording):
    """append, and extend (_spread): each occurrence adds its value, or its values, to a list."""
    _spread = False

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _takes_values("append", nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def _next(self, old, given):
        return _grown(old, given, self._spread)


class _ExtendAction(_AppendAction):
    _spread = True


class _AppendConstAction(_Recording):

    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def _next(self, old, given):
        return _grown(old, self.const, False)


class _CountAction(_Recording):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help)

    def _next(self, old, given):
        return 1 if old is None else old + 1


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        page = parser._new_formatter()
        page.add_text(getattr(parser, "version", None) if self.version is None else self.version)
        parser._write(page.format_help(), sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag stores True and the generated --no-flag stores False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        both = []
        for option in option_strings:
            both.append(option)
            if option.startswith("--"):
                both.append("--no-" + option[2:])
        super().__init__(both, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string is not None and option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _ChoicesPseudoAction(Action):
    """One line of the command list in help: a subcommand's name, its aliases and its help."""

    def __init__(self, name, help, aliases=()):
        shown = "%s (%s)" % (name, ", ".join(aliases)) if aliases else name
        super().__init__(option_strings=[], dest=name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The positional that add_subparsers creates: its first value names a subcommand, whose own
    parser then reads every string after it."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_base = prog
        self._maker = parser_class
        self._entries = []          # _ChoicesPseudoAction per subcommand added with help=
        super().__init__(option_strings, dest, nargs=PARSER, choices={}, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        kwargs.setdefault("prog", None)
        if kwargs["prog"] is None:
            kwargs["prog"] = "%s %s" % (self._prog_base, name)
        aliases = tuple(kwargs.pop("aliases", ()))
        for key, what in [(name, "subparser")] + [(alias, "subparser alias") for alias in aliases]:
            if key in self.choices:
                raise ArgumentError(self, "conflicting %s: %s" % (what, key))
        if "help" in kwargs:
            self._entries.append(_ChoicesPseudoAction(name, kwargs.pop("help"), aliases))
        made = self._maker(**kwargs)
        for key in (name,) + aliases:
            self.choices[key] = made
        return made

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self.choices:
            raise ArgumentError(self, "unknown parser %r (choices: %s)" % (name, ", ".join(self.choices)))
        inner, leftover = self.choices[name].parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_HANDED_BACK, []).extend(leftover)


_BUILTIN_ACTIONS = {None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
                    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
                    "append_const": _AppendConstAction, "extend": _ExtendAction, "count": _CountAction,
                    "help": _HelpAction, "version": _VersionAction, "parsers": _SubParsersAction}
_SubParsersAction._ChoicesPseudoAction = _ChoicesPseudoAction  # where CPython nests it


# ---------------------------------------------------------------------------------------------
# help

def _words(text):
    """Usage text cut where a line may break: a bracketed or parenthesised run stays whole."""
    found, i, n = [], 0, len(text)
    while i < n:
        if text[i] == " ":
            i += 1
            continue
        j = i
        if text[i] in "[(":
            depth = 0
            while j < n:
                if text[j] in "[(":
                    depth += 1
                elif text[j] in "])":
                    depth -= 1
                j += 1
                if depth == 0 and (j == n or text[j] == " "):
                    break
        else:
            while j < n and text[j] != " ":
                j += 1
        found.append(text[i:j])
        i = j
    return found


class _Section:
    """A heading and what was added under it, in order; rendered only at format_help."""

    def __init__(self, heading, parent, depth):
        self.heading = heading
        self.parent = parent
        self.depth = depth          # indent of the heading; content sits one step deeper
        self.entries = []           # (kind, payload, indent)


class HelpFormatter:
    """Lays out usage lines and help pages. Subclasses may override _fill_text (descriptions),
    _split_lines (help texts) and _get_help_string (the help before %-expansion)."""

    _keep_description = False       # RawDescriptionHelpFormatter: texts keep their lines
    _keep_help = False              # RawTextHelpFormatter: help texts keep their lines too
    _note_defaults = False          # ArgumentDefaultsHelpFormatter
    _type_names = False             # MetavarTypeHelpFormatter: metavars are type names

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._step = indent_increment
        self._width = width
        self._help_cap = min(max_help_position, max(width - 20, indent_increment * 2))
        self._indent = 0
        self._widest = 0            # longest invocation plus its indent, over every action added
        self._top = _Section(None, None, 0)
        self._open = self._top

    # -- collecting

    def start_section(self, heading):
        inner = _Section(heading, self._open, self._indent)
        self._open.entries.append(("section", inner, self._indent))
        self._open = inner
        self._indent += self._step

    def end_section(self):
        self._open = self._open.parent
        self._indent -= self._step

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._open.entries.append(("text", text, self._indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._open.entries.append(("usage", (usage, list(actions), groups, prefix), self._indent))

    def add_argument(self, action):
        if not _listed(action):
            return
        names = [self._invocation(action)]
        names += [self._invocation(inner) for inner in self._subentries(action)]
        self._widest = max(self._widest, self._indent + max(len(name) for name in names))
        self._open.entries.append(("action", action, self._indent))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        page = self._render(self._top)
        if page:
            page = _re.sub(r"\n\n\n+", "\n\n", page).strip("\n") + "\n"
        return page

    # -- rendering

    def _render(self, section):
        body = "".join(self._render_entry(kind, payload, indent) for kind, payload, indent in section.entries)
        if section is self._top:
            return body
        if not body:
            return ""
        title = ""
        if section.heading not in (None, SUPPRESS):
            title = "%s%s:\n" % (" " * section.depth, section.heading)
        return "\n" + title + body + "\n"

    def _render_entry(self, kind, payload, indent):
        if kind == "section":
            return self._render(payload)
        if kind == "text":
            if "%(prog)" in payload:
                payload = payload % {"prog": self._prog}
            return self._fill_text(payload, max(self._width - indent, 11), " " * indent) + "\n\n"
        if kind == "usage":
            return self._usage(*payload, indent) + "\n\n"
        return self._render_action(payload, indent)

    def _render_action(self, action, indent):
        column = min(self._widest + 2, self._help_cap)
        room = column - indent - 2
        name = self._invocation(action)
        lines = []
        if (action.help or "").strip():
            lines = self._split_lines(self._expanded_help(action), max(self._width - column, 11))
        if not lines:
            out = " " * indent + name + "\n"
        elif len(name) <= room:
            out = " " * indent + name.ljust(room) + "  " + lines[0] + "\n"
            lines = lines[1:]
        else:
            out = " " * indent + name + "\n"
        out += "".join(" " * column + line + "\n" for line in lines)
        for inner in self._subentries(action):
            if _listed(inner):
                out += self._render_action(inner, indent + self._step)
        return out

    @staticmethod
    def _subentries(action):
        return getattr(action, "_entries", ())

    def _expanded_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
            elif hasattr(values[key], "__name__"):
                values[key] = values[key].__name__
        if values.get("choices") is not None:
            values["choices"] = ", ".join(str(choice) for choice in values["choices"])
        return self._get_help_string(action) % values

    # -- overridable texts

    def _get_help_string(self, action):
        text = action.help
        if not self._note_defaults:
            return text
        if text is None:
            text = ""
        if "%(default)" not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += " (default: %(default)s)"
        return text

    def _fill_text(self, text, width, indent):
        if self._keep_description:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        import textwrap
        flat = " ".join(text.split())
        return textwrap.fill(flat, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        if self._keep_help:
            return text.splitlines()
        import textwrap
        return textwrap.wrap(" ".join(text.split()), width)

    # -- names and value placeholders

    def _placeholder(self, action, positional):
        if self._type_names:
            return action.type.__name__
        return action.dest if positional else action.dest.upper()

    def _metavars(self, action, fallback):
        """The placeholder words for an argument's values, before nargs arranges them."""
        chosen = action.metavar
        if chosen is None:
            chosen = fallback if action.choices is None else "{%s}" % ",".join(map(str, action.choices))
        return chosen if isinstance(chosen, tuple) else None, chosen

    def _values_text(self, action, fallback):
        """Placeholders arranged as the argument's nargs reads them: 'X', '[X]', 'X [X ...]'..."""
        fixed, word = self._metavars(action, fallback)
        nargs = action.nargs
        wanted = _PLACEHOLDER_COUNTS.get(nargs, (nargs,) if isinstance(nargs, int) else None)
        if wanted is None:
            raise ValueError("invalid nargs value")
        if fixed is not None and wanted != "any" and len(fixed) not in wanted:
            raise TypeError("metavar tuple of %d for nargs %r" % (len(fixed), nargs))
        words = fixed if fixed is not None else (word, word)
        if nargs is None:
            return "%s" % words[0]
        if nargs == OPTIONAL:
            return "[%s]" % words[0]
        if nargs == ZERO_OR_MORE:
            if fixed is not None and len(fixed) == 2:
                return "[%s [%s ...]]" % fixed
            return "[%s ...]" % words[0]
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % (words[0], words[1])
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % words[0]
        if nargs == SUPPRESS:
            return ""
        return " ".join(str(w) for w in (fixed if fixed is not None else [word] * nargs))

    def _invocation(self, action):
        if not action.option_strings:
            fixed, word = self._metavars(action, self._placeholder(action, True))
            return fixed[0] if fixed else word
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        values = self._values_text(action, self._placeholder(action, False))
        return ", ".join("%s %s" % (option, values) for option in action.option_strings)

    # -- usage

    def _usage_item(self, action, grouped):
        """One argument as usage shows it; inside a group, without its own brackets."""
        if action.option_strings:
            if action.nargs == 0:
                text = action.format_usage()
            else:
                text = "%s %s" % (action.option_strings[0], self._values_text(action, self._placeholder(action, False)))
                text = text.rstrip()            # an empty metavar leaves no space before the bracket
            return text if grouped or action.required else "[%s]" % text
        text = self._values_text(action, self._placeholder(action, True))
        if grouped and text[:1] == "[" and text[-1:] == "]":
            text = text[1:-1]
        return text

    def _usage_items(self, actions, groups):
        """Usage items in order; an exclusive group whose members sit together in actions is one item."""
        starts = {}
        for group in groups:
            members = group._members
            if not members:
                raise ValueError("empty group %r" % (group,))
            if members[0] in actions:
                at = actions.index(members[0])
                if actions[at:at + len(members)] == members:
                    starts[at] = group
        items, i = [], 0
        while i < len(actions):
            group = starts.get(i)
            if group is not None:
                shown = [self._usage_item(a, True) for a in group._members if _listed(a)]
                shown = [text for text in shown if text]
                joined = " | ".join(shown)
                if group.required and "|" not in joined:
                    items.append(joined)        # one required choice reads as a plain required argument
                elif shown:
                    items.append(("(%s)" if group.required else "[%s]") % joined)
                else:
                    items.append("")            # a group with every member hidden leaves a double space, as in CPython
                i += len(group._members)
                continue
            action = actions[i]
            i += 1
            if _listed(action):
                text = self._usage_item(action, False)
                if text:
                    items.append(text)
        return items

    def _usage(self, usage, actions, groups, prefix, indent):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            return prefix + usage % {"prog": self._prog}
        if not actions:
            return prefix + self._prog
        options = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        body = " ".join(self._usage_items(options + positionals, groups)).strip()
        text = "%s %s" % (self._prog, body) if body else self._prog
        limit = self._width - indent
        if len(prefix) + len(text) <= limit:
            return prefix + text
        option_words = _words(" ".join(self._usage_items(options, groups)))
        positional_words = _words(" ".join(self._usage_items(positionals, groups)))

        def fill(words, margin, lead=None):
            rows, row = [], []
            used = (len(lead) if lead is not None else len(margin)) - 1
            for word in words:
                if row and used + 1 + len(word) > limit:
                    rows.append(margin + " ".join(row))
                    row, used = [], len(margin) - 1
                row.append(word)
                used += len(word) + 1
            if row:
                rows.append(margin + " ".join(row))
            if lead is not None:
                rows[0] = rows[0][len(margin):]
            return rows

        if len(prefix) + len(self._prog) <= 0.75 * limit:
            margin = " " * (len(prefix) + len(self._prog) + 1)
            if option_words:
                rows = fill([self._prog] + option_words, margin, prefix) + fill(positional_words, margin)
            elif positional_words:
                rows = fill([self._prog] + positional_words, margin, prefix)
            else:
                rows = [self._prog]
        else:
            margin = " " * len(prefix)
            rows = fill(option_words + positional_words, margin)
            if len(rows) > 1:
                rows = fill(option_words, margin) + fill(positional_words, margin)
            rows = [self._prog] + rows
        return prefix + "\n".join(rows)


# how many metavar-tuple entries each nargs can place ("any": it shows none of them)
_PLACEHOLDER_COUNTS = {None: (1,), OPTIONAL: (1,), ZERO_OR_MORE: (1, 2), ONE_OR_MORE: (2,), PARSER: (1,),
                       REMAINDER: "any", SUPPRESS: "any"}


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks of description and epilog."""
    _keep_description = True


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every text, argument help included."""
    _keep_help = True


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds " (default: ...)" to the help of arguments that have a default to show."""
    _note_defaults = True


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's values after its type (int, float, ...)."""
    _type_names = True


# ---------------------------------------------------------------------------------------------
# declaration

def _as_positional(args, kwargs):
    dest = args[0] if args else None
    if args and "dest" in kwargs:
        raise ValueError("dest supplied twice for positional argument")
    if dest is None:
        dest = kwargs.pop("dest")
    if "required" in kwargs:
        raise TypeError("'required' is an invalid argument for positionals")
    nargs = kwargs.get("nargs")
    # a positional is required unless it can match nothing: '?' always, '*' when it has a default
    if nargs == OPTIONAL or (nargs == ZERO_OR_MORE and "default" in kwargs):
        kwargs["required"] = False
    else:
        kwargs["required"] = True
    kwargs.update(dest=dest, option_strings=[])
    return kwargs


def _as_optional(args, kwargs, prefix_chars):
    longs = []
    for option in args:
        if not option or option[0] not in prefix_chars:
            raise ValueError("invalid option string %r: must start with a character %r" % (option, prefix_chars))
        if len(option) > 1 and option[1] in prefix_chars:
            longs.append(option)
    dest = kwargs.pop("dest", None)
    if dest is None:
        source = longs[0] if longs else args[0]
        dest = source.lstrip(prefix_chars)
        if not dest:
            raise ValueError("dest= is required for options like %r" % source)
        dest = dest.replace("-", "_")
    kwargs.update(dest=dest, option_strings=list(args))
    return kwargs


class _Holder:
    """What parsers and argument groups have in common: declaring arguments and groups. Every
    table (actions, option strings, defaults, registries) belongs to the owning parser."""

    def add_argument(self, *args, **kwargs):
        owner = self._owner
        if not args or (len(args) == 1 and args[0][:1] not in tuple(owner.prefix_chars)):
            spec = _as_positional(args, kwargs)
        else:
            spec = _as_optional(args, kwargs, owner.prefix_chars)
        if "default" not in spec:
            if spec["dest"] in owner._preset:
                spec["default"] = owner._preset[spec["dest"]]
            elif owner.argument_default is not None:
                spec["default"] = owner.argument_default
        kind = spec.pop("action", None)
        maker = owner._registered("action", kind, kind)
        if not callable(maker):
            raise ValueError('unknown action "%s"' % (maker,))
        action = maker(**spec)
        converter = owner._registered("type", action.type, action.type)
        if not callable(converter):
            raise ValueError("%r is not callable" % (converter,))
        if converter is FileType:
            raise ValueError("%r is a FileType class object, instance of it must be passed" % (converter,))
        try:
            owner._new_formatter()._values_text(action, None)
        except TypeError:
            raise ValueError("length of metavar tuple does not match nargs")
        return self._attach(action)

    def add_argument_group(self, *args, **kwargs):
        group = _TitledGroup(self, *args, **kwargs)
        self._owner._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _ExclusiveGroup(self, **kwargs)
        self._owner._exclusives.append(group)
        return group

    def set_defaults(self, **kwargs):
        owner = self._owner
        owner._preset.update(kwargs)
        for action in owner._actions:
            action.default = kwargs.get(action.dest, action.default)

    def get_default(self, dest):
        declared = [a.default for a in self._owner._actions if a.dest == dest and a.default is not None]
        return declared[0] if declared else self._owner._preset.get(dest)

    def register(self, registry_name, value, object):
        self._owner._registries.setdefault(registry_name, {})[value] = object


class _TitledGroup(_Holder):
    """A titled block of the help page; its arguments belong to the parser like any other."""

    def __init__(self, container, title=None, description=None, conflict_handler=None, **ignored):
        self._owner = container._owner
        self.title = title
        self.description = description
        self.conflict_handler = conflict_handler or self._owner.conflict_handler
        self._members = []

    def _attach(self, action):
        self._owner._enrol(action, self.conflict_handler)
        self._members.append(action)
        return action


class _ExclusiveGroup(_TitledGroup):
    """At most one of its arguments may be given (exactly one when required)."""

    def __init__(self, holder, required=False):
        super().__init__(holder)
        self.required = required
        self._container = holder

    def _attach(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        self._container._attach(action)
        self._members.append(action)
        return action


# ---------------------------------------------------------------------------------------------
# parsing

# nargs as a regular expression over the argument marks ('A' value, 'O' option, '-' the "--").
# Positionals may have "--" markers around and among their values; options stop at one.
_POSITIONAL_SHAPES = {None: "-*A-*", OPTIONAL: "-*A?-*", ZERO_OR_MORE: "-*[A-]*", ONE_OR_MORE: "-*A[A-]*",
                      REMAINDER: "[-AO]*", PARSER: "-*A[-AO]*", SUPPRESS: "-*-*"}
_OPTION_SHAPES = {None: "A", OPTIONAL: "A?", ZERO_OR_MORE: "A*", ONE_OR_MORE: "A+", REMAINDER: "[AO]*",
                  PARSER: "A[AO]*", SUPPRESS: ""}
_TOO_FEW = {None: "expected one argument", OPTIONAL: "expected at most one argument",
            ONE_OR_MORE: "expected at least one argument"}


def _shape(action):
    table = _OPTION_SHAPES if action.option_strings else _POSITIONAL_SHAPES
    if action.nargs in table:
        return table[action.nargs]
    if action.option_strings:
        return "A" * action.nargs
    return "-*" + "-*".join("A" * action.nargs) + "-*"


def _too_few(action):
    if action.nargs in _TOO_FEW:
        return _TOO_FEW[action.nargs]
    if isinstance(action.nargs, int):
        return "expected %d argument%s" % (action.nargs, "" if action.nargs == 1 else "s")
    return "expected %s argument" % action.nargs


class _Pass:
    """One walk over one argument list.

    Intermixed parsing walks twice. The first walk ("options") takes the options wherever they
    stand and leaves every value over; its positionals are muted: they take nothing but "--"
    markers where a run of values begins (CPython 3.11 drops those there too). The second walk
    ("positionals") reads what is left. Each walk reports missing arguments of its own kind only."""

    def __init__(self, parser, namespace, stage="all"):
        self.parser = parser
        self.ns = namespace
        self.muted = stage == "options"
        self.waiting = [a for a in parser._actions if not a.option_strings]
        self.active = [a for a in parser._actions if stage == "all" or (stage == "options") == bool(a.option_strings)]
        self.met = set()            # every action that took part
        self.set_apart = set()      # actions given a value other than their default
        self.rivals = {}            # action -> the other members of its exclusive groups
        for group in parser._exclusives:
            for action in group._members:
                self.rivals.setdefault(action, []).extend(a for a in group._members if a is not action)
        self.leftover = []

    def run(self, args):
        self.args = args
        self.found = {}             # index -> (action or None, option string, attached value or None)
        marks = []
        for i, arg in enumerate(args):
            if "-" in marks:
                marks.append("A")
            elif arg == "--":
                marks.append("-")
            else:
                seen = self.parser._recognise(arg)
                if seen is None:
                    marks.append("A")
                else:
                    marks.append("O")
                    self.found[i] = seen
        self.marks = "".join(marks)
        at = 0
        while True:
            upcoming = [i for i in self.found if i >= at]
            if not upcoming:
                break
            option_at = min(upcoming)
            if at < option_at:
                after = self._fill_positionals(at)
                if after > at:
                    at = after
                    continue
                self.leftover.extend(args[at:option_at])
                at = option_at
            at = self._take_option(at)
        at = self._fill_positionals(at)
        self.leftover.extend(args[at:])
        self._finish()
        return self.leftover

    def _take_option(self, at):
        action, option, attached = self.found[at]
        if action is None:
            self.leftover.append(self.args[at])
            return at + 1
        chars = self.parser.prefix_chars
        steps = []
        at += 1
        while attached is not None:
            taken = self._count(action, "A")
            if taken == 1:
                steps.append((action, [attached], option))
                break
            if option[1] not in chars:
                # "-xyz" with -x a flag: the rest is read as further one-letter options
                following = self.parser._option_string_actions.get(option[0] + attached[0])
                if following is not None:
                    steps.append((action, [], option))
                    action, option, attached = following, option[0] + attached[0], attached[1:] or None
                    continue
            raise ArgumentError(action, "ignored explicit argument %r" % attached)
        else:
            taken = self._count(action, self.marks[at:])
            steps.append((action, self.args[at:at + taken], option))
            at += taken
        for action, strings, option in steps:
            self._apply(action, strings, option)
        return at

    def _count(self, action, marks):
        hit = _re.match("(%s)" % _shape(action), marks)
        if hit is None:
            raise ArgumentError(action, _too_few(action))
        return len(hit.group(1))

    def _fill_positionals(self, at):
        rest = self.marks[at:]
        for size in range(len(self.waiting), 0, -1):
            shapes = [_POSITIONAL_SHAPES[SUPPRESS] if self.muted else _shape(a) for a in self.waiting[:size]]
            hit = _re.match("".join("(%s)" % shape for shape in shapes), rest)
            if hit is not None:
                break
        else:
            return at
        for action, taken in zip(self.waiting[:size], hit.groups()):
            if not self.muted:
                self._apply(action, self.args[at:at + len(taken)])
            at += len(taken)
        del self.waiting[:size]
        return at

    def _apply(self, action, strings, option=None):
        self.met.add(action)
        value = self.parser._value_of(action, list(strings))
        if value is not action.default:
            self.set_apart.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.set_apart:
                    raise ArgumentError(action, "not allowed with argument %s" % _display_name(rival))
        if value is not SUPPRESS:
            action(self.parser, self.ns, value, option)

    def _finish(self):
        parser = self.parser
        missing = []
        for action in self.active:
            if action in self.met:
                continue
            if action.required:
                missing.append(_display_name(action))
            elif (isinstance(action.default, str) and hasattr(self.ns, action.dest)
                  and getattr(self.ns, action.dest) is action.default):
                # a string default goes through type= only when it is used
                setattr(self.ns, action.dest, parser._converted(action, action.default))
        if missing:
            parser.error("the following arguments are required: %s" % ", ".join(missing))
        for group in parser._exclusives:
            if group.required and any(a in self.active for a in group._members):
                if not any(a in self.set_apart for a in group._members):
                    names = [_display_name(a) for a in group._members if _listed(a)]
                    parser.error("one of the arguments %s is required" % " ".join(names))


class ArgumentParser(_Holder):
    """Turns command-line strings into a Namespace, and prints help, usage and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self._owner = self
        self.prog = os.path.basename(sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self._conflict_rule(conflict_handler)
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._registries = {"action": dict(_BUILTIN_ACTIONS), "type": {None: lambda text: text}}
        self._actions = []          # every action, in declaration order
        self._option_string_actions = {}  # option string -> action
        self._preset = {}           # set_defaults, also for dests no argument has
        self._groups = []           # argument groups in help order
        self._exclusives = []
        self._negative_options = False
        self._commands = None       # the group holding the subparsers action, once added
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        if add_help:
            dash = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(dash + "h", dash * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._adopt(parent)

    def __repr__(self):
        return _fields_repr(self, (), [(name, getattr(self, name)) for name in
                                       ("prog", "usage", "description", "formatter_class", "conflict_handler",
                                        "add_help")])

    # -- declaring

    def _registered(self, registry, key, fallback=None):
        return self._registries.get(registry, {}).get(key, fallback)

    def _attach(self, action):
        home = self._optionals if action.option_strings else self._positionals
        return home._attach(action)

    @staticmethod
    def _conflict_rule(name):
        if name not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value: %r" % name)
        return name

    def _enrol(self, action, conflict_handler):
        known = self._option_string_actions
        clashes = [(option, known[option]) for option in action.option_strings if option in known]
        if clashes:
            if self._conflict_rule(conflict_handler) == "error":
                names = ", ".join(option for option, _ in clashes)
                raise ArgumentError(action, "conflicting option string%s: %s" % ("s" if len(clashes) > 1 else "", names))
            for option, older in clashes:
                older.option_strings.remove(option)
                del self._option_string_actions[option]
                if not older.option_strings:
                    self._forget(older)
        self._actions.append(action)
        for option in action.option_strings:
            self._option_string_actions[option] = action
            if _LOOKS_NEGATIVE.fullmatch(option):
                self._negative_options = True

    def _forget(self, action):
        self._actions.remove(action)
        for group in self._groups + self._exclusives:
            if action in group._members:
                group._members.remove(action)

    def _adopt(self, parent):
        """parents=[...]: take over a parent's arguments, groups and defaults."""
        by_title = {group.title: group for group in self._groups}
        home = {}
        for group in parent._groups:
            if group.title not in by_title:
                handler = group.conflict_handler
                by_title[group.title] = self.add_argument_group(group.title, group.description, conflict_handler=handler)
            for action in group._members:
                home[action] = by_title[group.title]
        for group in parent._exclusives:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._members:
                home[action] = copy
        for action in parent._actions:
            home.get(action, self)._attach(action)
        self._preset.update(parent._preset)

    def add_subparsers(self, **kwargs):
        if self._commands is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            self._commands = self.add_argument_group(kwargs.pop("title", "subcommands"),
                                                     kwargs.pop("description", None))
        else:
            self._commands = self._positionals
        if kwargs.get("prog") is None:
            # subcommand parsers are named after this parser's usage up to the command
            page = self._new_formatter()
            page.add_usage(self.usage, [a for a in self._actions if not a.option_strings], self._exclusives, "")
            kwargs["prog"] = page.format_help().strip()
        kind = kwargs.pop("action", "parsers")
        maker = self._registered("action", kind, kind)
        action = maker(option_strings=[], **kwargs)
        self._commands._attach(action)
        return action

    # -- help and messages

    def _new_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        page = self._new_formatter()
        page.add_usage(self.usage, self._actions, self._exclusives)
        return page.format_help()

    def format_help(self):
        page = self._new_formatter()
        page.add_usage(self.usage, self._actions, self._exclusives)
        page.add_text(self.description)
        for group in self._groups:
            page.start_section(group.title)
            page.add_text(group.description)
            page.add_arguments(group._members)
            page.end_section()
        page.add_text(self.epilog)
        return page.format_help()

    def print_usage(self, file=None):
        self._write(self.format_usage(), sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._write(self.format_help(), sys.stdout if file is None else file)

    def _write(self, text, stream=None):
        # like CPython, a closed or missing stream is not an error worth a traceback
        if text:
            try:
                (sys.stderr if stream is None else stream).write(text)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._write(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))

    # -- recognising and converting

    def _recognise(self, arg):
        """(action or None, option string, attached value) when arg reads as an option; None for a value."""
        chars = self.prefix_chars
        if not arg or arg[0] not in chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if "=" in arg:
            name, attached = arg.split("=", 1)
            if name in self._option_string_actions:
                return self._option_string_actions[name], name, attached
        guesses = self._abbreviations(arg)
        if len(guesses) > 1:
            self.error("ambiguous option: %s could match %s" % (arg, ", ".join(g[1] for g in guesses)))
        if guesses:
            return guesses[0]
        if _LOOKS_NEGATIVE.fullmatch(arg) and not self._negative_options:
            return None
        if " " in arg:
            return None
        return None, arg, None

    def _abbreviations(self, arg):
        chars = self.prefix_chars
        guesses = []
        if arg[1] in chars:
            if self.allow_abbrev:
                start, _, attached = arg.partition("=")
                attached = attached if "=" in arg else None
                guesses = [(action, option, attached) for option, action in self._option_string_actions.items()
                           if option.startswith(start)]
        else:
            # "-xVALUE" names the short option -x; "-verb" may abbreviate a one-dash long option
            for option, action in self._option_string_actions.items():
                if option == arg[:2]:
                    guesses.append((action, option, arg[2:]))
                elif option.startswith(arg):
                    guesses.append((action, option, None))
        return guesses

    def _converted(self, action, text):
        convert = self._registered("type", action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, "%r is not callable" % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as problem:
            raise ArgumentError(action, str(problem))
        except (TypeError, ValueError):
            name = getattr(convert, "__name__", repr(convert))
            raise ArgumentError(action, "invalid %s value: %r" % (name, text))

    @staticmethod
    def _vetted(action, value):
        if action.choices is None or value in action.choices:
            return value
        offered = ", ".join(repr(choice) for choice in action.choices)
        raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, offered))

    def _value_of(self, action, strings):
        """The value an action receives for the strings it took (a single value or a list)."""
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and "--" in strings:
            strings.remove("--")
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._vetted(action, self._converted(action, value))
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            return self._vetted(action, action.default if action.default is not None else strings)
        if len(strings) == 1 and nargs in (None, OPTIONAL):
            return self._vetted(action, self._converted(action, strings[0]))
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._converted(action, text) for text in strings]
        if nargs == PARSER:
            self._vetted(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._vetted(action, value)
        return values

    # -- argument files

    def _expand_files(self, args):
        expanded = []
        for arg in args:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                expanded.append(arg)
                continue
            try:
                # the filesystem encoding and its error handler on the platforms we run on
                with open(arg[1:], encoding="utf-8", errors="surrogateescape") as source:
                    lines = source.read().splitlines()
            except OSError as problem:
                self.error(str(problem))
            read = []
            for line in lines:
                read.extend(self.convert_arg_line_to_args(line))
            expanded.extend(self._expand_files(read))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error("unrecognized arguments: %s" % " ".join(leftover))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        return self._parse(args, namespace, ["all"])

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error("unrecognized arguments: %s" % " ".join(leftover))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # options first, wherever they stand; then the positionals from what is left
        for action in self._actions:
            if not action.option_strings and action.nargs in (PARSER, REMAINDER):
                raise TypeError("parse_intermixed_args: positional arg with nargs=%s" % action.nargs)
        for group in self._exclusives:
            if any(not action.option_strings for action in group._members):
                raise TypeError("parse_intermixed_args: positional in mutuallyExclusiveGroup")
        return self._parse(args, namespace, ["options", "positionals"])

    def _parse(self, args, namespace, stages):
        args = sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # defaults first: declared ones, then set_defaults() for dests no argument declares
        initial = [(a.dest, a.default) for a in self._actions if a.dest is not SUPPRESS and a.default is not SUPPRESS]
        for dest, value in initial + list(self._preset.items()):
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            if self.fromfile_prefix_chars:
                args = self._expand_files(args)
            for stage in stages:
                args = _Pass(self, namespace, stage).run(args)
        except ArgumentError as problem:
            if not self.exit_on_error:
                raise
            self.error(str(problem))
        if _HANDED_BACK in vars(namespace):
            args.extend(vars(namespace).pop(_HANDED_BACK))
        return namespace, args

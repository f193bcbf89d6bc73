"""argparse: command-line parsing, written from the Python 3.11 documentation and from the help,
usage and error texts CPython 3.11 prints.

Layout of this module:
  - values and errors: Namespace, ArgumentError, ArgumentTypeError;
  - actions: Action and one small class per action name ("store", "append", "count", ...);
  - help: HelpFormatter renders usage lines and the help page from a list of blocks;
  - declaration: _Container holds actions and option strings (shared by parsers and groups);
  - parsing: _Scan walks one argument list for one parser (classify, take options, fill positionals).

How it parses: every argument is classified as an option ('O'), a value ('A') or the '--' marker
('-'). An option takes its values from an explicit "--opt=value", an attached "-ovalue", or from
the values that follow it, as many as its nargs allows. Each run of values before an option fills
as many of the remaining positionals as can match it (greedy, leaving enough for those after).
A subparsers positional takes its command and everything after it.

Usage is wrapped at the terminal width less two (shutil.get_terminal_size, which honours COLUMNS);
the help column is at most 24.

Absent: FileType, fromfile_prefix_chars, parse_intermixed_args."""

import os
import re as _re
import sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction", "HelpFormatter",
           "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER",
           "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."

_LEFTOVERS = "_unrecognized_args"      # namespace attribute a subparser passes its unknown arguments in
_NEGATIVE = _re.compile(r"-\d+$|-\d*\.\d+$")


def _show_fields(obj, positional, named):
    """'Type(a, b, k=v)' as argparse objects print themselves; non-identifier keys go in a **{...}."""
    shown = [repr(v) for v in positional]
    odd = {}
    for key, value in named:
        if key.isidentifier():
            shown.append("%s=%r" % (key, value))
        else:
            odd[key] = value
    if odd:
        shown.append("**" + repr(odd))
    return type(obj).__name__ + "(" + ", ".join(shown) + ")"


class Namespace:
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        return _show_fields(self, (), self.__dict__.items())

    def __eq__(self, other):
        return vars(self) == vars(other) if isinstance(other, Namespace) else NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


def _display_name(action):
    """How errors name an argument: its option strings, else its metavar, dest or choices."""
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    for candidate in (action.metavar, action.dest):
        if candidate not in (None, SUPPRESS):
            return candidate
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


class ArgumentError(Exception):
    """A problem with one argument; str() prefixes the message with "argument NAME: "."""

    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function to reject a value with its own message."""


# ---------------------------------------------------------------- actions

_ACTION_FIELDS = ("option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help",
                  "metavar")


class Action:
    """One declared argument; calling it stores the converted values into the namespace."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices, required, help, metavar)
        for field, value in zip(_ACTION_FIELDS, given):
            setattr(self, field, value)

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in _ACTION_FIELDS]

    def __repr__(self):
        return _show_fields(self, (), self._get_kwargs())

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


def _list_of(namespace, dest):
    """A fresh list holding what dest held so far (append-like actions never mutate a default)."""
    held = getattr(namespace, dest, None)
    if held is None:
        return []
    if type(held) is list:
        return held[:]
    import copy
    return copy.copy(held)


_NO_VALUES_HINT = {
    "store": "if you have nothing to store, actions such as store true or store const may be more appropriate",
    "append": "if arg strings are not supplying the value to append, the append const action may be more "
              "appropriate"}


def _check_value_taking(kind, nargs, const):
    """The declaration errors of actions that store the values they are given."""
    if nargs == 0:
        raise ValueError("nargs for %s actions must be != 0; %s" % (kind, _NO_VALUES_HINT[kind]))
    if const is not None and nargs != OPTIONAL:
        raise ValueError("nargs must be %r to supply const" % OPTIONAL)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _check_value_taking("store", nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _check_value_taking("append", nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        gathered = _list_of(namespace, self.dest)
        gathered.append(values)
        setattr(namespace, self.dest, gathered)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        gathered = _list_of(namespace, self.dest)
        gathered.extend(values)
        setattr(namespace, self.dest, gathered)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        gathered = _list_of(namespace, self.dest)
        gathered.append(self.const)
        setattr(namespace, self.dest, gathered)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, None, default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else getattr(parser, "version", None)
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        spellings = []
        for spelling in option_strings:
            spellings.append(spelling)
            if spelling.startswith("--"):
                spellings.append("--no-" + spelling[2:])
        super().__init__(spellings, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _ChoicesPseudoAction(Action):
    """A help line for one subcommand, listed under the subparsers argument."""

    def __init__(self, name, aliases, help):
        shown = name + (" (%s)" % ", ".join(aliases) if aliases else "")
        super().__init__([], name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The subcommand positional: picks a parser by name and hands it the rest of the arguments."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        for key in (name,) + tuple(aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        command, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        chosen = self._name_parser_map.get(command)
        if chosen is None:
            raise ArgumentError(self, "unknown parser %r (choices: %s)" % (command, ", ".join(self._name_parser_map)))
        inner, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if rest:
            namespace.__dict__.setdefault(_LEFTOVERS, []).extend(rest)


_ACTION_NAMES = {None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
                 "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
                 "append_const": _AppendConstAction, "count": _CountAction, "help": _HelpAction,
                 "version": _VersionAction, "parsers": _SubParsersAction, "extend": _ExtendAction}


# ---------------------------------------------------------------- help and usage

def _squeeze(text):
    return " ".join(text.split())


def _usage_tokens(text):
    """Splits a usage string into the pieces line wrapping keeps whole: a bracketed or parenthesised
    item up to its closing bracket before a space, otherwise one word."""
    return _re.findall(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+", text)


class HelpFormatter:
    """Builds the help page: usage, text paragraphs and titled sections of argument lines.

    The invocation column is as wide as the longest invocation plus two, at most max_help_position;
    help text goes to its right, wrapped to the width."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            size = shutil.get_terminal_size()
            width = (size[0] if isinstance(size, tuple) else size.columns) - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._blocks = []        # (indent, render) pairs; render(indent) -> text
        self._open = []          # stack of (title, blocks saved) while a section is built

    # ---- building
    def start_section(self, heading):
        self._open.append((heading, self._blocks))
        self._blocks = []
        self._current_indent += self._indent_increment

    def end_section(self):
        self._current_indent -= self._indent_increment
        heading, outer = self._open.pop()
        inner = self._blocks
        self._blocks = outer
        indent = self._current_indent

        def render():
            body = "".join(part() for part in inner)
            if not body:
                return ""
            title = "%*s%s:\n" % (indent, "", heading) if heading not in (None, SUPPRESS) else ""
            return "\n" + title + body + "\n"
        self._blocks.append(render)

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            indent = self._current_indent
            self._blocks.append(lambda: self._paragraph(text, indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            indent = self._current_indent
            self._blocks.append(lambda: self._usage_block(usage, list(actions), groups, prefix, indent))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        indent = self._current_indent
        self._note_width(action, indent)
        self._blocks.append(lambda: self._format_action_at(action, indent))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def _note_width(self, action, indent):
        # subcommand lines are printed one step further in, but measured at their parent's indent
        labels = [action] + list(self._subactions(action))
        widest = max(len(self._format_action_invocation(each)) for each in labels)
        self._action_max_length = max(self._action_max_length, widest + indent)

    def format_help(self):
        text = "".join(part() for part in self._blocks)
        text = _re.sub(r"\n\n\n+", "\n\n", text)
        return text.strip("\n") + "\n" if text.strip("\n") else ""

    # ---- paragraphs
    def _paragraph(self, text, indent):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        room = max(self._width - indent, 11)
        return self._fill_text(text, room, " " * indent) + "\n\n"

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squeeze(text), width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squeeze(text), width)

    # ---- metavars
    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = "{" + ",".join(str(choice) for choice in action.choices) + "}"
        else:
            shown = default_metavar
        return lambda count: shown if isinstance(shown, tuple) else (shown,) * count

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return "%s" % names(1)
        if nargs == OPTIONAL:
            return "[%s]" % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            return "[%s [%s ...]]" % pair if len(pair) == 2 else "[%s ...]" % pair
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % names(2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % names(1)
        if nargs == SUPPRESS:
            return ""
        try:
            slots = ["%s"] * nargs
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(slots) % names(nargs)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return "%s" % self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        taken = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join("%s %s" % (spelling, taken) for spelling in action.option_strings)

    # ---- argument lines
    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        fields = dict(vars(action), prog=self._prog)
        for key in list(fields):
            if fields[key] is SUPPRESS:
                del fields[key]
            elif hasattr(fields[key], "__name__"):
                fields[key] = fields[key].__name__
        if fields.get("choices") is not None:
            fields["choices"] = ", ".join(str(choice) for choice in fields["choices"])
        return self._get_help_string(action) % fields

    def _subactions(self, action):
        lister = getattr(action, "_get_subactions", None)
        return lister() if lister is not None else []

    def _format_action_at(self, action, indent):
        column = min(self._action_max_length + 2, self._max_help_position)
        help_room = max(self._width - column, 11)
        label_room = column - indent - 2
        label = self._format_action_invocation(action)
        lines = []
        if not action.help:
            lines.append("%*s%s\n" % (indent, "", label))
            first_pad = None
        elif len(label) <= label_room:
            lines.append("%*s%-*s  " % (indent, "", label_room, label))
            first_pad = 0
        else:
            lines.append("%*s%s\n" % (indent, "", label))
            first_pad = column
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                wrapped = self._split_lines(expanded, help_room)
                lines.append("%*s%s\n" % (first_pad, "", wrapped[0]))
                lines.extend("%*s%s\n" % (column, "", more) for more in wrapped[1:])
        elif not lines[0].endswith("\n"):
            lines.append("\n")
        for sub in self._subactions(action):
            lines.append(self._format_action_at(sub, indent + self._indent_increment))
        return "".join(lines)

    # ---- usage
    def _usage_item(self, action, grouped):
        """The usage text of one action: brackets when optional and not inside a group's brackets."""
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            if grouped and len(text) > 1 and text[0] == "[" and text[-1] == "]":
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            text = "%s %s" % (action.option_strings[0],
                              self._format_args(action, self._get_default_metavar_for_optional(action)))
        if not action.required and not grouped:
            text = "[%s]" % text
        return text

    def _usage_line_items(self, actions, groups):
        """The usage items in order; a mutually exclusive group whose actions are adjacent in the list
        becomes one "[a | b]" (or "(a | b)" when required) item."""
        grouped_at = {}
        for group in groups:
            members = group._group_actions
            if not members or members[0] not in actions:
                continue
            start = actions.index(members[0])
            if actions[start:start + len(members)] == members:
                grouped_at[start] = group
        items = []
        position = 0
        while position < len(actions):
            group = grouped_at.get(position)
            if group is None:
                action = actions[position]
                position += 1
                if action.help is not SUPPRESS:
                    text = self._usage_item(action, False)
                    if text:
                        items.append(text)
                continue
            members = group._group_actions
            position += len(members)
            texts = [self._usage_item(m, True) for m in members if m.help is not SUPPRESS]
            texts = [t for t in texts if t]
            if not texts:
                continue
            joined = " | ".join(texts)
            if group.required:
                items.append("(%s)" % joined if len(texts) > 1 else joined)
            else:
                items.append("[%s]" % joined)
        return items

    def _usage_block(self, usage, actions, groups, prefix, indent):
        if prefix is None:
            prefix = "usage: "
        prog = self._prog
        if usage is not None:
            body = usage % dict(prog=prog)
        elif not actions:
            body = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            # on one line a group may span options and positionals; wrapped, each kind is laid out alone
            items = self._usage_line_items(optionals + positionals, groups)
            body = " ".join(part for part in [prog] + items if part)
            room = self._width - indent
            if len(prefix) + len(body) > room:
                optional_items = self._usage_line_items(optionals, groups)
                positional_items = self._usage_line_items(positionals, groups)
                body = self._wrap_usage(prog, prefix, room,
                                        _usage_tokens(" ".join(optional_items)),
                                        _usage_tokens(" ".join(positional_items)))
        return "%s%s\n\n" % (prefix, body)

    @staticmethod
    def _fill_usage_lines(words, margin, room, first_offset=None):
        """Lays words on lines of at most room columns, each line starting with margin; the first
        line's words start at first_offset instead (and the margin is not written on it)."""
        lines = []
        current = []
        used = (len(margin) if first_offset is None else first_offset) - 1
        for word in words:
            if current and used + 1 + len(word) > room:
                lines.append(margin + " ".join(current))
                current = []
                used = len(margin) - 1
            current.append(word)
            used += len(word) + 1
        if current:
            lines.append(margin + " ".join(current))
        if first_offset is not None and lines:
            lines[0] = lines[0][len(margin):]
        return lines

    def _wrap_usage(self, prog, prefix, room, optional_words, positional_words):
        fill = self._fill_usage_lines
        if len(prefix) + len(prog) <= 0.75 * room:
            margin = " " * (len(prefix) + len(prog) + 1)
            if optional_words:
                lines = fill([prog] + optional_words, margin, room, len(prefix))
                lines += fill(positional_words, margin, room)
            elif positional_words:
                lines = fill([prog] + positional_words, margin, room, len(prefix))
            else:
                lines = [prog]
        else:
            margin = " " * len(prefix)
            lines = fill(optional_words + positional_words, margin, room)
            if len(lines) > 1:
                lines = fill(optional_words, margin, room) + fill(positional_words, margin, room)
            lines = [prog] + lines
        return "\n".join(lines)


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog line breaks as written."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Also keeps the line breaks of each argument's help."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends " (default: ...)" to help of options and of optional positionals."""

    def _get_help_string(self, action):
        text = action.help or ""
        if "%(default)" in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += " (default: %(default)s)"
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values by their type's name instead of their dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- declaring arguments

class _Container:
    """What parsers and argument groups share: the action list, the option-string table, defaults."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {"action": dict(_ACTION_NAMES), "type": {None: lambda text: text}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_options = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry_name, key):
        """What register() filed under key, else key itself (an action class or type function)."""
        return self._registries[registry_name].get(key, key)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument('name', ...) or add_argument('-f', '--foo', ...)."""
        if not args or (len(args) == 1 and args[0][:1] not in self.prefix_chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            settings = self._positional_settings(*args, **kwargs)
        else:
            settings = self._option_settings(*args, **kwargs)
        if "default" not in settings:
            if settings["dest"] in self._defaults:
                settings["default"] = self._defaults[settings["dest"]]
            elif self.argument_default is not None:
                settings["default"] = self.argument_default
        kind = settings.pop("action", None)
        action_class = self._lookup("action", kind)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**settings)
        converter = self._lookup("type", action.type)
        if not callable(converter):
            raise ValueError("%r is not callable" % (converter,))
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs") from None
        return self._add_action(action)

    def _positional_settings(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get("nargs")
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and "default" not in kwargs):
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _option_settings(self, *args, **kwargs):
        spellings = []
        long_spellings = []
        for spelling in args:
            if not spelling or spelling[0] not in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (spelling, self.prefix_chars))
            spellings.append(spelling)
            if len(spelling) > 1 and spelling[1] in self.prefix_chars:
                long_spellings.append(spelling)
        dest = kwargs.pop("dest", None)
        if dest is None:
            source = long_spellings[0] if long_spellings else spellings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % source)
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=spellings)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._resolve_clashes(action)
        self._actions.append(action)
        action.container = self
        for spelling in action.option_strings:
            self._option_string_actions[spelling] = action
            if _NEGATIVE.match(spelling) and not self._negative_options:
                self._negative_options.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _resolve_clashes(self, action):
        clashes = [(s, self._option_string_actions[s]) for s in action.option_strings
                   if s in self._option_string_actions]
        if not clashes:
            return
        if self.conflict_handler == "error":
            word = "string" if len(clashes) == 1 else "strings"
            raise ArgumentError(action, "conflicting option %s: %s" % (word, ", ".join(s for s, _ in clashes)))
        if self.conflict_handler != "resolve":
            raise ValueError("invalid conflict_resolution value: %r" % self.conflict_handler)
        for spelling, older in clashes:
            older.option_strings.remove(spelling)
            self._option_string_actions.pop(spelling, None)
            if not older.option_strings:
                older.container._remove_action(older)

    def _adopt(self, other):
        """Copies a parent parser's groups and actions (ArgumentParser(parents=[...]))."""
        titled = {group.title: group for group in self._action_groups}
        group_for = {}
        for group in other._action_groups:
            if group.title not in titled:
                titled[group.title] = self.add_argument_group(group.title, group.description,
                                                              conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                group_for[action] = titled[group.title]
        for group in other._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                group_for[action] = copy
        for action in other._actions:
            group_for.get(action, self)._add_action(action)

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]


class _ArgumentGroup(_Container):
    """A titled help section; its actions live in the parser's tables too."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault("conflict_handler", container.conflict_handler)
        kwargs.setdefault("prefix_chars", container.prefix_chars)
        kwargs.setdefault("argument_default", container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        for shared in ("_registries", "_actions", "_option_string_actions", "_defaults",
                       "_negative_options", "_mutually_exclusive_groups"):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """At most one of its options may be given (exactly one when required)."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---------------------------------------------------------------- the parser

class ArgumentParser(_Container):
    """Declares arguments and turns a list of strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = os.path.basename(sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        self.register("type", None, lambda text: text)
        if add_help:
            dash = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(dash + "h", dash * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._adopt(parent)
            self._defaults.update(getattr(parent, "_defaults", {}))

    def __repr__(self):
        return _show_fields(self, (), [(name, getattr(self, name)) for name in
                                       ("prog", "usage", "description", "formatter_class", "conflict_handler",
                                        "add_help")])

    def _add_action(self, action):
        (self._optionals if action.option_strings else self._positionals)._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            self._subparsers = self.add_argument_group(kwargs.pop("title", "subcommands"),
                                                       kwargs.pop("description", None))
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(), self._mutually_exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        kind = kwargs.pop("action", "parsers")
        action_class = self._lookup("action", kind)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # ---- output
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (sys.stderr if file is None else file).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        """Prints the usage and 'prog: error: message' to stderr and exits with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))

    # ---- parsing
    def parse_args(self, args=None, namespace=None):
        namespace, leftovers = self.parse_known_args(args, namespace)
        if leftovers:
            self.error("unrecognized arguments: %s" % " ".join(leftovers))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS and not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                leftovers = _Scan(self, args, namespace).run()
            except ArgumentError as err:
                self.error(str(err))
        else:
            leftovers = _Scan(self, args, namespace).run()
        passed_up = namespace.__dict__.pop(_LEFTOVERS, None)
        if passed_up:
            leftovers.extend(passed_up)
        return namespace, leftovers

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]



# ---------------------------------------------------------------- values for an action

def _converted(parser, action, text):
    """One string through the action's type (looked up in the "type" registry first)."""
    convert = parser._lookup("type", action.type)
    if not callable(convert):
        raise ArgumentError(action, "%r is not callable" % (convert,))
    try:
        return convert(text)
    except ArgumentTypeError as err:
        raise ArgumentError(action, str(err)) from None
    except (TypeError, ValueError):
        type_name = getattr(action.type, "__name__", repr(action.type))
        raise ArgumentError(action, "invalid %s value: %r" % (type_name, text)) from None


def _vetted(action, value):
    """value, once it is known to be one of the action's choices."""
    if action.choices is not None and value not in action.choices:
        listed = ", ".join(repr(choice) for choice in action.choices)
        raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, listed))
    return value


def _values_for(parser, action, texts):
    """What the action is called with for the strings it matched: one value for nargs None or '?',
    a list otherwise; a missing '?' value is the const (options) or default (positionals)."""
    nargs = action.nargs
    if nargs == SUPPRESS:
        return SUPPRESS
    if nargs not in (PARSER, REMAINDER) and "--" in texts:
        texts = list(texts)
        texts.remove("--")
    if not texts and nargs == OPTIONAL:
        fallback = action.const if action.option_strings else action.default
        return _vetted(action, _converted(parser, action, fallback)) if isinstance(fallback, str) else fallback
    if not texts and nargs == ZERO_OR_MORE and not action.option_strings:
        return _vetted(action, [] if action.default is None else action.default)
    values = [_converted(parser, action, text) for text in texts]
    if nargs in (None, OPTIONAL) and len(values) == 1:
        return _vetted(action, values[0])
    if nargs == PARSER:
        _vetted(action, values[0])
    elif nargs != REMAINDER:
        for value in values:
            _vetted(action, value)
    return values


_SHAPES = {None: "(-*A-*)", OPTIONAL: "(-*A?-*)", ZERO_OR_MORE: "(-*[A-]*)", ONE_OR_MORE: "(-*A[A-]*)",
           REMAINDER: "([-AO]*)", PARSER: "(-*A[-AO]*)", SUPPRESS: "(-*-*)"}


def _value_shape(nargs, for_option):
    """A regular expression over the kinds string ('A' value, 'O' option, '-' the '--' marker) matching
    the values an argument with this nargs takes. Positionals may have '--' markers around their
    values; options stop at one."""
    shape = _SHAPES.get(nargs) if isinstance(nargs, (str, type(None))) else None
    if shape is None:
        shape = "(-*" + "-*".join("A" * nargs) + "-*)"
    if for_option:
        shape = shape.replace("-*", "").replace("-", "")
    return shape


def _shortfall(action):
    """The error for an option that did not get the values its nargs asks for."""
    nargs = action.nargs
    if nargs is None:
        return "expected one argument"
    if nargs == OPTIONAL:
        return "expected at most one argument"
    if nargs == ONE_OR_MORE:
        return "expected at least one argument"
    if isinstance(nargs, int):
        return ("expected %s argument" if nargs == 1 else "expected %s arguments") % nargs
    return None


class _Scan:
    """One pass over an argument list for one parser."""

    def __init__(self, parser, args, namespace):
        self.parser = parser
        self.args = args
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_set = set()        # actions given a value other than their default
        self.rivals = {}             # action -> the other members of its mutually exclusive groups
        for group in parser._mutually_exclusive_groups:
            for member in group._group_actions:
                self.rivals.setdefault(member, []).extend(m for m in group._group_actions if m is not member)
        self.kinds, self.options_at = self._classify()
        self.waiting = list(parser._get_positional_actions())

    def _classify(self):
        kinds = []
        options_at = {}
        after_marker = False
        for index, text in enumerate(self.args):
            if after_marker:
                kinds.append("A")
            elif text == "--":
                kinds.append("-")
                after_marker = True
            else:
                found = self._recognise(text)
                if found is None:
                    kinds.append("A")
                else:
                    options_at[index] = found
                    kinds.append("O")
        return "".join(kinds), options_at

    # ---- telling options from values
    def _recognise(self, arg_string):
        """None when arg_string is a value; else (action or None, option string, explicit value or None)."""
        if not arg_string or arg_string[0] not in self.parser.prefix_chars:
            return None
        known = self.parser._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if "=" in arg_string:
            name, value = arg_string.split("=", 1)
            if name in known:
                return known[name], name, value
        candidates = self._abbreviated(arg_string)
        if len(candidates) > 1:
            spelled = ", ".join(spelling for _, spelling, _ in candidates)
            self.parser.error("ambiguous option: %s could match %s" % (arg_string, spelled))
        if len(candidates) == 1:
            return candidates[0]
        if _NEGATIVE.match(arg_string) and not self.parser._negative_options:
            return None
        if " " in arg_string:
            return None
        return None, arg_string, None

    def _abbreviated(self, option_string):
        """The options option_string (which starts with a prefix character and is not a known option)
        may abbreviate, or for "-xVALUE" the short option it starts with."""
        found = []
        prefixes = self.parser.prefix_chars
        if option_string[1] in prefixes:
            if self.parser.allow_abbrev:
                stem, _, value = option_string.partition("=")
                value = value if "=" in option_string else None
                for spelling, action in self.parser._option_string_actions.items():
                    if spelling.startswith(stem):
                        found.append((action, spelling, value))
        else:
            short, attached = option_string[:2], option_string[2:]
            for spelling, action in self.parser._option_string_actions.items():
                if spelling == short:
                    found.append((action, spelling, attached))
                elif spelling.startswith(option_string):
                    found.append((action, spelling, None))
        return found

    def run(self):
        where = 0
        last_option = max(self.options_at, default=-1)
        while where <= last_option:
            next_option = min(i for i in self.options_at if i >= where)
            if where != next_option:
                reached = self._fill_positionals(where)
                if reached > where:
                    where = reached
                    continue
            if where not in self.options_at:
                self.extras.extend(self.args[where:next_option])
                where = next_option
            where = self._take_option(where)
        where = self._fill_positionals(where)
        self.extras.extend(self.args[where:])
        self._finish()
        return self.extras

    def _apply(self, action, texts, option_string=None):
        self.seen.add(action)
        values = _values_for(self.parser, action, texts)
        if values is not action.default:
            self.seen_set.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_set:
                    raise ArgumentError(action, "not allowed with argument %s" % _display_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def _count_for_option(self, action, kinds):
        found = _re.match(_value_shape(action.nargs, True), kinds)
        if found is None:
            message = _shortfall(action)
            if message is None:
                raise ArgumentError(action, "expected %s argument(s)" % action.nargs)
            raise ArgumentError(action, message)
        return len(found.group(1))

    def _take_option(self, where):
        action, spelling, attached = self.options_at[where]
        if action is None:
            self.extras.append(self.args[where])
            return where + 1
        prefixes = self.parser.prefix_chars
        pending = []          # (action, values, option string) applied once all are read
        after = where + 1
        while True:
            if attached is None:
                count = self._count_for_option(action, self.kinds[after:])
                pending.append((action, self.args[after:after + count], spelling))
                after += count
                break
            count = self._count_for_option(action, "A")
            if count == 1:
                pending.append((action, [attached], spelling))
                break
            if count == 0 and spelling[1] not in prefixes and attached != "":
                # "-xyz" with -x taking no value: -x, then "-yz" read the same way
                pending.append((action, [], spelling))
                spelling = spelling[0] + attached[0]
                attached = attached[1:] or None
                known = self.parser._option_string_actions
                if spelling in known:
                    action = known[spelling]
                    continue
                raise ArgumentError(action, "ignored explicit argument %r" % (spelling[1:] + (attached or "")))
            raise ArgumentError(action, "ignored explicit argument %r" % attached)
        for taken, values, used in pending:
            self._apply(taken, values, used)
        return after

    def _fill_positionals(self, where):
        kinds = self.kinds[where:]
        waiting = self.waiting
        for take in range(len(waiting), -1, -1):
            pattern = "".join(_value_shape(action.nargs, False) for action in waiting[:take])
            found = _re.match(pattern, kinds)
            if found is not None:
                counts = [len(part) for part in found.groups()]
                break
        for action, count in zip(list(waiting), counts):
            waiting.remove(action)
            self._apply(action, self.args[where:where + count])
            where += count
        return where

    def _finish(self):
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_display_name(action))
            elif (isinstance(action.default, str) and hasattr(self.namespace, action.dest)
                  and action.default is getattr(self.namespace, action.dest)):
                setattr(self.namespace, action.dest, _converted(parser, action, action.default))
        if missing:
            parser.error("the following arguments are required: %s" % ", ".join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(member in self.seen_set for member in group._group_actions):
                names = [_display_name(m) for m in group._group_actions if m.help is not SUPPRESS]
                parser.error("one of the arguments %s is required" % " ".join(names))

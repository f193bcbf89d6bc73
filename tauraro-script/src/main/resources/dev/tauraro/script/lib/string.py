# string: the character constants, capwords, Template and Formatter, written from the string
# module's documentation and CPython 3.11's observed behaviour.
import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits on sep (whitespace runs by default), capitalizes each word, joins with sep or a space."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))



class Template:
    """$-substitution: $name, ${name}, $$ for a literal $.

    Subclasses may set delimiter, idpattern, braceidpattern and flags, or pattern itself (a regular
    expression with the groups escaped, named, braced and invalid); the pattern is compiled once per
    class, when the class is created.
    """

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        _compile_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """(match, name) for each placeholder: name is the identifier, or None for $$ and invalid ones."""
        for m in self.pattern.finditer(self.template):
            yield m, _placeholder_name(self, m)

    def _error_at(self, m):
        head = self.template[:m.start("invalid")].splitlines(True)
        line = len(head) or 1
        column = len(head[-1]) if head else 1
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, column))

    def _render(self, mapping, kws, lenient):
        if kws:
            mapping = _Chain(kws, mapping) if mapping else kws

        def replacement(m):
            name = _placeholder_name(self, m)
            if name is not None:
                if not lenient:
                    return str(mapping[name])
                try:
                    return str(mapping[name])
                except KeyError:
                    return m.group()
            if m.group("escaped") is not None:
                return self.delimiter
            if lenient:
                return m.group()
            self._error_at(m)

        return self.pattern.sub(replacement, self.template)

    def substitute(self, mapping={}, /, **kws):
        """The template with each placeholder replaced from mapping and kws (kws first); a missing
        name raises KeyError, a delimiter not followed by a name raises ValueError."""
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping={}, /, **kws):
        """Like substitute(), but missing names and stray delimiters stay as they are."""
        return self._render(mapping, kws, True)

    def is_valid(self):
        """False if the template has a delimiter that starts no placeholder."""
        return all(m.group("invalid") is None for m, _ in self._placeholders())

    def get_identifiers(self):
        """The names of the valid placeholders, each once, in order of first appearance."""
        names = []
        for _, name in self._placeholders():
            if name is not None and name not in names:
                names.append(name)
        return names


def _compile_pattern(cls):
    source = cls.__dict__.get("pattern")
    if source is None:
        mark = _re.escape(cls.delimiter)
        source = ("%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))"
                  % (mark, mark, cls.idpattern, cls.braceidpattern or cls.idpattern))
    cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)


def _placeholder_name(template, m):
    name = m.group("named") or m.group("braced")
    if name is None and m.group("escaped") is None and m.group("invalid") is None:
        raise ValueError("Unrecognized named group in pattern", template.pattern)
    return name


_compile_pattern(Template)


class _Chain:
    """Keyword arguments first, then the mapping: what substitute() looks names up in."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format's machinery as overridable steps: parse, get_field, get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """format() with the arguments as a tuple and a dict; checks the used ones at the end."""
        used = set()
        text = self._expand(format_string, args, kwargs, used, 2, _Numbering())
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, text, args, kwargs, used, depth, numbering):
        # depth bounds the nesting of fields inside format specs ("{:{}}" is one level)
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, name, spec, conversion in self.parse(text):
            if literal:
                out.append(literal)
            if name is None:
                continue
            if name == "":
                name = numbering.automatic()
            elif name.isdigit():
                numbering.manual()
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec = self._expand(spec, args, kwargs, used, depth - 1, numbering)
            out.append(self.format_field(value, spec))
        return "".join(out)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) for each replacement field,
        as CPython's MarkupIterator reads them (with its messages, raised as it gets there)."""
        i = 0
        n = len(format_string)
        while i < n:
            start = i
            c = ""
            while i < n:
                c = format_string[i]
                i += 1
                if c in "{}":
                    break
            else:
                c = ""
            at_end = i >= n
            literal_end = i
            if c == "}" and (at_end or format_string[i] != "}"):
                raise ValueError("Single '}' encountered in format string")
            if c == "{" and at_end:
                raise ValueError("Single '{' encountered in format string")
            markup = c != ""
            if not at_end and c:
                if format_string[i] == c:
                    i += 1   # an escaped brace: it ends this literal text, no field follows
                    markup = False
                else:
                    literal_end -= 1
            literal = format_string[start:literal_end]
            if not markup:
                yield literal, None, None, None
                continue
            name, spec, conversion, i = self._parse_field(format_string, i)
            yield literal, name, spec, conversion

    @staticmethod
    def _parse_field(s, i):
        # CPython's parse_field: the name ends at '!', ':' or '}' (not inside brackets), then an
        # optional conversion character, then a format spec up to the matching '}'
        n = len(s)
        name_start = i
        c = ""
        while i < n:
            c = s[i]
            i += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while i < n and s[i] != "]":
                    i += 1
                continue
            if c in "}:!":
                break
        name = s[name_start:i - 1] if c in "}:!" else s[name_start:i]
        conversion = None
        if c in "!:":
            if c == "!":
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c == "}":
                        return name, "", conversion, i
                    if c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            count = 1
            while i < n:
                c = s[i]
                i += 1
                if c == "{":
                    count += 1
                elif c == "}":
                    count -= 1
                    if count == 0:
                        return name, s[spec_start:i - 1], conversion, i
            raise ValueError("unmatched '{' in format spec")
        if c != "}":
            raise ValueError("expected '}' before end of string")
        return name, "", conversion, i

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first


def _field_name_split(name):
    k = 0
    while k < len(name) and name[k] not in ".[":
        k += 1
    first = name[:k]
    first = int(first) if first.isdigit() else first
    rest = []
    while k < len(name):
        if name[k] == ".":
            j = k + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            if j == k + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[k + 1:j]))
            k = j
        else:
            j = name.find("]", k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
    return first, rest


class _Numbering:
    """Positional fields of one format string: all "{}" (numbered automatically) or all "{N}"."""

    def __init__(self):
        self.next = 0
        self.explicit = False

    def automatic(self):
        if self.explicit:
            raise ValueError("cannot switch from manual field specification to automatic field numbering")
        index = self.next
        self.next += 1
        return str(index)

    def manual(self):
        if self.next:
            # CPython 3.11 reports this direction with the same message as the other
            raise ValueError("cannot switch from manual field specification to automatic field numbering")
        self.explicit = True

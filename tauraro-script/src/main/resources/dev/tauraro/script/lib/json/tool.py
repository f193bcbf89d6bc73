"""`python -m json.tool`: checks JSON text and writes it back pretty-printed.

Reads a file (or standard input) holding one JSON value, or with --json-lines one value per
line, and writes each value indented (4 spaces, --indent N, --tab, --no-indent or --compact) to
a file or standard output. A value that does not parse ends the command with the decoder's
message and status 1; the options, help text and usage errors are those of CPython 3.11's tool.
"""
import argparse
import json
import sys


def _open_input(name):
    # what argparse.FileType('r', encoding='utf-8') does for the tool: '-' is standard input
    if name == "-":
        return sys.stdin
    try:
        return open(name, encoding="utf-8")
    except OSError as e:
        raise argparse.ArgumentTypeError(f"can't open '{name}': {e}")


def _parser():
    p = argparse.ArgumentParser(
        prog="python -m json.tool",
        description="A simple command line interface for json module to validate and pretty-print JSON objects.")
    p.add_argument("infile", nargs="?", type=_open_input, default=sys.stdin,
                   help="a JSON file to be validated or pretty-printed")
    p.add_argument("outfile", nargs="?", default=None,
                   help="write the output of infile to outfile")
    p.add_argument("--sort-keys", action="store_true", default=False,
                   help="sort the output of dictionaries alphabetically by key")
    p.add_argument("--no-ensure-ascii", dest="ensure_ascii", action="store_false",
                   help="disable escaping of non-ASCII characters")
    p.add_argument("--json-lines", action="store_true", default=False,
                   help="parse input using the JSON Lines format. Use with --no-indent or --compact to "
                        "produce valid JSON Lines output.")
    layout = p.add_mutually_exclusive_group()
    layout.add_argument("--indent", default=4, type=int,
                        help="separate items with newlines and use this number of spaces for indentation")
    layout.add_argument("--tab", action="store_const", dest="indent", const="\t",
                        help="separate items with newlines and use tabs for indentation")
    layout.add_argument("--no-indent", action="store_const", dest="indent", const=None,
                        help="separate items with spaces rather than newlines")
    layout.add_argument("--compact", action="store_true",
                        help="suppress all whitespace separation (most compact)")
    return p


def _values(source, lines):
    """The parsed values, one at a time: a JSON Lines file is written up to its first bad line."""
    if lines:
        for line in source:
            yield json.loads(line)
    else:
        yield json.load(source)


def main():
    options = _parser().parse_args()
    layout = {"sort_keys": options.sort_keys, "ensure_ascii": options.ensure_ascii, "indent": options.indent}
    if options.compact:
        layout.update(indent=None, separators=(",", ":"))
    source = options.infile
    try:
        values = _values(source, options.json_lines)
        if not options.json_lines:
            values = [next(values)]  # a bad document fails before the output file is made
        target = sys.stdout if options.outfile is None else open(options.outfile, "w", encoding="utf-8")
        try:
            for value in values:
                json.dump(value, target, **layout)
                target.write("\n")
        finally:
            if target is not sys.stdout:
                target.close()
    except ValueError as e:
        raise SystemExit(e)
    finally:
        if source is not sys.stdin:
            source.close()


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as e:
        sys.exit(e.errno)

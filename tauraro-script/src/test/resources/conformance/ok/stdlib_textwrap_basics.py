import textwrap

text = ("The quick brown fox jumped over the lazy dog. Python's textwrap module is a well-known tool "
        "for formatting plain-text paragraphs; it breaks long lines at whitespace and after hyphens "
        "in compound words such as state-of-the-art or fifty-five. Supercalifragilisticexpialidocious "
        "words get broken too.  Two spaces here.\tA tab\nand a newline.")
for width in (10, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 30, drop_whitespace=False))
print(textwrap.wrap(text, 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("Hello there. How are you? Fine!  OK.", 15, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 60), textwrap.shorten(text, 60, placeholder="~"))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", 5), textwrap.wrap("--option-name and --verbose", 8))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("word", 1), textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("long-hyphenated-compound-word-sequence", 10))
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n    x = 2\n")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\n  a\n  \n   b")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))
w = textwrap.TextWrapper(width=20, initial_indent="- ")
print(w.wrap("one two three four five six seven eight nine ten"), w.width)
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print("ValueError", e)

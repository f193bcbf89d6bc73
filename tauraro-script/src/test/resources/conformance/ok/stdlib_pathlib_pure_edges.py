# pathlib pure-path edge cases: ordering of absolute against relative paths, suffix rules for
# dotted names, anchors ('//' is kept, '///' is '/'), parents indexing and the error messages
from pathlib import PurePath, PurePosixPath

print(sorted([PurePath("a"), PurePath("/a"), PurePath("a.b"), PurePath("a/b"), PurePath(""), PurePath("//a")]))
print(PurePath("a") < PurePath("/a"), PurePath("/a") <= PurePath("a"), PurePath("a/b") > PurePath("a.b"))
for name in ["a", "a.", ".x", "..x", "a..b", "a.b.", ".", "..", "x.tar.gz"]:
    p = PurePath(name)
    print(repr(name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.name))
for text in ["//x", "///x", "/./a//b/.", "a/../b", ""]:
    p = PurePosixPath(text)
    print(repr(text), str(p), p.parts, repr(p.root), p.is_absolute(), list(p.parents))
p = PurePath("/a/b/c/d")
print(p.parents[-1], p.parents[-4], p.parents[1:3], p.parents[::-2], len(p.parents), p.parents)
for index in [4, -5]:
    try:
        p.parents[index]
    except IndexError as e:
        print("IndexError", e)
print(PurePath("/").match("/"), PurePath("/a").match("/"), PurePath("a/b").match("*"), PurePath("a").match("**/a"))
print(PurePath("d/f.x").with_suffix(".."), PurePath("d/f").with_name(".."), PurePath("d/f.x").with_suffix(".a.b"))
print(PurePath("/a/b").relative_to("/", "a"), PurePath("a").joinpath("/b", "c"), "x" / PurePath("y") / "z")
for call in [lambda: PurePath("/x").relative_to(""), lambda: PurePath("a/b").relative_to("/a"),
             lambda: PurePath("a").relative_to(), lambda: PurePath("d/f").with_name("."),
             lambda: PurePath("d/f").with_name(""), lambda: PurePath("d/f").with_suffix("./"),
             lambda: PurePath("a").match(""), lambda: PurePath("a").as_uri(), lambda: PurePath("a") / 5]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePath("/tmp/a b").as_uri(), bytes(PurePath("/x/é")), PurePath("a b").__reduce__()[1])

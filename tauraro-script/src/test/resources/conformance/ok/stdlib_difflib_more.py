# difflib: grouped opcodes, empty and one-line ranges, junk sets, Differ's hint lines, diff_bytes
import difflib

s = difflib.SequenceMatcher(None, "abcdefghijklmnopqrstuvwxyz", "abcXefghijklmnopqrstuvwYyz")
for group in s.get_grouped_opcodes(2):
    print(group)
print(list(difflib.SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
s = difflib.SequenceMatcher(lambda c: c in "_", "a_b_c", "a__bc_")
print(sorted(s.bjunk), sorted(s.bpopular), s.get_matching_blocks())
print(s.find_longest_match(), s.find_longest_match(1, 4, 1, 5))
s.set_seq1("xx")
print(s.ratio(), s.get_opcodes())

a = ["a\n", "b\n", "c\n"]
for b in [[], ["b\n"], ["x\n", "a\n", "b\n", "c\n"], ["a\n", "b\n", "c\n", "d\n"], ["a\n", "c\n"]]:
    print("".join(difflib.unified_diff(a, b, "old", "new", "2020-01-01", "")), end="")
    print("".join(difflib.context_diff(a, b, "old", "new", "", "today")), end="")
    print("".join(difflib.context_diff(b, a, n=0)), end="")

print("".join(difflib.ndiff(["hello world\n", "abc\n"], ["hello word\n", "abd\n", "new\n"], charjunk=None)), end="")
print("".join(difflib.ndiff(["  #\n", "keep\n", "x y\n"], ["keep\n", "\n", "x  y\n"], linejunk=difflib.IS_LINE_JUNK)), end="")
print("".join(difflib.Differ().compare(["same\n", "one\n", "two\n"], ["same\n", "1\n"])), end="")
for line in difflib.diff_bytes(difflib.unified_diff, [b"caf\xe9\n", b"b\n"], [b"cafe\n", b"b\n"], b"f", b"t"):
    print(line)
print(difflib.get_close_matches("ab", ["ab", "ba", "abc", "b", "xab"], n=4, cutoff=0.5))
for bad in [lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=1)),
            lambda: list(difflib.context_diff("a", [b"b"])),
            lambda: list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

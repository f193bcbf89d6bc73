# difflib: SequenceMatcher, unified/context diffs, ndiff with '?' hints, get_close_matches
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for op in s.get_opcodes():
    print("%7s a[%d:%d] b[%d:%d]" % op)

print(difflib.SequenceMatcher(None, "", "").ratio())
print(difflib.SequenceMatcher(None, [1, 2, 3, 4], [2, 3, 5]).get_opcodes())

# autojunk: popular elements of a long b
a = "x" * 10 + "abc" + "x" * 300
b = "x" * 250 + "abc"
print(difflib.SequenceMatcher(None, a, b).get_matching_blocks()[:3])
print(difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()[:3])

one = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
two = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten!\n"]
print("".join(difflib.unified_diff(one, two, fromfile="before.py", tofile="after.py")), end="")
print("".join(difflib.unified_diff(one, two, n=1)), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff(["a"], ["a"])))
print("".join(difflib.context_diff(one, two, fromfile="before.py", tofile="after.py")), end="")

print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])), end="")
print("".join(difflib.ndiff(["\tabcDefghiJkl\n"], ["\tabcdefGhijkl\n"])), end="")
print("".join(difflib.ndiff(["abc\n", "same\n", "x\n"], ["zzz\n", "same\n", "yyyyyyy\n"])), end="")
diff = list(difflib.ndiff(one, two))
print("".join(difflib.restore(diff, 1)) == "".join(one), "".join(difflib.restore(diff, 2)) == "".join(two))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "where", "wheat", "whale", "hello"], n=2, cutoff=0.5))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))

for bad in [lambda: difflib.get_close_matches("a", ["b"], n=0),
            lambda: difflib.get_close_matches("a", ["b"], cutoff=2),
            lambda: list(difflib.restore([], 3)),
            lambda: list(difflib.unified_diff([1], [2]))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

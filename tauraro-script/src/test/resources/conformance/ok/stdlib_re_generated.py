# Generated patterns and subjects (random's Mersenne Twister is CPython's, so both interpreters
# generate the same ones): each pattern's compile error or findall/sub/split/search results.
import random
import re

random.seed(2024)
atoms = ["a", "b", "ab", ".", "\\d", "\\w", "\\s", "\\W", "[ab]", "[^a]", "[a-c]", "x", "\\b", "^", "$", "(a)", "(b|a)",
         "(?:ab)", "(?P<n>a)", "\\1", "(?P=n)", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)", "|", "(", ")", "[", "\\", "{2}",
         "*", "+", "?", "*?", "+?", "{1,2}", "{,2}", "\\A", "\\Z", "é", "[\\d\\s]", "(?i:A)", "(?s:.)", "-", "\\.", "\\n"]
subjects = ["", "a", "ab", "ba", "aab bba", "a1 b2\nc3", "abab\n", "x-y_z.1", "ÉéA a", "aaa\n\nbbb"]
for i in range(400):
    pattern = "".join(random.choice(atoms) for _ in range(random.randint(1, 5)))
    flags = random.choice([0, 0, re.I, re.M, re.S, re.X, re.A])
    try:
        rx = re.compile(pattern, flags)
    except re.error as e:
        print(i, repr(pattern), flags, "error:", e.msg, e.pos)
        continue
    s = random.choice(subjects)
    m = rx.search(s)
    print(i, repr(pattern), int(flags), repr(s), rx.findall(s), rx.sub("<\\g<0>>", s), rx.split(s),
          m and (m.span(), m.groups(), m.lastindex))

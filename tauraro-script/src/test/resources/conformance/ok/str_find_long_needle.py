s = "a" * 1000000
n = "a" * 1000 + "b"
print(s.find(n), n in s, s.rfind(n), s.count(n), ("x" + s).find("a" * 100), s.rfind("a" * 100), len(s.split(n)))
h = "xyz" * 100 + "abcabcabd" * 3 + "q" * 20 + "abc" * 10
for sub in ["abcabd" * 3 + "q", "q" * 17 + "abc", "abc", "zzzzzzzzzzzzzzzzzzzzzzz", "xyz" * 7]:
    print(h.find(sub), h.rfind(sub), h.count(sub), sub in h, h.find(sub, 50, 400), h.rfind(sub, 0, 350))

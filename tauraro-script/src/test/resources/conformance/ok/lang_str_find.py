s = "a b c a b"
for args in [(" ",), (" ", 2), (" ", -3), ("b", 0, 3), ("b", 0, 4), ("", 5), ("", 20), ("", 2, 1), ("a", -100, 100), ("x",), ("b", None, None), ("b", 4, None)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print("abcabc".index("c", 3), "abcabc".rindex("a", 0, 3), "aaaa".count("aa"), "".count(""), "abc".count("", 1))
for f in (lambda: "abc".index("c", 0, 2), lambda: "abc".rindex("z")):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)

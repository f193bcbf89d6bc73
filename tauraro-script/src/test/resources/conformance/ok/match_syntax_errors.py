# match statements: the SyntaxErrors CPython reports when compiling patterns
# syntax errors, reported before anything runs
for src in ["match 1:\n    case x:\n        pass\n    case 2:\n        pass\n",
            "match 1:\n    case _:\n        pass\n    case 2:\n        pass\n",
            "match 1:\n    case x | y:\n        pass\n",
            "match 1:\n    case 1 | x:\n        pass\n",
            "match 1:\n    case [a, a]:\n        pass\n",
            "match 1:\n    case [*a, *b]:\n        pass\n",
            "match 1:\n    case {'a': 1, 'a': 2}:\n        pass\n",
            "match 1:\n    case int(real=1, real=2):\n        pass\n",
            "match 1:\n    case int(x=1, 2):\n        pass\n",
            "match 1:\n    case x as _:\n        pass\n",
            "match 1:\n    case f'a':\n        pass\n",
            "match 1:\n    case (x as y) | 2:\n        pass\n    case 3:\n        pass\n",
            "match 1:\n    case [a, b] | [b, a]:\n        print(a)\n"]:
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

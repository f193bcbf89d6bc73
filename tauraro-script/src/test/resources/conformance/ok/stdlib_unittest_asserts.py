# unittest: every assert method's success and its failure message, as CPython words them
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def f():
    pass


def check(label, call):
    try:
        call()
        print(label, "passed")
    except AssertionError as e:
        print(label, "AssertionError:", e)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


check("eq", lambda: t.assertEqual(1, 1))
check("eq", lambda: t.assertEqual(1, 2))
check("eq msg", lambda: t.assertEqual(1, 2, "custom"))
check("ne", lambda: t.assertNotEqual(1, 1))
check("true", lambda: t.assertTrue(0))
check("false", lambda: t.assertFalse([1]))
check("is", lambda: t.assertIs(1, None))
check("isnot", lambda: t.assertIsNot(None, None))
check("isnone", lambda: t.assertIsNone(0))
check("isnotnone", lambda: t.assertIsNotNone(None))
check("in", lambda: t.assertIn(1, [2]))
check("notin", lambda: t.assertNotIn(2, [2]))
check("isinstance", lambda: t.assertIsInstance(1, str))
check("notisinstance", lambda: t.assertNotIsInstance(1, int))
check("less", lambda: t.assertLess(2, 1))
check("lesseq", lambda: t.assertLessEqual(2, 1))
check("greater", lambda: t.assertGreater(1, 2))
check("greatereq", lambda: t.assertGreaterEqual(1, 2))
check("almost", lambda: t.assertAlmostEqual(1.0, 1.00000001))
check("almost", lambda: t.assertAlmostEqual(1.0, 1.1))
check("almost places", lambda: t.assertAlmostEqual(1.0, 1.01, places=1))
check("almost both", lambda: t.assertAlmostEqual(1.0, 1.1, places=3, delta=1))
check("almost delta", lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.1))
check("notalmost", lambda: t.assertNotAlmostEqual(1.0, 1.0000000001))
check("notalmost delta", lambda: t.assertNotAlmostEqual(1.0, 1.05, delta=0.1))
check("regex", lambda: t.assertRegex("abc", "x"))
check("notregex", lambda: t.assertNotRegex("abc", "b"))
check("counteq", lambda: t.assertCountEqual([1, 1, 2], [1, 2, 3]))
check("counteq", lambda: t.assertCountEqual("abc", "cba"))
check("raises", lambda: t.assertRaises(ValueError, f))
check("raises", lambda: t.assertRaises(ValueError, int, "x"))
check("raises other", lambda: t.assertRaises(ValueError, lambda: {}["k"]))
check("raises regex", lambda: t.assertRaisesRegex(ValueError, "invalid", int, "x"))
check("raises regex", lambda: t.assertRaisesRegex(ValueError, "zzz", int, "x"))
check("raises bad", lambda: t.assertRaises(5, f))
check("fail", lambda: t.fail("by hand"))
check("fail", lambda: t.fail())

# type-specific equality: lists, tuples, dicts, sets, strings
check("list", lambda: t.assertEqual([1, 2], [1, 3]))
check("list longer", lambda: t.assertEqual([1, 2, 3], [1, 2]))
check("list shorter", lambda: t.assertListEqual([1], [1, 2, 3]))
check("tuple", lambda: t.assertEqual((1, "a"), (1, "b")))
check("list type", lambda: t.assertListEqual((1,), [1]))
check("seq", lambda: t.assertSequenceEqual([1, 2], (1, 2)))
check("dict", lambda: t.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3}))
check("dict arg", lambda: t.assertDictEqual([], {}))
check("set", lambda: t.assertEqual({1, 2}, {2, 3}))
check("set one side", lambda: t.assertSetEqual({1}, set()))
check("str", lambda: t.assertEqual("abc", "abd"))
check("str lines", lambda: t.assertEqual("one\ntwo\nthree\n", "one\nTwo\nthree\n"))
check("str long", lambda: t.assertEqual("x" * 100, "x" * 99 + "y"))
check("str vs int", lambda: t.assertEqual("1", 1))
check("long list", lambda: t.assertEqual(list(range(100)), list(range(1, 101))))
t.maxDiff = None
check("long list maxDiff None", lambda: t.assertEqual(list(range(30)), list(range(1, 31))))
t.longMessage = False
check("short message", lambda: t.assertEqual(1, 2, "only this"))

# context managers
with t.assertRaises(ValueError) as cm:
    raise ValueError("q")
print(repr(cm.exception), cm.expected.__name__)
with t.assertRaisesRegex(KeyError, "k.y"):
    {}["key"]
for label, body in [("cm not raised", lambda: t.assertRaises(ValueError)),
                    ("cm regex", lambda: t.assertRaisesRegex(ValueError, "z"))]:
    def run_cm(make=body):
        with make():
            if label == "cm regex":
                raise ValueError("q")
    check(label, run_cm)


def cm_msg():
    with t.assertRaises(ValueError, msg="mm"):
        pass


check("cm msg", cm_msg)


def cm_other():
    with t.assertRaises(ValueError):
        raise TypeError("other")


check("cm other", cm_other)


def bad_kw():
    with t.assertRaises(ValueError, bogus=1):
        pass


check("cm bad kw", bad_kw)

import warnings


def warns():
    with t.assertWarns(DeprecationWarning) as w:
        warnings.warn("old", DeprecationWarning)
    print("warning:", w.warning)


check("warns", warns)
check("warns none", lambda: t.assertWarns(UserWarning, f))

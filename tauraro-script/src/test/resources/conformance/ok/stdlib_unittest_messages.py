# unittest: assertion messages for sequences, near-equality, raises/warns and their misuse;
# setUpModule/tearDownModule and module cleanups around a run
import io
import re
import unittest
import warnings

events = []


def setUpModule():
    events.append("setUpModule")
    unittest.addModuleCleanup(events.append, "module cleanup")


def tearDownModule():
    events.append("tearDownModule")


tc = unittest.TestCase()


def show(check, *args, **kwargs):
    try:
        result = check(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)
        print("---")
    else:
        print("passed", result if result is not None else "")


class Unindexable:
    def __len__(self):
        return 2

    def __eq__(self, other):
        return False

    def __repr__(self):
        return "Unindexable()"


show(tc.assertSequenceEqual, [1, 2, 3], [1, 2])
show(tc.assertSequenceEqual, [1, 2], [1, 2, 4])
show(tc.assertSequenceEqual, (1, 2), [1, 2])
show(tc.assertSequenceEqual, [1, 5, 3], [1, 2, 3])
show(tc.assertSequenceEqual, [1, 2], Unindexable())
show(tc.assertSequenceEqual, 5, [1])
show(tc.assertSequenceEqual, [1], 5)
show(tc.assertListEqual, (1,), [1])
show(tc.assertListEqual, [1], (1,))
show(tc.assertTupleEqual, (1, 2), (1, 3), "mine")
show(tc.assertListEqual, list(range(100)), list(range(1, 101)))
show(tc.assertSetEqual, {1, 2}, {2, 3})
show(tc.assertSetEqual, {1}, 5)
show(tc.assertSetEqual, [1], {1})
show(tc.assertAlmostEqual, 1.0, 1.1)
show(tc.assertAlmostEqual, 1.0, 1.1, places=3, msg="m")
show(tc.assertAlmostEqual, 1.0, 1.5, delta=0.1)
show(tc.assertAlmostEqual, 1.0, 1.05, delta=0.1)
show(tc.assertAlmostEqual, 1.0, 1.5, delta=0.1, places=2)
show(tc.assertNotAlmostEqual, 1.0, 1.0)
show(tc.assertNotAlmostEqual, 1.0, 1.00000001)
show(tc.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
show(tc.assertNotAlmostEqual, 1.0, 2.0, delta=0.1)
show(tc.assertCountEqual, [1, 1, 2], [1, 2, 2, [3]])
show(tc.assertDictEqual, {"a": 1}, {"a": 2})
show(tc.assertDictEqual, [], {})
show(tc.assertMultiLineEqual, "one\ntwo\n", "one\nthree\n")
show(tc.assertMultiLineEqual, "abc", "abd")
show(tc.assertRegex, "hello", "z+")
show(tc.assertNotRegex, "hello", "l+")
show(tc.assertRaises, ValueError, int, "1")
show(tc.assertRaises, ValueError, int, "x")
show(tc.assertRaises, "nope")
show(tc.assertRaises, ValueError, msg="m", other=1)
show(tc.assertRaisesRegex, ValueError, "zzz", int, "x")
show(tc.assertWarns, 5)
show(tc.assertIs, 1, None)
show(tc.assertIsNot, None, None)
show(tc.assertIsNone, 0, "why")
show(tc.assertIn, 3, [1, 2])
show(tc.assertNotIn, 1, [1, 2])
show(tc.assertNotIsInstance, 1, int)
show(tc.assertGreaterEqual, 1, 2)
show(tc.assertFalse, [0])

with tc.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.__traceback__)
try:
    with tc.assertRaises((KeyError, IndexError), msg="ctx"):
        pass
except AssertionError as e:
    print(e)

with tc.assertWarns(UserWarning) as w:
    warnings.warn("careful", UserWarning)
print(w.warning, type(w.warning).__name__)
try:
    with tc.assertWarnsRegex(UserWarning, "xyz"):
        warnings.warn("careful", UserWarning)
except AssertionError as e:
    print(e)
try:
    with tc.assertWarns(DeprecationWarning):
        pass
except AssertionError as e:
    print(e)
try:
    tc.assertWarns(DeprecationWarning, lambda: None)
except AssertionError as e:
    print(e)

short = unittest.TestCase()
short.longMessage = False
show(short.assertEqual, 1, 2, "only mine")
show(short.assertEqual, 1, 2)
short.maxDiff = 10
show(short.assertListEqual, [1, 2, 3], [1, 2, 4])


class First(unittest.TestCase):
    def test_one(self):
        events.append("First.test_one")


class Second(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("Second.setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("Second.tearDownClass")

    def test_two(self):
        events.append("Second.test_two")


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromModule(__import__(__name__))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r'in \d+\.\d+s', 'in T', stream.getvalue()))
print(events)

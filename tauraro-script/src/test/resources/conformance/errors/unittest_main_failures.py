# unittest.main() in a test module: the report on stderr and exit status 1 when a test fails
import unittest


class Checks(unittest.TestCase):
    def test_passes(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_fails(self):
        print("output of a failing test")
        self.assertEqual(sum([1, 2]), 4)


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Comments everywhere and the `if __name__ == "__main__":` idiom.

# A comment before a definition


def helper(x):  # trailing comment on a def line
    # comment as the first line of a body
    y = x * 2  # inline
    # comment between statements

    return y  # comment after return
    # comment after the last statement


class Thing:  # comment on a class line
    # comment in a class body
    value = 1  # class attribute

    # comment between methods
    def get(self):
        return self.value
# comment at column 0 inside nothing


def main():
    print("main running")
    print(helper(21), Thing().get())
    print("#not a comment", '# nor this')
    s = "text # with hash"  # real comment
    print(s)


print("__name__ is", __name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
# final comment without a trailing newline issue

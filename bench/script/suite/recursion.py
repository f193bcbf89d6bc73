# Recursion: binary trees built and walked (allocation plus calls), and a memo-free Ackermann.
class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


total = 0
for depth in range(4, 17, 2):
    for _ in range(2 ** (16 - depth) // 4 + 1):
        total += check(make(depth))
print(total, ackermann(2, 400), ackermann(3, 5))

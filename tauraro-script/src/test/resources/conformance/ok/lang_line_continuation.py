# Line continuation: implicit inside brackets, explicit backslash, comments everywhere.
total = (1 +   # comment after an operator
         2 +
         3)
print(total)
values = [
    1,  # first
    2,
    # a comment line inside a list
    3,
]
print(values)
mapping = {
    "a": 1,
    "b": [
        2,
        3,
    ],
}
print(mapping)
result = 1 + \
    2 + \
    3
print(result)
if (total > 1 and
        result > 1):
    print("multi-line condition")
if total > 1 and \
   result > 1:
    print("backslash condition")


def long_signature(a,
                   b=2,
                   *args,
                   c=3,
                   **kwargs):
    return a + b + c


print(long_signature(1,
                     c=10))
text = ("implicit "
        "string "
        "concatenation")
print(text)
call = max(
    4,
    9,
    2
)
print(call)
nested = [[1, 2],
          [3, 4]]
print(nested)
chained = "  Mixed Case  " \
    .strip() \
    .lower()
print(chained)
x = 1; y = 2; print(x + y)  # semicolons separate simple statements
if x: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
print("tab-free", end="\n")

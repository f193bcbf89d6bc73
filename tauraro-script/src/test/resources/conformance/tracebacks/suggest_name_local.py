# An uncaught NameError offers the closest local name, as CPython 3.11's display does.
def total(prices, discount):
    subtotal = sum(prices)
    return subtotl - discount


print(total([1, 2], 1))

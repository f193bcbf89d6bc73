# A small program mixing classes, dicts, exceptions, sorting and formatting.
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item


class Inventory:
    def __init__(self):
        self.stock = {}
        self.prices = {}

    def add(self, item, qty, price):
        self.stock[item] = self.stock.get(item, 0) + qty
        self.prices[item] = price

    def remove(self, item, qty):
        have = self.stock.get(item, 0)
        if qty > have:
            raise OutOfStock(item, qty, have)
        self.stock[item] = have - qty

    def value(self):
        return sum(self.stock[i] * self.prices[i] for i in self.stock)

    def report(self):
        lines = []
        for item in sorted(self.stock, key=lambda i: (-self.stock[i], i)):
            qty = self.stock[item]
            lines.append(f"{item:<8}{qty:>4} x {self.prices[item]:>6.2f} = {qty * self.prices[item]:>8.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("apple", 50, 0.25)
inv.add("pear", 20, 0.4)
inv.add("melon", 3, 2.99)
inv.add("apple", 10, 0.3)
print(inv.report())
print(f"total value: {inv.value():.2f}")
orders = [("apple", 15), ("melon", 5), ("pear", 20), ("kiwi", 1)]
for item, qty in orders:
    try:
        inv.remove(item, qty)
        print(f"shipped {qty} {item}")
    except OutOfStock as e:
        print(f"cannot ship: {e} ({e.item})")
print(inv.report())
empty = [i for i, q in inv.stock.items() if q == 0]
print("sold out:", empty)

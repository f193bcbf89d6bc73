from decimal import Decimal

def total(prices):
    return sum(prices, Decimal(0)) / len(prices)

print(total([Decimal("1.5"), Decimal("2.5")]))
print(total([]))

# numbers imported before fractions and decimal: Fraction and Decimal are still registered
import numbers
print(isinstance(3, numbers.Integral), isinstance(2.0, numbers.Rational))
import fractions
import decimal
print(isinstance(fractions.Fraction(3, 4), numbers.Rational), isinstance(fractions.Fraction(3, 4), numbers.Integral))
print(isinstance(decimal.Decimal(2), numbers.Number), isinstance(decimal.Decimal(2), numbers.Real))
import statistics
print(statistics.mean([fractions.Fraction(1, 2), 1]))

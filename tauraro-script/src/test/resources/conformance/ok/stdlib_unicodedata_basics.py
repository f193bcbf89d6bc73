# unicodedata: names and lookup (ideographs and Hangul included), categories, bidi classes,
# digits, normalization forms, and the errors
import unicodedata as u


def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


print(u.name("a"), u.name("\u00e9"), u.name("\u4e00"), u.name("\uac00"), u.name("\ud7a3"), u.name("\U0001F600"))
print(u.name("\x00", "dflt"), u.name(" "), u.name("\u20ac"), u.name("\uf900"))
print(u.lookup("LATIN SMALL LETTER A"), u.lookup("latin small letter a"), u.lookup("CJK UNIFIED IDEOGRAPH-4E00"))
print(u.lookup("HANGUL SYLLABLE GA"), u.lookup("EURO SIGN"), u.lookup("GRINNING FACE"))
print([u.category(c) for c in "aA1 \n\u00e9\u0301\u2028\u00bd!$\U0001F600\ue000\u01c5\u02b0\u0903\u2160(-)_+^\u00ab\u00bb\u200b"])
print([u.bidirectional(c) for c in "a1 \u05d0\u0627+,%\u0660\u0301\n\t\u200e"], u.mirrored("("), u.mirrored("a"))
print(u.decimal("7"), u.digit("\u00b2"), u.digit("\u2460"), u.decimal("x", None), u.digit("x", -1), u.decimal("\u0663"))
print(ascii(u.normalize("NFD", "\u00e9")), ascii(u.normalize("NFC", "e\u0301")), ascii(u.normalize("NFKC", "\ufb01")))
print(ascii(u.normalize("NFKD", "\u2460")), ascii(u.normalize("NFC", "")), ascii(u.normalize("NFD", "\uac00")))
print(u.is_normalized("NFC", "\u00e9"), u.is_normalized("NFD", "\u00e9"), type(u.unidata_version).__name__)
err(lambda: u.name("ab"))
err(lambda: u.name(5))
err(lambda: u.name("\x00"))
err(lambda: u.name("\ue000"))
err(lambda: u.lookup("NOPE"))
err(lambda: u.decimal("x"))
err(lambda: u.digit("x"))
err(lambda: u.normalize("X", "a"))
err(lambda: u.category(""))

# Text processing: word counts, caesar cipher, palindromes, run-length encoding, wrapping.
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!"""
words = [w.strip(".,;!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
print(len(words), len(freq), max(words, key=len))


def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))


def is_palindrome(s):
    clean = [c.lower() for c in s if c.isalnum()]
    return clean == clean[::-1]


print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"]])


def rle(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)


print(rle("aaabccddddde"), rle(""), rle("z"))


def wrap(s, width):
    lines, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return lines


for ln in wrap(text, 20):
    print(f"|{ln:<20}|")
print("".join(sorted("listen")) == "".join(sorted("silent")))

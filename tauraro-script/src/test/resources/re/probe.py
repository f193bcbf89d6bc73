# What one re case does, as plain data: run by record.py under CPython 3.11 to write
# transcript.jsonl, and by ReTranscriptTest under Tauraro to compare against it line by line.
import json
import re


def spans(m):
    if m is None:
        return None
    return [m.span(g) for g in range(m.re.groups + 1)] + [m.lastindex, m.lastgroup, m.groupdict()]


def attempt(f):
    try:
        return f()
    except re.error as e:
        return ["re.error", e.msg, e.pos]
    except Exception as e:
        return [type(e).__name__, str(e)]


def probe(pattern, flags, subject):
    r = {"p": pattern, "f": flags, "s": subject}
    try:
        rx = re.compile(pattern, flags)
    except re.error as e:
        r["error"] = [e.msg, e.pos]
        return r
    r["groups"] = rx.groups
    r["search"] = attempt(lambda: spans(rx.search(subject)))
    r["match"] = attempt(lambda: spans(rx.match(subject)))
    r["fullmatch"] = attempt(lambda: spans(rx.fullmatch(subject)))
    r["search_pos"] = attempt(lambda: spans(rx.search(subject, 2, len(subject) - 1)))
    r["findall"] = attempt(lambda: rx.findall(subject))
    r["finditer"] = attempt(lambda: [m.span() for m in rx.finditer(subject)])
    r["sub"] = attempt(lambda: rx.subn("<\\g<0>>", subject))
    r["sub_fn"] = attempt(lambda: rx.sub(lambda m: str(m.start()), subject, count=3))
    r["split"] = attempt(lambda: rx.split(subject))
    return r


def line(pattern, flags, subject):
    # tuples and lists both become JSON arrays; sort_keys makes the two sides' lines comparable
    return json.dumps(probe(pattern, flags, subject), sort_keys=True, ensure_ascii=True)

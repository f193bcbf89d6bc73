# 400 seeded random mutations of a document: each is accepted (same tree) or rejected as CPython does
import random
import xml.etree.ElementTree as ET
rng = random.Random(7)
base = ("<?xml version='1.0'?>\n<!DOCTYPE r [<!ENTITY e 'v'>]>\n<r a='1' xmlns:p='urn:p'>\n <p:s b=\"2\">t &amp; &e; &#65;</p:s>"
        "<!-- c --><?pi d?><![CDATA[x]]>\n <t/>\n</r>\n")
alphabet = "<>/=&;'\"!-?[]xa: \n#p"
for n in range(400):
    s = list(base)
    for _ in range(rng.randint(1, 3)):
        op = rng.random()
        i = rng.randrange(len(s))
        if op < 0.4:
            del s[i]
        elif op < 0.8:
            s.insert(i, rng.choice(alphabet))
        else:
            s[i] = rng.choice(alphabet)
    doc = "".join(s)
    try:
        r = ET.fromstring(doc)
        out = "ok " + ET.tostring(r, encoding="unicode")
    except ET.ParseError as e:
        out = "rejected"
    except Exception as e:
        out = "%s %s" % (type(e).__name__, e)
    print(n, out)

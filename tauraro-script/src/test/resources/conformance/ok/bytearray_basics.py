ba = bytearray(b'hello world')
print(ba, len(ba), ba[0], ba[-1], ba[1:4], ba[::-2], type(ba[1:3]).__name__)
ba[0] = 72; ba[6:11] = b'There'; print(ba)
ba[0:0] = [1, 2]; print(ba); del ba[0:2]; print(ba)
ba[::2] = bytes(len(ba[::2])); print(ba)
del ba[::3]; print(ba)
ba.append(33); ba.extend(b'xy'); ba.extend([65, 66]); ba.extend(bytearray(b'!')); ba.insert(0, 62); ba.insert(-1, 63); ba.insert(100, 64)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(65); ba.reverse(); print(ba); c = ba.copy(); c.clear(); print(c, ba == c)
x = bytearray(b'ab'); y = x; x += b'cd'; x *= 2; print(x, y is x, x + b'!', b'!' + x, type(b'!' + x).__name__, x * 2, 2 * x)
print(bytearray(3), bytearray([1,2,3]), bytearray('hé', 'utf-8'), bytearray(b'xy'), bytearray(range(3)), bytearray(memoryview(b'mv')))
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b', b'b' > bytearray(b'a'), bytearray(b'a') <= bytearray(b'a'), b'\xff' > b'a')
print(98 in bytearray(b'abc'), b'bc' in bytearray(b'abc'), bytearray(b'z') in b'xyz', list(bytearray(b'ab')), bool(bytearray()), bool(bytearray(1)))
print(bytearray(b'a,b,,c').split(b','), bytearray(b'  x y ').split(), bytearray(b'abc').upper(), bytearray(b'Hello').swapcase(), bytearray(b'x').hex(), bytearray.fromhex('61 62'))
print(bytearray(b'abc').decode(), bytearray(b'%d-%s') % (5, b'x'), repr(bytearray(b"it's")), str(bytearray(b'q')))
print(bytearray(b'ab').center(6, b'*'), bytearray(b'a\tb').expandtabs(), bytearray(b'a:b').partition(b':'), bytearray(b'abc').replace(b'b', b'XX'))
print(b''.join([bytearray(b'a'), b'b', memoryview(b'c')]), bytearray(b'-').join([b'a', b'b']), b'\xe9'.upper(), b'a\xa0 '.strip(), b' a\x85 b'.split())
class BA(bytearray):
    def first(self): return self[0]
b = BA(b'xyz'); b.append(33); print(b, b.first(), len(b), isinstance(b, bytearray), b + b'1', type(b + b'1').__name__)
print(isinstance(bytearray(), bytearray), issubclass(bytearray, object), type(bytearray()) is bytearray, bytearray.__name__)
import copy, pickle
print(copy.copy(ba) == ba, copy.deepcopy(ba) == ba)
print(int(bytearray(b' 42 ')), int(b'-7'), int(b'ff', 16), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
for bad in ['hash(bytearray())', '{bytearray(): 1}', 'bytearray(b"ab")[5]', 'bytearray(-1)', 'bytearray("x")', 'bytearray([300])', 'bytearray(b"x").pop(3)', 'bytearray().pop()', 'bytearray(b"x").remove(9)', 'bytearray(b"a") + "b"', 'bytearray(b"abcd")[::2] = b"xyz"', 'int(b"1x")', 'bytearray(b"x").append(256)', 'bytearray(b"a") < "b"', "bytearray(3.5)", "b'abc'.find('a')", "b'abc'.startswith('a')", "b'a'.center(3, 'x')", "bytearray(b'x').extend(5)", "bytearray(b'abc')[0:1] = 5", "bytearray(b'x')['a']", "b'a' * 'x'", "set([bytearray()])"]:
    try:
        exec(bad)
        print(bad, 'ok?')
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
for proto in range(3, 6):
    data = pickle.dumps(bytearray(b'pickled'), protocol=proto)
    back = pickle.loads(data)
    print(proto, type(back).__name__, back, pickle.loads(pickle.dumps([bytearray(b'a'), b'b'], protocol=proto)))
print(pickle.dumps(bytearray(b'ab'), protocol=5), pickle.dumps(bytearray(b'ab')))
print(repr(bytearray(b'\'"')), repr(bytearray(b'"')), repr(bytearray(b'\\')), repr(BA(b"q'")))
live = bytearray(b'ab')
for x in live:
    if len(live) < 5:
        live.append(x + 2)
print(live)

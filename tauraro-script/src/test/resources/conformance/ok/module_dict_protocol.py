# A module's __dict__, vars(module) and globals() behave as full mappings, live with the module.
import json


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def read_missing():
    v = json.__dict__['missing']
    return v


show("missing key", read_missing)
d = json.__dict__
print(d is vars(json), type(d).__name__)
print('loads' in d, 'zz' in d, d.get('zz'), d.get('zz', 5))
print(d['loads'] is json.loads, d.get('loads') is json.loads)

d['zz'] = 1
print(json.zz, 'zz' in dir(json))
json.yy = 2
print(d['yy'])
print(d.pop('yy'), hasattr(json, 'yy'), d.pop('yy', 'gone'))
show("pop missing", lambda: d.pop('yy'))
print(d.setdefault('ww', 3), json.ww, d.setdefault('ww', 4))
del d['ww']
print(hasattr(json, 'ww'))
try:
    del d['ww']
except KeyError as e:
    print("del missing KeyError", e)
d.update(aa=1)
d.update({'bb': 2})
d.update([('cc', 3)])
print(json.aa, json.bb, json.cc)
print(len(d) > 3, 'loads' in list(d), 'loads' in d.keys())
print([k for k in d if k in ('aa', 'bb', 'cc')])
print([(k, v) for k, v in d.items() if k in ('aa', 'bb', 'cc')])
print(sorted(v for k, v in d.items() if k in ('aa', 'bb')))
for k in ('zz', 'aa', 'bb', 'cc'):
    del d[k]
print([k for k in ('zz', 'aa', 'bb', 'cc') if hasattr(json, k)])

g = globals()
g['q'] = 7
print(q)
show("globals missing", lambda: g['nope'])
print('show' in g, g.get('nope', 'dflt'))
del g['q']
try:
    q
except NameError as e:
    print("NameError", e)


def inside():
    gg = globals()
    try:
        v = gg['absent']
    except KeyError as e:
        return "KeyError " + str(e)
    return v


print(inside())

# printf-style formatting against CPython: flags ('-' over '0', '+' over ' '), integer precision as
# a least number of digits, text conversions ignoring sign and zero flags, '*', '%' after flags, bytes.
tests = ['%.3d', '%-5.3d', '%05.3d', '%+.3x', '%#.3o', '%.0d', '%-05d', '%+ d', '% +d', '%0-5d', '%5.1s', '%-5c', '%05c', '%#5s', '%.3c', '%+s',
         '%05s', '%+5s', '%-09.3f', '%#x', '%#X', '%#o', '%08.3e', '%-+8.2f', '% 07.1f', '%#.0f', '%5r', '%-6a', '%x', '%o', '%e', '%g', '%10.4g',
         '%*d', '%-*d', '%.*f', '%*.*f', '%05%', '%c', '%5c', '%d', '%i', '%u', '%#08x', '% x']
for t in tests:
    for v in (5, -5, 255, 2**70, -0.0, 3.14159, float('inf'), float('nan'), 'ab', True):
        try:
            r = repr(t % ((7, v) if t.count('*') == 1 else (7, 2, v) if t.count('*') == 2 else v))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(t, repr(v), r)
for t in ['%5s', '%-5s', '%.1s', '%05d', '%+d', '%#x', '%c', '%5c', '%-4b', '%r', '%a']:
    for v in (b'ab', 7, 65, -3):
        try:
            r = repr(t.encode() % v)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print('b', t, repr(v), r)
for t, a in [('%(x)%', {'x':1}), ('%%', ()), ('%5%', ()), ('%-%', ()), ('%.%', ()), ('%*%', (3,)), ('% %', ()), ('%5%', (1,))]:
    try: print(repr(t), repr(t % a))
    except Exception as e: print(repr(t), type(e).__name__, e)

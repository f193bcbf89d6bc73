import ipaddress as ip

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ['1.2.3', '1.2.3.256', '01.2.3.4', '1.2.3.4/24', '', 'x', '1.2.3.-4', '1.2.3.4.5', '::1::',
          '1:2:3:4:5:6:7:8:9', ':::', '1::2::3', 'g::', '12345::', '::1%', '1.2.3.04', '::1.2.3.256',
          '1:2:3:4:5:6:7::8', '1::1.2.3.4.5', ' 1.2.3.4', '1..2.3', '1.2.3.4444', ':1::2', '1::2:',
          '1:2:3:4:5:6:7:8:', ':1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9:10', 'fe80::1%eth0%x', '::%1',
          '192.168.0.1', '::', '2001:db8::1', '::ffff:1.2.3.4', 'FE80::1%eth0', '1:0:0:1:0:0:0:1']:
    for f in (ip.ip_address, ip.IPv4Address, ip.IPv6Address):
        attempt(repr(s), lambda: f(s))
for v in [-1, 0, 2**32 - 1, 2**32, 2**128 - 1, 2**128, 1.5, b'abc', b'1234', b'0123456789abcdef', None]:
    attempt(repr(v), lambda: ip.ip_address(v))
    attempt(repr(v), lambda: ip.IPv4Address(v))
    attempt(repr(v), lambda: ip.IPv6Address(v))

a = ip.ip_address('192.168.1.10')
print(a, repr(a), a.version, a.max_prefixlen, int(a), a.packed, a.compressed, a.exploded,
      a.reverse_pointer, hash(a) == hash(ip.IPv4Address(int(a))))
print(a + 5, a - 10, a == ip.IPv4Address('192.168.1.10'), a != a + 1, a < a + 1, a >= a,
      sorted([a + 3, a, a - 1]))
attempt('add overflow', lambda: ip.IPv4Address('255.255.255.255') + 1)
attempt('sub under', lambda: ip.IPv4Address('0.0.0.0') - 1)
attempt('mixed lt', lambda: a < ip.IPv6Address('::'))
attempt('lt int', lambda: a < 5)
attempt('addr - addr', lambda: a - a)
print(a == ip.IPv6Address('::'), a == 5, {a: 1}[ip.IPv4Address('192.168.1.10')])
for f in ['', 's', '>20', 'b', 'x', 'X', '#x', '_b', '#_x', 'n', '#b']:
    attempt('format ' + f, lambda: format(a, f))
b6 = ip.ip_address('2001:0db8:0000:0000:0000:ff00:0042:8329')
for s in ['2001:db8::ff00:42:8329', '::', '::1', '1::', '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:0',
          '0:0:1::', '1:2:3:4:5:6:7:8', '::ffff:c000:280', '1:0:2:0:3:0:4:0']:
    x = ip.IPv6Address(s)
    print(x, x.exploded, x.compressed, x.scope_id, x.packed.hex(), int(x), x.reverse_pointer[:30])
for f in ['x', '#_x', 'n', 's']:
    attempt('format6 ' + f, lambda: format(b6, f))
print(b6 + 1, b6 - 2**80, b6 < b6 + 1, hash(b6) == hash(ip.IPv6Address(int(b6))))
s1, s2 = ip.IPv6Address('fe80::1%eth0'), ip.IPv6Address('fe80::1%eth1')
print(s1 == s2, s1 == ip.IPv6Address('fe80::1'), s1 == ip.IPv6Address('fe80::1%eth0'), s1 < s2, repr(s1))
print(ip.IPv6Address('::ffff:1.2.3.4').ipv4_mapped, ip.IPv6Address('::1').ipv4_mapped,
      ip.IPv6Address('2002:c000:204::1').sixtofour, ip.IPv6Address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)
for s in ['0.0.0.0', '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.32.0.1', '192.168.0.1', '8.8.8.8',
          '100.64.0.1', '169.254.1.1', '224.0.0.1', '240.0.0.1', '255.255.255.255', '192.0.2.1',
          '::', '::1', 'fe80::1', 'fec0::1', 'fc00::1', 'ff02::1', '2001:db8::1', '2606:4700::1',
          '::ffff:10.0.0.1', '::ffff:8.8.8.8', '100::1', '4000::1']:
    x = ip.ip_address(s)
    props = ['is_private', 'is_global', 'is_loopback', 'is_multicast', 'is_reserved',
             'is_link_local', 'is_unspecified'] + (['is_site_local'] if x.version == 6 else [])
    print(s, [p for p in props if getattr(x, p)])
print(ip.v4_int_to_packed(3232235777), ip.v6_int_to_packed(1))
attempt('v4 pack', lambda: ip.v4_int_to_packed(2**32))
attempt('v6 pack', lambda: ip.v6_int_to_packed(-1))
print(ip.IPV4LENGTH, ip.IPV6LENGTH, issubclass(ip.AddressValueError, ValueError),
      issubclass(ip.NetmaskValueError, ValueError))

import ipaddress as ip

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# addresses as dict keys and set members, across kinds
s = {ip.ip_address('1.2.3.4'), ip.IPv4Address(16909060), ip.IPv4Address(b'\x01\x02\x03\x04')}
print(len(s), sorted(s))
print(ip.IPv4Address('1.2.3.4') in {ip.IPv4Address('1.2.3.4'): 'x'})
print(ip.ip_network('10.0.0.0/8') in {ip.IPv4Network(('10.0.0.0', '255.0.0.0'))})
print(sorted([ip.ip_address('::2'), ip.ip_address('::1'), ip.ip_address('::1:0')]))
print(max(ip.ip_network('10.0.0.0/30')), min(ip.ip_network('10.0.0.0/30')))
print(str(ip.IPv4Address('0.0.0.0')), str(ip.IPv6Address(0)), str(ip.IPv6Address(2**128 - 1)))
print(ip.IPv6Address('::ffff:1.2.3.4'), ip.IPv6Address('::1.2.3.4'), ip.IPv6Address('1:2:3:4:5:6:1.2.3.4'))
print(ip.IPv6Address('0:0:0:0:0:0:0:0'), ip.IPv6Address('1:0:0:0:0:0:0:0'), ip.IPv6Address('0:0:0:0:0:0:0:1'),
      ip.IPv6Address('1:1:0:1:1:0:1:1'), ip.IPv6Address('1:0:1:0:0:1:0:0'))
x = ip.IPv6Address('fe80::1%eth0')
print(x, repr(x), x.scope_id, str(x), int(x), x.is_link_local, x.is_private, x.packed.hex(), x + 1, x - 1)
print(ip.IPv6Address('fe80::1%1').scope_id, ip.ip_address('fe80::1%eth0'), ip.IPv6Address('::1%x') == ip.IPv6Address('::1%x'))
print(hash(ip.IPv6Address('::1%x')) == hash(ip.IPv6Address('::1%x')))
attempt('scope net', lambda: ip.ip_network('fe80::%eth0/64'))
attempt('scope iface', lambda: ip.ip_interface('fe80::1%eth0/64'))
print(ip.IPv4Address('10.0.0.1') + True, ip.IPv4Address('10.0.0.1') + (-1))
attempt('radd', lambda: 1 + ip.IPv4Address('10.0.0.1'))
attempt('add float', lambda: ip.IPv4Address('10.0.0.1') + 1.0)
attempt('add str', lambda: ip.IPv4Address('10.0.0.1') + '1')
attempt('index', lambda: [0] * 3 + [1][:ip.IPv4Address('0.0.0.1')])
attempt('hex', lambda: hex(ip.IPv4Address('1.2.3.4')))
attempt('bool', lambda: bool(ip.IPv4Address('0.0.0.0')))
attempt('le mixed', lambda: ip.IPv4Address('1.2.3.4') <= ip.IPv6Address('::'))
attempt('eq mixed', lambda: ip.IPv4Address('0.0.0.1') == ip.IPv6Address('::1'))
attempt('net eq str', lambda: ip.ip_network('10.0.0.0/8') == '10.0.0.0/8')
attempt('ip_interface None', lambda: ip.ip_interface(None))
attempt('ip_network list', lambda: ip.ip_network([1]))
attempt('v4net v6', lambda: ip.IPv4Network('::/0'))
attempt('v6net v4', lambda: ip.IPv6Network('1.0.0.0/8'))
attempt('v6 bytes net', lambda: ip.IPv6Network(b'\x00' * 16))
attempt('v4 int net', lambda: ip.IPv4Network(2**32))
attempt('v6 int net', lambda: ip.IPv6Network(1))
attempt('net tuple1', lambda: ip.IPv4Network(('1.2.3.4',)))
attempt('net tuple addr', lambda: ip.IPv4Network((ip.IPv4Address('1.2.3.0'), 24)))
attempt('net from addr', lambda: ip.IPv4Network(ip.IPv4Address('1.2.3.0')))
attempt('net host bits tuple', lambda: ip.IPv4Network(('1.2.3.4', 24)))
attempt('v6 netmask', lambda: ip.IPv6Network('::/ffff::'))
attempt('v4 mask leading', lambda: ip.IPv4Network('1.0.0.0/255.00.0.0'))
print(ip.IPv4Network('1.2.3.0/255.255.255.0').prefixlen, ip.IPv4Network('1.2.3.0/0.0.0.255').prefixlen,
      ip.IPv4Network('0.0.0.0/0.0.0.0').prefixlen, ip.IPv4Network('0.0.0.0/255.255.255.255').prefixlen,
      ip.IPv4Network('1.2.3.4/255.255.255.255').prefixlen)
for f in ['', 's', 'b', 'x', '#X', '_n', '#_b']:
    attempt('fmt6 ' + f, lambda: format(ip.IPv6Address('::1'), f))
attempt('fmt bad', lambda: format(ip.IPv4Address('1.2.3.4'), 'd'))
attempt('fmt bad2', lambda: format(ip.IPv4Address('1.2.3.4'), '#q'))

import ipaddress as ip

def attempt(label, f):
    try:
        r = f()
        if hasattr(r, '__next__'):
            r = list(r)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ['1.2.3.4/24', '1.2.3.0/33', '1.2.3.0/x', '1.2.3.0/255.255.0.255', '1.2.3.0/0.0.0.255',
          '1.2.3.0/255.255.255.0', '::/129', '10.0.0.0/8/', '1.2.3.0/24/1', '1.2.3.0/ 24', '1.2.3.0/-1',
          '1.2.3.0/024', '10.0.0.0', '2001:db8::/32', '2001:db8::1/32', '::/0', '0.0.0.0/0',
          ('1.2.3.0', 24), ('1.2.3.0', 33), ('1.2.3.0', '255.255.255.0'), (167772160, 8), ('::', 0),
          167772160, b'\x01\x02\x03\x04', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255', '::/x',
          '1.2.3.0/', '/24']:
    attempt(repr(s), lambda: ip.ip_network(s))
    attempt(repr(s), lambda: ip.ip_network(s, strict=False))
    attempt(repr(s), lambda: ip.ip_interface(s))
    attempt(repr(s), lambda: ip.IPv4Network(s))
    attempt(repr(s), lambda: ip.IPv6Network(s))

n = ip.ip_network('192.168.0.0/28')
print(n, repr(n), n.version, n.prefixlen, n.max_prefixlen, n.network_address, n.broadcast_address,
      n.netmask, n.hostmask, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask,
      n.compressed, n.exploded)
print(list(n)[:3], len(list(n)), list(n.hosts())[:2], len(list(n.hosts())), n[0], n[-1], n[5], n[-16])
attempt('n[16]', lambda: n[16])
attempt('n[-17]', lambda: n[-17])
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.7/32').hosts()),
      list(ip.ip_network('2001:db8::/127').hosts()), list(ip.ip_network('2001:db8::/126').hosts()),
      list(ip.ip_network('2001:db8::1/128').hosts()))
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=30))[:2])
print(n.supernet(), n.supernet(4), n.supernet(new_prefix=16), ip.ip_network('0.0.0.0/0').supernet())
print(list(ip.ip_network('1.2.3.4/32').subnets()))
attempt('sub both', lambda: n.subnets(prefixlen_diff=2, new_prefix=30))
attempt('sub shorter', lambda: n.subnets(new_prefix=27))
attempt('sub neg', lambda: n.subnets(prefixlen_diff=-1))
attempt('sub big', lambda: n.subnets(prefixlen_diff=5))
attempt('super longer', lambda: n.supernet(new_prefix=29))
attempt('super big', lambda: n.supernet(prefixlen_diff=29))
attempt('super both', lambda: n.supernet(prefixlen_diff=2, new_prefix=20))
a, b, c = ip.ip_network('10.0.0.0/8'), ip.ip_network('10.1.0.0/16'), ip.ip_network('11.0.0.0/8')
print(b.subnet_of(a), a.subnet_of(b), a.supernet_of(b), a.overlaps(b), b.overlaps(a), a.overlaps(c),
      a.subnet_of(a), ip.IPv4Address('10.2.3.4') in a, ip.IPv4Address('11.2.3.4') in a, b in a,
      ip.IPv6Address("::") in a)
attempt('subnet_of v6', lambda: a.subnet_of(ip.IPv6Network('::/0')))
attempt('overlaps v6', lambda: a.overlaps(ip.IPv6Network('::/8')))
print(list(a.address_exclude(ip.ip_network('10.1.2.0/24'))))
print(list(ip.ip_network('2001:db8::/125').address_exclude(ip.ip_network('2001:db8::4/128'))))
print(list(a.address_exclude(a)))
attempt('exclude outside', lambda: a.address_exclude(c))
attempt('exclude v6', lambda: a.address_exclude(ip.IPv6Network('::/8')))
print(a < b, a < c, sorted([c, b, a]), a == ip.IPv4Network('10.0.0.0/8'), a == b, a == 5,
      hash(a) == hash(ip.ip_network('10.0.0.0/255.0.0.0')), a.compare_networks(b), c.compare_networks(a))
attempt('net lt addr', lambda: a < ip.IPv4Address('1.2.3.4'))
attempt('net lt v6', lambda: a < ip.IPv6Network('::/0'))
print(sorted([ip.ip_address('10.0.0.1'), a, ip.ip_address('9.0.0.0')], key=ip.get_mixed_type_key))
print(ip.get_mixed_type_key(1))
for s in ['10.0.0.0/8', '192.168.1.0/24', '100.64.0.0/10', '224.0.0.0/4', '127.0.0.0/8', '8.0.0.0/8',
          '169.254.0.0/16', '0.0.0.0/32', 'fe80::/10', 'ff00::/8', '::1/128', '2001:db8::/32', 'fec0::/10',
          '2000::/3', '::/128']:
    x = ip.ip_network(s)
    props = ['is_private', 'is_global', 'is_loopback', 'is_multicast', 'is_reserved',
             'is_link_local', 'is_unspecified'] + (['is_site_local'] if x.version == 6 else [])
    print(s, [p for p in props if getattr(x, p)])
v6 = ip.ip_network('2001:db8:0:1::/64')
print(v6, v6.exploded, v6.num_addresses, v6.netmask, v6.hostmask, v6.broadcast_address,
      v6.with_netmask, v6.with_hostmask, v6[1], v6[-1], list(v6.subnets(new_prefix=66)))

print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.summarize_address_range(ip.IPv4Address('0.0.0.0'), ip.IPv4Address('255.255.255.255'))))
print(list(ip.summarize_address_range(ip.IPv4Address('1.1.1.1'), ip.IPv4Address('1.1.1.1'))))
print(list(ip.summarize_address_range(ip.IPv6Address('::1'), ip.IPv6Address('::ff'))))
print(list(ip.summarize_address_range(ip.IPv4Address('255.255.255.254'), ip.IPv4Address('255.255.255.255'))))
attempt('sar order', lambda: ip.summarize_address_range(ip.IPv4Address('1.1.1.1'), ip.IPv4Address('1.1.1.0')))
attempt('sar mixed', lambda: ip.summarize_address_range(ip.IPv4Address('1.1.1.1'), ip.IPv6Address('::')))
attempt('sar str', lambda: ip.summarize_address_range('1.1.1.1', '1.1.1.2'))
attempt('sar net', lambda: ip.summarize_address_range(a, c))
print(list(ip.collapse_addresses([ip.IPv4Network('192.0.2.0/25'), ip.IPv4Network('192.0.2.128/25')])))
print(list(ip.collapse_addresses([ip.IPv4Address('10.0.0.%d' % i) for i in range(0, 9)])))
print(list(ip.collapse_addresses([a, b, c, ip.IPv4Network('12.0.0.0/7'), ip.IPv4Address('9.255.255.255')])))
print(list(ip.collapse_addresses([ip.ip_network('::/1'), ip.ip_network('8000::/1'), ip.ip_address('::1')])))
print(list(ip.collapse_addresses([])), list(ip.collapse_addresses([ip.ip_network('1.2.3.4/32')])))
attempt('collapse mixed', lambda: ip.collapse_addresses([ip.IPv4Address('1.1.1.1'), ip.IPv6Address('::')]))
attempt('collapse mixed nets', lambda: ip.collapse_addresses([a, ip.IPv6Network('::/8')]))

i4 = ip.ip_interface('192.0.2.5/24')
print(i4, repr(i4), i4.ip, i4.network, i4.netmask, i4.hostmask, i4.with_prefixlen, i4.with_netmask,
      i4.with_hostmask, int(i4), i4.version, i4.compressed, i4.exploded, i4.is_private, i4.packed)
print(i4 == ip.ip_interface('192.0.2.5/24'), i4 == ip.ip_interface('192.0.2.5/25'),
      i4 == ip.ip_address('192.0.2.5'), i4 < ip.ip_interface('192.0.2.6/24'),
      i4 < ip.ip_interface('192.0.2.1/25'), hash(i4) == hash(ip.ip_interface('192.0.2.5/255.255.255.0')),
      ip.IPv4Interface('10.0.0.1'), ip.IPv4Interface(('10.0.0.1', 8)), ip.IPv4Interface(167772161))
i6 = ip.ip_interface('2001:db8::5/64')
print(i6, repr(i6), i6.ip, i6.network, i6.netmask, i6.hostmask, i6.with_prefixlen, i6.with_netmask,
      i6.with_hostmask, i6.compressed, i6.exploded, i6.is_loopback, ip.ip_interface('::1/128').is_loopback)
attempt('iface bad', lambda: ip.IPv4Interface('1.2.3.4/33'))
attempt('iface bad6', lambda: ip.IPv6Interface('1.2.3.4/24'))
for s in ['100.64.0.0/10', '100.0.0.0/9', '100.100.0.0/16', '100.127.255.255/32']:
    print(s, ip.ip_network(s).is_global, ip.ip_network(s)[0].is_global)
print(len(list(ip.ip_network('10.0.0.0/22'))), sum(1 for _ in ip.ip_network('10.0.0.0/22').hosts()))
x = ip.ip_address('::ffff:10.0.0.1')
print(x, x.ipv4_mapped, x.is_private, ip.ip_address('::ffff:1.1.1.1').is_private)

"""ipaddress: IPv4 and IPv6 addresses, networks and interfaces, written for tauraro-script from the
ipaddress documentation and CPython 3.11's observed behaviour (results and error messages).

Addresses are kept as Python ints; every object is immutable and hashable."""

import functools

IPV4LENGTH = 32
IPV6LENGTH = 128

__all__ = ["ip_address", "ip_network", "ip_interface", "v4_int_to_packed", "v6_int_to_packed",
           "summarize_address_range", "collapse_addresses", "get_mixed_type_key",
           "AddressValueError", "NetmaskValueError", "IPv4Address", "IPv6Address", "IPv4Network",
           "IPv6Network", "IPv4Interface", "IPv6Interface"]


class AddressValueError(ValueError):
    """A value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask or prefix length."""


def _guess(kinds, value, what):
    for kind in kinds:
        try:
            return kind(value)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError("%r does not appear to be an IPv4 or IPv6 %s" % (value, what))


def ip_address(address):
    """An IPv4Address or IPv6Address from a string, an int or packed bytes."""
    return _guess((IPv4Address, IPv6Address), address, "address")


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; strict refuses host bits set."""
    for kind in (IPv4Network, IPv6Network):
        try:
            return kind(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError("%r does not appear to be an IPv4 or IPv6 network" % (address,))


def ip_interface(address):
    """An IPv4Interface or IPv6Interface: an address with its network."""
    return _guess((IPv4Interface, IPv6Interface), address, "interface")


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None


def _check_same_version(a, b):
    if a.version != b.version:
        raise TypeError("%s and %s are not of the same version" % (a, b))


def _low_bit(n, bits):
    # the number of trailing zero bits of n (bits when n is 0)
    if n == 0:
        return bits
    return (n & -n).bit_length() - 1


def summarize_address_range(first, last):
    """The networks, in order, that exactly cover the addresses first..last (inclusive)."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError("first and last must be IP addresses, not networks")
    _check_same_version(first, last)
    if first > last:
        raise ValueError("last IP address must be greater than first")
    net_class = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        size = min(_low_bit(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_class((lo, bits - size))
        lo += 1 << size
        if lo > (1 << bits) - 1:
            break


def _collapse_networks(nets):
    # sort by (start, prefix), then merge adjacent equal halves until nothing changes
    ranges = []
    for n in sorted(nets, key=lambda n: (n.network_address._ip, n._prefixlen)):
        start, end = n.network_address._ip, n.broadcast_address._ip
        if ranges and start <= ranges[-1][1] + 1:
            if end > ranges[-1][1]:
                ranges[-1][1] = end
        else:
            ranges.append([start, end])
    return ranges


def collapse_addresses(addresses):
    """An iterator of the fewest networks covering the given addresses and networks."""
    addrs = []
    nets = []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if addrs and addrs[-1].version != ip.version:
                raise TypeError("%s and %s are not of the same version" % (ip, addrs[-1]))
            addrs.append(ip)
        elif ip._prefixlen == ip.max_prefixlen:
            if addrs and addrs[-1].version != ip.version:
                raise TypeError("%s and %s are not of the same version" % (ip, addrs[-1]))
            addrs.append(ip.network_address)
        else:
            if nets and nets[-1].version != ip.version:
                raise TypeError("%s and %s are not of the same version" % (ip, nets[-1]))
            nets.append(ip)
    if addrs and nets and addrs[0].version != nets[0].version:
        raise TypeError("%s and %s are not of the same version" % (addrs[0], nets[0]))
    if not addrs and not nets:
        return iter(())
    kind = (addrs or nets)[0]
    net_class = IPv4Network if kind.version == 4 else IPv6Network
    addr_class = IPv4Address if kind.version == 4 else IPv6Address
    bits = kind.max_prefixlen
    items = nets + [net_class((a._ip, bits)) for a in addrs]
    out = []
    for start, end in _collapse_networks(items):
        out.extend(summarize_address_range(addr_class(start), addr_class(end)))
    return iter(out)


def get_mixed_type_key(obj):
    """A sort key that orders networks and addresses of one version together."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


def _parse_v4(text, whole=None):
    whole = text if whole is None else whole
    if not text:
        raise AddressValueError("Address cannot be empty")
    octets = text.split('.')
    if len(octets) != 4:
        raise AddressValueError("Expected 4 octets in %r" % text)
    value = 0
    for octet in octets:
        if not octet:
            raise AddressValueError("Empty octet not permitted in %r" % text)
        if not (octet.isascii() and octet.isdigit()):
            problem = "Only decimal digits permitted in %r" % octet
        elif len(octet) > 3:
            problem = "At most 3 characters permitted in %r" % octet
        elif octet != '0' and octet[0] == '0':
            problem = "Leading zeros are not permitted in %r" % octet
        elif int(octet, 10) > 255:
            problem = "Octet %d (> 255) not permitted" % int(octet, 10)
        else:
            value = (value << 8) | int(octet, 10)
            continue
        raise AddressValueError("%s in %r" % (problem, text))
    return value


def _parse_v6(text):
    if not text:
        raise AddressValueError("Address cannot be empty")
    scope = None
    if '%' in text:
        addr, _, scope = text.rpartition('%')
        if not addr or not scope or '%' in addr:
            raise AddressValueError('Invalid IPv6 address: "%r"' % text)
    else:
        addr = text
    parts = addr.split(':')
    if len(parts) < 3:
        raise AddressValueError("At least 3 parts expected in %r" % addr)
    if '.' in parts[-1]:
        try:
            v4 = _parse_v4(parts.pop())
        except AddressValueError as exc:
            raise AddressValueError("%s in %r" % (exc, addr)) from None
        parts.append('%x' % (v4 >> 16))
        parts.append('%x' % (v4 & 0xFFFF))
    if len(parts) > 9:
        raise AddressValueError("At most 8 colons permitted in %r" % addr)
    empties = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(empties) > 1:
        raise AddressValueError("At most one '::' permitted in %r" % addr)
    if empties:
        skip = empties[0]
        hi, lo = skip, len(parts) - skip - 1
        if not parts[0]:
            hi -= 1
            if hi:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % addr)
        if not parts[-1]:
            lo -= 1
            if lo:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % addr)
        if 8 - (hi + lo) < 1:
            raise AddressValueError("Expected at most 7 other parts with '::' in %r" % addr)
        groups = parts[1:hi + 1] if not parts[0] else parts[:hi]
        tail = parts[len(parts) - lo:] if lo else []
        hextets = groups + ['0'] * (8 - hi - lo) + tail
    else:
        if len(parts) != 8:
            raise AddressValueError("Exactly 8 parts expected without '::' in %r" % addr)
        if not parts[0]:
            raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % addr)
        if not parts[-1]:
            raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % addr)
        hextets = parts
    value = 0
    for h in hextets:
        if not (h.isascii() and all(ch in '0123456789abcdefABCDEF' for ch in h)):
            raise AddressValueError("Only hex digits permitted in %r in %r" % (h, addr))
        if len(h) > 4:
            raise AddressValueError("At most 4 characters permitted in %r in %r" % (h, addr))
        value = (value << 16) | int(h, 16)
    return value, scope


@functools.total_ordering
class _BaseAddress:
    __slots__ = ()

    def __init__(self, address):
        # an int, packed bytes (big-endian), or anything else as its str(): text for _parse
        if isinstance(address, int):
            self._ip = _int_address(address, self.max_prefixlen, self.version)
        elif isinstance(address, bytes):
            self._ip = _bytes_address(address, self.max_prefixlen, self.version)
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError("Unexpected '/' in %r" % address)
            self._parse(text)

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self.version == other.version and \
                isinstance(other, _BaseAddress) and self._scope_of() == other._scope_of()
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        _check_same_version(self, other)
        if self._ip != other._ip:
            return self._ip < other._ip
        return False

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        return self._text()

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        return self._format_int(fmt)

    def _format_int(self, fmt):
        import re
        m = re.fullmatch(r'(#?)(_?)([xbnX])', fmt)
        if not m:
            return super().__format__(fmt)
        alt, grouping, kind = m.groups()
        if kind == 'n':
            kind = 'b' if self.version == 4 else 'x'
        digits = self.max_prefixlen if kind == 'b' else self.max_prefixlen // 4
        if grouping:
            digits += digits // 4 - 1
        if alt:
            digits += 2
        return format(self._ip, '%s0%d%s%s' % (alt, digits, grouping and '_', kind))

    def _scope_of(self):
        return None

    def _get_address_key(self):
        return (self.version, self)

    @property
    def packed(self):
        return self._ip.to_bytes(self.max_prefixlen // 8, 'big')

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()


def _int_address(value, bits, version):
    if value < 0:
        raise AddressValueError("%d (< 0) is not permitted as an IPv%d address" % (value, version))
    if value >= 1 << bits:
        raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address" % (value, bits, version))
    return value


def _bytes_address(value, bits, version):
    if len(value) != bits // 8:
        raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                % (value, len(value), bits // 8, version))
    return int.from_bytes(value, 'big')


class IPv4Address(_BaseAddress):
    """A 32-bit IPv4 address."""

    __slots__ = ('_ip', '__weakref__')
    version = 4
    max_prefixlen = IPV4LENGTH

    def _parse(self, text):
        self._ip = _parse_v4(text)

    def _text(self):
        ip = self._ip
        return '%d.%d.%d.%d' % (ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255)

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def compressed(self):
        return str(self)

    exploded = compressed

    def _in(self, table):
        return any(self in net for net in table)

    @property
    def is_private(self):
        return self._in(_v4_private())

    @property
    def is_global(self):
        return self not in IPv4Network('100.64.0.0/10') and not self.is_private     # RFC 6598

    @property
    def is_reserved(self):
        return self in IPv4Network('240.0.0.0/4')

    @property
    def is_multicast(self):
        return self in IPv4Network('224.0.0.0/4')

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in IPv4Network('127.0.0.0/8')

    @property
    def is_link_local(self):
        return self in IPv4Network('169.254.0.0/16')


class IPv6Address(_BaseAddress):
    """A 128-bit IPv6 address, with an optional scope id (`fe80::1%eth0`)."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')
    version = 6
    max_prefixlen = IPV6LENGTH

    def __init__(self, address):
        self._scope_id = None
        _BaseAddress.__init__(self, address)

    def _parse(self, text):
        self._ip, self._scope_id = _parse_v6(text)

    def _scope_of(self):
        return self._scope_id

    @property
    def scope_id(self):
        return self._scope_id

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def _hextets(self):
        return [(self._ip >> (112 - 16 * i)) & 0xFFFF for i in range(8)]

    def _text(self):
        text = _compress_hextets(self._hextets())
        return text if self._scope_id is None else text + '%' + self._scope_id

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        text = ':'.join('%04x' % h for h in self._hextets())
        return text if self._scope_id is None else text + '%' + self._scope_id

    def _reverse_pointer(self):
        digits = '%032x' % self._ip
        return '.'.join(reversed(digits)) + '.ip6.arpa'

    def _in(self, table):
        plain = IPv6Address(self._ip)
        return any(plain in net for net in table)

    @property
    def is_multicast(self):
        return self._in([IPv6Network('ff00::/8')])

    @property
    def is_reserved(self):
        return self._in(_v6_reserved())

    @property
    def is_link_local(self):
        return self._in([IPv6Network('fe80::/10')])

    @property
    def is_site_local(self):
        return self._in([IPv6Network('fec0::/10')])

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in(_v6_private())

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


def _compress_hextets(hextets):
    # RFC 5952: the longest run of two or more zero groups (the first of equal runs) becomes '::'
    best, best_len, run, run_len = -1, 0, -1, 0
    for i, h in enumerate(hextets):
        if h == 0:
            if run_len == 0:
                run = i
            run_len += 1
            if run_len > best_len:
                best, best_len = run, run_len
        else:
            run_len = 0
    words = ['%x' % h for h in hextets]
    if best_len > 1:
        head = ':'.join(words[:best])
        tail = ':'.join(words[best + best_len:])
        return head + '::' + tail
    return ':'.join(words)


@functools.lru_cache(None)
def _v4_private():
    return [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
        '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]


@functools.lru_cache(None)
def _v6_private():
    return [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]


@functools.lru_cache(None)
def _v6_reserved():
    return [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
        '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]


def _split_prefix(address, bits):
    """(address part, prefix part) of a network's argument: a string 'addr/prefix', a tuple
    (addr, prefix) or a bare address (the whole-length prefix)."""
    if isinstance(address, (bytes, int)):
        return address, bits
    if isinstance(address, tuple):
        if len(address) > 1:
            return address[0], address[1]
        return address[0], bits
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError("Only one '/' permitted in %r" % address)
    return parts[0], (parts[1] if len(parts) == 2 else bits)


def _prefix_from(arg, addr_class, bits):
    if isinstance(arg, int):
        if not 0 <= arg <= bits:
            raise NetmaskValueError("%r is not a valid netmask" % arg)
        return arg
    if arg.isascii() and arg.isdigit():
        n = int(arg)
        if n > bits:
            raise NetmaskValueError("%r is not a valid netmask" % arg)
        return n
    if addr_class is IPv6Address:
        raise NetmaskValueError("%r is not a valid netmask" % arg)
    try:
        mask = _parse_v4(arg)
    except AddressValueError:
        raise NetmaskValueError("%r is not a valid netmask" % arg) from None
    for candidate in (mask, mask ^ 0xFFFFFFFF):     # a netmask, else a hostmask
        ones = candidate.bit_length() - _low_bit(candidate, bits) if candidate else 0
        prefix = ones if candidate >> (bits - ones) == (1 << ones) - 1 and \
            candidate == ((1 << ones) - 1) << (bits - ones) else None
        if prefix is not None:
            return prefix
    raise NetmaskValueError("%r is not a valid netmask" % arg)


def _addresses(cls, first, last):
    # a while loop: IPv6 values exceed range()'s limits here
    while first <= last:
        yield cls(first)
        first += 1


@functools.total_ordering
class _BaseNetwork:

    def _setup(self, address, strict):
        bits = self.max_prefixlen
        addr, prefix = _split_prefix(address, bits)
        self.network_address = self._address_class(addr)
        self._prefixlen = _prefix_from(prefix, self._address_class, bits)
        self.netmask = self._address_class(((1 << self._prefixlen) - 1) << (bits - self._prefixlen))
        host = self.network_address._ip & ~self.netmask._ip
        if host:
            if strict:
                raise ValueError("%s has host bits set" % self)
            self.network_address = self._address_class(self.network_address._ip & self.netmask._ip)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def broadcast_address(self):
        return self._address_class(self.network_address._ip | self.hostmask._ip)

    @property
    def hostmask(self):
        return self._address_class(self.netmask._ip ^ ((1 << self.max_prefixlen) - 1))

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return 1 << (self.max_prefixlen - self._prefixlen)

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return '%s/%d' % (self.network_address.exploded, self._prefixlen)

    def __iter__(self):
        return _addresses(self._address_class, self.network_address._ip, self.broadcast_address._ip)

    def hosts(self):
        """The usable hosts: all but the network and broadcast addresses (IPv4), all but the
        Subnet-Router anycast address (IPv6); both addresses of a /31 or /127, the one of a /32."""
        first, last = self.network_address._ip, self.broadcast_address._ip
        if self.max_prefixlen - self._prefixlen <= 1:
            return _addresses(self._address_class, first, last)
        return _addresses(self._address_class, first + 1, last - 1 if self.version == 4 else last)

    def __getitem__(self, n):
        size = self.num_addresses
        if n >= 0:
            if n >= size:
                raise IndexError('address out of range')
            return self._address_class(self.network_address._ip + n)
        if -n > size:
            raise IndexError('address out of range')
        return self._address_class(self.broadcast_address._ip + n + 1)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _check_same_version(self, other)
        return (self.network_address, self.netmask) < (other.network_address, other.netmask)

    def __eq__(self, other):
        try:
            return (self.version == other.version and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        if not isinstance(other, _BaseAddress) or other.version != self.version:
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        return self.network_address in other or (
            self.broadcast_address in other or (
                other.network_address in self or other.broadcast_address in self))

    def _get_networks_key(self):
        return (self.version, self.network_address, self.netmask)

    def _make(self, ip, prefix):
        return type(self)((ip, prefix))

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        bits = self.max_prefixlen
        if self._prefixlen == bits:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new = self._prefixlen + prefixlen_diff
        if new > bits:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (new, self))
        step = 1 << (bits - new)
        ip, last = self.network_address._ip, self.broadcast_address._ip
        while ip <= last:          # a while loop: IPv6 values exceed range()'s limits here
            yield self._make(ip, new)
            ip += step

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new = self._prefixlen - prefixlen_diff
        if new < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self._prefixlen, prefixlen_diff))
        mask = ((1 << new) - 1) << (self.max_prefixlen - new)
        return self._make(self.network_address._ip & mask, new)

    def address_exclude(self, other):
        """The networks of self left when other (a subnet of self) is removed, in order."""
        if not self._version_match(other):
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = self._make(other.network_address._ip, other._prefixlen)
        current = self
        while current != other:
            lower, upper = current.subnets()
            if other.subnet_of(lower):
                yield upper
                current = lower
            else:
                yield lower
                current = upper

    def _version_match(self, other):
        return getattr(other, 'version', None) == self.version

    def compare_networks(self, other):
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        a = (self.network_address, self.netmask)
        b = (other.network_address, other.netmask)
        return (a > b) - (a < b)

    def _is_within(self, a, b):
        if a.version != b.version:
            raise TypeError("%s and %s are not of the same version" % (a, b))
        return (b.network_address <= a.network_address and
                b.broadcast_address >= a.broadcast_address)

    def subnet_of(self, other):
        return self._is_within(self, other)

    def supernet_of(self, other):
        return self._is_within(other, self)

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_private(self):
        return self.network_address.is_private and self.broadcast_address.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback


class IPv4Network(_BaseNetwork):
    """An IPv4 network: '192.0.2.0/24', '192.0.2.0/255.255.255.0', (address, prefix)."""

    version = 4
    max_prefixlen = IPV4LENGTH
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        self._setup(address, strict)

    @property
    def is_global(self):
        shared = IPv4Network('100.64.0.0/10')        # shared address space, RFC 6598
        return not (self.network_address in shared and self.broadcast_address in shared) and \
            not self.is_private


class IPv6Network(_BaseNetwork):
    """An IPv6 network: '2001:db8::/32' or (address, prefix)."""

    version = 6
    max_prefixlen = IPV6LENGTH
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        self._setup(address, strict)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class _BaseInterface:
    """What IPv4Interface and IPv6Interface add to their address class (which follows this one
    in their bases, so these methods come first)."""

    def __init__(self, address):
        addr, prefix = _split_prefix(address, self.max_prefixlen)
        self._address_class.__init__(self, addr)
        self.network = self._network_class((addr, prefix), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    def __str__(self):
        return '%s/%d' % (self._address_class.__str__(self), self._prefixlen)

    def __eq__(self, other):
        eq = self._address_class.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        lt = self._address_class.__lt__(self, other)
        if lt is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and lt)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    @property
    def ip(self):
        return self._address_class(self._ip) if self.version == 4 else \
            self._address_class(str(self._address_class(self._ip)) +
                                ('' if self._scope_id is None else '%' + self._scope_id))

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self._address_class.__str__(self), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._address_class.__str__(self), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._address_class.__str__(self), self.network.hostmask)

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def compressed(self):
        return str(self)


class IPv4Interface(_BaseInterface, IPv4Address):
    """An IPv4 address on a network: '192.0.2.5/24'."""

    _address_class = IPv4Address
    _network_class = IPv4Network

    @property
    def exploded(self):
        return str(self)


class IPv6Interface(_BaseInterface, IPv6Address):
    """An IPv6 address on a network: '2001:db8::5/64'."""

    _address_class = IPv6Address
    _network_class = IPv6Network

    @property
    def exploded(self):
        return '%s/%d' % (IPv6Address.exploded.fget(self), self._prefixlen)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback

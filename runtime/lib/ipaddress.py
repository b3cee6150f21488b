"""ipaddress: IPv4 and IPv6 addresses, networks and interfaces."""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    pass


class NetmaskValueError(ValueError):
    pass


def ip_address(address):
    try:
        return IPv4Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    try:
        return IPv4Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    try:
        return IPv4Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def _split_optional_netmask(address):
    addr = str(address).split('/')
    if len(addr) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return addr


def summarize_address_range(first, last):
    if first.version != last.version:
        raise TypeError('%s and %s are not of the same version' % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first._max_prefixlen
    first_int = int(first)
    last_int = int(last)
    while first_int <= last_int:
        nbits = min((first_int & -first_int).bit_length() - 1 if first_int else bits,
                    (last_int - first_int + 1).bit_length() - 1)
        yield net_cls((first_int, bits - nbits))
        first_int += 1 << nbits


def collapse_addresses(addresses):
    nets = sorted({n if isinstance(n, _BaseNetwork) else n._network_of() for n in addresses},
                  key=lambda n: (n.version, int(n.network_address), n.prefixlen))
    out = []
    for net in nets:
        if out and out[-1].version == net.version and out[-1].supernet_of(net):
            continue
        out.append(net)
        while len(out) > 1:
            a, b = out[-2], out[-1]
            if (a.version == b.version and a.prefixlen == b.prefixlen and a.prefixlen > 0
                    and a.supernet() == b.supernet()):
                out[-2:] = [a.supernet()]
            else:
                break
    return iter(out)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


@functools.total_ordering
class _BaseAddress:
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self.version == other.version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self.version, self)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        body = fmt.replace('#', '').replace('_', '')
        if body not in ('b', 'n', 'x', 'X'):
            return super().__format__(fmt)
        alternate = '#' in fmt
        grouping = '_' if '_' in fmt else ''
        base = body
        if base == 'n':
            base = 'b' if self.version == 4 else 'x'
        padlen = self._max_prefixlen if base == 'b' else self._max_prefixlen // 4
        if grouping:
            padlen += padlen // 4 - 1
        if alternate:
            padlen += 2
        return format(int(self), '%s0%d%s%s' % ('#' if alternate else '', padlen, grouping, base))

    def __reduce__(self):
        return self.__class__, (self._ip,)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()


class IPv4Address(_BaseAddress):
    __slots__ = ('_ip', '__weakref__')
    version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1

    def __init__(self, address):
        if isinstance(address, int):
            if address < 0 or address > self._ALL_ONES:
                raise AddressValueError('%d (< 0) is not permitted as an IPv4 address'
                                        % address if address < 0 else
                                        '%d (>= 2**32) is not permitted as an IPv4 address'
                                        % address)
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != 4:
                raise AddressValueError('%r (len %d != 4) is not permitted as an IPv4 address'
                                        % (address, len(address)))
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(addr_str)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError('Expected 4 octets in %r' % ip_str)
        value = 0
        for octet in octets:
            try:
                value = (value << 8) | cls._parse_octet(octet)
            except ValueError as exc:
                raise AddressValueError('%s in %r' % (exc, ip_str)) from None
        return value

    @staticmethod
    def _parse_octet(octet_str):
        if not octet_str:
            raise ValueError('Empty octet not permitted')
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError('Only decimal digits permitted in %r' % octet_str)
        if len(octet_str) > 3:
            raise ValueError('At most 3 characters permitted in %r' % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError('Leading zeros are not permitted in %r' % octet_str)
        octet_int = int(octet_str, 10)
        if octet_int > 255:
            raise ValueError('Octet %d (> 255) not permitted' % octet_int)
        return octet_int

    @staticmethod
    def _string_from_ip_int(ip_int):
        return '.'.join(str(b) for b in ip_int.to_bytes(4, 'big'))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    def _in(self, *nets):
        return any(self in IPv4Network(n) for n in nets)

    @property
    def is_reserved(self):
        return self in IPv4Network('240.0.0.0/4')

    @property
    def is_private(self):
        return self._in('0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
                        '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
                        '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
                        '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')

    @property
    def is_global(self):
        return self not in IPv4Network('100.64.0.0/10') and not self.is_private

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

    @property
    def ipv6_mapped(self):
        return IPv6Address('::ffff:%s' % self)


class IPv6Address(_BaseAddress):
    __slots__ = ('_ip', '_scope_id', '__weakref__')
    version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            if address < 0 or address > self._ALL_ONES:
                raise AddressValueError('%d is not permitted as an IPv6 address' % address)
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != 16:
                raise AddressValueError('%r (len %d != 16) is not permitted as an IPv6 address'
                                        % (address, len(address)))
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        addr_str, _, scope = addr_str.partition('%')
        if _:
            if not scope:
                raise AddressValueError('Invalid IPv6 address: %r' % address)
            self._scope_id = scope
        self._ip = self._ip_int_from_string(addr_str)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError('At least 3 parts expected in %r' % ip_str)
        if '.' in parts[-1]:
            ipv4_int = IPv4Address(parts.pop())._ip
            parts.append('%x' % ((ipv4_int >> 16) & 0xFFFF))
            parts.append('%x' % (ipv4_int & 0xFFFF))
        if len(parts) > 9:
            raise AddressValueError('At most 8 colons permitted in %r' % ip_str)
        skip_index = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip_index is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                skip_index = i
        if skip_index is not None:
            parts_hi = skip_index
            parts_lo = len(parts) - skip_index - 1
            if not parts[0]:
                parts_hi -= 1
                if parts_hi:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                            % ip_str)
            if not parts[-1]:
                parts_lo -= 1
                if parts_lo:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                            % ip_str)
            parts_skipped = 8 - (parts_hi + parts_lo)
            if parts_skipped < 1:
                raise AddressValueError("Expected at most 7 other parts with '::' in %r"
                                        % ip_str)
        else:
            if len(parts) != 8:
                raise AddressValueError("Exactly 8 parts expected without '::' in %r" % ip_str)
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                        % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % ip_str)
            parts_hi = len(parts)
            parts_lo = 0
            parts_skipped = 0
        try:
            ip_int = 0
            for i in range(parts_hi):
                ip_int = (ip_int << 16) | cls._parse_hextet(parts[i])
            ip_int <<= 16 * parts_skipped
            for i in range(-parts_lo, 0):
                ip_int = (ip_int << 16) | cls._parse_hextet(parts[i])
            return ip_int
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None

    @staticmethod
    def _parse_hextet(hextet_str):
        if not all(c in '0123456789abcdefABCDEF' for c in hextet_str) or not hextet_str:
            raise ValueError('Only hex digits permitted in %r' % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError('At most 4 characters permitted in %r' % hextet_str)
        return int(hextet_str, 16)

    @staticmethod
    def _compress_hextets(hextets):
        best_start = -1
        best_len = 0
        start = -1
        length = 0
        for index, h in enumerate(hextets):
            if h == '0':
                length += 1
                if start == -1:
                    start = index
                if length > best_len:
                    best_len = length
                    best_start = start
            else:
                length = 0
                start = -1
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets += ['']
            hextets[best_start:end] = ['']
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        hex_str = '%032x' % ip_int
        hextets = ['%x' % int(hex_str[x:x + 4], 16) for x in range(0, 32, 4)]
        return ':'.join(cls._compress_hextets(hextets))

    def __str__(self):
        ip_str = self._string_from_ip_int(self._ip)
        return ip_str + '%' + self._scope_id if self._scope_id else ip_str

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        address_equal = _BaseAddress.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def exploded(self):
        hex_str = '%032x' % self._ip
        return ':'.join(hex_str[x:x + 4] for x in range(0, 32, 4))

    @property
    def compressed(self):
        return str(self)

    def _reverse_pointer(self):
        reverse_chars = self.exploded[::-1].replace(':', '')
        return '.'.join(reverse_chars) + '.ip6.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    def _in(self, *nets):
        return any(self in IPv6Network(n) for n in nets)

    @property
    def is_multicast(self):
        return self in IPv6Network('ff00::/8')

    @property
    def is_reserved(self):
        return self._in('::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
                        '4000::/3', '6000::/3', '8000::/3', 'A000::/3', 'C000::/3',
                        'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')

    @property
    def is_link_local(self):
        return self in IPv6Network('fe80::/10')

    @property
    def is_site_local(self):
        return self in IPv6Network('fec0::/10')

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in('::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23',
                        '2001:2::/48', '2001:db8::/32', '2001:10::/28', 'fc00::/7',
                        'fe80::/10')

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
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class _BaseNetwork:
    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if self._is_small():
            for x in range(network, broadcast + 1):
                yield self._address_class(x)
            return
        for x in range(network + 1, broadcast + (1 if self.version == 6 else 0)):
            yield self._address_class(x)

    def _is_small(self):
        return self.prefixlen >= self._max_prefixlen - 1

    def __iter__(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network, broadcast + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError('address out of range')
        return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return not self <= other

    def __ge__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return not self < other

    def __eq__(self, other):
        try:
            return (self.version == other.version
                    and self.network_address == other.network_address
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
                other.network_address in self or (other.broadcast_address in self)))

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

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
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def address_exclude(self, other):
        if not self.version == other.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            elif other.subnet_of(s2):
                yield s1
                s1, s2 = s2.subnets()
            else:
                raise AssertionError('Error performing exclusion')
        if s1 == other:
            yield s2
        else:
            yield s1

    def compare_networks(self, other):
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        if self.network_address < other.network_address:
            return -1
        if self.network_address > other.network_address:
            return 1
        if self.netmask < other.netmask:
            return -1
        if self.netmask > other.netmask:
            return 1
        return 0

    def _get_networks_key(self):
        return (self.version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self._max_prefixlen:
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
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new_prefixlen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for new_addr in range(start, end, step):
            yield self.__class__((new_addr, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               new_prefixlen))

    def subnet_of(self, other):
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same version')
        return (other.network_address <= self.network_address
                and other.broadcast_address >= self.broadcast_address)

    def supernet_of(self, other):
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same version')
        return (self.network_address <= other.network_address
                and self.broadcast_address >= other.broadcast_address)

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast

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

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved


def _make_netmask(cls, arg):
    if isinstance(arg, int):
        prefixlen = arg
        if not (0 <= prefixlen <= cls._max_prefixlen):
            raise NetmaskValueError('%r is not a valid netmask' % prefixlen)
    else:
        try:
            if not (arg.isascii() and arg.isdigit()):
                raise ValueError
            prefixlen = int(arg)
            if not (0 <= prefixlen <= cls._max_prefixlen):
                raise ValueError
        except ValueError:
            if cls.version == 4:
                try:
                    ip_int = IPv4Address._ip_int_from_string(arg)
                except AddressValueError:
                    raise NetmaskValueError('%r is not a valid netmask' % arg) from None
                for candidate in range(33):
                    mask = (cls._ALL_ONES << (32 - candidate)) & cls._ALL_ONES
                    if mask == ip_int:
                        prefixlen = candidate
                        break
                    if mask ^ cls._ALL_ONES == ip_int:
                        prefixlen = candidate
                        break
                else:
                    raise NetmaskValueError('%r is not a valid netmask' % arg) from None
            else:
                raise NetmaskValueError('%r is not a valid netmask' % arg) from None
    netmask = cls._address_class((cls._ALL_ONES << (cls._max_prefixlen - prefixlen))
                                 & cls._ALL_ONES)
    return netmask, prefixlen


def _split_addr_prefix(cls, address):
    if isinstance(address, (bytes, int)):
        return address, cls._max_prefixlen
    if not isinstance(address, tuple):
        address = _split_optional_netmask(address)
    if len(address) > 1:
        return address
    return address[0], cls._max_prefixlen


class IPv4Network(_BaseNetwork):
    _address_class = IPv4Address
    version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1

    def __init__(self, address, strict=True):
        addr, mask = _split_addr_prefix(self, address)
        self.network_address = self._address_class(addr)
        self.netmask, self._prefixlen = _make_netmask(self, mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(packed & int(self.netmask))
        if self._prefixlen == (self._max_prefixlen - 1):
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [self._address_class(addr)]

    def hosts(self):
        return _BaseNetwork.hosts(self)

    @property
    def is_global(self):
        return (not (self.network_address in IPv4Network('100.64.0.0/10') and
                     self.broadcast_address in IPv4Network('100.64.0.0/10')) and
                not self.is_private)


class IPv6Network(_BaseNetwork):
    _address_class = IPv6Address
    version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1

    def __init__(self, address, strict=True):
        addr, mask = _split_addr_prefix(self, address)
        self.network_address = self._address_class(addr)
        self.netmask, self._prefixlen = _make_netmask(self, mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(packed & int(self.netmask))
        if self._prefixlen == (self._max_prefixlen - 1):
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [self._address_class(addr)]

    def hosts(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network + 1, broadcast + 1):
            yield self._address_class(x)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class _BaseInterface:
    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        address_equal = self._address_class.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        address_less = self._address_class.__lt__(self, other)
        if address_less is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and address_less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Interface(_BaseInterface, IPv4Address):
    _address_class = IPv4Address

    def __init__(self, address):
        addr, mask = _split_addr_prefix(IPv4Network, address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    __str__ = _BaseInterface.__str__
    __eq__ = _BaseInterface.__eq__
    __lt__ = _BaseInterface.__lt__
    __hash__ = _BaseInterface.__hash__


class IPv6Interface(_BaseInterface, IPv6Address):
    _address_class = IPv6Address

    def __init__(self, address):
        addr, mask = _split_addr_prefix(IPv6Network, address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    __str__ = _BaseInterface.__str__
    __eq__ = _BaseInterface.__eq__
    __lt__ = _BaseInterface.__lt__
    __hash__ = _BaseInterface.__hash__

import ipaddress as ip
for bad in ['256.1.1.1', '1.2.3', 'x', '1.2.3.04', '::g', '1:2:3:4:5:6:7:8:9']:
    try:
        ip.ip_address(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ['192.168.1.1/24', '10.0.0.0/33', '10.0.0.0/x']:
    try:
        ip.ip_network(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for f in [lambda: ip.IPv4Address('1.2.3.256'), lambda: ip.IPv4Network('1.2.3.4/24'), lambda: ip.IPv4Address('1.2.3'), lambda: ip.IPv6Address('1::2::3')]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
n = ip.ip_network('10.0.0.0/30')
print(list(n.subnets()), n.supernet(), list(n.hosts()), n[1], n[-1], n.num_addresses, n.netmask, n.hostmask, n.broadcast_address)
print(n.with_netmask, n.with_hostmask, ip.ip_address('10.0.0.2') in n, ip.ip_network('10.0.0.0/24').overlaps(ip.ip_network('10.0.0.128/25')))
a = ip.ip_address('fe80::1')
print(a, repr(a), a.exploded, a.is_link_local, ip.ip_address('2001:db8::1').is_private, ip.ip_address('::ffff:1.2.3.4').ipv4_mapped)
print(ip.ip_address('2001:0db8:0000:0000:0000:ff00:0042:8329'), ip.ip_address('::'), ip.ip_address('1::'), ip.ip_address('0:0:1:0:0:0:0:1'))
i = ip.ip_interface('192.168.1.5/24')
print(i, i.network, repr(i), i.ip, i.with_netmask, i.netmask, i.hostmask)
print(ip.ip_address('127.0.0.1') < ip.ip_address('127.0.0.2'), ip.IPv4Address(3232235777), int(ip.ip_address('0.0.1.0')), ip.ip_address('1.2.3.4') + 10)
try:
    ip.ip_address('1.2.3.4') < ip.ip_address('::1')
except TypeError as e:
    print(e)
for s in ['10.1.2.3', '192.168.0.1', '8.8.8.8', '127.0.0.1', '224.0.0.1', '0.0.0.0', '169.254.1.1', '100.64.0.1']:
    a = ip.ip_address(s)
    print(s, a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_unspecified, a.is_link_local, a.is_reserved, a.reverse_pointer, a.packed)
print(list(ip.ip_network('192.168.0.0/24').subnets(new_prefix=26)), ip.ip_network('192.168.0.0/24').supernet(new_prefix=16))
print(list(ip.summarize_address_range(ip.IPv4Address('192.0.2.0'), ip.IPv4Address('192.0.2.130'))))
print(list(ip.collapse_addresses([ip.IPv4Network('192.0.2.0/25'), ip.IPv4Network('192.0.2.128/25')])))
print(sorted([ip.ip_network('10.0.0.0/8'), ip.ip_network('10.0.0.0/16'), ip.ip_network('9.0.0.0/8')]), ip.ip_network('10.0.0.0/16').subnet_of(ip.ip_network('10.0.0.0/8')))
print(list(ip.ip_network('10.0.0.0/24').address_exclude(ip.ip_network('10.0.0.0/26'))))
print(ip.ip_network('1.2.3.4/24', strict=False), ip.IPv4Network('10.0.0.0/255.255.0.0'), ip.ip_network('2001:db8::/126').num_addresses, list(ip.ip_network('2001:db8::/126').hosts()))
print({ip.ip_address('1.1.1.1'): 1}[ip.ip_address('1.1.1.1')], f"{ip.ip_address('1.2.3.4'):b}"[:10], format(ip.ip_address('1.2.3.4'), 'x'))
print(format(ip.ip_address("1.2.3.4"), "#_b"), format(ip.ip_address("::1"), "_x"), format(ip.ip_address("1.2.3.4"), ">12s"))

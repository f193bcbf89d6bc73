import socket
for f, a in [(socket.AF_INET, '1.2.3'), (socket.AF_INET, '01.2.3.4'), (socket.AF_INET, '256.1.1.1'),
             (socket.AF_INET, '10.0.0.255'), (socket.AF_INET6, '1::2::3'), (socket.AF_INET6, '::ffff:1.2.3.4'),
             (socket.AF_INET6, '1:2:3:4:5:6:7:8:9'), (socket.AF_INET6, 'g::'), (socket.AF_INET6, 'fe80::1:2'),
             (socket.AF_INET6, '1:2:3:4:5:6:7:8'), (socket.AF_INET6, '::')]:
    try:
        b = socket.inet_pton(f, a)
        print(a, b, socket.inet_ntop(f, b))
    except Exception as e:
        print(a, type(e).__name__, e)
for a in ['::1', '1::', '1:0:0:1:0:0:0:1', '::5', '1:2:3:4:5:6:7:0', '0:0:1::', '2001:db8:0:0:1:0:0:1']:
    print(a, socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, a)))
for a in ['1.2.3', '127.1', '0x7f.1', '10', '1.2.3.4', '0377.0.0.1']:
    print(a, socket.inet_aton(a), socket.inet_ntoa(socket.inet_aton(a)))
for bad in ['1.2.3.4.5', '256.1.1.1', '', 'a.b.c.d', '1..2']:
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print(repr(bad), type(e).__name__, e)
for f, a in [(socket.inet_ntoa, b'123'), (lambda b: socket.inet_ntop(socket.AF_INET, b), b'123'),
             (socket.htons, 70000), (socket.htons, -1), (socket.htonl, 2**32), (socket.ntohl, -1),
             (socket.htons, 'a')]:
    try:
        print(f(a))
    except Exception as e:
        print(type(e).__name__, e)
print(socket.htons(1), socket.htonl(1), socket.ntohs(0x1234), socket.ntohl(0x12345678), socket.htons(0))
print(socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 80))
print(socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', None, socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo('127.0.0.1', '8080', proto=socket.IPPROTO_UDP))
print(socket.gethostbyname('localhost'), socket.gethostbyname('127.0.0.1'), socket.getdefaulttimeout())
print(type(socket.gethostname()).__name__, socket.gethostname() != '')
for call in [lambda: socket.getaddrinfo('no.such.host.invalid', 80), lambda: socket.gethostbyname('no.such.host.invalid'),
             lambda: socket.getaddrinfo('127.0.0.1', 'nosuchservice'),
             lambda: socket.getaddrinfo('localhost', 80, flags=socket.AI_NUMERICHOST)]:
    try:
        call()
    except socket.gaierror as e:
        print(type(e).__name__, e.errno, e)
print(socket.timeout is TimeoutError, socket.error is OSError, issubclass(socket.gaierror, OSError),
      issubclass(socket.herror, OSError), socket.gaierror.__module__)
print(repr(socket.AF_INET), repr(socket.SOCK_DGRAM), socket.AF_UNIX, int(socket.AF_INET6))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.family, s.type, s.proto, repr(s.family), s.gettimeout(), s.getblocking())
for v in ['a', -1]:
    try:
        s.settimeout(v)
    except Exception as e:
        print(type(e).__name__, e)
s.settimeout(2)
print(s.gettimeout(), s.timeout)
s.close()
for args in [('x',), (99,)]:
    try:
        socket.socket(*args)
    except Exception as e:
        print(type(e).__name__, e)
socket.setdefaulttimeout(3)
t = socket.socket()
print(t.gettimeout())
socket.setdefaulttimeout(None)
t.close()
print(socket.getservbyname('http'), socket.SOMAXCONN, socket.SHUT_RDWR)
with socket.socket() as w:
    print(repr(w).split(' fd=')[0], repr(w).split(', ', 1)[1])
print(repr(w).split(' fd=')[1])

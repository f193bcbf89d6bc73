# The ssl module's contexts: defaults per protocol, verify_mode and check_hostname rules, loading
# certificate chains (one file, two files, an encrypted key) and CA locations, and the errors.
import os
import ssl

TLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tls")


def path(name):
    return os.path.join(TLS, name)


print(repr(ssl.CERT_NONE), ssl.CERT_REQUIRED, repr(ssl.PROTOCOL_TLS_CLIENT), ssl.TLSVersion.TLSv1_2)
client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(client.check_hostname, repr(client.verify_mode), repr(client.protocol))
server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print(server.check_hostname, repr(server.verify_mode))
try:
    client.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print("ValueError:", e)
client.check_hostname = False
client.verify_mode = ssl.CERT_NONE
print(client.verify_mode, client.check_hostname)
client.check_hostname = True
print(repr(client.verify_mode))
default = ssl.create_default_context()
print(default.check_hostname, default.verify_mode, default.protocol)
for_clients = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
print(for_clients.check_hostname, for_clients.verify_mode, for_clients.protocol)

server.load_cert_chain(path("cert.pem"), path("key.pem"))
server.load_cert_chain(path("cert-and-key.pem"))
server.load_cert_chain(path("cert.pem"), path("key-encrypted.pem"), password="s3cret")
server.load_cert_chain(path("cert.pem"), path("key-encrypted.pem"), password=lambda: b"s3cret")
print("chains loaded")

for args in [(path("missing.pem"),), (path("cert.pem"), path("key-encrypted.pem"), "wrong"),
             (path("cert.pem"),)]:
    try:
        server.load_cert_chain(*args)
    except ssl.SSLError as e:
        print("SSLError:", e, e.errno, e.library, e.reason)
    except OSError as e:
        print(type(e).__name__, e, e.errno)

client.load_verify_locations(path("cert.pem"))
client.load_verify_locations(cadata=open(path("other-cert.pem")).read())
client.load_verify_locations(capath=TLS)
try:
    client.load_verify_locations()
except TypeError as e:
    print("TypeError:", e)
try:
    client.load_verify_locations(path("missing.pem"))
except OSError as e:
    print(type(e).__name__, e)
try:
    client.load_verify_locations(cadata="not a certificate")
except ssl.SSLError as e:
    print("SSLError:", e)

print(issubclass(ssl.SSLCertVerificationError, ValueError), issubclass(ssl.SSLError, OSError))
e = ssl.SSLError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:992)")
print(str(e), repr(e), hasattr(e, "library"))

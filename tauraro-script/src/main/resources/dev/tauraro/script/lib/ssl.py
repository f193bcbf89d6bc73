"""TLS configuration for tauraro's network modules: ssl.SSLContext and create_default_context.

An SSLContext records what a script loads into it (certificate chain, CA certificates, verify mode,
host name checking, ALPN protocols); the Java network code (websockets, asyncio streams) receives it
as a JDK SSLContext built by _ssl when it needs one. There are no sockets to wrap: wrap_socket and
wrap_bio raise NotImplementedError.
"""

import _ssl
from enum import IntEnum, Enum


class _SSLMethod(IntEnum):
    PROTOCOL_TLS = 2
    PROTOCOL_TLS_CLIENT = 16
    PROTOCOL_TLS_SERVER = 17


PROTOCOL_TLS = _SSLMethod.PROTOCOL_TLS
PROTOCOL_SSLv23 = _SSLMethod.PROTOCOL_TLS
PROTOCOL_TLS_CLIENT = _SSLMethod.PROTOCOL_TLS_CLIENT
PROTOCOL_TLS_SERVER = _SSLMethod.PROTOCOL_TLS_SERVER


class VerifyMode(IntEnum):
    CERT_NONE = 0
    CERT_OPTIONAL = 1
    CERT_REQUIRED = 2


CERT_NONE = VerifyMode.CERT_NONE
CERT_OPTIONAL = VerifyMode.CERT_OPTIONAL
CERT_REQUIRED = VerifyMode.CERT_REQUIRED


class TLSVersion(IntEnum):
    MINIMUM_SUPPORTED = -2
    SSLv3 = 768
    TLSv1 = 769
    TLSv1_1 = 770
    TLSv1_2 = 771
    TLSv1_3 = 772
    MAXIMUM_SUPPORTED = -1


class Purpose(Enum):
    SERVER_AUTH = "1.3.6.1.5.5.7.3.1"
    CLIENT_AUTH = "1.3.6.1.5.5.7.3.2"


HAS_ALPN = True
HAS_SNI = True
OPENSSL_VERSION = "tauraro (JDK TLS)"


class SSLError(OSError):
    """A TLS failure; raised by tauraro with `library` and `reason` set as CPython's C code sets them."""

    def __str__(self):
        if len(self.args) == 2 and isinstance(self.args[1], str):
            return self.args[1]
        return super().__str__()


class SSLZeroReturnError(SSLError):
    pass


class SSLWantReadError(SSLError):
    pass


class SSLWantWriteError(SSLError):
    pass


class SSLSyscallError(SSLError):
    pass


class SSLEOFError(SSLError):
    pass


class SSLCertVerificationError(SSLError, ValueError):
    pass


CertificateError = SSLCertVerificationError


def _checked(fn, *args):
    try:
        return fn(*args)
    except _ssl.Error as e:
        errno, message, library, reason = e.args
        error = SSLError(errno, message)
        error.library = library
        error.reason = reason
        raise error from None


class SSLContext:
    def __init__(self, protocol=None, *args):
        if protocol is None:
            protocol = PROTOCOL_TLS
        self._protocol = _SSLMethod(protocol)
        self._server = self._protocol == PROTOCOL_TLS_SERVER
        if self._protocol == PROTOCOL_TLS_CLIENT:
            self._check_hostname = True
            self._verify_mode = CERT_REQUIRED
        else:
            self._check_hostname = False
            self._verify_mode = CERT_NONE
        self._chain = None
        self._cafiles = []
        self._capaths = []
        self._cadata = []
        self._default_certs = False
        self._alpn = []
        self._java = None
        self.minimum_version = TLSVersion.MINIMUM_SUPPORTED
        self.maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self.options = 0
        self.post_handshake_auth = None
        self.sni_callback = None

    @property
    def protocol(self):
        return self._protocol

    @property
    def check_hostname(self):
        return self._check_hostname

    @check_hostname.setter
    def check_hostname(self, value):
        value = bool(value)
        if value and self._verify_mode == CERT_NONE:
            self._verify_mode = CERT_REQUIRED
        self._check_hostname = value
        self._java = None

    @property
    def verify_mode(self):
        return self._verify_mode

    @verify_mode.setter
    def verify_mode(self, value):
        value = VerifyMode(value)
        if value == CERT_NONE and self._check_hostname:
            raise ValueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.")
        self._verify_mode = value
        self._java = None

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        if callable(password):
            password = password()
        if isinstance(password, bytes):
            password = password.decode()
        _checked(_ssl.check_chain, _path(certfile), None if keyfile is None else _path(keyfile), password)
        self._chain = (_path(certfile), None if keyfile is None else _path(keyfile), password)
        self._java = None

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError("cafile, capath and cadata cannot be all omitted")
        files = [] if cafile is None else [_path(cafile)]
        paths = [] if capath is None else [_path(capath)]
        datas = [] if cadata is None else [cadata]
        _checked(_ssl.count_cas, files, paths, datas)
        self._cafiles += files
        self._capaths += paths
        self._cadata += datas
        self._java = None

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        self._default_certs = True
        self._java = None

    def set_default_verify_paths(self):
        self.load_default_certs()

    def set_alpn_protocols(self, protocols):
        self._alpn = [str(p) for p in protocols]
        self._java = None

    def set_ciphers(self, ciphers):
        raise NotImplementedError("set_ciphers: tauraro uses the JDK's default cipher suites")

    def get_ca_certs(self, binary_form=False):
        raise NotImplementedError("get_ca_certs is not supported by tauraro's ssl")

    def wrap_socket(self, *args, **kwargs):
        raise NotImplementedError("tauraro has no socket module: pass the context as ssl= to asyncio, "
                                  "websockets or httpx instead")

    def wrap_bio(self, *args, **kwargs):
        raise NotImplementedError("tauraro has no memory BIOs: pass the context as ssl= to asyncio, "
                                  "websockets or httpx instead")

    def _java_context(self):
        """The JDK SSLContext for the Java network code (made again after any change)."""
        if self._java is None:
            self._java = _checked(_ssl.context, self._server, int(self._verify_mode), self._check_hostname,
                                  self._chain, self._cafiles, self._capaths, self._cadata,
                                  self._default_certs,
                                  self._alpn)
        return self._java

    def __repr__(self):
        return f"<ssl.SSLContext object at {id(self):#x}>"


def _path(p):
    if hasattr(p, "__fspath__"):
        p = p.__fspath__()
    if isinstance(p, bytes):
        p = p.decode()
    return p


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None, capath=None, cadata=None):
    if not isinstance(purpose, Purpose):
        raise TypeError(purpose)
    if purpose == Purpose.SERVER_AUTH:
        context = SSLContext(PROTOCOL_TLS_CLIENT)
    else:
        context = SSLContext(PROTOCOL_TLS_SERVER)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context


def _create_default_https_context():
    return create_default_context()

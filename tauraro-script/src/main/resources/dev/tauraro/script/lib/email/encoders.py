"""email.encoders: set a message's payload transfer encoding and its Content-Transfer-Encoding
header (Python 3.11 documentation)."""

import base64
import quopri

__all__ = ["encode_7or8bit", "encode_base64", "encode_noop", "encode_quopri"]


def _payload_bytes(msg):
    payload = msg.get_payload(decode=True)
    return payload if payload is not None else b""


def encode_base64(msg):
    """Base64 the payload (lines of 76) and set Content-Transfer-Encoding: base64."""
    data = _payload_bytes(msg)
    encoded = base64.encodebytes(data)
    msg.set_payload(encoded.decode("ascii"))
    msg["Content-Transfer-Encoding"] = "base64"


def encode_quopri(msg):
    """Quoted-printable the payload (spaces and tabs quoted) and set the header."""
    encoded = quopri.encodestring(_payload_bytes(msg), quotetabs=True)
    msg.set_payload(encoded.decode("ascii").replace(" ", "=20"))
    msg["Content-Transfer-Encoding"] = "quoted-printable"


def encode_7or8bit(msg):
    """Set Content-Transfer-Encoding to 7bit or 8bit as the payload's bytes need."""
    orig = msg.get_payload(decode=True)
    if orig is None:
        msg["Content-Transfer-Encoding"] = "7bit"
        return
    try:
        orig.decode("ascii")
    except UnicodeError:
        msg["Content-Transfer-Encoding"] = "8bit"
    else:
        msg["Content-Transfer-Encoding"] = "7bit"


def encode_noop(msg):
    """Leave the payload and headers alone."""

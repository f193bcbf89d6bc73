"""email.mime.audio: MIMEAudio; without a subtype it is told from the data's signature
(AIFF/AIFC as x-aiff, Sun au as basic, WAV as x-wav)."""

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart

__all__ = ["MIMEAudio"]


def _what(h):
    if h.startswith(b"FORM") and h[8:12] in (b"AIFC", b"AIFF"):
        return "x-aiff"
    if h.startswith(b".snd"):
        return "basic"
    if h.startswith(b"RIFF") and h[8:12] == b"WAVE" and h[12:16] == b"fmt ":
        return "x-wav"
    return None


class MIMEAudio(MIMENonMultipart):
    def __init__(self, _audiodata, _subtype=None, _encoder=encoders.encode_base64, *,
                 policy=None, **_params):
        if _subtype is None:
            _subtype = _what(_audiodata)
        if _subtype is None:
            raise TypeError("Could not find audio MIME subtype")
        MIMENonMultipart.__init__(self, "audio", _subtype, policy=policy, **_params)
        self.set_payload(_audiodata)
        _encoder(self)

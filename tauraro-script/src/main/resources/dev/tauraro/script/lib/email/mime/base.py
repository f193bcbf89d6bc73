"""email.mime.base: MIMEBase, a Message with Content-Type and MIME-Version set."""

from email import message
from email._policybase import compat32

__all__ = ["MIMEBase"]


class MIMEBase(message.Message):
    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            policy = compat32
        message.Message.__init__(self, policy=policy)
        self.add_header("Content-Type", "%s/%s" % (_maintype, _subtype), **_params)
        self["MIME-Version"] = "1.0"

#!/usr/bin/python3
"""A real SMTP server for the tests (aiosmtpd), saving each message it accepts.

Usage: smtp_server.py OUTDIR [--user U --password P]
Prints 'listening on 127.0.0.1:PORT' once ready. Every accepted message becomes OUTDIR/N.json
with the envelope, the decoded headers, the text body and the attachments, plus OUTDIR/N.eml.
With --user, AUTH is required (over plain TCP: these are loopback tests).
"""
import argparse
import json
import os
import socket
import sys
import time
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("outdir")
parser.add_argument("--user")
parser.add_argument("--password")
args = parser.parse_args()
os.makedirs(args.outdir, exist_ok=True)


class Handler:
    count = 0

    async def handle_DATA(self, server, session, envelope):
        Handler.count += 1
        base = os.path.join(args.outdir, str(Handler.count))
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        message = BytesParser(policy=policy.default).parsebytes(envelope.original_content or envelope.content)
        body = message.get_body(preferencelist=("plain",))
        attachments = [{"filename": part.get_filename(), "content_type": part.get_content_type(),
                        "content": part.get_content() if isinstance(part.get_content(), str) else part.get_content().decode("utf-8")}
                       for part in message.iter_attachments()]
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": {key: str(value) for key, value in message.items()},
            "subject": str(message["subject"]),
            "body": body.get_content() if body is not None else None,
            "attachments": attachments,
        }
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
        os.rename(base + ".json.tmp", base + ".json")
        return "250 Message accepted"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
        and auth_data.password.decode() == args.password
    return AuthResult(success=ok, handled=False)


probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
options = {}
if args.user:
    options = {"authenticator": authenticate, "auth_required": True, "auth_require_tls": False}
controller = Controller(Handler(), hostname="127.0.0.1", port=port, **options)
controller.start()
print(f"listening on 127.0.0.1:{port}", flush=True)
try:
    while True:
        time.sleep(3600)
except KeyboardInterrupt:
    pass
finally:
    controller.stop()

#!/usr/bin/python3
"""A local SMTP server for the dispatch tests (aiosmtpd): messages into the Maildir DIR, AUTH
PLAIN/LOGIN as --user/--password without TLS, and failures by recipient:
  refused*@…   550 at RCPT (a refused recipient)
  tempfail*@…  451 at RCPT (a temporary failure)
  drop*@…      the connection is dropped at DATA the first time, accepted afterwards
Prints "PORT <n>".
"""
import argparse, mailbox, socket, time
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

dropped = set()


class Handler:
    def __init__(self, maildir):
        self.box = mailbox.Maildir(maildir, create=True)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("refused"):
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if local.startswith("tempfail"):
            return "451 4.3.0 Mailbox temporarily unavailable, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for rcpt in envelope.rcpt_tos:
            if rcpt.split("@")[0].lower().startswith("drop") and rcpt not in dropped:
                dropped.add(rcpt)
                server.transport.close()
                return "421 4.4.2 connection dropped"
        self.box.add(envelope.original_content or envelope.content)
        return "250 2.0.0 Message accepted"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (auth_data.login.decode() == ARGS.user and auth_data.password.decode() == ARGS.password)
    return AuthResult(success=ok, handled=False)


ap = argparse.ArgumentParser()
ap.add_argument("--maildir", required=True)
ap.add_argument("--user", default="mailer")
ap.add_argument("--password", default="s3cret")
ARGS = ap.parse_args()
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
controller = Controller(Handler(ARGS.maildir), hostname="127.0.0.1", port=port,
                        authenticator=authenticator, auth_required=False,
                        auth_require_tls=False)
controller.start()
print(f"PORT {port}", flush=True)
try:
    while True:
        time.sleep(3600)
finally:
    controller.stop()

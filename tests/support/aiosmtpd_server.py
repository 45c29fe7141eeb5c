#!/usr/bin/python3
"""An aiosmtpd submission server for Postacı's tests (driven by AiosmtpdServer, see README.md).

Listens on 127.0.0.1 with a port chosen by the OS, prints "READY <port>" on stdout once it
accepts connections, and saves each accepted message into the spool directory as NNN.eml (the
raw DATA bytes) plus NNN.json (the envelope). NNN.json is written before NNN.eml and both are
renamed into place, so a test that sees NNN.eml can read both completely.

The password comes from the environment (POSTACI_TEST_SMTP_PASSWORD), not from argv.

With --oauth-token-file (the tokens.json of oauth_server.py) XOAUTH2 and OAUTHBEARER (RFC 7628)
can be offered: they accept only an access token listed there that has not expired, for the user
it was issued to; a refused token gets the base64 JSON error challenge, then 535 5.7.8.
"""

import argparse
import asyncio
import base64
import hmac
import json
import logging
import os
import secrets
import signal
import ssl
import sys
import time
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

BUILTIN_MECHANISMS = {"PLAIN", "LOGIN"}


class SubmissionSMTP(SMTP):
    # aiosmtpd's own LOGIN prompts are "User Name\0" and "Password\0"; real servers (Postfix,
    # Exim, Exchange) send "Username:" and "Password:" (draft-murchison-sasl-login).
    AuthLoginUsernameChallenge = "Username:"
    AuthLoginPasswordChallenge = "Password:"


class Handler:
    def __init__(self, args, password):
        self.args = args
        self.user = args.user.encode("utf-8")
        self.password = password.encode("utf-8")
        self.counter = 0

    # Called by aiosmtpd for the built-in PLAIN and LOGIN mechanisms.
    def authenticate(self, server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = hmac.compare_digest(auth_data.login, self.user) and hmac.compare_digest(
            auth_data.password, self.password)
        # success=False, handled=False makes aiosmtpd answer 535 5.7.8.
        return AuthResult(success=ok, handled=False, auth_data=auth_data.login.decode("utf-8", "replace"))

    # RFC 2195 CRAM-MD5; aiosmtpd turns "auth_CRAM__MD5" into the mechanism name "CRAM-MD5".
    async def auth_CRAM__MD5(self, server, args):
        challenge = f"<{secrets.randbits(48)}.{int(time.time())}@{self.args.hostname}>".encode()
        response = await server.challenge_auth(challenge)
        if not isinstance(response, bytes):
            return AuthResult(success=False, handled=True)
        user, _, digest = response.decode("utf-8", "replace").rpartition(" ")
        expected = hmac.new(self.password, challenge, "md5").hexdigest()
        ok = user.encode("utf-8") == self.user and hmac.compare_digest(digest.lower(), expected)
        return AuthResult(success=ok, handled=False, auth_data=user)

    def valid_token(self, user, token):
        if not self.args.oauth_token_file:
            return False
        try:
            with open(self.args.oauth_token_file, encoding="utf-8") as f:
                tokens = json.load(f)
        except (OSError, ValueError):
            return False
        entry = tokens.get(token)
        return bool(entry) and entry["expires"] > time.time() and (not entry["sub"] or entry["sub"] == user)

    async def oauth_exchange(self, server, args, parse):
        # RFC 4954 initial response, or an empty challenge first.
        if len(args) > 1:
            try:
                response = base64.b64decode(args[1], validate=True)
            except ValueError:
                return AuthResult(success=False, handled=False)
        else:
            response = await server.challenge_auth("")
            if not isinstance(response, bytes):
                return AuthResult(success=False, handled=True)
        user, token = parse(response.decode("utf-8", "replace"))
        if user is not None and self.valid_token(user, token):
            return AuthResult(success=True, handled=False, auth_data=user)
        error = json.dumps({"status": "401", "schemes": "bearer", "scope": "https://mail.example.test/smtp"})
        await server.challenge_auth(error)  # the client acknowledges (empty line or ^A); then 535
        return AuthResult(success=False, handled=False)

    # Google's and Microsoft's XOAUTH2: "user=U^Aauth=Bearer T^A^A".
    async def auth_XOAUTH2(self, server, args):
        def parse(text):
            fields = dict(f.split("=", 1) for f in text.split("\x01") if "=" in f)
            auth = fields.get("auth", "")
            return (fields.get("user"), auth[7:]) if auth.startswith("Bearer ") else (None, None)
        return await self.oauth_exchange(server, args, parse)

    # RFC 7628 OAUTHBEARER: "n,a=U,^Aauth=Bearer T^A^A".
    async def auth_OAUTHBEARER(self, server, args):
        def parse(text):
            header, _, rest = text.partition("\x01")
            parts = header.split(",")
            if len(parts) < 3 or parts[0] != "n" or not parts[1].startswith("a="):
                return None, None
            user = parts[1][2:].replace("=2C", ",").replace("=3D", "=")
            fields = dict(f.split("=", 1) for f in rest.split("\x01") if "=" in f)
            auth = fields.get("auth", "")
            return (user, auth[7:]) if auth.startswith("Bearer ") else (None, None)
        return await self.oauth_exchange(server, args, parse)

    async def handle_DATA(self, server, session, envelope):
        self.counter += 1
        stem = os.path.join(self.args.spool, f"{self.counter:03d}")
        queue_id = secrets.token_hex(5).upper()
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "mail_options": list(envelope.mail_options),
            "rcpt_options": list(envelope.rcpt_options),
            "queue_id": queue_id,
            "helo": session.host_name,
            "auth_login": session.auth_data if session.authenticated else None,
            "tls": self.args.mode == "implicit-tls" or session.ssl is not None,
            "smtputf8": envelope.smtp_utf8,
        }
        content = envelope.original_content if envelope.original_content is not None else envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        write_atomically(stem + ".json", json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
        write_atomically(stem + ".eml", content)
        return f"250 2.0.0 Ok: queued as {queue_id}"


def write_atomically(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=["plain", "starttls", "implicit-tls"], default="plain")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--spool", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--hostname", default="mail.example.test", help="name in the greeting and EHLO reply")
    parser.add_argument("--user", default="")
    parser.add_argument("--auth-mechanisms", default="PLAIN,LOGIN")
    parser.add_argument("--auth-required", action="store_true")
    parser.add_argument("--oauth-token-file", help="tokens.json of oauth_server.py (XOAUTH2, OAUTHBEARER)")
    parser.add_argument("--auth-without-tls", action="store_true",
                        help="offer AUTH before TLS too (to test clients that must refuse it)")
    parser.add_argument("--require-tls", action="store_true", help="530 for every command before STARTTLS")
    parser.add_argument("--no-smtputf8", action="store_true")
    parser.add_argument("--data-size-limit", type=int, default=33554432,
                        help="SIZE announced in EHLO and enforced (aiosmtpd's data_size_limit; its default is 32 MiB)")
    parser.add_argument("--exit-on-stdin-eof", action="store_true",
                        help="stop when stdin closes, i.e. when the test process that started us dies")
    args = parser.parse_args()
    password = os.environ.get("POSTACI_TEST_SMTP_PASSWORD", "")
    os.makedirs(args.spool, exist_ok=True)

    context = None
    if args.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    handler = Handler(args, password)
    wanted = {m.strip().upper() for m in args.auth_mechanisms.split(",") if m.strip()}
    available = BUILTIN_MECHANISMS | {"CRAM-MD5", "XOAUTH2", "OAUTHBEARER"}
    unknown = wanted - available
    if unknown:
        parser.error(f"unsupported AUTH mechanisms: {', '.join(sorted(unknown))}")
    implicit = args.mode == "implicit-tls"
    # With implicit TLS aiosmtpd does not know the connection is encrypted (its check looks at
    # STARTTLS only), so "AUTH only over TLS" is already guaranteed by the listener itself.
    auth_require_tls = not (implicit or args.auth_without_tls)
    warnings.simplefilter("ignore")  # aiosmtpd warns when auth_required without auth_require_tls
    # aiosmtpd 1.4 logs a deprecation warning of its own making on every successful AUTH.
    logging.getLogger("mail.log").addFilter(lambda record: "login_data is deprecated" not in record.getMessage())

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def factory():
        return SubmissionSMTP(
            handler,
            hostname=args.hostname,
            ident="Postaci test aiosmtpd",
            enable_SMTPUTF8=not args.no_smtputf8,
            data_size_limit=args.data_size_limit,
            tls_context=context if args.mode == "starttls" else None,
            require_starttls=args.require_tls and args.mode == "starttls",
            auth_required=args.auth_required,
            auth_require_tls=auth_require_tls,
            auth_exclude_mechanism=sorted(available - wanted),
            authenticator=handler.authenticate,
            timeout=60,
            loop=loop,
        )

    server = loop.run_until_complete(loop.create_server(
        factory, host=args.host, port=0, ssl=context if implicit else None))
    port = server.sockets[0].getsockname()[1]

    stop = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: stop.done() or stop.set_result(None))
    if args.exit_on_stdin_eof:
        def stdin_readable():
            if not os.read(sys.stdin.fileno(), 4096) and not stop.done():
                stop.set_result(None)
        loop.add_reader(sys.stdin.fileno(), stdin_readable)

    print(f"READY {port}", flush=True)
    loop.run_until_complete(stop)
    server.close()
    loop.run_until_complete(server.wait_closed())
    loop.close()


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""A small OAuth2 authorization server for Postacı's tests (driven by OAuthServer, see README.md).

RFC 6749 authorization code grant with RFC 7636 PKCE (S256 only) and the refresh grant, for one
public client. Listens on 127.0.0.1 over plain HTTP and, with --cert/--key, over HTTPS too (ports
chosen by the OS); prints "READY http=<port> https=<port>" once both accept connections.

  GET  /authorize  checks response_type, client_id, a loopback redirect_uri, state and an S256
                   code_challenge, and answers 302 to redirect_uri?code=...&state=... (the
                   "user" always consents; login_hint becomes the token's subject).
  POST /token      authorization_code (code once, same redirect_uri, verifier must match the
                   challenge) or refresh_token (rotated: the old refresh token stops working).
                   Errors are RFC 6749 §5.2 JSON: invalid_grant, invalid_client, ...
  POST /revoke     token=<refresh token>: that refresh token stops working (RFC 7009 style).

State directory: tokens.json ({access_token: {"expires": epoch seconds, "sub": ...}}, rewritten
atomically; the test SMTP server reads it to accept only currently valid access tokens) and
grants.jsonl (one JSON line per token request or revocation: grant_type, ok, error).
"""

import argparse
import base64
import hashlib
import json
import os
import secrets
import ssl
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
CODES = {}      # code -> {client_id, redirect_uri, challenge, sub, expires}
REFRESH = {}    # refresh token -> sub (valid ones only)
ACCESS = {}     # access token -> {expires, sub}
ARGS = None


def write_atomically(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def log_grant(entry):
    entry["time"] = time.time()
    with open(os.path.join(ARGS.state, "grants.jsonl"), "a", encoding="utf-8") as f:
        f.write(json.dumps(entry) + "\n")


def save_tokens():
    now = time.time()
    for token in [t for t, v in ACCESS.items() if v["expires"] < now - 60]:
        del ACCESS[token]
    write_atomically(os.path.join(ARGS.state, "tokens.json"), json.dumps(ACCESS).encode())


def s256(verifier):
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def is_loopback_redirect(uri):
    parsed = urllib.parse.urlsplit(uri)
    return parsed.scheme == "http" and parsed.hostname in ("127.0.0.1", "::1") and parsed.port


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("oauth_server: " + (fmt % args) + "\n")

    def send(self, status, body, content_type="application/json", headers=None):
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def oauth_error(self, status, error, description):
        self.send(status, json.dumps({"error": error, "error_description": description}))

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/authorize":
            return self.send(404, "not found", "text/plain")
        q = {k: v[0] for k, v in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
        problems = []
        if q.get("response_type") != "code":
            problems.append("response_type must be code")
        if q.get("client_id") != ARGS.client_id:
            problems.append("unknown client_id")
        if not is_loopback_redirect(q.get("redirect_uri", "")):
            problems.append("redirect_uri must be http://127.0.0.1:PORT/...")
        if q.get("code_challenge_method") != "S256" or len(q.get("code_challenge", "")) != 43:
            problems.append("PKCE S256 code_challenge required")
        if not q.get("state"):
            problems.append("state required")
        if q.get("scope") != ARGS.scope:
            problems.append("scope must be " + ARGS.scope)
        if problems:
            return self.send(400, "; ".join(problems), "text/plain")
        code = secrets.token_urlsafe(24)
        with LOCK:
            CODES[code] = {"client_id": q["client_id"], "redirect_uri": q["redirect_uri"],
                           "challenge": q["code_challenge"], "sub": q.get("login_hint", ""),
                           "expires": time.time() + 60}
        target = q["redirect_uri"] + "?" + urllib.parse.urlencode({"code": code, "state": q["state"]})
        self.send(302, "", "text/plain", {"Location": target})

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8", "replace"),
                                                          keep_blank_values=True).items()}
        if url.path == "/revoke":
            with LOCK:
                revoked = REFRESH.pop(form.get("token", ""), None) is not None
                log_grant({"grant_type": "revoke", "ok": revoked})
            return self.send(200, "{}")
        if url.path != "/token":
            return self.send(404, "not found", "text/plain")
        grant = form.get("grant_type", "")
        with LOCK:
            if form.get("client_id") != ARGS.client_id:
                log_grant({"grant_type": grant, "ok": False, "error": "invalid_client"})
                return self.oauth_error(401, "invalid_client", "client_id missing or unknown")
            if grant == "authorization_code":
                entry = CODES.pop(form.get("code", ""), None)  # a code is good once, right or wrong
                if entry is None or entry["expires"] < time.time():
                    error = "unknown or used code"
                elif entry["redirect_uri"] != form.get("redirect_uri"):
                    error = "redirect_uri differs"
                elif s256(form.get("code_verifier", "")) != entry["challenge"]:
                    error = "code_verifier does not match the code_challenge"
                else:
                    error = None
                if error:
                    log_grant({"grant_type": grant, "ok": False, "error": "invalid_grant", "reason": error})
                    return self.oauth_error(400, "invalid_grant", error)
                sub = entry["sub"]
            elif grant == "refresh_token":
                sub = REFRESH.pop(form.get("refresh_token", ""), None)  # rotated: the old one stops working
                if sub is None:
                    log_grant({"grant_type": grant, "ok": False, "error": "invalid_grant"})
                    return self.oauth_error(400, "invalid_grant", "refresh token revoked, rotated or unknown")
            else:
                log_grant({"grant_type": grant, "ok": False, "error": "unsupported_grant_type"})
                return self.oauth_error(400, "unsupported_grant_type", "")
            access = "at-" + secrets.token_urlsafe(24)
            refresh = "rt-" + secrets.token_urlsafe(24)
            ACCESS[access] = {"expires": time.time() + ARGS.access_seconds, "sub": sub}
            REFRESH[refresh] = sub
            save_tokens()
            log_grant({"grant_type": grant, "ok": True})
        self.send(200, json.dumps({"access_token": access, "token_type": "Bearer",
                                   "expires_in": ARGS.access_seconds, "refresh_token": refresh,
                                   "scope": ARGS.scope}))


def serve(server):
    server.serve_forever(poll_interval=0.2)


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--state", required=True, help="directory for tokens.json and grants.jsonl")
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--scope", default="https://mail.example.test/smtp")
    parser.add_argument("--access-seconds", type=int, default=3)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--exit-on-stdin-eof", action="store_true")
    ARGS = parser.parse_args()
    os.makedirs(ARGS.state, exist_ok=True)
    with LOCK:
        save_tokens()

    http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    servers = [http]
    https_port = 0
    if ARGS.cert:
        https = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(ARGS.cert, ARGS.key)
        https.socket = context.wrap_socket(https.socket, server_side=True)
        https_port = https.server_address[1]
        servers.append(https)
    for server in servers:
        threading.Thread(target=serve, args=(server,), daemon=True).start()
    print(f"READY http={http.server_address[1]} https={https_port}", flush=True)
    if ARGS.exit_on_stdin_eof:
        while sys.stdin.buffer.read(4096):
            pass
    else:
        threading.Event().wait()
    for server in servers:
        server.shutdown()


if __name__ == "__main__":
    main()

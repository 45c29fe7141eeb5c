#!/usr/bin/python3
"""parse_message.py FILE: reads a received message the way a mail program would (Python's
`email` package, policy `default`) and prints what it decoded as one JSON object, so that the
C++ tests compare Unicode text, not bytes:

  subject, from_name, from_address, to_name, to_address, message_id, test_id, user_agent,
  date_ok (the Date parses), mime_version, content_type, charset, transfer_encoding,
  body (decoded text, line ends normalised to \\n), max_line (longest line in octets),
  bare_lf_in_crlf (a CRLF file with a lone LF), defects (every parsing defect found)
"""
import email
import email.policy
import json
import sys

raw = open(sys.argv[1], "rb").read()
message = email.message_from_bytes(raw, policy=email.policy.default)
defects = [type(d).__name__ for d in message.defects]
for name, value in message.items():
    defects += [f"{name}: {type(d).__name__}" for d in getattr(value, "defects", ())]


def mailbox(field):
    header = message[field]
    if header is None or not header.addresses:
        return None, None
    address = header.addresses[0]
    return address.display_name, address.addr_spec


from_name, from_address = mailbox("From")
to_name, to_address = mailbox("To")
lines = raw.split(b"\n")
crlf = raw.count(b"\r\n") > 0
print(json.dumps({
    "subject": str(message["Subject"]) if message["Subject"] is not None else None,
    "from_name": from_name,
    "from_address": from_address,
    "to_name": to_name,
    "to_address": to_address,
    "message_id": str(message["Message-ID"]),
    "test_id": str(message["X-Postaci-Test-Id"]),
    "user_agent": str(message["User-Agent"]),
    "date_ok": message["Date"] is not None and message["Date"].datetime is not None,
    "mime_version": str(message["MIME-Version"]),
    "content_type": message.get_content_type(),
    "charset": message.get_content_charset(),
    "transfer_encoding": str(message["Content-Transfer-Encoding"]),
    "body": message.get_content().replace("\r\n", "\n"),
    "max_line": max(len(line.rstrip(b"\r")) for line in lines),
    "bare_lf_in_crlf": crlf and any(not line.endswith(b"\r") for line in lines[:-1]),
    "defects": defects,
}, ensure_ascii=False))

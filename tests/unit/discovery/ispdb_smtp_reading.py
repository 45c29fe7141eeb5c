#!/usr/bin/python3
"""Independent reading of clientConfig v1.1 files for tst_autoconfigparser.

Prints one JSON object: {file name: {"domains": [...], "displayName": str, "smtp": [entry, ...]}}
for every *.xml file in the directory given as the only argument. Each entry has the values as
written (hostname, port, socketType, username, authentication list) and what they mean
(security, auth), worked out here with xml.etree and no code shared with the C++ parser.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

SECURITY = {"ssl": "tls", "starttls": "starttls", "plain": "none"}

# Best first: a password method (auto = PLAIN/LOGIN chosen from EHLO), CRAM-MD5, OAuth2, none.
AUTH_RANK = {
    "password-cleartext": (0, "auto"),
    "plain": (0, "auto"),
    "password-encrypted": (1, "cram-md5"),
    "secure": (1, "cram-md5"),
    "oauth2": (2, "xoauth2"),
    "none": (3, "none"),
    "client-ip-address": (3, "none"),
    "smtp-after-pop": (3, "none"),
}


def text(element, name):
    child = element.find(name)
    if child is None or child.text is None:
        return ""
    return child.text.strip()


def best_auth(values):
    known = [AUTH_RANK[v.lower()] for v in values if v.lower() in AUTH_RANK]
    return min(known)[1] if known else "auto"


def read(path):
    root = ET.parse(path).getroot()
    result = {"domains": [], "displayName": "", "smtp": []}
    for provider in root.findall("emailProvider"):
        result["domains"] += [d.text.strip().lower() for d in provider.findall("domain") if d.text and d.text.strip()]
        if not result["displayName"]:
            result["displayName"] = text(provider, "displayName")
        for server in provider.findall("outgoingServer"):
            if server.get("type") != "smtp":
                continue
            authentication = [(a.text or "").strip() for a in server.findall("authentication")]
            socket_type = text(server, "socketType")
            result["smtp"].append({
                "hostname": text(server, "hostname"),
                "port": int(text(server, "port")),
                "socketType": socket_type,
                "security": SECURITY[socket_type.lower()],
                "username": text(server, "username"),
                "authentication": authentication,
                "auth": best_auth(authentication),
                "oauth2": any(a.lower() == "oauth2" for a in authentication),
            })
    return result


def main():
    directory = sys.argv[1]
    out = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".xml"):
            out[name] = read(os.path.join(directory, name))
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

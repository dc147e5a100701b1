#!/usr/bin/env python3
"""Builds resources/data/common_passwords.qz, the deny list of common passwords.

Source: the 30,000 most common passwords of zxcvbn's frequency lists (Dropbox, MIT licence),
as shipped by Debian's python3-zxcvbn package. Usage:
    apt-get download python3-zxcvbn && dpkg-deb -x python3-zxcvbn_*.deb /tmp/zx
    scripts/make-password-list.py /tmp/zx/usr/lib/python3/dist-packages
The output is qCompress's format (a 4-byte big-endian length, then a zlib stream), one password
a line in rank order (most common first), so that PasswordStrength reads it with qUncompress.
"""
import os
import struct
import sys
import zlib

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages")
from zxcvbn.frequency_lists import FREQUENCY_LISTS  # noqa: E402

words = FREQUENCY_LISTS["passwords"]
data = ("\n".join(words) + "\n").encode("utf-8")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "data", "common_passwords.qz")
with open(out, "wb") as f:
    f.write(struct.pack(">I", len(data)) + zlib.compress(data, 9))
print(f"{len(words)} passwords, {len(data)} bytes, written to {os.path.normpath(out)}")

#!/usr/bin/env python3
"""Damaged and hostile OFDs for the reader's failure tests, made from ruled-2021.ofd (see ../README.md).

Run from the repository root: python3 testdata/ofd/make/make_hostile.py
"""
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SOURCE = HERE / "ruled-2021.ofd"
CONTENT = "Doc_0/Pages/Page_0/Content.xml"


def parts():
    with zipfile.ZipFile(SOURCE) as z:
        return {n: z.read(n) for n in z.namelist()}


def write(name, entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in entries:
            z.writestr(n, data)
    (HERE / name).write_bytes(buf.getvalue())


def replaced(p, part, data):
    return [(n, data if n == part else d) for n, d in p.items()]


def main():
    p = parts()
    src = SOURCE.read_bytes()
    # The first third of the bytes: a download cut short (no central directory).
    (HERE / "corrupt-truncated.ofd").write_bytes(src[: len(src) // 3])

    # Billion laughs in the first page's content.
    bomb = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10))
            + ']>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="5">'
            '<ofd:TextObject ID="6" Boundary="0 0 210 297" Font="1" Size="5"><ofd:TextCode X="20" Y="20">&lol9;</ofd:TextCode>'
            '</ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>')
    write("entity-bomb.ofd", replaced(p, CONTENT, bomb.encode()))

    # An external entity that would read a local file into the page's text.
    xxe = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE page [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
           '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="5">'
           '<ofd:TextObject ID="6" Boundary="0 0 210 297" Font="1" Size="5"><ofd:TextCode X="20" Y="20">&secret;</ofd:TextCode>'
           '</ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>')
    write("xxe-external-entity.ofd", replaced(p, CONTENT, xxe.encode()))

    # Page blocks nested 5,000 deep: ofdrw copies a part's tree recursively (to hash it), so deep nesting
    # would exhaust the stack; the parser's depth limit refuses it first.
    deep = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content>'
            '<ofd:Layer ID="5">' + "<ofd:PageBlock>" * 5000 + "</ofd:PageBlock>" * 5000 + "</ofd:Layer></ofd:Content></ofd:Page>")
    write("deeply-nested-xml.ofd", replaced(p, CONTENT, deep.encode()))

    # A part that inflates to 300 MB of zeros from a few hundred kilobytes.
    write("zip-bomb.ofd", list(p.items()) + [("Doc_0/Res/zeros.bin", bytes(300 * 1024 * 1024))])

    # An entry whose name climbs out of the package.
    write("path-traversal.ofd", list(p.items()) + [("../../outside.txt", b"written outside")])

    # A zip named .ofd without the entry file OFD.xml.
    write("no-ofd-xml.ofd", [(n, d) for n, d in p.items() if n != "OFD.xml"])

    # An encrypted package (GM/T 0099 puts Encryptions.xml at the root; only the marker is made here).
    write("encrypted-gmt0099.ofd", list(p.items()) + [("Encryptions.xml",
          b'<?xml version="1.0" encoding="UTF-8"?><ofd:Encryptions xmlns:ofd="http://www.ofdspec.org/2016"/>')])

    # A text code whose X is not a number.
    text = p[CONTENT].decode()
    at = text.index('<ofd:TextCode X="') + len('<ofd:TextCode X="')
    end = text.index('"', at)
    write("damaged-page-content.ofd", replaced(p, CONTENT, (text[:at] + "x1" + text[end:]).encode()))


if __name__ == "__main__":
    main()

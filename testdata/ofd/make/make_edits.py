#!/usr/bin/env python3
"""Edits of ruled-2021.ofd (see ../README.md): page content moved into composite objects, and damaged and
hostile OFDs for the reader's failure tests.

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


def composite(p, page, unit_id, copies=1):
    """The page's layer drawn through a CompositeObject: its objects moved into a CompositeGraphicUnit of PublicRes."""
    text = p[page].decode()
    start = text.index('<ofd:Layer ID="5">') + len('<ofd:Layer ID="5">')
    end = text.rindex("</ofd:Layer>")
    unit = ('<ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID="%d" Width="210" Height="297"><ofd:Content>%s'
            '</ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits>' % (unit_id, text[start:end]))
    res = p["Doc_0/PublicRes.xml"].decode().replace("</ofd:Res>", unit + "</ofd:Res>")
    drawn = '<ofd:CompositeObject ID="%d" Boundary="0 0 210.010 297.000" ResourceID="%d"/>' % (unit_id + 1, unit_id)
    content = text[:start] + drawn + text[end:]
    return [(n, content.encode() if n == page else res.encode() if n == "Doc_0/PublicRes.xml" else d) for n, d in p.items()]


def amplified(p):
    """Composite graphic units that each draw the next ten times, sixteen deep: 10^16 objects from a few lines."""
    units = "".join('<ofd:CompositeGraphicUnit ID="%d" Width="10" Height="10"><ofd:Content>%s</ofd:Content></ofd:CompositeGraphicUnit>'
                    % (9000 + i, "".join('<ofd:CompositeObject ID="%d" Boundary="0 0 10 10" ResourceID="%d"/>' % (20000 + 10 * i + k, 9001 + i)
                                         for k in range(10)) if i < 16 else "") for i in range(17))
    res = p["Doc_0/PublicRes.xml"].decode().replace("</ofd:Res>", "<ofd:CompositeGraphicUnits>" + units + "</ofd:CompositeGraphicUnits></ofd:Res>")
    text = p[CONTENT].decode()
    at = text.index('<ofd:Layer ID="5">') + len('<ofd:Layer ID="5">')
    content = text[:at] + '<ofd:CompositeObject ID="30000" Boundary="0 0 10 10" ResourceID="9000"/>' + text[at:]
    return [(n, content.encode() if n == CONTENT else res.encode() if n == "Doc_0/PublicRes.xml" else d) for n, d in p.items()]


def main():
    p = parts()
    # Page 1 (表二 and the head of 表三) drawn through one composite object; same values as ruled-2021.
    write("content-in-composite-object.ofd", composite(p, CONTENT, 9001))
    (HERE / "content-in-composite-object.expected.json").write_bytes((HERE / "ruled-2021.expected.json").read_bytes())
    write("composite-objects-amplified.ofd", amplified(p))

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

#!/usr/bin/env python3
"""Makes testdata/hostile/: one input per failure the fuzzing of issue 10 found, and two good reports.

Inputs that fuzzing found are copied from the committed corpora (converters/*/src/test/resources/
org/xxgk/*/*FuzzTestInputs/); the others are made here from the project's own fixtures, by hand-chosen
mutations. Run it in this folder: python3 make_hostile.py
"""
import os
import random
import shutil
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TESTDATA = ROOT / "testdata"


def corpus(module, package, target, method, name):
    return ROOT / "converters" / module / "src/test/resources/org/xxgk" / package / f"{target}FuzzTestInputs" / method / name


# From the fuzzing corpora: (file here, module, package, fuzz test, method, input)
FOUND = [
    ("docx-gridspan-2147483647.docx", "word", "word", "Word", "docx", "docx-gridspan-2147483647.docx"),
    ("docx-zstd-compressed-entry.docx", "word", "word", "Word", "docx", "crash-54cac828554c2d1c09a493ef39a16635f5d83da7"),
    ("doc-hwpf-stylesheet-papx.doc", "word", "word", "Word", "doc", "crash-5f0f9187972c20602687189f34549eb92b8eb9da"),
    ("doc-hwpf-index-out-of-bounds.doc", "word", "word", "Word", "doc", "crash-ad6d6b1f463383c2b1c97899b5655b7f7bed7415"),
    ("xls-merged-A3-AD7425.xls", "excel", "excel", "Excel", "xls", "crash-5d591fef723f94fc24b7cff7925fb9f0f75eb7d3"),
    ("xls-named-cells-sheet-index.xls", "excel", "excel", "Excel", "xls", "crash-3caf07e43fb0f61f742be13fb65c23a8f082656b"),
    ("xls-named-cells-formula-overrun.xls", "excel", "excel", "Excel", "xls", "crash-3daece2fc445c7b830553a5cdde4e0b1580acbfa"),
    ("xls-record-format.xls", "excel", "excel", "Excel", "xls", "crash-13bbfb16dd1bde82efda1b3002c5001ef932f27c"),
    ("xlsx-duplicate-part-name.xlsx", "excel", "excel", "Excel", "xlsx", "crash-2fe61ce5c59adf333ceec78b1abd04519dc8a78f"),
    ("xlsx-long-value-out-of-range.xlsx", "excel", "excel", "Excel", "xlsx", "crash-dcd52da3bbff0226a275f6de5a96932c9a9c8c86"),
    ("xlsx-merged-bad-cell-reference.xlsx", "excel", "excel", "Excel", "xlsx", "crash-640b3f1c30dbdeaff686656aa454659bfea77549"),
    ("xlsx-unsupported-zip-method.xlsx", "excel", "excel", "Excel", "xlsx", "crash-86d525b8da5a053f3b9624450297c3a94fb06405"),
    ("html-span-bomb.html", "html", "html", "Html", "html", "html-span-bomb.html"),
    ("md-delimiter-4000-columns.md", "text", "text", "Text", "text", "md-delimiter-4000-columns.md"),
    ("text-label-1000-chars.txt", "text", "text", "Text", "text", "text-label-1000-chars.txt"),
    ("json-1e999999999.json", "core", "core/data", "Data", "json", "json-1e999999999.json"),
    ("json-5000-digits.json", "core", "core/data", "Data", "json", "json-5000-digits.json"),
    ("json-exponent-overflow.json", "core", "core/data", "Data", "json", "crash-fea55f8ac695d2b92bbb405e8bf4702fbafde096"),
    ("json-nesting-65-deep.json", "core", "core/data", "Data", "json", "crash-51948885756551db4f1116ec619093c95ff1253e"),
    ("json-null-values.json", "core", "core/data", "Data", "json", "json-null-values.json"),
    ("csv-number-format.csv", "core", "core/data", "Data", "csv", "crash-fcb12ca61ad1bfdba9d6e7dea5f773b8df4ce79b"),
    ("csv-5000-digits.csv", "core", "core/data", "Data", "csv", "csv-5000-digits.csv"),
    ("csv-broken-quote.csv", "core", "core/data", "Data", "csv", "csv-broken-quote.csv"),
    ("pdf-type1-font-lexer.pdf", "pdf", "pdf", "Pdf", "pdf", "crash-249abf0969d1ec6777321a0b0972b7b3849c07ae"),
]

# From the fixtures, unchanged: (file here, fixture)
COPIED = [
    ("good-report-2023.docx", "region/reports/04-临江市科学技术局.docx"),
    ("good-report-2023.txt", "region/reports/16-临江市商务局.txt"),
    ("pdf-encrypted-user-password.pdf", "pdf/encrypted-user-password.pdf"),
    ("pdf-truncated.pdf", "pdf/corrupt-truncated.pdf"),
    ("gbk-text-without-charset.txt", "text/gbk-pipes.txt"),
    ("torn-table-t3-lost.html", "html/torn-t3-lost.html"),
]

XLSX = TESTDATA / "excel/template-2021-filled-in-libreoffice.xlsx"
DOCX = TESTDATA / "word/ruled-2021.docx"


def rezip(source, target, change, method=zipfile.ZIP_DEFLATED):
    """Copies a zip package, each part passed through change(name, bytes) (None drops nothing, bytes replace)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", method) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            changed = change(info.filename, data)
            zout.writestr(info.filename, data if changed is None else changed, compress_type=method)


def xlsx_merged_a1_iv5000(target):
    """One merged range over the whole first sheet of a hand-made workbook (not our template, which is read by
    its names): 256 columns × 5,000 rows."""
    def change(name, data):
        if name == "xl/worksheets/sheet1.xml":
            text = data.decode("utf-8")
            return text.replace('<mergeCells count="28">', '<mergeCells count="29"><mergeCell ref="A1:IV5000"/>', 1).encode()
        return None
    rezip(TESTDATA / "excel/handmade-merged-text-numbers.xlsx", target, change)


def xlsx_zip_bomb(target):
    """表三's sheet padded with 40 MB of spaces inside the sheet data: about 40 KB deflated, 1,000 times that inflated."""
    def change(name, data):
        if name == "xl/worksheets/sheet3.xml":
            return data.decode("utf-8").replace("</sheetData>", " " * (40 << 20) + "</sheetData>", 1).encode()
        return None
    rezip(XLSX, target, change)


def xlsx_entity_bomb(target):
    """The shared strings declare the billion laughs (ten entities, each ten of the one before) and use the last."""
    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    def change(name, data):
        if name == "xl/sharedStrings.xml":
            text = data.decode("utf-8")
            head, sep, rest = text.partition("?>")
            root = rest.lstrip()
            tag = root[1:root.index(" ")]
            body = f"{head}{sep}<!DOCTYPE {tag} [{''.join(lol)}]>{root}"
            return body.replace("<t>", "<t>&lol9;", 1).replace('<t xml:space="preserve">', '<t xml:space="preserve">&lol9;', 1).encode()
        return None
    rezip(XLSX, target, change)


def docx_xxe(target):
    """The document declares an external entity naming /etc/passwd and puts it in the first run of text."""
    def change(name, data):
        if name == "word/document.xml":
            text = data.decode("utf-8")
            head, sep, rest = text.partition("?>")
            body = f'{head}{sep}<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>{rest}'
            return body.replace("<w:t>", "<w:t>&xxe;", 1).encode()
        return None
    rezip(DOCX, target, change)


def docx_deep_nesting(target, depth=20000):
    """Tables nested 20,000 deep, each row marked with a random revision id so that the part does not compress
    a hundredfold (which the zip-bomb bound would refuse before the nesting is reached)."""
    rnd = random.Random(10)
    def change(name, data):
        if name == "word/document.xml":
            text = data.decode("utf-8")
            start = text.index("<w:body>") + len("<w:body>")
            opening = "".join(f'<w:tbl><w:tr w:rsidR="{rnd.getrandbits(32):08X}"><w:tc>' for _ in range(depth))
            closing = "<w:p/></w:tc></w:tr></w:tbl>" * depth
            return (text[:start] + opening + closing + text[start:]).encode()
        return None
    rezip(DOCX, target, change)


ODS = TESTDATA / "odf/blank-first-last-cells.ods"
ODT = TESTDATA / "odf/blank-first-last-cells.odt"


def odf(source, target, change):
    """Copies an OpenDocument package, its mimetype first and stored, content.xml passed through change(text)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "content.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info.filename, data,
                          compress_type=zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED)


def ods_repeated_2147483647(target):
    """The sheet's first row repeated 2,147,483,647 times and its title cell repeated as many columns over, and
    spanning as many: what a spreadsheet program would expand into 2³¹ × 2³¹ cells."""
    def change(text):
        text = text.replace('<table:table-row table:style-name="ro1">',
                            '<table:table-row table:style-name="ro1" table:number-rows-repeated="2147483647">', 1)
        return text.replace('table:number-columns-spanned="27"',
                            'table:number-columns-spanned="2147483647" table:number-columns-repeated="2147483647"', 1)
    odf(ODS, target, change)


def ods_zip_bomb(target):
    """content.xml padded with 40 MB of spaces before its end: about 40 KB deflated."""
    odf(ODS, target, lambda text: text.replace("</office:document-content>", " " * (40 << 20) + "</office:document-content>"))


def odt_nested_tables(target, depth=20000):
    """A text document whose first table holds tables nested 20,000 deep (random names so that it does not
    compress a hundredfold)."""
    rnd = random.Random(11)
    def change(text):
        start = text.index("<table:table ")
        opening = "".join(f'<table:table table:name="T{rnd.getrandbits(32):08X}"><table:table-row><table:table-cell>'
                          for _ in range(depth))
        closing = "<text:p/></table:table-cell></table:table-row></table:table>" * depth
        return text[:start] + opening + closing + text[start:]
    odf(ODT, target, change)


def odt_entity_bomb(target):
    """content.xml declaring the billion laughs (which OpenDocument never has) and using it in a paragraph."""
    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    def change(text):
        head, sep, rest = text.partition("?>")
        return f"{head}{sep}<!DOCTYPE office:document-content [{''.join(lol)}]>{rest}".replace("<text:p>", "<text:p>&lol9;", 1)
    odf(ODT, target, change)


def pdf(objects):
    """A PDF of these object bodies (numbered from 1), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_page_tree_cycle(target):
    """The page tree's root has a child whose only kid is the root again."""
    target.write_bytes(pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]))


def main():
    for name, module, package, target, method, source in FOUND:
        shutil.copyfile(corpus(module, package, target, method, source), HERE / name)
    for name, fixture in COPIED:
        shutil.copyfile(TESTDATA / fixture, HERE / name)
    xlsx_merged_a1_iv5000(HERE / "xlsx-merged-A1-IV5000.xlsx")
    xlsx_zip_bomb(HERE / "xlsx-zip-bomb.xlsx")
    xlsx_entity_bomb(HERE / "xlsx-entity-bomb.xlsx")
    docx_xxe(HERE / "docx-xxe-external-entity.docx")
    docx_deep_nesting(HERE / "docx-tables-nested-20000-deep.docx")
    pdf_page_tree_cycle(HERE / "pdf-page-tree-cycle.pdf")
    (HERE / "empty-file.docx").write_bytes(b"")
    ods_repeated_2147483647(HERE / "ods-repeated-2147483647.ods")
    ods_zip_bomb(HERE / "ods-zip-bomb.ods")
    odt_nested_tables(HERE / "odt-tables-nested-20000-deep.odt")
    odt_entity_bomb(HERE / "odt-entity-bomb.odt")


if __name__ == "__main__":
    main()

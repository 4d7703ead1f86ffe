#!/usr/bin/env python3
"""Makes the fixtures of issue 12 for blank edge cells and several reports in one file, for every reader.

Each report is written here as HTML in the official layout (the table builders of
../pdf/make/make_fixtures.py, labels of spec/indicators.md), with values chosen by this script: every rule
(勾稽关系) holds, and zeros are written as blank cells so that every table has rows whose first and last
cells are blank (表四's one row starts blank and ends in five blanks). LibreOffice (headless) saves the
HTML as an agency's office suite would; the expected JSON beside each file is written from the chosen
values, never from running xxgk.

    python3 testdata/odf/make_fixtures.py

Needs python3 and LibreOffice (Writer and Calc) with fonts-noto-cjk. Not run by the build: the outputs
are committed. Writes, in testdata/odf, html, word, excel and pdf:

  blank-first-last-cells.{odt,ods}      testdata/odf
  blank-first-last-cells.html           testdata/html (the HTML as written here)
  blank-first-last-cells-office.html    testdata/html (the same saved again as HTML by LibreOffice Writer)
  blank-first-last-cells.{docx,doc}     testdata/word
  blank-first-last-cells.{xlsx,xls}     testdata/excel (the page opened in Calc: one sheet, merged cells)
  blank-first-last-cells.pdf            testdata/pdf (ruled tables)
  two-townships.html                    testdata/html (a county's page: two townships' reports one after the other)
  two-townships.{docx,odt}              testdata/word, testdata/odf
  two-townships.pdf                     testdata/pdf (the page through Writer to PDF: ruled tables)
  two-townships-filled.pdf              testdata/pdf (another county's page, every column filled)
  two-townships*.pdftotext-layout.txt   testdata/text-tools (`pdftotext -layout` of those PDFs;
                                        two-townships's in known-gaps/, see that folder's README)

    python3 testdata/odf/make_fixtures.py --two-townships-pdf   # only the last two (needs poppler-utils too)
"""

import importlib.util
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTDATA = HERE.parent

_spec = importlib.util.spec_from_file_location("official", TESTDATA / "pdf" / "make" / "make_fixtures.py")
official = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(official)

PROFILE = "file:///tmp/lo-odf"

# ---------------------------------------------------------------- values, zeros written as blanks

# 表三 rows left wholly blank (first and last cell blank): the whole row is 0.
T3_BLANK_ROWS = {"withheld_1", "withheld_2", "withheld_8", "unavailable_3", "rejected_4", "other_2"}
# Applicant columns left blank in every row: the first (自然人) and the last (其他).
T3_BLANK_COLUMNS = {"natural", "other_org"}


def blank_values(seed):
    """Chosen values of a 2021 report: {code: number}. Zeros become blank cells when printed."""
    rng = random.Random(seed)
    v = {}
    # 表二: three-column rows blank first and last; the one-column rows alternate blank and filled.
    for code in ("rules", "normative_docs"):
        v[f"t2.{code}.issued"] = 0
        v[f"t2.{code}.repealed"] = rng.randint(1, 9)
        v[f"t2.{code}.in_force"] = 0
    v["t2.licensing.decisions"] = 0
    v["t2.penalty.decisions"] = rng.randint(10, 90)
    v["t2.enforcement.decisions"] = 0
    v["t2.fees.amount"] = round(rng.randint(100, 9999) / 100, 2)
    # 表三: results first, then the rows that balance them (一 + 二 = 三（七） + 四, per column).
    results = official.T3_RESULTS_2021
    for col in official.APPLICANTS:
        total = 0
        for code, _, _ in results:
            blank = code in T3_BLANK_ROWS or col in T3_BLANK_COLUMNS or rng.random() < 0.25
            n = 0 if blank else rng.randint(1, 9)
            v[f"t3.{code}.{col}"] = n
            total += n
        v[f"t3.total.{col}"] = total
        if col in T3_BLANK_COLUMNS:
            v[f"t3.carried_out.{col}"] = v[f"t3.carried_in.{col}"] = v[f"t3.new.{col}"] = 0
            continue
        v[f"t3.carried_out.{col}"] = rng.randint(1, 4)
        v[f"t3.carried_in.{col}"] = rng.randint(1, min(5, total + v[f"t3.carried_out.{col}"]))
        v[f"t3.new.{col}"] = total + v[f"t3.carried_out.{col}"] - v[f"t3.carried_in.{col}"]
    for row in ["new", "carried_in"] + [r[0] for r in results] + ["total", "carried_out"]:
        v[f"t3.{row}.total"] = sum(v[f"t3.{row}.{c}"] for c in official.APPLICANTS)
    # 表四: the row starts with a blank (复议 结果维持) and ends with five (复议后起诉, all 0).
    outcomes = [c for c, _ in official.T4_OUTCOMES if c != "total"]
    review = {"upheld": 0, "corrected": rng.randint(1, 5), "other": rng.randint(1, 5), "pending": 0}
    direct = {"upheld": rng.randint(1, 5), "corrected": 0, "other": rng.randint(1, 5), "pending": rng.randint(1, 5)}
    after = {c: 0 for c in outcomes}
    for group, parts in (("review", review), ("suit_direct", direct), ("suit_after_review", after)):
        for c in outcomes:
            v[f"t4.{group}.{c}"] = parts[c]
        v[f"t4.{group}.total"] = sum(parts.values())
    return v


class Shown(dict):
    """The values as printed: a zero is an empty cell."""

    def __init__(self, values):
        super().__init__({k: ("" if n == 0 else n) for k, n in values.items()})


def tables(v):
    st = official.Style()
    shown = Shown(v)
    return (
        "<p><b>二、主动公开政府信息情况</b></p>" + official.table2("2021", shown, st)
        + "<p><b>三、收到和处理政府信息公开申请情况</b></p>" + official.table3("2021", shown, st)
        + "<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>" + official.table4(shown, st)
    )


def report_body(agency, year, signed, v, seed):
    rng = random.Random(seed)
    return "".join([
        f'<p align="center" style="font-size:15pt"><b>{agency}{year}年政府信息公开工作年度报告</b></p>',
        f'<p style="text-indent:2em">本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为{year}年1月1日至12月31日。</p>',
        "<p><b>一、总体情况</b></p>",
        official.paragraphs(rng, 2),
        tables(v),
        "<p><b>五、存在的主要问题及改进情况</b></p>",
        official.paragraphs(rng, 1),
        "<p><b>六、其他需要报告的事项</b></p>",
        "<p style=\"text-indent:2em\">本机关未收取信息处理费。</p>",
        f'<p align="right">{agency}</p>',
        f'<p align="right">{signed}</p>',
    ])


def page(title, body):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + title + '</title>'
            '<style>body{font-family:"Noto Sans CJK SC";font-size:11pt} p{margin:0 0 4pt 0}</style></head><body>'
            + body + "</body></html>")


def expected(agency, year, signed, v):
    return {
        "agency": agency,
        "year": year,
        "published": official.published(signed),
        "generations": {"t2": "2021", "t3": "2021", "t4": "2021"},
        "values": official.ordered_values("2021", v),
        "inferred": [],
        "problems": [],
    }


# ---------------------------------------------------------------- the fixtures

BLANK = dict(agency="临江市东城区人力资源和社会保障局", year=2023, signed="2024年1月22日", seed=1201)
TOWNSHIPS = [
    dict(agency="临江市东城区青石镇人民政府", year=2023, signed="2024年1月18日", seed=1211),
    dict(agency="临江市东城区白沙乡人民政府", year=2023, signed="2024年1月25日", seed=1212),
]
COUNTY_TITLE = "临江市东城区2023年度乡镇政府信息公开工作年度报告汇编"


def two_townships_values():
    """The first township's blank rows (T3_BLANK_ROWS) are filled in the second's: a carried value would show."""
    first = blank_values(TOWNSHIPS[0]["seed"])
    second = official.values_of(official.fixture("two", TOWNSHIPS[1]["seed"]))
    return [first, second]


def soffice(src, target, outdir, infilter):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", f"--infilter={infilter}",
                    "--convert-to", target, "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


WRITER = "HTML (StarWriter)"
CALC = "HTML (StarCalc)"


def convert(html, name, work, target, ext, infilter, outdir, out_name=None):
    soffice(html, target, work, infilter)
    shutil.copy(work / f"{name}.{ext}", outdir / f"{out_name or name}.{ext}")


def write_json(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def two_townships_page(work, name="two-townships", title=COUNTY_TITLE, townships=None, values=None):
    """A county's page as HTML, the chosen values of its reports and their expected JSON."""
    townships = townships or TOWNSHIPS
    values = values or two_townships_values()
    body = f'<h1 align="center">{title}</h1>' + "".join(
        report_body(t["agency"], t["year"], t["signed"], v, t["seed"]) for t, v in zip(townships, values))
    html = work / f"{name}.html"
    html.write_text(page(title, body), encoding="utf-8")
    return html, [expected(t["agency"], t["year"], t["signed"], v) for t, v in zip(townships, values)]


# Two townships whose every column holds numbers (the values of ../pdf/make/make_fixtures.py), none left
# blank: what pdftotext -layout keeps of it is every number in its column.
FILLED = [
    dict(agency="临江市北湖区金桥镇人民政府", year=2023, signed="2024年1月12日", seed=1221),
    dict(agency="临江市北湖区云溪乡人民政府", year=2023, signed="2024年1月29日", seed=1222),
]
FILLED_TITLE = "临江市北湖区2023年度乡镇政府信息公开工作年度报告"


def two_townships_pdf(work):
    """The pages through Writer to PDF (testdata/pdf), and pdftotext -layout of each PDF (testdata/text-tools)."""
    pdf, tools = TESTDATA / "pdf", TESTDATA / "text-tools"
    filled = [official.values_of(official.fixture("two", t["seed"])) for t in FILLED]
    for name, made in (("two-townships", two_townships_page(work)),
                       ("two-townships-filled", two_townships_page(work, "two-townships-filled", FILLED_TITLE,
                                                                   FILLED, filled))):
        html, exp = made
        convert(html, name, work, "pdf:writer_pdf_Export", "pdf", WRITER, pdf)
        # A column left blank in every row (the first township's 自然人) leaves pdftotext no trace of it.
        folder = tools / "known-gaps" if name == "two-townships" else tools
        text = folder / f"{name}.pdftotext-layout.txt"
        subprocess.run(["pdftotext", "-layout", str(pdf / f"{name}.pdf"), str(text)], check=True)
        write_json(pdf / f"{name}.expected.json", exp)
        write_json(folder / f"{name}.pdftotext-layout.expected.json", exp)


def main():
    if "--two-townships-pdf" in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            two_townships_pdf(Path(tmp))
        print("made two-townships{,-filled}.pdf and their pdftotext -layout text")
        return
    odf, html_dir, word, excel, pdf = (TESTDATA / d for d in ("odf", "html", "word", "excel", "pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # One report whose every table has blank first and last cells, in every format.
        name = "blank-first-last-cells"
        v = blank_values(BLANK["seed"])
        html = work / f"{name}.html"
        html.write_text(page(f"{BLANK['agency']}{BLANK['year']}年政府信息公开工作年度报告",
                             report_body(BLANK["agency"], BLANK["year"], BLANK["signed"], v, BLANK["seed"])),
                        encoding="utf-8")
        exp = expected(BLANK["agency"], BLANK["year"], BLANK["signed"], v)
        shutil.copy(html, html_dir / html.name)
        convert(html, name, work, "odt", "odt", WRITER, odf)
        convert(html, name, work, "docx:MS Word 2007 XML", "docx", WRITER, word)
        convert(html, name, work, "doc:MS Word 97", "doc", WRITER, word)
        convert(html, name, work, "pdf:writer_pdf_Export", "pdf", WRITER, pdf)
        convert(html, name, work, "ods", "ods", CALC, odf)
        convert(html, name, work, "xlsx:Calc MS Excel 2007 XML", "xlsx", CALC, excel)
        convert(html, name, work, "xls:MS Excel 97", "xls", CALC, excel)
        # The page saved again as HTML by the office suite (as Word users publish "web pages").
        office = work / "office"
        office.mkdir()
        soffice(work / f"{name}.odt", "html:HTML (StarWriter)", office, "writer8")
        shutil.copy(office / f"{name}.html", html_dir / f"{name}-office.html")
        for d, n in ((odf, name), (html_dir, name), (html_dir, f"{name}-office"), (word, name), (excel, name),
                     (pdf, name)):
            write_json(d / f"{n}.expected.json", exp)

        # A county's page: two townships' reports one after the other.
        name = "two-townships"
        html, exp = two_townships_page(work)
        shutil.copy(html, html_dir / html.name)
        convert(html, name, work, "docx:MS Word 2007 XML", "docx", WRITER, word)
        convert(html, name, work, "odt", "odt", WRITER, odf)
        for d in (html_dir, word, odf):
            write_json(d / f"{name}.expected.json", exp)
        two_townships_pdf(work)
    print("made blank-first-last-cells.* and two-townships.*")


if __name__ == "__main__":
    main()

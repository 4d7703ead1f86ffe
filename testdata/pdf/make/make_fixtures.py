#!/usr/bin/env python3
"""Makes the PDF and Word fixtures of testdata/pdf and testdata/word the way agencies make theirs.

Each report is written here as HTML by hand (the official layout of 表二, 表三 and 表四 with the labels of
spec/indicators.md), with values chosen by this script that satisfy every rule and are non-zero in every
column. LibreOffice (headless) turns the HTML into PDF, DOCX and DOC. The expected JSON beside each file is
written from the chosen values, never from running xxgk.

Needs: python3, LibreOffice Writer (`apt-get install libreoffice-writer-nogui fonts-noto-cjk`; the drawn PDFs need
`fonts-droid-fallback fonts-liberation` instead), Java 17 and
the PDFBox jar in ~/.m2 (for the scanned and encrypted variants, see PdfTools.java). Not run by the build.

    python3 testdata/pdf/make/make_fixtures.py            # all fixtures
    python3 testdata/pdf/make/make_fixtures.py --word     # testdata/word only (--pdf: testdata/pdf only)
    python3 testdata/pdf/make/make_fixtures.py --drawn    # the PDFs drawn by DrawReport.java only
    python3 testdata/pdf/make/make_fixtures.py --bench    # also the long reports of testdata/pdf/bench
    python3 testdata/pdf/make/make_fixtures.py --drawn --bench3   # also the 3-page reports of testdata/pdf/bench-3page
"""

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTDATA = HERE.parent.parent
PDF_DIR = TESTDATA / "pdf"
WORD_DIR = TESTDATA / "word"
BENCH_DIR = PDF_DIR / "bench"
BENCH3_DIR = PDF_DIR / "bench-3page"

# ---------------------------------------------------------------- labels (spec/indicators.md)

T3_COLUMNS = ["natural", "commercial", "research", "nonprofit", "legal_service", "other_org", "total"]
APPLICANTS = T3_COLUMNS[:-1]

# (row code, label, parent heading) in the official order; None codes are headings.
T3_RESULTS_2021 = [
    ("granted", "（一）予以公开", None),
    ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("withheld_1", "1.属于国家秘密", "（三）不予公开"),
    ("withheld_2", "2.其他法律行政法规禁止公开", "（三）不予公开"),
    ("withheld_3", "3.危及“三安全一稳定”", "（三）不予公开"),
    ("withheld_4", "4.保护第三方合法权益", "（三）不予公开"),
    ("withheld_5", "5.属于三类内部事务信息", "（三）不予公开"),
    ("withheld_6", "6.属于四类过程性信息", "（三）不予公开"),
    ("withheld_7", "7.属于行政执法案卷", "（三）不予公开"),
    ("withheld_8", "8.属于行政查询事项", "（三）不予公开"),
    ("unavailable_1", "1.本机关不掌握相关政府信息", "（四）无法提供"),
    ("unavailable_2", "2.没有现成信息需要另行制作", "（四）无法提供"),
    ("unavailable_3", "3.补正后申请内容仍不明确", "（四）无法提供"),
    ("rejected_1", "1.信访举报投诉类申请", "（五）不予处理"),
    ("rejected_2", "2.重复申请", "（五）不予处理"),
    ("rejected_3", "3.要求提供公开出版物", "（五）不予处理"),
    ("rejected_4", "4.无正当理由大量反复申请", "（五）不予处理"),
    ("rejected_5", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
    ("other_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other_2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other_3", "3.其他", "（六）其他处理"),
]
T3_RESULTS_2019 = [r for r in T3_RESULTS_2021 if not r[0].startswith("other_")]
T3_RESULTS_2019.insert(len(T3_RESULTS_2019), ("other", "（六）其他处理", None))

T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T4_GROUPS = ["review", "suit_direct", "suit_after_review"]
T4_OUTCOMES = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
               ("total", "总计")]

# 表二 blocks: (block label, column labels, [(row code, row label)], column codes)
T2_2021 = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("rules", "规章"), ("normative_docs", "行政规范性文件")], ["issued", "repealed", "in_force"]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("licensing", "行政许可")], ["decisions"]),
    ("第二十条第（六）项", ["本年处理决定数量"], [("penalty", "行政处罚"), ("enforcement", "行政强制")], ["decisions"]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("fees", "行政事业性收费")], ["amount"]),
]
T2_2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("rules", "规章"), ("normative_docs", "规范性文件")], ["made", "published", "total_public"]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")], ["prev_items", "change", "decisions"]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("penalty", "行政处罚"), ("enforcement", "行政强制")], ["prev_items", "change", "decisions"]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("fees", "行政事业性收费")], ["prev_items", "change"]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("procurement", "政府集中采购")], ["items", "amount"]),
]

FILLER = [
    "本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
    "围绕中心工作，健全公开制度，拓宽公开渠道，提升公开质量，保障人民群众的知情权、参与权、表达权和监督权。",
    "全年通过门户网站、政务新媒体和政务公开专区主动公开各类政府信息，及时更新机构职能、政策文件、"
    "财政预决算、重点领域信息等内容，做到应公开尽公开。",
    "严格执行政府信息公开申请受理、审查、答复等工作流程，规范答复文书格式，依法按时答复，"
    "未发生因依申请公开答复不当引发的行政复议纠错或行政诉讼败诉情况。",
    "加强政策解读和回应关切，对涉及群众切身利益的重要政策文件做到同步起草、同步审签、同步发布解读材料，"
    "通过图文解读、问答等多种形式增强政策的可读性和易懂性。",
    "强化政府信息管理，落实信息发布保密审查制度，对拟公开的政府信息逐条审核，"
    "动态更新政府信息公开指南和主动公开目录。",
    "持续加强门户网站和政务新媒体建设，优化栏目设置，规范信息发布，加强日常监测和安全防护，"
    "确保平台安全平稳运行。",
]


# ---------------------------------------------------------------- values that satisfy every rule

def t2_values(rng, gen):
    v = {}
    for _, _, rows, cols in (T2_2021 if gen == "2021" else T2_2019):
        for code, _ in rows:
            for col in cols:
                key = f"t2.{code}.{col}"
                if col == "amount":
                    v[key] = round(rng.randint(100, 99999) / 100, 2)
                elif col == "change":
                    v[key] = rng.choice([-3, -2, -1, 1, 2, 4, 5])
                else:
                    v[key] = rng.randint(1, 60)
    return v


def t3_values(rng, gen):
    results = T3_RESULTS_2021 if gen == "2021" else T3_RESULTS_2019
    v = {}
    for col in APPLICANTS:
        total = 0
        for code, _, _ in results:
            n = 0 if rng.random() < 0.3 else rng.randint(1, 9)
            v[f"t3.{code}.{col}"] = n
            total += n
        if total == 0:
            v[f"t3.granted.{col}"] = 1
            total = 1
        carried_out = rng.randint(1, 4)
        carried_in = rng.randint(1, 5)
        v[f"t3.total.{col}"] = total
        v[f"t3.carried_out.{col}"] = carried_out
        v[f"t3.carried_in.{col}"] = carried_in
        v[f"t3.new.{col}"] = total + carried_out - carried_in
        if v[f"t3.new.{col}"] < 0:
            v[f"t3.carried_in.{col}"] = 0
            v[f"t3.new.{col}"] = total + carried_out
    for row in ["new", "carried_in"] + [r[0] for r in results] + ["total", "carried_out"]:
        v[f"t3.{row}.total"] = sum(v[f"t3.{row}.{c}"] for c in APPLICANTS)
    return v


def t4_values(rng):
    v = {}
    for g in T4_GROUPS:
        parts = [rng.randint(1, 6) for _ in range(4)]
        for (code, _), n in zip(T4_OUTCOMES, parts + [sum(parts)]):
            v[f"t4.{g}.{code}"] = n
    return v


def ordered_values(gen, v):
    """The values in indicators.md order: 表二, 表三 row by row, 表四."""
    out = {}
    for _, _, rows, cols in (T2_2021 if gen == "2021" else T2_2019):
        for code, _ in rows:
            for col in cols:
                out[f"t2.{code}.{col}"] = v[f"t2.{code}.{col}"]
    results = T3_RESULTS_2021 if gen == "2021" else T3_RESULTS_2019
    for row in ["new", "carried_in"] + [r[0] for r in results] + ["total", "carried_out"]:
        for c in T3_COLUMNS:
            out[f"t3.{row}.{c}"] = v[f"t3.{row}.{c}"]
    for g in T4_GROUPS:
        for code, _ in T4_OUTCOMES:
            out[f"t4.{g}.{code}"] = v[f"t4.{g}.{code}"]
    return out


# ---------------------------------------------------------------- HTML of the official layout

def fmt(n):
    if isinstance(n, float):
        return f"{n:.2f}"
    return str(n)


class Style:
    """How one fixture prints its tables."""

    def __init__(self, ruled=True, vertical=False, spaced=False, repeat_header=False, padding=3, font_pt=9):
        self.ruled = ruled
        self.vertical = vertical
        self.spaced = spaced
        self.repeat_header = repeat_header
        self.padding = padding
        self.font_pt = font_pt

    def table(self):
        border = 'border="1"' if self.ruled else 'border="0"'
        return (f'<table {border} cellspacing="0" cellpadding="{self.padding}" width="100%" '
                f'style="border-collapse:collapse;font-size:{self.font_pt}pt">')

    def heading(self, text):
        """A column heading, letter-spaced the way some agencies centre short headings."""
        if self.spaced and len(text) <= 5:
            return f'<span style="letter-spacing:6pt">{text}</span>'
        return text

    def down(self, text):
        """A label written down a merged column, one character per line."""
        return "<br>".join(text) if self.vertical else text


def td(text, rowspan=1, colspan=1, align=None):
    attrs = ""
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    if align:
        attrs += f' align="{align}"'
    return f"<td{attrs}>{text}</td>"


def table2(gen, v, st):
    rows = []
    for block, col_labels, block_rows, cols in (T2_2021 if gen == "2021" else T2_2019):
        rows.append(td(block, colspan=4, align="center"))
        cells = [td(st.heading("信息内容"))]
        for i, label in enumerate(col_labels):
            span = 4 - 1 - i if i == len(col_labels) - 1 else 1
            cells.append(td(st.heading(label), colspan=span, align="center"))
        rows.append("".join(cells))
        for code, label in block_rows:
            cells = [td(label)]
            for i, col in enumerate(cols):
                span = 4 - 1 - i if i == len(cols) - 1 else 1
                cells.append(td(fmt(v[f"t2.{code}.{col}"]), colspan=span, align="center"))
            rows.append("".join(cells))
    return st.table() + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


def table3(gen, v, st):
    results = T3_RESULTS_2021 if gen == "2021" else T3_RESULTS_2019
    head = [
        td(T3_NOTE, rowspan=3, colspan=3) + td(st.heading("申请人情况"), colspan=7, align="center"),
        td(st.heading("自然人"), rowspan=2, align="center") + td("法人或其他组织", colspan=5, align="center")
        + td(st.heading("总计"), rowspan=2, align="center"),
        "".join(td(st.heading(x), align="center") for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]),
    ]

    def values(row):
        return "".join(td(fmt(v[f"t3.{row}.{c}"]), align="center") for c in T3_COLUMNS)

    body = [td("一、本年新收政府信息公开申请数量", colspan=3) + values("new"),
            td("二、上年结转政府信息公开申请数量", colspan=3) + values("carried_in")]
    first = True
    seen_parents = set()
    for code, label, parent in results + [("total", "（七）总计", None)]:
        cells = ""
        if first:
            cells += td(st.down("三、本年度办理结果"), rowspan=len(results) + 1)
            first = False
        if parent is None:
            cells += td(st.heading(label) if code == "total" else label, colspan=2)
        else:
            if parent not in seen_parents:
                seen_parents.add(parent)
                count = sum(1 for r in results if r[2] == parent)
                cells += td(st.down(parent), rowspan=count)
            cells += td(label)
        body.append(cells + values(code))
    body.append(td("四、结转下年度继续办理", colspan=3) + values("carried_out"))
    if st.repeat_header:
        return (st.table() + "<thead>" + "".join(f"<tr>{r}</tr>" for r in head) + "</thead><tbody>"
                + "".join(f"<tr>{r}</tr>" for r in body) + "</tbody></table>")
    return st.table() + "".join(f"<tr>{r}</tr>" for r in head + body) + "</table>"


def table4(v, st):
    outcomes = "".join(td(st.heading(label), align="center") for _, label in T4_OUTCOMES)
    rows = [
        td(st.heading("行政复议"), colspan=5, align="center") + td(st.heading("行政诉讼"), colspan=10, align="center"),
        "".join(td(st.heading(label), rowspan=2, align="center") for _, label in T4_OUTCOMES)
        + td("未经复议直接起诉", colspan=5, align="center") + td("复议后起诉", colspan=5, align="center"),
        outcomes + outcomes,
        "".join(td(fmt(v[f"t4.{g}.{c}"]), align="center") for g in T4_GROUPS for c, _ in T4_OUTCOMES),
    ]
    return st.table() + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


def paragraphs(rng, n):
    return "".join(f"<p style=\"text-indent:2em\">{rng.choice(FILLER)}{rng.choice(FILLER)}</p>" for _ in range(n))


def short_lines(n):
    """One-line paragraphs: fine steps for moving a table down the page."""
    return "".join("<p>（此行为版面调整留白。）</p>" for _ in range(n))


def report_html(fx, v):
    rng = random.Random(fx["seed"] + 1)
    st = fx["style"]
    gen = fx["gen"]
    parts = [
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>report</title>',
        '<style>body{font-family:"Noto Sans CJK SC";font-size:11pt} p{margin:0 0 4pt 0}</style></head><body>',
        f'<p align="center" style="font-size:15pt"><b>{fx["agency"]}{fx["year"]}年政府信息公开工作年度报告</b></p>',
        f'<p style="text-indent:2em">本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为{fx["year"]}年1月1日至12月31日。</p>',
        "<p><b>一、总体情况</b></p>",
        paragraphs(rng, fx.get("intro", 3)),
        "<p><b>二、主动公开政府信息情况</b></p>",
        table2(gen, v, st),
        paragraphs(rng, fx.get("before_t3", 0)),
        short_lines(fx.get("lines_before_t3", 0)),
        "<p><b>三、收到和处理政府信息公开申请情况</b></p>",
        table3(gen, v, st),
        paragraphs(rng, fx.get("before_t4", 0)),
        short_lines(fx.get("lines_before_t4", 0)),
        "<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>",
        table4(v, st),
        "<p><b>五、存在的主要问题及改进情况</b></p>",
        paragraphs(rng, fx.get("outro", 2)),
        "<p><b>六、其他需要报告的事项</b></p>",
        "<p style=\"text-indent:2em\">本机关未收取信息处理费。</p>",
        f'<p align="right">{fx["agency"]}</p>',
        f'<p align="right">{fx["signed"]}</p>',
        "</body></html>",
    ]
    html = "".join(parts)
    if fx.get("nested"):
        # The whole report inside one outer table cell, as some agencies' templates lay out their pages.
        start = html.index("<body>") + len("<body>")
        end = html.index("</body>")
        html = html[:start] + '<table border="0" width="100%"><tr><td>' + html[start:end] + "</td></tr></table>" + html[end:]
    return html


# ---------------------------------------------------------------- drawn reports (DrawReport.java)
#
# What LibreOffice cannot be made to do is drawn by DrawReport.java from a layout written here: tables
# laid out as WPS lays them out (rows kept whole, the last row on a page left open at the page foot,
# the page number under it, no header repeated), tables without any line, titles wrapped by width,
# a Title property of its own. The same official layout as the HTML above, as rows of cells.

class Drawn:
    """How a drawn fixture prints its tables."""

    def __init__(self, ruled=True, vertical=False, blanks=False, valign="middle", label_valign="middle",
                 row_height=0, size=9, padding=3):
        self.ruled = ruled
        self.vertical = vertical
        self.blanks = blanks
        self.valign = valign
        self.label_valign = label_valign
        self.row_height = row_height
        self.size = size
        self.padding = padding


def dcell(text, rowspan=1, colspan=1, align="left", valign="middle"):
    return (rowspan, colspan, align, valign, text)


def dvalue(n, st):
    return "" if st.blanks and n == 0 else fmt(n)


def down(text, st):
    return "\n".join(text) if st.vertical else text


def t2_rows(gen, v, st):
    rows = []
    for block, col_labels, block_rows, cols in (T2_2021 if gen == "2021" else T2_2019):
        rows.append([dcell(block, colspan=4, align="center")])
        cells = [dcell("信息内容", align="center")]
        for i, label in enumerate(col_labels):
            span = 4 - 1 - i if i == len(col_labels) - 1 else 1
            cells.append(dcell(label, colspan=span, align="center"))
        rows.append(cells)
        for code, label in block_rows:
            cells = [dcell(label, valign=st.label_valign)]
            for i, col in enumerate(cols):
                span = 4 - 1 - i if i == len(cols) - 1 else 1
                cells.append(dcell(dvalue(v[f"t2.{code}.{col}"], st), colspan=span, align="center", valign=st.valign))
            rows.append(cells)
    return rows


def t3_rows(gen, v, st):
    results = T3_RESULTS_2021 if gen == "2021" else T3_RESULTS_2019
    rows = [
        [dcell(T3_NOTE, rowspan=3, colspan=3), dcell("申请人情况", colspan=7, align="center")],
        [dcell("自然人", rowspan=2, align="center"), dcell("法人或其他组织", colspan=5, align="center"),
         dcell("总计", rowspan=2, align="center")],
        [dcell(x, align="center") for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]],
    ]

    def values(row):
        return [dcell(dvalue(v[f"t3.{row}.{c}"], st), align="center", valign=st.valign) for c in T3_COLUMNS]

    rows.append([dcell("一、本年新收政府信息公开申请数量", colspan=3, valign=st.label_valign)] + values("new"))
    rows.append([dcell("二、上年结转政府信息公开申请数量", colspan=3, valign=st.label_valign)] + values("carried_in"))
    seen = set()
    for i, (code, label, parent) in enumerate(results + [("total", "（七）总计", None)]):
        cells = []
        if i == 0:
            cells.append(dcell(down("三、本年度办理结果", st), rowspan=len(results) + 1, align="center"))
        if parent is None:
            cells.append(dcell(label, colspan=2, valign=st.label_valign))
        else:
            if parent not in seen:
                seen.add(parent)
                cells.append(dcell(down(parent, st), rowspan=sum(1 for r in results if r[2] == parent), align="center"))
            cells.append(dcell(label, valign=st.label_valign))
        rows.append(cells + values(code))
    rows.append([dcell("四、结转下年度继续办理", colspan=3, valign=st.label_valign)] + values("carried_out"))
    return rows


def t4_rows(v, st):
    outcomes = [dcell(label, align="center") for _, label in T4_OUTCOMES]
    return [
        [dcell("行政复议", colspan=5, align="center"), dcell("行政诉讼", colspan=10, align="center")],
        [dcell(label, rowspan=2, align="center") for _, label in T4_OUTCOMES]
        + [dcell("未经复议直接起诉", colspan=5, align="center"), dcell("复议后起诉", colspan=5, align="center")],
        outcomes + outcomes,
        [dcell(dvalue(v[f"t4.{g}.{c}"], st), align="center", valign=st.valign) for g in T4_GROUPS for c, _ in T4_OUTCOMES],
    ]


T3_WIDTHS = [22, 46, 128] + [34] * 7
T2_WIDTHS = [150, 95, 95, 95]
T4_WIDTHS = [29] * 15


def layout_table(rows, widths, st, end_at=None, repeat=0):
    out = ["table\t%s\t%s\t%s\t%s" % ("ruled" if st.ruled else "unruled", st.size, st.padding,
                                      ",".join(str(w) for w in widths))]
    if end_at is not None:
        out.append(f"endat\t{end_at}")
    if repeat:
        out.append(f"repeat\t{repeat}")
    for cells in rows:
        out.append(f"row\t{st.row_height}")
        for rowspan, colspan, align, valign, text in cells:
            out.append(f"cell\t{rowspan}\t{colspan}\t{align}\t{valign}\t{text.replace(chr(10), chr(92) + 'n')}")
    out.append("end")
    return out


def row_index(rows, label):
    """The row of a table that holds a label: where a break is set."""
    for i, cells in enumerate(rows):
        if any(c[4] == label for c in cells):
            return i
    raise KeyError(label)


def drawn_layout(fx, v):
    st = fx["drawn"]
    gen = fx["gen"]
    rng = random.Random(fx["seed"] + 1)
    title = fx.get("title_text", f'{fx["agency"]}{fx["year"]}年政府信息公开工作年度报告')
    out = ["page\t595.3\t841.9\t80\t72\t80\t72"]
    if fx.get("page_number"):
        out.append(f'pagenumber\t{fx["page_number"]}\t9\t22')
    if fx.get("title_property"):
        out.append(f'title\t{fx["title_property"]}')
    para = lambda text, align="left", size=10.5: out.append(f"para\t{align}\t{size}\t{text}")
    if fx.get("show_title", True):
        para(title, "center", fx.get("title_size", 15))
    para(f'本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为{fx["year"]}年1月1日至12月31日。')
    para("一、总体情况")
    for _ in range(fx.get("intro", 2)):
        para("　　" + rng.choice(FILLER) + rng.choice(FILLER))
    t2 = t2_rows(gen, v, st)
    t3 = t3_rows(gen, v, st)
    breaks = fx.get("break_after", {})
    para("二、主动公开政府信息情况")
    out.extend(layout_table(t2, T2_WIDTHS, st, row_index(t2, breaks["t2"]) if "t2" in breaks else None))
    if fx.get("t3_new_page"):
        out.append("break")
    para("三、收到和处理政府信息公开申请情况")
    out.extend(layout_table(t3, T3_WIDTHS, st, row_index(t3, breaks["t3"]) if "t3" in breaks else None,
                            fx.get("repeat_header", 0)))
    para("四、政府信息公开行政复议、行政诉讼情况")
    out.extend(layout_table(t4_rows(v, st), T4_WIDTHS, st))
    para("五、存在的主要问题及改进情况")
    for _ in range(fx.get("outro", 1)):
        para("　　" + rng.choice(FILLER))
    para("六、其他需要报告的事项")
    para("　　本机关未收取信息处理费。")
    para(fx.get("signature", fx["agency"]), "right")
    para(fx["signed"], "right")
    return "\n".join(out) + "\n"


def draw(fx, outdir, work):
    v = values_of(fx)
    layout = work / f"{fx['name']}.layout"
    layout.write_text(drawn_layout(fx, v), encoding="utf-8")
    pdftools_program("DrawReport.java", layout, outdir / f"{fx['name']}.pdf")
    exp = expected(fx, v)
    exp.update(fx.get("expect", {}))
    write_json(outdir / f"{fx['name']}.expected.json", exp)
    return v


# ---------------------------------------------------------------- the fixtures

def fixture(name, seed, gen="2021", year=2023, agency="临江市住房和城乡建设局", signed="2024年1月20日",
            style=None, **kw):
    fx = dict(name=name, seed=seed, gen=gen, year=year, agency=agency, signed=signed, style=style or Style())
    fx.update(kw)
    return fx


PDF_FIXTURES = [
    fixture("ruled-2021", 101),
    fixture("ruled-2019", 102, gen="2019", year=2020, agency="临江市人民政府办公室", signed="2021年1月25日"),
    fixture("table3-split-across-pages", 103, agency="临江市公安局", signed="2024年1月18日", intro=9),
    fixture("table3-split-header-repeated", 104, agency="临江市东城区人民政府", signed="2024年1月22日", intro=9,
            style=Style(repeat_header=True)),
    fixture("table3-three-pages", 105, year=2022, agency="临江市自然资源和规划局", signed="2023年1月16日", intro=1,
            style=Style(padding=8, font_pt=14)),
    fixture("table4-row-on-next-page", 106, year=2024, agency="临江市市场监督管理局", signed="2025年1月21日",
            intro=1, before_t4=15),
    fixture("unruled-stream", 107, gen="2019", year=2019, agency="临江市交通运输局", signed="2020年1月31日",
            style=Style(ruled=False, font_pt=7)),
    fixture("vertical-labels", 108, agency="临江市教育局", signed="2024年1月19日", style=Style(vertical=True)),
    fixture("letter-spaced-labels", 109, year=2022, agency="临江市卫生健康委员会", signed="2023年1月28日",
            style=Style(spaced=True)),
]

WORD_FIXTURES = [
    fixture("ruled-2021", 201, agency="临江市财政局", signed="2024年1月23日"),
    fixture("ruled-2019", 202, gen="2019", year=2020, agency="临江市民政局", signed="2021年1月20日"),
    fixture("vertical-labels", 203, agency="临江市水利局", signed="2024年1月26日", style=Style(vertical=True)),
    fixture("nested-table", 204, year=2022, agency="临江市司法局", signed="2023年1月17日", nested=True),
    fixture("content-controls", 205, agency="临江市文化和旅游局", signed="2024年1月24日", sdt=True),
]

DOC_FIXTURES = [
    fixture("word97-2021", 301, agency="临江市审计局", signed="2024年1月29日"),
]

BENCH_FIXTURES = [
    fixture(f"long-report-{i:02d}", 400 + i, agency="临江市城市管理局", signed="2024年1月30日",
            intro=100 * i, outro=100 * i - 5)
    for i in range(1, 4)
]


DRAWN_FIXTURES = [
    fixture("wps-break-table2-row-at-page-foot", 501, agency="临江市人力资源和社会保障局", signed="2024年1月22日",
            drawn=Drawn(blanks=True), page_number="- {n} -", intro=4, break_after={"t2": "行政许可"}),
    fixture("wps-break-table3-row-at-page-foot", 502, agency="临江市生态环境局", signed="2024年1月25日",
            drawn=Drawn(blanks=True), page_number="第 {n} 页 共 {total} 页", t3_new_page=True,
            break_after={"t3": "2.没有现成信息需要另行制作"}),
    fixture("wps-break-table3-header-repeated", 503, year=2024, agency="临江市商务局", signed="2025年1月27日",
            drawn=Drawn(blanks=True), page_number="临江市商务局　　{n}", t3_new_page=True, repeat_header=3,
            break_after={"t3": "2.没有现成信息需要另行制作"}),
    fixture("unruled-wps-vertical-labels", 504, agency="临江市农业农村局", signed="2024年1月23日",
            drawn=Drawn(ruled=False, vertical=True, blanks=True), page_number="- {n} -"),
    fixture("unruled-values-at-bottom", 505, gen="2019", year=2020, agency="临江市林业局", signed="2021年1月26日",
            drawn=Drawn(ruled=False, blanks=True, valign="bottom", label_valign="top", row_height=30)),
    fixture("unruled-values-at-middle", 506, agency="临江市应急管理局", signed="2024年1月24日",
            drawn=Drawn(ruled=False, blanks=True, valign="middle", label_valign="top", row_height=34)),
    fixture("title-wrapped-two-lines", 507, agency="临江市经济技术开发区管理委员会人力资源和社会保障局",
            signed="2024年1月29日", title_size=18, drawn=Drawn(blanks=True)),
    fixture("title-property-disagrees", 508, agency="临江市人力资源和社会保障局", signed="2024年1月19日",
            title_property="临江市人力资源和社会保障局2022年政府信息公开工作年度报告", drawn=Drawn(blanks=True),
            expect={"problems": ["warning metadata_conflict"]}),
]

# 3-page reports that are tables and nothing else, for `xxgk bench pdf` (the CPU ratio against tabula).
BENCH3_FIXTURES = [
    fixture(f"tables-only-{i:02d}", 600 + i, agency="临江市统计局", signed="2024年1月31日", intro=0, outro=0,
            drawn=Drawn(blanks=i % 2 == 0, size=10, padding=4), t3_new_page=True)
    for i in range(1, 7)
]

def expected(fx, v):
    return {
        "agency": fx["agency"],
        "year": fx["year"],
        "published": published(fx["signed"]),
        "generations": {"t2": fx["gen"], "t3": fx["gen"], "t4": fx["gen"]},
        "values": ordered_values(fx["gen"], v),
        "inferred": [],
        "problems": [],
    }


def published(signed):
    y, rest = signed.split("年")
    m, rest = rest.split("月")
    d = rest.rstrip("日")
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def values_of(fx):
    rng = random.Random(fx["seed"])
    v = {}
    v.update(t2_values(rng, fx["gen"]))
    v.update(t3_values(rng, fx["gen"]))
    v.update(t4_values(rng))
    return v


# ---------------------------------------------------------------- conversion

def soffice(src, target, outdir):
    """LibreOffice's own conversion, as an agency's office suite saves the report."""
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", target,
                    "--outdir", str(outdir), str(src)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def pdftools(*args):
    pdftools_program("PdfTools.java", *args)


def pdftools_program(program, *args):
    cp = ":".join(str(p) for p in pdfbox_jars())
    subprocess.run(["java", "-cp", cp, str(HERE / program), *[str(a) for a in args]], check=True)


def pdfbox_jars():
    m2 = Path.home() / ".m2" / "repository"
    jars = [m2 / "org/apache/pdfbox/pdfbox/2.0.35/pdfbox-2.0.35.jar",
            m2 / "org/apache/pdfbox/fontbox/2.0.35/fontbox-2.0.35.jar"]
    jars += list((m2 / "commons-logging/commons-logging").glob("*/commons-logging-*.jar"))[:1]
    return jars


def make(fx, outdir, target, ext, work):
    v = values_of(fx)
    html = work / f"{fx['name']}.html"
    html.write_text(report_html(fx, v), encoding="utf-8")
    soffice(html, target, work)
    produced = work / f"{fx['name']}.{ext}"
    if fx.get("sdt"):
        wrap_in_content_controls(produced)
    shutil.copy(produced, outdir / f"{fx['name']}.{ext}")
    write_json(outdir / f"{fx['name']}.expected.json", expected(fx, v))
    return v


def write_json(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def wrap_in_content_controls(docx):
    """Puts every table cell's paragraphs into a content control (w:sdt), as templates with fill-in fields do."""
    tmp = docx.with_suffix(".tmp")
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = sdt_cells(data.decode("utf-8")).encode("utf-8")
            dst.writestr(item, data)
    tmp.replace(docx)


def sdt_cells(xml):
    """Every cell's paragraphs in a content control, and every table in one too (POI's model drops those)."""
    import re
    counter = [0]

    def control(content, kind):
        counter[0] += 1
        return (f'<w:sdt><w:sdtPr><w:id w:val="{1000 + counter[0]}"/>{kind}</w:sdtPr><w:sdtContent>'
                + content + "</w:sdtContent></w:sdt>")

    # A cell: <w:tc><w:tcPr>…</w:tcPr> paragraphs </w:tc>; the paragraphs go into a block-level content control.
    xml = re.sub(r"(<w:tc>(?:<w:tcPr>.*?</w:tcPr>)?)(.*?)(</w:tc>)",
                 lambda m: m.group(1) + control(m.group(2), "<w:text/>") + m.group(3), xml, flags=re.S)
    return re.sub(r"<w:tbl>.*?</w:tbl>", lambda m: control(m.group(0), "<w:richText/>"), xml, flags=re.S)


def main():
    """No argument: the PDF and Word fixtures; --pdf or --word: one kind only; --bench: also the long reports."""
    bench = "--bench" in sys.argv
    kinds = {a for a in sys.argv[1:] if a in ("--pdf", "--word", "--drawn")} or {"--pdf", "--word", "--drawn"}
    PDF_DIR.mkdir(exist_ok=True)
    WORD_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "--pdf" in kinds:
            for fx in PDF_FIXTURES:
                make(fx, PDF_DIR, "pdf:writer_pdf_Export", "pdf", work)
                print("pdf ", fx["name"])
            special(work)
        if "--bench3" in sys.argv:
            BENCH3_DIR.mkdir(exist_ok=True)
            for fx in BENCH3_FIXTURES:
                draw(fx, BENCH3_DIR, work)
                print("bench3", fx["name"])
        if "--drawn" in kinds:
            for fx in DRAWN_FIXTURES:
                draw(fx, PDF_DIR, work)
                print("drawn", fx["name"])
        if "--word" in kinds:
            for fx in WORD_FIXTURES:
                make(fx, WORD_DIR, "docx:MS Word 2007 XML", "docx", work)
                print("docx", fx["name"])
            for fx in DOC_FIXTURES:
                make(fx, WORD_DIR, "doc:MS Word 97", "doc", work)
                print("doc ", fx["name"])
            data = (WORD_DIR / "ruled-2021.docx").read_bytes()
            (WORD_DIR / "corrupt-truncated.docx").write_bytes(data[: len(data) // 2])
        if bench:
            BENCH_DIR.mkdir(exist_ok=True)
            for fx in BENCH_FIXTURES:
                make(fx, BENCH_DIR, "pdf:writer_pdf_Export", "pdf", work)
                print("bench", fx["name"])


def special(work):
    """The PDFs that must fail or that hide their text: scanned, encrypted, truncated."""
    ruled = PDF_DIR / "ruled-2021.pdf"
    pdftools("scan", ruled, PDF_DIR / "scanned-image-only.pdf")
    pdftools("scan", ruled, PDF_DIR / "scanned-table-pages.pdf", "1,2")
    pdftools("encrypt", ruled, PDF_DIR / "encrypted-owner-password.pdf", "owner-secret", "")
    shutil.copy(PDF_DIR / "ruled-2021.expected.json", PDF_DIR / "encrypted-owner-password.expected.json")
    pdftools("encrypt", ruled, PDF_DIR / "encrypted-user-password.pdf", "owner-secret", "user-secret")
    for name, args in {"turned-landscape-rotate-90.pdf": ("turn", 90), "turned-landscape-rotate-270.pdf": ("turn", 270),
                       "rotated-by-mistake-90.pdf": ("rotate", 90), "rotated-by-mistake-180.pdf": ("rotate", 180)}.items():
        pdftools(args[0], ruled, PDF_DIR / name, args[1])
        shutil.copy(PDF_DIR / "ruled-2021.expected.json", PDF_DIR / name.replace(".pdf", ".expected.json"))
    data = ruled.read_bytes()
    (PDF_DIR / "corrupt-truncated.pdf").write_bytes(data[: len(data) // 3])
    print("pdf  scanned, encrypted, rotated, corrupt")


if __name__ == "__main__":
    main()

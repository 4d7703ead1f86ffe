#!/usr/bin/env python3
"""Writes the text fixtures of this folder and their expected JSON.

The values are chosen here, by hand, so that every applicant column holds non-zero numbers and the
rules hold (or break exactly where a fixture says); the expected JSON is computed from these choices,
never by running xxgk. Run from this folder: python3 make_fixtures.py
"""
import json

COLS = ["natural", "commercial", "research", "nonprofit", "legal_service", "other_org"]
RESULT_ROWS_2021 = ["granted", "partial"] + [f"withheld_{i}" for i in range(1, 9)] + \
    [f"unavailable_{i}" for i in range(1, 4)] + [f"rejected_{i}" for i in range(1, 6)] + [f"other_{i}" for i in range(1, 4)]
RESULT_ROWS_2019 = RESULT_ROWS_2021[:-3] + ["other"]
LABELS = {
    "new": "一、本年新收政府信息公开申请数量", "carried_in": "二、上年结转政府信息公开申请数量",
    "granted": "(一)予以公开", "partial": "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
    "withheld_1": "1.属于国家秘密", "withheld_2": "2.其他法律行政法规禁止公开", "withheld_3": "3.危及“三安全一稳定”",
    "withheld_4": "4.保护第三方合法权益", "withheld_5": "5.属于三类内部事务信息", "withheld_6": "6.属于四类过程性信息",
    "withheld_7": "7.属于行政执法案卷", "withheld_8": "8.属于行政查询事项",
    "unavailable_1": "1.本机关不掌握相关政府信息", "unavailable_2": "2.没有现成信息需要另行制作",
    "unavailable_3": "3.补正后申请内容仍不明确", "rejected_1": "1.信访举报投诉类申请", "rejected_2": "2.重复申请",
    "rejected_3": "3.要求提供公开出版物", "rejected_4": "4.无正当理由大量反复申请",
    "rejected_5": "5.要求行政机关确认或重新出具已获取信息",
    "other_1": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_2": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other_3": "3.其他",
    "other": "(六)其他处理", "total": "(七)总计", "carried_out": "四、结转下年度继续办理",
}
PARENTS = {"withheld_1": "(三)不予公开", "unavailable_1": "(四)无法提供", "rejected_1": "(五)不予处理", "other_1": "(六)其他处理"}
T4 = [f"t4.{g}.{o}" for g in ["review", "suit_direct", "suit_after_review"] for o in ["upheld", "corrected", "other", "pending", "total"]]


def t3_values(rows, seed, carried_in, carried_out):
    """Results row by row and column by column from a fixed pattern, then the totals the rules imply."""
    v = {}
    for c_i, c in enumerate(COLS):
        total = 0
        for r_i, r in enumerate(rows):
            n = (r_i * 3 + c_i * 5 + seed) % 7
            n = n if n < 5 else 0
            v[f"t3.{r}.{c}"] = n
            total += n
        v[f"t3.total.{c}"] = total
        v[f"t3.carried_in.{c}"] = carried_in[c_i]
        v[f"t3.carried_out.{c}"] = carried_out[c_i]
        v[f"t3.new.{c}"] = total + carried_out[c_i] - carried_in[c_i]
    for r in ["new", "carried_in"] + rows + ["total", "carried_out"]:
        v[f"t3.{r}.total"] = sum(v[f"t3.{r}.{c}"] for c in COLS)
    order = ["new", "carried_in"] + rows + ["total", "carried_out"]
    return {f"t3.{r}.{c}": v[f"t3.{r}.{c}"] for r in order for c in COLS + ["total"]}


def t4_values(groups):
    v = {}
    for g, outcomes in zip(["review", "suit_direct", "suit_after_review"], groups):
        for o, n in zip(["upheld", "corrected", "other", "pending"], outcomes):
            v[f"t4.{g}.{o}"] = n
        v[f"t4.{g}.total"] = sum(outcomes)
    return {k: v[k] for k in T4}


T2_2021 = {"t2.rules.issued": 1, "t2.rules.repealed": 0, "t2.rules.in_force": 5,
           "t2.normative_docs.issued": 3, "t2.normative_docs.repealed": 1, "t2.normative_docs.in_force": 12,
           "t2.licensing.decisions": 1234, "t2.penalty.decisions": 7, "t2.enforcement.decisions": 2, "t2.fees.amount": 1.25}


def t2_2021_lines(v, sep=" | ", variants=False):
    head = "本年新发件数" if variants else "本年制发件数"
    return [
        f"第二十条第（一）项{sep}{sep}{sep}", f"信息内容{sep}{head}{sep}本年废止件数{sep}现行有效件数",
        f"规章{sep}{v['t2.rules.issued']}{sep}{v['t2.rules.repealed']}{sep}{v['t2.rules.in_force']}",
        f"{'规范性文件' if variants else '行政规范性文件'}{sep}{v['t2.normative_docs.issued']}{sep}{v['t2.normative_docs.repealed']}{sep}{v['t2.normative_docs.in_force']}",
        f"第二十条第（五）项{sep}{sep}{sep}", f"信息内容{sep}本年处理决定数量{sep}{sep}",
        f"行政许可{sep}{'1,234' if variants else v['t2.licensing.decisions']}{sep}{sep}",
        f"第二十条第（六）项{sep}{sep}{sep}", f"信息内容{sep}本年处理决定数量{sep}{sep}",
        f"行政处罚{sep}{'７' if variants else v['t2.penalty.decisions']}{sep}{sep}", f"行政强制{sep}{v['t2.enforcement.decisions']}{sep}{sep}",
        f"第二十条第（八）项{sep}{sep}{sep}", f"信息内容{sep}本年收费金额(单位:万元){sep}{sep}",
        f"行政事业性收费{sep}{v['t2.fees.amount']}{sep}{sep}",
    ]


def t3_lines(v, rows, sep=" | ", label_padding=True, cell=lambda code, n: str(n), label=lambda r: LABELS[r]):
    """表三 as a browser copies it: merged label cells leave empty padding cells when label_padding."""
    pad = lambda k: (sep * k) if label_padding else ""
    out = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" + pad(2) + sep + "申请人情况",
           pad(3) + "自然人" + sep + "法人或其他组织" + sep * 5 + "总计",
           pad(4) + sep.join(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])]

    def values(r):
        return sep.join(cell(f"t3.{r}.{c}", v[f"t3.{r}.{c}"]) for c in COLS + ["total"])
    out.append(label("new") + pad(2) + sep + values("new"))
    out.append(label("carried_in") + pad(2) + sep + values("carried_in"))
    for i, r in enumerate(rows):
        lead = ("三、本年度办理结果" + sep) if i == 0 else pad(1)
        if r in PARENTS and not (r == "other" and rows[-1] == "other"):
            out.append(lead + PARENTS[r] + sep + label(r) + sep + values(r))
        elif r.split("_")[0] in ("withheld", "unavailable", "rejected", "other") and r != "other":
            out.append(lead + pad(1) + label(r) + sep + values(r))
        else:
            out.append(lead + label(r) + pad(1) + sep + values(r))
    out.append(pad(1) + label("total") + pad(1) + sep + values("total"))
    out.append(label("carried_out") + pad(2) + sep + values("carried_out"))
    return out


def t4_lines(v, sep=" | "):
    return ["行政复议" + sep * 5 + "行政诉讼",
            sep.join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉"]) + sep * 5 + "复议后起诉",
            sep * 5 + sep.join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2),
            sep.join(str(v[k]) for k in T4)]


def write(name, lines, expected, encoding="utf-8"):
    with open(name, "w", encoding=encoding, newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    base = name.rsplit(".", 1)[0]
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


def report(agency, year, title_year=None):
    return [f"{agency}{title_year or year}年政府信息公开工作年度报告", "一、总体情况", "本年度依法做好政府信息公开工作。",
            "二、主动公开政府信息情况"]


def ending(agency, date):
    return ["五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。", agency, date]


def expected(agency, year, published, generations, values, problems=(), inferred=()):
    return {"agency": agency, "year": year, "published": published, "generations": generations,
            "values": values, "inferred": list(inferred), "problems": list(problems)}


G2021 = {"t2": "2021", "t3": "2021", "t4": "2021"}

# 1. A browser's copy of an HTML table: tabs, empty cells kept, merged labels leave padding cells.
agency = "临江市交通运输局"
t3 = t3_values(RESULT_ROWS_2021, 1, [2, 1, 0, 1, 0, 1], [1, 0, 2, 0, 1, 0])
t4 = t4_values([[1, 2, 0, 1], [0, 1, 1, 0], [2, 0, 0, 1]])
write("tabs-browser-copy.txt",
      report(agency, 2023) + t2_2021_lines(T2_2021, "\t") + ["三、收到和处理政府信息公开申请情况"]
      + t3_lines(t3, RESULT_ROWS_2021, "\t") + ["四、政府信息公开行政复议、行政诉讼情况"] + t4_lines(t4, "\t")
      + ending(agency, "2024年1月25日"),
      expected(agency, 2023, "2024-01-25", G2021, {**T2_2021, **t3, **t4}))

# 2. The 2019 format: 表二's five blocks with a signed change and 251000元 in the 万元 column; 表三 with one （六） row.
agency = "临江市发展和改革委员会"
t2_2019 = {"t2.rules.made": 0, "t2.rules.published": 0, "t2.rules.total_public": 0,
           "t2.normative_docs.made": 2, "t2.normative_docs.published": 2, "t2.normative_docs.total_public": 18,
           "t2.licensing.prev_items": 46, "t2.licensing.change": -2, "t2.licensing.decisions": 311,
           "t2.other_services.prev_items": 12, "t2.other_services.change": 1, "t2.other_services.decisions": 95,
           "t2.penalty.prev_items": 30, "t2.penalty.change": 0, "t2.penalty.decisions": 17,
           "t2.enforcement.prev_items": 4, "t2.enforcement.change": 0, "t2.enforcement.decisions": 3,
           "t2.fees.prev_items": 2, "t2.fees.change": -1, "t2.procurement.items": 6, "t2.procurement.amount": 25.1}
t3 = t3_values(RESULT_ROWS_2019, 2, [1, 0, 0, 1, 0, 0], [0, 1, 0, 0, 0, 1])
t4 = t4_values([[2, 0, 1, 0], [1, 0, 0, 1], [0, 0, 1, 0]])
v = t2_2019
lines_2019 = [
    "第二十条第（一）项 | | |", "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量",
    f"规章 | {v['t2.rules.made']} | {v['t2.rules.published']} | {v['t2.rules.total_public']}",
    f"规范性文件 | {v['t2.normative_docs.made']} | {v['t2.normative_docs.published']} | {v['t2.normative_docs.total_public']}",
    "第二十条第（五）项 | | |", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
    f"行政许可 | {v['t2.licensing.prev_items']} | {v['t2.licensing.change']} | {v['t2.licensing.decisions']}",
    f"其他对外管理服务事项 | {v['t2.other_services.prev_items']} | +{v['t2.other_services.change']} | {v['t2.other_services.decisions']}",
    "第二十条第（六）项 | | |", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
    f"行政处罚 | {v['t2.penalty.prev_items']} | {v['t2.penalty.change']} | {v['t2.penalty.decisions']}",
    f"行政强制 | {v['t2.enforcement.prev_items']} | {v['t2.enforcement.change']} | {v['t2.enforcement.decisions']}",
    "第二十条第（八）项 | | |", "信息内容 | 上一年项目数量 | 本年增/减 |",
    f"行政事业性收费 | {v['t2.fees.prev_items']} | {v['t2.fees.change']} |",
    "第二十条第（九）项 | | |", "信息内容 | 采购项目数量 | 采购总金额 |",
    f"政府集中采购 | {v['t2.procurement.items']} | 251000元 |",
]
write("pipes-2019-format.txt",
      report(agency, 2020) + lines_2019 + ["三、收到和处理政府信息公开申请情况"] + t3_lines(t3, RESULT_ROWS_2019)
      + ["四、政府信息公开行政复议、行政诉讼情况"] + t4_lines(t4) + ending(agency, "2021年1月15日"),
      expected(agency, 2020, "2021-01-15", {"t2": "2019", "t3": "2019", "t4": "2019"}, {**t2_2019, **t3, **t4},
               problems=["info unit_converted"]))

# 3. Label variants and number spellings: ASCII and full-width punctuation, 1、 for 1., spaces inside labels,
#    an annotation after a label, a wrong character, placeholders and full-width digits for zero cells.
agency = "临江市教育局"
t3 = t3_values(RESULT_ROWS_2021, 3, [0, 2, 1, 0, 0, 1], [2, 0, 0, 1, 0, 0])
t4 = t4_values([[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 2]])
placeholders = ["-", "/", "无", "—", "０"]


def variant_cell(code, n):
    if n == 0:
        return placeholders[sum(map(ord, code)) % len(placeholders)]
    return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")) if code.endswith("research") else str(n)


def variant_label(r):
    label = LABELS[r]
    swaps = {"withheld_3": "3、危及\"三安全一稳定\"", "rejected_4": "4.无正当理由大量反复申情",
             "new": "一、本年新收政府信息公开申请数量（含网上申请）", "partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
             "unavailable_2": "2. 没有现成信息需要另行 制作", "other_2": "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}
    return swaps.get(r, label)


t3_variant_lines = t3_lines(t3, RESULT_ROWS_2021, cell=variant_cell, label=variant_label)
t3_variant_lines[2] = t3_variant_lines[2].replace("商业企业", "商业 企业").replace("科研机构", "科研\u3000机构")
write("label-variants.txt",
      report(agency, 2022) + t2_2021_lines(T2_2021, variants=True) + ["三、收到和处理政府信息公开申请情况"]
      + t3_variant_lines + ["四、政府信息公开行政复议、行政诉讼情况"] + t4_lines(t4) + ending(agency, "2023年1月18日"),
      expected(agency, 2022, "2023-01-18", G2021, {**T2_2021, **t3, **t4}))

# 4. A page that lost 表三: what is there is read, what is missing is named.
agency = "临江市水利局"
t4 = t4_values([[0, 0, 1, 0], [0, 0, 0, 0], [0, 1, 0, 0]])
write("torn-missing-table3.txt",
      report(agency, 2023) + t2_2021_lines(T2_2021) + ["三、收到和处理政府信息公开申请情况", "（表格图片）"]
      + ["四、政府信息公开行政复议、行政诉讼情况"] + t4_lines(t4) + ending(agency, "2024年1月10日"),
      expected(agency, 2023, "2024-01-10", {"t2": "2021", "t4": "2021"}, {**T2_2021, **t4}, problems=["warning missing_table"]))

# 5. A negative count: a problem, not a value; the rules that need that cell are not checked.
agency = "临江市民政局"
t3 = t3_values(RESULT_ROWS_2021, 5, [1, 0, 1, 0, 0, 0], [0, 0, 1, 0, 1, 0])
t4 = t4_values([[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])
negative = dict(t3)
del negative["t3.carried_in.natural"]
write("negative-count.txt",
      report(agency, 2023) + t2_2021_lines(T2_2021) + ["三、收到和处理政府信息公开申请情况"]
      + t3_lines(t3, RESULT_ROWS_2021, cell=lambda code, n: "-3" if code == "t3.carried_in.natural" else str(n))
      + ["四、政府信息公开行政复议、行政诉讼情况"] + t4_lines(t4) + ending(agency, "2024年1月12日"),
      expected(agency, 2023, "2024-01-12", G2021, {**T2_2021, **negative, **t4}, problems=["error nonnegative"]))

# 6. One number typed wrong: 结转下年度 in the 自然人 column is 1 too many, which breaks that column's balance
#    and that row's total.
agency = "临江市卫生健康委员会"
t3 = t3_values(RESULT_ROWS_2021, 6, [1, 1, 0, 0, 1, 0], [1, 0, 0, 1, 0, 0])
t3["t3.carried_out.natural"] += 1
t4 = t4_values([[0, 2, 0, 0], [1, 1, 0, 0], [0, 0, 0, 0]])
write("balance-broken.txt",
      report(agency, 2023) + t2_2021_lines(T2_2021) + ["三、收到和处理政府信息公开申请情况"] + t3_lines(t3, RESULT_ROWS_2021)
      + ["四、政府信息公开行政复议、行政诉讼情况"] + t4_lines(t4) + ending(agency, "2024年1月22日"),
      expected(agency, 2023, "2024-01-22", G2021, {**T2_2021, **t3, **t4}, problems=["error t3.balance", "error t3.row_total"]))

# 7. Pipes text saved in GB18030 (a GBK page's text saved by a Windows editor).
agency = "临江市司法局"
t3 = t3_values(RESULT_ROWS_2021, 7, [0, 1, 1, 0, 2, 0], [1, 1, 0, 0, 0, 0])
t4 = t4_values([[1, 1, 1, 1], [0, 2, 0, 1], [1, 0, 0, 0]])
write("gbk-pipes.txt",
      report(agency, 2022) + t2_2021_lines(T2_2021) + ["三、收到和处理政府信息公开申请情况"] + t3_lines(t3, RESULT_ROWS_2021)
      + ["四、政府信息公开行政复议、行政诉讼情况"] + t4_lines(t4) + ending(agency, "2023年1月30日"),
      expected(agency, 2022, "2023-01-30", G2021, {**T2_2021, **t3, **t4}), encoding="gb18030")

# 8. A county's page of its townships' reports one after the other, copied out of the browser: the page's
#    CMS block names the county as 发布机构, then each township's title, tables (pipe rows) and signature.
#    The two reports' numbers differ everywhere, and the first one's zeros are numbers in the second, so a
#    value carried from one report into the other would show.
townships = [
    ("临江市西岭县石门镇人民政府", "2024年1月16日", "2024-01-16",
     {"t2.rules.issued": 0, "t2.rules.repealed": 0, "t2.rules.in_force": 0,
      "t2.normative_docs.issued": 2, "t2.normative_docs.repealed": 1, "t2.normative_docs.in_force": 9,
      "t2.licensing.decisions": 37, "t2.penalty.decisions": 12, "t2.enforcement.decisions": 0, "t2.fees.amount": 0},
     t3_values(RESULT_ROWS_2021, 8, [1, 0, 0, 1, 0, 0], [0, 1, 0, 0, 0, 1]),
     t4_values([[1, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]])),
    ("临江市西岭县桃源乡人民政府", "2024年1月23日", "2024-01-23",
     {"t2.rules.issued": 1, "t2.rules.repealed": 2, "t2.rules.in_force": 4,
      "t2.normative_docs.issued": 5, "t2.normative_docs.repealed": 3, "t2.normative_docs.in_force": 21,
      "t2.licensing.decisions": 145, "t2.penalty.decisions": 6, "t2.enforcement.decisions": 3, "t2.fees.amount": 2.5},
     t3_values(RESULT_ROWS_2021, 11, [2, 1, 1, 0, 1, 1], [1, 0, 1, 1, 2, 0]),
     t4_values([[0, 2, 1, 1], [2, 1, 0, 1], [1, 0, 1, 0]])),
]
county = ["索引号: | 11331100MB0000000X/2024-00012 | 成文日期: | 2024-01-26 |",
          "公开方式: | 主动公开 | 组配分类: | 2023年度 |",
          "发布机构: | 临江市西岭县人民政府 | ||",
          "西岭县2023年度乡镇政府信息公开工作年度报告"]
lines, reports = list(county), []
for agency, signed, published, t2, t3, t4 in townships:
    lines += (report(agency, 2023) + t2_2021_lines(t2) + ["三、收到和处理政府信息公开申请情况"] + t3_lines(t3, RESULT_ROWS_2021)
              + ["四、政府信息公开行政复议、行政诉讼情况"] + t4_lines(t4) + ending(agency, signed))
    reports.append(expected(agency, 2023, published, G2021, {**t2, **t3, **t4}))
with open("two-townships.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
with open("two-townships.expected.json", "w", encoding="utf-8") as f:
    json.dump(reports, f, ensure_ascii=False, indent=2)
    f.write("\n")

#!/usr/bin/env python3
"""Makes the LibreOffice fixtures of testdata/excel: run with LibreOffice's Python (/usr/bin/python3 with
python3-uno) while
`soffice -env:UserInstallation=file:///tmp/lo-fixtures --headless --accept="socket,host=localhost,port=2002;urp;" --norestore`
runs (a profile of its own, so that another running LibreOffice does not take the call).

Each workbook is written by LibreOffice Calc itself, as an agency or a city office would make it; each
expected.json is written from what this script typed (and, for formulas, what LibreOffice computed).
"""
import json
import os
import sys

import uno
from com.sun.star.beans import PropertyValue

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = resolver.resolve("uno:socket,host=localhost,port=2002;urp;StarOffice.ComponentContext")
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def store(doc, name, xls=False):
    doc.calculateAll()
    f = "MS Excel 97" if xls else "Calc MS Excel 2007 XML"
    doc.storeToURL(url(os.path.join(HERE, name)), (prop("FilterName", f), prop("Overwrite", True)))


def expected(name, agency, year, generations, values, published=None, problems=None):
    e = {"agency": agency, "year": year, "generations": generations, "values": values}
    if published:
        e["published"] = published
    if problems is not None:
        e["problems"] = problems
    with open(os.path.join(HERE, name.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def number(v):
    return int(v) if float(v).is_integer() else round(v, 6)


def fill_template(desktop, generation, seed):
    """Types numbers into every input cell of our template, as an agency does: by the cells' names."""
    doc = desktop.loadComponentFromURL(url(os.path.join(ROOT, "templates", "xxgk-template-%s.xlsx" % generation)),
                                       "_blank", 0, (prop("Hidden", True),))
    names = doc.NamedRanges
    codes = [n for n in names.ElementNames if n.startswith("xxgk_") and not n.startswith(("xxgk_area_", "xxgk_cover_"))]
    k = seed
    for n in sorted(codes):
        cell = names.getByName(n).ReferredCells.getCellByPosition(0, 0)
        if cell.getFormula().startswith("="):
            continue
        k = (k * 1103515245 + 12345) % 2147483648
        signed = "_change" in n
        v = (k >> 8) % 40 - (20 if signed else 0)
        if n.endswith("_amount"):
            v = v + ((k >> 4) % 100) / 100
        cell.setValue(v)
    doc.calculateAll()
    balance(names)
    names.getByName("xxgk_cover_agency").ReferredCells.getCellByPosition(0, 0).setString("临江市交通运输局")
    names.getByName("xxgk_cover_year").ReferredCells.getCellByPosition(0, 0).setValue(2020 if generation == "2019" else 2024)
    doc.calculateAll()
    return doc, names, codes


def balance(names):
    """表三 as agencies should leave it: 一 + 二 = 三（七） + 四 in every column, by typing 一 last."""
    def cell(row, col):
        return names.getByName("xxgk_t3_%s_%s" % (row, col)).ReferredCells.getCellByPosition(0, 0)
    for col in ("natural", "commercial", "research", "nonprofit", "legal_service", "other_org"):
        out = cell("total", col).getValue() + cell("carried_out", col).getValue()
        carried_in = min(cell("carried_in", col).getValue(), out)
        cell("carried_in", col).setValue(carried_in)
        cell("new", col).setValue(out - carried_in)


def values_of(names, codes):
    out = {}
    for n in codes:
        code = n[len("xxgk_"):]
        out[code] = number(names.getByName(n).ReferredCells.getCellByPosition(0, 0).getValue())
    return out


def dotted(values, schema_codes):
    """Underscored name back to the dotted code: the schema's codes, matched on their underscored form."""
    by_name = {c.replace(".", "_"): c for c in schema_codes}
    return {by_name[k]: v for k, v in values.items()}


def schema_codes():
    with open(os.path.join(ROOT, "converters/core/src/main/resources/org/xxgk/core/schema/schema.json"), encoding="utf-8") as f:
        s = json.load(f)
    codes = []

    def walk_rows(prefix, rows, cols, gen):
        for r in rows:
            if gen not in r.get("generations", [gen]):
                continue
            if r.get("key") is not None:
                for c in cols:
                    codes.append(".".join(x for x in (prefix, r["key"], c) if x))
            walk_rows(prefix, r.get("children", []), cols, gen)

    def leaf_cols(cols, gen, prefix=""):
        out = []
        for c in cols:
            if gen not in c.get("generations", [gen]):
                continue
            key = ".".join(x for x in (prefix, c.get("key") or "") if x)
            kids = [k for k in c.get("children", []) if gen in k.get("generations", [gen])]
            out += leaf_cols(kids, gen, key) if kids else [key]
        return out

    for t in s["tables"]:
        for gen in t["generations"]:
            for b in t["blocks"]:
                if gen in b.get("generations", [gen]):
                    walk_rows(t["codePrefix"], b["rows"], leaf_cols(b["columns"], gen), gen)
    return set(codes)


def main():
    desktop = connect()
    codes = schema_codes()
    for generation, seed in (("2021", 7), ("2019", 11)):
        doc, names, named = fill_template(desktop, generation, seed)
        values = dotted(values_of(names, named), codes)
        gens = {"t2": generation, "t3": generation, "t4": generation}
        year = 2020 if generation == "2019" else 2024
        store(doc, "template-%s-filled-in-libreoffice.xlsx" % generation)
        expected("template-%s-filled-in-libreoffice.xlsx" % generation, "临江市交通运输局", year, gens, values, problems=[])
        store(doc, "template-%s-saved-as-xls.xls" % generation, xls=True)
        expected("template-%s-saved-as-xls.xls" % generation, "临江市交通运输局", year, gens, values, problems=[])
        if generation == "2021":
            sheet = doc.Sheets.getByName("表三")
            sheet.Rows.insertByIndex(9, 1)
            store(doc, "template-2021-row-inserted.xlsx")
            expected("template-2021-row-inserted.xlsx", "临江市交通运输局", year, gens, values,
                     problems=["warning template.layout_changed"])
        doc.close(True)
    handmade(desktop)


def handmade(desktop):
    """A city office's own sheet: its title and notes around the tables, merged labels, numbers typed as text,
    a hidden row, 表二 and 表三 on one sheet and 表四 on another."""
    doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
    s = doc.Sheets.getByIndex(0)
    s.Name = "2023年统计"
    values = {}
    rows = []

    def put(r, c, v, text=False):
        cell = s.getCellByPosition(c, r)
        if isinstance(v, str):
            cell.setString(v)
        elif text:
            cell.setString(str(v))
        else:
            cell.setValue(v)

    def merge(r1, c1, r2, c2):
        s.getCellRangeByPosition(c1, r1, c2, r2).merge(True)

    put(0, 0, "临江县教育局2023年政府信息公开工作年度报告统计表")
    merge(0, 0, 0, 9)
    put(1, 0, "填报单位（盖章）：临江县教育局")
    put(1, 6, "填报日期：2024年1月15日")
    put(3, 0, "二、主动公开政府信息情况")
    r = 4
    t2 = [("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
           [("规章", "t2.rules", [0, 0, 0]), ("行政规范性文件", "t2.normative_docs", [3, 1, 25])]),
          ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", "t2.licensing", [112])]),
          ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", "t2.penalty", [4]), ("行政强制", "t2.enforcement", [0])]),
          ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", "t2.fees", [12.5])])]
    keys = {"本年制发件数": "issued", "本年废止件数": "repealed", "现行有效件数": "in_force",
            "本年处理决定数量": "decisions", "本年收费金额（单位：万元）": "amount"}
    for block, cols, data in t2:
        put(r, 0, block)
        merge(r, 0, r, 3)
        r += 1
        put(r, 0, "信息内容")
        for i, c in enumerate(cols):
            put(r, 1 + i, c)
        if len(cols) == 1:
            merge(r, 1, r, 3)
        r += 1
        for label, prefix, nums in data:
            put(r, 0, label)
            for i, n in enumerate(nums):
                put(r, 1 + i, n, text=(i % 2 == 0))
                values[prefix + "." + keys[cols[i]]] = n
            if len(cols) == 1:
                merge(r, 1, r, 3)
            r += 1
    r += 1
    put(r, 0, "三、收到和处理政府信息公开申请情况")
    r += 1
    top = r
    put(r, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
    merge(r, 0, r + 2, 2)
    put(r, 3, "申请人情况")
    merge(r, 3, r, 9)
    put(r + 1, 3, "自然人")
    merge(r + 1, 3, r + 2, 3)
    put(r + 1, 4, "法人或其他组织")
    merge(r + 1, 4, r + 1, 8)
    for i, c in enumerate(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]):
        put(r + 2, 4 + i, c)
    put(r + 1, 9, "总计")
    merge(r + 1, 9, r + 2, 9)
    r += 3
    cols = ["natural", "commercial", "research", "nonprofit", "legal_service", "other_org"]
    t3rows = [("一、本年新收政府信息公开申请数量", "new", None, None),
              ("二、上年结转政府信息公开申请数量", "carried_in", None, None),
              ("（一）予以公开", "granted", "三、本年度办理结果", None),
              ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial", None, None)]
    t3rows += [(l, "withheld_%d" % (i + 1), None, "（三）不予公开") for i, l in enumerate(
        ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
         "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"])]
    t3rows += [(l, "unavailable_%d" % (i + 1), None, "（四）无法提供") for i, l in enumerate(
        ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"])]
    t3rows += [(l, "rejected_%d" % (i + 1), None, "（五）不予处理") for i, l in enumerate(
        ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
         "5.要求行政机关确认或重新出具已获取信息"])]
    t3rows += [(l, "other_%d" % (i + 1), None, "（六）其他处理") for i, l in enumerate(
        ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
         "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"])]
    t3rows += [("（七）总计", "total", None, None), ("四、结转下年度继续办理", "carried_out", None, None)]
    k = 5
    results = {c: 0 for c in cols}
    first_result = None
    group_start = {}
    for label, key, outer, group in t3rows:
        if key in ("new", "carried_in", "carried_out"):
            put(r, 0, label)
            merge(r, 0, r, 2)
        else:
            if first_result is None:
                first_result = r
                put(r, 0, "三、本年度办理结果")
            if group:
                if group not in group_start:
                    group_start[group] = r
                    put(r, 1, group)
                put(r, 2, label)
            else:
                put(r, 1, label)
                merge(r, 1, r, 2)
        nums = []
        for i, c in enumerate(cols):
            if key == "total":
                n = results[c]
            elif key in ("new", "carried_in", "carried_out"):
                n = {"new": 30, "carried_in": 2, "carried_out": 3}[key] if c == "natural" else 0
            else:
                k = (k * 7 + 3) % 11
                n = k % 3 if c == "natural" else (1 if k == 4 and c == "commercial" else 0)
                results[c] += n
            nums.append(n)
            if n == 0 and key.startswith("withheld"):
                put(r, 3 + i, "-")
            elif n != 0 or key in ("new", "total"):
                put(r, 3 + i, n, text=(i == 0))
            values["t3.%s.%s" % (key, c)] = n
        values["t3.%s.total" % key] = sum(nums)
        put(r, 9, sum(nums), text=True)
        if key == "other_3":
            s.Rows.getByIndex(r).IsVisible = False
        r += 1
    for group, start in group_start.items():
        end = start + sum(1 for x in t3rows if x[3] == group) - 1
        merge(start, 1, end, 1)
    merge(first_result, 0, r - 3, 0)
    put(r + 1, 0, "注：表中“-”表示无此情形。本表由县政务公开办汇总。")
    doc.Sheets.insertNewByName("表四", 1)
    s = doc.Sheets.getByName("表四")
    put(0, 0, "四、政府信息公开行政复议、行政诉讼情况")
    put(1, 0, "行政复议")
    merge(1, 0, 1, 4)
    put(1, 5, "行政诉讼")
    merge(1, 5, 1, 14)
    for i, c in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]):
        put(2, i, c)
        merge(2, i, 3, i)
    put(2, 5, "未经复议直接起诉")
    merge(2, 5, 2, 9)
    put(2, 10, "复议后起诉")
    merge(2, 10, 2, 14)
    for g in range(2):
        for i, c in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]):
            put(3, 5 + 5 * g + i, c)
    t4 = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]
    groups = ["review", "suit_direct", "suit_after_review"]
    outcomes = ["upheld", "corrected", "other", "pending", "total"]
    for i, n in enumerate(t4):
        put(4, i, n, text=(i % 3 == 0))
        values["t4.%s.%s" % (groups[i // 5], outcomes[i % 5])] = n
    # 表四's totals as formulas, the way people make them.
    # SUM skips the numbers typed as text, as it does in every spreadsheet: the sheet shows what LibreOffice computed.
    for g in range(3):
        total = s.getCellByPosition(5 * g + 4, 4)
        total.setFormula("=SUM(%s5:%s5)" % (chr(65 + 5 * g), chr(65 + 5 * g + 3)))
        doc.calculateAll()
        values["t4.%s.total" % groups[g]] = number(total.getValue())
    store(doc, "handmade-merged-text-numbers.xlsx")
    gens = {"t2": "2021", "t3": "2021", "t4": "2021"}
    expected("handmade-merged-text-numbers.xlsx", "临江县教育局", 2023, gens, values, published="2024-01-15")
    doc.close(True)


if __name__ == "__main__":
    sys.exit(main())

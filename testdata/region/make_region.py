#!/usr/bin/env python3
"""Builds the example region of this folder: about thirty agencies of 临江市 reporting on 2023, in every
format the toolkit reads, with the cases a 政务公开办 meets every winter.

Each agency's numbers are chosen here (seeded, non-zero in every column, satisfying the rules unless a
case says otherwise) and written as report data (JSON); the documents are then rendered from that data
with the toolkit's own writers (md, html, csv, xlsx) and, where LibreOffice is installed, converted to
docx and pdf the way agencies make them. Run from the repository root after building:
    python3 testdata/region/make_region.py
The consolidation test does not trust these numbers: it extracts every input on its own and checks the
regional sums against them.
"""
import json
import os
import random
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "reports")
XXGK = os.path.join(ROOT, "xxgk")
COLS = ["natural", "commercial", "research", "nonprofit", "legal_service", "other_org"]
RESULTS_2021 = ["granted", "partial"] + [f"withheld_{i}" for i in range(1, 9)] + \
    [f"unavailable_{i}" for i in range(1, 4)] + [f"rejected_{i}" for i in range(1, 6)] + [f"other_{i}" for i in range(1, 4)]
RESULTS_2019 = RESULTS_2021[:-3] + ["other"]

AGENCIES = ["临江市人民政府办公室", "临江市发展和改革委员会", "临江市教育局", "临江市科学技术局", "临江市公安局",
            "临江市民政局", "临江市司法局", "临江市财政局", "临江市人力资源和社会保障局", "临江市自然资源和规划局",
            "临江市生态环境局", "临江市住房和城乡建设局", "临江市交通运输局", "临江市水利局", "临江市农业农村局",
            "临江市商务局", "临江市文化广电旅游局", "临江市卫生健康委员会", "临江市退役军人事务局", "临江市应急管理局",
            "临江市审计局", "临江市市场监督管理局", "临江市统计局", "临江市医疗保障局", "临江市东城区人民政府",
            "临江市西城区人民政府", "临江市南湖区人民政府", "临江市北山县人民政府"]
# How each agency's report reaches the city: the formats agencies really send.
FORMATS = ["md", "html", "xlsx", "docx", "pdf", "json", "csv", "txt"]


def report(agency, year, rng, generation="2021", dense=0.3):
    v = {}
    t2 = {"2021": {"t2.rules.issued": 1, "t2.rules.repealed": 0, "t2.rules.in_force": 4, "t2.normative_docs.issued": 3,
                   "t2.normative_docs.repealed": 1, "t2.normative_docs.in_force": 17, "t2.licensing.decisions": 120,
                   "t2.penalty.decisions": 35, "t2.enforcement.decisions": 4, "t2.fees.amount": 12.5},
          "2019": {"t2.rules.made": 0, "t2.rules.published": 0, "t2.rules.total_public": 2, "t2.normative_docs.made": 2,
                   "t2.normative_docs.published": 2, "t2.normative_docs.total_public": 15, "t2.licensing.prev_items": 40,
                   "t2.licensing.change": -1, "t2.licensing.decisions": 210, "t2.other_services.prev_items": 8,
                   "t2.other_services.change": 2, "t2.other_services.decisions": 66, "t2.penalty.prev_items": 25,
                   "t2.penalty.change": 0, "t2.penalty.decisions": 19, "t2.enforcement.prev_items": 3,
                   "t2.enforcement.change": 0, "t2.enforcement.decisions": 2, "t2.fees.prev_items": 1,
                   "t2.fees.change": 0, "t2.procurement.items": 5, "t2.procurement.amount": 88.6}}[generation]
    for k, n in t2.items():
        v[k] = n if isinstance(n, float) or n <= 0 else n + rng.randint(0, 9)
    rows = RESULTS_2021 if generation == "2021" else RESULTS_2019
    for c in COLS:
        total = 0
        for r in rows:
            n = rng.randint(1, 9) if rng.random() < dense else 0
            v[f"t3.{r}.{c}"] = n
            total += n
        carried_out = rng.randint(0, 3)
        carried_in = rng.randint(0, min(3, total + carried_out))
        v[f"t3.total.{c}"] = total
        v[f"t3.carried_out.{c}"] = carried_out
        v[f"t3.carried_in.{c}"] = carried_in
        v[f"t3.new.{c}"] = total + carried_out - carried_in
    for r in ["new", "carried_in"] + rows + ["total", "carried_out"]:
        v[f"t3.{r}.total"] = sum(v[f"t3.{r}.{c}"] for c in COLS)
    for g in ["review", "suit_direct", "suit_after_review"]:
        parts = [rng.randint(0, 3) for _ in range(4)]
        for o, n in zip(["upheld", "corrected", "other", "pending"], parts):
            v[f"t4.{g}.{o}"] = n
        v[f"t4.{g}.total"] = sum(parts)
    gens = {"t2": generation, "t3": generation, "t4": generation}
    return {"source": agency, "agency": agency, "year": year, "generations": gens, "values": v}


def xxgk(*args):
    subprocess.run([XXGK, *args], check=True, stdout=subprocess.DEVNULL)


def soffice(target_format, source):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/xxgk-region-lo", "--headless", "--convert-to",
                    target_format, "--outdir", OUT, source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def render(data, name, fmt):
    """Writes one agency's report in a format, from its data, as the agency would send it."""
    base = os.path.join(OUT, name)
    data_file = base + ".data.json"
    with open(data_file, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    target = base + "." + fmt
    if fmt == "json":
        os.replace(data_file, target)
        return target
    if fmt in ("md", "html", "csv", "xlsx"):
        xxgk("extract", data_file, "--format", fmt, "-o", target)
    elif fmt == "txt":
        xxgk("extract", data_file, "--format", "md", "-o", target)
    elif fmt == "docx" and shutil.which("soffice"):
        html = base + ".tmp.html"
        xxgk("extract", data_file, "--format", "html", "-o", html)
        soffice("docx:MS Word 2007 XML", html)
        os.replace(base + ".tmp.docx", target)
        os.remove(html)
    elif fmt == "pdf" and shutil.which("soffice"):
        # As many agencies do: the filled Excel template printed to PDF (its print setup fits A4).
        xlsx = base + ".tmp.xlsx"
        xxgk("extract", data_file, "--format", "xlsx", "-o", xlsx)
        soffice("pdf", xlsx)
        os.replace(base + ".tmp.pdf", target)
        os.remove(xlsx)
    else:
        target = base + ".html"
        xxgk("extract", data_file, "--format", "html", "-o", target)
    os.remove(data_file)
    return target


def main():
    rng = random.Random(2023)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    made = []
    for i, agency in enumerate(AGENCIES):
        generation = "2019" if agency == "临江市统计局" else "2021"  # one agency still uses the 2019 format
        data = report(agency, 2023, rng, generation)
        if agency == "临江市审计局":  # one number typed wrong: breaks 表三's balance
            data["values"]["t3.carried_out.natural"] += 1
            data["values"]["t3.carried_out.total"] += 1
        made.append(render(data, f"{i + 1:02d}-{agency}", FORMATS[i % len(FORMATS)]))
    # The same agency sent twice: a Word file and, later, its own spreadsheet.
    made.append(render(report("临江市教育局", 2023, random.Random(7)), "29-临江市教育局（重报）", "xlsx"))
    # An agency not on the roster (a newly formed body).
    made.append(render(report("临江市数据资源管理局", 2023, rng), "30-临江市数据资源管理局", "html"))
    # Last year's report sent by mistake.
    made.append(render(report("临江市林业局", 2022, rng), "31-临江市林业局（2022年）", "md"))
    # A file that is not a report, and a broken one.
    with open(os.path.join(OUT, "32-关于报送年度报告的通知.txt"), "w", encoding="utf-8") as f:
        f.write("关于报送2023年政府信息公开工作年度报告的通知\n各单位：请于1月31日前报送。\n")
    with open(os.path.join(OUT, "33-损坏的文件.pdf"), "wb") as f:
        f.write(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    # The roster writes 商务局 the short way, and lists 体育局, which never reported.
    roster = ["市商务局" if a == "临江市商务局" else a for a in AGENCIES] + ["临江市体育局"]
    with open(os.path.join(HERE, "roster.csv"), "w", encoding="utf-8") as f:
        f.write("单位名称\n" + "\n".join(roster) + "\n")
    print(f"{len(os.listdir(OUT))} files in {OUT}")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Makes the scanned fixtures of testdata/ocr the way offices make scans of their reports.

The sources are the project's own report PDFs (testdata/pdf/*.pdf, made by testdata/pdf/make/make_fixtures.py
with values chosen there). Each is printed to page images with poppler's pdftoppm at 150, 200 or 300 dpi, then
degraded as scanners, copiers and phones degrade pages (a slight rotation, uneven light, noise, JPEG compression,
a red seal, a phone's slanted view) and wrapped into a PDF with img2pdf, or kept as an image file. Each scan's
expected JSON is its source's (the values chosen when the source was made), never xxgk's output; the problems
and inferred lists are left out, since a scan rightly warns of the cells the engine was unsure of.

Needs: poppler-utils (pdftoppm, pdftotext), img2pdf, python3-pil, fonts-noto-cjk (for the seal's characters).
Not run by the build.

    /usr/bin/python3 testdata/ocr/make/make_scans.py
"""

import io
import json
import math
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OCR_DIR = HERE.parent
TESTDATA = OCR_DIR.parent
PDF_DIR = TESTDATA / "pdf"
SEAL_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

# name, source report (testdata/pdf), dpi, how the scan is degraded, output kind
SCANS = [
    ("ruled-2021-300dpi-clean", "ruled-2021", 300, dict(jpeg=80), "pdf"),
    ("ruled-2019-300dpi-clean", "ruled-2019", 300, dict(jpeg=80), "pdf"),
    ("table3-split-across-pages-300dpi-clean", "table3-split-across-pages", 300, dict(jpeg=80), "pdf"),
    ("table4-row-on-next-page-300dpi-clean", "table4-row-on-next-page", 300, dict(jpeg=80), "pdf"),
    ("ruled-2021-200dpi-rotated-2deg", "ruled-2021", 200, dict(rotate=2.0, jpeg=70), "pdf"),
    ("ruled-2021-150dpi-degraded", "ruled-2021", 150, dict(rotate=-1.5, light=0.35, noise=14, jpeg=55), "pdf"),
    ("ruled-2019-150dpi-degraded", "ruled-2019", 150, dict(rotate=1.2, light=0.3, noise=12, jpeg=55), "pdf"),
    ("table3-split-across-pages-150dpi-degraded", "table3-split-across-pages", 150,
     dict(rotate=-0.8, light=0.4, noise=10, jpeg=50), "pdf"),
    ("table3-split-header-repeated-150dpi-degraded", "table3-split-header-repeated", 150,
     dict(rotate=1.8, light=0.25, noise=14, jpeg=60), "pdf"),
    ("table3-three-pages-150dpi-degraded", "table3-three-pages", 150, dict(rotate=-2.0, light=0.3, noise=12, jpeg=55), "pdf"),
    ("ruled-2021-200dpi-red-seal", "ruled-2021", 200, dict(seal=True, rotate=0.6, jpeg=75), "pdf"),
    ("ruled-2019-300dpi-fax.tif", "ruled-2019", 300, dict(rotate=-0.7, bilevel=True), "tiff"),
]

# Photographed by a phone: the pages of ruled-2021 (a phone scanning app's PDF), and its page 2 alone as a JPEG,
# which holds 表三 from 1.属于国家秘密 to 四、结转下年度继续办理 and the whole of 表四.
PHOTO_SOURCE = "ruled-2021"
PAGE2_FIRST_ROW, PAGE2_LAST_ROW = "1.属于国家秘密", "四、结转下年度继续办理"
PAGE2_T3_ROWS = ["withheld_1", "withheld_2", "withheld_3", "withheld_4", "withheld_5", "withheld_6", "withheld_7",
                 "withheld_8", "unavailable_1", "unavailable_2", "unavailable_3", "rejected_1", "rejected_2", "rejected_3",
                 "rejected_4", "rejected_5", "other_1", "other_2", "other_3", "total", "carried_out"]


def render(pdf, dpi, colour, work):
    """The pages of a PDF as images, as a printer driver or a scanner's software would print them."""
    prefix = work / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), *([] if colour else ["-gray"]), "-png", str(pdf), str(prefix)], check=True)
    return [Image.open(p) for p in sorted(work.glob(pdf.stem + "-*.png"))]


def degrade(img, page, pages, how, rng, dpi):
    mode = "RGB" if how.get("seal") else "L"
    img = img.convert(mode)
    if how.get("seal"):
        img = seal(img, page, pages, dpi, rng)
    if "light" in how:
        img = uneven_light(img, how["light"], rng)
    if "rotate" in how:
        img = img.rotate(how["rotate"], resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255) if mode == "RGB" else 255)
    if "noise" in how:
        img = noisy(img, how["noise"])
    if how.get("bilevel"):
        img = img.point(lambda p: 255 if p > 160 else 0).convert("1")
    return img


def uneven_light(img, strength, rng):
    """Light falling off towards one corner, as under a desk lamp or near a copier's binding."""
    w, h = img.size
    grad = Image.radial_gradient("L").resize((w * 2, h * 2))
    cx = int(w * rng.uniform(0.2, 0.8))
    cy = int(h * rng.uniform(0.2, 0.8))
    grad = grad.crop((w - cx, h - cy, 2 * w - cx, 2 * h - cy))
    shade = grad.point(lambda g: int(255 * (1 - strength * (g / 255) ** 1.5)))
    if img.mode == "RGB":
        shade = Image.merge("RGB", [shade] * 3)
    return ImageChops.multiply(img, shade)


def noisy(img, sigma):
    noise = Image.effect_noise(img.size, sigma)
    if img.mode == "RGB":
        noise = Image.merge("RGB", [noise] * 3)
    return ImageChops.add(img, noise, 1.0, -128)


def seal(img, page, pages, dpi, rng):
    """A translucent red seal: one over part of 表三 on the first page, one over the signature on the last."""
    w, h = img.size
    spots = []
    if page == 1:
        spots.append((int(w * 0.72), int(h * 0.86)))
    if page == pages:
        spots.append((int(w * 0.80), int(h * 0.16)))
    for cx, cy in spots:
        img = stamp(img, cx, cy, int(dpi * 0.8), "临江市住房和城乡建设局", rng)
    return img


def stamp(img, cx, cy, r, text, rng):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (220, 30, 40, 150)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, r // 14))
    star = [(cx + r * 0.28 * math.cos(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else 0.4),
             cy + r * 0.28 * math.sin(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else 0.4)) for i in range(10)]
    d.polygon(star, fill=red)
    font = ImageFont.truetype(SEAL_FONT, max(10, r // 4))
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(-210 + 240 * i / (n - 1))
        glyph = Image.new("RGBA", (r // 3, r // 3), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((r // 6, r // 6), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        gx = int(cx + r * 0.72 * math.cos(a)) - glyph.width // 2
        gy = int(cy + r * 0.72 * math.sin(a)) - glyph.height // 2
        layer.alpha_composite(glyph, (gx, gy))
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def save_pdf(images, dpi, quality, target):
    """Each page a JPEG (greyscale unless it is in colour) wrapped in an A4 page by img2pdf."""
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, im in enumerate(images):
            f = Path(tmp) / f"p{i + 1:02d}.jpg"
            im.save(f, "JPEG", quality=quality, dpi=(dpi, dpi))
            files.append(str(f))
        subprocess.run(["img2pdf", "--pagesize", "A4", *files, "-o", str(target)], check=True)


def save_tiff(images, dpi, target):
    images[0].save(target, "TIFF", compression="group4", dpi=(dpi, dpi), save_all=True, append_images=images[1:])


def expected_of(source):
    e = json.loads((PDF_DIR / f"{source}.expected.json").read_text(encoding="utf-8"))
    e.pop("problems", None)
    e.pop("inferred", None)
    return e


def write_json(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def perspective_coefficients(source, target):
    """The 8 coefficients of PIL's PERSPECTIVE transform taking target points back to source points."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(target, source):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    n = 8
    m = [row + [b] for row, b in zip(rows, rhs)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def photographed(page, rng):
    """A page photographed from a little to the side: slanted, on a grey desk, lit from one side, slightly blurred."""
    page = page.convert("RGB")
    w, h = page.size
    W, H = int(w * 1.12), int(h * 1.08)
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    jitter = lambda: rng.uniform(-0.02, 0.02)
    seen = [(W * (0.08 + jitter()), H * (0.05 + jitter())), (W * (0.93 + jitter()), H * (0.03 + jitter())),
            (W * (0.96 + jitter()), H * (0.97 + jitter())), (W * (0.03 + jitter()), H * (0.95 + jitter()))]
    coefficients = perspective_coefficients(corners, seen)
    paper = Image.merge("RGB", [c.point(lambda p, k=k: int(min(255, p * 0.93 + 6) * k)) for c, k in zip(page.split(), (1.0, 0.97, 0.9))])
    warped = paper.transform((W, H), Image.PERSPECTIVE, coefficients, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coefficients, Image.BICUBIC)
    photo = Image.composite(warped, Image.new("RGB", (W, H), (96, 92, 86)), mask)
    photo = uneven_light(photo, 0.4, rng).filter(ImageFilter.GaussianBlur(0.7))
    return noisy(photo, 8)


def phone_photos(work):
    pages = render(PDF_DIR / f"{PHOTO_SOURCE}.pdf", 200, True, work)
    rng = random.Random("phone")
    photos = [photographed(p, rng) for p in pages]
    save_pdf(photos, 200, 80, OCR_DIR / "phone-photos-2021.pdf")
    write_json(OCR_DIR / "phone-photos-2021.expected.json", expected_of(PHOTO_SOURCE))
    print("pdf ", "phone-photos-2021")
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(PDF_DIR / f"{PHOTO_SOURCE}.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout
    rows = [line.split()[0] for line in text.splitlines() if line.strip()]
    if not any(r.startswith(PAGE2_FIRST_ROW) for r in rows[:3]) or PAGE2_LAST_ROW not in text:
        raise SystemExit("page 2 of the photographed report no longer starts at " + PAGE2_FIRST_ROW)
    photos[1].save(OCR_DIR / "phone-photo-page2.jpg", "JPEG", quality=80)
    e = expected_of(PHOTO_SOURCE)
    columns = ["natural", "commercial", "research", "nonprofit", "legal_service", "other_org", "total"]
    keep = {f"t3.{r}.{c}" for r in PAGE2_T3_ROWS for c in columns}
    write_json(OCR_DIR / "phone-photo-page2.expected.json", {
        "agency": None, "year": None,
        "generations": {"t3": e["generations"]["t3"], "t4": e["generations"]["t4"]},
        "values": {k: v for k, v in e["values"].items() if k in keep or k.startswith("t4.")},
    })
    print("jpg ", "phone-photo-page2")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, source, dpi, how, kind in SCANS:
            rng = random.Random(name)
            pages = render(PDF_DIR / f"{source}.pdf", dpi, how.get("seal", False), work)
            images = [degrade(p, i + 1, len(pages), how, rng, dpi) for i, p in enumerate(pages)]
            stem = name[:-4] if name.endswith(".tif") else name
            if kind == "pdf":
                save_pdf(images, dpi, how.get("jpeg", 75), OCR_DIR / f"{name}.pdf")
            else:
                save_tiff(images, dpi, OCR_DIR / name)
            write_json(OCR_DIR / f"{stem}.expected.json", expected_of(source))
            for p in work.glob(source + "-*.png"):
                p.unlink()
            print(kind, name)
        phone_photos(work)


if __name__ == "__main__":
    main()

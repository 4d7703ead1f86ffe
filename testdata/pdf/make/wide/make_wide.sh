#!/bin/sh
# Makes testdata/pdf/wider-than-page-*.pdf from wider-than-page.html (the report of
# ../../blank-first-last-cells.pdf, its three tables forced to 1500 px, wider than the paper).
# Needs chromium and /usr/bin/python3 with pikepdf.
set -e
cd "$(dirname "$0")"
out=../..
# Printed on Letter paper: Chromium keeps the tables' lines past the right margin (clipped there) and
# leaves the text beyond it out of the file.
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/wider-than-page-clipped.pdf" wider-than-page.html
# Printed on a page 1200 pt wide, where the tables fit, then the page boxes shrunk to Letter: the text and
# lines past x = 612 stay in the file, outside the MediaBox and CropBox.
sed 's#</head>#<style>@page{size:1200pt 792pt}</style></head>#' wider-than-page.html > /tmp/wider-than-page-1200.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf=/tmp/wider-than-page-1200.pdf /tmp/wider-than-page-1200.html
/usr/bin/python3 - "$out/wider-than-page-text-beyond-cropbox.pdf" <<'PY'
import sys, pikepdf
pdf = pikepdf.open('/tmp/wider-than-page-1200.pdf')
for page in pdf.pages:
    page.obj['/MediaBox'] = pikepdf.Array([0, 0, 612, 792])
    page.obj['/CropBox'] = pikepdf.Array([0, 0, 612, 792])
pdf.save(sys.argv[1])
PY

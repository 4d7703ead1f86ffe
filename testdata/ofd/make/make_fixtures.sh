#!/bin/sh
# Makes testdata/ofd again (see ../README.md). Needs Java 17 and Maven (for the tools' class paths); run from
# the repository root. The build never runs it: the OFDs are committed.
set -e
make=testdata/ofd/make
out=testdata/ofd
cp_writer=$(mktemp); cp_converter=$(mktemp)
mvn -B -q -f $make/tools-pom.xml -Pwriter dependency:build-classpath -Dmdep.outputFile="$cp_writer"
mvn -B -q -f $make/tools-pom.xml -Pconverter dependency:build-classpath -Dmdep.outputFile="$cp_converter"
for f in ruled-2021 ruled-2019 table3-split-across-pages table3-split-header-repeated table3-three-pages \
         table4-row-on-next-page unruled-stream vertical-labels letter-spaced-labels; do
  java -cp "$(cat "$cp_writer")" $make/PdfToOfd.java testdata/pdf/$f.pdf $out/$f.ofd
  cp testdata/pdf/$f.expected.json $out/$f.expected.json
done
java -cp "$(cat "$cp_writer")" $make/PdfToOfd.java testdata/pdf/table3-split-across-pages.pdf $out/rulings-in-template-pages.ofd --rulings-in-template
cp testdata/pdf/table3-split-across-pages.expected.json $out/rulings-in-template-pages.expected.json
java -cp "$(cat "$cp_converter")" $make/StockConvert.java testdata/pdf/ruled-2021.pdf $out/outlined-glyphs-needs-ocr.ofd
python3 $make/make_edits.py
rm -f "$cp_writer" "$cp_converter"

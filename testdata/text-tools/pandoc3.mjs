// pandoc 3 (the official WASM build) as a command: node pandoc3.mjs FROM TO FILE > OUT
import { convert } from "pandoc-wasm";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
const [from, to, file] = process.argv.slice(2);
const name = basename(file);
const data = readFileSync(file);
const files = { [name]: from === "docx" ? new Blob([data]) : data.toString("utf-8") };
const r = await convert({ from, to, "input-files": [name] }, null, files);
if (r.stderr) process.stderr.write(r.stderr);
process.stdout.write(r.stdout);

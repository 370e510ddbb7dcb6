"""Shrinks a PDF fixture for the PDF reader's tests: glyph drawings (Type3 CharProcs) and embedded
font programs are emptied — text extraction needs only the text layer (ToUnicode, widths, positions),
which is kept as Chromium wrote it. Needs qpdf (`apt-get install -y qpdf`).

    python3 scripts/shrinkPdf.py in.pdf out.pdf
"""
import re
import subprocess
import sys
import tempfile

src, dst = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    qdf = f"{tmp}/q.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", src, qdf], check=True)
    data = open(qdf, "rb").read()
    refs = set()
    for m in re.finditer(rb"/CharProcs\s*<<(.*?)>>", data, re.S):
        refs.update(int(r.group(1)) for r in re.finditer(rb"/\S+\s+(\d+)\s+0\s+R", m.group(1)))
    refs.update(int(m.group(1)) for m in re.finditer(rb"/FontFile[23]?\s+(\d+)\s+0\s+R", data))

    def empty(m):
        return m.group(1) + b" 0 obj\n" + m.group(2) + b"stream\nendstream" if int(m.group(1)) in refs else m.group(0)

    data = re.sub(rb"(\d+) 0 obj\n(<<.*?>>\n)stream\n.*?endstream", empty, data, flags=re.S)
    emptied = f"{tmp}/e.pdf"
    open(emptied, "wb").write(data)
    fixed = subprocess.run(["fix-qdf", emptied], check=True, capture_output=True).stdout
    open(f"{tmp}/f.pdf", "wb").write(fixed)
    subprocess.run(["qpdf", "--object-streams=generate", "--compress-streams=y", "--recompress-flate", "--compression-level=9", f"{tmp}/f.pdf", dst], check=True)

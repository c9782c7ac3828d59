#!/usr/bin/env python3
"""Writes the small placeholder PDFs the sample feed links to (public/documents/).

The real report and agenda cannot be fetched on our machines, so the sample ships
one-page stand-ins that say what they stand for. The output is byte-for-byte
reproducible; the feed's `bytes` fields must match it (a native test checks).
"""
from pathlib import Path

DOCUMENTS = Path(__file__).resolve().parent.parent / "public" / "documents"

PLACEHOLDERS = {
    "ai-robotics-law-enforcement-report.pdf": [
        "PLACEHOLDER - not the real report",
        "",
        "Artificial Intelligence and Robotics for Law Enforcement",
        "Report of the first INTERPOL-UNICRI Global Meeting on the",
        "opportunities and risks of AI and robotics for law enforcement",
        "(Singapore, July 2018).",
        "",
        "This file stands in for the report in the Event Portal sample feed.",
        "Contact: unicri.publicinfo@un.org",
    ],
    "agenda.pdf": [
        "PLACEHOLDER - not the real agenda",
        "",
        "Artificial Intelligence and Robotics:",
        "Reshaping the Future of Crime, Terrorism and Security",
        "United Nations Headquarters, New York, Conference Room 11",
        "2 April 2019, 15:00 to 18:00",
        "",
        "This file stands in for the agenda in the Event Portal sample feed.",
    ],
}


def escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines: list[str]) -> bytes:
    text = ["BT", "/F1 12 Tf", "16 TL", "72 770 Td"]
    for line in lines:
        text.append(f"({escape(line)}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def main() -> None:
    DOCUMENTS.mkdir(parents=True, exist_ok=True)
    for name, lines in PLACEHOLDERS.items():
        data = pdf(lines)
        (DOCUMENTS / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()

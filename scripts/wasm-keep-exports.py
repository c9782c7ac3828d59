#!/usr/bin/env python3
"""Keeps only the named exports of a wasm module (the rest become dead code for wasm-opt).

The checker for Node (checker/wasm.rs) links the portal's library, whose wasm-bindgen
descriptors are exported from any cdylib; Node never calls them. Without their exports,
`wasm-opt` drops them and every import they need.

Usage: wasm-keep-exports.py IN OUT NAME...
"""
import sys


def uleb(data: bytes, at: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def to_uleb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def keep_exports(module: bytes, keep: set[str]) -> bytes:
    if module[:4] != b"\0asm":
        sys.exit("wasm-keep-exports: not a wasm module")
    out, at, found = bytearray(module[:8]), 8, set()
    while at < len(module):
        section = module[at]
        size, start = uleb(module, at + 1)
        body = module[start:start + size]
        if section == 7:
            count, pos = uleb(body, 0)
            kept = []
            for _ in range(count):
                entry_start = pos
                length, pos = uleb(body, pos)
                name = body[pos:pos + length].decode()
                pos += length + 1  # the name, then its kind
                _, pos = uleb(body, pos)
                if name in keep:
                    found.add(name)
                    kept.append(body[entry_start:pos])
            body = to_uleb(len(kept)) + b"".join(kept)
        out += bytes([section]) + to_uleb(len(body)) + body
        at = start + size
    if found != keep:
        sys.exit(f"wasm-keep-exports: no export named {sorted(keep - found)}")
    return bytes(out)


def main() -> None:
    source, target, names = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    with open(source, "rb") as f:
        module = f.read()
    with open(target, "wb") as f:
        f.write(keep_exports(module, names))


main()

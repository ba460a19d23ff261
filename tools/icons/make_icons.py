#!/usr/bin/env python3
"""Draws Lede's toolbar and store icons into extension/icons/.

The mark is an opening quotation mark (the thing Lede reads) in amber on a
dark rounded square, drawn from circles and wedges with 4× supersampling.
Pure Python (zlib only), so the icons are made, not downloaded:

    python3 tools/icons/make_icons.py
"""
import math
import os
import struct
import zlib

SIZES = (16, 32, 48, 128)
SUPERSAMPLE = 4
BACKGROUND = (31, 41, 55)   # slate
MARK = (245, 158, 11)       # amber
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "extension", "icons")


def inside_rounded_square(x, y, radius):
    """(x, y) in unit coordinates [0, 1)."""
    cx = min(max(x, radius), 1 - radius)
    cy = min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_comma(x, y, cx, cy, r):
    """A quotation-mark comma: a dot, with a tail curving up and to the
    right from its top, as in “."""
    if (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2:
        return True
    # The tail: the band between two circles, above the dot's centre.
    tx, ty = cx + r * 1.05, cy + r * 0.1
    d = math.hypot(x - tx, y - ty)
    outer, inner = r * 2.1, r * 1.25
    return inner <= d <= outer and y < cy - r * 0.1 and x < tx and x > cx - r * 1.2


def pixel(x, y):
    if not inside_rounded_square(x, y, 0.22):
        return None
    r = 0.105
    for cx in (0.36, 0.64):
        if inside_comma(x, y, cx, 0.56, r):
            return MARK
    return BACKGROUND


def render(size):
    n = size * SUPERSAMPLE
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter byte: none
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    x = (px * SUPERSAMPLE + sx + 0.5) / n
                    y = (py * SUPERSAMPLE + sy + 0.5) / n
                    c = pixel(x, y)
                    if c:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 255
            k = SUPERSAMPLE * SUPERSAMPLE
            alpha = acc[3] / k
            if alpha:
                # Colour averaged over covered samples; coverage is alpha.
                cov = acc[3] / 255
                row += bytes([round(acc[0] / cov), round(acc[1] / cov), round(acc[2] / cov), round(alpha)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    os.makedirs(OUT, exist_ok=True)
    for size in SIZES:
        path = os.path.join(OUT, f"icon-{size}.png")
        with open(path, "wb") as f:
            f.write(render(size))
        print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()

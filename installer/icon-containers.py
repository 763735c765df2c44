#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Pack PNG renderings of the Takt icon into a Windows .ico and a macOS .icns.

Standard library only (no ImageMagick / iconutil needed), so it runs on any
build host. Used by installer/make-icons.sh:

    icon-containers.py ico  OUT.ico  16.png 24.png 32.png 48.png 64.png 256.png
    icon-containers.py icns OUT.icns 16.png 32.png 64.png 128.png 256.png 512.png 1024.png

The .ico stores sizes below 256 px as 32-bit BMP (read by every Windows
version and by NSIS) and the 256 px image as PNG (Windows Vista and later).
The .icns stores PNG data only (macOS 10.7 and later).
"""
import struct
import sys
import zlib


def read_png(path):
    """Return (width, height, rows) of an 8-bit RGBA, non-interlaced PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG file")
    pos, idat = 8, b""
    width = height = None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        ctype = data[pos + 4:pos + 8]
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if ctype == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or colour != 6 or interlace != 0:
                sys.exit(f"{path}: need 8-bit RGBA non-interlaced PNG (rsvg-convert output)")
        elif ctype == b"IDAT":
            idat += chunk
    raw = zlib.decompress(idat)
    stride, bpp = width * 4, 4
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        ftype = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 0xFF
            elif ftype == 2:
                line[x] = (line[x] + b) & 0xFF
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        rows.append(line)
        prev = line
    return width, height, rows


def bmp_entry(width, height, rows):
    """A 32-bit BGRA DIB with AND mask, as stored inside .ico files."""
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = bytearray()
    for row in reversed(rows):  # bottom-up
        for x in range(width):
            r, g, b, a = row[4 * x:4 * x + 4]
            pixels += bytes((b, g, r, a))
    mask_stride = ((width + 31) // 32) * 4
    mask = bytearray()
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[4 * x + 3] == 0:  # fully transparent -> masked
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    return header + bytes(pixels) + bytes(mask)


def make_ico(out, pngs):
    images = []
    for path in pngs:
        width, height, rows = read_png(path)
        if width >= 256:
            payload = open(path, "rb").read()
        else:
            payload = bmp_entry(width, height, rows)
        images.append((width, height, payload))
    images.sort(key=lambda item: item[0])
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    directory, blobs = b"", b""
    for width, height, payload in images:
        directory += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32,
                                 len(payload), offset)
        blobs += payload
        offset += len(payload)
    open(out, "wb").write(head + directory + blobs)


ICNS_TYPES = {  # size in pixels -> OSType(s) holding PNG data of that size
    16: [b"icp4"],
    32: [b"icp5", b"ic11"],      # 32x32 and 16x16@2x
    64: [b"icp6", b"ic12"],      # 64x64 and 32x32@2x
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],     # 256x256 and 128x128@2x
    512: [b"ic09", b"ic14"],     # 512x512 and 256x256@2x
    1024: [b"ic10"],             # 512x512@2x
}


def make_icns(out, pngs):
    body = b""
    for path in sorted(pngs, key=lambda p: read_png(p)[0]):
        width, height, _ = read_png(path)
        if width != height or width not in ICNS_TYPES:
            sys.exit(f"{path}: unsupported icns size {width}x{height}")
        data = open(path, "rb").read()
        for ostype in ICNS_TYPES[width]:
            body += ostype + struct.pack(">I", 8 + len(data)) + data
    open(out, "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("ico", "icns"):
        sys.exit(__doc__)
    (make_ico if sys.argv[1] == "ico" else make_icns)(sys.argv[2], sys.argv[3:])

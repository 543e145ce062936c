"""The characters pdfLaTeX can typeset: what LaTeX's UTF-8 input encoding declares.

pdfLaTeX reads UTF-8 through ``inputenc``, which knows a character only where a font encoding
in use declares it (``\\DeclareUnicodeCharacter`` in ``<encoding>enc.dfu``); any other character
stops the run. The tables below are those declarations, as code points and ranges (hex), from
TeX Live 2022's ``utf8.def`` (:data:`KERNEL`) and ``tex/latex/base/*.dfu`` (:data:`ENCODINGS`).
``tests/test_pdflatex.py`` reads the installed files again and compares them with these tables.
"""

from __future__ import annotations

from functools import cache

#: Declared by utf8.def itself, whatever the encodings.
KERNEL = (
    "00A9-00AA 00AE 00BA 02C6 02DC 200C 2026 2122 2423 FEFF "
)
#: Declared by each font encoding's mapping file.
ENCODINGS: dict[str, str] = {
    "OT1": (
        "00A0-00A1 00A3 00AD 00B8 00BF 00C5-00C6 00D8 00DF 00E6 00EC-00EF 00F8 0131 0141-0142 "
        "0152-0153 0174-0177 0218-021B 0237 2013-2014 2018-2019 201C-201D FB00-FB06 "
    ),
    "T1": (
        "00A0-00A1 00A3 00AB 00AD 00BB 00BF-00D6 00D8-00F6 00F8-0125 0128-0137 0139-013E "
        "0141-0148 014A-0165 0168-017E 01C4-01D4 01E2-01E3 01E6-01EB 01F0 01F4-01F5 0218-021B "
        "0232-0233 0237 02D9 02DB 1E02-1E03 1E0D 1E1E-1E21 1E25 1E30-1E31 1E37 1E43 1E45 1E47 "
        "1E5B 1E63 1E6D 1E8E-1E91 1E9E 1EF2-1EF3 200C 2010-2015 2018-201A 201C-201E 2030-2031 "
        "2039-203A 2423 FB00-FB06 "
    ),
    "TS1": (
        "00A2-00AA 00AC 00AE-00B7 00B9-00BA 00BC-00BE 00D7 00F7 0192 02C7 02D8 02DD 0E3F 2016 "
        "2020-2022 2030-2031 203B 203D 2044 204E 2052 20A1 20A4 20A6 20A9 20AB-20AC 20B1 2103 "
        "2116-2117 211E 2120 2122 2126-2127 212E 2190-2193 2329-232A 2422 25E6 25EF 266A "
        "27E8-27E9 3008-3009 FEFF "
    ),
    "OMS": (
        "00A7 00B6-00B7 2020-2022 "
    ),
    "LY1": (
        "00A0-00A7 00AA-00AB 00AD-00AE 00B0 00B5-00B7 00BA-00D6 00D8-00F6 00F8-00FF 0131 "
        "0141-0142 0152-0153 0160-0161 0174-0178 017D-017E 0192 0218-021B 0237 02C6 02DC "
        "2013-2014 201C-201D 2020-2022 2026 2030 2039-203A 2122 FB00-FB06 "
    ),
    "OT2": (
        "00AB 00BB 0131 0237 0400-0406 0408-040D 040F-0456 0458-045D 045F 0462-0463 0472-0475 "
        "04C1-04C2 04D0-04D3 04D6-04D7 04DC-04DF 04E2-04E7 04EC-04F5 04F8-04F9 2013-2014 "
        "2018-2019 201C-201D 2116 "
    ),
    "LCY": (
        "00A4 00AB 00BB 00C6 00D8 00DF 00E6 00F8 0131 0152-0153 0237 0400-0401 0403-0404 "
        "0406-0407 040C-040E 0410-0451 0453-0454 0456-0457 045C-045E 0490-0491 04C1-04C2 "
        "04D0-04D3 04D6-04D7 04DC-04DF 04E2-04E7 04EC-04F5 04F8-04F9 2013-2014 2018-2019 "
        "201C-201E 2116 "
    ),
    "T2A": (
        "00A4 00A7 00AB 00BB 0131 0237 0400-045F 0490-0493 0496-049D 04A0-04A5 04AA-04AB "
        "04AE-04B3 04B6-04BB 04C0-04C2 04D0-04DF 04E2-04E9 04EC-04F5 04F8-04F9 200C 2013-2014 "
        "2018-2019 201C-201E 2030-2031 2116 2329-232A 2423 27E8-27E9 3008-3009 FB00-FB06 "
    ),
    "T2B": (
        "00A4 00A7 00AB 00BB 0131 0237 0400-0401 0403 0405-0406 0408-040A 040C-040E 0410-0451 "
        "0453 0455-0456 0458-045A 045C-045E 0492-0497 049A-049B 04A2-04A5 04AE-04AF 04B2-04B3 "
        "04B6-04B7 04BA-04BB 04C0-04C8 04CB-04CC 04D0-04D3 04D6-04E9 04EC-04FF 200C 2013-2014 "
        "2018-2019 201C-201E 2030-2031 2116 2329-232A 2423 27E8-27E9 3008-3009 FB00-FB06 "
    ),
    "T2C": (
        "00A4 00A7 00AB 00BB 0131 0237 0400-0401 0403 0405-0406 0408 040C-040D 040F-0451 0453 "
        "0455-0456 0458 045C-045D 045F 048C-048F 0494-0495 049A-049B 049E-049F 04A2-04A3 "
        "04A6-04A9 04AC-04AD 04B2-04B7 04BA-04C2 04C5-04C8 04CD-04CE 04D0-04D3 04D6-04E9 "
        "04EC-04F5 04F8-04F9 200C 2013-2014 2018-2019 201C-201E 2030-2031 2116 2329-232A 2423 "
        "27E8-27E9 3008-3009 FB00-FB06 "
    ),
    "X2": (
        "00A4 00A7 00AB 00BB 0400-045F 0462-0463 046A-046B 0474-0477 0490-04C8 04CB-04CE "
        "04D0-04E9 04EC-04F9 04FC-04FD 200C 2013-2014 2018-2019 201C-201E 2030-2031 2116 "
        "2329-232A 2423 27E8-27E9 3008-3009 "
    ),
}

#: The encodings every pdfLaTeX document has (the LaTeX format declares them): OT1, the
#: kernel's default, T1 and TS1 (text), OMS (math symbols used in text).
KERNEL_ENCODINGS = ("OT1", "T1", "TS1", "OMS")


def code_points(ranges: str) -> frozenset[int]:
    """The code points of ``ranges``: "00A0-00A1 00A3" is {0xA0, 0xA1, 0xA3}."""
    points: set[int] = set()
    for item in ranges.split():
        first, _, last = item.partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(points)


@cache
def declared(encodings: frozenset[str]) -> frozenset[int] | None:
    """Every code point the kernel and ``encodings`` declare; None if one is not in the tables."""
    if not encodings <= ENCODINGS.keys():
        return None
    points = set(code_points(KERNEL))
    for encoding in encodings:
        points |= code_points(ENCODINGS[encoding])
    return frozenset(points)

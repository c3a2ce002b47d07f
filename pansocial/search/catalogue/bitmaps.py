"""Sets of positions as Python integers: bit ``p`` says whether the item at position ``p``
is in the set. ORs and ANDs are set unions and intersections, ``int.bit_count()`` a count."""

import re

# The set bits of each byte value, lowest first.
BYTE_BITS = tuple(tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256))
NONZERO = re.compile(rb"[^\x00]")


def bitmap(positions, size):
    buffer = bytearray((size + 7) // 8)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


def set_positions(bits, size, skip=0, take=None):
    """The positions of the set bits of ``bits``, in ascending order, after skipping the
    first ``skip`` of them, at most ``take``."""
    result = []
    if take is not None and take <= 0:
        return result
    data = bits.to_bytes((size + 7) // 8, "little")
    for match in NONZERO.finditer(data):
        index = match.start()
        positions = BYTE_BITS[data[index]]
        if skip >= len(positions):
            skip -= len(positions)
            continue
        base = index << 3
        for bit in positions[skip:]:
            result.append(base + bit)
            if take is not None and len(result) == take:
                return result
        skip = 0
    return result

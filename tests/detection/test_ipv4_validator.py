"""The IPv4 checks read an address as the standard library's ``ipaddress`` does, without building
one: the same answer on every string tried."""

from __future__ import annotations

import ipaddress
import random

import pytest

from mask.core.detectors.validators import ipv4_octets, is_host_ipv4, is_ipv4


def _stdlib_ipv4(value: str) -> bool:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def _stdlib_host(value: str) -> bool:
    try:
        address = ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return not (address.packed[0] == 0 or address.is_loopback or address.is_multicast or address.packed[0] >= 240)


def _candidates(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["0", "00", "01", "1", "9", "10", "99", "127", "224", "239", "240", "255", "256", "300", "999", "1000"]
    odd = ["", " 1", "1 ", "+1", "-1", "\u0661", "\u00b2", "0x1", "1e2", "a"]
    out = []
    for _ in range(n):
        count = rng.choice([3, 4, 4, 4, 4, 5])
        parts = [rng.choice(pieces) if rng.random() > 0.08 else rng.choice(odd) for _ in range(count)]
        if rng.random() < 0.5:
            parts = [str(rng.randint(0, 260)) for _ in range(count)]
        out.append(".".join(parts) + rng.choice(["", "", "", ".", " ", "\n"]))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_the_same_answer_as_ipaddress(seed: int) -> None:
    for value in _candidates(seed, 3000):
        assert is_ipv4(value) is _stdlib_ipv4(value), value
        assert is_host_ipv4(value) is _stdlib_host(value), value


@pytest.mark.parametrize(
    ("value", "host"),
    [
        ("192.168.1.20", True),
        ("8.8.8.8", True),
        ("0.0.0.0", False),
        ("0.0.0.255", False),  # a hostmask
        ("127.0.0.1", False),
        ("224.0.0.1", False),  # multicast
        ("255.255.255.0", False),  # a netmask
        ("223.255.255.254", True),
    ],
)
def test_host_addresses(value: str, host: bool) -> None:
    assert is_host_ipv4(value) is host
    assert ipv4_octets(value) == tuple(int(p) for p in value.split("."))


@pytest.mark.parametrize("value", ["192.168.01.1", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.٤", " 1.2.3.4", "1..2.3"])
def test_not_addresses(value: str) -> None:
    assert ipv4_octets(value) is None
    assert not is_ipv4(value)

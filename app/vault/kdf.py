"""Argon2id: passphrase → key-encryption key, with parameters calibrated to a target time."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from app.errors import DamagedEnvelope

DEFAULT_TARGET_MS = 1000
DEFAULT_MEMORY_KIB = 256 * 1024
#: Below the default only when a caller asks for a smaller target (tests, automation).
MIN_MEMORY_KIB = 8 * 1024
#: Upper bounds accepted from an envelope, so that a hostile file cannot make unlock
#: allocate tens of GiB or spin for hours.
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_TIME_COST = 32
MAX_PARALLELISM = 16
KEY_LEN = 32


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    def to_dict(self) -> dict:
        return {
            "alg": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        """Parse parameters read from an envelope, refusing anything out of bounds."""
        if not isinstance(data, dict) or data.get("alg") != "argon2id":
            raise DamagedEnvelope("the key envelope names an unknown key derivation")
        values = [data.get(k) for k in ("time_cost", "memory_kib", "parallelism")]
        if not all(type(v) is int for v in values):
            raise DamagedEnvelope("the key envelope's key-derivation parameters are malformed")
        params = cls(*values)
        if not (
            1 <= params.time_cost <= MAX_TIME_COST
            and 1 <= params.parallelism <= MAX_PARALLELISM
            and max(MIN_MEMORY_KIB, 8 * params.parallelism) <= params.memory_kib <= MAX_MEMORY_KIB
        ):
            raise DamagedEnvelope("the key envelope's key-derivation parameters are out of range")
        return params


def derive(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id raw hash of ``secret``: the 32-byte key-encryption key."""
    raw = hash_secret_raw(
        bytes(secret),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )
    # argon2-cffi returns immutable bytes; keep our copy mutable so it can be wiped.
    return bytearray(raw)


def _time_ms(params: KdfParams) -> float:
    start = time.perf_counter()
    derive(b"calibration", b"\0" * 16, params)
    return (time.perf_counter() - start) * 1000


def calibrate(target_ms: int = DEFAULT_TARGET_MS, memory_kib: int = DEFAULT_MEMORY_KIB) -> KdfParams:
    """Choose Argon2id parameters that take about ``target_ms`` on this machine.

    Memory stays at ``memory_kib`` (256 MiB by default) and the number of passes grows to meet
    the target, as KeePassXC's "decryption time" benchmark does. Only when even one pass is
    slower than the target (a small target asked for by tests or automation) does memory shrink,
    never below 8 MiB.
    """
    if target_ms < 1:
        raise ValueError("the KDF target must be at least 1 ms")
    parallelism = max(1, min(4, os.cpu_count() or 1))
    memory = memory_kib
    one_pass = _time_ms(KdfParams(1, memory, parallelism))
    while one_pass > target_ms and memory > MIN_MEMORY_KIB:
        memory = max(MIN_MEMORY_KIB, memory // 2)
        one_pass = _time_ms(KdfParams(1, memory, parallelism))
    passes = max(1, min(MAX_TIME_COST, round(target_ms / max(one_pass, 0.001))))
    if passes > 1:
        # A derivation costs fixed + passes * per_pass: allocating and touching the memory is
        # paid once, not per pass (here ~200 ms fixed, ~140 ms a pass at 256 MiB). Fit the line
        # through one pass and the first guess, or the 1 s target delivers ~0.6 s.
        measured = _time_ms(KdfParams(passes, memory, parallelism))
        per_pass = max((measured - one_pass) / (passes - 1), 0.001)
        fixed = max(0.0, one_pass - per_pass)
        passes = max(1, min(MAX_TIME_COST, round((target_ms - fixed) / per_pass)))
    return KdfParams(passes, memory, parallelism)

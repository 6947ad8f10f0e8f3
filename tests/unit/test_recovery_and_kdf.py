import pytest

from app.errors import DamagedEnvelope
from app.vault import kdf, recovery
from app.vault.kdf import KdfParams


def test_recovery_key_has_150_bits_in_eight_groups():
    key = recovery.generate()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert recovery.parse(key) is not None
    assert len({recovery.generate() for _ in range(50)}) == 50


def test_recovery_key_is_read_forgivingly():
    key = recovery.generate()
    normalized = recovery.parse(key)
    assert recovery.parse(key.lower()) == normalized
    assert recovery.parse(key.replace("-", " ")) == normalized
    assert recovery.parse("  " + key.replace("-", "") + "\n") == normalized
    # O and I/L read as 0 and 1: handwriting is ambiguous
    assert recovery.parse(key.replace("0", "O").replace("1", "l")) == normalized


def test_a_typo_in_the_recovery_key_is_caught_by_the_checksum():
    key = recovery.generate()
    caught = 0
    for index in [i for i, c in enumerate(key) if c != "-"]:
        replacement = "A" if key[index] != "A" else "B"
        typo = key[:index] + replacement + key[index + 1 :]
        caught += recovery.parse(typo) is None
    assert caught >= 30  # of 32 positions; a 10-bit check misses about one in a thousand


def test_a_passphrase_is_not_taken_for_a_recovery_key():
    assert recovery.parse("correct horse battery staple") is None
    assert not recovery.looks_like_recovery_key("correct horse battery staple")


def test_kdf_is_deterministic_and_salted():
    params = KdfParams(1, 8192, 1)
    a = kdf.derive(b"passphrase", b"s" * 16, params)
    assert a == kdf.derive(b"passphrase", b"s" * 16, params)
    assert a != kdf.derive(b"passphrase", b"t" * 16, params)
    assert isinstance(a, bytearray) and len(a) == 32


def test_calibration_meets_a_small_target_by_shrinking_memory():
    params = kdf.calibrate(target_ms=5)
    assert params.memory_kib >= kdf.MIN_MEMORY_KIB
    assert params.time_cost >= 1


@pytest.mark.parametrize(
    "data",
    [
        {"alg": "argon2id", "time_cost": 1, "memory_kib": 64 * 1024 * 1024, "parallelism": 1},
        {"alg": "argon2id", "time_cost": 10_000, "memory_kib": 8192, "parallelism": 1},
        {"alg": "argon2id", "time_cost": 1, "memory_kib": 8192, "parallelism": 0},
        {"alg": "argon2id", "time_cost": 1, "memory_kib": 1, "parallelism": 1},
        {"alg": "argon2id", "time_cost": "1", "memory_kib": 8192, "parallelism": 1},
        {"alg": "argon2id", "time_cost": True, "memory_kib": 8192, "parallelism": 1},
        {"alg": "scrypt", "time_cost": 1, "memory_kib": 8192, "parallelism": 1},
        None,
    ],
)
def test_hostile_kdf_parameters_are_refused_before_any_work(data):
    with pytest.raises(DamagedEnvelope):
        KdfParams.from_dict(data)

from datetime import date

import pytest

from app.disclosure import generalize as gen
from app.disclosure.risk import Register, choose_level, check_threshold
from app.synthetic import generate_document

TODAY = date(2026, 11, 23)


def linear(targets, register, threshold):
    """The plain definition: the first level at which every target's k reaches the threshold."""
    for level in range(gen.LEVELS):
        if all(register.k(t, level) >= threshold for t in targets):
            return level
    return None


@pytest.mark.parametrize("size, seed", [(40, 1), (300, 2), (1200, 3)])
@pytest.mark.parametrize("threshold", [3, 5, 10])
def test_bisection_finds_the_level_a_linear_search_finds(size, seed, threshold):
    dossiers = generate_document(size, seed)["dossiers"]
    register = Register(dict(enumerate(dossiers)), TODAY)
    for first in range(0, min(size, 60), 7):
        targets = [register.by_id[i] for i in range(first, first + 5)]
        result = choose_level(targets, register, threshold)
        expected = linear(targets, register, threshold)
        if expected is None:
            assert result.blocked and result.level == gen.LEVELS - 1
        else:
            assert (result.level, result.blocked) == (expected, {})
            assert all(k >= threshold for k in result.k)


def test_a_register_smaller_than_k_blocks_and_explains():
    dossiers = generate_document(4, 9)["dossiers"]
    register = Register(dict(enumerate(dossiers)), TODAY)
    result = choose_level([register.by_id[0]], register, 5)
    assert result.k == (4,) and result.blocked[0]


def test_k_is_never_below_three():
    with pytest.raises(ValueError):
        check_threshold(2)

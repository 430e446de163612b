"""The remembering index finds exactly what a fresh comparison of every role finds, after edits."""

from __future__ import annotations

import dataclasses

import pytest

from hiring_guide.checks.repetition import RepeatIndex, find_repeats
from hiring_guide.load import check
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def roles():
    catalogue, _problems = check(ROOT)
    assert catalogue is not None
    return list(catalogue.roles)


def pairs(repeats) -> set[tuple[str, str, str, str]]:
    return {
        tuple(sorted([(r.first.role, r.first.field), (r.second.role, r.second.field)]))  # type: ignore[misc]
        for r in repeats
    }


def with_answer(role, index: int, answer: str):
    faq = list(role.faq)
    faq[index] = dataclasses.replace(faq[index], answer=answer)
    return dataclasses.replace(role, faq=tuple(faq))


def test_an_edit_that_copies_a_paragraph_is_found_and_its_undoing_forgets_it(roles):
    index = RepeatIndex()
    keys = {role.slug: "v1" for role in roles}
    assert pairs(index.repeats(roles, keys)) == pairs(find_repeats(roles)) == set()

    source, target = roles[0], roles[1]
    copied = [*roles]
    copied[1] = with_answer(target, 0, source.faq[0].answer)
    keys[target.slug] = "v2"
    found = pairs(index.repeats(copied, keys))
    assert found == pairs(find_repeats(copied))
    assert ((source.slug, "faq[0].answer"), (target.slug, "faq[0].answer")) in {
        tuple(sorted(pair)) for pair in found
    }

    keys[target.slug] = "v1"
    assert pairs(index.repeats(roles, keys)) == set()


def test_a_removed_role_takes_its_repeats_with_it(roles):
    index = RepeatIndex()
    copied = [*roles]
    copied[2] = with_answer(roles[2], 1, roles[3].faq[1].answer)
    keys = {role.slug: "v1" for role in copied}
    assert index.repeats(copied, keys)
    remaining = [role for role in copied if role.slug != roles[2].slug]
    assert pairs(index.repeats(remaining, keys)) == pairs(find_repeats(remaining)) == set()

"""The editorial guide's rules, enforced by the validator: US spelling, no filler phrases, FAQ answers
that do not share a formula, no paragraph copied from another role with the nouns swapped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hiring_guide.checks.style import BRITISH, answer_patterns
from hiring_guide.load import check
from tests.conftest import fixture_role, make_project

MINIMAL = "data/roles/minimal-role.yml"


def found(tmp_path: Path, files: dict[str, str]) -> list[str]:
    _catalogue, problems = check(make_project(tmp_path, files))
    return [str(p) for p in problems]


def minimal_with(old: str, new: str) -> str:
    text = fixture_role("minimal-role")
    assert old in text, old
    return text.replace(old, new, 1)


# ---- US spelling ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("british", "us"),
    [
        ("personalised", "personalized"),
        ("practising", "practicing"),
        ("centres", "centers"),
        ("behavioural", "behavioral"),
        ("judgement", "judgment"),
        ("organisation", "organization"),
        ("prioritises", "prioritizes"),
        ("analysed", "analyzed"),
        ("colour", "color"),
        ("favouring", "favoring"),
        ("labour", "labor"),
        ("licence", "license"),
        ("catalogued", "cataloged"),
        ("modelling", "modeling"),
        ("programmes", "programs"),
        ("optimising", "optimizing"),
        ("recognised", "recognized"),
        ("minimise", "minimize"),
        ("summarising", "summarizing"),
        ("utilisation", "utilization"),
        ("emphasises", "emphasizes"),
        ("standardised", "standardized"),
    ],
)
def test_british_spelling_is_an_error_with_the_us_form_as_hint(tmp_path: Path, british: str, us: str):
    text = minimal_with("  - Clear writing\n", f"  - Clear writing and {british} work\n")
    assert found(tmp_path, {"minimal-role.yml": text}) == [
        f"{MINIMAL}:20:23: job_description.must_have[1]: '{british}' is British spelling "
        f"(hint: write '{us}': the guide uses US English)"
    ]


def test_a_capitalized_british_word_gets_a_capitalized_hint(tmp_path: Path):
    text = minimal_with("  - Clear writing\n", "  - Judgement under pressure\n")
    assert found(tmp_path, {"minimal-role.yml": text}) == [
        f"{MINIMAL}:20:5: job_description.must_have[1]: 'Judgement' is British spelling "
        "(hint: write 'Judgment': the guide uses US English)"
    ]


def test_a_british_word_in_a_folded_paragraph_is_reported_on_its_own_line(tmp_path: Path):
    text = minimal_with(
        "  about: You will build and run the fixture services that tests depend on.\n",
        "  about: >-\n    You will build and run the fixture services\n"
        "    that the test centre depends on.\n",
    )
    assert found(tmp_path, {"minimal-role.yml": text}) == [
        f"{MINIMAL}:15:19: job_description.about: 'centre' is British spelling "
        "(hint: write 'center': the guide uses US English)"
    ]


def test_us_words_that_look_british_are_left_alone(tmp_path: Path):
    text = minimal_with("  - Clear writing\n", "  - Clear analyses of programmers' emphasis and practice\n")
    assert found(tmp_path, {"minimal-role.yml": text}) == []
    assert "analyses" not in BRITISH  # also the US plural of "analysis"


def test_tool_names_and_onet_examples_are_product_names_and_never_checked(tmp_path: Path):
    text = minimal_with("  - name: pytest\n", "  - name: Colour Picker Guru\n")
    assert found(tmp_path, {"minimal-role.yml": text}) == []


# ---- filler phrases -----------------------------------------------------------------------------


PAY_RANGE = "give the pay range: the salary section shows it, and pay-transparency laws require it"


@pytest.mark.parametrize(
    ("perk", "hint"),
    [
        ("Competitive salary", PAY_RANGE),
        ("Competitive pay and equity", PAY_RANGE),
        ("A fast-paced team", "say what sets the pace: release cadence, deadlines, on-call, growth"),
        ("A dynamic environment", "say what changes and how often"),
        ("Synergy across teams", "say who works with whom, on what"),
        ("Work hard, play hard", "state the hours and the on-call expectation plainly"),
        ("Be our Python rockstar", "say what the person does and how well"),
    ],
)
def test_filler_phrases_are_errors_with_what_to_write_instead(tmp_path: Path, perk: str, hint: str):
    text = minimal_with("  - Health cover\n", f"  - {perk}\n")
    [message] = found(tmp_path, {"minimal-role.yml": text})
    assert message.startswith(f"{MINIMAL}:23:")
    assert "job_description.perks[0]: '" in message
    assert message.endswith(f"' is filler the editorial guide rules out (hint: {hint})")


def test_a_buzzword_in_a_title_stays_advice_not_an_error(tmp_path: Path):
    text = minimal_with("  title: Minimal Role\n", "  title: Minimal Role Ninja\n")
    catalogue, problems = check(make_project(tmp_path, {"minimal-role.yml": text}))
    assert catalogue is not None
    assert [(p.field, p.severity) for p in problems] == [("job_description.title", "advice")]


def test_a_phrase_quoted_to_warn_against_it_is_not_filler(tmp_path: Path):
    text = minimal_with("  - Health cover\n", '  - Health cover, and no "competitive salary" line\n')
    assert found(tmp_path, {"minimal-role.yml": text}) == []


# ---- FAQ answers that share a formula -----------------------------------------------------------


def test_opening_and_closing_are_the_first_three_words_of_the_answer_and_of_its_last_sentence():
    answer = "Hire one when the backlog grows. It costs money. The trade-off is speed, e.g. in Q3."
    assert answer_patterns(answer) == ("hire one when", "the trade-off is")


def test_a_closing_formula_over_a_tenth_of_all_answers_is_reported_on_each_answer(tmp_path: Path):
    text = fixture_role("minimal-role").replace("Consequently,", "The cost is that, consequently,")
    text = text.replace("Benchmarks nevertheless", "The cost is that benchmarks nevertheless")
    problems = found(tmp_path, {"minimal-role.yml": text, "complete-role.yml": fixture_role("complete-role")})
    assert problems == [
        f"{MINIMAL}:{line}:11: faq[{i}].answer: 2 of 16 FAQ answers (12.5%) end on a sentence starting "
        "'the cost is' (hint: end with what this choice costs; no two answers should share a formula)"
        for i, line in ((0, 67), (1, 69))
    ]


def test_a_formula_within_a_tenth_of_all_answers_is_allowed(tmp_path: Path):
    added = fixture_role("minimal-role").replace("Minimal Role", "Added Role")
    added = added.replace("Fixture question number", "Added question number")
    added = added.replace("related_roles: []", "related_roles: [minimal-role]")
    files = {"minimal-role.yml": fixture_role("minimal-role"), "added-role.yml": added}
    files["complete-role.yml"] = fixture_role("complete-role")
    assert found(tmp_path, files) == [], "each opening shared by 2 of 24 answers (8.3%)"


# ---- paragraphs copied from another role ----------------------------------------------------------


def test_a_paragraph_copied_from_another_role_with_the_nouns_swapped_is_reported_on_both(tmp_path: Path):
    complete = fixture_role("complete-role")
    answer = re.search(r"answer: (Ask candidates to walk through .*)\n", complete).group(1)
    swapped = answer.replace("failing build", "broken report").replace("log line", "query plan")
    text = minimal_with(
        "answer: Prioritizing maintainability usually outweighs squeezing performance, particularly "
        "inside fixtures. Benchmarks nevertheless reveal regressions; schedule measurements "
        "periodically, accepting slower feedback occasionally.",
        f"answer: {swapped}",
    )
    problems = found(tmp_path, {"minimal-role.yml": text, "complete-role.yml": complete})
    repeats = [p for p in problems if "with the nouns swapped" in p]
    assert repeats == [
        "data/roles/complete-role.yml:73:11: faq[1].answer: reads like faq[1].answer of "
        "data/roles/minimal-role.yml with the nouns swapped (61% of the wording shared) (hint: rewrite it "
        "for this role: name its own systems, metrics, artifacts and people)",
        f"{MINIMAL}:69:11: faq[1].answer: reads like faq[1].answer of data/roles/complete-role.yml with "
        "the nouns swapped (61% of the wording shared) (hint: rewrite it for this role: name its own "
        "systems, metrics, artifacts and people)",
    ]

"""The wellbeing survey's answer scales, Danish numbers, and the checks on typed or imported figures.

Pure rules, no Qt and no files: the form, the importer and the charts share them.
"""

from __future__ import annotations

import re
from enum import StrEnum

from app.domain.numbers import parse_danish_number
from app.domain.wellbeing import INDICATOR_ORDER, Indicator, indicator_label

SHARE_SUM_TOLERANCE = 2.0  # shares of one question must add up to 100 % within ± this many points


class Scale(StrEnum):
    """The answer scales of the survey. Options are listed best first for a positive item."""

    OFTEN = "tit"  # Meget tit / Tit / En gang imellem / Sjældent / Aldrig
    AGREE = "enig"  # Helt enig / Enig / Hverken enig eller uenig / Uenig / Helt uenig
    ALWAYS = "altid"  # Altid / For det meste / Nogle gange / Sjældent / Aldrig
    YOUNG = "ja-nej"  # Ja, meget/tit/for det meste / Ja, lidt/nogle gange / Nej (grades 0–3)


SCALE_OPTIONS: dict[Scale, tuple[str, ...]] = {
    Scale.OFTEN: ("Meget tit", "Tit", "En gang imellem", "Sjældent", "Aldrig"),
    Scale.AGREE: ("Helt enig", "Enig", "Hverken enig eller uenig", "Uenig", "Helt uenig"),
    Scale.ALWAYS: ("Altid", "For det meste", "Nogle gange", "Sjældent", "Aldrig"),
    Scale.YOUNG: ("Ja, meget/tit/for det meste", "Ja, lidt/nogle gange", "Nej"),
}
FIVE_POINT_SCALES = (Scale.OFTEN, Scale.AGREE, Scale.ALWAYS)

# Other ways the options are written in reports (normalised as by :func:`normalize_label`):
# label -> index in the scale's option list. Several scales share "Sjældent" and "Aldrig".
_YOUNG_VARIANTS = {
    0: ("ja, meget", "ja, tit", "ja, for det meste", "ja meget", "ja tit", "ja for det meste",
        "ja, meget/tit/for det meste", "ja, meget / tit / for det meste"),
    1: ("ja, lidt", "ja, nogle gange", "ja lidt", "ja nogle gange", "ja, lidt/nogle gange",
        "ja, lidt / nogle gange"),
    2: ("nej",),
}
NO_ANSWER_LABELS = ("jeg ønsker ikke at svare", "ønsker ikke at svare", "ved ikke / ønsker ikke at svare")

# Words in negatively worded items ("Føler du dig alene i skolen?"): for those the first option is the worst.
_NEGATIVE_WORDS = ("alene", "mobbe", "drille", "til grin", "ondt i", "ked af", "bange", "ensom", "uden for",
                   "udenfor")


def normalize_label(text) -> str:
    """Lower case, single spaces, no trailing colon or full stop: how labels in a sheet are compared."""
    text = str(text or "").replace("\u00a0", " ").strip().casefold()
    text = re.sub(r"\s+", " ", text)
    return text.rstrip(":. ").strip()


def option_matches(label: str) -> list[tuple[Scale, int]]:
    """Every (scale, index) a written answer option can be; [] when it is no answer option."""
    key = normalize_label(label)
    found = []
    for scale in FIVE_POINT_SCALES:
        for index, option in enumerate(SCALE_OPTIONS[scale]):
            if normalize_label(option) == key:
                found.append((scale, index))
    for index, variants in _YOUNG_VARIANTS.items():
        if key in variants:
            found.append((Scale.YOUNG, index))
    return found


def is_no_answer_label(label) -> bool:
    return normalize_label(label) in NO_ANSWER_LABELS


def looks_negative(question_text: str) -> bool:
    """A guess from the wording: is this an item where "Meget tit" / "Ja" is the worst answer?"""
    text = normalize_label(question_text)
    return any(word in text for word in _NEGATIVE_WORDS)


def option_scores(option_count: int, negative: bool) -> list[int]:
    """Scores for options listed best-first for a positive item: [5,4,3,2,1]; reversed for a negative one."""
    scores = list(range(option_count, 0, -1))
    return scores[::-1] if negative else scores


# -- Danish numbers --------------------------------------------------------------------------------


def parse_number(value) -> tuple[float, bool] | None:
    """A number from a cell: 3.7, "3,7", "12,5 %", "1.234,5". Returns (value, written with %), or None.

    Raises ValueError for text that is not a number. The one Danish number reader (app.domain.numbers).
    """
    return parse_danish_number(value)


def shares_add_up(shares: list[float]) -> bool:
    return abs(sum(shares) - 100.0) <= SHARE_SUM_TOLERANCE


def normalized_shares(shares: list[float]) -> list[float]:
    """Scale shares that add up to about 100 to exactly 100 (keeps 0s), rounded to 0.1."""
    total = sum(shares)
    if total <= 0:
        return list(shares)
    return [round(s * 100.0 / total, 1) for s in shares]


# -- indicator names ---------------------------------------------------------------------------------
_INDICATOR_NAMES: dict[str, Indicator] = {
    "social trivsel": Indicator.SOCIAL,
    "social": Indicator.SOCIAL,
    "faglig trivsel": Indicator.ACADEMIC,
    "faglig": Indicator.ACADEMIC,
    "støtte og inspiration": Indicator.SUPPORT,
    "støtte": Indicator.SUPPORT,
    "ro og orden": Indicator.CALM,
    "ro": Indicator.CALM,
    "generel skoletrivsel": Indicator.OVERALL,
    "generel trivsel": Indicator.OVERALL,
    "samlet trivsel": Indicator.OVERALL,
    "samlet skoletrivsel": Indicator.OVERALL,
    "overordnet trivsel": Indicator.OVERALL,
    "generel": Indicator.OVERALL,
}


def indicator_from_label(label) -> Indicator | None:
    """ "Social trivsel", "Ro og orden:", "generel skoletrivsel" -> the indicator; anything else -> None."""
    key = normalize_label(label)
    if key in _INDICATOR_NAMES:
        return _INDICATOR_NAMES[key]
    return next((i for i in INDICATOR_ORDER if normalize_label(indicator_label(i)) == key), None)


def pick_four_option_scale(labels: list[str]) -> tuple[Scale, list[int]] | None:
    """The survey's 4-option answer type (grades 4–9; its labels are not public): four labels of one 5-point
    scale, e.g. Helt enig / Enig / Uenig / Helt uenig. (scale family, each label's position 0–3 or -1)."""
    for scale in FIVE_POINT_SCALES:
        indexes = []
        for label in labels:
            on_scale = [index for s, index in option_matches(label) if s == scale]
            indexes.append(on_scale[0] if on_scale else -1)
        found = sorted({i for i in indexes if i >= 0})
        if len(found) == 4 and sum(1 for i in indexes if i >= 0) == 4:
            return scale, [found.index(i) if i >= 0 else -1 for i in indexes]
    return None


def pick_scale(labels: list[str]) -> tuple[Scale, list[int]] | None:
    """The one scale whose options are all among ``labels``; with each label's index on it (-1: not on it)."""
    candidates = []
    for scale in (*FIVE_POINT_SCALES, Scale.YOUNG):
        indexes = []
        for label in labels:
            on_scale = [index for s, index in option_matches(label) if s == scale]
            indexes.append(on_scale[0] if on_scale else -1)
        if set(range(len(SCALE_OPTIONS[scale]))) <= set(indexes):
            candidates.append((scale, indexes))
    return candidates[0] if candidates else None

"""Every validator turns every text into a value of its documented form, or a ``BadValue``.

Hypothesis feeds each check arbitrary text, and text built to look almost right (other scripts'
digits, superscripts, huge numbers, ISO 8601 forms other than ``YYYY-MM-DD``, impossible days).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from shownotes.validate import (
    MAX_DURATION,
    BadValue,
    check_date,
    check_duration,
    check_id,
    check_time,
    check_url,
    split_list,
)

#: Digits of every script, superscripts and fractions: what ``str.isdigit()`` says yes to.
digit_like = st.characters(categories=("Nd", "No", "Nl"))
#: ASCII-looking pieces that make near-misses of dates, times and numbers.
pieces = st.sampled_from(["-", ":", "W", "T", "+", "_", " ", ".", "0", "1", "2", "9", "Z"])
near_miss = st.text(st.one_of(digit_like, pieces, st.characters(codec="ascii")), max_size=14)
anything = st.one_of(st.text(), near_miss, st.text(digit_like, min_size=1))


def outcome(check: Callable[[str], object], value: str) -> object:
    """The check's value, or ``None`` after a ``BadValue``; any other exception fails."""
    try:
        return check(value)
    except BadValue as err:
        assert str(err), "a BadValue says why"
        return None


@given(anything)
@example("²")
@example("1" * 5000)
@example("0" * 5000 + "1")
@example("\u0661\u0665")
@example("\uff11\uff15")
def test_duration_is_a_value_or_a_warning(value: str) -> None:
    minutes = outcome(check_duration, value)
    if minutes is not None:
        assert isinstance(minutes, int) and 1 <= minutes <= MAX_DURATION
        assert re.fullmatch(r"[0-9]+", value.strip())
        assert int(value.strip().lstrip("0")) == minutes


@given(anything)
@example("2015-W44-2")
@example("2015-300")
@example("20151027")
@example("2026-02-30")
@example("0000-01-01")
@example("\uff12\uff10\uff11\uff15-\uff11\uff10-\uff12\uff17")
def test_date_is_a_value_or_a_warning(value: str) -> None:
    found = outcome(check_date, value)
    if found is not None:
        assert isinstance(found, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", found)
        assert date.fromisoformat(found).isoformat() == found


@given(st.dates())
def test_every_real_day_is_a_date(day: date) -> None:
    assert check_date(day.isoformat()) == day.isoformat()


@given(anything)
@example("09:00")
@example("\u0660\u0669:\u0660\u0660")
@example("24:00")
def test_time_is_a_value_or_a_warning(value: str) -> None:
    found = outcome(check_time, value)
    if found is not None:
        assert isinstance(found, str) and re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", found)


@given(anything)
@example("\uff41\uff44\uff41")
@example("ada example")
def test_id_is_a_value_or_a_warning(value: str) -> None:
    found = outcome(check_id, value)
    if found is not None:
        assert isinstance(found, str) and re.fullmatch(r"[a-z0-9][a-z0-9-]*", found)


@given(st.one_of(anything, st.text().map(lambda s: "https://" + s), st.just("http://[::1")))
@example("https://")
@example("mailto:")
@example("javascript:alert(1)")
def test_url_is_a_value_or_a_warning(value: str) -> None:
    found = outcome(check_url, value)
    if found is not None:
        assert isinstance(found, str)
        assert found.lower().startswith(("http://", "https://", "mailto:"))
        assert not any(c.isspace() for c in found)


@given(anything)
def test_split_list_gives_stripped_items(value: str) -> None:
    for item in split_list(value):
        assert item and item == item.strip() and "," not in item


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("²", "not a positive whole number"),
        ("1" * 5000, "longer than a week"),
        ("0", "not a positive whole number"),
        (str(MAX_DURATION + 1), "longer than a week"),
    ],
)
def test_duration_messages(value: str, words: str) -> None:
    with pytest.raises(BadValue, match=words):
        check_duration(value)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2015-W44-2", "is not an ISO date YYYY-MM-DD"),
        ("2015-300", "is not an ISO date YYYY-MM-DD"),
        ("20151027", "is not an ISO date YYYY-MM-DD"),
        ("2026-02-30", "is no such day: 2026-02 has 28 days"),
        ("2015-13-01", "has no month 13"),
        ("0000-01-01", "has no year 0000"),
    ],
)
def test_date_messages(value: str, words: str) -> None:
    with pytest.raises(BadValue, match=re.escape(words)):
        check_date(value)


@pytest.mark.parametrize("value", ["https://", "http://", "mailto:", "http://[::1", "https://a b"])
def test_url_without_host_or_with_spaces_is_refused(value: str) -> None:
    with pytest.raises(BadValue):
        check_url(value)

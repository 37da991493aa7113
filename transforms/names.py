"""What a person's name looks like, and what looks like one but is not.

Every speaker and person candidate passes through `is_person_name`. A name is two to five
name tokens (capitalised words, initials, particles between them), in either order: given
names first ('Anna Berg') or the family name first, often in capitals ('TAN Wei Ming',
'Kim Tae-ho'). It is not a place of the gazetteer, a nationality adjective ('Swedish'),
an organisation or title word, or a verb form ('Congratulating Sweden').

Given names come from gender-guesser's name dictionary (about 48,000 given names from
many countries, maintained with the package); measured against names-dataset (a 56 MB
wheel that needs gigabytes of memory to load), probablepeople (a tagger that calls
'Georgian Minister' a person) and nameparser (titles and particles, no given names), it
is the one small enough to load per process and broad enough to tell 'Heidi' from 'Heide
Street'. It is read directly (0.1 s) rather than through its detector (10 s to build).
"""

from __future__ import annotations

from collections.abc import KeysView
from functools import cache
from importlib import resources

from transforms import places
from transforms.rules.agreements import INSTRUMENT_HEAD_WORDS
from transforms.rules.organisations import KNOWN_ACRONYMS, ORG_HEADS
from transforms.rules.people import (
    ACRONYM_MAX_LETTERS,
    DEMONYM_STEM_MIN,
    DEMONYM_STEM_SLACK,
    DEMONYM_SUFFIXES,
    GIVEN_NAME_AFTER_FAMILY,
    HONORIFICS,
    IRREGULAR_DEMONYMS,
    MIN_PLACE_POPULATION,
    NAME_PARTICLES,
    NAME_TOKEN_RE,
    NOT_NAME_WORDS,
    ORDINAL_WORD,
    ORG_TITLE_TOKEN,
    TITLE_WORDS,
    VERB_ENDINGS,
    WORD_SURNAMES,
)

GIVEN_NAMES_PACKAGE = "gender_guesser"
GIVEN_NAMES_FILE = "data/nam_dict.txt"
# Columns of a line of the dictionary: gender code, then the name (padded to column 29).
GENDER_COLUMNS = slice(0, 2)
NAME_COLUMNS = slice(3, 29)
# The codes of a sure gender ('M' male, '1M' mostly male); '?M', '?F', '?' leave it open.
GENDER_CODES = {"M": "M", "1M": "M", "F": "F", "1F": "F"}
SAME_NAME_CODE = "="


def given_names() -> KeysView[str]:
    """Given names, lower case ('heidi', 'jun-wei'), from gender-guesser's dictionary."""
    return _dictionary().keys()


@cache
def _dictionary() -> dict[str, str | None]:
    """Every given name of gender-guesser's dictionary with its gender: 'M' or 'F' when every
    line of the name says so (mostly or only), else None ('Andrea', 'Jean', 'Kim')."""
    data = resources.files(GIVEN_NAMES_PACKAGE).joinpath(GIVEN_NAMES_FILE)
    codes: dict[str, set[str]] = {}
    with data.open("rb") as handle:
        for raw in handle:
            if raw.startswith(b"#") or len(raw) < 5:
                continue
            code = raw[GENDER_COLUMNS].decode("ascii", "replace").strip()
            name = raw[NAME_COLUMNS].decode("utf-8", "replace").strip()
            if code == SAME_NAME_CODE or not name or "<" in name or "\ufffd" in name:
                continue  # '=' lines pair a short form with its long one: no name of its own
            for key in {name.replace("+", "-").lower(), *(p.lower() for p in name.split("+"))}:
                codes.setdefault(key, set()).add(code)
    return {name: _one_gender(found) for name, found in codes.items()}


def _one_gender(codes: set[str]) -> str | None:
    """'M' or 'F' when the dictionary's codes for a name all say it ('M', '1M'), else None."""
    genders = {GENDER_CODES.get(code) for code in codes}
    return genders.pop() if len(genders) == 1 else None


def gender_of(name: str) -> str | None:
    """'M' or 'F' by the person's first given name, when the dictionary is sure of it."""
    for token in name.split():
        if (found := _dictionary().get(token.strip(".").lower(), "")) != "":
            return found
    return None


def is_given_name(token: str) -> bool:
    """Whether a token is a known given name ('Heidi', 'Tae-ho', 'ZBIGNIEW')."""
    return token.strip(".").lower() in given_names()


@cache
def _country_stems() -> tuple[str, ...]:
    """The lower-case names of countries (first word), that nationality adjectives grow from."""
    import pycountry

    stems = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            if value := getattr(country, attr, None):
                stems.add(value.split(",")[0].split()[0].lower())
    return tuple(sorted(stems))


@cache
def is_nationality(token: str) -> bool:
    """A nationality adjective: 'Swedish', 'Ukrainian', 'Chinese', 'Omani', 'Americans'."""
    word = token.removesuffix("s") if token.endswith("ns") else token
    if word in IRREGULAR_DEMONYMS:
        return True
    lower = word.lower()
    if not word[:1].isupper() or places.country(word) is not None:
        return False
    for suffix in DEMONYM_SUFFIXES:
        stem = lower.removesuffix(suffix)
        if stem == lower or len(stem) < DEMONYM_STEM_MIN:
            continue
        if any(_grows_from(stem, name) for name in _country_stems()):
            return True
    return False


def _grows_from(stem: str, country: str) -> bool:
    """'ukrain' grows from 'ukraine', 'swed' from 'sweden'; 'christ' not from 'christmas'."""
    return country.startswith(stem) and len(country) - len(stem) <= DEMONYM_STEM_SLACK


@cache
def is_place_word(token: str) -> bool:
    """A country, or a city big enough that a release names it as a place ('Nairobi')."""
    place = places.country(token) or places.city(token)
    if place is None:
        return False
    return place.kind == "country" or place.population >= MIN_PLACE_POPULATION


def is_verb_form(token: str) -> bool:
    """A participle or past form opening a clause ('Congratulating', 'Welcoming')."""
    return token.lower().endswith(VERB_ENDINGS) and not is_given_name(token)


def is_acronym(token: str) -> bool:
    """An organisation's acronym ('OSCE', 'UNHCR', 'EC3'), not a family name in capitals."""
    return token in KNOWN_ACRONYMS or any(ch.isdigit() for ch in token)


def not_name_reason(token: str, opening: bool = True) -> str | None:
    """Why a single token cannot be part of a person's name, or None when it can. A verb
    form only opens a clause ('Congratulating Sweden'); inside a name it is a family name
    ('Melissa Fleming', 'Anna Golding')."""
    if token in NAME_PARTICLES:
        return None
    initial = len(token) == 2 and token.endswith(".")
    if token in HONORIFICS and (opening or not initial):
        return "honorific"  # inside a name 'M.' is an initial ('Catherine M. Russell')
    if not NAME_TOKEN_RE.fullmatch(token) or token.endswith(("’s", "'s")):
        return "shape"
    if token.lower() in TITLE_WORDS:
        return "title"
    if (joined := ORG_TITLE_TOKEN.match(token)) and joined["title"].lower() in TITLE_WORDS:
        return "title"  # 'EIB-President Maystadt'
    if token in NOT_NAME_WORDS or token in ORG_HEADS:
        return "organisation or function word"
    if token.lower() in INSTRUMENT_HEAD_WORDS:
        return "instrument"  # 'Practical Arrangement', 'Host Agreement'
    if ORDINAL_WORD.match(token):
        return "ordinal"
    if is_acronym(token):
        return "acronym"
    if is_nationality(token):
        return "nationality"
    if opening and is_verb_form(token):
        return "verb"
    return None


def is_name_token(token: str, opening: bool = True) -> bool:
    """Whether a token can stand in a person's name (`opening` it)."""
    return not_name_reason(token, opening) is None


def is_person_name(tokens: list[str] | str) -> bool:
    """Whether the tokens make a person's name: 1 to 5 name tokens, not opening or closing
    on a particle, and not a place of the gazetteer unless a given name vouches for it."""
    if isinstance(tokens, str):
        tokens = tokens.split()
    if not tokens or len(tokens) > 5:
        return False
    if tokens[0] in NAME_PARTICLES and tokens[0][:1].islower():
        return False
    if tokens[-1] in NAME_PARTICLES and (tokens[-1].islower() or len(tokens) < 2):
        return False  # a capitalised one ends a name as its family name: 'Anh Le'

    if not all(
        is_name_token(token, index == 0) or _word_surname(tokens, index)
        for index, token in enumerate(tokens)
    ):
        return False
    core = [t for t in tokens if t not in NAME_PARTICLES]
    return not _is_place_pair(core) and not _unvouched_capitals(core)


def _word_surname(tokens: list[str], index: int) -> bool:
    """'Anthony Lake': a family name that is also a word, closing a name that opens on a known
    given name which is no place ('Victoria Lake' may be a lake; 'Lake Anthony' is one)."""
    first = tokens[0]
    return (
        index == len(tokens) - 1
        and index > 0
        and tokens[index] in WORD_SURNAMES
        and is_given_name(first)
        and not is_place_word(first)
    )


def _is_place_pair(tokens: list[str]) -> bool:
    """'Nairobi Kenya', 'Lima Peru', 'Geneva': places, unless a token that is no place goes
    with a given name ('Georgia Whitby-Lane', 'Paris Hilton' keep theirs)."""
    whole = places.resolve(" ".join(tokens))
    if whole is not None and (whole.kind == "country" or not any(map(is_given_name, tokens))):
        return True  # 'Saint Lucia', 'Costa Rica': a country whatever given names it holds
    if all(map(is_place_word, tokens)) and places.country(tokens[-1]) is not None:
        return True  # 'Lima Peru': a city and its country, whatever given names they match
    place_tokens = [t for t in tokens if is_place_word(t) and not is_given_name(t)]
    opens_on_place = len(tokens) == 2 and tokens[0] in place_tokens  # 'Congratulating Sweden'
    return bool(place_tokens) and (len(place_tokens) == len(tokens) or opens_on_place)


def _unvouched_capitals(tokens: list[str]) -> bool:
    """A short all-capitals word ('LPR', 'TCG') is an acronym unless it opens a name written
    family name first ('QU Dongyu', 'TAN Wei Ming') or a known given name stands beside it
    ('Jesus ESPIGARES MIRA')."""
    short_capitals = [
        t for t in tokens if t.isupper() and t.isalpha() and len(t) <= ACRONYM_MAX_LETTERS
    ]
    if not short_capitals or family_name_first(tokens):
        return False
    return not any(is_given_name(t) for t in tokens if not t.isupper())


def family_name_first(tokens: list[str]) -> bool:
    """A name written family name first: in capitals before the given names ('TAN Wei Ming')
    or followed by a hyphenated given name ('Ban Ki-moon', 'Kim Tae-ho')."""
    if len(tokens) < 2:
        return False
    first, second = tokens[0], tokens[1]
    capitals = first.isupper() and len(first) > 1 and not second.isupper()
    return capitals or bool(GIVEN_NAME_AFTER_FAMILY.match(second))

"""Agreements between two or more parties: one record per distinct agreement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from transforms import places
from transforms.dates import find_dates
from transforms.records import Agreement
from transforms.rules.agreements import (
    ACTION,
    AGREEMENT_ACTIONS,
    AGREEMENT_KINDS,
    AGREEMENT_MENTION,
    ALSO,
    BACK_DETERMINERS,
    BETWEEN,
    CANONICAL,
    DURATION,
    FORM_OF,
    GENERIC_KINDS,
    IN_YEAR,
    KIND_AS_VERB,
    KIND_MODIFIERS,
    KNOWN_AS,
    LEGAL_FORM,
    MASS_AGREEMENT,
    NEW_DETERMINERS,
    NOT_YET,
    OF_PARTIES,
    ONE_PARTY_KINDS,
    SIGNED_BY,
    SINCE_SIGNING,
    SUBJECT_START,
    UNDER_INSTRUMENT,
    VERB_KINDS,
    WITH,
    YEAR_BEFORE_NAME,
    YEARS_AGO,
)
from transforms.rules.organisations import ALIASES, KNOWN_ORGANISATION
from transforms.spans import sentences

ACRONYM_IN = re.compile(r"\((?P<acronym>[A-Z][A-Za-z0-9\-]{1,12})\)")


@dataclass(slots=True)
class Draft:
    """An agreement being assembled from its mentions."""

    type: str
    family: str
    parties: list[str] = field(default_factory=list)
    year: int | None = None
    action: str | None = None
    duration: str | None = None


def _party(name: str) -> str:
    """A party as a short, comparable name: its acronym when the text gives one."""
    name = re.sub(r"^(?:the|The)\s", "", name.strip(" ,."))
    if match := ACRONYM_IN.search(name):
        acronym = match["acronym"]
        return ALIASES.get(acronym, acronym).split("-")[-1] if "-" in acronym else acronym
    name = re.sub(r"\s(?:on|in) (?:Monday|Tuesday|Wednesday|Thursday|Friday|\d.*)$", "", name)
    return ALIASES.get(name, name)


def _parties(sentence: str, mention_start: int, action_at: int | None) -> list[str]:
    """The parties a sentence names for an agreement: 'between A and B', 'A and B signed'."""
    for pattern in (BETWEEN, SIGNED_BY):
        if match := pattern.search(sentence):
            return [_party(match["a"]), _party(match["b"])]
    parties = []
    cut = action_at if action_at is not None and action_at < mention_start else mention_start
    subject = SUBJECT_START.split(sentence[:cut])[-1]
    subject = re.sub(
        r"\b(?:on|in|at)\s(?:\w+\s){0,3}$|\b(?:have|has|had|also|today|jointly|recently|already|previously|earlier)\s",
        " ",
        subject,
    )
    for chunk in re.split(r",\s|\sand\s", subject):
        chunk = re.sub(r"^(?:the|both)\s", "", chunk.strip())
        if (
            chunk[:1].isupper()
            and len(chunk.split()) <= 12
            and not chunk.startswith(("On ", "In "))
        ):
            parties.append(_party(chunk))
    if match := WITH.search(sentence, mention_start):
        parties.append(_party(match["b"]))
    return [p for p in dict.fromkeys(parties) if p]


def _type(sentence: str, start: int, end: int, kind: str) -> tuple[str, str]:
    """(type as written with its name-words, word before it)."""
    words = sentence[:start].split()
    taken: list[str] = []
    while words:
        word = words[-1].strip('“”"(')
        if word.lower() in KIND_MODIFIERS:
            taken.insert(0, word)
            words.pop()
            continue
        if (
            word.lower() == "and"
            and taken
            and len(words) > 1
            and words[-2].lower() in KIND_MODIFIERS
        ):
            taken.insert(0, word)
            words.pop()
            continue
        break
    determiner = words[-1].lower() if words else ""
    if (
        determiner in {"first", "second", "third", "fourth", "new", "latest"}
        and len(words) > 1
        and words[-2].lower() in BACK_DETERMINERS
    ):
        determiner = words[-2].lower()  # 'the third joint declaration': named, so definite
    while (
        determiner
        and re.fullmatch(r"[\w-]+-year|\d{4}[-–]\d{4}|(?:19|20)\d\d", determiner)
        and len(words) > 1
    ):
        words.pop()
        determiner = words[-1].lower()
    canonical = CANONICAL.get(kind.lower())
    if canonical and not taken:
        return canonical, determiner
    if kind.lower() in {"deal", "pact"}:
        kind = "agreement"
    name = " ".join([*taken, kind.lower() if kind.isupper() else kind])
    return _title(name), determiner


def _title(name: str) -> str:
    """'three-year joint action plan' -> 'Joint Action Plan' style, 'of'/'and' kept low."""
    out = []
    for word in name.split():
        if word.lower() in {"of", "and", "on", "for", "the"}:
            out.append(word.lower())
        elif word.isupper() and len(word) > 1 and word.lower() not in AGREEMENT_KINDS:
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


def _year(sentence: str, offset: int, published: date | None, action: str | None) -> int | None:
    """The year of an agreement: written near it, or the date the sentence gives, or the
    release's year when the release reports it as done."""
    if match := IN_YEAR.search(sentence):
        return int(match["year"])
    for mention in find_dates(sentence, published):
        if mention.value:
            return mention.value.year
    if YEARS_AGO.search(sentence):
        return None  # 'signed … a few years ago': not the release's year, and none is given
    return published.year if published else None


def find_agreements(text: str, published: date | None) -> list[Agreement]:
    """Every distinct agreement the text reports, in order of first mention."""
    drafts: list[Draft] = []
    for s_start, s_end in sentences(text):
        sentence = text[s_start:s_end]
        for match in AGREEMENT_MENTION.finditer(sentence):
            if match["plural"] or (
                match["kind"].isupper()
                and match["kind"] not in {"MOU", "MOUS"}
                and len(match["kind"]) > 3
                and not sentence.isupper()
            ):
                continue  # several agreements in one breath, or an acronym ('ACCORD')
            kind = match["kind"]
            family = AGREEMENT_KINDS[kind.lower()]
            type_, determiner = _type(sentence, match.start(), match.end(), kind)
            action_match = _nearest_action(sentence, match.start())
            action = AGREEMENT_ACTIONS.get(action_match.group().lower()) if action_match else None
            before = sentence[: match.start()]
            if (kind.lower() in VERB_KINDS and KIND_AS_VERB.search(before[-12:])) or (
                LEGAL_FORM.search(before[-24:])
            ):
                continue  # 'to deal with', 'the enlarged partial agreement'
            if type_ == "Agreement" and MASS_AGREEMENT.search(before[-16:]):
                continue  # 'without agreement on their extension': a consensus, no document
            generic = type_.lower() in GENERIC_KINDS or (
                kind.lower() in GENERIC_KINDS and len(type_.split()) == 1
            )
            fresh = determiner in NEW_DETERMINERS or bool(ALSO.search(before[-60:]))
            if drafts and FORM_OF.search(before[-30:]):
                target = drafts[-1]  # '… agreement in the form of a MoU': that agreement's form
                target.type, target.family = type_, family
                _update(target, sentence, match, published, action)
                continue
            # 'commitments under the Joint Comprehensive Plan of Action': an instrument in
            # the background, not a new name for an earlier bare 'agreement'
            type_start = sentence.lower().rfind(type_.lower(), 0, match.end())
            background = UNDER_INSTRUMENT.search(
                sentence[: type_start if type_start >= 0 else match.start()][-40:]
            )
            target = _referent(drafts, family, type_, generic, fresh)
            named_year = YEAR_BEFORE_NAME.search(
                sentence[: type_start if type_start >= 0 else match.start()][-60:]
            )
            if (
                target is not None
                and named_year
                and target.year is not None
                and int(named_year["year"]) != target.year
            ):
                target = None  # 'the 2016 … Joint Declaration' beside this year's: another one
            if (
                target is not None
                and action
                and (fresh or _other_year(sentence, match, target))
                and _new_party(sentence, match, target)
            ):
                target = None  # 'X also signed a … with Y (in 2015)': another agreement
            if target is None and not generic and not fresh and not background:
                target = _named_later(drafts, type_, family, determiner, sentence, match.start())
            if target is not None:
                if not generic and len(type_) > len(target.type) and not fresh and not background:
                    target.type = type_  # 'the third joint declaration' names it better
                _update(target, sentence, match, published, action)
                continue
            listed = _listed_parties(sentence[match.end() :])
            if SINCE_SIGNING.search(before[-80:]):
                continue  # 'since the signing of the … agreement': recalled, not reported
            if NOT_YET.search(before[-80:]) or not (action or BETWEEN.search(sentence) or listed):
                continue
            if family in ONE_PARTY_KINDS and not action:
                continue
            parties = listed or _parties(
                sentence, match.start(), action_match.start() if action_match else None
            )
            if family in ONE_PARTY_KINDS and "joint" not in type_.lower() and len(parties) < 2:
                continue
            draft = Draft(type_, family, parties)
            draft.year = (
                int(named_year["year"])
                if named_year
                else _year(sentence, match.start(), published, action)
            )
            _update(draft, sentence, match, published, action)
            drafts.append(draft)
    return [Agreement(d.type, None, d.parties, d.year, d.action, d.duration) for d in drafts]


def _new_party(sentence: str, match: re.Match, target: Draft) -> bool:
    """Whether a mention names, after 'with', a party the earlier agreement lacks."""
    found = WITH.search(sentence, match.end())
    return found is not None and _party(found["b"]) not in target.parties


def _other_year(sentence: str, match: re.Match, target: Draft) -> bool:
    """Whether a mention is dated to another year than the earlier agreement ('in 2015')."""
    found = IN_YEAR.search(sentence, match.end())
    return found is not None and target.year is not None and int(found["year"]) != target.year


def _listed_parties(after: str) -> list[str]:
    """Parties listed right after a kind: 'agreement of the EU, Ukraine and Russia' (each a
    country or a known organisation, so 'Declaration of Human Rights and …' lists none)."""
    match = OF_PARTIES.match(after)
    if match is None:
        return []
    names = [n.strip() for n in re.split(r",\s|\sand\s", match["list"]) if n.strip()]
    names = [re.sub(r"^the\s", "", n) for n in names]
    if len(names) < 2 or not all(
        places.country(n) or KNOWN_ORGANISATION.fullmatch(n) for n in names
    ):
        return []
    return [_party(n) for n in names]


def _named_later(
    drafts: list[Draft], type_: str, family: str, determiner: str, sentence: str, start: int
):
    """An earlier bare 'accord' or 'pact' that a definite, specific mention names
    ('signed an accord ... signed the memorandum of understanding with ...',
    'a pact known as the Memorandum of Understanding'): the same agreement, better named."""
    if determiner not in BACK_DETERMINERS and not KNOWN_AS.search(sentence[:start][-24:]):
        return None
    bare = [d for d in drafts if d.type.lower() in GENERIC_KINDS]
    if len(bare) != 1 or len(drafts) != 1:
        return None
    own_year = IN_YEAR.search(sentence, start)
    if own_year and bare[0].year and int(own_year["year"]) != bare[0].year:
        return None  # 'the Memorandum ... signed in 2012': an older agreement
    target = bare[0]
    target.type, target.family = type_, family
    return target


def _nearest_action(sentence: str, position: int):
    """The action word of the sentence closest to a mention."""
    actions = list(ACTION.finditer(sentence))
    if not actions:
        return None
    return min(actions, key=lambda m: abs(m.start() - position))


def _referent(drafts: list[Draft], family: str, type_: str, generic: bool, fresh: bool):
    """The earlier agreement a mention points back to, if any."""
    if not drafts:
        return None
    same = [d for d in drafts if d.family == family]
    if fresh:  # 'a Working Arrangement' again is the same one; 'a supplemental agreement' is not
        same_type = [d for d in same if d.type.lower() == type_.lower()]
        return same_type[-1] if same_type and not generic else None
    if same:
        return same[-1]
    if generic and family in {"agreement", "arrangement"}:
        return drafts[-1]
    return None


def _update(draft: Draft, sentence: str, match, published: date | None, action: str | None) -> None:
    """Fill what a mention adds: year, action, duration."""
    if draft.action is None:
        draft.action = action
        draft.year = draft.year or _year(sentence, match.start(), published, action)
    if draft.duration is None and (found := DURATION.search(sentence)):
        draft.duration = (
            (found["words"] or found["span"] or found["period"]).replace(" ", "-")
            if found["words"]
            else (found["span"] or found["period"])
        )

"""Agreements between two or more parties: one record per distinct instrument per party set.

A mention is read by a small grammar (rules in `transforms/rules/agreements.py`): modifiers
and a capitalised name before an instrument head ('EU-Ukraine Association Agreement',
'country programme framework', 'accord de siège'), the action done to it, its parties, year
and duration. Mentions of one instrument meet in one draft (coreference: 'the MoU', 'the
agreement' point back); a plural with a count or with several parties is one each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from transforms import places
from transforms.dates import find_dates
from transforms.records import Agreement
from transforms.rules.agreements import (
    ACRONYM_HEADS,
    ACRONYM_IN,
    ACTION,
    ACTION_REACH,
    AGREEMENT_ACTIONS,
    AGREEMENT_MENTION,
    AGREEMENT_SYNONYMS,
    ALSO,
    APPOSITION_BETWEEN,
    BACK_COUNT,
    BACK_DETERMINERS,
    BACKGROUND_FAMILIES,
    BARE_AGREEMENT_TYPES,
    BETWEEN,
    BILATERAL_ACTIONS,
    CANONICAL,
    CEASEFIRE_HOST_WORDS,
    COMPOUND_MODIFIER,
    CONSENSUS_AFTER,
    COUNT_BEFORE,
    COUNT_WORDS,
    DATED_PARTY,
    DATELINE_END,
    DOCUMENT_FAMILIES,
    DURATION,
    EARLIER_DETERMINERS,
    ELIDED,
    FORM_OF,
    FUTURE_ACTION,
    GENERIC_HEADS,
    HEADING_LINES,
    HEADS_NEEDING_MODIFIER,
    IN_YEAR,
    INDEFINITE,
    INSTRUMENT_HEADS,
    IRREGULAR_PLURALS,
    JOINT,
    KIND_AS_VERB,
    KIND_MODIFIERS,
    KNOWN_AS,
    LAST_MONTH,
    LAST_YEAR,
    LEADING_ARTICLE,
    LEGAL_FORM,
    LINKED_ACTION_AFTER,
    LINKED_ACTION_BEFORE,
    LINKED_ACTION_LIST,
    LIST_SEPARATOR,
    LOWER_IN_TITLE,
    MASS_AGREEMENT,
    MAX_COMMON_PARTY_WORDS,
    MAX_DATE_WORDS,
    MAX_HEADING,
    MAX_NAME_WORDS,
    MAX_PARTY_WORDS,
    NAME_LINKS,
    NAME_WORD,
    NEW_DETERMINERS,
    NOMINAL_ACTIONS,
    NOT_NAME_WORDS,
    NOT_PARTY_START,
    NOT_YET,
    OF_PARTIES,
    ON_BEHALF_OF,
    ONE_PARTY_FAMILIES,
    ORDINALS,
    ORIGINAL_DATE_BEFORE,
    OTHER_INSTRUMENT,
    OWN_YEAR_REACH,
    PARENT_INSTRUMENT,
    PARTICIPLE,
    PARTY_DATE_TAIL,
    POSSESSIVE_PARTY,
    PROSPECTIVE_AFTER,
    RENEWING_ACTIONS,
    REPLACED_BEFORE,
    REPORTED_BY,
    SENTENCE_CACHE,
    SIGNED_BY,
    SINCE_SIGNING,
    SUBJECT_START,
    SUBJECT_TAIL,
    TALLY_BEFORE,
    UNDER_INSTRUMENT,
    UNDONE_ACTION,
    VERB_HEADS,
    WITH,
    WITH_EACH,
    WITH_LIST,
    YEAR_AFTER_NAME,
    YEAR_BEFORE_NAME,
    YEAR_IN_BRACKETS,
    YEAR_OR_SPAN_WORD,
    YEARS_AGO,
)
from transforms.rules.dates import MONTHS, WEEKDAYS
from transforms.rules.organisations import ALIASES, KNOWN_ORGANISATION
from transforms.rules.people import HONORIFICS
from transforms.spans import sentences

DETERMINERS = NEW_DETERMINERS | BACK_DETERMINERS | EARLIER_DETERMINERS


@dataclass(slots=True)
class Draft:
    """An agreement being assembled from its mentions."""

    type: str
    family: str
    parties: list[str] = field(default_factory=list)
    year: int | None = None
    action: str | None = None
    duration: str | None = None
    counted: bool = False  # one of 'three Host Agreements', not yet named on its own


@dataclass(slots=True)
class Mention:
    """One mention of an instrument in a sentence, read by the grammar."""

    head: str  # the head noun, lower case and singular ('agreement', 'memorandum')
    family: str
    type: str  # the name as the record gives it ('Safeguards Agreement')
    determiner: str  # the word before the name ('the', 'a', 'third')
    start: int  # where the name (modifiers included) starts in the sentence
    end: int
    plural: bool
    modified: bool  # the name has modifiers ('cooperation agreement', 'Riyadh Declaration')
    named: bool  # the name has capitalised words of its own ('Riyadh Declaration')
    coordinated: list[str]  # a plural's types, one per modifier: 'loan and grant agreements'
    opening: bool = False  # in a heading naming the parties: what the release is about


def find_agreements(text: str, published: date | None, title: str | None = None) -> list[Agreement]:
    """Every distinct agreement the text reports, in order of first mention; the headline
    (`title`) names it when the body only says 'an agreement'."""
    drafts: list[Draft] = []
    headings = _heading_spans(text)
    for s_start, s_end in sentences(text):
        sentence = text[s_start:s_end]
        previous_end = None
        for match in AGREEMENT_MENTION.finditer(sentence):
            mention = _mention(sentence, match)
            if mention is None:
                continue
            if previous_end is not None and APPOSITION_BETWEEN.match(
                sentence[previous_end : mention.start]
            ):
                continue  # 'signed a MoU, their first cooperation agreement': the same one
            previous_end = mention.end
            mention.opening = any(start <= s_start < end for start, end in headings)
            _take(drafts, sentence, mention, published)
    if title:
        _name_by_headline(drafts, title)
    return [Agreement(d.type, None, d.parties, d.year, d.action, d.duration) for d in drafts]


def _name_by_headline(drafts: list[Draft], title: str) -> None:
    """Give the one bare 'Agreement' of a release the name its headline gives ('… Sign Land
    Agreement' over a body that says 'signed an agreement to provide land')."""
    bare = [d for d in drafts if d.type.lower() in BARE_AGREEMENT_TYPES]
    named = {
        (m.type, m.family)
        for match in AGREEMENT_MENTION.finditer(title)
        if (m := _mention(title, match))
        and not m.plural
        and m.family in DOCUMENT_FAMILIES
        and m.type.lower() not in BARE_AGREEMENT_TYPES
    }
    if len(bare) == 1 and len(drafts) == 1 and len(named) == 1:
        bare[0].type, bare[0].family = next(iter(named))


def _heading_spans(text: str) -> list[tuple[int, int]]:
    """The heading lines among the text's first lines that name an agreement's parties
    ('MEMORANDUM OF UNDERSTANDING BETWEEN A AND B'): what the release is, so reported."""
    spans, start, seen = [], 0, 0
    while start < len(text) and seen < HEADING_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        words = text[start:end].strip()
        if words:
            seen += 1
            if not words.endswith(".") and len(words) <= MAX_HEADING and BETWEEN.search(words):
                spans.append((start, end))
        start = end + 1
    return spans


# --- Reading one mention -------------------------------------------------------------------


def _mention(sentence: str, match: re.Match) -> Mention | None:
    """A mention of an instrument, or None where the head word is no instrument here."""
    written = match["kind"]
    if (
        written.isupper()
        and written.lower() not in ACRONYM_HEADS
        and len(written) > 3
        and not sentence.isupper()
    ):
        return None  # an acronym ('ACCORD'), not a head
    head = IRREGULAR_PLURALS.get(written.lower(), written.lower())
    plural = bool(match["plural"]) or written.lower() in IRREGULAR_PLURALS
    before = sentence[: match.start()]
    if (head in VERB_HEADS and KIND_AS_VERB.search(before[-12:])) or LEGAL_FORM.search(
        before[-24:]
    ):
        return None  # 'to deal with', 'the enlarged partial agreement'
    modifiers, named_words, determiner = _name_words(before.split(), written)
    modified = bool(modifiers or named_words)
    if head in HEADS_NEEDING_MODIFIER and not any(
        w.lower() in KIND_MODIFIERS for w in [*modifiers, *named_words]
    ):
        return None  # 'the framework', 'the UN Development Programme' (a body)
    if head == "agreement" and not modified and MASS_AGREEMENT.search(before[-16:]):
        return None  # 'reached agreement on': a consensus, no document
    if head == "agreement" and not modified and CONSENSUS_AFTER.match(sentence, match.end()):
        return None  # 'reached an agreement on the need to …': a consensus
    if PARENT_INSTRUMENT.search(before[-60:]):
        return None  # 'a protocol to their safeguards agreements': the parent, recalled
    name_words = [*named_words, *modifiers]
    start = _name_start(sentence, match.start(), name_words)
    return Mention(
        head=head,
        family=INSTRUMENT_HEADS[head],
        type=_type(head, written, name_words, plural),
        determiner=determiner,
        start=start,
        end=match.end(),
        plural=plural,
        modified=modified,
        named=bool(named_words),
        coordinated=_coordinated(head, written, modifiers) if plural and not named_words else [],
    )


def _coordinated(head: str, written: str, modifiers: list[str]) -> list[str]:
    """The types of a plural whose modifiers are coordinated, one each: 'the loan and grant
    agreements' -> ['Loan Agreement', 'Grant Agreement']; [] when not coordinated."""
    if "and" not in (word.lower() for word in modifiers):
        return []
    groups = " ".join(modifiers).replace(" And ", " and ").split(" and ")
    return [_type(head, written, group.split(), True) for group in groups if group.strip()]


def _name_words(words: list[str], written: str) -> tuple[list[str], list[str], str]:
    """(modifiers, capitalised name words, determiner) standing before a head as written:
    'the 2016 Kigali Association Agreement' -> (['Association'], ['Kigali'], 'the')."""
    words = list(words)
    modifiers = _modifiers(words)
    named = _capitalised_name(words) if written[:1].isupper() else []
    determiner = _determiner(words)
    return modifiers, named, determiner


def _determiner(words: list[str]) -> str:
    """The word before a name, past a year or a duration ('a three-year Joint Action Plan');
    'the third joint declaration' is named, so definite."""
    words = list(words)
    determiner = words[-1].lower() if words else ""
    if determiner in ORDINALS and len(words) > 1 and words[-2].lower() in BACK_DETERMINERS:
        return words[-2].lower()
    while determiner and YEAR_OR_SPAN_WORD.fullmatch(determiner) and len(words) > 1:
        words.pop()
        determiner = words[-1].lower()
    return determiner


def _modifiers(words: list[str]) -> list[str]:
    """Modifier words before a head, taken off the end of `words` ('peace and
    reconciliation accord' -> ['peace', 'and', 'reconciliation'])."""
    taken: list[str] = []
    while words:
        word = words[-1].strip('“”"([')
        if (
            word.lower() in KIND_MODIFIERS
            or (not taken and COMPOUND_MODIFIER.fullmatch(word))
            or (
                word.lower() == "and"
                and taken
                and len(words) > 1
                and words[-2].lower() in KIND_MODIFIERS
            )
        ):
            taken.insert(0, word)
            words.pop()
        else:
            break
    return taken


def _capitalised_name(words: list[str]) -> list[str]:
    """Capitalised words naming an instrument written in title case ('the Riyadh
    Declaration', 'the Cessation of Hostilities Agreement'), taken off the end of `words`;
    no acronym, possessive, participle, action, month or weekday."""
    taken: list[str] = []
    while words and len(taken) < MAX_NAME_WORDS:
        word = words[-1].strip('“”"([')
        if (
            word in NAME_LINKS
            and taken
            and len(words) > 1
            and NAME_WORD.fullmatch(words[-2])
            and words[-2] not in NOT_NAME_WORDS
        ):
            taken.insert(0, word)  # 'Cessation of Hostilities Agreement'
            words.pop()
            continue
        if (
            not NAME_WORD.fullmatch(word)
            or word in NOT_NAME_WORDS
            or PARTICIPLE.search(word)
            or word.lower() in AGREEMENT_ACTIONS
            or word.lower() in MONTHS
            or word.lower() in WEEKDAYS
        ):
            break
        taken.insert(0, word)
        words.pop()
    return taken


def _name_start(sentence: str, head_start: int, name_words: list[str]) -> int:
    """Where a mention's name begins: its first modifier, else its head."""
    if not name_words:
        return head_start
    found = sentence.rfind(name_words[0], 0, head_start)
    return found if found >= 0 else head_start


def _type(head: str, written: str, name_words: list[str], plural: bool) -> str:
    """The record's type: the name as written in title case, a bare head canonical."""
    canonical = CANONICAL.get(head)
    if canonical:
        return _title(" ".join([*name_words, canonical])) if name_words else canonical
    if head in AGREEMENT_SYNONYMS:
        written = "agreement"
    elif plural:
        written = head
    name = " ".join([*name_words, written.lower() if written.isupper() else written])
    return _title(name)


def _title_part(part: str) -> str:
    """One part of a hyphenated word in title case: 'status-of-mission' -> 'Status-of-Mission'."""
    return part.lower() if part.lower() in LOWER_IN_TITLE else part[:1].upper() + part[1:].lower()


def _title(name: str) -> str:
    """'joint action plan' -> 'Joint Action Plan'; 'of'/'and' low, acronyms kept."""
    out = []
    for word in name.split():
        if word.lower() in LOWER_IN_TITLE or word.lower().startswith(ELIDED):
            out.append(word.lower())
        elif word.isupper() and len(word) > 1 and word.lower() not in INSTRUMENT_HEADS:
            out.append(word)
        elif any(c.isupper() for c in word[1:]):
            out.append(word)  # 'EU-Ukraine', 'McDonald'
        else:
            out.append("-".join(_title_part(p) for p in word.split("-")))
    return " ".join(out)


# --- Placing a mention: an earlier agreement, new ones, or none -----------------------------


def _take(drafts: list[Draft], sentence: str, mention: Mention, published: date | None) -> None:
    """Add what a mention says to the drafts: a new agreement, or more about a known one."""
    before = sentence[: mention.start]
    action_match = _action_for(sentence, mention)
    action = AGREEMENT_ACTIONS.get(action_match.group().lower()) if action_match else None
    undone = bool(action_match and UNDONE_ACTION.search(sentence[: action_match.start()][-30:]))
    if undone:
        published = None  # 'to revoke its signature to the MoU': it dates nothing
    done = None if undone else action
    generic = _generic(mention)
    fresh = mention.determiner in NEW_DETERMINERS or bool(ALSO.search(before[-60:]))
    if drafts and not mention.plural and FORM_OF.search(before[-30:]):
        target = drafts[-1]  # '… agreement in the form of a MoU': that agreement's form
        target.type, target.family = mention.type, mention.family
        _update(target, sentence, mention, published, done)
        return
    # 'commitments under the Joint Comprehensive Plan of Action': an instrument in the
    # background, not a new name for an earlier bare 'agreement'
    background = bool(UNDER_INSTRUMENT.search(before[-40:]))
    # 'the 2016 … Joint Declaration', 'the Joint Declaration of 2016'
    named_year = YEAR_BEFORE_NAME.search(before[-60:]) or YEAR_AFTER_NAME.match(
        sentence, mention.end
    )
    target = _known(drafts, sentence, mention, generic, fresh, action, named_year)
    if target is None and action and not generic and not fresh and not background:
        target = _named_later(drafts, mention, sentence)
    if target is not None:
        if (
            not generic
            and len(mention.type.split()) > len(target.type.split())
            and not fresh
            and not background
            and not mention.plural
        ):
            target.type = mention.type  # 'the third joint declaration' names it better
        elif _names_the_report(target, mention, action, generic):
            target.type = mention.type  # the sentence reporting the signing names it
        _update(target, sentence, mention, published, done)
        return
    if slot := _counted_slot(drafts, mention):
        _fill(slot, sentence, mention)  # '1- The Agreement for hosting …'
        return
    for draft in _new_drafts(sentence, mention, action, action_match, published, named_year):
        _update(draft, sentence, mention, published, done)
        drafts.append(draft)


def _names_the_report(target: Draft, mention: Mention, action: str | None, generic: bool) -> bool:
    """Whether a mention, the first to report what was done, names an agreement first seen
    without an action ('the Joint Sub-regional Strategy' in a pull quote, then 'signed a
    Joint Subregional Strategy')."""
    return (
        target.action is None
        and action is not None
        and not generic
        and not mention.plural
        and mention.family == target.family
    )


def _counted_slot(drafts: list[Draft], mention: Mention) -> Draft | None:
    """The next of the agreements a count announced ('two headquarters agreements … The
    initial agreement with A … a new agreement with B') that a singular mention names."""
    if mention.plural:
        return None
    return next((d for d in drafts if d.counted and d.family == mention.family), None)


def _fill(slot: Draft, sentence: str, mention: Mention) -> None:
    """Give a counted agreement what its own mention says: its party, its year."""
    slot.counted = False
    if found := WITH.search(sentence, mention.end):
        party = _party(found["b"])
        slot.parties = [p for p in slot.parties if p != party] + [party]
    own_year = YEAR_IN_BRACKETS.match(sentence, mention.end) or IN_YEAR.search(
        sentence[mention.end : mention.end + OWN_YEAR_REACH]
    )
    if own_year:
        slot.year = int(own_year["year"])


def _generic(mention: Mention) -> bool:
    """Whether a mention is a bare generic head ('the agreement', 'the MoU')."""
    return not mention.modified and mention.head in GENERIC_HEADS


def _known(
    drafts: list[Draft],
    sentence: str,
    mention: Mention,
    generic: bool,
    fresh: bool,
    action: str | None,
    named_year: re.Match | None,
) -> Draft | None:
    """The earlier agreement a mention speaks of again, if any."""
    if mention.plural:
        return _plural_referent(drafts, sentence, mention)
    new_party = _new_party(sentence, mention, drafts[-1]) if drafts else False
    target = _referent(drafts, sentence, mention, generic, fresh, new_party)
    if target is None:
        return None
    if named_year and target.year is not None and int(named_year["year"]) != target.year:
        return None  # 'the 2016 … Joint Declaration' beside this year's: another one
    own_year = IN_YEAR.search(sentence[mention.end : mention.end + OWN_YEAR_REACH])
    if not generic and own_year and target.year and int(own_year["year"]) != target.year:
        return None  # 'the Model Protocol was agreed upon in 1997': not this year's one
    if (
        action
        and (fresh or _other_year(sentence, mention, target))
        and _new_party(sentence, mention, target)
    ):
        return None  # 'X also signed a … with Y (in 2015)': another agreement
    return target


def _plural_referent(drafts: list[Draft], sentence: str, mention: Mention) -> Draft | None:
    """An earlier agreement a definite plural refers to ('these important Host Agreements',
    'the two agreements' after they were reported): the last of its family; None for a
    plural that is new ('signed two host agreements')."""
    counted_back = BACK_COUNT.search(sentence[: mention.start][-40:])
    if mention.determiner not in BACK_DETERMINERS and not counted_back:
        return None
    same = [d for d in drafts if d.family == mention.family]
    return same[-1] if same else None


def _referent(
    drafts: list[Draft],
    sentence: str,
    mention: Mention,
    generic: bool,
    fresh: bool,
    new_party: bool,
) -> Draft | None:
    """The earlier agreement a singular mention points back to, if any."""
    if not drafts or mention.determiner in EARLIER_DETERMINERS:
        return None  # 'the previous arrangement': an older one
    if REPLACED_BEFORE.search(sentence[: mention.start]):
        return None  # 'which replaces the MoU signed in 2004': an older one
    same = [d for d in drafts if d.family == mention.family]
    if mention.family == "ceasefire" and not same:
        hosts = [d for d in drafts if set(d.type.lower().split()) <= CEASEFIRE_HOST_WORDS]
        return hosts[-1] if hosts else None  # 'an agreement to implement a truce'
    if fresh:  # 'a Working Arrangement' again is the same one; 'a supplemental agreement' is not
        same_type = [d for d in same if d.type.lower() == mention.type.lower()]
        if same_type and not generic:
            return same_type[-1]
        repeated = (
            mention.determiner in INDEFINITE
            and not ALSO.search(sentence[: mention.start][-60:])
            and not new_party
        )
        # 'signed an agreement today' in the lead and again in the first paragraph
        return same_type[-1] if same_type and repeated else None
    if same:
        return same[-1]
    if generic and {mention.family, drafts[-1].family} <= DOCUMENT_FAMILIES:
        return drafts[-1]  # 'a Cooperation Agreement … the memorandum was signed by'
    if _other_words_for_the_only_one(drafts, sentence, mention, new_party):
        return drafts[0]  # 'signed a Memorandum … The cooperation agreement covers'
    return None


def _other_words_for_the_only_one(
    drafts: list[Draft], sentence: str, mention: Mention, new_party: bool
) -> bool:
    """Whether a definite mention of another kind names the one document reported so far in
    other words, with nothing saying it is another ('builds on', another year or party)."""
    if len(drafts) != 1 or mention.determiner not in BACK_DETERMINERS or new_party:
        return False
    if not {drafts[0].family, mention.family} <= DOCUMENT_FAMILIES:
        return False
    own_year = IN_YEAR.search(sentence, mention.end)
    if own_year and drafts[0].year and int(own_year["year"]) != drafts[0].year:
        return False
    return not OTHER_INSTRUMENT.search(sentence[: mention.start][-60:])


def _new_drafts(
    sentence: str,
    mention: Mention,
    action: str | None,
    action_match: re.Match | None,
    published: date | None,
    named_year: re.Match | None,
) -> list[Draft]:
    """The agreements a first mention reports: none, one, or one per party or count."""
    reported = mention.opening or bool(REPORTED_BY.search(sentence[: mention.start][-40:]))
    if not _reports_one(sentence, mention, action, action_match, reported):
        return []
    parties = _first_parties(sentence, mention, action, action_match)
    if parties is None:
        return []  # 'the Council adopted its Action Plan' or 'the EU's strategy': its own
    year = (
        int(named_year["year"])
        if named_year
        else _year(sentence, (mention.start, mention.end), published, bool(action or reported))
    )
    if mention.plural:
        return _plural_drafts(sentence, mention, parties, year)
    if dated := _parties_with_years(sentence[: mention.start]):
        counterpart = _counterpart(sentence, mention)
        return [
            Draft(mention.type, mention.family, [party, *counterpart], party_year)
            for party, party_year in dated
        ]
    return [Draft(mention.type, mention.family, parties, year)]


def _reports_one(
    sentence: str,
    mention: Mention,
    action: str | None,
    action_match: re.Match | None,
    reported: bool,
) -> bool:
    """Whether a first mention reports an agreement as done: an action, a reporting verb, a
    heading or the parties named; not recalled, hoped for, future, denied or in question."""
    before = sentence[: mention.start]
    if SINCE_SIGNING.search(before[-80:]) or NOT_YET.search(before[-80:]):
        return False  # 'since the signing of the … agreement', 'hope to conclude'
    if not (action or reported or _between(sentence) or _listed_parties(sentence[mention.end :])):
        return False
    if action_match and FUTURE_ACTION.search(sentence[: action_match.start()][-40:]):
        return False  # 'will sign the agreement next week': not (yet) done
    if PROSPECTIVE_AFTER.match(sentence, mention.end):
        return False  # 'the agreement might be signed on 29 November'
    needs_action = mention.family in ONE_PARTY_FAMILIES | BACKGROUND_FAMILIES
    return bool(action) or not needs_action


def _first_parties(
    sentence: str, mention: Mention, action: str | None, action_match: re.Match | None
) -> list[str] | None:
    """The parties of a new agreement; None when a one-party kind (a plan, a strategy) has
    only one, so it is that party's own."""
    parties = _listed_parties(sentence[mention.end :]) or _parties(
        sentence, mention.start, action_match.start() if action_match else None
    )
    owner = POSSESSIVE_PARTY.search(sentence[: mention.start][-60:])
    if owner and action in BILATERAL_ACTIONS:
        # 'the Agency signed Ruritania's Country Programme Framework': a signature has two sides
        parties = list(dict.fromkeys([_party(owner["party"]), *parties]))
    joint = JOINT in mention.type.lower() or (mention.family == "declaration" and mention.named)
    if mention.family in ONE_PARTY_FAMILIES and not joint and len(parties) < 2:
        return None
    if owner:
        parties = list(dict.fromkeys([_party(owner["party"]), *parties]))
    return parties


def _plural_drafts(
    sentence: str, mention: Mention, parties: list[str], year: int | None
) -> list[Draft]:
    """'three Host Agreements': three; 'the loan and grant agreements': one each; 'A, B and C
    signed agreements with D': one per party; a plural that counts nothing ('agreements
    with several bodies'): none."""
    if mention.coordinated:
        return [Draft(kind, mention.family, list(parties), year) for kind in mention.coordinated]
    listed = _with_list(sentence, mention)
    if count := COUNT_BEFORE.search(sentence[: mention.start]):
        if TALLY_BEFORE.search(sentence[: count.start()]):
            return []  # 'the first country to have signed four such agreements': a tally
        written = count["count"].lower()
        number = COUNT_WORDS.get(written) or int(written)
        if number != len(listed):  # 'three MoUs with Ghana, Togo and Benin': one each, below
            return [
                Draft(mention.type, mention.family, list(parties), year, counted=True)
                for _ in range(number)
            ]
    counterpart = _counterpart(sentence, mention)
    subject = [p for p in parties if p not in counterpart]
    if len(listed) >= 2:
        each, others = listed, subject
    elif len(subject) >= 2 and counterpart and all(_is_party_name(p) for p in subject):
        each, others = subject, counterpart
    elif (
        mention.modified
        and mention.family not in ONE_PARTY_FAMILIES
        and len(parties) == 2
        and any(p[:1].isupper() for p in parties)
    ):
        # 'ADB and the government signed loan agreements': one kind between the two of them
        return [Draft(mention.type, mention.family, list(parties), year)]
    else:
        return []
    return [Draft(mention.type, mention.family, [party, *others], year) for party in each]


# --- Parties ---------------------------------------------------------------------------------


def _party(name: str) -> str:
    """A party as a short, comparable name: its acronym when the text gives one."""
    name = LEADING_ARTICLE.sub("", name.strip(" ,."))
    if match := ACRONYM_IN.search(name):
        acronym = match["acronym"]
        return ALIASES.get(acronym, acronym).split("-")[-1] if "-" in acronym else acronym
    name = PARTY_DATE_TAIL.sub("", name)
    return ALIASES.get(name, name)


def _is_date(chunk: str) -> bool:
    """Whether a subject part is a date, no party ('Today', 'March 21')."""
    return len(chunk.split()) <= MAX_DATE_WORDS and any(
        m.start == 0 for m in find_dates(chunk, date(2000, 1, 1))
    )


def _is_party_name(name: str) -> bool:
    """Whether a name is a country or a known organisation (so a list of them is parties)."""
    return bool(places.country(name) or KNOWN_ORGANISATION.fullmatch(name))


def _parties(sentence: str, mention_start: int, action_at: int | None) -> list[str]:
    """The parties a sentence names for an agreement: 'between A and B', 'A and B signed',
    'signed by X on behalf of A and Y on behalf of B'."""
    signed_for = [_party(m["party"]) for m in ON_BEHALF_OF.finditer(sentence)]
    if len(signed_for) == 2 and SIGNED_BY.search(sentence):
        return signed_for
    if match := _between(sentence) or SIGNED_BY.search(sentence):
        return [_party(match["a"]), _party(match["b"])]
    parties = []
    if action_at is None or action_at > mention_start:
        # 'the agreement reached between …', 'welcomed the truce agreed by': the sentence's
        # subject did not do it
        found = WITH.search(sentence, mention_start)
        return [_party(found["b"])] if found else []
    subject = SUBJECT_START.split(sentence[: _subject_end(sentence, action_at)])[-1]
    subject = SUBJECT_TAIL.sub(" ", subject)
    chunks = LIST_SEPARATOR.split(subject)
    if any(c.strip() and c.split()[0] not in HONORIFICS for c in chunks):
        # 'the Mayor of X, H.E. Ms Y Z, signed': the person signs for the party named
        chunks = [c for c in chunks if not c.strip() or c.split()[0] not in HONORIFICS]
    for chunk in chunks:
        # a definite common noun is a party in a coordinated subject ('the regional body
        # and the Bank'), not alone ('the two bodies')
        definite = len(chunks) > 1 and chunk.strip().lower().startswith("the ")
        chunk = LEADING_ARTICLE.sub("", chunk.strip())
        if chunk.lower() in DETERMINERS or chunk.startswith(NOT_PARTY_START) or _is_date(chunk):
            continue
        if (chunk[:1].isupper() and len(chunk.split()) <= MAX_PARTY_WORDS) or (
            definite and chunk[:1].islower() and len(chunk.split()) <= MAX_COMMON_PARTY_WORDS
        ):
            parties.append(_party(chunk))
    if match := WITH.search(sentence, mention_start):
        parties.append(_party(match["b"]))
    return [p for p in dict.fromkeys(parties) if p]


def _subject_end(sentence: str, action_at: int) -> int:
    """Where the subject ends: at the action, or for an action written as a noun ('signed the
    renewal of') at the first action before it."""
    action = ACTION.match(sentence, action_at)
    if action is None or action.group().lower() not in NOMINAL_ACTIONS:
        return action_at
    earlier = ACTION.search(sentence, 0, action_at)
    return earlier.start() if earlier else action_at


def _counterpart(sentence: str, mention: Mention) -> list[str]:
    """The party after 'with' that every listed party signs with ('… with the ICC')."""
    found = WITH.search(sentence, mention.end)
    return [_party(found["b"])] if found else []


def _with_list(sentence: str, mention: Mention) -> list[str]:
    """Countries or organisations listed after 'with' ('in force with Albania and
    Montenegro'), or any two parties each after its own 'with'."""
    found = WITH_LIST.search(sentence, mention.end)
    if found is None:
        return []
    if each := WITH_EACH.match(found["list"]):
        # 'with the University of Nairobi and with Makerere University': 'with' again says
        # each is a party of its own, whatever its kind
        return [_party(each["a"]), _party(each["b"])]
    names = [LEADING_ARTICLE.sub("", n.strip()) for n in LIST_SEPARATOR.split(found["list"])]
    names = [n for n in names if n]
    if len(names) < 2 or not all(_is_party_name(n) for n in names):
        return []
    return [_party(n) for n in names]


def _parties_with_years(subject: str) -> list[tuple[str, int]]:
    """Parties each given with its own year: 'Austria, in 2005, and the United Kingdom, in
    2007, had become the first States to enter into an agreement' (one agreement each)."""
    dated = [(_party(m["name"]), int(m["year"])) for m in DATED_PARTY.finditer(subject)]
    return dated if len(dated) >= 2 else []


def _new_party(sentence: str, mention: Mention, target: Draft) -> bool:
    """Whether a mention names, after 'with', a party the earlier agreement lacks."""
    found = WITH.search(sentence, mention.end)
    return found is not None and _party(found["b"]) not in target.parties


def _listed_parties(after: str) -> list[str]:
    """Parties listed right after a kind: 'agreement of the EU, Ukraine and Russia' (each a
    country or a known organisation, so 'Declaration of Human Rights and …' lists none)."""
    match = OF_PARTIES.match(after)
    if match is None:
        return []
    names = [n.strip() for n in LIST_SEPARATOR.split(match["list"]) if n.strip()]
    names = [LEADING_ARTICLE.sub("", n) for n in names]
    if len(names) < 2 or not all(_is_party_name(n) for n in names):
        return []
    return [_party(n) for n in names]


# --- Coreference helpers -----------------------------------------------------------------------


def _named_later(drafts: list[Draft], mention: Mention, sentence: str) -> Draft | None:
    """An earlier bare 'accord' or 'pact' that a definite, specific mention names
    ('signed an accord ... signed the memorandum of understanding with ...',
    'a pact known as the Memorandum of Understanding'): the same agreement, better named."""
    if mention.determiner not in BACK_DETERMINERS and not KNOWN_AS.search(
        sentence[: mention.start][-24:]
    ):
        return None
    if mention.family in ONE_PARTY_FAMILIES:
        return None  # 'the agreement … supports the Country Programme': its content, no name
    bare = [d for d in drafts if d.type.lower() in GENERIC_HEADS]
    if len(bare) != 1 or len(drafts) != 1:
        return None
    own_year = IN_YEAR.search(sentence, mention.start)
    if own_year and bare[0].year and int(own_year["year"]) != bare[0].year:
        return None  # 'the Memorandum ... signed in 2012': an older agreement
    target = bare[0]
    target.type, target.family = mention.type, mention.family
    return target


def _other_year(sentence: str, mention: Mention, target: Draft) -> bool:
    """Whether a mention is dated to another year than the earlier agreement ('in 2015')."""
    found = IN_YEAR.search(sentence, mention.end)
    return found is not None and target.year is not None and int(found["year"]) != target.year


# --- Action, year, duration ----------------------------------------------------------------------


def _action_for(sentence: str, mention: Mention) -> re.Match | None:
    """The action done to a mention: the sentence's nearest action word; for an instrument
    mostly recalled in the background (a treaty, a convention), only one bound to it
    ('ratified the Convention', 'the Treaty, which was adopted')."""
    if mention.family in BACKGROUND_FAMILIES:
        near = max(0, mention.start - ACTION_REACH)
        linked = (
            LINKED_ACTION_BEFORE.search(sentence, near, mention.start)
            or LINKED_ACTION_AFTER.match(sentence, mention.end)
            or LINKED_ACTION_LIST.search(sentence, max(0, mention.start - 400), mention.start)
        )
        # the action word inside the bound phrase, placed in the sentence
        return ACTION.search(sentence, linked.start(), linked.end()) if linked else None
    actions = _actions_in(sentence)
    if not actions:
        return None
    return min(actions, key=lambda m: abs(m.start() - mention.start))


def _year(sentence: str, span: tuple[int, int], published: date | None, done: bool) -> int | None:
    """The year of an agreement: the one written or dated nearest to it in its sentence, or
    the release's year when the release reports it as done (signed, welcomed), else none
    ('following an agreement between the EU and Egypt' is not dated by the release)."""
    start, end = span
    candidates = _years_in(sentence, published)
    if _renewed_now(sentence):
        # 'a renewal of their MoU, first signed in 2018': the renewal's year, not the first one's
        candidates = [c for c in candidates if not ORIGINAL_DATE_BEFORE.search(sentence, 0, c[0])]
    if (dateline := DATELINE_END.match(sentence)) and dateline.end() <= start:
        after = [c for c in candidates if c[0] >= dateline.end()]
        candidates = after or candidates  # the dateline's date dates the release
    if candidates:
        # the gap between the mention and a date: 'the Biketawa Declaration in 2000 and the
        # Boe Declaration in 2018' dates each by the year right after it
        nearest = min(candidates, key=lambda c: max(0, c[0] - end, start - c[1]))
        return nearest[2]
    if YEARS_AGO.search(sentence):
        return None  # 'signed … a few years ago': not the release's year, and none is given
    return published.year if published and done else None


@lru_cache(maxsize=SENTENCE_CACHE)
def _years_in(sentence: str, published: date | None) -> list[tuple[int, int, int]]:
    """(start, end, year) of every year and date a sentence gives, read once per sentence."""
    years = [(m.start(), m.end(), int(m["year"])) for m in IN_YEAR.finditer(sentence)]
    years += [(m.start, m.end, m.value.year) for m in find_dates(sentence, published) if m.value]
    if published:
        years += [
            (m.start(), m.end(), _last_month_year(MONTHS[m["month"].lower()], published))
            for m in LAST_MONTH.finditer(sentence)
        ]
        years += [(m.start(), m.end(), published.year - 1) for m in LAST_YEAR.finditer(sentence)]
    return years


@lru_cache(maxsize=SENTENCE_CACHE)
def _between(sentence: str) -> re.Match | None:
    """The sentence's 'between A and B', read once per sentence."""
    return BETWEEN.search(sentence)


@lru_cache(maxsize=SENTENCE_CACHE)
def _renewed_now(sentence: str) -> bool:
    """Whether a sentence reports a renewal done: a verb ('renewed', 'extended'), or the noun
    with an action done to it ('signed a renewal of'), not 'discussions focused on the renewal
    of the agreement, first signed in 2009'."""
    actions = _actions_in(sentence)
    renewing = [a for a in actions if AGREEMENT_ACTIONS.get(a.group().lower()) in RENEWING_ACTIONS]
    if any(a.group().lower() not in NOMINAL_ACTIONS for a in renewing):
        return True
    done = [
        a
        for a in actions
        if a not in renewing
        and a.group().lower() not in NOMINAL_ACTIONS
        and not ORIGINAL_DATE_BEFORE.search(sentence, 0, a.end() + 1)
    ]
    return bool(renewing and done)


def _actions_in(sentence: str) -> list[re.Match]:
    """Every action word of a sentence, read once per sentence."""
    return list(ACTION.finditer(sentence))


def _last_month_year(month: int, published: date) -> int:
    """The year of 'last September' said on a release date: the month's latest past one."""
    return published.year - 1 if month >= published.month else published.year


def _update(
    draft: Draft, sentence: str, mention: Mention, published: date | None, action: str | None
) -> None:
    """Fill what a mention adds: year, action, duration."""
    if draft.action is None:
        draft.action = action
        draft.year = draft.year or _year(
            sentence, (mention.start, mention.end), published, bool(action)
        )
    if draft.duration is None and (found := DURATION.search(sentence)):
        draft.duration = (
            found["words"].replace(" ", "-")
            if found["words"]
            else (found["span"] or found["period"])
        )

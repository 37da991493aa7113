"""Quotes: words set off by quote marks (or a block under '— Name'), with their speaker.

Marks are classified by where they stand (after a space: opens; before a space or
punctuation: closes), so mixed pairs (“ … ") and closing “ are read right; apostrophes
inside words never count. Paragraphs with mojibake are left alone. Linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from itertools import pairwise

from transforms import names
from transforms.entities import (
    Cast,
    PersonMention,
    Speaker,
    antecedents,
    describes_someone,
    parse_speaker,
    resolve_speaker,
)
from transforms.places import country
from transforms.records import Quote
from transforms.rules.organisations import KNOWN_ORGANISATION, ORG_HEADS
from transforms.rules.people import OBJECT_BEFORE, POSSESSIVE_START
from transforms.rules.quotes import (
    ACCORDING_TO_AFTER,
    ACCORDING_TO_PRONOUN,
    ATTRIBUTED_PHRASE,
    ATTRIBUTION_CUES,
    ATTRIBUTION_ENDS_SOON,
    ATTRIBUTION_WINDOW,
    BAR_SIGNATURE,
    BLOCK_INTRO,
    BLOCK_INTRO_VERB,
    BODY_NOUNS,
    BODY_PHRASE_MAX_WORDS,
    BODY_SUBJECT,
    CAPTION_CUES,
    CLAUSE_COMMA,
    CLOSING_CONTEXT,
    CONTINUING_GAP,
    DASH_ATTRIBUTION,
    DESCRIBED_AFTER,
    DESCRIBED_SPEAKER,
    DOCUMENT_AFTER,
    DOCUMENT_BODY,
    DOCUMENT_PLACES,
    DOCUMENT_SUBJECT,
    DOUBLE_MARK,
    DOUBLE_MARKS,
    DOUBLED_SINGLE_MARKS,
    ENDS_ON_PUNCTUATION,
    FIRST_PERSON,
    FIRST_VERB,
    GLUED_OPEN_AFTER,
    GUILLEMET_SPACES,
    INTRO_END,
    JOINT_LEAD,
    JOINT_LINK,
    JOINT_SPLIT,
    JOINT_TO_VERB,
    LABEL_MAX_WORDS,
    LOOSE_CLOSE_AFTER,
    MAX_MARKS_PER_PARAGRAPH,
    MAX_ORPHANS,
    MAX_QUOTE_PARAGRAPHS,
    MAX_SPEAKER_PHRASE_WORDS,
    MIN_QUOTE_WORDS,
    MOJIBAKE,
    OPEN_LEANING,
    OPENING_CONTEXT,
    PLURAL_POSSESSIVE,
    PRONOUNS,
    RELATIVE_REACH,
    RELATIVE_SPEAKER,
    REPORTING_VERB,
    ROLE_SUBJECT,
    SCARE_MAX_WORDS,
    SENTENCE_LIKE,
    SINGLE_MARK,
    SINGLE_MARKS,
    SPACED_GUILLEMETS,
    SPEAKER_END,
    SPEAKER_FIRST,
    STATEMENT_OF,
    SUBJECT_LEAD,
    TITLE_CUES,
    TITLE_SMALL_WORDS,
    TRAILING_ATTRIBUTION,
    UTTERANCE_END,
    VERB_FIRST,
    VIEW_OF_BEFORE_QUOTE,
    WORDS_OF_BEFORE_QUOTE,
)
from transforms.rules.text import WORD
from transforms.spans import paragraphs, sentence_at, sentences, without_the

Attribution = tuple[Speaker | None, str | None]


@dataclass(slots=True)
class Candidate:
    """A stretch between quote marks, maybe over several paragraphs, before attribution."""

    parts: list[tuple[int, int]]  # (start, end) of the quoted text in each paragraph
    open_mark: int  # offset of the opening mark (or of the text when there is none)
    close_mark: int  # offset of the closing mark
    marks: bool = True
    speaker: Speaker | None = None
    verb: str | None = None

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _roles(text: str, index: int, para_start: int, para_end: int) -> tuple[bool, bool]:
    """Whether the mark at `index` can open and whether it can close a quotation."""
    if (spaced := _spaced_guillemet(text, index, para_start, para_end)) is not None:
        return spaced
    prev = text[index - 1] if index > para_start else " "
    nxt = text[index + 1] if index + 1 < para_end else " "
    can_open = (
        (prev in OPENING_CONTEXT or prev in DOUBLE_MARKS)
        and not nxt.isspace()
        and nxt not in CLOSING_CONTEXT
    )
    can_close = (
        not prev.isspace() and (nxt.isspace() or nxt in CLOSING_CONTEXT or nxt in DOUBLE_MARKS)
    ) or (nxt in ",.;:" and prev != "(")
    if can_open and can_close:
        can_open = text[index] in OPEN_LEANING or text[index] == '"'
        can_close = not can_open
    if not can_open and not can_close and prev.isspace() and nxt.isspace():
        # a mark loose between spaces: 'families, ” said' closes, '” We will' opens
        word = text[index + 2] if index + 2 < para_end else " "
        before = text[index - 2] if index - 2 >= para_start else " "
        # (both may hold after '. ': whether a quote is open decides)
        can_close = before in LOOSE_CLOSE_AFTER
        can_open = word.isupper() and (index == para_start or before in ".!?")
    elif not can_open and prev in GLUED_OPEN_AFTER and nxt.isupper():
        # an opening mark glued to the sentence before: 'Kjaerum."Frontex', 'stating:"We'
        can_open, can_close = True, False
    return can_open, can_close


def _spaced_guillemet(text: str, index: int, para_start: int, para_end: int):
    """(opens, closes) for a French guillemet with a space inside it, else None."""
    role = SPACED_GUILLEMETS.get(text[index])
    inside = index + 1 if role == "open" else index - 1
    beyond = index + 2 if role == "open" else index - 2
    if role is None or not para_start <= beyond < para_end:
        return None
    if text[inside] in GUILLEMET_SPACES and not text[beyond].isspace():
        return (True, False) if role == "open" else (False, True)
    return None


def _marks(text: str, start: int, end: int) -> list[tuple[int, bool, bool]]:
    """The double quote marks of one paragraph with their possible roles."""
    out = []
    for match in DOUBLE_MARK.finditer(text, start, end):
        index = match.start()
        out.append((index, *_roles(text, index, start, end)))
    if not out:
        for match in SINGLE_MARK.finditer(text, start, end):
            index = match.start()
            prev = text[index - 1] if index > start else " "
            nxt = text[index + 1] if index + 1 < end else " "
            if prev.isalnum() and nxt.isalnum():
                continue  # don’t, Co’s: an apostrophe, not a quote mark
            out.append((index, *_roles(text, index, start, end)))
        out = _without_plural_possessives(text, out)
    return out


def _without_plural_possessives(text: str, marks: list[tuple[int, bool, bool]]):
    """Single marks less the apostrophes of plural possessives ('‘The nurses’ pay rose,’ she
    said'): a mark after an 's' and before a lower-case word, when a later one can close."""
    kept, later_closes = [], False
    for mark in reversed(marks):  # one pass from the end: whether a later mark can close
        if not (later_closes and not mark[1] and PLURAL_POSSESSIVE.match(text, mark[0])):
            kept.append(mark)
        later_closes = later_closes or mark[2]
    return kept[::-1]


def _candidates(text: str) -> tuple[list[Candidate], list[tuple[int, int, int]]]:
    """Quoted stretches (joined over paragraphs) and orphan closing marks (mark, para start, para end)."""
    found: list[Candidate] = []
    orphans: list[tuple[int, int, int]] = []
    pending: Candidate | None = None  # a quotation left open at the end of a paragraph
    for para_start, para_end in paragraphs(text):
        if MOJIBAKE.search(text, para_start, para_end) or not_prose(text, para_start, para_end):
            pending = None
            continue
        marks = _marks(text, para_start, para_end)
        open_at: int | None = None
        if pending is not None:
            first = marks[0] if marks else None
            lead = text[para_start:para_end].lstrip()
            starts_with_mark = first is not None and first[0] == para_end - len(lead) and first[1]
            if starts_with_mark:
                marks = marks[1:]
                open_at = first[0] + 1
            elif first is None or (first[2] and not first[1]):
                open_at = para_start
            else:
                pending = None
            if pending is not None and len(pending.parts) >= MAX_QUOTE_PARAGRAPHS:
                pending, open_at = None, None
        last_mark = None
        nested = 0  # quotes opened inside a quote ('… 'term' …', '“… Mayor Ana “Nena” Cruz …”')
        for number, (index, can_open, can_close) in enumerate(marks):
            same_kind = last_mark is not None and _same_kind(text[index], text[last_mark])
            if open_at is not None and same_kind:
                if can_open and not can_close and _closes_twice(marks[number + 1 :]):
                    nested += 1
                    continue
                if can_close and nested:
                    nested -= 1
                    continue
            if open_at is not None and can_close:
                part = (open_at, index)
                if pending is not None:
                    pending.parts.append(part)
                    pending.close_mark = index
                    found.append(pending)
                    pending = None
                else:
                    found.append(Candidate([part], last_mark, index))
                open_at = None
            elif can_open:
                pending = None
                open_at, last_mark = index + 1, index
            elif can_close:
                orphans.append((index, para_start, para_end))
        if open_at is not None:
            if pending is None:
                pending = Candidate([], open_at - 1 if open_at > para_start else para_start, -1)
            pending.parts.append((open_at, para_end))
    return found, orphans


def _same_kind(mark: str, opener: str) -> bool:
    """Both single marks, or both double: a quote nests only inside one of its own kind."""
    return (mark in SINGLE_MARKS) == (opener in SINGLE_MARKS)


def _closes_twice(rest: list[tuple[int, bool, bool]]) -> bool:
    """Whether the marks after an inner opening mark close both it and the quote around it
    (so an unclosed quote followed by a new one is not read as nesting)."""
    closers = sum(1 for _, can_open, can_close in rest if can_close and not can_open)
    openers = sum(1 for _, can_open, can_close in rest if can_open and not can_close)
    return closers >= openers + 2


def not_prose(text: str, start: int, end: int) -> bool:
    """A paragraph whose quote marks outnumber its words is no prose to read quotes in."""
    marks = len(DOUBLE_MARK.findall(text, start, end))
    return marks > MAX_MARKS_PER_PARAGRAPH or marks * 4 > max(1, end - start)


def _orphan_candidate(text: str, mark: int, para_start: int, found: list[Candidate]):
    """A quote whose opening mark is missing: from the first sentence after the last mark."""
    floor = para_start
    for candidate in found:
        if para_start <= candidate.close_mark < mark:
            floor = max(floor, candidate.close_mark + 1)
    spans = sentences(text, floor, mark)
    if floor > para_start:
        spans = spans[1:]  # the first stretch is the previous quote's attribution
    if not spans:
        return None
    return Candidate([(spans[0][0], mark)], spans[0][0], mark)


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _is_title_or_term(text: str, candidate: Candidate) -> bool:
    """Titles of events, documents, campaigns; scare quotes; names: not someone's words."""
    quoted = " ".join(text[s:e] for s, e in candidate.parts)
    words = _words(quoted)
    before = text[max(0, candidate.open_mark - 60) : max(0, candidate.open_mark)]
    if candidate.marks and ATTRIBUTED_PHRASE.search(before) and words:
        return False  # 'described it as “a milestone”': short, and someone's words
    if candidate.marks and words and _utterance_then_attribution(text, candidate, quoted):
        return False  # '“It works,” said X': short, closed on its comma, then who said it
    if sum(1 for w in words if not w.isdigit()) < MIN_QUOTE_WORDS:  # 'the “3 by 5” plan'
        return not _reported_fragment(text, candidate, words)
    if candidate.marks and TITLE_CUES.search(before):
        return True
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper())
    sentence_like = SENTENCE_LIKE.search(quoted.strip())
    return (
        bool(content)
        and capitalised / len(content) >= 0.75
        and len(words) <= 12
        and not sentence_like
    )


def _utterance_then_attribution(text: str, candidate: Candidate, quoted: str) -> bool:
    """Whether a quote ends on its own comma, question or exclamation mark and its speaker
    and verb follow the closing mark ('“It works,” said X', '“Why not?” she asked')."""
    tail = text[candidate.close_mark + 1 : candidate.close_mark + 1 + ATTRIBUTION_WINDOW]
    return bool(UTTERANCE_END.search(quoted)) and bool(
        VERB_FIRST.match(tail) or SPEAKER_FIRST.match(tail)
    )


def _clip_speaker(phrase: str) -> str:
    """A speaker phrase up to its end: the sentence, or a clause ', who …', ', referring …'."""
    if match := SPEAKER_END.search(phrase):
        phrase = phrase[: match.start()]
    spans = sentences(phrase)
    if spans:
        phrase = phrase[spans[0][0] : spans[0][1]]
    return phrase.strip(" ,.;:")


def _tail(text: str, candidate: Candidate, para_end: int) -> tuple[str, bool]:
    """What follows the closing mark within reach, up to the next quote, and whether the
    next quote cut it."""
    tail_start = candidate.close_mark + 1
    tail = text[tail_start : min(para_end, tail_start + ATTRIBUTION_WINDOW)]
    cut = min((tail.find(m) for m in DOUBLE_MARKS if m in tail), default=-1)
    return (tail[:cut], True) if cut >= 0 else (tail, False)


def _introduces_next(tail: str, match: re.Match, cut: bool) -> bool:
    """'“….” X added: “…”': a speaker and a colon right before the next quote introduce it;
    they are not the attribution of the quote before."""
    return cut and tail[match.end() :].strip() == ":"


def _after(text: str, candidate: Candidate, para_end: int, people) -> tuple | None:
    """Attribution after the closing mark: '…,” said X' or '…,” X said'."""
    tail_start = candidate.close_mark + 1
    tail, cut = _tail(text, candidate, para_end)
    quoted_end = text[candidate.end - 1 : candidate.end]
    if match := VERB_FIRST.match(tail):
        phrase = _clip_speaker(tail[match.start("who") :])
        who_at = tail_start + match.start("who")
        speaker = (
            _joint_after(text, who_at, tail_start + len(tail), people)
            or _joint_phrase(phrase, tail_start, people)
            or resolve_speaker(phrase, tail_start, people)
        )
        if speaker:
            return speaker, match["verb"]
    if match := SPEAKER_FIRST.match(tail):
        rest = tail[match.end() :]
        if _introduces_next(tail, match, cut):
            return None
        ends_soon = ATTRIBUTION_ENDS_SOON.match(rest)
        if quoted_end in ",!?" or tail[:1] == "," or ends_soon:
            speaker = (
                _joint_phrase(match["who"], tail_start, people)
                or resolve_speaker(match["who"], tail_start, people)
                or _body_speaker(match["who"])
            )
            if speaker:
                return speaker, match["verb"]
    if (match := TRAILING_ATTRIBUTION.match(tail)) and len(match["who"].split()) <= 6:
        speaker = resolve_speaker(match["who"], tail_start, people)
        bracketed = match.group().lstrip(" \t,").startswith("(")
        if speaker and speaker.name and (not bracketed or _vouched_person(speaker.name)):
            return speaker, None  # (in brackets only a person: '“…” (Harbour Wire)' is a credit)
    return None


def _vouched_person(name: str) -> bool:
    """A person's name whose given name the dictionary knows ('Maria Costa'), so that a
    credit in brackets after a quote ('Harbour Wire') is taken for no one."""
    return names.is_person_name(name) and names.is_given_name(name.split()[0])


def _before(text: str, candidate: Candidate, floor: int, people, strict: bool) -> tuple | None:
    """Attribution earlier in the same sentence: 'X said: “…', 'X noted that … “…”'."""
    spans = sentences(text, floor, candidate.open_mark + 1)
    start = spans[-1][0] if spans else floor
    prefix = text[start : max(start, candidate.open_mark)]
    if strict and not INTRO_END.search(prefix):
        return None
    if described := DESCRIBED_SPEAKER.search(prefix):
        return Speaker(described["who"]), described["verb"]  # '…, as one couple said, “…”'
    for pattern in (WORDS_OF_BEFORE_QUOTE, VIEW_OF_BEFORE_QUOTE):
        if whose := pattern.search(prefix):
            # 'X read a message from Minister Y: “…”', 'For the Vice-President, “…”'
            speaker = resolve_speaker(whose["who"], start + whose.start("who"), people)
            if speaker and speaker.name and speaker.name[:1].isupper():
                return speaker, None
    verbs = list(REPORTING_VERB.finditer(prefix)) + list(ATTRIBUTION_CUES.finditer(prefix))
    if not verbs:
        introduces = INTRO_END.search(prefix) or text[candidate.open_mark] == ":"
        if introduces and (match := STATEMENT_OF.search(prefix)):
            return resolve_speaker(match["who"], start + match.start("who"), people), None
        return None
    in_prefix = _mentions_between(people, start, start + len(prefix))
    if relative := _relative_speaker(text, start, prefix, in_prefix, people):
        return relative
    verb = min(verbs, key=lambda m: m.start())
    before_verb = [m for m in in_prefix if m.end <= start + verb.end() + 40]
    if (
        not before_verb
        and verb.re is ATTRIBUTION_CUES
        and (said := REPORTING_VERB.search(prefix, verb.end()))
    ) or (
        before_verb
        and all(_is_object(text, start, m) for m in before_verb)
        and (said := REPORTING_VERB.search(prefix, verb.end()))
    ):
        # 'In his address, Ambassador X stressed …': the cue opens, the verb comes later;
        # 'In a message read by X, Minister Y said': the first verb's only names are objects
        verb = said
        before_verb = [m for m in in_prefix if m.end <= start + verb.end() + 40]
    if before_verb:
        verb_at = start + verb.start()
        if joint := _joint_subject(text, before_verb, verb_at, people):
            return joint, verb.group()
        subjects = [m for m in before_verb if not _is_object(text, start, m)] or before_verb
        mention = subjects[-1] if subjects[-1].start < verb_at else subjects[0]
        speaker = resolve_speaker(mention.name, mention.start, people)
        return speaker, verb.group()
    head = prefix[: verb.start()]
    words = head.split()
    if words and words[-1].lower() in PRONOUNS | {"her", "him"}:
        return resolve_speaker(words[-1], start, people), verb.group()
    if according := ACCORDING_TO_PRONOUN.search(prefix):
        pronoun = according["pronoun"].lower()  # 'according to her' is a woman's words
        return resolve_speaker("they" if pronoun == "them" else pronoun, start, people), None
    subject = CLAUSE_COMMA.split(head)[-1] if head else ""
    if bodies := _joint_bodies(subject):
        return bodies, verb.group()  # 'UNDP and UNHCR said in a joint statement: “…'
    if subject.strip():
        speaker = resolve_speaker(subject, start, people)
        if speaker and speaker.name and speaker.name[:1].isupper():
            return speaker, verb.group()
    if body := _body_subject(head):
        return Speaker(body), verb.group()  # 'the Parliamentary Assembly called for “…”'
    return None


def _relative_speaker(text: str, start: int, prefix: str, mentions, people) -> Attribution | None:
    """'…, with Secretary-General X, who said that “…”': the person the relative clause
    hangs on speaks, whatever the sentence's subject did."""
    match = RELATIVE_SPEAKER.search(prefix)
    if match is None:
        return None
    at = start + match.start()
    named = [m for m in mentions if at - RELATIVE_REACH <= m.end <= at]
    if not named:
        return None
    return resolve_speaker(named[-1].name, named[-1].start, people), match["verb"]


def _is_object(text: str, sentence_start: int, mention: PersonMention) -> bool:
    """A person named as the object of the sentence's verb, not its subject: 'X thanked Y',
    'X met Y', 'X, with Y, …' (Y speaks only if no one else is named before the verb)."""
    clause = text[max(sentence_start, mention.start - 80) : mention.start]
    return bool(OBJECT_BEFORE.search(clause))


def _joint_subject(text: str, mentions, verb_at: int, people) -> Speaker | None:
    """Two people who speak together: 'Minister X and Director Y said' gives 'X and Y'."""
    named = [m for m in mentions if m.end <= verb_at]
    if len(named) < 2:
        return None
    first, second = named[-2], named[-1]
    if first.name == second.name or not JOINT_LINK.fullmatch(text[first.end : second.start]):
        return None
    if not JOINT_TO_VERB.fullmatch(text[second.end : verb_at]):
        return None
    return _joint(
        resolve_speaker(first.name, first.start, people),
        resolve_speaker(second.name, second.start, people),
    )


def _joint_after(text: str, who_at: int, end: int, people) -> Speaker | None:
    """'…,” said X, Minister of A, and Y, Director of B.': the two named right after the
    verb, each maybe with a title set off by commas."""
    named = _mentions_between(people, who_at, end)
    if len(named) < 2 or not JOINT_LEAD.fullmatch(text[who_at : named[0].start]):
        return None
    first, second = named[0], named[1]
    if first.name == second.name or not JOINT_LINK.fullmatch(text[first.end : second.start]):
        return None
    return _joint(
        resolve_speaker(first.name, first.start, people),
        resolve_speaker(second.name, second.start, people),
    )


def _named_together(text: str, people: list[PersonMention]) -> list[tuple]:
    """Consecutive mentions of two people joined by 'and' ('Minister X and Director Y')."""
    return [
        (first, second)
        for first, second in pairwise(people)
        if first.name != second.name and JOINT_LINK.fullmatch(text, first.end, second.start)
    ]


def _joint_phrase(phrase: str, position: int, people) -> Speaker | None:
    """'…,” said Minister X and Director Y': both, written 'X and Y'."""
    parts = JOINT_SPLIT.split(phrase.strip(" ,.;:"))
    if len(parts) != 2:
        return None
    return _joint(*(resolve_speaker(part, position, people) for part in parts))


def _joint(first: Speaker | None, second: Speaker | None) -> Speaker | None:
    """One speaker for two named people (both must be people with a full name, and two:
    'X, Country Director and Representative' is one person with two titles)."""
    if not (first and second and first.name and second.name) or first.name == second.name:
        return None
    if len(first.name.split()) < 2 or len(second.name.split()) < 2:
        return None
    return Speaker(f"{first.name} and {second.name}")


def _body_speaker(phrase: str) -> Speaker | None:
    """'…,” the Ministry said', '…,” the agency said': a body speaks, not the last person
    named (its name as written, without 'the')."""
    words = without_the(phrase.strip(" ,")).split()
    if not words or len(words) > BODY_PHRASE_MAX_WORDS:
        return None
    if words[-1] in ORG_HEADS or words[-1].lower() in BODY_NOUNS:
        named = words[0][:1].isupper()  # 'the Ministry' -> 'Ministry'; 'the agency' as written
        return Speaker(" ".join(words) if named else phrase.strip(" ,"))
    return None


def _joint_bodies(subject: str) -> Speaker | None:
    """Two bodies that speak together ('UNDP and UNHCR', 'the Fund and the Bank'), each an
    acronym, a known organisation or a name ending on a body's head word."""
    parts = [without_the(part) for part in JOINT_SPLIT.split(subject.strip(" ,"))]
    if len(parts) != 2 or not all(_is_body_name(part) for part in parts):
        return None
    return Speaker(" and ".join(parts))


def _is_body_name(name: str) -> bool:
    """'UNHCR', 'World Bank', 'Harbour Fund': a body's name, not a person's or a role."""
    words = name.split()
    if not words or len(words) > BODY_PHRASE_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    acronym = len(words) == 1 and name.isupper() and name.isalpha() and len(name) >= 2
    return (
        acronym
        or names.is_acronym(name)
        or words[-1] in ORG_HEADS
        or bool(KNOWN_ORGANISATION.fullmatch(name))
    )


def _body_subject(head: str) -> str | None:
    """A body named right before the verb ('… the OSCE Parliamentary Assembly'), its last
    word a body's head word ('Assembly', 'Council', 'Committee')."""
    match = BODY_SUBJECT.search(head)
    if match is None or match["head"] not in ORG_HEADS:
        return None
    return match["body"]


def _sentence_before(text: str, candidate: Candidate, floor: int, people) -> tuple | None:
    """A quote that is a sentence of its own, right after a sentence in which a named person
    reports ('X stressed that … . “Quote.”'): that person's words."""
    spans = sentences(text, floor, candidate.open_mark + 1)
    if len(spans) < 2 or text[spans[-1][0] : candidate.open_mark].strip():
        return None
    prev_start, prev_end = spans[-2]
    if any(text[i] in DOUBLE_MARKS for i in range(prev_start, prev_end)):
        return None  # the sentence before is itself a quote or its attribution
    if not REPORTING_VERB.search(text, prev_start, prev_end):
        return None
    named = _mentions_between(people, prev_start, prev_end)
    found = _before(
        text, Candidate([(prev_start, prev_end)], prev_end, -1), prev_start, people, False
    )
    if not found or not found[0] or not found[0].name:
        return None
    if named and found[0].name == named[0].name:
        return found[0], None
    # no name in that sentence: its subject is a role a person named earlier holds
    # ('The Secretary General reiterated that … . “I believe …”')
    subject = text[prev_start:prev_end].split(",")[0]
    if not named and ROLE_SUBJECT.match(subject) and found[0].name[:1].isupper():
        return found[0], None
    return None


def _is_caption(text: str, candidate: Candidate, paras) -> bool:
    """A quote in a paragraph that credits a photo ('(Photo: UNICEF/…)'): a caption."""
    start, end = _paragraph_of(candidate.open_mark, paras)
    return bool(CAPTION_CUES.search(text, start, end))


def _is_document_wording(scene: Scene, attribution: Attribution | None) -> bool:
    """The wording of a document, quoted in a sentence whose subject is that document
    ('The memorandum aims “to define …”'): no one's words, unless a person is named as
    saying them."""
    text, candidate = scene.text, scene.candidate
    spans = sentences(text, scene.floor, candidate.open_mark + 1)
    start = spans[-1][0] if spans else scene.floor
    if not DOCUMENT_SUBJECT.match(text, start, candidate.open_mark):
        return False
    if _mentions_between(scene.people, start, candidate.open_mark):
        return False
    tail = text[candidate.close_mark + 1 : candidate.close_mark + 1 + ATTRIBUTION_WINDOW]
    if ACCORDING_TO_AFTER.match(tail) and _names_a_person(attribution):
        return False  # 'The project aims to “…,” according to Mr Nkodo'
    return not (VERB_FIRST.match(tail) or SPEAKER_FIRST.match(tail)) and (
        attribution is None or attribution[1] is None or attribution[0] is None
    )


def _names_a_person(attribution: Attribution | None) -> bool:
    """Whether an attribution hands the words to a person (not a body or a document)."""
    return bool(
        attribution and attribution[0] and attribution[0].name
        and names.is_person_name(attribution[0].name)
    )  # fmt: skip


def _reported_fragment(text: str, candidate: Candidate, words: list[str]) -> bool:
    """A word or two of someone's own in lower case, after a reporting verb in the same
    sentence ('X said the vote showed their “high regard” for her')."""
    if not words or not candidate.marks or not all(w[:1].islower() for w in words):
        return False  # a name or term: 'the “Green Deal”', 'the “3 by 5” initiative'
    if text[candidate.open_mark] in SINGLE_MARKS and len(words) < 2:
        return False  # one word in single marks is a scare quote: 'its 'life-style' ills'
    paragraph_start = text.rfind("\n", 0, candidate.open_mark) + 1
    start = sentence_at(text, candidate.open_mark, paragraph_start, candidate.open_mark + 1)[0]
    before = text[start : candidate.open_mark]
    return bool(REPORTING_VERB.search(before) or ATTRIBUTION_CUES.search(before))


def _is_label(text: str, candidate: Candidate) -> bool:
    """A short phrase in marks that no one is said to say, with no sentence end of its own
    ('… presents accounts of children: “My children never saw the sea”.'): a caption or
    a title, not a statement."""
    quoted = " ".join(text[s:e] for s, e in candidate.parts).strip()
    after = text[candidate.close_mark + 1 : candidate.close_mark + 3].lstrip(" ")
    ends_sentence = not after or after[0] in ".\n"  # '… “a phrase” amid …' is speech cut short
    words = len(_words(quoted))
    unpunctuated = not ENDS_ON_PUNCTUATION.search(quoted)
    # a few words in marks inside a sentence, said by no one: a term ('a “zero waste” plan')
    return unpunctuated and (
        (ends_sentence and words < LABEL_MAX_WORDS) or words <= SCARE_MAX_WORDS
    )


def _fallback(text: str, candidate: Candidate, para_end: int, people, previous) -> Speaker:
    """The best speaker the context allows for a quote no attribution claims: the last
    speaker, the last person named before it, the attribution phrase itself ('…,” an
    official said'), or no one (the quote is kept all the same)."""
    targets = getattr(people, "targets", None) or people
    # a country taken for a name ('in Guinea Bissau') is no one to quote
    earlier = [m for m in targets if m.start < candidate.open_mark and country(m.name) is None]
    if (subject := _sentence_subject(text, candidate, earlier)) is not None:
        speaker = resolve_speaker(subject.name, subject.start, people)
        if speaker is not None and speaker.name:
            return speaker  # 'X, Chair of the Board, referred to it as “…”' after Y's quote
    if previous is not None and previous.speaker is not None and previous.speaker.name:
        # someone named in a sentence of their own since the last quote is who this one is
        # about; one named inside the quote's own sentence is its object ('X recalled Y …')
        own_sentence = sentence_at(text, candidate.open_mark, previous.close_mark + 1)[0]
        since = [m for m in earlier if previous.close_mark < m.start and m.end <= own_sentence]
        if not since or since[-1].name == previous.speaker.name:
            return previous.speaker
        earlier = since
    if earlier:
        speaker = resolve_speaker(earlier[-1].name, earlier[-1].start, people)
        if speaker is not None and speaker.name:
            return speaker
    tail, cut = _tail(text, candidate, para_end)
    if match := VERB_FIRST.match(tail):
        phrase = _clip_speaker(tail[match.start("who") :])
        if phrase and len(phrase.split()) <= MAX_SPEAKER_PHRASE_WORDS and describes_someone(phrase):
            return Speaker(phrase)
    match = SPEAKER_FIRST.match(tail) or DESCRIBED_AFTER.match(tail)
    if match and not _introduces_next(tail, match, cut):
        who = match["who"]
        if verb := FIRST_VERB.search(who):
            who = who[: verb.start()]  # 'the spokesperson said, adding …': up to the first verb
        return Speaker(who.strip(" ,"))
    return Speaker(None)


def _sentence_subject(text: str, candidate: Candidate, earlier: list) -> PersonMention | None:
    """The person who opens the quote's own sentence, before the quote: its subject, whose
    words a verb outside the reporting list hands over ('referred to the election as “…”')."""
    paragraph_start = text.rfind("\n", 0, candidate.open_mark) + 1
    start = sentence_at(text, candidate.open_mark, paragraph_start, candidate.open_mark + 1)[0]
    opening = _mentions_between(earlier, start, candidate.open_mark)
    if not opening:
        return None
    first = opening[0]
    after = text[first.end : first.end + 3]
    if SUBJECT_LEAD.match(text[start : first.start]) and not POSSESSIVE_START.match(after):
        return first
    return None


def _is_list_item(text: str, paras: list[tuple[int, int]], number: int) -> bool:
    """A dash line next to another dash line is an item of a list, not a '— Name' signature."""
    for other in (number - 1, number + 1):
        if 0 <= other < len(paras) and DASH_ATTRIBUTION.match(
            text[paras[other][0] : paras[other][1]]
        ):
            return True
    return False


def _mentions_between(people: list[PersonMention], start: int, end: int) -> list[PersonMention]:
    """The person mentions starting within [start, end) (mentions are sorted by offset)."""
    starts = [m.start for m in people]
    return people[bisect_left(starts, start) : bisect_left(starts, end)]


def _block_quotes(
    text: str, people: list[PersonMention], taken: list[Candidate]
) -> list[Candidate]:
    """Text set off without marks: under a 'the following statement:' line, or above '— Name'."""
    out: list[Candidate] = []
    paras = paragraphs(text)
    inside = [(c.start, c.end) for c in taken]

    def has_marks(s: int, e: int) -> bool:
        return any(text[i] in DOUBLE_MARKS for i in range(s, e))

    for number, (start, end) in enumerate(paras):
        line = text[start:end]
        if BLOCK_INTRO.search(line) and number + 1 < len(paras):
            block = []
            for s, e in paras[number + 1 :]:
                if has_marks(s, e) or not FIRST_PERSON.search(text, s, e):
                    break
                block.append((s, e))
            if block:
                candidate = Candidate(block, block[0][0], block[-1][1], marks=False)
                found = _before(
                    text, Candidate([(start, end)], end - 1, end - 1), start, people, strict=False
                )
                if (not found or not found[0]) and (verb := BLOCK_INTRO_VERB.search(line)):
                    # the subject of 'X issued the following statement:'
                    subject = CLAUSE_COMMA.split(line[: verb.start()].strip())[-1]
                    speaker = resolve_speaker(subject, start, people) if subject else None
                    found = (speaker, None) if speaker and speaker.name else None
                if not found or not found[0]:
                    found = (_fallback(text, candidate, block[0][0], people, None), None)
                candidate.speaker, candidate.verb = found
                out.append(candidate)
        if (
            (match := DASH_ATTRIBUTION.match(line))
            and number
            and not _is_list_item(text, paras, number)
        ):
            speaker = parse_speaker(match["who"])
            if not speaker.name:
                continue
            prev_start, prev_end = paras[number - 1]
            quoted = next((c for c in taken if prev_start <= c.end <= prev_end), None)
            if quoted is not None:
                quoted.speaker, quoted.verb = speaker, None
            elif not has_marks(prev_start, prev_end) and not any(
                s <= prev_start < e for s, e in inside
            ):
                candidate = Candidate([(prev_start, prev_end)], prev_start, prev_end, marks=False)
                candidate.speaker = speaker
                out.append(candidate)
    return out


def _dash_signed(text: str, paras: list[tuple[int, int]]) -> dict:
    """Paragraphs signed by the '— Name, Title' or 'Name | Title | Body' line under them,
    with that speaker."""
    out = {}
    for number, (start, end) in enumerate(paras[1:], start=1):
        line = text[start:end]
        match = DASH_ATTRIBUTION.match(line) or BAR_SIGNATURE.match(line)
        if match and not _is_list_item(text, paras, number):
            speaker = parse_speaker(match["who"].replace("|", ","))
            if speaker.name:
                out[paras[number - 1]] = (speaker, None)
    return out


def _paragraph_of(position: int, paras: list[tuple[int, int]]) -> tuple[int, int]:
    """The paragraph holding an offset."""
    index = bisect_right(paras, (position, float("inf"))) - 1
    if index >= 0 and paras[index][0] <= position <= paras[index][1]:
        return paras[index]
    return (0, 0)


@dataclass(slots=True)
class Scene:
    """What an attribution strategy may look at for one quote."""

    text: str
    candidate: Candidate
    paras: list[tuple[int, int]]
    people: Cast
    signed: dict
    previous: Candidate | None
    para_start: int
    close_para_end: int
    floor: int  # where this quote's own sentence may start (after the previous quote)


def by_dash_signature(scene: Scene) -> Attribution | None:
    """A paragraph ending on the quote, signed by a '— Name, Title' line under it."""
    text, candidate = scene.text, scene.candidate
    end_para = _paragraph_of(candidate.end, scene.paras)
    if text[candidate.end + 1 : end_para[1]].strip():
        return None
    return scene.signed.get(end_para)


def by_introduction(scene: Scene) -> Attribution | None:
    """The sentence introduces the quote: 'X said: “…', 'X noted that “…'."""
    return _before(scene.text, scene.candidate, scene.floor, scene.people, strict=True)


def by_document_after(scene: Scene) -> Attribution | None:
    """'…,” read a statement on the IMF website': the body that wrote it, or no one (a
    document is not the last person named)."""
    tail, _ = _tail(scene.text, scene.candidate, scene.close_para_end)
    if (match := DOCUMENT_AFTER.match(tail)) is None:
        return None
    body = DOCUMENT_BODY.search(match["rest"])
    words = body["body"].split() if body else []
    while words and words[-1].lower() in DOCUMENT_PLACES:
        words.pop()  # 'the IMF website' -> 'IMF'
    return Speaker(" ".join(words) or None), None


def by_attribution_after(scene: Scene) -> Attribution | None:
    """The attribution follows the closing mark: '…,” said X', '…,” X said'."""
    return _after(scene.text, scene.candidate, scene.close_para_end, scene.people)


def by_verb_earlier_in_sentence(scene: Scene) -> Attribution | None:
    """A reporting verb earlier in the quote's sentence: 'X called it “a milestone”'."""
    return _before(scene.text, scene.candidate, scene.floor, scene.people, strict=False)


def by_colon_paragraph(scene: Scene) -> Attribution | None:
    """A quote opening its paragraph, introduced by the paragraph before ('X said:',
    'X, in her address, noted,')."""
    text, candidate, paras = scene.text, scene.candidate, scene.paras
    at_para_start = not text[scene.para_start : max(scene.para_start, candidate.open_mark)].strip()
    if not at_para_start or scene.para_start <= 0:
        return None
    prev_para = _paragraph_of(scene.para_start - 2, paras)
    if not INTRO_END.search(text[prev_para[0] : prev_para[1]].rstrip()):
        return None  # 'X said:', 'X added, noting,', 'X stressed that'

    intro = Candidate([prev_para], prev_para[1] - 1, -1)
    return _before(text, intro, prev_para[0], scene.people, strict=False)


def by_reporting_sentence_before(scene: Scene) -> Attribution | None:
    """A quote that is a sentence of its own after 'X stressed that … .'"""
    return _sentence_before(scene.text, scene.candidate, scene.para_start, scene.people)


def by_continuing_speaker(scene: Scene) -> Attribution | None:
    """A quote right after another (at most one sentence between): the same speaker."""
    previous = scene.previous
    if previous is None or previous.speaker is None:
        return None
    gap_start = previous.close_mark + 1
    gap = scene.text[gap_start : scene.candidate.open_mark]
    if len(gap) >= CONTINUING_GAP or len(sentences(gap)) > 1:
        return None
    others = [
        m
        for m in _mentions_between(scene.people, gap_start, scene.candidate.open_mark)
        if m.name != previous.speaker.name and not _is_object(scene.text, gap_start, m)
    ]
    if others and not VERB_FIRST.match(gap) and not SPEAKER_FIRST.match(gap):
        return None  # someone else is the subject between the two quotes
    return previous.speaker, None


# Tried in order; the first that does not decline (None) decides. A strategy may answer
# (None, verb): someone unnamed speaks, and the fallback picks the best speaker.
ATTRIBUTION_STRATEGIES = (
    by_dash_signature,
    by_introduction,
    by_document_after,
    by_attribution_after,
    by_verb_earlier_in_sentence,
    by_colon_paragraph,
    by_reporting_sentence_before,
    by_continuing_speaker,
)


def attribute(scene: Scene) -> Attribution | None:
    """The first attribution a strategy gives, in order of precedence."""
    for strategy in ATTRIBUTION_STRATEGIES:
        if (found := strategy(scene)) is not None:
            return found
    return None


def _recovered_orphans(text, orphans, found, people) -> list[Candidate]:
    """Quotes whose opening mark is missing, kept when an attribution follows them."""
    out = []
    for mark, para_start, para_end in orphans[:MAX_ORPHANS]:
        if text[mark] in SINGLE_MARKS and text[mark - 1 : mark] in ("s", "S"):
            continue  # a plural possessive ('the Ministers’ Deputies'), not a closing mark
        candidate = _orphan_candidate(text, mark, para_start, found)
        if candidate is not None and _after(text, candidate, para_end, people):
            out.append(candidate)
    return out


def _doubled_marks_as_double(text: str) -> str:
    """The text with each pair of single marks written for a double one (''…'', ``…'')
    turned into a space and a double mark of the same length, so offsets still hold:
    an opening pair becomes ' "', a closing pair '" '."""
    if DOUBLED_SINGLE_MARKS.search(text) is None:
        return text

    def replace(match: re.Match) -> str:
        after = text[match.end() : match.end() + 1]
        opens = after and not after.isspace() and after not in CLOSING_CONTEXT
        return ' "' if opens else '" '

    return DOUBLED_SINGLE_MARKS.sub(replace, text)


def find_quotes(text: str, people: list[PersonMention]) -> list[Quote]:
    """Every quote of a body with its speaker, in order of appearance."""
    original, text = text, _doubled_marks_as_double(text)
    paras = paragraphs(text)
    found, orphans = _candidates(text)
    found += _recovered_orphans(text, orphans, found, people)
    found.sort(key=lambda c: c.start)
    people = Cast(people)
    people.targets = antecedents(text, people, [(c.start, c.end) for c in found])
    people.pairs = _named_together(text, people)
    signed = _dash_signed(text, paras)
    kept: list[Candidate] = []
    previous: Candidate | None = None
    for candidate in found:
        if _is_title_or_term(text, candidate) or _is_caption(text, candidate, paras):
            continue
        para_start = _paragraph_of(candidate.open_mark, paras)[0]
        close_para_end = _paragraph_of(candidate.close_mark, paras)[1]
        after_previous = previous.close_mark + 1 if previous else para_start
        scene = Scene(
            text,
            candidate,
            paras,
            people,
            signed,
            previous,
            para_start,
            close_para_end,
            max(para_start, after_previous),
        )
        attribution = attribute(scene)
        if _is_document_wording(scene, attribution):
            continue
        if attribution is None or attribution[0] is None:
            verb = attribution[1] if attribution else None
            if verb is None and _is_label(text, candidate):
                continue
            attribution = (_fallback(text, candidate, close_para_end, people, previous), verb)
        candidate.speaker, candidate.verb = attribution
        kept.append(candidate)
        previous = candidate
        if candidate.speaker.name and candidate.speaker.name[:1].isupper():
            # the one who spoke last is who a later 'he said' most likely means
            spoke = PersonMention(
                candidate.speaker.name, candidate.speaker.title, candidate.end, candidate.end
            )
            insort(people.targets, spoke, key=lambda m: m.start)
    kept += _block_quotes(text, people, kept)
    kept.sort(key=lambda c: c.start)
    return [_to_quote(original, c) for c in kept if c.speaker is not None]


def _to_quote(text: str, candidate: Candidate) -> Quote:
    """The record of a candidate: paragraphs joined with single spaces."""
    body = " ".join(" ".join(text[s:e].split()) for s, e in candidate.parts)
    speaker = candidate.speaker
    start, end = candidate.start, candidate.end
    while start < end and text[start].isspace():
        start += 1  # '« Il faut agir »': the words, without the spaces inside the marks
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(
        body, speaker.name, speaker.title, speaker.organisation, candidate.verb, start, end
    )

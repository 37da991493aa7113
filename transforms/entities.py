"""People (with title and organisation) and organisations (with acronym) a release names."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from transforms import names, places
from transforms.records import Entity
from transforms.rules import any_of
from transforms.rules.organisations import (
    ALIASES,
    KNOWN_ORGANISATION,
    NAME_WITH_ACRONYM,
    ORG_HEADS,
    ORGANISATIONS,
)
from transforms.rules.people import (
    APPOSITION_BODY,
    APPOSITION_BREAK,
    APPOSITION_TITLE_CHARS,
    APPOSITION_TITLE_REACH,
    APPOSITION_VERB,
    APPOSITIVE_AFTER,
    AS_ROLE_BEFORE,
    BARE_NAMES,
    BRACKETED_ROLE_AFTER,
    CLAUSE_BREAK,
    COURTESY_AFTER_TITLE,
    DESCRIPTION_OPENERS,
    FUNCTION_WORDS,
    GIVEN_NAME_AFTER_COURTESY,
    HEAD_TITLE,
    HEAD_WORD_NEXT,
    HONORIFICS,
    LIST_JOINERS,
    MAX_REGION_PARTS,
    NAME_PARTICLES,
    NAME_TOKEN_RE,
    OBJECT_BEFORE,
    ORG_CHIEF,
    PERSON_NAME,
    POSSESSIVE_END,
    POSSESSIVE_START,
    RELATIVE_ROLE_AFTER,
    ROLE_GIVEN_AFTER,
    ROLE_GIVEN_BEFORE,
    ROLE_GIVEN_PASSIVE,
    ROLE_GIVEN_REACH,
    ROLE_HEAD,
    ROLE_QUALIFIERS,
    ROLE_VERB_AFTER,
    ROLE_VERBS,
    SIGNATURE_AFTER,
    TITLE_BEFORE,
    TITLE_REACH,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
    TITLED_SURNAME,
)
from transforms.rules.quotes import (
    PRONOUN_GENDERS,
    PRONOUNS,
    QUOTE_FOLLOWS,
    RELATIVE_SPEAKER,
    REPORTING_VERB,
)
from transforms.spans import sentences, without_the


@dataclass(slots=True)
class PersonMention:
    """A person named in the text, with the title standing next to the name there."""

    name: str
    title: str | None
    start: int
    end: int


@dataclass(slots=True)
class Speaker:
    """Who a phrase names: a person, or a description such as 'one displaced woman'."""

    name: str | None
    title: str | None = None
    organisation: str | None = None


def _clean_tokens(tokens: list[str]) -> list[str]:
    """Drop honorifics, title words and other non-name words from the front of a name run."""
    while tokens and (tokens[0] in NAME_PARTICLES or not names.is_name_token(tokens[0])):
        tokens = tokens[1:]
    return tokens


def _is_name(tokens: list[str]) -> bool:
    """Whether the tokens (after honorifics) form a person's name."""
    return names.is_person_name(tokens)


def _name_in(phrase: str) -> tuple[str, int, int] | None:
    """The last person's name in a phrase: (name, start, end), two tokens at least."""
    best = None
    for match in PERSON_NAME.finditer(phrase):
        tokens = match.group().split()
        cleaned = _clean_tokens(tokens)
        if len(cleaned) < 2 or not _is_name(cleaned):
            # a run like 'Secretary General Jürgen Stock Head': keep its longest clean tail
            cleaned = _longest_name_tail(tokens)
            if cleaned is None:
                continue
        if len(cleaned) > 2 and _is_country(cleaned[0]):
            cleaned = cleaned[1:]  # 'Project Co-ordinator in Ukraine Ihor Brennan'
        name = " ".join(cleaned)
        if places.resolve(name) is not None:
            continue
        end = match.start() + match.group().rfind(cleaned[-1]) + len(cleaned[-1])
        start = end - len(name)
        if phrase[start:end] != name:
            start = match.start() + match.group().find(cleaned[0])
        if HEAD_WORD_NEXT.match(phrase, end):
            continue  # 'Kenya Ports Authority': the front of a body's name
        best = (name, start, end)
    return best


def _is_country(token: str) -> bool:
    """A country's name standing before a name closes the title ('… in Ukraine Ihor Brennan');
    with three tokens or more the name still has two ('Georgia Whitmore-Lang' keeps hers)."""
    place = places.country(token)
    return place is not None


def _longest_name_tail(tokens: list[str]) -> list[str] | None:
    """The longest run of name tokens (two or more) inside a capitalised run; a run that
    opens the whole and is followed by a title word names an office, not a person
    ('Supreme Maritime Commander …')."""
    best: list[str] = []
    current: list[str] = []
    for index, token in enumerate([*tokens, ""]):
        if token and names.is_name_token(token, opening=not current):
            current.append(token)
            continue
        while current and current[0] in NAME_PARTICLES:
            current = current[1:]
        opens_office = len(current) == index and _is_role_word(token)
        if len(current) >= 2 and len(current) >= len(best) and _is_name(current):
            best = best if opens_office else current
        current = []
    return best or None


def _is_role_word(token: str) -> bool:
    """A title word ('Commander', 'Director') that makes the words before it an office."""
    return bool(token) and token[:1].isupper() and token.lower() in TITLE_WORDS


def people_in(text: str) -> list[PersonMention]:
    """Every full name in the text, then every later bare surname of those, in order."""
    mentions: list[PersonMention] = []
    acronyms = _defined_acronyms(text)
    for match in PERSON_NAME.finditer(text):
        found = _name_in(match.group())
        if found is None or acronyms.intersection(found[0].split()):
            continue  # 'ICC Registry' where the text spelt out 'Court (ICC)': a body
        name, start, end = found
        start, end = match.start() + start, match.start() + end
        mentions.append(PersonMention(name, _title_near(text, start, end), start, end))
    mentions = _full_names(mentions)
    surnames = {m.name.split()[-1]: m.name for m in mentions}
    if surnames:
        pattern = re.compile(BARE_NAMES.format(names=any_of(surnames)))
        taken = {m.start + m.name.rfind(" ") + 1 for m in mentions}
        for match in pattern.finditer(text):
            if match.start() in taken:
                continue
            mentions.append(
                PersonMention(
                    surnames[match.group()], _title_near(text, *match.span()), *match.span()
                )
            )
    mentions += _given_name_mentions(text, mentions)
    mentions += _titled_surnames(text, mentions)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _defined_acronyms(text: str) -> set[str]:
    """Acronyms the text spells out ('International Criminal Court (ICC)'): bodies, never
    part of a person's name."""
    return {match["acronym"] for match in NAME_WITH_ACRONYM.finditer(text)}


def _titled_surnames(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """'President Ruto', 'Minister Lavrov': an office before one family name, when that
    person is never named in full (so 'the President' can later be found to mean them)."""
    taken = [(m.start, m.end) for m in mentions]
    known = {family_name(m.name) for m in mentions}
    out = []
    for match in TITLED_SURNAME.finditer(text):
        name = match["name"]
        start, end = match.span("name")
        if name in known or any(s < end and start < e for s, e in taken):
            continue
        if not names.is_person_name([name]) or names.is_place_word(name):
            continue
        out.append(PersonMention(name, match["role"], start, end))
    return out


def _given_name_mentions(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """'Dr Tedros' after 'Dr Tedros Adhanom Ghebreyesus': a courtesy word before a known
    person's first name is that person (some write the given name, not the surname)."""
    given = {}
    for mention in mentions:
        tokens = mention.name.split()
        if len(tokens) >= 2 and tokens[0] not in NAME_PARTICLES:
            given.setdefault(tokens[0], mention.name)
    if not given:
        return []
    pattern = re.compile(GIVEN_NAME_AFTER_COURTESY.format(names=any_of(given)))
    taken = {m.start for m in mentions}
    out = []
    for match in pattern.finditer(text):
        if match.start("given") in taken:
            continue
        start, end = match.span("given")
        out.append(PersonMention(given[match["given"]], _title_near(text, start, end), start, end))
    return out


def _full_names(mentions: list[PersonMention]) -> list[PersonMention]:
    """Each later short form of an earlier, longer name is that person ('Aranda Vidal' after
    'Tomás Aranda Vidal'). One pass: each mention is compared with the distinct names
    before it, most recent first, so a text naming one person a thousand times stays linear."""
    recent: dict[str, PersonMention] = {}  # name -> its latest mention so far, oldest first
    out = []
    for mention in mentions:
        longer = _longer_name(mention.name, list(recent.values()))
        out.append(
            mention
            if longer is None
            else PersonMention(longer, mention.title, mention.start, mention.end)
        )
        recent.pop(mention.name, None)
        recent[mention.name] = mention
    return out


def _longer_name(name: str, mentions: list[PersonMention]) -> str | None:
    """The latest longer name among mentions that ends with the tokens of `name`
    (or, for a name written family name first, 'Ban Ki-moon', starts with it)."""
    tokens = name.split()
    for mention in reversed(mentions):
        full = mention.name.split()
        if len(full) > len(tokens) and full[-len(tokens) :] == tokens:
            return mention.name
        if len(tokens) == 1 and len(full) > 1 and family_name(mention.name) == tokens[0]:
            return mention.name
    return None


def family_name(name: str) -> str:
    """The family name: the last token, or the first in a name written family name first
    ('Ban Ki-moon', 'TAN Wei Ming')."""
    tokens = name.split()
    if names.family_name_first(tokens):
        return tokens[0]
    return tokens[-1] if tokens else ""


class Cast(list):
    """The people of a text, the mentions a pronoun can stand for (`targets`), and the
    pairs named together ('X and Y') a 'they' can stand for (`pairs`)."""

    targets: list[PersonMention]
    pairs: list[tuple[PersonMention, PersonMention]]


def antecedents(
    text: str, people: list[PersonMention], quoted: list[tuple[int, int]]
) -> list[PersonMention]:
    """The mentions a later 'he'/'she' can stand for: not those inside someone's quoted
    words, and not those named only as an object ('a stakeout with X', 'he and Minister X')."""
    out = []
    starts = [s for s, _ in quoted]
    for mention in people:
        index = bisect_right(starts, mention.start) - 1
        if index >= 0 and quoted[index][0] <= mention.start < quoted[index][1]:
            continue
        before = text[max(0, mention.start - 80) : mention.start]
        clause = CLAUSE_BREAK.split(before)[-1]
        speaks_after = RELATIVE_SPEAKER.match(text, mention.end, mention.end + 40)
        if (
            (match := OBJECT_BEFORE.search(clause))
            and not _joins_title_words(clause, match)
            and not speaks_after
        ):
            continue  # 'met X' is an object, unless 'met X, who said …'

        out.append(mention)
    return out


def _joins_title_words(clause: str, match: re.Match) -> bool:
    """'and' between capitalised words is part of a title ('Foreign and European Affairs
    Minister X'), not a second person beside the subject ('he and Minister X')."""
    if not match.group().startswith("and"):
        return False
    before = clause[: match.start()].split()
    return bool(before) and before[-1][:1].isupper()


def _title_near(text: str, start: int, end: int) -> str | None:
    """The title written just before a name ('Secretary General X') or after it ('X, Head of')."""
    reach = max(0, start - TITLE_REACH)
    spans = sentences(text, reach, start)
    before = text[spans[-1][0] if spans else reach : start]  # a title never crosses a full stop
    # 'the Mayor of X, H.E. Ms Name': the title stands before the courtesy words
    raw_before = before
    before = COURTESY_AFTER_TITLE.sub(" ", before)
    title = None
    if match := TITLE_BEFORE.search(before):
        words = match.group().split()
        while words and words[0].lower() in TITLE_SMALL_WORDS:
            words = words[1:]
        while words and words[0] in FUNCTION_WORDS:
            words = words[1:]  # 'As Finance Minister X': the title opens on 'Finance'
        after_someone = False  # the run holds another person's name before this one's title
        for index in range(len(words) - 1, 0, -1):
            opens_office = index == 1 and index + 1 < len(words) and _is_role_word(words[2])
            if _is_name(words[index - 1 : index + 1]) and not opens_office:
                words = words[index + 1 :]  # another person's name: the title starts after it
                while words and words[0] in {"and", "of", "the"}:
                    words = words[1:]
                after_someone = True
                break
        if words and words[-1].lower() in LIST_JOINERS:
            words = []  # the title of the person listed before
        if any(w.lower() in TITLE_WORDS for w in words):
            title = " ".join(w for w in words if w not in HONORIFICS) or None
        if title and (outer := _role_before(before[: match.start()], not after_someone)):
            title = _joined(outer, title)  # (a role opening the sentence is the first person's)
    if title is None and (outer := _role_before(COURTESY_AFTER_TITLE.sub(", ", raw_before))):
        title = outer  # 'the Permanent Representative of X to the OAS, Anton Edmunds'
    if (given := AS_ROLE_BEFORE.search(raw_before)) and _opens_on_role(given["role"]):
        title = _joined(given["role"], title)  # 'as Chair, … X'
    match = APPOSITIVE_AFTER.match(_apposition_tail(text, end))
    if match and _opens_on_role(match["title"]) and not REPORTING_VERB.search(match["title"]):
        # (a reporting verb inside makes it the subject of a clause: ', the President said …')
        written = APPOSITION_VERB.split(match["title"], maxsplit=1)[0]  # '… have signed'
        after = without_the(written)  # 'X, the Director of Y,' -> 'Director of Y'
        if written == match["title"] and (body := _body_after(text, end + match.end())):
            after = _joined(after, body)  # 'X, Executive Director, Harbour Union, said'
        title = _joined(title, after)
    elif match := SIGNATURE_AFTER.match(text[end : end + 200]):
        title = _joined(match["title"], match["org"])
    elif (
        match := BRACKETED_ROLE_AFTER.match(text[end : end + 120])
        or RELATIVE_ROLE_AFTER.match(text[end : end + 160])
    ) and _opens_on_role(match["title"]):
        # 'X (Harbour Union President)', 'X, who is the …,'
        title = _joined(title, without_the(match["title"]))
    elif match := ROLE_VERB_AFTER.match(text[end : end + 160]):
        role = f"{ROLE_VERBS[match['verb']]} of {match['what']}"  # 'X, who heads the office,'
        title = _joined(title, role)
    return title or _role_given(text, start, end)


def _joined(*parts: str | None) -> str | None:
    """The parts of a title, in order, as one ('Chairman-in-Office, Polish Foreign Minister')."""
    return ", ".join(part for part in parts if part) or None


def _is_body(phrase: str) -> bool:
    """A known organisation, or words closing on a body's head ('Kaduna Field Office')."""
    return KNOWN_ORGANISATION.match(phrase) is not None or phrase.split()[-1] in ORG_HEADS


def _body_after(text: str, at: int) -> str | None:
    """The body named as the next part of an apposition after a title ('…, Executive
    Director, Harbour Union, said'): a known organisation, or words closing on a body's head;
    maybe after the region the title covers ('…, Regional Director, East and Southern Africa,
    UNICEF, said')."""
    parts: list[str] = []
    while len(parts) <= MAX_REGION_PARTS and (match := APPOSITION_BODY.match(text[at : at + 120])):
        part = without_the(match["body"])
        parts.append(part)
        if _is_body(part):
            return _joined(*parts)
        at += match.end() + 1  # past the comma
    return None


def _role_given(text: str, start: int, end: int) -> str | None:
    """The role a name is elected or appointed to in the same breath: 'elected Anna Berg as
    Director-General' or 'Anna Berg … was elected … as Director-General' titles her so."""
    if ROLE_GIVEN_BEFORE.search(text, max(0, start - ROLE_GIVEN_REACH), start):
        match = ROLE_GIVEN_AFTER.match(text[end : end + 120])
    else:
        match = ROLE_GIVEN_PASSIVE.match(text[end : end + 300])
    if match is None or not _opens_on_role(match["title"]):
        return None
    words = match["title"].split()
    while words and words[-1] in TITLE_SMALL_WORDS:
        words.pop()
    return " ".join(words) or None


def _apposition_tail(text: str, end: int) -> str:
    """What follows a name, ended before a reporting verb that closes an apposition with no
    comma and opens a quote ('Ana Ruiz, Regional Director for the South said: “…')."""
    tail = text[end : end + 260]
    if not tail.startswith(","):
        return tail
    stop = APPOSITION_BREAK.search(tail, 1)
    verb = REPORTING_VERB.search(tail, 0, stop.start() if stop else len(tail))
    if verb and QUOTE_FOLLOWS.match(tail, verb.end()):  # '… said: “' — not '… expressed hope'
        return tail[: verb.start()].rstrip() + ","
    auxiliary = APPOSITION_VERB.search(tail, 0, stop.start() if stop else len(tail))
    if auxiliary and auxiliary.start() <= APPOSITION_TITLE_CHARS:
        # 'X, Minister of Economy and Finance have signed an agreement for …': the verb closes it
        return tail[: auxiliary.start()].rstrip() + ","
    return tail


def _opens_on_role(phrase: str) -> bool:
    """An apposition that is a role: 'head of the office', 'the UN Secretary-General', 'IOM
    Chief of Mission', 'Danish Trade Minister' (after 'the', a body's acronym, a
    nationality or a country: a title word, or a field and a title word)."""
    words = without_the(POSSESSIVE_END.sub("", phrase, count=1)).split()
    while words and (
        KNOWN_ORGANISATION.fullmatch(words[0])
        or names.is_nationality(words[0])
        or places.country(words[0])
    ):
        words = words[1:]  # 'Swiss Foreign Minister', 'OSCE Chairperson', 'Kenya Envoy'
    if not words:
        return False
    if words[0].lower().strip("()").split("-")[0] in TITLE_WORDS:
        return True  # 'head of the office', 'Chief of Mission', 'Officer-in-Charge of X'
    # 'Trade Minister', 'Health Minister': a capitalised field before the title word
    return words[0][:1].isupper() and any(
        part in TITLE_WORDS
        for w in words[1:APPOSITION_TITLE_REACH]
        for part in (w.lower(), *w.lower().split("-"))  # 'Government Vice-Chairperson'
    )


def _role_before(before: str, may_open_sentence: bool = True) -> str | None:
    """A role set before a name and its title by a comma: 'The Head of the Mission to X,
    Ambassador Name' gives 'Head of the Mission to X' (only after 'the', so a list of places
    or names before a comma is no role), or opening the sentence: 'Harbour Union Chair, Health
    Minister Name' gives 'Harbour Union Chair'."""
    if not before.endswith(", "):
        return None
    match = TITLE_BEFORE.search(before[:-2] + " ")
    if match is None:
        return None
    words = match.group().split()
    if not {"the", "The"} & set(words):
        lead = before[: match.start()].strip()
        if lead.endswith(",") and _is_body(" ".join(words)) and (outer := _role_before(lead + " ")):
            return _joined(outer, " ".join(words))  # 'The Officer in Charge, UNICEF X Office, X'
        if not may_open_sentence:
            return None
        opens_sentence = not lead or lead.endswith(":")  # 'VIENNA (Agency): Role, Title X'
        role = " ".join(words)
        return role if opens_sentence and _opens_on_role(role) and len(words) > 1 else None
    while words and words[0] not in {"the", "The"}:
        words = words[1:]
    words = words[1:]
    if not words or not words[0][:1].isupper() or words[0].lower() not in TITLE_WORDS:
        return None
    return " ".join(words)


def split_org(title: str | None) -> tuple[str | None, str | None]:
    """(title, organisation): 'INTERPOL Secretary General' -> ('Secretary General', 'INTERPOL')."""
    if not title:
        return None, None
    match = KNOWN_ORGANISATION.search(title)
    if match is None:
        return title, None
    org = match.group()
    if match.start() == 0 and len(title) > match.end() + 1:
        rest = POSSESSIVE_START.sub("", title[match.end() :])  # 'UNICEF’s Executive Director'
        return rest.strip(" ,"), org
    return title, org


def parse_speaker(phrase: str) -> Speaker:
    """Name, title and organisation of a speaker phrase ('France’s Minister, Michel Mercier')."""
    phrase = phrase.strip(" ,.;:")
    segments = [s.strip() for s in phrase.split(",") if s.strip()]
    for index, segment in enumerate(segments):
        found = _name_in(segment)
        if found is None:
            continue
        name, start, end = found
        rest = (segment[:start] + " " + segment[end:]).strip(" ,")
        rest = " ".join(w for w in rest.split() if w not in HONORIFICS)
        others = [s for i, s in enumerate(segments) if i != index]
        title_parts = [without_the(part) for part in [rest, *others] if part]  # 'the X, Name'
        title, org = split_org(", ".join(title_parts) or None)
        return Speaker(name, title, org)
    return Speaker(None, phrase or None)


def resolve_speaker(phrase: str, position: int, people: list[PersonMention]) -> Speaker | None:
    """The person a speaker phrase means: itself, or the full name behind a surname,
    a role ('the Secretary General') or a pronoun, looked up among earlier mentions."""
    phrase = phrase.strip(" ,.;:")
    if not phrase:
        return None
    parsed = parse_speaker(phrase)
    if parsed.name and (longer := _longer_name(parsed.name, people)):
        parsed.name = longer
    if parsed.name:
        known = _title_of(parsed.name, people)
        if not parsed.title and known:
            parsed.title, parsed.organisation = split_org(known)
        return parsed
    words = [w for w in phrase.split() if w not in HONORIFICS]
    earlier = [m for m in people if m.start < position] or people
    if len(words) == 1 and words[0].lower() in PRONOUNS | {"her", "him"}:
        targets = getattr(people, "targets", None)
        if targets is not None:
            earlier = [m for m in targets if m.start < position] or earlier
        if words[0].lower() == "they" and (pair := _pair_named_last(people, earlier)):
            return Speaker(f"{pair[0].name} and {pair[1].name}")
        meant = _agreeing(words[0].lower(), earlier) or _agreeing(
            words[0].lower(), [m for m in people if m.start < position]
        )
        return _person(meant, people) if meant else None
    if len(words) == 1 and words[0][:1].isupper():
        for mention in reversed(people):
            if family_name(mention.name) == words[0]:
                return _person(mention, people)
        for mention in reversed(people):
            # a family name written before the given names: 'KHOO Boon Hui', 'Qu Dongyu'
            if _opens_on_family_name(mention.name, words[0]):
                return _person(mention, people)
        if (named := _one_person_with_part(words[0], people)) is not None:
            return _person(named, people)
        return Speaker(words[0])
    if len(words) > 1 and words[-1][:1].isupper():
        # 'Chief Monitor Aksoy', 'Secretary General Hollmann': a title and a known surname
        for mention in reversed(earlier):
            if mention.name.split()[-1] == words[-1] and len(mention.name.split()) > 1:
                return _person(mention, people)
        if NAME_TOKEN_RE.fullmatch(words[-1]) and all(w.lower() in TITLE_WORDS for w in words[:-1]):
            if (named := _one_person_with_part(words[-1], people)) is not None:
                return _person(named, people)  # 'Sheikh Mohammed', 'Minister García'
            # a title and a surname not named in full anywhere: 'Secretary General Jagland'
            return Speaker(words[-1], " ".join(words[:-1]))
    chief = ORG_CHIEF.match(phrase)
    if chief and (head := _head_of(chief["org"] or chief["org2"], earlier)):
        return _person(head, people)  # 'the UNODC chief', 'head of WHO'
    if role := ROLE_HEAD.search(phrase):
        head = role.group().lower()
        # the whole role first ('the Deputy High Commissioner' is not the High Commissioner),
        # then its head word; the holder named as a subject before one named beside them
        whole = without_the(phrase).lower()
        targets = getattr(people, "targets", None) or []
        for key, strict in dict.fromkeys(((whole, True), (head, True), (head, False))):
            for pool in ([m for m in targets if m.start < position], earlier):
                for mention in reversed(pool):
                    if mention.title and _holds(mention.title.lower(), key, strict):
                        return _person(mention, people)
    if phrase.split()[0] in DESCRIPTION_OPENERS:
        return Speaker(phrase)  # a description: 'one displaced woman from Luhansk Region'
    return None


def _agreeing(pronoun: str, mentions: list[PersonMention]) -> PersonMention | None:
    """The last mention a pronoun can stand for: 'he' never for a name the given-names
    dictionary is sure is a woman's, 'she' never for a man's."""
    wanted = PRONOUN_GENDERS.get(pronoun)
    for mention in reversed(mentions):
        gender = names.gender_of(mention.name) if wanted else None
        if gender is None or gender == wanted:
            return mention
    return None


def _one_person_with_part(word: str, people: list[PersonMention]) -> PersonMention | None:
    """The one person a single word names as a part of their full name other than the last:
    the first of two family names ('Ms García' for Ana García López), then the given name an
    honorific goes with ('Sheikh Mohammed'); None when it fits none or several."""
    full = [m for m in people if len(m.name.split()) > 1]
    inner = [m for m in full if word in m.name.split()[1:-1]]
    given = [m for m in full if m.name.split()[0] == word]
    for pool in (inner, given):
        if len({m.name for m in pool}) == 1:
            return pool[-1]
    return None


def describes_someone(phrase: str) -> bool:
    """A phrase that can stand for a speaker: a name or role, or a described person ('one
    official', 'the spokesperson'), not a clause ('that more aid is needed')."""
    first = phrase.split()[0] if phrase.split() else ""
    return first[:1].isupper() or first.lower() in DESCRIPTION_OPENERS | {"the"}


def _pair_named_last(people, earlier: list[PersonMention]):
    """The two people named together ('X and Y signed …') when the second of them is the
    last person named: whom a 'they' stands for."""
    if not earlier:
        return None
    last = earlier[-1]
    for first, second in getattr(people, "pairs", []):
        if second.start == last.start and first.name != second.name:
            return first, second
    return None


def _opens_on_family_name(name: str, word: str) -> bool:
    """Whether a bare word is the name a full name opens on: 'Mr Qu' for 'Qu Dongyu', 'Mr
    Tan' for 'TAN Wei Ming' (tried after the family names at the end of every name)."""
    tokens = name.split()
    return len(tokens) >= 2 and len(word) >= 2 and tokens[0].lower() == word.lower()


def _head_of(org: str, mentions: list[PersonMention]) -> PersonMention | None:
    """The person whose title makes them the head of a body ('UNODC Executive Director',
    'Director-General of WHO'): whom 'the UNODC chief' means."""
    for mention in reversed(mentions):
        title = mention.title or ""
        if org in title.replace("’s", " ").replace("'s", " ").split() and HEAD_TITLE.search(title):
            return mention
    return None


def _holds(title: str, role: str, strict: bool) -> bool:
    """Whether a title holds a role: 'Deputy High Commissioner' holds 'deputy high commissioner'
    but (strictly) not 'high commissioner', which a qualifier before it changes."""
    at = title.find(role)
    if at < 0:
        return False
    if not strict:
        return True
    before = title[:at].split()
    return not before or before[-1] not in ROLE_QUALIFIERS


def _person(mention: PersonMention, people: list[PersonMention]) -> Speaker:
    """A speaker for a mention, with the longest title the text gives that person."""
    title, org = split_org(_title_of(mention.name, people))
    return Speaker(mention.name, title, org)


def _title_of(name: str, people: list[PersonMention]) -> str | None:
    """The longest title written next to this person anywhere in the text."""
    titles = [m.title for m in people if m.name == name and m.title]
    return max(titles, key=len) if titles else None


def organisations_in(text: str) -> list[Entity]:
    """Organisations named in the text, with acronyms where the text or the table gives one."""
    found: dict[str, Entity] = {}
    for match in NAME_WITH_ACRONYM.finditer(text):
        name = without_the(match["name"])
        words = name.split()
        while words and not (set(words) & ORG_HEADS or words[0] in ORG_HEADS) and len(words) > 1:
            words = words[1:]
        if not set(name.split()) & ORG_HEADS:
            continue
        acronym = match["acronym"]
        found.setdefault(acronym, Entity("organisation", name, acronym=acronym))
    for match in KNOWN_ORGANISATION.finditer(text):
        written = match.group()
        acronym = written if written in ORGANISATIONS else ALIASES.get(written)
        if acronym is None:
            acronym = next((a for a, full in ORGANISATIONS.items() if full == written), None)
        if acronym and acronym not in found:
            found[acronym] = Entity("organisation", ORGANISATIONS[acronym], acronym=acronym)
    return list(found.values())


def people_entities(people: list[PersonMention], speakers: list[Speaker]) -> list[Entity]:
    """One person entity per full name, with the best title and organisation known."""
    out: dict[str, Entity] = {}
    for speaker in speakers:
        if speaker.name and len(speaker.name.split()) >= 2 and speaker.name[:1].isupper():
            out.setdefault(
                speaker.name,
                Entity("person", speaker.name, speaker.title, speaker.organisation),
            )
    for mention in people:
        if mention.name not in out:
            title, org = split_org(_title_of(mention.name, people))
            out[mention.name] = Entity("person", mention.name, title, org)
    return list(out.values())

"""The one entry point: a release (text or page) in, every record it yields out.

Pure and deterministic; no I/O, no orchestration imports. The gazetteer loads once, lazily.
"""

from __future__ import annotations

from transforms import places
from transforms.agreements import find_agreements
from transforms.datelines import _written_name, find_dateline
from transforms.entities import Speaker, organisations_in, people_entities, people_in
from transforms.events import event_type, principal_date, principal_place
from transforms.html import metadata_date
from transforms.language import detect_language
from transforms.quotes import find_quotes, not_prose
from transforms.records import Event, Extraction, LanguageSource, Release, SourceDocument
from transforms.rules.text import INVISIBLE
from transforms.spans import paragraphs

_INVISIBLE = str.maketrans({c: None for c in INVISIBLE if c != "\u00ad"} | {"\u00ad": "-"})


def _body(doc: SourceDocument) -> tuple[str, str | None, str | None, str | None]:
    """(body, title, published, the markup's language) from the text, or from the page."""
    if doc.html and (doc.text is None or not doc.language):
        from transforms.html import page_language, parse_page

        if doc.text is not None:  # a site's selectors gave the text: only the language is read
            return doc.text, doc.title, doc.published, page_language(doc.html)
        page = parse_page(doc.html, doc.url)
        title, published = doc.title or page.title, doc.published or page.published
        return page.body_text or "", title, published, page.language
    return doc.text or "", doc.title, doc.published, None


def _language(
    doc: SourceDocument, body: str, markup_language: str | None
) -> tuple[str | None, LanguageSource | None]:
    """The release's language and where it came from: the input, the markup, else detected."""
    if doc.language:
        return doc.language, "input"
    if markup_language:
        return markup_language, "markup"
    if language := detect_language(body):
        return language, "detected"
    return None, None


def _title_lines(body: str, title: str | None) -> set[int]:
    """Offsets of lines that repeat the headline: they report nothing of their own."""
    if not title:
        return set()
    key = " ".join(title.split()).lower()
    out, start = set(), 0
    for line in body.split("\n"):
        if " ".join(line.split()).lower() == key:
            out.add(start)
        start += len(line) + 1
    return out


def _without_lines(body: str, starts: set[int]) -> str:
    """The body with some lines blanked (same length, so offsets still hold)."""
    if not starts:
        return body
    chars = list(body)
    for start in starts:
        end = body.find("\n", start)
        for index in range(start, len(body) if end < 0 else end):
            chars[index] = " "
    return "".join(chars)


def extract(doc: SourceDocument) -> Extraction:
    """Every record one release yields: release, quotes, places, events, agreements, entities."""
    body, title, published_raw, markup_language = _body(doc)
    language, language_source = _language(doc, body, markup_language)
    published = metadata_date(published_raw, language)
    body = body.translate(_INVISIBLE) if any(c in body for c in INVISIBLE) else body
    # on the body without invisible marks: a zero-width space in 'Rome,\u200b 4 May' hides
    # no dateline, and offsets into the text the records read are offsets into the stored body
    dateline, dateline_places = find_dateline(body, title, published)
    if published is None and dateline and dateline.date:
        published = dateline.date
    text = _prose_only(body)
    headline_lines = _title_lines(text, title)
    people = people_in(text)
    quotes = find_quotes(text, people)
    names = tuple(m.name for m in people)
    quoted = [(q.start, q.end) for q in quotes]
    when, mention = principal_date(text, published, dateline, quoted, headline_lines, title)
    where = principal_place(
        text, mention, dateline_places, title, names, dateline.end if dateline else 0
    )
    kind, name = event_type(text, mention)
    organisations = organisations_in(text)
    event_name = (
        _place_name(where.written, where.place)
        if isinstance(where, places.PlaceMention)
        else (where.name if where is not None else None)
    )
    if dateline and any(where is p for p in dateline_places):
        # the dateline's city as the dateline writes it ('ST PETERSBURG' -> 'St Petersburg')
        index = next(i for i, p in enumerate(dateline_places) if where is p)
        if index < len(dateline.cities):
            event_name = dateline.cities[index]
    events = [Event(kind, name, when, event_name, [o.acronym or o.name for o in organisations][:6])]
    # an undated release's 'now' is its principal happening's date (what 'today' meant)
    agreements = find_agreements(
        _without_lines(text, _headline_only(text, headline_lines)), published or when, title
    )
    speakers = [Speaker(q.speaker, q.speaker_title, q.speaker_org) for q in quotes]
    entities = people_entities(people, speakers) + organisations
    mentions = places.find_places(text, names)
    locations = places.locations(dateline_places, where, mentions)
    release = Release(
        url=doc.url,
        title=title,
        published=published,
        language=language,
        dateline=dateline,
        body_text=body,
        organisation=doc.organisation,
        language_source=language_source,
    )
    return Extraction(release, quotes, locations, events, agreements, entities)


def _place_name(written: str, place: places.Place) -> str:
    """A place as the text writes it, in title case when in capitals ('BRATISLAVA' ->
    'Bratislava', 'ST PETERSBURG' -> 'St Petersburg', not the gazetteer's spelling)."""
    return _written_name(written, place)


def _prose_only(text: str) -> str:
    """The body with paragraphs that are no prose (a run of quote marks) blanked, same length."""
    blank = [(s, e) for s, e in paragraphs(text) if not_prose(text, s, e)]
    if not blank:
        return text
    parts, last = [], 0
    for start, end in blank:
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _headline_only(text: str, lines: set[int]) -> set[int]:
    """Headline lines to hide from agreement search, except those naming the parties
    ('Memorandum of Understanding between A and B' is the agreement itself)."""
    out = set()
    for start in lines:
        end = text.find("\n", start)
        if "between" not in text[start : len(text) if end < 0 else end].lower():
            out.add(start)
    return out

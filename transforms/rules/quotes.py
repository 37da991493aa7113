"""Quote marks, reporting verbs and the cues that tell a quote from a title or a scare quote."""

from __future__ import annotations

import re

from transforms.rules import any_of
from transforms.rules.people import HONORIFIC_WORD
from transforms.rules.text import DASHES

# Marks that open or close a quotation; which one a mark is depends on where it stands.
DOUBLE_MARKS = '"“”„‟«»'
SINGLE_MARKS = "'‘’‚‛‹›"
OPEN_LEANING = frozenset("“„‟«‘‚‛‹")  # glyphs that usually open
# French guillemets with a space inside them ('« Il faut agir »', often a no-break space): « with
# a space after it opens and » with a space before it closes (German '»…«' has no such space).
SPACED_GUILLEMETS = {"«": "open", "»": "close"}
GUILLEMET_SPACES = frozenset(" \u00a0\u202f")

# Text damaged by a wrong decoding (UTF-8 read as cp1252): 'â€œ', 'â€', '†' after a word.
MOJIBAKE = re.compile(r"â€|Ã[\x80-\xbf]|\w†|â€™")

REPORTING_VERBS = (
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adds",
    "adding",
    "stressed",
    "stresses",
    "stressing",
    "noted",
    "notes",
    "noting",
    "stated",
    "states",
    "stating",
    "explained",
    "explains",
    "highlighted",
    "highlights",
    "emphasised",
    "emphasized",
    "emphasising",
    "emphasizing",
    "underlined",
    "underlines",
    "underscored",
    "concluded",
    "concludes",
    "commented",
    "comments",
    "remarked",
    "observed",
    "told",
    "tells",
    "declared",
    "announced",
    "affirmed",
    "asserted",
    "insisted",
    "recalled",
    "reiterated",
    "urged",
    "warned",
    "argued",
    "acknowledged",
    "pointed out",
    "continued",
    "went on",
    "replied",
    "answered",
    "asked",
    "welcomed",
    "praised",
    "mentioned",
    "expressed",
    "confirmed",
    "cautioned",
    "agreed",
    "wrote",
    "writes",
    "described",
    "called",
    "appealed",
    "maintained",
    "believes",
    "believed",
    "pledged",
    # naming a thing in someone's words: 'X hailed the deal as “historic”'
    "hailed",
    "termed",
    "branded",
    "characterised",
    "characterized",
)
REPORTING_VERB = re.compile(rf"\b(?:{any_of(REPORTING_VERBS)})\b")

# Cues in the same sentence that hand a quote to someone without a reporting verb.
ATTRIBUTION_CUES = re.compile(
    r"\b(?:according to|in (?:a|his|her|their|the) (?:statement|speech|message|remarks|address)"
    r"|via (?:the )?spokes(?:person|man|woman)|(?:by )?saying"
    r"|(?:the following|this) (?:statement|message|remarks|address|speech))\b",
    re.IGNORECASE,
)

# A line naming whose words follow, with no verb: 'Statement of Secretary General X on …:',
# 'Message by the High Commissioner:'. The speaker is the phrase after 'of'/'by'.
STATEMENT_OF = re.compile(
    r"\b(?:[Ss]tatement|[Mm]essage|[Rr]emarks|[Aa]ddress|[Ss]peech)\s(?:of|by)\s"
    r"(?P<who>[^\n:;,()“”\"]{2,120}?)(?=\s(?:on|at|to|for|in|regarding|about|upon)\s|[,:(]|$)"
)

# The same phrase closing the words before a quote, whatever verb came first: 'X recalled the
# words of Minister Y: “…”', 'X read a message from Minister Y: “…”' are Y's words.
WORDS_OF_BEFORE_QUOTE = re.compile(
    r"\b(?:[Ww]ords|[Mm]essage|[Ss]tatement|[Rr]emarks|[Ll]etter|[Ss]peech)\s(?:of|from|by)\s"
    r"(?P<who>[^\n:;,()“”\"]{2,120}?)\s*:\s*$"
)

# A sentence opening on whose view follows: 'For the Fund's Vice-President, “…”', 'For Ms X:
# “…”' (the whole of the sentence before the quote).
VIEW_OF_BEFORE_QUOTE = re.compile(r"^\s*For\s(?P<who>[^\n,:;“”\"]{2,100}?)\s*[,:]\s*$")

# Words just before a quote that make it a title, name or label, not someone's words.
TITLE_CUES = re.compile(
    r"(?:\b(?:entitled|titled|called|named|dubbed|so-called|known as|theme|motto|slogan|"
    r"campaign|operation|project|initiative|programme|program|hashtag|sections?|headline[ds]?|"
    r"the words|marked|labelled|labeled|plates|reading|exhibition|topic|film|book|"
    r"documentary|album|song|poster|brochure|seminar|workshop|webinar|symposium|conference|"
    r"forum|panel|session|course|training|competition|contest|award|prize|report|study|"
    r"publication|survey|handbook|guide|series|podcast|festival|week|day|motto|call)"
    r"\s*[,:]?\s*)$",
    re.IGNORECASE,
)

# An unnamed speaker described just before the verb: '…, as one couple said, “…”',
# 'as a displaced mother put it'. Only after 'as', so the clause is the attribution.
DESCRIBED_SPEAKER = re.compile(
    r"(?:^|,\s)as\s(?P<who>(?:one|a|an|another|some|many)\s[a-z][\w-]*(?:\s[a-z][\w-]*){0,3})"
    r"\s(?P<verb>said|says|put it|explained|told \w+|recalled|added)[,:]?\s*$"
)

# A body as the subject right before a reporting verb: 'the OSCE Parliamentary Assembly
# called for …' (the last word must be a body's head word, checked in code).
BODY_SUBJECT = re.compile(r"\b[Tt]he\s(?P<body>(?:[A-Z][\w’'-]*\s){0,5}(?P<head>[A-Z][a-z]+))\s*$")

# Pronouns that stand for the last person named.
PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# The gender a pronoun speaks of: 'he said' after 'Ana Ruiz met Tom Vale' is Tom Vale's.
PRONOUN_GENDERS = {"he": "M", "him": "M", "she": "F", "her": "F"}

# First person: a block of text set off without quote marks is someone's words only if it
# speaks in the first person.
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Mm]e|us|[Oo]urselves)\b")

# The line that introduces a block quote: '... issued the following statement on 13 January:'.
BLOCK_INTRO = re.compile(
    r"\b(?:[Tt]he following|[Tt]his|an?) (?:statement|message|remarks|address|speech|words)\b"
    r"[^\n]{0,200}:\s*$"
    r"|\b(?:[Ss]tatement|[Mm]essage|[Rr]emarks) (?:of|by) [^\n]{2,200}:\s*$",
)
BLOCK_INTRO_VERB = re.compile(r"\b(issued|made|delivered|gave|released|sent|published)\b")

# '— António Costa, President of the European Council' under a block quote.
DASH_ATTRIBUTION = re.compile(rf"^\s*(?:[{DASHES}]|--?)\s*(?P<who>[^\n]{{2,200}})$")
# 'Dr Ana Ruiz | Secretary-General | Harbour Union' under a quote: a signature whose parts
# bars set off, as web pages print it (read as 'Name, Title, Organisation').
BAR_SIGNATURE = re.compile(r"^\s*(?P<who>[^|\n]{2,80}?(?:\s*\|\s*[^|\n]{2,100}?){1,2})\s*$")

# An attribution after the quote with no verb: '…,” according to Lea Berg.',
# '“…” – Lea Berg, Commissioner', '“…” (Lea Berg, Commissioner)' (a name up to a comma, a full
# stop, a closing bracket or the line's end).
TRAILING_ATTRIBUTION = re.compile(
    rf"[ \t,]{{0,3}}(?:according to\s|(?:[{DASHES}]|--?)[ \t]?|\()"
    r"(?P<who>(?:the\s)?[A-Z][^,\n.;:!?“”\"()]{1,60}?)[ \t]*(?:,|\.|\)|$)",
    re.MULTILINE,
)
# How many words a speaker phrase opened by 'the' may run to before its verb:
# '…,” the Special Envoy of the Secretary-General, Kwame Asante-Boateng, told journalists'.
MAX_SPEAKER_PHRASE_WORDS = 10
# A quote needs this many words to be someone's words rather than a term or a name.
MIN_QUOTE_WORDS = 3
# A quote no one is said to say, shorter than this and with no sentence end of its own,
# is a caption or a title ('… accounts of children: “My children never saw the sea”.').
LABEL_MAX_WORDS = 10
# A quote no one is said to say, this short and with no sentence end of its own, is a term
# or a scare quote wherever it stands ('adopted a “zero tolerance policy” last year').
SCARE_MAX_WORDS = 4
# An unclosed quotation may run over at most this many paragraphs.
MAX_QUOTE_PARAGRAPHS = 12
# Paragraphs with more marks than this are no prose (5 MB of quote marks is an attack).
MAX_MARKS_PER_PARAGRAPH = 2000
# Closing marks without an opening one that are worth trying to recover, per release.
MAX_ORPHANS = 200
# How far before and after a quote its attribution may stand (characters).
ATTRIBUTION_WINDOW = 220
# A quote this close after another (characters, one sentence at most between) goes on in
# the same voice.
CONTINUING_GAP = 250

# Two people who speak together: 'Minister Anna Berg and Director Paul Roth said …',
# 'Anna Berg, Minister of A, and Paul Roth, Director of B, said'. Between the two names:
# the first one's title set off by commas, 'and', the second one's title (', Dr ').
APPOSITION = r"(?:,\s(?:the\s)?[A-Z][^,;.“”\"\n]{1,100},)"
JOINT_LINK = re.compile(
    rf"{APPOSITION}?,?\s(?:and|&)\s(?:(?:the|of|for|[A-Z][\w.’'-]*)\s){{0,8}}"
    rf"(?:(?:[A-Z][\w.’'-]*)?,\s(?:{HONORIFIC_WORD}\s)?)?"
)
# Between the second name and the verb: its title, a comma, 'jointly', 'together'.
JOINT_TO_VERB = re.compile(rf"{APPOSITION}?[\s,]*(?:(?:jointly|together|both)\s)?")
# Before the first of two names after the verb: courtesy and title words only.
JOINT_LEAD = re.compile(r"(?:(?:the|of|for|[A-Z][\w.’'-]*)\s){0,8}")
# A speaker phrase naming two people: 'Minister Anna Berg and Director Paul Roth'.
JOINT_SPLIT = re.compile(r"\s(?:and|&)\s")

# A relative clause whose verb reports: '…, Secretary-General X, who said that “…”'.
RELATIVE_SPEAKER = re.compile(
    rf",\s(?:who|whom)\s(?:also\s|then\s|later\s)?(?P<verb>{any_of(REPORTING_VERBS)})\b"
)
# How far before ', who said' the person it hangs on may end (characters: a bracket or
# a title may stand between, 'X (IOM), who said').
RELATIVE_REACH = 12

# A short quoted phrase set in a sentence that hands it to someone: 'described it as
# “a milestone”', 'called the accord “historic”', 'hailed it as “a turning point”'.
ATTRIBUTED_PHRASE = re.compile(
    r"(?<![\w-])(?:described|describes|describing|called|calls|calling|termed|terming|hailed|hailing|"
    r"branded|labelled|labeled|characterised|characterized)\s"
    r"(?:(?:it|this|that|them|the\s[\w-]+(?:\s[\w-]+)?|its\s[\w-]+|their\s[\w-]+)\s)?"
    r"(?:as\s)?$"
)
# A photo caption or credit in the paragraph: its quoted words are a caption, not speech.
CAPTION_CUES = re.compile(
    r"\((?:Photo|Picture|Image|Credit|Photo credit)s?\b|\b(?:Photo|Photo credit|Credit|"
    r"Picture|Image|Caption)\s?:|©"
)
# The subject of a sentence that quotes a document's wording: 'The memorandum aims
# “to define …”', 'the declaration calls on states “to …”'.
DOCUMENT_SUBJECT = re.compile(
    r"\W*(?:The|This|That|Its|Their|Under\sthe|The\snew)\s(?:[\w-]+\s){0,3}?"
    r"(?:memorandum|MoU|MOU|agreement|accord|declaration|resolution|statute|charter|treaty|"
    r"convention|protocol|communiqu[eé]|document|text|article|clause|law|decree|mandate|"
    r"plan|strategy|framework|roadmap|arrangement|letter|pact|programme|project)s?\b",
    re.IGNORECASE,
)
# Two single marks written for a double one, in older releases: ''We will …'' or ``…''.
DOUBLED_SINGLE_MARKS = re.compile(r"''|``|‘‘|’’")

# Where quote marks stand: a mark after one of these can open, before one of these close.
OPENING_CONTEXT = " \t([{/\u00a0—–-"
DOUBLE_MARK = re.compile(f"[{re.escape(DOUBLE_MARKS)}]")
SINGLE_MARK = re.compile(f"[{re.escape(SINGLE_MARKS)}]")
# A single mark after a plural's 's' and before a lower-case word is the apostrophe of a
# possessive ('the nurses’ pay'), when a later mark of the paragraph can close the quote.
PLURAL_POSSESSIVE = re.compile(r"(?<=s)[’'](?=[ \t][a-z])")
CLOSING_CONTEXT = ",.;:!?)]}—–-…"
# What stands before ' ” ' when a stray space comes before a closing mark.
LOOSE_CLOSE_AFTER = ",.!?"
# What stands before an opening mark glued to it, with a capital after: 'Kjaerum."Frontex'.
GLUED_OPEN_AFTER = ".!?:"
VERB = any_of(REPORTING_VERBS)
# '…,” said X', '…” – said X' (a dash may stand between the mark and the verb)
VERB_FIRST = re.compile(rf"^[\s,.;:{DASHES}-]{{0,3}}(?P<verb>{VERB})\s(?P<who>\S)")
# (a courtesy word with its full stop may stand in the phrase: '… the Executive Director, Dr. X,
# said')
SPEAKER_WORD = rf"(?:{HONORIFIC_WORD}|[^\s.;:!?“”\"]{{1,40}})"
SPEAKER_FIRST = re.compile(
    rf"^[\s,.;:]{{0,3}}(?P<who>(?:he|she|they|we|I|[Tt]he\s{SPEAKER_WORD}(?:\s{SPEAKER_WORD}){{0,{MAX_SPEAKER_PHRASE_WORDS - 1}}}"
    rf"|(?:{HONORIFIC_WORD}\s)?[A-ZÀ-ÖØ-ÞĀ-Ž][^.;!?\n“”\"]{{0,160}}?))\s(?P<verb>{VERB})(?=[\s,.;:]|$)"
)
FIRST_VERB = re.compile(rf"\s(?:{VERB})(?=[\s,.;:]|$)")
# '…,” a regional official said': an unnamed speaker after the quote, kept as written.
DESCRIBED_AFTER = re.compile(
    rf"^[\s,.;:]{{0,3}}(?P<who>(?:an?|one|another)\s[^\s.;:!?“”\"]{{1,40}}"
    rf"(?:\s[^\s.;:!?“”\"]{{1,40}}){{0,4}}?)\s(?P<verb>{VERB})(?=[\s,.;:]|$)"
)
SPEAKER_END = re.compile(
    r",\s(?:who|which|where|when|referring|adding|noting|as|while)\b|,\s[a-z]"
    r"|\s(?:following|after|during|before|upon|when|while)\s"  # 'said X following his talks'
    r"|\s(?:in|at|on)\s(?:a|an|their|its|his|her)\s"  # 'said X and Y in a joint statement'
)
# A sentence opening on a role: 'The Secretary General reiterated', 'The Head of Mission noted'.
ROLE_SUBJECT = re.compile(r"^\s*[Tt]he\s(?:[A-Z][\w’'-]*\s(?:(?:of|for|the)\s)*){1,6}[a-z]")
INTRO_END = re.compile(r"(?:[:,]|\bthat)\s*$")
# Small words a title in marks may hold in lower case ('Women in Policing and the Law').
TITLE_SMALL_WORDS = frozenset(
    {"and", "of", "the", "for", "in", "on", "to", "a", "an", "at", "with", "by", "&"}
)
# Quoted words that read as a sentence (a full stop at the end, a comma inside): speech.
SENTENCE_LIKE = re.compile(r"[.!?]\W*$|[,;:]\s")
# Quoted words ending on punctuation ('… every village,'): cut from a longer sentence.
ENDS_ON_PUNCTUATION = re.compile(r"[.!?,;]\W*$")
# A short quote closed on its own comma, question or exclamation mark, right before its
# attribution, is an utterance, not a term: '“It works,” said X', '“Why not?” she asked'.
UTTERANCE_END = re.compile(r"[,!?]\s*$")
# After 'X said' following a quote, the attribution ends soon: '.', ',', ' in Geneva'.
ATTRIBUTION_ENDS_SOON = re.compile(r"\s*(?:[.,;:]|$|\s(?:in|on|at|during|after|before|to|of)\b)")
# 'according to him': the last person named speaks.
ACCORDING_TO_PRONOUN = re.compile(r"according to (?P<pronoun>him|her|them)\b", re.IGNORECASE)
# A clause break inside a sentence: the subject of a verb is after the last one.
CLAUSE_COMMA = re.compile(r",\s")
# Bodies named as the one who speaks after a quote ('…,” the agency said'), besides the
# capitalised head words of organisations ('the Ministry', 'the Council').
BODY_NOUNS = frozenset(
    {
        "agency",
        "organisation",
        "organization",
        "government",
        "ministry",
        "office",
        "secretariat",
        "council",
        "commission",
        "committee",
        "mission",
        "embassy",
        "delegation",
        "bank",
        "fund",
    }
)
# A body named after a quote runs to at most this many words ('the UN refugee agency').
BODY_PHRASE_MAX_WORDS = 6

# Written words speak for the body that wrote them: '…,” read a statement posted on the
# IMF website', '…,” the message says'. Such an attribution names a document, not a person.
DOCUMENT_NOUNS = (
    "statement",
    "message",
    "communiqué",
    "communique",
    "release",
    "letter",
    "note",
    "declaration",
    "report",
    "post",
    "tweet",
)
DOCUMENT_AFTER = re.compile(
    rf"^[\s,.;:{DASHES}-]{{0,3}}(?:(?:read|reads|said|says|according\sto)\s)?"
    r"(?:an?|the|its|their)\s(?:(?:joint|press|written|official|short)\s)?"
    rf"(?P<document>{any_of(DOCUMENT_NOUNS)})\b(?P<rest>[^.;:!?\n“”\"]{{0,100}})"
)
# The body a document phrase names: 'on the IMF website', 'by the Ministry', "the Bank's".
DOCUMENT_BODY = re.compile(
    r"\b(?:of|by|from|on|in)\s(?:the\s)?(?P<body>[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,5})"
)
# Where a document is posted, dropped from the body's name: 'the IMF website' -> 'IMF'.
DOCUMENT_PLACES = frozenset({"website", "web", "site", "portal", "page", "account", "channel"})
# A quote opening right after a reporting verb: 'said: “', 'said, "', 'stated “'.
QUOTE_FOLLOWS = re.compile(r"[ \t]*[:,]?[ \t]*[“\"«‘']")
# What may stand before a person who opens the quote's own sentence as its subject: titles and
# courtesy words in capitals ('Lord', 'UNICEF Executive Director'), then the name (a possessive
# after the name, rules/people.py's POSSESSIVE_START, makes it no subject: 'Brett’s election').
SUBJECT_LEAD = re.compile(r"^\s*(?:[A-Z][\w.’'-]*\s){0,6}$")
# 'according to X' right after a closing mark: X is named as saying the words before it.
ACCORDING_TO_AFTER = re.compile(r"^[\s,.;:]*according\sto\s", re.IGNORECASE)

"""Agreement kinds, the actions done to them, and the cues of agreements only hoped for."""

from __future__ import annotations

import re

from transforms.records import AgreementAction
from transforms.rules import any_of
from transforms.rules.text import DASHES, words

# written kind (lower case) -> family, the key under which mentions of one agreement meet.
AGREEMENT_KINDS = {
    "memorandum of understanding": "memorandum",
    "memoranda of understanding": "memorandum",
    "mou": "memorandum",
    "mous": "memorandum",
    "memorandum": "memorandum",
    "joint action plan": "action plan",
    "biennial action plan": "action plan",
    "action plan": "action plan",
    "plan of action": "action plan",
    "joint work plan": "work plan",
    "work plan": "work plan",
    "working arrangement": "arrangement",
    "administrative arrangement": "arrangement",
    "arrangement": "arrangement",
    "joint declaration": "declaration",
    "declaration of intent": "declaration of intent",
    "declaration": "declaration",
    "statement of intent": "statement of intent",
    "letter of intent": "letter of intent",
    "protocol": "protocol",
    "roadmap": "roadmap",
    "road map": "roadmap",
    "accord": "agreement",
    "treaty": "treaty",
    "agreement": "agreement",
    "deal": "agreement",
    "pact": "agreement",
}
# Kinds that are only agreements between parties when 'joint' or two parties say so.
ONE_PARTY_KINDS = frozenset({"action plan", "work plan", "roadmap", "declaration"})
# Kinds that, bare and definite ('the agreement', 'this arrangement'), point back.
GENERIC_KINDS = frozenset(
    {
        "agreement",
        "deal",
        "pact",
        "arrangement",
        "memorandum",
        "accord",
        "mou",
        "declaration",
        "protocol",
        "treaty",
    }
)
# Words before a kind that belong to its name ('supplemental agreement', 'peace accord').
KIND_MODIFIERS = words("""cooperation co-operation supplemental supplementary provisional peace ceasefire cease-fire
    framework partnership host-country headquarters bilateral trilateral tripartite
    quadripartite multilateral joint comprehensive
    reconciliation trade association stabilisation stabilization readmission security
    seat status""")
KIND_WORD = any_of(AGREEMENT_KINDS)
AGREEMENT_MENTION = re.compile(
    rf"(?<![\w-])(?P<kind>{KIND_WORD})(?P<plural>s|es)?(?![\w-])", re.IGNORECASE
)
# A kind word used as a verb ('to deal with', 'will accord priority'): no agreement.
KIND_AS_VERB = re.compile(
    r"\b(?:to|will|would|can|could|must|should|may|might|we|they)\s$", re.IGNORECASE
)
VERB_KINDS = frozenset({"deal", "accord"})
# Words before 'agreement' that make it an institution's legal form, not an agreement
# between parties (Council of Europe 'enlarged partial agreement').
LEGAL_FORM = re.compile(r"\b(?:enlarged\s)?partial\s$", re.IGNORECASE)
# 'a pact known as the Memorandum of Understanding': the second name is the same agreement.
KNOWN_AS = re.compile(r"\b(?:known|referred to|described) as\s(?:the\s)?$", re.IGNORECASE)
# 'a cooperation agreement in the form of a Memorandum of Understanding': one agreement, the
# second mention its form.
FORM_OF = re.compile(r"\bin the form of (?:an?|the)\s$", re.IGNORECASE)
# 'the Geneva agreement of the European Union, the United States, Ukraine and the Russian
# Federation': the parties after 'of' (checked to be countries or organisations).
OF_PARTIES = re.compile(
    r"^\sof\s(?P<list>[^\n.;:()“”\"]{3,240}?)"
    r"(?=\s(?:on|to|in|for|at|which|that|was|were|is|has|have)\s|[.;:()“”\"]|$)"
)

# Canonical spelling of a family's bare kind.
CANONICAL = {
    "memorandum": "Memorandum of Understanding",
    "mou": "Memorandum of Understanding",
    "mous": "Memorandum of Understanding",
    "deal": "Agreement",
    "pact": "Agreement",
}

# What was done to the agreement, as the record names it.
AGREEMENT_ACTIONS: dict[str, AgreementAction] = {
    "signed": "signed",
    "signing": "signed",
    "signature": "signed",
    "sign": "signed",
    "ink": "signed",
    "inked": "signed",
    "adopted": "adopted",
    "adoption": "adopted",
    "renewed": "renewed",
    "renewal": "renewed",
    "renewing": "renewed",
    "announced": "announced",
    "extended": "extended",
    "extension": "extended",
    "concluded": "concluded",
    "conclusion": "concluded",
    "approved": "approved",
    "entered into": "entered into",
    "reached": "reached",
    "agreed": "agreed",
    "ratified": "ratified",
    "endorsed": "endorsed",
    "launched": "launched",
    "in force": "in force",
    "recommitment": "recommitted",
    "recommitted": "recommitted",
    "recommit": "recommitted",
    "welcomed the signing": "signed",
    # 'agreed to extend their Memorandum': what was done to the agreement, not 'agreed'
    "agreed to extend": "extended",
    "agreed to renew": "renewed",
    "decided to extend": "extended",
    "decided to renew": "renewed",
}
# Where a subject cannot reach back past: the dash after a dateline or headline
# ('BISHKEK, 4 March 2021 – The OSCE Office … and the Ministry … signed'), a colon.
SUBJECT_START = re.compile(rf"\s(?:--|[{DASHES}])\s|:\s|,\s(?=[a-z])")
ACTION = re.compile(rf"\b(?:{any_of(AGREEMENT_ACTIONS)})\b", re.IGNORECASE)
# Determiners before a mention: a new agreement, or one named before.
NEW_DETERMINERS = frozenset(
    {"a", "an", "one", "another", "new", "second", "third", "first", "additional", "further"}
)
BACK_DETERMINERS = frozenset({"the", "this", "that", "such", "said", "its", "their", "these"})
# A second agreement of the same kind: 'also signed', 'another', 'one such', 'additional'.
ALSO = re.compile(
    r"\b(?:also|another|one such|additional|further|second|separate)\b", re.IGNORECASE
)
# An agreement only hoped for, proposed or negotiated: not (yet) an agreement.
NOT_YET = re.compile(
    r"\b(?:would|could|should|might|hopes?|hoped|hoping|aims? to|intends? to|plans? to|"
    r"time had come to|call(?:s|ed)? for|urge[sd]?|negotiations? (?:on|for|towards)|"
    r"towards|for the conclusion of|priority list|proposed|draft|prospective|future|"
    r"once (?:the|it|this|that)|as soon as|(?:is|are) expected to|upon (?:the )?signature of)\b",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"\b(?P<words>(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]year)\b"
    r"|\b(?P<span>(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d)\b"
    r"|\bfor (?:a period of )?(?P<period>(?:one|two|three|four|five|six|ten|\d{1,2}) (?:years?|months?))\b",
    re.IGNORECASE,
)
# An agreement dated back from now without a year: 'signed … a few years ago'.
YEARS_AGO = re.compile(r"\b(?:years?|decades?) (?:ago|earlier|before)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
IN_YEAR = re.compile(r"\bin (?:[A-Z][a-z]+ )?(?P<year>(?:19|20)\d\d)\b")
BETWEEN = re.compile(
    r"\bbetween (?:the )?(?P<a>[^,;.\n]{2,90}?) and (?:the )?(?P<b>[^,;.\n]{2,90}?)"
    r"(?=\s(?:on|to|in|for|which|that|was|were|is|has|have|at|within)\b|[,;.)]|$)",
    re.IGNORECASE,
)
WITH = re.compile(
    r"\bwith (?:the )?(?P<b>[A-Z][^,;.\n]{1,90}?)(?=\s(?:on|to|in|for|which|that|at|was|across)\b|[,;.]|$)"
)
SIGNED_BY = re.compile(
    r"\b(?:signed|adopted|concluded|agreed) by (?:the )?(?P<a>[^,;.\n]{2,90}?) and (?:the )?"
    r"(?P<b>[^,;.\n]{2,90}?)(?=\s(?:on|to|in|for|which|that|at)\b|[,;.]|$)"
)

# A named instrument something is done under is background, not a new name for an earlier
# bare 'agreement': 'commitments under the Joint Comprehensive Plan of Action'.
UNDER_INSTRUMENT = re.compile(
    r"\b(?:under|within|pursuant to|in line with|in accordance with|in compliance with)\s"
    r"(?:(?:the|its|their|this|that)\s)?$",
    re.IGNORECASE,
)

# 'agreement' as a mass noun, a consensus rather than a document: 'without agreement on',
# 'no agreement on', 'reach agreement', 'the immediate agreement on'.
MASS_AGREEMENT = re.compile(
    r"\b(?:no|without|any|immediate|reach|reaching|broad|general|mutual)\s$", re.IGNORECASE
)
# An agreement recalled as the start of a period, not reported: 'since the signing of the
# Schengen agreement'.
SINCE_SIGNING = re.compile(
    r"\bsince (?:the )?(?:signing|signature|adoption|conclusion|entry into force) of\b",
    re.IGNORECASE,
)
# A year written in front of an agreement's name: 'the 2016 EU – NATO Joint Declaration'.
YEAR_BEFORE_NAME = re.compile(
    rf"\b(?:the|its|their)\s(?P<year>(?:19|20)\d\d)\s(?:[A-Z][\w.-]*\s|[{DASHES}-]\s){{0,5}}$"
)

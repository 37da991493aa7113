"""The grammar of an agreement mention: modifiers + an instrument head, the action done to
it, its parties, year and duration, and the cues of agreements that are none (yet)."""

from __future__ import annotations

import re

from transforms.records import AgreementAction
from transforms.rules import any_of, words
from transforms.rules.dates import MONTHS, RELATIVE_DAYS, WEEKDAYS
from transforms.rules.text import DASHES

# --- Heads -----------------------------------------------------------------------------
# An instrument's head noun as written (lower case) -> its family, the key under which the
# mentions of one agreement meet. English, and the common French and Spanish names that
# English releases keep as written ('an accord de siège', 'the convenio').
INSTRUMENT_HEADS = {
    # memoranda
    "memorandum of understanding": "memorandum",
    "memorandum of cooperation": "memorandum",
    "mou": "memorandum",
    "memorandum": "memorandum",
    "protocole d'accord": "memorandum",
    "protocole d’accord": "memorandum",
    "mémorandum d'entente": "memorandum",
    "mémorandum d’entente": "memorandum",
    "memorando de entendimiento": "memorandum",
    "memorándum de entendimiento": "memorandum",
    "protocole d'entente": "memorandum",
    "protocole d’entente": "memorandum",
    # plans
    "action plan": "action plan",
    "plan of action": "action plan",
    "work plan": "work plan",
    "workplan": "work plan",
    "roadmap": "roadmap",
    "road map": "roadmap",
    # arrangements, declarations, letters
    "arrangement": "arrangement",
    "declaration": "declaration",
    "déclaration": "declaration",
    "declaración": "declaration",
    "declaration of intent": "declaration of intent",
    "statement of intent": "statement of intent",
    "letter of intent": "letter of intent",
    "lettre d'intention": "letter of intent",
    "lettre d’intention": "letter of intent",
    "carta de intención": "letter of intent",
    "carta de entendimiento": "letter of understanding",
    "lettre d'entente": "letter of understanding",
    "lettre d’entente": "letter of understanding",
    "letter of understanding": "letter of understanding",
    "letter of agreement": "letter of understanding",
    # agreements and their near synonyms
    "agreement": "agreement",
    "accord": "agreement",
    "deal": "agreement",
    "pact": "agreement",
    "accord de siège": "agreement",
    "accord-cadre": "agreement",
    "accord de coopération": "agreement",
    "accord de partenariat": "agreement",
    "acuerdo": "agreement",
    "acuerdo de sede": "agreement",
    "acuerdo marco": "agreement",
    "acuerdo de cooperación": "agreement",
    "convenio": "agreement",
    "convenio marco": "agreement",
    "convenio de cooperación": "agreement",
    "protocol": "protocol",
    "protocole": "protocol",
    "protocolo": "protocol",
    "treaty": "treaty",
    "traité": "treaty",
    "tratado": "treaty",
    "convention": "convention",
    "charter": "charter",
    "ceasefire": "ceasefire",
    "cease-fire": "ceasefire",
    "truce": "ceasefire",
    "armistice": "ceasefire",
    # heads that are an agreement only with a modifier ('country programme framework')
    "framework": "framework",
    "programme": "programme",
    "program": "programme",
    "strategy": "strategy",
}
# Heads that are acronyms themselves (others in capitals, 'ACCORD', name a body or plan).
# The one-word heads: a capitalised one is never part of a person's name ('Practical Arrangement').
INSTRUMENT_HEAD_WORDS = frozenset(head for head in INSTRUMENT_HEADS if " " not in head)
ACRONYM_HEADS = frozenset({"mou"})
# Plurals that do not end in -s: written plural -> head.
IRREGULAR_PLURALS = {
    "memoranda of understanding": "memorandum of understanding",
    "memoranda": "memorandum",
    "treaties": "treaty",
}
# Heads that are no agreement without a modifier from the vocabulary: 'the framework', 'a
# programme', 'the UN Development Programme' (a body, not an instrument).
HEADS_NEEDING_MODIFIER = frozenset({"framework", "programme", "program", "strategy"})
# Families that are one party's own plan unless 'joint', a modifier or two parties say
# otherwise ('the Council adopted its Action Plan').
ONE_PARTY_FAMILIES = frozenset(
    {"action plan", "work plan", "roadmap", "declaration", "framework", "programme", "strategy"}
)
# The modifier that makes a one-party kind an agreement between parties ('joint work plan').
JOINT = "joint"
# Families whose named instruments are mostly recalled in the background ('the Chemical
# Weapons Convention'): a mention counts only when an action stands close to it.
BACKGROUND_FAMILIES = frozenset({"treaty", "convention", "charter"})
# How close (characters) an action must stand to a background family's mention.
ACTION_REACH = 60
# Families of documents two parties sign, which one agreement may be called by in turn
# ('the Memorandum of Understanding … the cooperation agreement').
DOCUMENT_FAMILIES = frozenset(
    {
        "memorandum",
        "agreement",
        "arrangement",
        "protocol",
        "declaration of intent",
        "statement of intent",
        "letter of intent",
        "letter of understanding",
    }
)
# Heads a bare, definite mention of which ('the agreement', 'this arrangement') points
# back to an earlier agreement.
GENERIC_HEADS = frozenset(
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
        "ceasefire",
        "cease-fire",
        "truce",
    }
)
# The words of an earlier agreement's type that a ceasefire or truce mention joins ('an
# agreement to implement a truce', 'the ceasefire agreement … agreed on a ceasefire').
CEASEFIRE_HOST_WORDS = words("""agreement accord ceasefire cease-fire truce humanitarian""")
# Types that say only that there is an agreement, which a headline may name better.
BARE_AGREEMENT_TYPES = frozenset({"agreement", "accord"})
# The spelling a head's record takes when it stands bare.
CANONICAL = {
    "memorandum": "Memorandum of Understanding",
    "mou": "Memorandum of Understanding",
    "memoranda": "Memorandum of Understanding",
    "deal": "Agreement",
    "pact": "Agreement",
    "cease-fire": "Ceasefire",
}
# Heads written as a generic word for an agreement, recorded as 'Agreement' with modifiers.
AGREEMENT_SYNONYMS = frozenset({"deal", "pact"})

HEAD_WORD = any_of([*INSTRUMENT_HEADS, *IRREGULAR_PLURALS])
# A head not followed by another head ('framework agreement': 'framework' is a modifier).
AGREEMENT_MENTION = re.compile(
    rf"(?<![\w-])(?P<kind>{HEAD_WORD})(?P<plural>s|es)?(?![\w-])(?!\s(?:{HEAD_WORD})\b)",
    re.IGNORECASE,
)

# --- Modifiers ---------------------------------------------------------------------------
# Words before a head that belong to its name ('safeguards agreement', 'additional protocol').
KIND_MODIFIERS = words("""cooperation co-operation collaboration supplemental supplementary
    provisional peace ceasefire cease-fire framework partnership host host-country hosting
    headquarters bilateral trilateral tripartite quadripartite multilateral joint comprehensive
    reconciliation trade association stabilisation stabilization readmission security seat
    status safeguards safeguard additional country programme program land facility enforcement transit
    working administrative practical operational strategic technical interim final financing
    loan grant credit funding implementation implementing subregional sub-regional
    regional biennial annual rolling""")
# A hyphenated compound before a head is a modifier ('data-sharing agreement', 'host-country
# agreement'), unless it gives a duration ('five-year').
COMPOUND_MODIFIER = re.compile(r"(?![\w-]*-(?:years?|months?|weeks?|days?)$)[a-z]+(?:-[a-z]+)+")
# The number written before a plural head: 'three Host Agreements' are three agreements.
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# Words before a capitalised head that are no part of its name ('Sign Land Agreement').
NOT_NAME_WORDS = words("""The A An This That These Those Its Their Our His Her Both Each New
    And Or Of For On In At By With To From Today Yesterday""") | {
    word.capitalize()
    for word in COUNT_WORDS  # 'Three MoUs were signed': a count, no name
}
# A capitalised word that may name an instrument ('Riyadh', 'Pretoria'); not an acronym,
# which names a party ('the SCO Convention', 'the EU-Ukraine Agreement').
NAME_WORD = re.compile(r"(?![\w.-]*[’']s$)[A-Z][a-zà-ÿ][\w’'.-]{0,30}")
# A possessive right before a name names a party: 'Sri Lanka's Country Programme Framework'.
POSSESSIVE_PARTY = re.compile(
    r"(?P<party>(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*)[’']s\s(?:(?:new|first|second|third|"
    r"fourth|fifth|latest)\s)?$"
)
# A lower-case word inside a capitalised name: 'Cessation of Hostilities Agreement'.
NAME_LINKS = frozenset({"of", "for", "on"})
# A verb form, no name: 'Welcoming Agreement' in a heading, 'Signed Accord'.
PARTICIPLE = re.compile(r"(?:ing|ed)$")
# How many capitalised words before a capitalised head are taken as its name.
MAX_NAME_WORDS = 4
# Words of a name kept in lower case when a type is written in title case.
LOWER_IN_TITLE = frozenset({"of", "and", "on", "for", "the", "de", "du", "des", "la"})
# French elided articles that keep their word low in a title: "Protocole d'accord".
ELIDED = ("d'", "d’", "l'", "l’")
# Ordinals and the like before a head: 'the third joint declaration' is named, so definite.
ORDINALS = frozenset({"first", "second", "third", "fourth", "new", "latest"})
# A year, duration or amount written between the determiner and a name ('a three-year Joint Action
# Plan', 'the 2016-2020 plan').
YEAR_OR_SPAN_WORD = re.compile(
    r"[\w-]+-year|\d{4}[-–]\d{4}|(?:19|20)\d\d"
    # or an amount: 'a USD 20 million grant agreement', 'a €5m loan agreement'
    r"|(?:us\$|\$|€|£)?\d[\d.,]*(?:m|bn)?|usd|us\$|eur|chf|gbp|million|billion",
    re.IGNORECASE,
)
# A count after a definite determiner speaks of agreements already reported: 'the two
# agreements', 'these three memoranda'.
BACK_COUNT = re.compile(
    rf"\b(?:the|these|those|both|all)\s(?:{any_of(COUNT_WORDS)}|[2-8])\s(?:[\w-]+\s){{0,3}}$",
    re.IGNORECASE,
)
COUNT = rf"(?:{any_of(COUNT_WORDS)}|[2-8])"
# The count nearest before a plural ('the two sides signed three memoranda': three).
COUNT_BEFORE = re.compile(
    rf"\b(?P<count>{COUNT})\s(?:(?!{COUNT}\s)[\w-]+\s){{0,3}}$", re.IGNORECASE
)
# What stands between an instrument and another name for it set beside it by a comma:
# 'signed a Memorandum of Understanding, their first formal cooperation agreement'.
APPOSITION_BETWEEN = re.compile(r"^,\s(?:their|its|his|her|the|a|an|this)\s(?:[\w-]+\s){0,3}$")
# A count after 'to have' or 'has now / so far / already' tallies agreements over the years and
# reports none of them: 'has now signed five agreements', 'the first State to have concluded four'.
TALLY_BEFORE = re.compile(
    r"\b(?:to\shave\s|(?:has|have|had)\s(?:now|so\sfar|already|to\sdate|in\stotal)\s)"
    r"(?:signed|concluded|entered\sinto|ratified)\s$",
    re.IGNORECASE,
)

# --- Determiners and cues of a new or a known agreement --------------------------------
NEW_DETERMINERS = frozenset(
    {"a", "an", "one", "another", "new", "second", "third", "first", "additional", "further"}
)
# Determiners of a mention that may repeat an earlier one in the same words ('signed an
# agreement ... signed an agreement' in a lead repeated as the first paragraph).
INDEFINITE = frozenset({"a", "an"})
BACK_DETERMINERS = frozenset({"the", "this", "that", "such", "said", "its", "their", "these"})
# Words before a head that make it an older, other agreement: 'replaces the previous
# arrangement concluded in 2012'.
EARLIER_DETERMINERS = frozenset({"previous", "former", "earlier", "old", "original"})
# A second agreement of the same kind: 'also signed', 'another', 'one such', 'additional'.
ALSO = re.compile(
    r"\b(?:also|another|one such|additional|further|second|separate)\b", re.IGNORECASE
)
# 'a pact known as the Memorandum of Understanding': the second name is the same agreement.
KNOWN_AS = re.compile(r"\b(?:known|referred to|described) as\s(?:the\s)?$", re.IGNORECASE)
# 'a cooperation agreement in the form of a Memorandum of Understanding': one agreement, the
# second mention its form.
FORM_OF = re.compile(r"\bin the form of (?:an?|the)\s$", re.IGNORECASE)
# A named instrument something is done under is background, not a new name for an earlier
# bare 'agreement': 'commitments under the Joint Comprehensive Plan of Action'.
UNDER_INSTRUMENT = re.compile(
    r"\b(?:under|within|pursuant to|in line with|in accordance with|in compliance with|"
    r"implementation of|implementing|in the framework of|on the basis of)\s"
    r"(?:(?:the|its|their|this|that)\s)?$",
    re.IGNORECASE,
)
# Words before a definite mention that make it another instrument than the one reported:
# 'the MoU builds on the cooperation agreement', 'replaces the', 'under the existing'.
OTHER_INSTRUMENT = re.compile(
    r"\b(?:builds? on|building on|based on|complements?|complementing|replac\w*|supersed\w*|"
    r"existing|under|implement\w*|pursuant to|in line with|within|follow\w*|amend\w*)\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)
# A year written right after an agreement's name: 'the Joint Declaration of 2016'.
YEAR_AFTER_NAME = re.compile(r"\s(?:of|from)\s(?P<year>(?:19|20)\d\d)\b")
# A year written in front of an agreement's name: 'the 2016 EU – NATO Joint Declaration'.
YEAR_BEFORE_NAME = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s(?P<year>(?:19|20)\d\d)\s(?:[A-Z][\w.-]*\s|[{DASHES}-]\s){{0,5}}$"
)

# --- Not an agreement (here) -------------------------------------------------------------
# A head used as a verb ('to deal with', 'will accord priority'): no agreement.
KIND_AS_VERB = re.compile(
    r"\b(?:to|will|would|shall|can|could|must|should|may|might|we|they)\s$", re.IGNORECASE
)
VERB_HEADS = frozenset({"deal", "accord"})
# Words before 'agreement' that make it an institution's legal form, not an agreement
# between parties (Council of Europe 'enlarged partial agreement').
LEGAL_FORM = re.compile(r"\b(?:enlarged\s)?partial\s$", re.IGNORECASE)
# 'agreement' as a mass noun, a consensus rather than a document: 'without agreement on',
# 'reached agreement', 'in agreement with', 'by mutual agreement', 'in full agreement',
# 'there was agreement that'.
MASS_AGREEMENT = re.compile(
    r"\b(?:no|without|any|immediate|reach|reaches|reached|reaching|broad|general|mutual|in|"
    r"by|pending|upon|was|is|were|are|in (?:full|complete|total|broad|general))\s$",
    re.IGNORECASE,
)
# An agreement only hoped for, proposed or negotiated: not (yet) an agreement.
NOT_YET = re.compile(
    r"\b(?:would|could|should|might|hopes?|hoped|hoping|aims? to|intends? to|plans? to|"
    r"time had come to|call(?:s|ed)? for|urge[sd]?|negotiations? (?:on|for|towards)|"
    r"towards|for the conclusion of|priority list|proposed|draft|prospective|future|"
    r"once (?:the|it|this|that)|as soon as|(?:is|are) expected to|upon (?:the )?signature of|"
    r"can be|may be|in case of|in the event of|subject to)\b",
    re.IGNORECASE,
)
# What follows a bare 'an agreement' that makes it a consensus, no document: 'reached an
# agreement on the need to …', 'agreement on the importance of'.
CONSENSUS_AFTER = re.compile(
    r"\s(?:on|about)\s(?:the\s)?(?:need|necessity|importance|principle|desirability)\b",
    re.IGNORECASE,
)
# An instrument named as what another one is attached to: 'an additional protocol to their
# safeguards agreements', 'the amendment of the Convention': the parent is recalled.
PARENT_INSTRUMENT = re.compile(
    rf"\b(?:{HEAD_WORD})(?:s|es)?\s(?:to|of|under|supplementing|amending)\s"
    r"(?:(?:the|their|its|this|that)\s)?(?:(?!and\s|or\s)[\w-]+\s){0,3}$",
    re.IGNORECASE,
)
# How far (characters) after a named mention a year of its own is looked for ('the Model
# Protocol was agreed upon in 1997').
OWN_YEAR_REACH = 60
# A date the instrument was first made, beside its renewal: 'signed a renewal of their MoU,
# first signed in 2018' is this year's renewal, not the 2018 signing.
ORIGINAL_DATE_BEFORE = re.compile(
    r"\b(?:first|originally|initially)\s(?:signed|adopted|concluded|agreed)\s"
    r"(?:(?:in|on)\s(?:[\w,]+\s){0,2})?$",
    re.IGNORECASE,
)
RENEWING_ACTIONS = frozenset({"renewed", "extended"})
# An action in the future, only scheduled, in question or denied: 'will sign the agreement',
# 'is due to be signed', 'did not sign' (the words right before the action word).
FUTURE_ACTION = re.compile(
    r"\b(?:will|shall|’ll|'ll|might|may|could|would|should|(?:is|are) (?:due|scheduled|set|"
    r"expected) to|(?:is|are) to)\s(?:(?:be|then|also|jointly|formally)\s){0,2}$"
    # an action only decided on, proposed or in question: 'Council Decisions on the Signing',
    # 'the possible signing', 'the issue of signing'
    r"|\b(?:decisions?|proposals?|preparations?|talks|negotiations?|issue|question|prospects?|"
    r"possibility)\s(?:on|for|of|about)\s(?:the\s)?$|\bpossible\s$"
    # an action denied: 'did not sign', 'declined to sign', 'has not yet ratified'
    r"|\b(?:not|never|n[’']t|refused to|declined to|failed to)\s(?:yet\s)?(?:be\s|been\s)?$",
    re.IGNORECASE,
)
# An action undone: the agreement exists, but the action is not reported and dates nothing
# ('declared its intention to revoke its signature to the MoU').
UNDONE_ACTION = re.compile(
    r"\b(?:revok\w*|withdr[ae]w\w*|suspend\w*|terminat\w*|denounc\w*|cancel\w*)\s"
    r"(?:(?:its|their|the|his|her)\s)?$",
    re.IGNORECASE,
)
# An agreement recalled as the start of a period, not reported: 'since the signing of the
# Schengen agreement'.
SINCE_SIGNING = re.compile(
    r"\bsince (?:the )?(?:signing|signature|adoption|conclusion|entry into force) of\b",
    re.IGNORECASE,
)

# --- Actions -----------------------------------------------------------------------------
# What was done to the agreement, as the record names it.
AGREEMENT_ACTIONS: dict[str, AgreementAction] = {
    "signed": "signed",
    "signing": "signed",
    "signature": "signed",
    "sign": "signed",
    "signs": "signed",
    "ink": "signed",
    "inked": "signed",
    "adopted": "adopted",
    "adopt": "adopted",
    "adopts": "adopted",
    "adoption": "adopted",
    "renewed": "renewed",
    "renew": "renewed",
    "renews": "renewed",
    "renewal": "renewed",
    "renewing": "renewed",
    "announced": "announced",
    "extended": "extended",
    "extend": "extended",
    "extends": "extended",
    "extension": "extended",
    "concluded": "concluded",
    "concludes": "concluded",
    "conclusion": "concluded",
    "approved": "approved",
    "approve": "approved",
    "approves": "approved",
    "entered into": "entered into",
    "enter into": "entered into",
    "entering into": "entered into",
    "reached": "reached",
    "reaching": "reached",
    "agreed": "agreed",
    "brokered": "reached",
    "ratified": "ratified",
    "ratifies": "ratified",
    "ratify": "ratified",
    "ratifying": "ratified",
    "ratification": "ratified",
    "endorsed": "endorsed",
    "acceded": "acceded",
    "accession": "acceded",
    "endorses": "endorsed",
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
# Actions written as nouns: the verb that governs them ends the subject ('A and B signed the
# renewal of their MoU': the parties are A and B, not 'B signed the').
NOMINAL_ACTIONS = frozenset(
    {
        "signing",
        "signature",
        "renewal",
        "extension",
        "conclusion",
        "adoption",
        "accession",
        "ratification",
        "recommitment",
    }
)
# A verb before a mention that makes it an older instrument, not the one just reported: 'a new
# Memorandum, which replaces the MoU signed in 2004'.
REPLACED_BEFORE = re.compile(
    r"\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing)|succeed(?:s|ed|ing))\s"
    r"(?:(?:the|an?|its|their)\s)?(?:[\w-]+\s){0,3}$",
    re.IGNORECASE,
)
# A reporting verb whose direct object is an agreement that exists ('The Secretary-General
# welcomes last night's ceasefire agreement'): reported, with no action of its own.
REPORTED_BY = re.compile(
    r"\b(?:welcome[sd]?|welcoming|hail(?:s|ed)?|commend(?:s|ed)?|salute[sd]?|congratulat\w*)\s"
    r"(?:(?:the|this|that|today[’']s|yesterday[’']s|last night[’']s|[\w-]+[’']s)\s)?$",
    re.IGNORECASE,
)
# Actions done by two sides at once: a possessive owner signing is a second party ('the
# Agency signed Ruritania's framework'); adopting one's own plan is not.
BILATERAL_ACTIONS = frozenset({"signed", "renewed", "extended", "concluded", "entered into"})
ACTION_WORD = any_of(AGREEMENT_ACTIONS)
ACTION = re.compile(rf"\b(?:{ACTION_WORD})\b", re.IGNORECASE)
# An action bound to a mention right before it: 'ratified the Convention', 'signing of the
# Treaty', 'signed two treaties' (only a determiner and a word, 'of' or 'to' between).
LINKED_ACTION_BEFORE = re.compile(
    rf"\b(?:{ACTION_WORD})\s(?:of\s|to\s)?(?:(?:the|a|an|its|their|this)\s)?(?:[\w-]+\s)?$",
    re.IGNORECASE,
)
# A mention followed by an action in the future or only possible: 'the agreement might be
# signed on 29 November', 'the accord will be renewed'.
PROSPECTIVE_AFTER = re.compile(
    rf"\s(?:might|may|could|would|will|should|shall)\s(?:not\s|soon\s|also\s)?(?:be\s)?"
    rf"(?:{ACTION_WORD})\b",
    re.IGNORECASE,
)
# An action whose list of objects a mention stands in: 'eleven documents were adopted,
# including the Astana Declaration, the SCO Convention …'.
LINKED_ACTION_LIST = re.compile(
    rf"\b(?:{ACTION_WORD})\b[^.;]{{0,60}}\b(?:including|namely|such as|among them)\s[^.;]{{0,300}}$",
    re.IGNORECASE,
)
# An action bound to a mention right after it: 'the Treaty, which was adopted', 'the
# Convention was signed', 'the Charter (2010) adopted'.
LINKED_ACTION_AFTER = re.compile(
    rf"(?:\s\([^()]{{1,40}}\))?,?\s(?:(?:which|that)\s)?(?:(?:was|were|has been|have been|"
    rf"had been|is|are)\s)?(?:{ACTION_WORD})\b",
    re.IGNORECASE,
)

# --- Parties -----------------------------------------------------------------------------
# Where a subject cannot reach back past: the dash after a dateline or headline
# ('BISHKEK, 4 March 2021 – The OSCE Office … and the Ministry … signed'), a colon, a
# comma before a lower-case clause (not a list going on: ', the Kingdom of Denmark', ', and').
SUBJECT_START = re.compile(rf"\s(?:--|[{DASHES}])\s|:\s|,\s(?=[a-z])(?!the\s[A-Z]|and\s|or\s)")
# Words at the end of a subject that are no party: 'on Monday', 'have', 'also', 'today'.
SUBJECT_TAIL = re.compile(
    r"\b(?:on|in|at)\s(?:\w+\s){0,3}$|\b(?:have|has|had|will|shall|also|today|jointly|recently|already|"
    r"previously|earlier)\s"
)
# Separators of a list of parties: 'A, B and C', 'A, and B'.
LIST_SEPARATOR = re.compile(r",\s(?:and\s)?|\sand\s")
# An article or quantifier before a party's name.
LEADING_ARTICLE = re.compile(r"^(?:the|The|both|Both)\s")
# A party's date tail: 'Peru on Monday', 'Chile in 2015', 'Sri Lanka Monday'.
PARTY_DATE_TAIL = re.compile(
    rf"\s(?:(?:on\s)?(?:{any_of(w.capitalize() for w in WEEKDAYS)})|(?:on|in)\s\d.*)$"
)
# The acronym a party's name gives in brackets: 'the Council of Europe (CoE)'.
ACRONYM_IN = re.compile(r"\((?P<acronym>[A-Z][A-Za-z0-9\-]{1,12})\)")
# A subject part that is no party ('On Monday', 'In Vienna', 'At the meeting').
NOT_PARTY_START = ("On ", "In ", "At ", "During ", "After ")
# A definite common noun in a coordinated subject is a party too ('the regional body and
# the Bank renewed their framework'), when short.
MAX_COMMON_PARTY_WORDS = 4
# A subject part this short that starts with a date is the date, no party ('March 21').
MAX_DATE_WORDS = 3
MAX_PARTY_WORDS = 12
# A time word after a party ends its name: 'between the EU and Tarvia today', 'with Togo
# yesterday', 'with Kenya this week'.
TIME_AFTER_PARTY = rf"{any_of(RELATIVE_DAYS)}|this|last|earlier|later"
BETWEEN = re.compile(
    r"\bbetween (?:the )?(?P<a>[^,;.\n]{2,90}?) and (?:the )?(?P<b>[^,;.\n]{2,90}?)"
    rf"(?=\s(?:on|to|in|for|which|that|was|were|is|has|have|at|within|{TIME_AFTER_PARTY})\b"
    r"|[,;.)]|$)",
    re.IGNORECASE,
)
# Words that end a party's name after 'with': a place, a time, a clause, or the sum of a deal
# ('… with Ghana worth $300 million').
WITH_END = (
    r"on|to|in|for|which|that|at|was|across|worth|totalling|totaling|amounting|valued|under|"
    + TIME_AFTER_PARTY
)
WITH = re.compile(
    r"\bwith (?:the )?(?P<b>[A-Z][^,;.\n]{1,90}?)"
    rf"(?=\s(?:{WITH_END})\b|\sand\s(?:an?|the)\s|\s\(|[,;.]|$)"
)
# 'Similar agreements are in force with Albania and Montenegro': each listed party.
WITH_LIST = re.compile(
    rf"\bwith (?:the )?(?P<list>[A-Z][^;.\n()]{{1,200}}?)(?=\s(?:{WITH_END})\b|[;.]|$)"
)
# Two parties each after its own 'with', inside a 'with' list: '… with the University of
# Nairobi and with Makerere University'.
WITH_EACH = re.compile(r"(?P<a>[A-Z][^,;]{1,90}?),?\sand with (?:the\s)?(?P<b>[A-Z][^,;]{1,90})$")
# Signatories each 'on behalf of' a party: the parties are whom they sign for ('signed by
# Minister X on behalf of Ghana and Director Y on behalf of the Bank').
ON_BEHALF_OF = re.compile(
    r"\bon behalf of (?:the )?(?P<party>[A-Z][^,;.\n]{1,80}?)(?=\s(?:and|on|to|in|for|at|which|that)\b|[,;.]|$)"
)
SIGNED_BY = re.compile(
    r"\b(?:signed|adopted|concluded|agreed) by (?:the )?(?P<a>[^,;.\n]{2,90}?) and (?:the )?"
    r"(?P<b>[^,;.\n]{2,90}?)(?=\s(?:on|to|in|for|which|that|at)\b|[,;.]|$)"
)
# 'the Geneva agreement of the European Union, the United States, Ukraine and the Russian
# Federation': the parties after 'of' (checked to be countries or organisations).
OF_PARTIES = re.compile(
    r"^\sof\s(?P<list>[^\n.;:()“”\"]{3,240}?)"
    r"(?=\s(?:on|to|in|for|at|which|that|was|were|is|has|have)\s|[.;:()“”\"]|$)"
)
# A party given with its own year: 'Austria, in 2005, and the United Kingdom, in 2007,'.
DATED_PARTY = re.compile(
    r"(?:^|,\s|\band\s)(?:the\s)?(?P<name>[A-Z][^,()]{1,60}?),?\s\(?in\s"
    r"(?P<year>(?:19|20)\d\d)\)?(?=[,)]|\s|$)"
)

# --- Year and duration -------------------------------------------------------------------
# How many sentences' years and actions are kept once read (mentions of one sentence share).
SENTENCE_CACHE = 64
# The longest line read as a heading naming the agreement the release is
# ('MEMORANDUM OF UNDERSTANDING BETWEEN A AND B'), so reported as of the release.
MAX_HEADING = 300
# How many first lines may hold such a heading (after 'PRESS OFFICE' and a date line).
HEADING_LINES = 4
# Where a dateline ends inside a sentence ('2 November 2023, Addis Ababa: On this …',
# 'BISHKEK, 4 March 2021 – The OSCE …'): a date before it dates the release, not the
# agreement, when the sentence dates the agreement after it.
DATELINE_END = re.compile(rf"^[^.]{{0,80}}?(?:\s(?:--|[{DASHES}])\s|:\s)")
DURATION = re.compile(
    r"\b(?P<words>(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]year)\b"
    r"|\b(?P<span>(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d)\b"
    r"|\bfor (?:a period of |another |a further )?(?P<period>(?:one|two|three|four|five|six|ten|\d{1,2}) (?:years?|months?))\b",
    re.IGNORECASE,
)
# An agreement dated back from now without a year: 'signed … a few years ago'.
YEARS_AGO = re.compile(r"\b(?:years?|decades?) (?:ago|earlier|before)\b", re.IGNORECASE)
IN_YEAR = re.compile(r"\b[Ii]n (?:[A-Z][a-z]+ )?(?P<year>(?:19|20)\d\d)\b")
# A year in brackets right after a mention or its party: 'the agreement with Chad (2011)'.
YEAR_IN_BRACKETS = re.compile(r"[^.;()]{0,60}?\((?P<year>(?:19|20)\d\d)\)")
# A month named back from the release date: 'adopted … last September' (the month's latest
# occurrence before the release), and 'last year'.
LAST_MONTH = re.compile(rf"\blast (?P<month>{any_of(MONTHS)})\b", re.IGNORECASE)
LAST_YEAR = re.compile(r"\blast year\b", re.IGNORECASE)

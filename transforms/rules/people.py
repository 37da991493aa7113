"""Titles, honorifics and name parts: how to split 'INTERPOL Secretary General Jürgen Stock'."""

from __future__ import annotations

import re

from transforms.rules import any_of, words
from transforms.rules.agreements import INSTRUMENT_HEAD_WORDS
from transforms.rules.organisations import ORG_HEADS
from transforms.rules.text import ARTICLE_PREFIX

# Courtesy words written before a name, each once (with or without its full stop);
# dropped from the name, kept out of the title. 'H.E.' (His/Her Excellency) is written
# with its stops only.
COURTESY_WORDS = words(
    "Mr Mrs Ms Dr Prof Sir Dame Madam Madame Mme Herr Frau Hon Honourable Honorable M"
)
HONORIFICS = frozenset(
    {w for w in COURTESY_WORDS if w != "M"} | {f"{w}." for w in COURTESY_WORDS} | {"H.E."}
)
# One courtesy word as a pattern: 'Dr', 'Dr.', 'Mme' ('M' only with its stop).
HONORIFIC_WORD = rf"(?:H\.E\.|M\.|(?:{any_of(COURTESY_WORDS - {'M'})})\.?)"
# Courtesy words between a title and the name after it: ', H.E. Mr ', ', Ms ', ', Dr '.
HONORIFIC_RUN = rf"(?:H\.E\.\s)?(?:{HONORIFIC_WORD}\s){{0,2}}(?=\S|$)"

# Words that make up titles and roles (compared case-insensitively).
TITLE_WORDS = words("""secretary general secretary-general deputy assistant under-secretary-general director
    director-general executive head chief president vice vice-president chair chairman
    chairwoman chairperson chairperson-in-office chairman-in-office chair-in-office minister
    prime foreign state ambassador representative special high commissioner commission
    spokesperson spokesman spokeswoman envoy coordinator co-ordinator officer adviser advisor
    counsel general senior first second third rapporteur member members parliamentarian
    officials official judge prosecutor governor mayor king queen prince princess emperor
    sheikh senator deputy-minister undersecretary permanent acting interim regional country
    national international chief-of-mission mission delegation delegate observer monitor
    commander inspector superintendent colonel general-secretary registrar speaker leader
    chancellor premier attorney justice counsellor councillor lieutenant captain major
    ambassador-at-large emissary administrator manager communications officer associate
    focal point programme program project team expert experts analyst researcher
    extraordinary plenipotentiary emeritus designate elect""")
# Military and police ranks, written before a name and never part of it ('Brigadier Samuel
# Otieno Wafula', 'Pol. Gen. Somchai Rattanakul'); compared case-insensitively like titles.
RANKS = words("""brigadier brigadier-general major-general lieutenant-general lieutenant-colonel
    admiral rear-admiral vice-admiral commodore marshal field-marshal sergeant corporal private
    constable detective commissioner-general police-general pol. gen. col. lt. maj. capt. brig.
    adm. sgt. cdr. insp. supt. cmdr. gen col lt maj capt brig adm sgt cdr insp supt cmdr""")
TITLE_WORDS = TITLE_WORDS | RANKS
# An organisation's acronym joined to a title by a hyphen ('EIB-President', 'OSCE-Chair'): the
# title of the name after it, never part of that name.
ORG_TITLE_TOKEN = re.compile(r"^[A-Z]{2,}\d*-(?P<title>[A-Z][\w-]+)$")
# The head words a role is looked up by ('the Secretary General' -> 'Secretary General X').
ROLE_HEADS = (
    "Secretary General",
    "Secretary-General",
    "Director General",
    "Director-General",
    "Executive Director",
    "High Commissioner",
    "Special Representative",
    "President",
    "Chairperson-in-Office",
    "Chairman-in-Office",
    "Chairperson",
    "Chairman",
    "Chair",
    "Minister",
    "Ambassador",
    "Commissioner",
    "Director",
    "Head",
    "Chief",
    "Spokesperson",
    "Spokesman",
    "Prime Minister",
    "Foreign Minister",
    "Representative",
    "Coordinator",
    "Mayor",
    "Governor",
    "Envoy",
    "Judge",
    "Prosecutor",
    "Rapporteur",
)
# Words before a role that make it another one: 'Deputy High Commissioner' is not 'the High
# Commissioner'.
ROLE_QUALIFIERS = frozenset({"deputy", "assistant", "vice", "under", "former", "associate"})
ROLE_HEAD = re.compile(rf"\b(?:{any_of(ROLE_HEADS)})\b", re.IGNORECASE)

# A speaker described, not named, opens on a determiner: 'one displaced woman from X',
# 'a regional official'; 'that more aid is needed' (a clause) describes no one.
DESCRIPTION_OPENERS = words("a an one another two three four five several some many")
# Offices written before a bare family name ('President Ruto', 'Minister Lavrov'); not
# 'Chief' or 'Director', which go before a field ('Chief Economist', 'Director Operations').
SURNAME_OFFICES = (
    "President",
    "Prime Minister",
    "Minister",
    "Chancellor",
    "Premier",
    "Secretary-General",
    "Secretary General",
    "Commissioner",
    "Ambassador",
    "Governor",
    "Mayor",
    "Senator",
    "Judge",
    "King",
    "Queen",
)
# An office and one family name, with no given name ('President Ruto thanked …',
# 'Minister Lavrov'): the person the office later stands for. No capital word follows.
TITLED_SURNAME = re.compile(
    rf"\b(?P<role>{any_of(SURNAME_OFFICES)})\s(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž’'-]+)\b"
    r"(?![ \t]*[A-ZÀ-ÖØ-ÞĀ-Ž(])"
)

# Particles inside a name: 'René van der Linden', 'Catherine De Bolle', 'Abdelaziz El Hilu'.
NAME_PARTICLES = frozenset(
    {
        "van",
        "der",
        "den",
        "de",
        "De",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "von",
        "zu",
        "la",
        "le",
        "Le",
        "bin",
        "ibn",
        "al",
        "Al",
        "El",
        "el",
        "ben",
        "Van",
        "Von",
        "ter",
        "ten",
    }
)

# One name token: capitalised word (accents, hyphens, apostrophes), maybe after the Arabic
# article ('al-Jubeir'), an initial, or an all-capitals surname as some releases write them
# ('Jesus ESPIGARES MIRA').
NAME_TOKEN = rf"(?:{ARTICLE_PREFIX}[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-žA-ZÀ-ÖØ-Þ’'\-]{{1,30}}|[A-Z]\.)"
NAME_TOKEN_RE = re.compile(NAME_TOKEN)
# A candidate name: two to five tokens, particles allowed between them.
PARTICLE = any_of(NAME_PARTICLES)
# The run may be longer than a name: 'IOM Deputy Director General Adaeze Okonkwo' is one run,
# and the name is its tail. Bounded, so linear on hostile input.
MAX_NAME_RUN = 12
PERSON_NAME = re.compile(
    rf"(?<![\w.’'-]){NAME_TOKEN}(?:\s(?:(?:{PARTICLE})\s){{0,2}}{NAME_TOKEN}){{1,{MAX_NAME_RUN - 1}}}(?![\w’'])"
)

# Words that never belong to a person's name: they mark organisations, places and things.
# Words that open a sentence or a clause before a title ('As Finance Minister X …', 'Today
# Minister X …'): never part of a name, and dropped from the front of a title.
FUNCTION_WORDS = words("""The A An In On At Of For And Or To By With From As This That These
    Those It Its Our We He She They His Her Their Your My After Before During Since Following
    Under Over According Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October
    November December""")
NOT_NAME_WORDS = FUNCTION_WORDS | words("""Organization Organisation Office Council Union Nations United Agency
    Ministry Assembly Parliament Parliamentary Commission Committee Group Mission Centre Center
    Programme Program Fund Bank Court Republic Kingdom Federation Government State States
    Department Bureau Police Institute Academy Association Community Forum Summit Conference
    Convention Agreement Memorandum Plan Action Joint Declaration Protocol Treaty International
    European National Regional Global World General Special Secretariat Headquarters Complex
    Initiative Project Report Update Weekly Daily Summary Background Contacts Media Press
    Release Statement Photo Group Network Alliance Coalition Security Cooperation Co-operation
    Crime Drugs Law Enforcement Justice Rights Human Refugee Refugees Migration Health Affairs
    Foreign Interior Defence Defense Development Reform Recovery University School Hospital
    Hospitals Centre Institute Service Services Team Board Staff Red Cross Crescent Observer
    Monitoring Ministerial Chairmanship Presidency Secretary Minister President Director
    Executive Chief Head Deputy Ambassador Representative Commissioner Chairperson Chairman
    Spokesperson Spokesman Vice Prime High Senior Acting Communication Communications Section
    Region Province District North South East West Northern Southern Eastern Western Central
    Middle Day Week Year Session Meeting Event Side Panel Permanent Standing Technical
    Operational Legal Political Public Economic Social Emergency Medical Care Disaster Medicine
    Local Governance Component Sub Gulf Arab Islamic Levant Entity Gender Equality Women Food
    Agriculture Population Embassy Delegation Directorate Branch Unit Division Framework
    Charter Regulation Act Resolution Decision Appeal MoU MOU PC Accord Peace Reconciliation
    Solidarity MoU MOU NGO NGOs Border Checkpoint Crossing Points Plains Areas Rural""")
# Words that end the names of offices, programmes, places and documents rather than open a
# person's name: 'Assistant Secretary General for Emerging Security Challenges Helena X',
# 'UN Office for Disaster Risk Reduction', 'the Black Sea', 'Regional Migration Data Hub'.
NOT_NAME_WORDS = NOT_NAME_WORDS | words("""Challenges Threats Issues Matters Relations Partnerships
    Partnership Operations Policy Policies Planning Management Intelligence Innovation
    Environment Protection Prevention Integration Diplomacy Capabilities Infrastructure
    Assistance Administration Investigations Investigation Risk Reduction Resilience Strategy
    Package Hub Data Sea Ocean Peninsula Route Routes Basin Valley Mountains Islands Coast
    Guard Corridor Zone Line Contact Platform Mechanism Facility Fund Trust Partners Chiefs
    Officers Ministers Leaders Heads Members States Countries Affairs Mandate Budget Finance""")
# Subject words and natural features that end the names of bodies, weapons and rivers
# ('Prohibition of Chemical Weapons', 'Protection of Danube River', 'Economic and
# Environmental Activities', 'Fourth Review Conference'): never a person's name.
NOT_NAME_WORDS = NOT_NAME_WORDS | words("""Weapons Chemical Nuclear Biological Radiological River
    Rivers Lake Lakes Activities Activity Review Environmental Technology Technologies Science
    Sciences Research Trade Energy Water Climate Transport Education Culture Youth Customs
    Immigration Trafficking Smuggling Terrorism Corruption Narcotics Crimes""")
# Forces, commands and the subjects offices are named for ('Air Force', 'Allied Command
# Transformation', 'Office for Drug Control'): never a person's name.
NOT_NAME_WORDS = NOT_NAME_WORDS | words("""Force Forces Command Transformation Control Allied
    Armed Defence Guard Navy Army Operations""")
# Businesses and buildings that look like a name ('Ethiopian Airlines', 'Riverside Hotel').
NOT_NAME_WORDS = NOT_NAME_WORDS | words("""Airlines Airline Airways Hotel Hotels Resort Airport
    Stadium Company Corporation""")
# Happenings named after a place or a body ('Geneva Talks', 'TCG Consultations').
NOT_NAME_WORDS = NOT_NAME_WORDS | words("""Talks Negotiations Consultations Dialogue Round Games
    Festival Expo Week Days Campaign""")
# Words that open a clause ('If Turkey is interested …', 'While Europe …'): never a name.
NOT_NAME_WORDS = NOT_NAME_WORDS | words("""If When While Whether Although Though Unless Because
    Once Where Whereas Whenever Wherever""")

# Family names that are also words a name may not hold ('Anthony Lake', 'Ana River'): taken as
# the family name only after a known given name that is no place ('Lake Victoria' stays a lake).
WORD_SURNAMES = words("Lake River Rivers Sea")
# Ordinals number sessions and congresses ('Fifteenth Congress', 'Twenty-first Session'),
# never people: 'First' … 'Nineteenth', the tens, and hyphenated 'Twenty-first'.
_UNITS = "first second third fourth fifth sixth seventh eighth ninth"
_TEENS = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth"
ORDINAL_WORD = re.compile(
    rf"^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    rf"(?:{any_of(f'{_UNITS} {_TEENS} {_TENS}'.split())})$",
    re.IGNORECASE,
)

# Nationality adjectives grow from a country's name: 'Ukrain|ian', 'Swed|ish', 'Chin|ese',
# 'Oman|i'. A capitalised word is one when, less one of these endings, it starts the name of
# a country (the stem at least this long, so 'Roman' or 'Dan' are not taken).
DEMONYM_SUFFIXES = ("ian", "ean", "an", "ese", "ish", "i", "ic", "n")
DEMONYM_STEM_MIN = 4
# and the country's name runs at most this many letters past the stem.
DEMONYM_STEM_SLACK = 2
# Those that do not grow that way ('Norwegian' from Norway, 'French' from France).
IRREGULAR_DEMONYMS = words("""French Dutch British English Scottish Welsh Irish Swiss Greek Thai
    Danish Polish Spanish Norwegian Peruvian Filipino Philippine Lao Czech Slovak German
    Icelandic Finnish Vietnamese Macedonian Montenegrin Cypriot Malagasy Basotho Burmese Belgian Bahraini Emirati Kuwaiti Saudi Yemeni
    Kyrgyz Tajik Turkmen Uzbek Kazakh Afghan Pakistani Bangladeshi Nepalese Sri Lankan
    Maltese Portuguese Congolese Mozambican Ivorian Malawian Beninese Gabonese Togolese Senegalese
    Malian Chadian Nigerien Burkinabe Sudanese Somali Djiboutian Eritrean Ethiopian Ugandan
    Argentine Argentinian Venezuelan Ecuadorian Guatemalan Salvadoran Honduran Nicaraguan
    Panamanian Haitian Dominican Barbadian Trinidadian Jamaican Guyanese Surinamese Belizean
    Arab Arabian Kurdish Catalan Flemish Walloon Asian African Latin Nordic Baltic Balkan
    Caribbean Pacific Atlantic Mediterranean""")
# Endings of verb forms that open a clause and look like a capitalised name word
# ('Congratulating Sweden …', 'Welcoming the delegation'); a known given name is exempt.
VERB_ENDINGS = ("ing", "ed")
# Cities smaller than this are no evidence against a name ('Kim', 'Berg' are towns too).
MIN_PLACE_POPULATION = 100_000
# An all-capitals word this short is an acronym unless a given name vouches for it.
ACRONYM_MAX_LETTERS = 4

# A given name written after the family name, hyphenated with a lower-case second part
# ('Ban Ki-moon', 'Moon Jae-in'): the family name is the first token, so 'Mr. Ban' is him.
GIVEN_NAME_AFTER_FAMILY = re.compile(r"^[A-Z][a-z]+-[a-z]+$")

# Words that make the name after them an object, not the one who speaks next:
# 'a stakeout with X', 'which he and Minister X discussed', 'met X', 'by X', 'on behalf of X'
# ('according to X' names whose words these are, no object).
OBJECT_BEFORE = re.compile(
    r"\b(?:with|and|by|(?<!according\s)to|from|in|met|meeting|meets|for|against|between|among|visited|"
    r"thanked|congratulated|invited|received|welcomed|including|alongside|hosted|joined|"
    r"accompanied|briefed|called on|appointed|named|elected|such as|on behalf of)\s"
    r"(?:(?:the|of|and|for|[A-Z][\w’'-]*)\s){0,12}$"
)

# A title written before a name: capitalised words, bracketed acronyms and the small words
# of office names ('Head of the OSCE Mission to Skopje', 'INTERPOL’s Secretary General').
TITLE_BEFORE = re.compile(
    r"(?:(?:[A-Z][\w’'.\-]{0,30}|\([A-Z]{2,10}\)|of|the|and|for|in|to|on|at|’s|'s"
    r"|head|chief|spokesperson|spokesman|spokeswoman|envoy|coordinator|representative)\s){1,28}$"
)
# Small words a title may open on before its first capital, dropped from its front.
TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "to", "on", "at"})
# Words that join a list: a title written before a name never ends on one ('Theo Nkodo, Bank
# Vice-President and Ana Ruiz, Minister …': 'Bank Vice-President' is Nkodo's, not Ruiz's).
LIST_JOINERS = frozenset({"and", "or", "&"})
# How far before a name its title may start (characters).
TITLE_REACH = 240
# Courtesy words between a title and the name: 'the Mayor of X, H.E. Ms Name'.
COURTESY_AFTER_TITLE = re.compile(rf",\s(?:{HONORIFIC_RUN})$")
# A role set after a name by a comma, up to the next comma or the sentence's end:
# 'Anna Berg, head of the office, said', '…,” said Anh Le, Chief of Mission at IOM Kenya.'
# (that it opens on a title word is checked in code).
# In an apposition opening on a capitalised field ('Trade Minister'), the title word
# stands among its first words (this many).
APPOSITION_TITLE_REACH = 3
# What ends an apposition after a name: the characters its title may not hold.
APPOSITION_BREAK = re.compile(r"[,;.()\n“”\"]")
APPOSITIVE_AFTER = re.compile(
    r"^,\s(?P<title>(?:the\s)?[A-Za-z][^,;.()\n“”\"]{2,150}"
    r"(?:\([^()\n]{1,20}\)[^,;.\n“”\"]{0,80})?)(?:,|\.(?=\s|$)|$)"
)
# The body a title belongs to, written as the apposition's next part: 'Ana Ruiz, Executive
# Director, Harbour Union, said' (up to a comma or the sentence's end; capitalised words).
APPOSITION_BODY = re.compile(
    r"^\s(?P<body>(?:the\s)?[A-Z][\w’'&\-]*(?:\s(?:of|for|on|and|the|[A-Z][\w’'&\-]*)){0,8})"
    r"(?=,|\.(?:\s|$)|$)"
)
# An auxiliary verb ends an apposition written without its closing comma: 'Ana Ruiz, Minister
# of Finance have signed …' is titled 'Minister of Finance'.
# How far into an apposition such a verb may close it (a title's length).
APPOSITION_TITLE_CHARS = 150
APPOSITION_VERB = re.compile(r"\s(?:has|have|had|was|were|is|are|will|would|shall)\s")
# A role someone is given, written after the name: 'elected Anna Berg as Director-General',
# 'appointed Paul Roth as the new Head of Mission' (the title of that person from then on).
ROLE_GIVEN_REACH = 60  # how far before the name the verb that gives the role may stand
ROLE_GIVEN_BEFORE = re.compile(
    r"\b(?:elected|re-elected|appointed|named|designated|nominated)\s(?:[A-Z][\w.’'-]*\s){0,4}$"
)
# The same given after the name in the passive, the name its subject (maybe with an apposition
# between): 'Juan Soto, a Chilean, was re-elected to a second term as Director-General'.
ROLE_GIVEN_PASSIVE = re.compile(
    r"^(?:,[^.;\n]{0,160}?,)?\s(?:was|has\sbeen|is)\s(?:\w+\s){0,2}"
    r"(?:elected|re-elected|appointed|reappointed|named|designated|confirmed)\b[^.;\n]{0,60}?"
    r"\bas\s(?:the\s)?(?:new\s|next\s)?(?P<title>[A-Z][\w-]*(?:\s(?:[A-Z][\w-]*|of|the|for)){0,5})"
)
ROLE_GIVEN_AFTER = re.compile(
    r"^\s(?:as|to\sbe)\s(?:the\s)?(?:new\s|next\s)?"
    r"(?P<title>[A-Z][\w-]*(?:\s(?:[A-Z][\w-]*|of|the|for)){0,5})"
)
# Where a clause ends: the words after the last break are the ones that govern a name.
CLAUSE_BREAK = re.compile(r"[.!?:;\n]\s|^")
# Later mentions of the people a text named in full, filled with their family names:
# 'Berg' after 'Anna Berg'.
BARE_NAMES = r"\b(?:{names})\b"
# A courtesy word before the given name of someone named in full ('Dr Tedros' after 'Dr
# Tedros Adhanom Ghebreyesus'), filled with those given names; no capital word follows.
GIVEN_NAME_AFTER_COURTESY = rf"\b(?:{HONORIFIC_WORD})\s(?P<given>{{names}})\b(?!\s[A-ZÀ-ÖØ-ÞĀ-Ž])"
# A possessive after a body's or a country's name: 'UNICEF’s Executive Director'.
POSSESSIVE_START = re.compile(r"^[’']s\b")
POSSESSIVE_END = re.compile(r"(?<=\w)[’']s(?=\s)")
# A body's or a country's head named by it: 'the UNODC chief', 'the head of UNICEF', 'the
# Tarvian leader' (the title 'Tarvian President').
ORG_CHIEF = re.compile(
    r"(?:the\s)?(?:(?P<org>[A-Z][\w-]{1,15})(?:[’']s)?\s(?:chief|head|leader|Chief|Head|Leader)\b"
    r"|(?:head|chief|leader|Head|Chief|Leader)\sof\s(?:the\s)?(?P<org2>[A-Z][\w-]{1,15})\b)"
)
# Titles that head a body ('Executive Director', 'Director-General', 'President').
HEAD_TITLE = re.compile(
    r"\b(?:Executive Director|Director[- ]General|Secretary[- ]General|President|Administrator"
    r"|High Commissioner|Managing Director|Chief Executive|Chairman|Chairperson|Chair)\b",
    re.IGNORECASE,
)
# A role written after a name in brackets ('Dr Ana Ruiz (Harbour Union President) said') or
# in a relative clause ('Ana Ruiz, who is the Harbour Union President, said').
# (capitalised, and no photo caption's place of the person: '(second from left)', '(L-R)').
BRACKETED_ROLE_AFTER = re.compile(
    r"^\s\((?P<title>(?![^()\n]*\b(?:left|right|centre|center|front|back|L-R|R-L)\b)"
    r"[A-Z][^()\n]{1,99})\)"
)
RELATIVE_ROLE_AFTER = re.compile(
    r"^,\s(?:who|which)\s(?:is|was|serves\sas|served\sas|acts\sas)\s"
    r"(?P<title>(?:the\s)?[A-Z][^,;.()\n“”\"]{1,99}),"
)
# A role a relative clause gives by its verb: 'Ana Ruiz, who heads the Fund’s office in
# Ghana,' is the 'Head of the Fund’s office in Ghana'.
ROLE_VERBS = {"heads": "Head", "leads": "Head", "chairs": "Chair", "directs": "Director"}
ROLE_VERB_AFTER = re.compile(
    rf",\s(?:who|which)\s(?P<verb>{any_of(ROLE_VERBS)})\s(?P<what>(?:the\s)?[A-Z][^,;.()\n“”\"]{{1,99}})"
    r"(?=[,.;]|\s(?:said|says|stated|added|told)\b)"
)
# A role the sentence gives its subject before naming them: 'In his first address as OSCE
# Parliamentary Assembly President, Georgian parliamentarian X said' (not 'such as', 'as well as').
AS_ROLE_BEFORE = re.compile(
    r"(?<!such\s)(?<!well\s)\bas\s(?:the\s)?(?P<role>[A-Z][^,;.\n“”\"]{2,80}),\s"
    r"[^,;.\n“”\"]{0,60}$"
)
# How many parts (a region the title covers) may stand between a title and its body.
MAX_REGION_PARTS = 2
# A signature line: 'Dr Lea Moss | Secretary-General | CARICOM' (title, then body).
SIGNATURE_AFTER = re.compile(
    r"^[ \t]*\|[ \t]*(?P<title>[^|\n]{2,100}?)[ \t]*(?:\|[ \t]*(?P<org>[^|\n]{2,60}?))?[ \t]*$",
    re.MULTILINE,
)

# A body's or an instrument's head word right after a name: the name opens the body's or the
# instrument's ('Kenya Ports Authority', 'Johns Hopkins University', 'Signs Working
# Arrangement'), it is no person.
HEAD_WORD_NEXT = re.compile(
    rf"[ \t](?:{any_of(ORG_HEADS | {'University', 'College', 'School', 'Hospital'})}"
    rf"|{any_of(word.capitalize() for word in INSTRUMENT_HEAD_WORDS)})\b"
)

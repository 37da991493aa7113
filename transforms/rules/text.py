"""Characters and breaks shared by every text rule: dashes, spaces, quote marks, sentences."""

from __future__ import annotations

import re

from transforms.rules import words

# Every dash a dateline or an attribution line may use (hyphen handled apart: it needs spaces).
DASHES = "\u2013\u2014\u2012\u2015\u2212"  # en, em, figure, horizontal bar, minus
HYPHENS = "-\u2010\u2011"

# Invisible marks that real releases carry (left-to-right mark, zero-width space, soft hyphen).
INVISIBLE = "\u200e\u200f\u200b\u200c\u200d\ufeff\u00ad"

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = words("""mr mrs ms dr prof hon st no nos art amb gen lt col sgt capt gov sen rep jr sr vs etc
    e.g i.e u.s u.k u.n inc ltd co corp dept est approx fig p.m a.m h.e""")

# A sentence ends at . ! ? (maybe followed by a closing quote or bracket) then white space,
# or at a line break, unless the next line goes on in lower case (a hard-wrapped line:
# '… will today sign\na Memorandum … in Geneva').
SENTENCE_END = re.compile(r"[.!?]+[\"”’“')\]]?(?=\s)|(?=\n(?![ \t]*[a-z]))")
PARAGRAPH = re.compile(r"[^\n]+")
WORD = re.compile(r"[\w’'-]+")
# No sentence is longer than this (characters): longer runs are cut, keeping work linear.
MAX_SENTENCE = 2000

# A leading article, dropped from names of people, roles and bodies ('the Secretary General').
LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")

# The Arabic article written in lower case and hyphened to the word it goes with, in the names
# of places and people: 'al-Hasakah', 'Ahmed al-Jubeir', 'ad-Dawhah'.
ARTICLE_PREFIX = r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ed|en|es)-)?"

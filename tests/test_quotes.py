"""Quotes: marks, shapes, what is not a quote, and who spoke. Sentences are our own."""

from __future__ import annotations

import pytest

from transforms.entities import people_in
from transforms.quotes import find_quotes


def quotes(text: str):
    return find_quotes(text, people_in(text))


SHAPES = [
    pytest.param(
        "“We are natural partners in this region,” said OSCE Secretary General Anna Berg.",
        [("We are natural partners in this region,", "Anna Berg")],
        id="quote-then-said-title-name",
    ),
    pytest.param(
        "Addressing the panel, INTERPOL Secretary General Marc Olsen said: “Our officers "
        "share data every single day.”",
        [("Our officers share data every single day.", "Marc Olsen")],
        id="name-said-colon-quote",
    ),
    pytest.param(
        "“The mandate is clear,” Ms. Lind added. “It cannot be undone by one state.”",
        [("The mandate is clear,", "Lind"), ("It cannot be undone by one state.", "Lind")],
        id="interrupted-by-attribution",
    ),
    pytest.param(
        "Deputy Director Paul Kern noted that the project serves as “a fine model for the "
        "whole region”.",
        [("a fine model for the whole region", "Paul Kern")],
        id="partial-quote-in-sentence",
    ),
    pytest.param(
        'Tom Reyes, Head of Office, spoke first.\n"The first paragraph stays open.\n'
        '"The second one closes here," he said.',
        [("The first paragraph stays open. The second one closes here,", "Tom Reyes")],
        id="quote-over-paragraphs",
    ),
    pytest.param(
        "“Our shared values guide every step we take together.”\n\n— Maria Costa, President of "
        "the Assembly",
        [("Our shared values guide every step we take together.", "Maria Costa")],
        id="block-quote-dash-line",
    ),
    pytest.param(
        '“We will keep working, day and night," said Director Ivo Petrov.',
        [("We will keep working, day and night,", "Ivo Petrov")],
        id="mixed-pair-curly-straight",
    ),
    pytest.param(
        "“We don’t give up on anyone here,” said Karin Holm.",
        [("We don’t give up on anyone here,", "Karin Holm")],
        id="apostrophe-inside",
    ),
    pytest.param(
        "“Our principles must be practised every day,“ concluded the minister Jan Novak.",
        [("Our principles must be practised every day,", "Jan Novak")],
        id="closing-written-as-opening-glyph",
    ),
    pytest.param(
        "« Nous restons unis face à la menace », a dit Claire Martin.",
        [("Nous restons unis face à la menace", None)],
        id="guillemets-without-english-verb-kept-without-speaker",
    ),
    pytest.param(
        "‘The dockers’ pay will rise this year,’ said Karin Holm.",
        [("The dockers’ pay will rise this year,", "Karin Holm")],
        id="plural-possessive-inside-single-marks-is-no-closing-mark",
    ),
    pytest.param(
        "'Our pilots' boats are ready,' said Karin Holm.",
        [("Our pilots' boats are ready,", "Karin Holm")],
        id="plural-possessive-inside-straight-single-marks",
    ),
    pytest.param(
        "“It works,” said Karin Holm.",
        [("It works,", "Karin Holm")],
        id="short-utterance-closed-on-its-comma-then-said",
    ),
    pytest.param(
        "“Why wait?” Karin Holm asked.",
        [("Why wait?", "Karin Holm")],
        id="short-question-then-speaker-and-verb",
    ),
    pytest.param(
        "“Our shared values guide every step we take together.”\n\nDr Maria Costa | "
        "President | Harbour Assembly",
        [("Our shared values guide every step we take together.", "Maria Costa")],
        id="block-quote-signed-by-a-barred-line",
    ),
    pytest.param(
        "“Our shared values guide every step we take together.”\n\nBerths | Ships | Cranes",
        [("Our shared values guide every step we take together.", None)],
        id="a-barred-line-without-a-name-signs-nothing",
    ),
    pytest.param(
        "“Our shared values guide every step we take together” (Maria Costa, President of the "
        "Assembly).",
        [("Our shared values guide every step we take together", "Maria Costa")],
        id="attribution-in-brackets-after-the-quote",
    ),
    pytest.param(
        "“Our shared values guide every step we take together” (Harbour Wire).",
        [("Our shared values guide every step we take together", None)],
        id="a-credit-in-brackets-without-a-known-given-name-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_quote_shapes(text, expected):
    assert [(q.text, q.speaker) for q in quotes(text)] == expected


NOT_QUOTES = [
    pytest.param(
        "A side event on “Border Control and Counter-Terrorism” was held today.", id="event-title"
    ),
    pytest.param("He rejected the so-called “referenda” in the region.", id="scare-quote"),
    pytest.param('The NGO "Libera" will hold an event.', id="quoted-name"),
    pytest.param("Trucks carried the words “Propane” and “Flammable” on their tanks.", id="labels"),
    pytest.param(
        "The report, “Rural Areas in Transition and Recovery”, was published.", id="document-title"
    ),
    pytest.param(
        "Talks instead of “referendumâ€ in the region continue, he said “today”.",
        id="mojibake-left-alone",
    ),
    pytest.param(
        "The ICRC presents accounts of parents: “My children have never seen peace”.",
        id="no-speaker",
    ),
    pytest.param(
        "Minister Ana Ruiz said: “The first part of a statement that is cut", id="unclosed-at-end"
    ),
    pytest.param(
        "The photo exhibition “Our valley before the long war came” opened in Tirana.",
        id="exhibition-title",
    ),
    pytest.param(
        "The ministry adopted a “no paper at all” rule for its offices last year.",
        id="unattributed-four-word-term-mid-sentence",
    ),
    pytest.param(
        "Panels discussed the topic “How can the police cooperate across borders?” all day.",
        id="topic-title",
    ),
    pytest.param(
        "Minister Lea Moss said the “Blue Ports” plan would pass.",
        id="capitalised-term-after-a-reporting-verb",
    ),
    pytest.param(
        "Minister Lea Moss said the “3 by 5” plan works.", id="programme-name-with-digits"
    ),
    pytest.param(
        "Minister Lea Moss said the plan cuts the 'life-style' ills of the coast.",
        id="one-word-in-single-marks-is-a-scare-quote",
    ),
    pytest.param(
        "The “Blue Ports” plan, said Minister Lea Moss, would pass.",
        id="a-term-without-its-own-comma-before-said-stays-a-term",
    ),
    pytest.param(
        "Minister Lea Moss praised the dockers' work and the pilots' courage in the storm.",
        id="plural-possessive-marks-open-nothing",
    ),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text):
    assert quotes(text) == []


SPEAKERS = [
    pytest.param(
        "OSCE Secretary General Thomas Berg opened the forum. “We must act together,” said Berg.",
        "Thomas Berg",
        "Secretary General",
        "OSCE",
        id="bare-surname-to-full-name",
    ),
    pytest.param(
        "Secretary General Jens Holm previewed the agenda. “This is a milestone for us,” said the "
        "Secretary General.",
        "Jens Holm",
        "Secretary General",
        None,
        id="role-to-name",
    ),
    pytest.param(
        "Daniel B. Carter, the US Ambassador, spoke on Friday.\n\n“This is deeply disappointing "
        "for all of us,” he added.",
        "Daniel B. Carter",
        None,
        None,
        id="pronoun-previous-paragraph",
    ),
    pytest.param(
        "In a statement via spokesperson Stefan Dorn, “the Secretary-General congratulates the "
        "people on this achievement.”",
        "Stefan Dorn",
        None,
        None,
        id="spokesperson-speaks",
    ),
    pytest.param(
        "“Every day brings new calls from patients,” said WHO Representative in Ukraine "
        "Dr. Jan Habermann.",
        "Jan Habermann",
        "Representative in Ukraine",
        "WHO",
        id="title-org-split",
    ),
    pytest.param(
        "“We lived in the hallway for a year,” explained one displaced woman from Luhansk Region, "
        "who shared her story.",
        "one displaced woman from Luhansk Region",
        None,
        None,
        id="described-speaker",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "title", "org"), SPEAKERS)
def test_speakers(text, speaker, title, org):
    found = quotes(text)
    assert len(found) == 1
    assert found[0].speaker == speaker
    if title:
        assert found[0].speaker_title == title
    if org:
        assert found[0].speaker_org == org


def test_block_statement_without_marks_in_first_person():
    text = (
        "Foreign Minister Karl Brandt issued the following statement on 13 January:\n\n"
        "I am convinced that we need dialogue now more than ever.\n\n"
        "Our focus is on the work of the field missions."
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0].speaker == "Karl Brandt"
    assert found[0].text.startswith("I am convinced") and found[0].text.endswith("missions.")


def test_third_person_statement_is_not_a_quote():
    text = (
        "The following statement was issued today by the Spokesman for Secretary-General Ana "
        "Lopes:\n\nThe Secretary-General welcomes the signing of the accord."
    )
    assert quotes(text) == []


def test_offsets_point_into_the_text():
    text = "Intro line.\n“We stand ready to help at any time,” said Lena Park."
    (quote,) = quotes(text)
    assert text[quote.start : quote.end] == quote.text


def test_single_marks_when_no_double_marks():
    text = "Praising the team, 'We are proud of this work,' said Rui Alves."
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("We are proud of this work,", "Rui Alves")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Rui Alves spoke at length about the plan. He was clear about it.\n\n"
            "“We will deliver on every single promise.”",
            id="speaker-two-sentences-back",
        ),
    ],
)
def test_known_gaps(text):
    assert [q.speaker for q in quotes(text)] == ["Rui Alves"]


# Names among titles, ranks and office names; sentences are our own.
NAMES_AMONG_TITLES = [
    pytest.param(
        "The centre was opened by Assistant Secretary General for Emerging Security Challenges "
        "Mara Quist-Lund. “Tools like these save lives every week,” Quist-Lund said.",
        "Mara Quist-Lund",
        id="office-tail-word-is-no-first-name",
    ),
    pytest.param(
        "“Ships must be boarded safely and lawfully,” said Brigadier Tomas Ekwueme Adebayo.",
        "Tomas Ekwueme Adebayo",
        id="rank-is-no-part-of-name",
    ),
    pytest.param(
        "“Courts need evidence they can trust,” said the Project Co-ordinator in Moldova "
        "Ilie Cernat Rusu.",
        "Ilie Cernat Rusu",
        id="country-closes-title-before-long-name",
    ),
    pytest.param(
        "UNHCR Deputy Assistant High Commissioner for Field Operations Anja Velde visited the "
        "camp. “Families need roofs before winter,” she said.",
        "Anja Velde",
        id="long-title-run-before-name",
    ),
    pytest.param(
        "IOM Director General Marta Ruiz Solano opened the centre. “Return must be voluntary,” "
        "Ruiz Solano said.",
        "Marta Ruiz Solano",
        id="two-word-surname-resolves-to-full-name",
    ),
    pytest.param(
        "The Head of the Monitoring Mission (MM), Ivo Sandberg, visited the line. “A truce is "
        "only as good as its orders,” said Head Sandberg.",
        "Ivo Sandberg",
        id="title-and-known-surname",
    ),
    pytest.param(
        "Lina Moor met the Office for Disaster Risk Reduction. “Data must reach the people who "
        "decide,” she said.",
        "Lina Moor",
        id="office-name-is-no-person-for-pronoun",
    ),
    pytest.param(
        "“This is a start, not an end,” the Special Envoy of the Secretary-General, Kofi "
        "Amankwa, told journalists in Geneva.",
        "Kofi Amankwa",
        id="long-the-phrase-before-told",
    ),
    pytest.param(
        "Georgia Whitby-Lane, head of the office, spoke. “People here know what is at stake,” "
        "Whitby-Lane said.",
        "Georgia Whitby-Lane",
        id="person-named-georgia-keeps-her-name",
    ),
    pytest.param(
        "The Mayor of the Harbour District (HDA), H.E. Ms Liva Okonjo, opened the dock. "
        "The Mayor added: “Every berth here was built by local hands.”",
        "Liva Okonjo",
        id="title-before-courtesy-words-and-bracketed-acronym",
    ),
    pytest.param(
        "The inspector of the Commission for Protection of Volta River, Ama Serwaa Boateng, "
        "spoke. “Floods do not stop at borders,” said the inspector of the Commission for "
        "Protection of Volta River, Ama Serwaa Boateng.",
        "Ama Serwaa Boateng",
        id="river-and-subject-words-are-no-names",
    ),
    pytest.param(
        "Dr Kwame Owusu Mensah visited the clinic. Speaking to nurses, Dr Kwame thanked them. "
        "He commented, “Your shifts keep this valley alive”.",
        "Kwame Owusu Mensah",
        id="courtesy-word-before-given-name",
    ),
    pytest.param(
        "The harbour master, Pieter Van Aalst, stressed that local crews know the tides best. "
        "“Good pilots are made on this water.”",
        "Pieter Van Aalst",
        id="whole-sentence-quote-after-reporting-sentence",
    ),
    pytest.param(
        "Director Anna Kessel and Minister Piotr Wolny signed it. Kessel noted the figures. "
        "“Good policy starts with good data,” he said.",
        "Piotr Wolny",
        id="he-skips-a-woman-named-last",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMES_AMONG_TITLES)
def test_names_among_titles_ranks_and_offices(text, speaker):
    found = quotes(text)
    assert found and all(q.speaker == speaker for q in found), [(q.text, q.speaker) for q in found]


# Quote shapes and speakers by behaviour; every sentence is our own.
# Marks that stand loose, glued, padded, nested or shaped the wrong way are still read.
LOOSE_TYPOGRAPHY = [
    pytest.param(
        "“Aid reached every village on the list, ” said Carla Nunes, head of the office.",
        [("Aid reached every village on the list,", "Carla Nunes")],
        id="space-before-closing-mark",
    ),
    pytest.param(
        "The convoy left at dawn.\n\n” We count on safe passage for the trucks,” said "
        "Omar Haddad. ” The drivers know the road well and stay in contact.”",
        [
            ("We count on safe passage for the trucks,", "Omar Haddad"),
            ("The drivers know the road well and stay in contact.", "Omar Haddad"),
        ],
        id="closing-shaped-opening-marks",
    ),
    pytest.param(
        "'The fund was never meant to be 'a loan in disguise',' said Dr Ama Owusu. "
        "'It is a grant that will outlast the present board.'",
        [
            ("The fund was never meant to be 'a loan in disguise',", "Ama Owusu"),
            ("It is a grant that will outlast the present board.", "Ama Owusu"),
        ],
        id="nested-single-marks-in-single-quote",
    ),
    pytest.param(
        "“We signed with Mayor Ana “Nena” Cruz today. The work starts now,” said Lea Moss.",
        [("We signed with Mayor Ana “Nena” Cruz today. The work starts now,", "Lea Moss")],
        id="nested-double-marks-in-double-quote",
    ),
    pytest.param(
        "“The port is closed, said the notice. “We reopen in May,” said Lea Moss.",
        [("We reopen in May,", "Lea Moss")],
        id="an-unclosed-quote-before-a-new-one-is-no-nesting",
    ),
    pytest.param(
        '"We will open three new offices, " Karl Ostrem said.\n\n"Given the demand, '
        'more staff will follow next year."',
        [
            ("We will open three new offices,", "Karl Ostrem"),
            ("Given the demand, more staff will follow next year.", "Karl Ostrem"),
        ],
        id="padded-closing-mark-and-paragraph-continuing-last-speaker",
    ),
    pytest.param(
        'Director Ana Vidal signed the plan with Mayor Tomas Berg."This plan helps every '
        'harbour town", said Ana Vidal.',
        [("This plan helps every harbour town", "Ana Vidal")],
        id="opening-mark-glued-to-previous-sentence",
    ),
    pytest.param(
        "“Roads to the valley will reopen next week” – said Governor Ilse Maran.",
        [("Roads to the valley will reopen next week", "Ilse Maran")],
        id="dash-between-mark-and-verb",
    ),
    pytest.param(
        "Voicing concern at the closures, the Ministers’ Deputies asked all sides to "
        "reopen the crossings.",
        [],
        id="plural-possessive-is-no-closing-mark",
    ),
    pytest.param(
        "“Every school in the valley will reopen.” – Nora Vik, Education Minister",
        [("Every school in the valley will reopen.", "Nora Vik")],
        id="dash-and-name-after-quote-on-same-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOOSE_TYPOGRAPHY)
def test_loose_typography(text, expected):
    assert [(q.text, q.speaker) for q in quotes(text)] == expected


# A role ('the Director General') or a pronoun stands for the person who holds it or was named last as a subject.
ROLES_AND_PRONOUNS = [
    pytest.param(
        "Director General Lena Brandt arrived in the capital on Monday.\n\n"
        "The Director General reiterated that the region stays a priority. “We have the "
        "staff and the means to do more in the coming months.”",
        [("We have the staff and the means to do more in the coming months.", "Lena Brandt")],
        id="role-subject-sentence-before-quote",
    ),
    pytest.param(
        "Secretary-General Kim Tae-ho met the press.\n\n“We meet twice a year,” Mr. Kim "
        "told reporters at a briefing with Foreign Minister Paul Graf.\n\n“The heads of the "
        "agencies, the World Bank and the funds are all here today,” he noted.",
        [
            ("We meet twice a year,", "Kim Tae-ho"),
            (
                "The heads of the agencies, the World Bank and the funds are all here today,",
                "Kim Tae-ho",
            ),
        ],
        id="pronoun-after-object-mention-and-family-name-first",
    ),
    pytest.param(
        "KIGALI, 3 May 2011 - The Head of the OSCE Office in Tarvia, Ambassador Lena Okoro, "
        "visited the border.\n"
        "“Patrols have been doubled along the river,” the Head of Office said. “We will keep "
        "them there through the summer.”",
        [
            ("Patrols have been doubled along the river,", "Lena Okoro"),
            ("We will keep them there through the summer.", "Lena Okoro"),
        ],
        id="role-before-comma-and-title-name",
    ),
    pytest.param(
        "OSLO, 9 May 2018 – The Chairperson, Justice and Home Affairs Minister Ruth Lind, "
        "together with Minister of Finance of Norway Per Dahl, opened the forum.\n"
        "“Borders are safer when police share what they know,” the Minister said.",
        [("Borders are safer when police share what they know,", "Ruth Lind")],
        id="role-goes-to-subject-not-to-companion",
    ),
    pytest.param(
        "Deputy Director General Ruth Amadi toured the port. The Director General, Pavel "
        "Novak, said: “The port is ready for the season.”\n\n“The cranes are new,” the "
        "Deputy Director General added.",
        [
            ("The port is ready for the season.", "Pavel Novak"),
            ("The cranes are new,", "Ruth Amadi"),
        ],
        id="whole-role-before-its-head-word",
    ),
    pytest.param(
        "The Director General, Pavel Novak, toured the port. Deputy Director General Ruth "
        "Amadi joined him.\n\n“The port is ready for the season,” the Director General said.",
        [("The port is ready for the season,", "Pavel Novak")],
        id="deputy-does-not-hold-the-role",
    ),
    pytest.param(
        "Talks were held with the Minister, Anna Berg, and the Envoy, Paul Roth. Paul Roth "
        "opened the session.\n\n“We are ready to sign,” she said.",
        [("We are ready to sign,", "Anna Berg")],
        id="she-skips-a-man-named-last",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES_AND_PRONOUNS)
def test_roles_and_pronouns_resolve_to_people(text, expected):
    assert [(q.text, q.speaker) for q in quotes(text)] == expected


# Statements introduced by a line, block quotes without marks, and dash lines.
STATEMENTS_AND_BLOCKS = [
    pytest.param(
        "Vienna, 2 March 2015 - Statement by Director General Okafor on the ceasefire "
        "in the east:\n\n“The ceasefire must now hold. We stand ready to send monitors "
        "to every crossing point.”",
        [
            (
                "The ceasefire must now hold. We stand ready to send monitors to every "
                "crossing point.",
                "Okafor",
            )
        ],
        id="statement-line-without-verb",
    ),
    pytest.param(
        "Oslo, 4 May 2016 - Statement by Secretary General Lindqvist on the floods:\n\n"
        "I send my condolences to the families. We will help the towns rebuild.\n\n"
        "The Council will meet on Friday.",
        [
            (
                "I send my condolences to the families. We will help the towns rebuild.",
                "Lindqvist",
            )
        ],
        id="statement-line-over-block-without-marks",
    ),
    pytest.param(
        "Foreign Minister Halvorsen issued the following statement today:\n\n"
        "I congratulate the agency on its tenth year of work for our region.",
        [("I congratulate the agency on its tenth year of work for our region.", "Halvorsen")],
        id="block-statement-speaker-is-subject-of-issued",
    ),
    pytest.param(
        "Minister Petra Holm spoke after the vote.\n\nThe following statement was issued "
        "by Minister Petra Holm:\n\nWe thank every voter who came out in the cold today.",
        [("We thank every voter who came out in the cold today.", "Petra Holm")],
        id="block-intro-opening-a-sentence-with-capital-the",
    ),
    pytest.param(
        "Secretary General Ivo Marek listed three operations:\n- The seizure of cargo in "
        "Lagos in May\n- The arrest of two suspects in Lima in June\n\n“Our teams work "
        "as one,” said Ivo Marek.",
        [("Our teams work as one,", "Ivo Marek")],
        id="dash-list-items-are-not-signatures",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS_AND_BLOCKS)
def test_statements_and_block_quotes(text, expected):
    assert [(q.text, q.speaker) for q in quotes(text)] == expected


# Bodies, unnamed people and fallbacks: a quote is kept with the best speaker the context allows.
BODIES_AND_UNNAMED_SPEAKERS = [
    pytest.param(
        "At the donor meeting, Minister Lena Holm pledged “€4 million to the fund for "
        "school meals” for next year.",
        [("€4 million to the fund for school meals", "Lena Holm")],
        id="phrase-quoted-after-pledged",
    ),
    pytest.param(
        "Families said the road was, as one mother said, “the only way we could get our "
        "children to school.”",
        [("the only way we could get our children to school.", "one mother")],
        id="unnamed-speaker-one-mother",
    ),
    pytest.param(
        "The Assembly called for the Council to “restore the full mandate of the field "
        "office without delay,” recalling earlier appeals.",
        [("restore the full mandate of the field office without delay,", "Assembly")],
        id="body-calls-for-quoted-phrase",
    ),
    pytest.param(
        "Capacity to help was “being stretched in many ways” this year, the aid chief told "
        "the committee today.",
        [("being stretched in many ways", "the aid chief")],
        id="speaker-at-sentence-end-after-quoted-phrase",
        marks=pytest.mark.xfail(
            strict=True, reason="a speaker far after a quote inside the sentence is not found"
        ),
    ),
    pytest.param(
        "In its 2019 resolution the OSCE Permanent Council urged states to “keep the "
        "border monitors in place until the talks end,” recalling its earlier calls.",
        [("keep the border monitors in place until the talks end,", "OSCE Permanent Council")],
        id="body-subject-before-verb",
    ),
    pytest.param(
        "Minister Lea Brandt met the mayors of the region.\n\n“The river must be cleaned "
        "before the summer comes,” a regional official said.",
        [("The river must be cleaned before the summer comes,", "Lea Brandt")],
        id="unresolved-attribution-falls-back-to-last-person-named",
    ),
    pytest.param(
        "“The river must be cleaned before the summer comes,” a regional official said.",
        [("The river must be cleaned before the summer comes,", "a regional official")],
        id="attribution-phrase-itself-when-no-one-is-named",
    ),
    pytest.param(
        "“Talks can resume in spring,” the spokesperson said, adding that both sides agreed.",
        [("Talks can resume in spring,", "the spokesperson")],
        id="attribution-phrase-ends-at-its-first-verb",
    ),
    pytest.param(
        "“Every school in the valley will reopen,” according to Nora Vik.",
        [("Every school in the valley will reopen,", "Nora Vik")],
        id="according-to-name-after-quote",
    ),
    pytest.param(
        "He also said, “Our report covers the work of the last six months in full.”",
        [("Our report covers the work of the last six months in full.", None)],
        id="pronoun-with-no-antecedent-keeps-the-quote",
    ),
    pytest.param(
        "The director called the harvest “a turning point for the valley”, adding that "
        "more seed was needed.",
        [("a turning point for the valley", None)],
        id="clause-after-the-quote-describes-no-speaker",
    ),
    pytest.param(
        "Minister Lea Moss said the vote showed the “high regard” the members had for her "
        "“steady hand” in the crisis.",
        [("high regard", "Lea Moss"), ("steady hand", "Lea Moss")],
        id="lower-case-fragments-after-a-reporting-verb-are-partial-quotes",
    ),
    pytest.param(
        "Hon. Mary Akol Deng, Minister of Health, opened the office.\n\n“Port health keeps "
        "every traveller safe,” said Hon. Deng.",
        [("Port health keeps every traveller safe,", "Mary Akol Deng")],
        id="the-honourable-is-a-courtesy-word-not-a-name",
    ),
    pytest.param(
        "“Port health keeps every traveller safe,” said Hon. Mary Akol Deng, Minister of Health.",
        [("Port health keeps every traveller safe,", "Mary Akol Deng")],
        id="the-full-stop-of-hon-ends-no-sentence",
    ),
    pytest.param(
        "“The coast is not yet safe, so we keep working,” said HF and CB in a joint statement.",
        [("The coast is not yet safe, so we keep working,", "HF and CB")],
        id="speaker-phrase-ends-before-in-a-joint-statement",
    ),
    pytest.param(
        "In a joint statement, HFA and the Coast Bank said: “We keep working on the coast.”",
        [("We keep working on the coast.", "HFA and Coast Bank")],
        id="two-bodies-speak-together-before-the-quote",
    ),
    pytest.param(
        "Minister Anna Berg visited the port.\n\n“The port will reopen in May,” the message says.",
        [("The port will reopen in May,", None)],
        id="a-document-with-no-body-named-is-no-one-not-the-last-person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_AND_UNNAMED_SPEAKERS)
def test_bodies_unnamed_speakers_and_fallbacks(text, expected):
    assert [(q.text, q.speaker) for q in quotes(text)] == expected


# The speaker's name is cut right out of the phrase around it.
SPEAKER_PHRASES = [
    pytest.param(
        "The board elected Commissioner TAN Wei Ming as chair.\n\n'Our board will serve "
        "every member equally,' Mr Tan said.",
        "TAN Wei Ming",
        id="family-name-in-capitals-before-given-names",
    ),
    pytest.param(
        '"This trip is part of a regular dialogue," said Ivo Marek following his talks '
        "with Deputy Minister Petr Hola.",
        "Ivo Marek",
        id="temporal-clause-after-speaker-is-cut",
    ),
    pytest.param(
        "In her speech, Ambassador of Chile to Peru Ana Soto stressed the need for "
        "'stronger health systems at every border'.",
        "Ana Soto",
        id="reporting-verb-after-an-attribution-cue",
    ),
    pytest.param(
        "Chief Ivo Marek listed the cases:\n- A fire at the Harbour Hotel in May\n- A "
        "crash of Baltic Airlines in June\n\n“We must work as one region,” said the "
        "agency chief.",
        "Ivo Marek",
        id="businesses-in-a-list-are-no-speakers",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_PHRASES)
def test_name_cut_out_of_the_speaker_phrase(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


# Attribution: each strategy, tried in order, on a made-up example of its own.
ATTRIBUTION = [
    pytest.param(
        "“Every berth was built by local hands.”\n\n— Liva Okonjo, Mayor of the Harbour",
        "Liva Okonjo",
        id="by_dash_signature",
    ),
    pytest.param(
        "Minister Anna Berg said: “We are ready to help at once.”",
        "Anna Berg",
        id="by_introduction",
    ),
    pytest.param(
        "“We are ready to help at once,” said Minister Anna Berg.",
        "Anna Berg",
        id="by_attribution_after",
    ),
    pytest.param(
        "Minister Anna Berg called the accord “a milestone for the whole coast” on Friday.",
        "Anna Berg",
        id="by_verb_earlier_in_sentence",
    ),
    pytest.param(
        "Dr Anna Berg, in her address, recalled the floods, noting,\n\n“The river taught "
        "us to plan for the worst.”",
        "Anna Berg",
        id="by_colon_paragraph-after-noting-comma",
    ),
    pytest.param(
        "Minister Anna Berg stressed that the coast needs help. “The river taught us to "
        "plan for the worst.”",
        "Anna Berg",
        id="by_reporting_sentence_before",
    ),
    pytest.param(
        "“The river taught us a lot,” said Minister Anna Berg.\n\n“We plan for the worst now.”",
        "Anna Berg",
        id="by_continuing_speaker",
    ),
    pytest.param(
        "Minister Anna Berg visited the port.\n\n“The port will reopen in May,” read a "
        "statement posted on the HBA website.",
        "HBA",
        id="by_document_after-names-the-body-that-wrote-it",
    ),
]


ATTRIBUTION_AFTER_ANOTHER = [
    pytest.param(
        "“The river taught us a lot,” said Minister Anna Berg.\n\nDirector Paul Roth agreed. "
        "“We plan for the worst now.”",
        "Paul Roth",
        id="no-continuing-speaker-when-another-is-the-subject-between",
    ),
    pytest.param(
        "The harbour master said: “The berths are full.” The Port Board added: “We will "
        "build two more.”",
        "Port Board",
        id="an-introduction-with-a-colon-belongs-to-the-quote-after-it",
    ),
    pytest.param(
        "“The river taught us a lot,” said Minister Anna Berg.\n\nDame Olga Brandt, Chair of "
        "the Port Board, referred to the plan as “a strong platform for the next year of work and a good "
        "start for Ms. Berg’s second term”.",
        "Olga Brandt",
        id="the-subject-opening-the-quotes-own-sentence-over-the-last-speaker",
    ),
    pytest.param(
        "Mr. Paul Roth, President of the Harbour Bank (HB), signed the loan.\n\nHB-President "
        "Roth stated: “The loan signed today is the basis of our work in the port.”",
        "Paul Roth",
        id="a-title-joined-to-the-bodys-acronym-before-a-family-name",
    ),
    pytest.param(
        "The accord was signed by Port chief Marco Bellini and Fund Director Omar Haddad.\n\n"
        "The accord, according to Bellini, opens a new page. “We are sure that we are going "
        "to start important projects together,” he said.",
        "Marco Bellini",
        id="he-after-according-to-someone-is-that-someone",
    ),
    pytest.param(
        "The Board elected Anna Berg as Director-General.\nThe President of the Board, Paul "
        "Roth, announced the vote.\nThe new Director-General declared: “It is my dream to make "
        "the port a place of work for all who live near it.”",
        "Anna Berg",
        id="the-new-holder-of-a-role-someone-was-elected-to",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ATTRIBUTION_AFTER_ANOTHER)
def test_second_quote_after_a_subject_between(text, speaker):
    assert quotes(text)[-1].speaker == speaker


def test_a_name_with_a_possessive_is_no_subject_who_speaks():
    text = (
        "“The river taught us a lot,” said Minister Anna Berg.\n\nPaul Roth’s report on the "
        "plan is “a strong platform for the next year of work and a good start for all”."
    )
    assert quotes(text)[-1].speaker != "Paul Roth"


@pytest.mark.parametrize(("text", "speaker"), ATTRIBUTION)
def test_each_attribution_strategy(text, speaker):
    found = quotes(text)
    assert found and {q.speaker for q in found} == {speaker}


def test_attribution_strategies_are_tried_in_order():
    from transforms import quotes as module

    names = [s.__name__ for s in module.ATTRIBUTION_STRATEGIES]
    assert names[:4] == [
        "by_dash_signature",
        "by_introduction",
        "by_document_after",
        "by_attribution_after",
    ]
    assert names[-1] == "by_continuing_speaker"


# Who speaks when a sentence names several people.
SUBJECT_NOT_OBJECT = [
    pytest.param(
        "Minister Anna Berg thanked Director Paul Roth for the support and said: “We are "
        "ready to help.”",
        "Anna Berg",
        id="x-thanked-y-and-said",
    ),
    pytest.param(
        "Minister Anna Berg met Director Paul Roth in Oslo. “We are ready to help,” she said.",
        "Anna Berg",
        id="x-met-y-then-pronoun",
    ),
    pytest.param(
        "“We will help,” said Lea Moss, the agency head.\n\nThe visit included talks with "
        "officials, including Minister Paul Roth.\n\n“Every child counts,” she said.",
        "Lea Moss",
        id="pronoun-skips-a-person-named-after-including",
    ),
    pytest.param(
        "Lea Moss arrived on Monday. She briefed Minister Paul Roth on the plan.\n\n“Every "
        "child counts,” she said.",
        "Lea Moss",
        id="pronoun-skips-the-object-of-briefed",
    ),
    pytest.param(
        "The plan was welcomed by the Union, with Envoy Paul Roth, who said that the talks "
        "“will open the road for aid to every village.”",
        "Paul Roth",
        id="object-with-relative-who-said-speaks",
    ),
    pytest.param(
        "Minister Anna Berg and Director Paul Roth said: “We are ready to help.”",
        "Anna Berg and Paul Roth",
        id="joint-speakers-before",
    ),
    pytest.param(
        "“We are ready to help,” said Minister Anna Berg and Director Paul Roth.",
        "Anna Berg and Paul Roth",
        id="joint-speakers-after",
    ),
    pytest.param(
        "Minister Anna Berg and Director Paul Roth jointly stated that “we are ready to help "
        "at once.”",
        "Anna Berg and Paul Roth",
        id="joint-speakers-jointly",
    ),
    pytest.param(
        "“We are ready to help,” said Anna Berg, Minister of Fisheries, and Paul Roth, "
        "Director of the Port.",
        "Anna Berg and Paul Roth",
        id="joint-speakers-with-titles-between-commas",
    ),
    pytest.param(
        "Minister Anna Berg and Director Paul Roth signed the plan on Monday.\n\n“We are "
        "ready to help,” they said.",
        "Anna Berg and Paul Roth",
        id="they-after-two-people-named-together",
    ),
    pytest.param(
        "Minister Anna Berg met Director Paul Roth on Monday.\n\n“We are ready to help,” "
        "they said.",
        "Anna Berg",
        id="they-after-a-subject-and-its-object-is-the-subject",
    ),
    pytest.param(
        "“We are ready to help,” said Foreign and European Affairs Minister Anna Berg.",
        "Anna Berg",
        id="and-inside-a-title-is-no-joint-speaker",
    ),
    pytest.param(
        "The Mayor of Tarvia, Dr. Anna Berg, and the Port Director, Dr. Paul Roth, said in a "
        "joint statement: “We are ready to help.”",
        "Anna Berg and Paul Roth",
        id="joint-speakers-each-with-a-title-and-a-courtesy-word-before-the-name",
    ),
    pytest.param(
        "President Olsa thanked the Governor, Paul Roth, for the visit. “Tarvia stands "
        "with the coast,” the President said.",
        "Olsa",
        id="an-office-stands-for-the-one-named-by-office-and-family-name-only",
    ),
    pytest.param(
        "The Harbour Court (HBC) met today. “Ships wait,” said Mr Ivo Lind, Director of the "
        "HBC Registry. “Berths are full,” he added.",
        "Ivo Lind",
        id="a-body-named-by-an-acronym-the-text-spelt-out-is-no-person",
    ),
    pytest.param(
        "“Every ship in the bay is waiting,” said Mr Ivo Lind, the port director.\n\nMs Lea "
        "Moss, Permanent Delegate of Tarvia, also opened the forum. The Ambassador stressed: "
        "“Berths are full.”",
        "Lea Moss",
        id="an-unresolved-role-after-someone-new-is-named-in-a-sentence-of-their-own",
    ),
    pytest.param(
        "“Every ship in the bay is waiting,” said Mr Ivo Lind, the port director.\n\nThe Mayor "
        "recalled that the two harbour pilots of the coast guard, Lea Moss and Tom Vale, are in "
        "port, where “every berth is full.”",
        "Ivo Lind",
        id="people-named-inside-the-quotes-own-sentence-are-its-objects",
    ),
    pytest.param(
        "Tarvian President Ivo Lind opened the forum. Minister Lea Moss read his speech.\n\n"
        "“Peace comes first,” said the Tarvian leader.",
        "Ivo Lind",
        id="a-leader-named-by-nationality-is-the-one-whose-title-has-it",
    ),
    pytest.param(
        "Ambassador Lea Moss of Tarvia, Dean of the Diplomatic Corps, said: “Berths are full.”",
        "Lea Moss",
        id="a-body-named-in-the-apposition-is-not-the-speaker",
    ),
    pytest.param(
        "Lea Moss, head of the Kenya Ports Authority, said: “Berths are full.”",
        "Lea Moss",
        id="a-name-before-a-bodys-head-word-opens-the-bodys-name",
    ),
    pytest.param(
        "Director Tom Vale praised Minister Ana Ruiz. “Berths are full,” he said.",
        "Tom Vale",
        id="he-is-never-a-name-the-dictionary-knows-as-a-womans",
    ),
    pytest.param(
        "Minister Ana Ruiz welcomed Director Tom Vale. “Berths are full,” she said.",
        "Ana Ruiz",
        id="she-is-never-a-name-the-dictionary-knows-as-a-mans",
    ),
    pytest.param(
        "Tom Vale spoke first and Ana Ruiz closed the meeting. According to him, “berths are "
        "full at every quay of the port.”",
        "Tom Vale",
        id="according-to-him-is-the-man-named-before",
    ),
    pytest.param(
        "“Berths are full,” said Minister Omar al-Harbi.",
        "Omar al-Harbi",
        id="a-family-name-after-the-arabic-article-is-kept-whole",
    ),
    pytest.param(
        "Vice-President Lea García Moss and President Tom Vale signed it.\n\n“Berths are full,” "
        "said Ms García.",
        "Lea García Moss",
        id="the-first-of-two-family-names-names-the-person",
    ),
    pytest.param(
        "Minister Omar bin Tariq Al Harbi and President Tom Vale signed it.\n\n“Berths are "
        "full,” said Sheikh Omar.",
        "Omar bin Tariq Al Harbi",
        id="an-honorific-with-a-given-name-names-the-one-person-so-named",
    ),
    pytest.param(
        "Port Vice-President Lea Moss and Bank President Tom Vale signed it.\n\nFor the Port "
        "Vice-President, “the quays reopen in May.”",
        "Lea Moss",
        id="for-a-role-opening-the-sentence-is-that-persons-view",
    ),
    pytest.param(
        "Port Vice-President Lea Moss and Bank President Tom Vale signed it.\n\nFor the Port "
        "Vice-President: “The quays reopen in May.”",
        "Lea Moss",
        id="for-a-role-and-a-colon",
    ),
    pytest.param(
        "Ambassador Lea Moss, speaking on behalf of Minister Tom Vale, said: “Berths are full.”",
        "Lea Moss",
        id="on-behalf-of-names-an-object-not-the-speaker",
    ),
    pytest.param(
        "In a message read by Ambassador Lea Moss, Minister Tom Vale said: “Berths are full.”",
        "Tom Vale",
        id="when-the-first-verbs-names-are-objects-the-later-verbs-subject-speaks",
    ),
    pytest.param(
        "Ambassador Lea Moss read out a message from Minister Tom Vale: “Berths are full.”",
        "Tom Vale",
        id="a-message-from-someone-right-before-the-quote-is-theirs",
    ),
    pytest.param(
        "Ambassador Lea Moss recalled the words of Minister Tom Vale: “Berths are full.”",
        "Tom Vale",
        id="the-words-of-someone-right-before-the-quote-are-theirs",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SUBJECT_NOT_OBJECT)
def test_subject_speaks_not_object(text, speaker):
    assert quotes(text)[-1].speaker == speaker


# Short phrases someone is said to call a thing are their words; captions, document wording
# and the names of seminars or campaigns are no one's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Minister Anna Berg described the accord as “a milestone” for the coast.",
            [("a milestone", "Anna Berg")],
            id="described-it-as-short-partial-quote-kept",
        ),
        pytest.param(
            "Minister Anna Berg called it “historic”.",
            [("historic", "Anna Berg")],
            id="called-it-one-word-kept",
        ),
        pytest.param(
            "Officers seized so-called “designer drugs” at the port.",
            [],
            id="so-called-is-no-calling",
        ),
        pytest.param(
            "Minister Anna Berg opened the port.\n\n“Dockers unload the first ship of the "
            "season in the harbour.” (Photo: Port Authority/J. Lind)",
            [],
            id="photo-caption-in-marks-dropped",
        ),
        pytest.param(
            "Minister Anna Berg signed the MoU. The memorandum aims “to define, encourage "
            "and improve cooperation between the ports.”",
            [],
            id="document-wording-is-no-ones-words",
        ),
        pytest.param(
            "The agreement, which runs to 2030, will “open every port to every ship,” "
            "Minister Anna Berg said.",
            [("open every port to every ship,", "Anna Berg")],
            id="document-subject-with-a-speaker-after-is-kept",
        ),
        pytest.param(
            "Minister Anna Berg opened the seminar “Women in policing: what works and what "
            "does not” in Oslo.",
            [],
            id="seminar-name-in-marks",
        ),
        pytest.param(
            "Minister Anna Berg said: ''We are ready to help at once.''",
            [("We are ready to help at once.", "Anna Berg")],
            id="doubled-straight-single-marks",
        ),
        pytest.param(
            "Minister Anna Berg said: ``We are ready to help at once.''",
            [("We are ready to help at once.", "Anna Berg")],
            id="backtick-pair-and-doubled-single-marks",
        ),
        pytest.param(
            "Theo Nkodo signed.\n\nThe project aims to “contribute to poverty reduction and to "
            "the income of farmers through better production,” according to Mr Nkodo.",
            [
                (
                    "contribute to poverty reduction and to the income of farmers through better "
                    "production,",
                    "Theo Nkodo",
                )
            ],
            id="a-documents-aim-in-words-a-person-is-named-as-saying",
        ),
        pytest.param(
            "The Harbour Board signed.\n\nThe memorandum aims “to define, encourage and improve "
            "cooperation between the two ports and their people,” according to the Board.",
            [],
            id="a-documents-wording-according-to-a-body-is-no-ones-words",
        ),
        pytest.param(
            "Minister Anna Berg said : « We are ready to help the port at once and for as long "
            "as it takes ».",
            [("We are ready to help the port at once and for as long as it takes", "Anna Berg")],
            id="french-guillemets-with-spaces-inside",
        ),
        pytest.param(
            "Minister Anna Berg said:\u00a0«\u00a0We are ready to help the port at once and for "
            "as long as it takes\u00a0».",
            [("We are ready to help the port at once and for as long as it takes", "Anna Berg")],
            id="french-guillemets-with-no-break-spaces-inside",
        ),
        pytest.param(
            "Minister Anna Berg hailed the accord as “historic”.",
            [("historic", "Anna Berg")],
            id="a-word-someone-hails-a-thing-as-is-theirs",
        ),
        pytest.param(
            "Minister Anna Berg termed the closure “unacceptable”.",
            [("unacceptable", "Anna Berg")],
            id="a-word-someone-terms-a-thing-is-theirs",
        ),
    ],
)
def test_what_counts_as_someones_words(text, expected):
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == expected
    assert all(text[q.start : q.end] == q.text for q in found)


# 'Z's Y X' and 'X, the Y of Z,': the title without the possessive or the article.
@pytest.mark.parametrize(
    ("text", "title", "org"),
    [
        pytest.param(
            "UNICEF’s Executive Director Lea Moss visited the clinic.\n\n“Every child "
            "counts,” the Executive Director said.",
            "Executive Director",
            "UNICEF",
            id="possessive-body-before-title-and-name",
        ),
        pytest.param(
            "Lea Moss, UNICEF’s Executive Director, visited the clinic.\n\n“Every child "
            "counts,” she said.",
            "Executive Director",
            "UNICEF",
            id="possessive-body-in-apposition",
        ),
        pytest.param(
            "Lea Moss, the Executive Director of UNICEF, visited the clinic.\n\n“Every child "
            "counts,” she said.",
            "Executive Director of UNICEF",
            "UNICEF",
            id="the-y-of-z-apposition",
        ),
        pytest.param(
            "Ambassador Lea Moss, Government Vice-Chairperson of the Port Board, said: “The plan "
            "has made a real contribution to the port and to the people who work there.”",
            "Ambassador, Government Vice-Chairperson of the Port Board",
            None,
            id="apposition-whose-title-word-is-hyphenated-after-a-field",
        ),
        pytest.param(
            "Lea Moss, a Tarvian, was re-elected to a second term as Director-General today.\n\n"
            "“Every child counts,” Ms Moss said.",
            "Director-General",
            None,
            id="the-role-a-subject-was-elected-to",
        ),
        pytest.param(
            "Lea Moss, Executive Director, Tarvia Port Authority, said: “Every child counts.”",
            "Executive Director, Tarvia Port Authority",
            None,
            id="the-body-as-the-next-part-of-the-apposition",
        ),
        pytest.param(
            "Lea Moss, Executive Director, UNICEF Tarvia, said: “Every child counts.”",
            "Executive Director, UNICEF Tarvia",
            "UNICEF",
            id="a-known-body-and-its-country-office-as-the-next-part",
        ),
        pytest.param(
            "Lea Moss, Executive Director, Mombasa, said: “Every child counts.”",
            "Executive Director",
            None,
            id="a-place-as-the-next-part-is-no-body",
        ),
        pytest.param(
            "Port Union Chair, Tarvian Health Minister Lea Moss, said: “Every child counts.”",
            "Port Union Chair, Tarvian Health Minister",
            None,
            id="a-role-opening-the-sentence-before-the-title-and-name",
        ),
        pytest.param(
            "Dr Lea Moss (Port Union President) said: “Every child counts.”",
            "Port Union President",
            None,
            id="a-role-in-brackets-after-the-name",
        ),
        pytest.param(
            "Lea Moss, who is the Port Union President, said: “Every child counts.”",
            "Port Union President",
            None,
            id="a-role-in-a-relative-clause",
        ),
        pytest.param(
            "Lea Moss (second from left) said: “Every child counts.”",
            None,
            None,
            id="a-photo-position-in-brackets-is-no-role",
        ),
        pytest.param(
            "Lea Moss, who heads the Port Union’s office in Tarvia, said: “Every child counts.”",
            "Head of the Port Union’s office in Tarvia",
            None,
            id="a-role-given-by-the-verb-of-a-relative-clause",
        ),
        pytest.param(
            "Lea Moss, Regional Director, East and Southern Coast, UNICEF, said: “Every child "
            "counts.”",
            "Regional Director, East and Southern Coast, UNICEF",
            "UNICEF",
            id="the-region-a-title-covers-then-its-body",
        ),
        pytest.param(
            "The Officer in Charge, Port Union Field Office, Lea Moss, said: “Every child counts.”",
            "Officer in Charge, Port Union Field Office",
            None,
            id="a-role-and-its-body-set-off-by-commas-before-the-name",
        ),
        pytest.param(
            "Tom Vale, Bank Vice-President and Lea Moss, Tarvian Minister of Economy and Finance "
            "have signed an agreement for a grant of five million units of account to rebuild the "
            "port and its quays in the south of the country.\n\nMinister Moss said: “Every child "
            "counts.”",
            "Tarvian Minister of Economy and Finance",
            None,
            id="an-auxiliary-verb-closes-an-apposition-far-from-any-comma",
        ),
        pytest.param(
            "In her first address as Port Union President, Tarvian lawmaker Lea Moss said: "
            "“Every child counts.”",
            "Port Union President",
            None,
            id="a-role-the-sentence-gives-its-subject-with-as",
        ),
        pytest.param(
            "Ports such as Mombasa, Tarvian harbour master Lea Moss said, need more pilots. "
            "“Every child counts,” Moss added.",
            None,
            None,
            id="such-as-gives-no-role",
        ),
        pytest.param(
            "“Every child counts,” said Lea Moss, Port Union Country Director and Representative "
            "in Tarvia.",
            "Port Union Country Director and Representative in Tarvia",
            None,
            id="two-titles-joined-by-and-are-one-persons-not-two-speakers",
        ),
        pytest.param(
            "“Every child counts,” the Port Union Executive Director, Dr. Lea Moss, said.",
            "Port Union Executive Director",
            None,
            id="role-then-courtesy-word-with-its-full-stop-then-name-then-said",
        ),
    ],
)
def test_titles_from_appositions_and_possessives(text, title, org):
    (quote,) = quotes(text)
    assert (quote.speaker, quote.speaker_title, quote.speaker_org) == ("Lea Moss", title, org)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Theo Nkodo, Harbour Bank Vice-President and Ana Ruiz, Tarvian Minister of Finance, "
            "signed a grant.\n\nMinister Ruiz said: “The support of the Bank has been constant "
            "and we thank it for this new grant.”",
            id="a-title-ending-on-and-is-the-person-listed-before",
        ),
        pytest.param(
            "Theo Nkodo and Ana Ruiz, Tarvian Minister of Finance have signed a grant.\n\nRuiz "
            "said: “The support of the Bank has been constant and we thank it for this grant.”",
            id="an-apposition-without-its-comma-ends-before-have-signed",
        ),
    ],
)
def test_a_title_stays_with_its_own_person(text):
    (quote,) = quotes(text)
    assert quote.speaker == "Ana Ruiz"
    assert "Vice-President" not in (quote.speaker_title or "")
    assert "signed" not in (quote.speaker_title or "")


def test_a_role_opening_the_sentence_is_the_first_persons_not_the_seconds():
    (quote,) = quotes(
        "Port Union Chair, Tarvian Health Minister Lea Moss and Port Union Secretary General Ana "
        "Ruiz announced the plan.\n\n“The quays reopen in May,” Ruiz said."
    )
    assert (quote.speaker, quote.speaker_title) == ("Ana Ruiz", "Port Union Secretary General")


# A body's head named by the body, and a speaker named only in the opening sentence.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "UNHCR High Commissioner Lea Moss visited the camp.\n\n“Every child counts,” the "
            "UNHCR chief said.",
            "Lea Moss",
            id="the-body-chief-is-its-head",
        ),
        pytest.param(
            "“Every child counts,” says UNHCR Chief at Geneva meeting\n\nUNHCR High "
            "Commissioner Lea Moss visited the camp.",
            "Lea Moss",
            id="headline-chief-named-later-in-full",
        ),
        pytest.param(
            "Lea Moss, Director-General of WHO, visited the camp.\n\n“Every child counts,” the "
            "head of WHO said.",
            "Lea Moss",
            id="head-of-the-body",
        ),
        pytest.param(
            "Director-General Lea Moss opened the regional office in Tarvia on Monday.\n\nThe "
            "office will serve twelve countries and employ forty people.\n\n“We are ready to "
            "help every farmer in the region.”",
            "Lea Moss",
            id="opening-sentence-names-the-speaker-two-paragraphs-before",
        ),
    ],
)
def test_speakers_named_by_their_office_or_earlier(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


# A body named as the one who speaks after a quote speaks; the last person named does not.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Minister Anna Berg visited the camp.\n\n“Every child counts,” the Ministry said "
            "in a statement.",
            "Ministry",
            id="the-ministry-said",
        ),
        pytest.param(
            "Minister Anna Berg visited the camp.\n\n“Every child counts,” the agency said.",
            "the agency",
            id="the-agency-said",
        ),
        pytest.param(
            "Minister Anna Berg visited the camp.\n\n“Every child counts,” the minister said.",
            "Anna Berg",
            id="a-role-is-still-the-person-holding-it",
        ),
    ],
)
def test_body_speaks_after_a_quote(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_an_introduction_with_a_colon_is_not_the_previous_quotes_attribution():
    text = "The harbour master said: “The berths are full.” The Port Board added: “We build.”"
    assert quotes(text)[0].speaker != "Port Board"


def test_a_role_given_to_someone_else_in_the_sentence_is_no_title():
    text = (
        "Lea Moss said the Board was appointed as Steering Committee of the port.\n\n"
        "“Every child counts,” Ms Moss said."
    )
    (quote,) = quotes(text)
    assert quote.speaker == "Lea Moss" and quote.speaker_title is None

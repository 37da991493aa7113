"""Agreements: the grammar of a mention (modifiers + an instrument head), what was done to it,
its parties, year and duration, how many agreements a sentence reports, which mentions are
one agreement, and what is none. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.agreements import find_agreements

PUBLISHED = date(2019, 12, 5)


def kinds(text: str, published: date = PUBLISHED):
    return [(a.type, a.year, a.action) for a in find_agreements(text, published)]


# --- The grammar: modifiers + a head, no whole names listed --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Union and Moldova signed an Association Agreement in Brussels on Friday.",
            [("Association Agreement", 2019, "signed")],
            id="association-agreement",
        ),
        pytest.param(
            "The country concluded a comprehensive safeguards agreement with the Agency in 1995 "
            "and signed an additional protocol in 2003.",
            [
                ("Comprehensive Safeguards Agreement", 1995, "concluded"),
                ("Additional Protocol", 2003, "signed"),
            ],
            id="safeguards-agreement-and-additional-protocol",
        ),
        pytest.param(
            "The two agencies adopted a joint work plan for 2020-2021.",
            [("Joint Work Plan", 2019, "adopted")],
            id="joint-work-plan",
        ),
        pytest.param(
            "The programme and the Ministry of Health signed a Letter of Understanding on clinics.",
            [("Letter of Understanding", 2019, "signed")],
            id="letter-of-understanding",
        ),
        pytest.param(
            "The Agency and Malawi signed a Country Programme Framework for 2020–2025.",
            [("Country Programme Framework", 2019, "signed")],
            id="country-programme-framework-programme-is-a-modifier",
        ),
        pytest.param(
            "The programme and the district signed a Letter of Agreement on procurement.",
            [("Letter of Agreement", 2019, "signed")],
            id="letter-of-agreement",
        ),
        pytest.param(
            "The mission signed a status-of-mission agreement with the host Government.",
            [("Status-of-Mission Agreement", 2019, "signed")],
            id="hyphenated-compound-with-of",
        ),
        pytest.param(
            "The fund and the university signed a collaboration arrangement on Tuesday.",
            [("Collaboration Arrangement", 2019, "signed")],
            id="collaboration-arrangement",
        ),
        pytest.param(
            "The parties signed a data-sharing agreement and a host-country agreement.",
            [
                ("Data-Sharing Agreement", 2019, "signed"),
                ("Host-Country Agreement", 2019, "signed"),
            ],
            id="hyphenated-compound-is-a-modifier",
        ),
        pytest.param(
            "The leaders approved the Kigali Declaration at the close of the summit.",
            [("Kigali Declaration", 2019, "approved")],
            id="capitalised-name-before-a-title-case-head",
        ),
        pytest.param(
            "The envoy issued a Statement Welcoming Agreement signed today by Chad and Niger.",
            [("Agreement", 2019, "signed")],
            id="a-participle-is-no-part-of-a-name",
        ),
        pytest.param(
            "The leaders signed the Permanent Cessation of Hostilities Agreement on Monday.",
            [("Permanent Cessation of Hostilities Agreement", 2019, "signed")],
            id="of-inside-a-capitalised-name",
        ),
        pytest.param(
            "The Board and the Secretariat signed the Peace and Reconciliation Accord on 6 August.",
            [("Peace and Reconciliation Accord", 2019, "signed")],
            id="modifiers-joined-by-and",
        ),
        pytest.param(
            "Chad and Niger recently signed an additional protocol to their safeguards "
            "agreements with the Agency.",
            [("Additional Protocol", 2019, "signed")],
            id="parent-instrument-after-to-is-recalled",
        ),
        pytest.param(
            "The Council reached a provisional deal with the Parliament today.",
            [("Provisional Agreement", 2019, "reached")],
            id="deal-is-an-agreement",
        ),
    ],
)
def test_instrument_named_by_modifiers_and_head(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The institute and the Government of Togo signed an accord de siège in Lomé.",
            "Accord de Siège",
            id="french-accord-de-siege",
        ),
        pytest.param(
            "The two ports signed a protocole d'accord on fisheries.",
            "Protocole d'accord",
            id="french-protocole-d-accord",
        ),
        pytest.param(
            "Honduras and the fund signed a convenio on drinking water.",
            "Convenio",
            id="spanish-convenio",
        ),
        pytest.param(
            "The bank and Paraguay signed an acuerdo marco on rural roads.",
            "Acuerdo Marco",
            id="spanish-acuerdo-marco-whole",
        ),
        pytest.param(
            "The agency and the province signed a lettre d'entente on school meals.",
            "Lettre d'entente",
            id="french-lettre-d-entente",
        ),
        pytest.param(
            "The two institutes signed a memorando de entendimiento on research.",
            "Memorando de Entendimiento",
            id="spanish-memorando-de-entendimiento",
        ),
    ],
)
def test_french_and_spanish_heads_kept_as_written(text, expected):
    assert [a.type for a in find_agreements(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The two sides agreed to a ceasefire on Sunday, the envoy said.",
            [("Ceasefire", 2019, "agreed")],
            id="a-ceasefire",
        ),
        pytest.param(
            "The chair welcomed the truce agreed by the parties.",
            [("Truce", 2019, "agreed")],
            id="a-truce",
        ),
        pytest.param(
            "The envoy welcomed the mediators' success in reaching an agreement to implement a "
            "humanitarian truce in the valley.",
            [("Agreement", 2019, "reached")],
            id="truce-the-agreement-implements-is-the-same",
        ),
        pytest.param(
            "The Secretary-General welcomes last night’s ceasefire agreement in the valley.",
            [("Ceasefire Agreement", 2019, None)],
            id="welcomed-agreement-is-reported",
        ),
        pytest.param(
            "The mission chief welcomed the recommitment by the sides to the ceasefire agreement "
            "ahead of the harvest.",
            [("Ceasefire Agreement", 2019, "recommitted")],
            id="ceasefire-as-a-modifier",
        ),
    ],
)
def test_ceasefire_and_truce(text, expected):
    assert kinds(text) == expected


# --- What was done to it --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param(
            "Police and customs today signed a working arrangement.", "signed", id="signed"
        ),
        pytest.param(
            "The agency welcomed the water-sharing agreement between Ghana and Togo announced "
            "in Accra.",
            "announced",
            id="announced",
        ),
        pytest.param(
            "The assembly voted to ratify the 2001 Agreement Establishing the Fund.",
            "ratified",
            id="ratify",
        ),
        pytest.param(
            "The mission and the host country extended the agreement for 2020-2022.",
            "extended",
            id="extended",
        ),
        pytest.param(
            "Chile and the Court were the first to enter into an agreement on witnesses.",
            "entered into",
            id="enter-into",
        ),
        pytest.param(
            "The Port Authority and the Customs Service decided to renew their Cooperation "
            "Agreement for three years.",
            "renewed",
            id="decided-to-renew",
        ),
    ],
)
def test_action(text, action):
    assert [a.action for a in find_agreements(text, PUBLISHED)] == [action]


# --- Parties --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        pytest.param(
            "The Ministers welcomed the signature of the Memorandum of Understanding between the "
            "Council of Europe and the European Union.",
            ["CoE", "EU"],
            id="between-a-and-b",
        ),
        pytest.param(
            "INTERPOL and the OSCE adopted a three-year Joint Action Plan in 2017.",
            ["INTERPOL", "OSCE"],
            id="a-and-b-adopted",
        ),
        pytest.param(
            "TIRANA, 9 May 2022 – The Council of Europe Office in Tirana and the Ministry of "
            "Justice agreed to extend their Memorandum of Understanding on prison reform.",
            ["Council of Europe Office in Tirana", "Ministry of Justice"],
            id="no-dateline-text-in-a-party",
        ),
        pytest.param(
            "The regional body and the Bank renewed their partnership framework for another "
            "four years.",
            ["regional body", "Bank"],
            id="definite-common-noun-is-a-party",
        ),
        pytest.param(
            "Vienna, 3 March 2016 - Statement on the Minsk accord of Ukraine, the Russian "
            "Federation and the OSCE:",
            ["Ukraine", "Russian Federation", "OSCE"],
            id="parties-listed-after-of",
        ),
        pytest.param(
            "The agreement was signed for a period of three years by the two ministers.",
            [],
            id="a-bare-determiner-is-no-party",
        ),
        pytest.param(
            "The Joint Action Plan was adopted by the Customs Agency and the Border Police.",
            ["Customs Agency", "Border Police"],
            id="adopted-by-a-and-b",
        ),
        pytest.param(
            "Today, March 21, Ruritania and the Union have signed the association agreement.",
            ["Ruritania", "Union"],
            id="a-date-in-the-subject-is-no-party",
        ),
        pytest.param(
            "The Director of the Institute (ILX), Dr Ana Lima, and the Mayor of Lisbon, Mr Rui "
            "Costa, signed an agreement today.",
            ["ILX", "Mayor of Lisbon"],
            id="persons-in-apposition-sign-for-the-parties",
        ),
        pytest.param(
            "At the summit, the Bank and Malawi signed a loan agreement.",
            ["Bank", "Malawi"],
            id="an-opening-phrase-is-no-party",
        ),
        pytest.param(
            "On Monday, officials signed Ruritania's new Country Program Framework with the "
            "Agency.",
            ["Ruritania", "Agency"],
            id="possessive-before-the-name-is-a-party",
        ),
        pytest.param(
            "Ruritania Monday signed an association agreement with the Union.",
            ["Ruritania", "Union"],
            id="weekday-after-a-party-is-dropped",
        ),
        pytest.param(
            "Ministers signed the association agreement between the Union and Ruritania today.",
            ["Union", "Ruritania"],
            id="a-time-word-after-the-second-party-ends-its-name",
        ),
        pytest.param(
            "The Port Bank and the Harbour Fund signed the renewal of their MoU today.",
            ["Port Bank", "Harbour Fund"],
            id="the-verb-before-an-action-written-as-a-noun-ends-the-subject",
        ),
        pytest.param(
            "The loan agreement was signed by Minister Lea Moss on behalf of Ruritania and "
            "Director Tom Vale on behalf of the Port Bank.",
            ["Ruritania", "Port Bank"],
            id="signatories-on-behalf-of-parties-give-the-parties",
        ),
        pytest.param(
            "The envoy welcomed the agreement reached between the parties on a cessation of "
            "hostilities.",
            [],
            id="action-after-the-mention-subject-is-no-party",
        ),
    ],
)
def test_parties(text, parties):
    (agreement,) = find_agreements(text, PUBLISHED)
    assert agreement.parties == parties


def test_parties_list_going_on_after_a_comma():
    text = (
        "The Kingdom of Norway, the Republic of Chile and the Republic of Ghana have signed "
        "agreements with the Court."
    )
    found = find_agreements(text, PUBLISHED)
    assert [a.parties for a in found] == [
        ["Kingdom of Norway", "Court"],
        ["Republic of Chile", "Court"],
        ["Republic of Ghana", "Court"],
    ]


def test_of_words_that_are_no_parties():
    text = "The Declaration of Human Rights and Freedoms was read out at the ceremony."
    assert find_agreements(text, PUBLISHED) == []


# --- Year and duration ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "year"),
    [
        pytest.param(
            "The agency welcomed the peace agreement signed between the government and the "
            "rebels in 2016.",
            PUBLISHED,
            2016,
            id="year-written-in-the-sentence",
        ),
        pytest.param(
            "4 May 2023, Harare: On the anniversary of the signing of the peace agreement on "
            "4 May 2022 in Gaborone, the chair paid tribute.",
            date(2023, 5, 4),
            2022,
            id="dateline-date-is-the-release-not-the-agreement",
        ),
        pytest.param(
            "The office opened with the signing of a host agreement today, under the Treaty, "
            "which was adopted by the Assembly last October.",
            date(1998, 3, 2),
            1998,
            id="today-dates-the-agreement-near-it",
        ),
        pytest.param(
            "The chair recalled the Joint Declaration of 2016 signed in Riga.",
            PUBLISHED,
            2016,
            id="year-after-the-name",
        ),
        pytest.param(
            "The 2018 Joint Declaration on cooperation was renewed today.",
            PUBLISHED,
            2018,
            id="year-before-the-name",
        ),
        pytest.param(
            "In August 2017, the department signed a Letter of Intent with the agency.",
            PUBLISHED,
            2017,
            id="sentence-initial-in-month-year",
        ),
        pytest.param(
            "The envoy said the state had revoked its signature to the MoU on the office.",
            PUBLISHED,
            None,
            id="an-undone-action-dates-nothing",
        ),
        pytest.param(
            "The two agencies signed an arrangement on data some years ago.",
            PUBLISHED,
            None,
            id="years-ago-gives-no-year",
        ),
        pytest.param(
            "The Port Bank and Ruritania have signed a renewal of their Memorandum of "
            "Understanding, first signed in 2012.",
            date(2019, 5, 3),
            2019,
            id="a-renewal-done-now-is-dated-now-not-by-the-first-signing",
        ),
        pytest.param(
            "Talks focused on the renewal of the Collaboration Agreement, first signed in 2012.",
            date(2019, 5, 3),
            2012,
            id="a-renewal-only-discussed-keeps-the-first-signings-year",
        ),
    ],
)
def test_year(text, published, year):
    assert [a.year for a in find_agreements(text, published)][:1] == [year]


def test_bound_action_gives_no_party_from_inside_the_sentence():
    text = "The workshop discussed the Lisbon Convention, adopted by the Council in 2011."
    (agreement,) = find_agreements(text, PUBLISHED)
    assert (agreement.type, agreement.year, agreement.parties) == ("Lisbon Convention", 2011, [])


def test_agreement_recalled_without_an_action_is_not_dated_by_the_release():
    text = "The office opened following an agreement between the Union and Chad on priorities."
    assert kinds(text) == [("Agreement", None, None)]


def test_heading_naming_the_agreement_is_dated_by_the_release():
    text = (
        "PRESS OFFICE\nMEMORANDUM OF UNDERSTANDING BETWEEN THE AGENCY AND THE REPUBLIC OF "
        "RURITANIA\nThe Government shall accord the office the legal status set out in 1993."
    )
    assert kinds(text) == [("Memorandum of Understanding", 2019, None)]


def test_last_month_is_the_months_latest_before_the_release():
    text = "The Centre monitors the Treaty, which was adopted by the Assembly last October."
    assert kinds(text, date(1998, 3, 2)) == [("Treaty", 1997, "adopted")]


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        pytest.param("The agencies signed a five-year agreement with the city.", "five-year"),
        pytest.param(
            "The agreement was signed for a period of three years by the two ministers.",
            "three years",
        ),
        pytest.param(
            "The mission and the host country extended the agreement for 2020-2022.", "2020-2022"
        ),
    ],
    ids=["n-year", "for-a-period-of", "span"],
)
def test_duration(text, duration):
    assert [a.duration for a in find_agreements(text, PUBLISHED)] == [duration]


# --- How many: one record per distinct instrument per party set -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Commission and the Government of Gabon have signed two host agreements today.",
            [("Host Agreement", 2019, "signed")] * 2,
            id="count-word-before-a-plural",
        ),
        pytest.param(
            "The bank signed loan agreements with Kenya, Uganda and Tanzania on Monday.",
            [("Loan Agreement", 2019, "signed")] * 3,
            id="plural-with-listed-countries-one-each",
        ),
        pytest.param(
            "Similar status agreements are already in force with Albania and Montenegro.",
            [("Status Agreement", 2019, "in force")] * 2,
            id="plural-in-force-with-two-countries",
        ),
        pytest.param(
            "Norway, Chile and Ghana have signed agreements with the Court on witnesses.",
            [("Agreement", 2019, "signed")] * 3,
            id="plural-with-listed-subjects-and-one-counterpart",
        ),
        pytest.param(
            "The two states signed two treaties on border rivers in the capital today.",
            [("Treaty", 2019, "signed")] * 2,
            id="irregular-plural-with-a-count",
        ),
        pytest.param(
            "Peru, in 2011, and Chile, in 2014, were the first States to enter into an "
            "agreement with the Court.",
            [("Agreement", 2011, "entered into"), ("Agreement", 2014, "entered into")],
            id="parties-each-with-its-own-year",
        ),
        pytest.param(
            "The bank and the ministry signed the loan and grant agreements on Monday.",
            [("Loan Agreement", 2019, "signed"), ("Grant Agreement", 2019, "signed")],
            id="plural-with-coordinated-modifiers-one-each",
        ),
        pytest.param(
            "The institute has signed two headquarters agreements. The initial agreement with "
            "Chad (2011) and a new agreement was signed with the Republic of Niger in 2013.",
            [
                ("Headquarters Agreement", 2011, "signed"),
                ("Headquarters Agreement", 2013, "signed"),
            ],
            id="counted-agreements-named-one-by-one",
        ),
        pytest.param(
            "The bank signed a loan agreement and a grant agreement with Chad. The two "
            "agreements were signed by the minister and the director.",
            [("Loan Agreement", 2019, "signed"), ("Grant Agreement", 2019, "signed")],
            id="the-two-agreements-are-those-reported",
        ),
        pytest.param(
            "The two sides signed three memoranda of understanding on trade, energy and culture.",
            [("Memorandum of Understanding", 2019, "signed")] * 3,
            id="the-count-nearest-the-plural",
        ),
        pytest.param(
            "The bank signed a USD 100 million loan agreement with Kenya and a USD 20 million "
            "grant agreement with Uganda.",
            [("Loan Agreement", 2019, "signed"), ("Grant Agreement", 2019, "signed")],
            id="an-amount-between-determiner-and-name",
        ),
        pytest.param(
            "The institute signed memoranda of understanding with the University of Lomé and "
            "with Kara University.",
            [("Memorandum of Understanding", 2019, "signed")] * 2,
            id="plural-with-each-party-after-its-own-with",
        ),
        pytest.param(
            "Island Leaders endorsed the Apia Declaration in 2000 and the Suva Declaration in "
            "2018.",
            [("Apia Declaration", 2000, "endorsed"), ("Suva Declaration", 2018, "endorsed")],
            id="each-dated-by-the-year-right-after-it",
        ),
        pytest.param(
            "INTERPOL has concluded cooperation agreements with several bodies.",
            [],
            id="plural-summary-counts-nothing",
        ),
        pytest.param(
            "The agency signed a cooperation agreement with the customs body. It also entered "
            "into one such agreement with the regional police. A supplemental agreement was "
            "also approved.",
            [
                ("Cooperation Agreement", 2019, "signed"),
                ("Agreement", 2019, "entered into"),
                ("Supplemental Agreement", 2019, "approved"),
            ],
            id="also-one-such-another-party",
        ),
        pytest.param(
            "Mali and Niger have signed a Tripartite Agreement with UNHCR. Mali recently signed "
            "a tripartite agreement with Burkina Faso and UNHCR for the same purpose. Niger "
            "signed a tripartite agreement with Chad some years ago.",
            [
                ("Tripartite Agreement", 2019, "signed"),
                ("Tripartite Agreement", 2019, "signed"),
                ("Tripartite Agreement", None, "signed"),
            ],
            id="same-kind-with-another-party",
        ),
        pytest.param(
            "The two states signed the Additional Protocol today. The Model Additional Protocol "
            "was agreed upon in 1997 to strengthen checks.",
            [
                ("Additional Protocol", 2019, "signed"),
                ("Model Additional Protocol", 1997, "agreed"),
            ],
            id="named-mention-with-its-own-older-year-is-another",
        ),
        pytest.param(
            "The agency and Peru signed an agreement on Monday. The agency previously signed "
            "a similar agreement with Chile in 2015.",
            [("Agreement", 2019, "signed"), ("Agreement", 2015, "signed")],
            id="another-party-and-another-year",
        ),
        pytest.param(
            "The two agencies signed a Joint Declaration in Oslo today. It builds on the 2017 "
            "UNDP – WFP Joint Declaration signed in Rome.",
            [("Joint Declaration", 2019, "signed"), ("Joint Declaration", 2017, "signed")],
            id="year-before-the-name-is-another-one",
        ),
        pytest.param(
            "The new arrangement was signed by the two directors. It replaces the previous "
            "arrangement concluded in 2012 with the former office.",
            [("Arrangement", 2019, "signed"), ("Arrangement", 2012, "concluded")],
            id="previous-is-an-older-one",
        ),
        pytest.param(
            "Both organisations signed a cooperation agreement and a data-sharing agreement.",
            [("Cooperation Agreement", 2019, "signed"), ("Data-Sharing Agreement", 2019, "signed")],
            id="two-kinds-in-one-sentence",
        ),
        pytest.param(
            "The Port Bank signed loan agreements with Ghana, Nigeria and Senegal worth $300 "
            "million.",
            [("Loan Agreement", 2019, "signed")] * 3,
            id="one-per-country-listed-after-with-before-the-sum",
        ),
        pytest.param(
            "The Port Bank and the government today signed $50 million loan agreements.",
            [("Loan Agreement", 2019, "signed")],
            id="a-plural-kind-between-two-subjects-is-one",
        ),
        pytest.param(
            "The Port Bank signed loan agreements with Ghana, Nigeria and Senegal yesterday.",
            [("Loan Agreement", 2019, "signed")] * 3,
            id="one-per-country-listed-after-with-before-a-time-word",
        ),
        pytest.param(
            "The Port Bank and Ruritania signed a new Memorandum of Understanding today, which "
            "replaces the MoU signed in 2004.",
            [
                ("Memorandum of Understanding", 2019, "signed"),
                ("Memorandum of Understanding", 2004, "signed"),
            ],
            id="the-instrument-a-new-one-replaces-is-another-one",
        ),
        pytest.param(
            "Three MoUs were signed with Ghana, Nigeria and Senegal.",
            [("Memorandum of Understanding", 2019, "signed")] * 3,
            id="a-count-opening-the-sentence-is-no-part-of-the-name",
        ),
        pytest.param(
            "With these signatures, Tarvia is the first country to have signed four "
            "cooperation agreements with the Court.",
            [],
            id="a-count-after-a-perfect-tense-is-a-tally",
        ),
    ],
)
def test_how_many_agreements(text, expected):
    assert kinds(text) == expected


# --- One agreement named twice is one record (coreference) -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The two bodies adopted a three-year Joint Action Plan in 2017. The Joint Action plan "
            "followed the signing of a Memorandum of Understanding in 2014.",
            [
                ("Joint Action Plan", 2017, "adopted"),
                ("Memorandum of Understanding", 2014, "signed"),
            ],
            id="second-mention-of-a-plan",
        ),
        pytest.param(
            "The Union and the Alliance signed a declaration on Monday. It is the third joint "
            "declaration of the two bodies.",
            [("Joint Declaration", 2019, "signed")],
            id="the-third-joint-declaration-names-it",
        ),
        pytest.param(
            "Police and customs today signed a working arrangement. This arrangement promotes "
            "direct cooperation.",
            [("Working Arrangement", 2019, "signed")],
            id="this-arrangement",
        ),
        pytest.param(
            "The agency signed an MoU with the academy. The MoU (Memorandum of Understanding) "
            "covers training.",
            [("Memorandum of Understanding", 2019, "signed")],
            id="mou-acronym-and-expansion",
        ),
        pytest.param(
            "The Council reached a provisional deal with the Parliament today. The provisional "
            "agreement still needs to be confirmed.",
            [("Provisional Agreement", 2019, "reached")],
            id="deal-then-agreement",
        ),
        pytest.param(
            "The mayor and the director signed an agreement today to lease the land.\n"
            "The mayor and the director signed an agreement today to lease the land for the lab.",
            [("Agreement", 2019, "signed")],
            id="lead-repeated-as-first-paragraph",
        ),
        pytest.param(
            "The agency and five states have signed an accord on border checks. The director "
            "signed the memorandum of understanding with the regional body in Tashkent.",
            [("Memorandum of Understanding", 2019, "signed")],
            id="bare-accord-named-later-as-mou",
        ),
        pytest.param(
            "Ministers attended the renewal of a regional customs pact known as the Memorandum "
            "of Understanding (MOU) on border trade.",
            [("Memorandum of Understanding", 2019, "renewed")],
            id="pact-known-as-mou",
        ),
        pytest.param(
            "The WHO and the city of Lyon have signed a partnership agreement in the form of a "
            "Memorandum of Understanding (MoU).",
            [("Memorandum of Understanding", 2019, "signed")],
            id="agreement-in-the-form-of-a-mou",
        ),
        pytest.param(
            "The bodies signed a Joint Regional Health Strategy on Tuesday. The strategy runs to "
            "2029. The agreement was formalised by the two directors.",
            [("Joint Regional Health Strategy", 2019, "signed")],
            id="strategy-then-the-agreement",
        ),
        pytest.param(
            "“The Joint Sub-regional Health Strategy is a milestone,” the director said. The "
            "bodies signed a Joint Subregional Health Strategy on Tuesday.",
            [("Joint Subregional Health Strategy", 2019, "signed")],
            id="the-reporting-sentence-names-it",
        ),
        pytest.param(
            "The two bodies signed a Memorandum of Understanding on Monday. The cooperation "
            "agreement, signed by both chiefs, covers training.",
            [("Memorandum of Understanding", 2019, "signed")],
            id="the-only-document-named-in-other-words",
        ),
        pytest.param(
            "The two bodies signed a Cooperation Agreement on Monday. The memorandum was signed "
            "by the two directors.",
            [("Cooperation Agreement", 2019, "signed")],
            id="bare-memorandum-points-back-to-the-agreement",
        ),
        pytest.param(
            "The agency signed an MoU with the port. The MoU builds on the cooperation "
            "agreement the two signed last year.",
            [
                ("Memorandum of Understanding", 2019, "signed"),
                ("Cooperation Agreement", 2018, "signed"),
            ],
            id="builds-on-another-document",
        ),
        pytest.param(
            "The bank signed an agreement with the city. It builds on the Memorandum of "
            "Understanding signed with the province in 2012.",
            [("Agreement", 2019, "signed"), ("Memorandum of Understanding", 2012, "signed")],
            id="older-mou-named-later-is-another",
        ),
        pytest.param(
            "The two bodies signed a Memorandum of Understanding, their first formal "
            "cooperation agreement, on Monday.",
            [("Memorandum of Understanding", 2019, "signed")],
            id="another-name-set-beside-it-by-a-comma",
        ),
    ],
)
def test_one_agreement_named_twice(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister welcomed an agreement between the Agency and Peru. The Agency "
            "checks the commitments under the Joint Plan of Action on Safe Mining.",
            [("Agreement", "Agency")],
            id="instrument-after-under-does-not-rename",
        ),
        pytest.param(
            "The minister welcomed an agreement between the Agency and Peru. They signed "
            "the Memorandum of Understanding on mining.",
            [("Memorandum of Understanding", "Agency")],
            id="definite-named-mention-still-renames",
        ),
        pytest.param(
            "The fund and the ministry signed an agreement on Monday. The ministry adopted the "
            "Country Programme Framework that the agreement supports.",
            [("Agreement", "fund")],
            id="a-programme-is-the-agreements-content-not-its-name",
        ),
        pytest.param(
            "The envoy welcomed the agreement between the army and the rebels on the "
            "modalities for the implementation of the Permanent Cessation of Hostilities "
            "Agreement.",
            [("Agreement", "army")],
            id="implementation-of-is-background",
        ),
        pytest.param(
            "The mayor and the director signed an agreement today. At the Review Conference "
            "of the Chemical Weapons Convention, the minister pledged funds.",
            [("Agreement", "mayor")],
            id="background-convention-does-not-rename",
        ),
    ],
)
def test_background_instrument_is_no_new_name(text, expected):
    found = find_agreements(text, date(2019, 11, 28))
    assert [(a.type, a.parties[0]) for a in found] == expected


# --- Treaties, conventions and charters: only when the action is done to them --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Parliament ratified the Convention on Cluster Munitions on Monday.",
            [("Convention", 2019, "ratified")],
            id="action-right-before",
        ),
        pytest.param(
            "Nine documents were adopted at the summit, including the Astana Declaration of the "
            "leaders and the Convention on Countering Piracy.",
            [("Astana Declaration", 2019, "adopted"), ("Convention", 2019, "adopted")],
            id="in-a-list-after-the-action",
        ),
        pytest.param(
            "The country ratified the Convention in 2010 and signed the MoU today.",
            [("Convention", 2010, "ratified"), ("Memorandum of Understanding", 2019, "signed")],
            id="a-bare-mou-does-not-point-back-to-a-convention",
        ),
        pytest.param(
            "The agency signed an MoU with the port to support the Convention on Safe Ships.",
            [("Memorandum of Understanding", 2019, "signed")],
            id="convention-the-action-is-not-done-to",
        ),
    ],
)
def test_background_families(text, expected):
    assert kinds(text) == expected


# --- What is no agreement (here) --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Council adopted its new Action Plan on youth.", id="own-plan"),
        pytest.param("The Assembly adopted a resolution on migration.", id="resolution"),
        pytest.param("Parliament passed a law on soil monitoring.", id="law"),
        pytest.param(
            "The minister said the time had come to sign a new declaration that would help.",
            id="only-hoped-for",
        ),
        pytest.param("The partners hope to conclude an agreement next year.", id="hope"),
        pytest.param("The agency will sign the agreement next week.", id="will-sign"),
        pytest.param(
            "The permit is valid for five years and can be extended in case of a further "
            "bilateral agreement.",
            id="can-be-in-case-of",
        ),
        pytest.param(
            "The text says the parties reached an agreement on the need for cooperation.",
            id="agreement-on-the-need-is-a-consensus",
        ),
        pytest.param("The agreement is due to be signed in May.", id="due-to-be-signed"),
        pytest.param(
            "The state did not sign the association agreement at the summit.", id="did-not-sign"
        ),
        pytest.param(
            "The diplomats announced that the agreement might be signed on 29 November.",
            id="might-be-signed",
        ),
        pytest.param(
            "The Commission adopted proposals for Council decisions on the signing of the "
            "partnership agreement.",
            id="decisions-on-the-signing",
        ),
        pytest.param(
            "The issue of signing of a trade agreement between the two remained open.",
            id="issue-of-signing",
        ),
        pytest.param("Monitors recorded ceasefire violations in the region.", id="ceasefire-word"),
        pytest.param("This is in support of the ACCORD Plan of Action.", id="acronym-accord"),
        pytest.param(
            "The permits of the two offices lapsed in March without agreement on their renewal.",
            id="mass-noun-without-agreement",
        ),
        pytest.param(
            "The chair urged the delegations to reach agreement before the budget closes.",
            id="mass-noun-reach-agreement",
        ),
        pytest.param(
            "The Council and the Parliament reached agreement on the soil law.",
            id="mass-noun-reached-agreement",
        ),
        pytest.param("The country is in agreement with the proposal.", id="in-agreement-with"),
        pytest.param(
            "“We signed nothing, but we are in full agreement,” the minister said.",
            id="in-full-agreement",
        ),
        pytest.param(
            "There was agreement among members that the signing of texts should wait.",
            id="there-was-agreement",
        ),
        pytest.param(
            "It is expected to take effect upon signature of the agreement next month.",
            id="upon-signature-is-prospective",
        ),
        pytest.param(
            "Since the signing of the Lisbon agreement, the two ports have shared patrols.",
            id="since-the-signing-is-recalled",
        ),
        pytest.param(
            "The Council authorised negotiations on a status agreement with Serbia. Both sides "
            "hope to conclude the agreement next year.",
            id="status-agreement-only-negotiated",
        ),
        pytest.param(
            "The ministers said that once the transit agreement between Chad and Niger was "
            "signed, trucks would move faster.",
            id="once-signed-is-not-yet",
        ),
        pytest.param(
            "The board endorsed a new unit to deal with urgent requests from member police.",
            id="to-deal-with-is-a-verb",
        ),
        pytest.param(
            "Once the treaty was signed, the chair said, states should quickly join the "
            "enlarged partial agreement that will manage the fund.",
            id="enlarged-partial-agreement-is-a-legal-form",
        ),
        pytest.param(
            "The Board approved the new strategic framework of the agency.",
            id="framework-of-one-body",
        ),
        pytest.param("The director presented the framework to the board.", id="bare-framework"),
        pytest.param(
            "The Ministry and the World Health Programme agreed on new routes.",
            id="a-body-named-programme",
        ),
        pytest.param(
            "The Council adopted the Union's new security strategy.",
            id="a-possessive-owner-is-no-second-party",
        ),
        pytest.param(
            "The Executive Board approved the country programme for Chad.",
            id="one-body-approves-a-programme",
        ),
    ],
)
def test_no_agreement_reported(text):
    assert find_agreements(text, date(2021, 5, 3)) == []


def test_deal_as_verb_is_not_a_second_agreement():
    text = (
        "The agency signed a cooperation agreement with the port authority. The ministry "
        "endorsed a plan to deal with container fraud."
    )
    assert kinds(text) == [("Cooperation Agreement", 2019, "signed")]


def test_declaration_of_intent_with_one_party_named():
    text = "The ministers signed a 'Declaration of Intent' to deepen cooperation with UNICEF."
    assert kinds(text) == [("Declaration of Intent", 2019, "signed")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param(
            "Agency and Ruritania Sign Land Agreement for a New Laboratory",
            ["Land Agreement"],
            id="headline-names-the-bare-agreement",
        ),
        pytest.param(
            "Agency and Ruritania Renew MoU on Training",
            ["Memorandum of Understanding"],
            id="headline-mou-names-it",
        ),
        pytest.param(
            "Agency and Ruritania Sign Land Agreement and Host Agreement",
            ["Agreement"],
            id="headline-with-two-names-names-none",
        ),
        pytest.param(None, ["Agreement"], id="no-headline"),
    ],
)
def test_headline_names_a_bare_agreement(title, expected):
    text = "The director and the mayor signed an agreement today to provide land for the lab."
    assert [a.type for a in find_agreements(text, PUBLISHED, title)] == expected

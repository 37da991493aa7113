"""International organisations the releases name, with the acronym each is known by."""

from __future__ import annotations

import re

from transforms.rules import any_of, words

# acronym -> full name (the spelling the organisation itself uses).
ORGANISATIONS = {
    "OSCE": "Organization for Security and Co-operation in Europe",
    "INTERPOL": "International Criminal Police Organization",
    "UN": "United Nations",
    "UNODC": "United Nations Office on Drugs and Crime",
    "UNHCR": "Office of the United Nations High Commissioner for Refugees",
    "UNDP": "United Nations Development Programme",
    "UNICEF": "United Nations Children's Fund",
    "UNFPA": "United Nations Population Fund",
    "FAO": "Food and Agriculture Organization of the United Nations",
    "WHO": "World Health Organization",
    "IOM": "International Organization for Migration",
    "IAEA": "International Atomic Energy Agency",
    "OPCW": "Organisation for the Prohibition of Chemical Weapons",
    "ICRC": "International Committee of the Red Cross",
    "NATO": "North Atlantic Treaty Organization",
    "EU": "European Union",
    "Europol": "European Union Agency for Law Enforcement Cooperation",
    "Eurojust": "European Union Agency for Criminal Justice Cooperation",
    "Frontex": "European Border and Coast Guard Agency",
    "PACE": "Parliamentary Assembly of the Council of Europe",
    "CoE": "Council of Europe",
    "ODIHR": "Office for Democratic Institutions and Human Rights",
    "ASEAN": "Association of Southeast Asian Nations",
    "WCO": "World Customs Organization",
    "IACA": "International Anti-Corruption Academy",
    "AU": "African Union",
    "OAS": "Organization of American States",
    "CBI": "Central Bureau of Investigation",
    "EMCCA": "Economic and Monetary Community of Central Africa",
    "GCC": "Cooperation Council for the Arab States of the Gulf",
    "OSCE PA": "OSCE Parliamentary Assembly",
    "SMM": "Special Monitoring Mission to Ukraine",
    "EC3": "European Cybercrime Centre",
    "ECOWAS": "Economic Community of West African States",
    "OECD": "Organisation for Economic Co-operation and Development",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "WFP": "World Food Programme",
    "ILO": "International Labour Organization",
    "IMF": "International Monetary Fund",
}
# Other spellings of the same bodies, mapped to their acronym.
ALIASES = {
    "Organisation for Security and Co-operation in Europe": "OSCE",
    "Organization for Security and Cooperation in Europe": "OSCE",
    "Organisation for Security and Cooperation in Europe": "OSCE",
    "ICPO-INTERPOL": "INTERPOL",
    "Interpol": "INTERPOL",
    "International Criminal Police Organisation": "INTERPOL",
    "European Union Agency for Law Enforcement Cooperation": "Europol",
    "World Health Organisation": "WHO",
    "UN Migration Agency": "IOM",
    "UN Refugee Agency": "UNHCR",
    "United Nations": "UN",
    "European Union": "EU",
    "Council of Europe": "CoE",
}
# The acronyms and one-word names of the bodies above: never a person's family name.
KNOWN_ACRONYMS = frozenset(name for name in [*ORGANISATIONS, *ALIASES] if " " not in name) | words(
    """NGO NGOs MoU MOU ISIL ISIS COVID COVID-19 Covid CSCE"""
)
KNOWN_ORGANISATION = re.compile(
    rf"(?<![\w-])(?:{any_of(list(ORGANISATIONS) + list(ALIASES) + list(ORGANISATIONS.values()))})"
    r"(?![\w-])"
)
# 'the Central Bureau of Investigation (CBI)': a full name followed by its acronym.
ORG_WORD = r"(?:[A-Z][\w’'\-]{0,30}|of|for|on|and|the|in|de|du|des|la|le)"
NAME_WITH_ACRONYM = re.compile(
    rf"\b(?P<name>[A-Z][\w’'\-]{{0,30}}(?:\s{ORG_WORD}){{1,12}})\s\((?P<acronym>[A-Z][A-Za-z0-9\-]{{1,12}})\)"
)
# Words that make a capitalised phrase an organisation.
ORG_HEADS = words("""Organization Organisation Office Council Union Nations Agency Ministry Assembly
    Parliament Commission Committee Mission Centre Center Programme Fund Bank Court
    Government Department Bureau Police Institute Academy Association Community Secretariat
    Alliance Coalition Service Delegation Directorate Front Movement Board Congress Registry
    Tribunal Corps Foundation Authority Society Network Forum""")

"""Organizations by their legal form: ``Perrot SA``, ``Beer GmbH & Co. OHG``, ``Fundacja Kruszona``.

The small NER model misses most company names outside English, or calls them persons.
:func:`find_orgs` reports ORGANIZATION for capitalised words (joined by ``,``, ``&``,
``and``, ``e``, ``et``, ``y``, ``i``, ``und``, ``và``) followed by a legal form or a
family-firm ending (``Inc``, ``Ltd``, ``LLC``, ``PLC``, ``GmbH``, ``AG``, ``SA``, ``SARL``,
``S.p.A.``, ``s.r.l.``, ``S.L.``, ``B.V.``, ``AB``, ``A/S``, ``Oy``, ``Sp. z o.o.``,
``Ltda``, ``e figli``, ``et Fils``, ``& Sons``, ``Group``, ``Công ty Cổ phần``...) or an
industry word (``Robotics``, ``Logistics``, ``Analytics``...) after a name that is not only
ordinary words, or
preceded by an organization word (``Fundación``, ``Stiftung``, ``Fundacja``, ``Banco``,
``University of``...), and firm names of three surnames (``Miller, Guerrero and Browning``).
"""

from __future__ import annotations

import regex

from mask.core.spans import Span

from .filters import TECH_WORDS, is_false_entity, ordinary_word, platform_name, words_of
from .gazetteer import TOWN, gazetteer, town_like
from .wordlists import english_words, first_names, known_name, last_names, word_set

__all__ = [
    "LEGAL_FORMS",
    "ORG_WORDS",
    "SCORE_ORG",
    "attn_orgs",
    "bracket_org",
    "experience_lines",
    "find_orgs",
    "team_orgs",
]

LEGAL_FORMS = (
    r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc"
    r"|(?:GmbH|AG|Stiftung)\s*&\s*Co\.?\s*(?:KGaA|KG|OHG)|GmbH|AG|KGaA|KG|OHG(?:\s+mbH)?|GbR|GesbR|UG|SE|e\.V\.|e\.G\.|e\.U\."
    r"|S\.A\.R\.L\.|SARL|S\.à\s?r\.l\.|Sàrl\.?|SAS|S\.A\.S\.|EURL|SNC|S\.N\.C\.|S\.A\.\s+de\s+C\.V\.|S\.A\.U\.?|S\.A\.|SA"
    r"|S\.p\.A\.|SpA|S\.r\.l\.|s\.r\.l\.|Srl|S\.L\.N\.E\.?|S\.L\.|S\.Com\.|B\.V\.|BV|N\.V\.|NV|AB|A/S|ApS|ASA"
    r"|Oy|Oyj|Tmi|Osk|Kft\.?|Zrt\.?|Kht\.|d\.o\.o\.|d\.d\."
    r"|[Ss]p\.\s?z\s?o\.o\.(?:\s+[Ss]p\.\s?k\.)?|[Ss]p\.\s?k\.|[Ss]p\.\s?j\.|s\.c\.|S\.C\.|\(Pty\)(?:\s+Ltd\.?)?|Pty\.?(?:\s+Ltd\.?)?|Pte\.?(?:\s+Ltd\.?)?"
    r"|s\.r\.o\.|spol\.\s?s\s?r\.o\.|a\.s\.|v\.o\.s\.|k\.s\.|o\.s\.|S\.R\.L\.|SRL|S\.Coop\.|S\.L\.L\.|S\.L\.U\.|EIRELI"
    r"|Bt\.|Nyrt\.|Kkt\.|(?:és\s+társa\s+)(?:Kft\.?|Zrt\.?|Bt\.|Nyrt\.|Kkt\.|Kht\.)|A\.Ş\.|(?:Tic\.\s?)?(?:Ltd\.\s?)?Şti\.|Tic\."
    r"|Lda\.?|Ltda\.?|S/A|-\s(?:ME|EI|EPP)|e\s+figli|et\s+Fils|i\s+syn"
    r"|SPA|S\.P\.A\.|S\.C\.P\.?|S\.A\.D\.?|S\.A\.T\.|A\.C\.|S\.\s?R\.L\.\s+de\s+C\.V\.|Limitada|Sociedad\s+Anónima"
    r"|Ky|ry|HB|og\s+Sønner|&\s+co\.|OG|VOF|CommV|San\.|Tbk|SCA|SCS|PFA|INC|j\.d\.o\.o\.|K\.K\.|KK|Pvt\.?\s+Ltd\.?"
    r"|(?:y\s+[Aa]sociados|e\s+[Hh]ijos|e\s+[Ff]ilhos)(?:\s+(?:S\.L\.|S\.A\.|S\.C\.|S\.Com\.|S\.Coop\.|Ltda\.?|Lda\.?|S/A))?"
    r"|(?:&|and)\s+(?:Søn|Sons?|Söhne|Partners?|Cie\.|Co\.?)(?:\s+(?:KGaA|KG|OHG|ApS|A/S))?|Group|Groep|Gruppen|Holdings?"
    r"|Công\s+ty\s+(?:Cổ\s+phần|TNHH|Trách\s+nhiệm\s+hữu\s+hạn)|Tập\s+Đoàn|Doanh\s+nghiệp\s+tư\s+nhân"
)
"""Legal forms and firm endings that close an organization's name."""

INDUSTRY_WORDS = (
    r"Robotics|Logistics|Logistik|Technologies|Technology|Solutions|Systems|Labs|Analytics|Consulting"
    r"|Ventures|Pharmaceuticals|Pharma|Therapeutics|Biotech|Foods|Motors|Airlines|Media|Studios"
    r"|Networks|Software|Insurance|Industries|Enterprises|Electronics|Energy|Associates|Dynamics"
    r"|Seguros|Assicurazioni|Versicherungen?|Verzekeringen|Assurances|Sigorta|Bankas\u0131|Lojistik|Teknoloji"
    r"|Log\u00edstica|Transportes|Construcciones|Constru\u00e7\u00f5es|Tecnologia|Tecnolog\u00eda|Immobilien"
)
"""Words that end many company names (``Kestrel Robotics``, ``Nordwind Logistik``, ``Anadolu Sigorta``,
``Mapfre Seguros``) but also ordinary phrases (``Data Analytics``): the name before them must not be ordinary words only."""

ORG_WORDS = (
    r"Fundacja|Stowarzyszenie|Grupa|Spółdzielnia|Stichting|Koninklijke|Fundación|Fundação|Fondation|Fondazione|Stiftung|Verein"
    r"|Banco|Banca|Banque|Bankhaus|Caixa|Bank\s+of|University\s+of|Universidad\s+de|Université\s+de|Università\s+di|Universität"
    r"|Instituto|Institut|Hospital|Hôpital|Ospedale|Clínica|Klinikum|Clinique|Klinik"
    r"|Grupo|Groupe|Gruppo|Companhia|Compañía|Compagnie|Cooperativa|Coopérative|Associazione|Asociación|Associação"
    r"|Colegio|Escola|Escuela|École|Lycée|Liceo|PT|UD|Perum"
)
"""Words that open an organization's name."""

INSTITUTION_WORDS = (
    r"Bank|University|College|Polytechnic|Hospital|Credit[ \t]Union|Medical[ \t]Cent(?:er|re)"
    r"|Health[ \t](?:System|Centre|Center)|School[ \t]District|Nursing[ \t]Home|Care[ \t]Home|Hospice"
)
"""Words that close an institution's name, however ordinary the words before them (``Fifth
Third Bank``, ``PES University``, ``Mercy General Hospital``)."""
NAMED_INSTITUTION_WORDS = (
    r"Clinic|Institute|Foundation|Academy|Pantry"
    r"|Bakery|Bakehouse|Caf[eé]|Restaurant|Bistro|Pizzeria|Salon|Pharmacy|Florists?|Boutique|Deli|Diner|Tavern"
    r"|Brewery|Winery|Distillery|Creamery|Barbershop|Bookshop|Bookstore|Grocery|Cleaners|Laundromat"
    r"|Auto[ \t](?:Repair|Body|Sales)|Plumbing|Roofing|Landscaping|Catering|Dental|Opticians|Jewell?ers|Tailors"
    r"|Trattoria|Osteria|Taqueria|Grill|Steakhouse|Kitchen|Pub|Inn|Motel|Daycare|Kennels|Movers|Realty|Realtors"
    r"|Pa?ediatrics|Orthodontics|Dentistry|Chiropractic|Physiotherapy|Dermatology|Optometry|Veterinary"
)
"""Words that close an institution's or a shop's name after a name (``Mayo Clinic``, ``Halvorsen
Bakery``, ``Mendes Auto Repair``), and ordinary phrases after ordinary words (``Argument Clinic``,
``Free Software Foundation``, ``Artisan Bakery``)."""

COMMUNITY_WORDS = (
    r"(?:Middle|Elementary|Primary|High|Junior|Grammar|Secondary|Infants?|Montessori|Charter)[ \t]School|Elementary"
    r"|(?:Home)?[Oo]wners'?[ \t]Association|Residents'?[ \t]Association|Tenants'?[ \t]Association|Allotment[ \t]Society"
)
"""Words that close a school's or a neighbourhood body's name, however ordinary the words before
them (``Maple Grove Elementary``, ``Oak Ridge Middle School``, ``Willow Bend Owners Association``,
``Brookfield Allotment Society``): such a name tells where a person lives or their child studies."""
TRADE_WORDS = (
    r"Heating|Home[ \t]Repairs?|Repairs|Handyman|Electrical|Electricians|Builders|Joinery|Carpentry|Decorating"
    r"|Painters|Removals|Plasterers|Glazing|Fencing|Tiling|Rescue|Partnership"
)
"""Words that close a small trade's or a practice's name after a name (``Petridis Heating``,
``Okafor Home Repair``, ``Lindqvist Joinery``, ``Aldous Grant Partnership``); after ordinary words
they are phrases (``Central Heating``, ``Animal Rescue``), so the name must be one (:func:`_named`)."""

_NOT_A_NAME = word_set(
    """
    the a an this that these those our your my his her their its every any each no some which what whose
    at to from in on by for with of and or local nearest same other another
    """
)
"""Words before an institution word that say which one, not its name (``your bank``, ``Call The ...``):
the name starts after the last of them."""
_GENERIC = word_set("food blood memory river piggy data sperm seed gene image question test word power west east")
"""One word that makes an ordinary noun of an institution word (``Food Bank``, ``Memory Bank``)."""
_CUISINES = word_set(
    """
    irish english scottish welsh french italian spanish greek turkish thai chinese japanese korean indian
    mexican lebanese vietnamese german dutch swiss american moroccan ethiopian persian cuban peruvian
    brazilian portuguese russian polish nepalese caribbean mediterranean asian african
    """
)
_EATERIES = word_set(
    "restaurant bistro pizzeria cafe café deli diner tavern pub inn grill steakhouse kitchen trattoria osteria taqueria"
)
"""A cuisine's word before an eatery's makes a kind of place, no name (``the Irish Pub``, ``an Italian
Restaurant``; ``the American Institute of Mathematics`` is one)."""

_WORD = r"\p{Lu}[\p{L}\p{M}'\u2019-]*"
_JOIN = r"(?:,[ \t]|[ \t]&[ \t]|[ \t](?:and|e|et|y|i|und|és|và|và[ \t]+đối[ \t]+tác)[ \t]|[ \t])"
_NAME = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,3}}"
_PARTICLE = r"(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ten|ter|le|la)[ \t])"
_ORG = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\w/._@-])(?:(?P<named>{_PARTICLE}?{_NAME}),?[ \t]+(?:{LEGAL_FORMS})|(?P<trade>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]+(?:{INDUSTRY_WORDS})"
    rf"|(?:{ORG_WORDS})[ \t]+{_NAME})(?![\p{{L}}\p{{M}}\w/]|-\w)"
)
"""A legal form, an industry or an organization word after a name; not one a code goes on
from (``SKU AB-1234-XL``: ``AB`` opens an item code)."""
_INSTITUTION = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\w/._@-])(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,4}})[ \t]+(?:{INSTITUTION_WORDS}|(?P<named>{NAMED_INSTITUTION_WORDS}))"
    rf"(?:[ \t]of[ \t]{_WORD}(?:[ \t]{_WORD}){{0,2}})?(?![\p{{L}}\p{{M}}\w/])"
)
_LOCAL_INSTITUTION = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\w/._@-])(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,4}})[ \t]+(?:{COMMUNITY_WORDS}|(?P<named>{TRADE_WORDS}))"
    rf"(?![\p{{L}}\p{{M}}\w/])"
)
"""A school's, a neighbourhood body's or a trade's name (:data:`COMMUNITY_WORDS`,
:data:`TRADE_WORDS`), read apart from :data:`_INSTITUTION` behind :data:`_LOCAL_HINTS`."""
_LOCAL_HINTS = (
    "School",
    "Elementary",
    "Association",
    "Society",
    "Heating",
    "Repair",
    "Handyman",
    "Electric",
    "Builders",
    "Joinery",
    "Carpentry",
    "Decorating",
    "Painters",
    "Removals",
    "Plasterers",
    "Glazing",
    "Fencing",
    "Tiling",
    "Rescue",
    "Partnership",
)
"""Words one of which :data:`_LOCAL_INSTITUTION` needs: looked for first, with ``in``."""
_NAME_WORD = regex.compile(r"\S+")
_SHOP = regex.compile(
    r"(?<![\p{L}\p{M}\w/._@-])(?:(?P<english>Caf[eé]|H[oô]tel|Restaurant)|Maison|Ristorante|Trattoria|Osteria"
    r"|Pizzeria|Boulangerie|P[aâ]tisserie|Bäckerei|Konditorei|Gasthaus|Gasthof|Brasserie|Taverna|Taberna|Librería"
    rf"|Farmacia|Pharmacie|Apotheke|Bodega)[ \t](?P<name>(?:(?:da|di|del|de|la|le|du|des)[ \t])?{_WORD}(?:[ \t]{_WORD}){{0,2}})(?![\p{{L}}\p{{M}}\w/])"
)
"""A shop, a restaurant or a hotel named after its kind (``Café Aurora``, ``Maison Lumière``,
``Trattoria da Mario``): the name must be one (:func:`_named`: ``Hotel Booking``, ``Café Menu`` stay)."""
_COUNTRY_STAY = regex.compile(
    r"(?<![\p{L}\p{M}\w/._@-])(?:Ferme|G[iî]te|Domaine|Auberge|Chambres[ \t]d['\u2019]h[ôo]tes)[ \t]"
    rf"(?P<name>(?:(?:de|du|des|la|le|les|d['\u2019])[ \t]?)?{_WORD}(?:[ \t]{_WORD}){{0,2}})(?![\p{{L}}\p{{M}}\w/])"
)
"""A French farm, holiday cottage or inn named after its kind (``Ferme des Peupliers``, ``Gîte Le
Vieux Moulin``, ``Auberge du Lac``): a family's business and home, often their address."""
_LOCAL_SCHOOL = regex.compile(
    r"(?<![\p{L}\p{M}\w/._@-])(?:Grundschule|Gesamtschule|Realschule|Mittelschule|Oberschule|Gymnasium|Kita)[ \t]"
    rf"(?:(?:am|an[ \t]der|im|in[ \t]der|auf[ \t]der|zum|zur)[ \t])?{_WORD}(?:[ \t]{_WORD}){{0,2}}(?![\p{{L}}\p{{M}}\w/])"
)
"""A German school or day nursery named after its kind (``Grundschule am Mühlbach``, ``Gymnasium
Eppendorf``): where a person's child goes."""
_NORDIC_AS = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\w/._@-])(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,3}})[ \t]AS(?![\p{{L}}\p{{M}}\w/])"
)
"""A Norwegian or Danish company (``Vestbygg Tømrer AS``): ``AS`` is English's *as* in capitals
too, so the name before it must be a name in small letters (:func:`_named`), not ``SUCH AS``."""


def _local_orgs(text: str) -> list[Span]:
    """Country stays, German schools and Nordic ``AS`` companies (see :data:`_COUNTRY_STAY`,
    :data:`_LOCAL_SCHOOL`, :data:`_NORDIC_AS`), each behind a cheap check."""
    out = []
    if (
        "Ferme " in text
        or "\u00eete " in text
        or "Gite " in text
        or "Domaine " in text
        or "Auberge " in text
        or "Chambres " in text
    ):
        for match in _COUNTRY_STAY.finditer(text):
            if not all(w.lower() in english_words() for w in words_of(match.group("name"))):
                out.append(Span(match.start(), match.end(), "ORGANIZATION", SCORE_INSTITUTION, "names"))
    if "schule " in text or "Gymnasium " in text or "Kita " in text:
        out.extend(Span(*m.span(), "ORGANIZATION", SCORE_INSTITUTION, "names") for m in _LOCAL_SCHOOL.finditer(text))
    if " AS" in text:
        for match in _NORDIC_AS.finditer(text):
            name = match.group("name")
            if not name.isupper() and _named(name):
                out.append(Span(match.start(), match.end(), "ORGANIZATION", SCORE_ORG, "names"))
    return out


_FIRM = regex.compile(
    rf"(?<![\p{{L}}\w])({_WORD}),\s({_WORD})\s(?:and|&|y|e|et|und|en|og|och)\s({_WORD})(?![\p{{L}}\w])"
)
_WEAK_FORM = regex.compile(r"(?:Group|Groep|Gruppen|Holdings?|Partners?|Co\.?|Limited|Corporation|- ME|- EI|- EPP)$")
"""Endings that also close ordinary phrases (``Support Group``): the name before them must not be ordinary words only."""
_COMPASS_FORM = regex.compile(r"(?<![\p{L}\p{M}])(?:SE|SA|NV)$")
"""Legal forms that are compass points too (``SE``, ``SA``: south-east, south Australia; ``NV``)."""


def _plain_word_before(found: str) -> bool:
    """One word before the form, an ordinary word no name list holds (``Wind SE``, ``Swell SE``)."""
    words = found.split()
    return len(words) == 2 and ordinary_word(words[0]) and not known_name(words[0])


_PAIR_FIRM = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\w&/.-])(?:{_PARTICLE}){{0,2}}(?P<a>{_WORD})[ \t]&[ \t](?:{_PARTICLE}){{0,2}}(?P<b>{_WORD})"
    r"(?![\p{L}\p{M}\w&/-])"
)
"""Two family names joined by ``&`` (``Reimes & Lafleur``, ``van Gemert & Recers``): a firm's name."""
_FORM_AFTER = rf"(?:,?[ \t]+(?:{LEGAL_FORMS}|\p{{Lu}}{{2,4}}\.?)(?![\p{{L}}\p{{M}}\w/]))"
_CONTACT = regex.compile(
    rf"^[ \t>*\u2022-]*(?P<org>{_PARTICLE}?{_WORD}(?:{_JOIN}{_PARTICLE}?{_WORD}){{0,3}}{_FORM_AFTER}?)[ \t]+"
    r"(?i:contact(?:[ \t]+(?:person|name))?|ansprechpartner(?:in)?|kontakt(?:person)?|contacto|contato|contatto"
    r"|contactpersoon|interlocuteur)[ \t]*:",
    regex.MULTILINE,
)
"""``Jockel contact: ...``: a name opening a line before ``contact:`` (``Ansprechpartner:``...) is a company's."""
_DOCUMENT_FROM = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:invoices?|bills?|receipts?|estimates?|offers?|orders?"
    r"|shipments?|deliver(?:y|ies)|parcels?|packages?|payments?|credit[ \t]+notes?)[ \t]+(?i:from)[ \t]+"
    rf"(?P<org>{_PARTICLE}?{_WORD}(?:{_JOIN}{_PARTICLE}?{_WORD}){{0,4}}{_FORM_AFTER}?)[ \t]*\((?P<town>{TOWN})\)"
)
"""``the invoice from Faure (WagnerVille)``: a sender named before a town in brackets is a company."""
_JOB_TITLE = (
    r"manager|director|engineer|consultant|officer|specialist|analyst|executive|coordinator|assistant"
    r"|president|vp|ceo|cto|cfo|coo|cio|cmo|founder|co-founder|partner|associate|representative|advisor"
    r"|adviser|administrator|developer|designer|architect|lead|recruiter|accountant|attorney|counsel"
    r"|supervisor|technician|strategist|planner|buyer|editor|producer|scientist|researcher|intern|head"
    r"|gerente|directora?|ingenier[oa]|consultora?|responsable|directeur|directrice|ingénieur|chargée?"
    r"|geschäftsführer(?:in)?|leiter(?:in)?|berater(?:in)?|referent(?:in)?|direttore|direttrice|diretora?"
)
_SIGNATURE_ORG = regex.compile(
    rf"^[ \t]*(?:[\p{{L}}&/.\-]+[ \t]){{0,4}}(?P<title>(?i:{_JOB_TITLE}))"
    rf"(?:[ \t]+(?i:of|de|for)[ \t]+[\p{{L}}&\-]+(?:[ \t][\p{{L}}&\-]+)?)?"
    rf"[ \t]*(?:\||,|[ \t]at[ \t]|[ \t]@[ \t]|[ \t][-\u2013\u2014][ \t]|\r?\n)[ \t]*"
    rf"(?P<org>{_PARTICLE}?{_WORD}(?:{_JOIN}{_PARTICLE}?{_WORD}){{0,4}}{_FORM_AFTER}?)[ \t]*$",
    regex.MULTILINE,
)
"""``Account Manager | Greenchoice``, ``Senior Engineer at Vargas-Snyder``, ``Account Manager`` and
``Johnson-Walker`` on the next line: a signature that gives a job title and the company after it (the
company ends the line)."""
_REGISTERED = regex.compile(
    r",[ \t]+(?:(?:with|having)[ \t]+its[ \t]+(?:registered[ \t]+office|principal[ \t]+place[ \t]+of[ \t]+business|seat)"
    r"|an?[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:company|corporation|partnership|limited[ \t]+liability[ \t]+company)"
    r"[ \t]+(?:incorporated|organi[sz]ed|registered|existing))"
)
"""What follows a contract's party: its registered office or its incorporation (``Barton-Martinez,
with its registered office at ...``, ``Hornig, a company incorporated under ...``)."""
_PARTY = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_PARTICLE}?{_WORD}(?:{_JOIN}{_PARTICLE}?{_WORD}){{0,4}}{_FORM_AFTER}?$")
"""The party's name, ending where :data:`_REGISTERED` starts."""
_PARTY_REACH = 120
_EXPERIENCE = regex.compile(
    r"^[ \t*\u2022-]*[^\n,()]{2,60},[ \t](?P<org>[^\n()]{2,80}),[ \t]" + rf"(?P<town>{TOWN})"
    r"[ \t]\((?:19|20)\d\d[ \t]?[-\u2013\u2014][ \t]?(?:(?:19|20)\d\d|(?i:present|now|today|current))\)[ \t]*$",
    regex.MULTILINE,
)
"""A CV's experience line: a job, the company (commas in it too: ``Park, Gomez and Rodriguez``),
its town and the years (``Senior Analyst, Hudson-Grant, Ritaborough (2019-2023)``)."""
_TITLED_EXPERIENCE = regex.compile(
    rf"^[ \t*\u2022-]*[^\n,()]{{0,40}}?(?<![\p{{L}}])(?i:{_JOB_TITLE})(?![\p{{L}}])[^\n,()]{{0,30}},[ \t]"
    rf"(?P<org>{_PARTICLE}?{_WORD}(?:[ \t](?:&[ \t])?{_PARTICLE}?{_WORD}){{0,4}}{_FORM_AFTER}?)"
    r"[ \t]\((?:19|20)\d\d[ \t]?[-\u2013\u2014][ \t]?(?:(?:19|20)\d\d|(?i:present|now|today|current))\)[ \t]*$",
    regex.MULTILINE,
)
"""A CV's experience line without a town: a job title, the company and the years (``Senior Data
Engineer, Flipkart (2019-present)``)."""
SCORE_EXPERIENCE = 0.8
_CONTACT_HINTS = ("ontact", "ONTACT", "ontakt", "ONTAKT", "nsprechpartner", "ontat", "nterlocut")
SCORE_ORG = 0.85
SCORE_INSTITUTION = 0.8
SCORE_FORM = 0.96
"""A name closed by a legal form that closes no ordinary phrase (``Barros S.L.``, ``Kjær & Søn A/S``):
above NER's scores, so the company wins over the person or place NER reads inside it
(``Angelino Aguirre Barros``), whose span left the legal form in clear."""
SCORE_FIRM = 0.96
"""Three surnames joined as a firm's (``Turner, Houston and King``): above NER, which reads a
place (``Houston``) or a lone company (``Turner``) inside and left the rest in clear."""
SCORE_CONTACT = 0.85
SCORE_PAIR_FIRM = 0.8
SCORE_SENDER = 0.8
SCORE_SIGNATURE = 0.75


_DEPARTMENTS = word_set(
    """
    sales press media key general company my the our your their this new main north south east west central
    best young king rich hope will english french german local national global primary direct
    """
)
"""Ordinary words that name lists also hold but that, before ``contact:``, say whose contact it is
(``Sales contact:``, ``Press contact:``): never a company's name alone."""


def _named(name: str) -> bool:
    """``name`` (capitalised words, maybe a legal form) holds a word that is no ordinary word, technology
    name, abbreviation or identifier (``Jockel``, ``Dima RA``; not ``Support``, ``IT``, ``DevOps``)."""
    for word in name.replace(",", " ").split():
        if not word[:1].isupper() or word in TECH_WORDS or is_false_entity(word, None, ignore_ordinary=True):
            continue
        parts = [w for w in words_of(word) if len(w) > 1]
        if "-" in word and len(parts) > 1 and all(not ordinary_word(w) or known_name(w) for w in parts):
            return True  # Smith-Young, Cummiskey-O'Kennedy: a double-barrelled name
        if all(not ordinary_word(w) or (w in last_names() and w.lower() not in _DEPARTMENTS) for w in words_of(word)):
            return True
    return False


_BRACKET_ORG = regex.compile(
    r"[ \t]?\((?P<org>\p{Lu}[\p{L}\p{M}'\u2019&.-]*(?:[ \t](?:(?:van|von|de|der|den|del|da|do|di|du|y|&|and|und|et)[ \t])?"
    r"\p{Lu}[\p{L}\p{M}'\u2019&.-]*){0,3})\)"
)
SCORE_FRAMED_ORG = 0.8
"""A company read by the words around it: in brackets after a person, before ``Attn:``, where a team works."""


def bracket_org(text: str, end: int, detector: str = "names") -> Span | None:
    """The company in brackets right after a person's name ending at ``end`` (``quarterly review
    with Kelly Lee (Grant-Moody)``): capitalised words with a name among them, no role,
    department, abbreviation or technology (``Jane Doe (CEO)``, ``Anna (Marketing)`` read nothing)."""
    match = _BRACKET_ORG.match(text, end)
    if match is None or not _named(match.group("org")) or gazetteer().is_place(match.group("org")):
        return None  # "Kelly Lee (Boston)": a place, left to the place rules
    return Span(match.start("org"), match.end("org"), "ORGANIZATION", SCORE_FRAMED_ORG, detector)


_ATTN_ORG = regex.compile(
    r"(?m)^[ \t]*(?P<org>\p{Lu}[^\n:@<>|]{1,58}?)[ \t]*\r?\n[ \t]*"
    r"(?:Attn|ATTN|Attention|Att|z\.[ ]?Hd\.?|Zu[ ]Händen|A[ ]l'attention[ ]de|À[ ]l'attention[ ]de|A/A|Alla[ ]c\.a\.)"
    r"[:.]?[ \t]"
)
"""A letter's recipient company: the line right before an ``Attn:`` line (``Gough-Taylor``, then
``Attn: Customer Relations``)."""


_TEAM_AT = regex.compile(
    r"(?i:\b(?:all[ ]of[ ]us|everyone|everybody|the[ ](?:whole[ ])?team|your[ ]friends|the[ ]folks))[ ]at[ ]"
    r"(?P<org>\p{Lu}[\p{L}\p{M}\d&'\u2019.-]*(?:[ ](?:&[ ])?\p{Lu}[\p{L}\p{M}\d&'\u2019.-]*){0,4})"
)
"""A team's workplace: ``Congrats from all of us at Barthelemy``, ``everyone at Nistor CRL``."""


_SPEAKS_FOR = regex.compile(
    r"(?i:\bthis[ ]is|\bit'?s|\bi'?m|\bcaller|\bcalling[ ]is)[ ]"
    r"(?P<person>\p{Lu}[\p{L}\p{M}'\u2019-]+"
    r"(?:[ ](?:(?:de|da|van|von|der|den|di|du|la|le|dos)[ ])?\p{Lu}[\p{L}\p{M}'\u2019-]+){0,2})"
    r"[ ](?:with|from)[ ]"
    r"(?P<org>\p{Lu}[\p{L}\p{M}\d&'\u2019.-]*(?:[ ](?:&[ ])?\p{Lu}[\p{L}\p{M}\d&'\u2019.-]*){0,3})"
)
"""The company someone introducing themselves speaks for: ``hi, this is Ana Costa with Sarkuysan``,
``caller Jan de Wit from Rijk Zwaan reported ...``."""
_WORKS_FOR = regex.compile(
    r"(?i:\b(?:works|working|worked|work)[ ](?:for|at)|\bemployed[ ](?:by|at)|\ban[ ]employee[ ]of"
    r"|\ba[ ]spokes(?:person|woman|man)[ ](?:for|of)|\bretired[ ]from|\b(?:bank|banks|banked|banking)[ ]with"
    r"|\binsured[ ](?:with|by)|\b(?:a|long-time|longtime)[ ](?:customer|client)[ ]of"
    r"|\b(?:company|startup|firm|business|agency|store|shop|restaurant|bakery|brand|charity)[ ](?:called|named)"
    r"|\bemployer[ ](?:was|is))[ ]"
    r"(?P<org>\p{Lu}[\p{L}\p{M}\d&'\u2019.-]*"
    r"(?:[ ](?:&[ ]|(?:de|del|della|dello|di|da|do|du|des|van|von|der|y|e|i|und|et)[ ])?\p{Lu}[\p{L}\p{M}\d&'\u2019.-]*){0,3})"
)
"""Someone's employer, former employer, bank or insurer: ``now works for NFI``, ``she works at Rijk
Zwaan``, ``employed by Arçelik``, ``retired from Ferrovie dello Stato``, ``I bank with Nedbank``,
``a spokesperson for Grenier``, ``her previous employer was Société Générale``; a business named as
one: ``a startup called Quillpad``."""


_TEAM_HINTS = (
    (_TEAM_AT, ("all of us", "everyone", "everybody", "team", "your friends", "folks")),
    (_WORKS_FOR, ("work", "employ", "spokes", "called", "named", "retired", "bank", "insured", "customer", "client")),
    (_SPEAKS_FOR, ("this is", "it's", "its ", "i'm", "im ", "caller", "calling")),
)
"""Each pattern of :func:`team_orgs` and words (lower case) one of which its matches hold."""


def _a_person(name: str) -> bool:
    """``name`` opens with a first name the lists know and holds no technology's name."""
    words = name.split()
    return words[0] in first_names() and not any(w in TECH_WORDS for w in words)


def team_orgs(text: str) -> list[Span]:
    """The company a team speaks for (:data:`_TEAM_AT`), someone works for (:data:`_WORKS_FOR`) or
    speaks for (:data:`_SPEAKS_FOR`), when it names something and no place."""
    out = []
    lower = text.lower()
    for pattern, hints in _TEAM_HINTS:
        if not any(hint in lower for hint in hints):
            continue  # each pattern's search tries every position: only where its words are
        for match in pattern.finditer(text):
            org = match.group("org").rstrip(".")
            if pattern is _SPEAKS_FOR and not _a_person(match.group("person")):
                continue  # "It's Redis from Homebrew": a program, no one introducing themselves
            if _named(org) and (pattern is _TEAM_AT or not gazetteer().is_place(org)):
                start = match.start("org")
                out.append(Span(start, start + len(org), "ORGANIZATION", SCORE_FRAMED_ORG, "names"))
    return out


def attn_orgs(text: str) -> list[Span]:
    """The company line before an ``Attn:`` line, when it names something (no ordinary words
    only, no digits unless with a legal form, at most six words)."""
    out = []
    for match in _ATTN_ORG.finditer(text):
        org = match.group("org")
        if len(org.split()) > 6 or (any(c.isdigit() for c in org) and not _ORG.fullmatch(org)):
            continue
        if _named(org):
            out.append(Span(match.start("org"), match.end("org"), "ORGANIZATION", SCORE_FRAMED_ORG, "names"))
    return out


def _family_pair(a: str, b: str) -> bool:
    """Both words may be family names (no ordinary or technology word, abbreviation or identifier)
    and one is a known one: ``Reimes & Lafleur``; not ``Sales & Marketing``, ``Docker & Redis``."""
    words = (a, b)
    if any(w in TECH_WORDS or is_false_entity(w, None) for w in words):
        return False
    return any(w in last_names() for w in words)


def _contact_orgs(text: str) -> list[Span]:
    """Companies opening a contact line (``Kukkonen contact: Eelis Lipponen, tel. ...``)."""
    out: list[Span] = []
    for match in _CONTACT.finditer(text):
        start, end = match.span("org")
        words = text[start:end].split()
        while (
            len(words) > 1 and words[0][:1].isupper() and ordinary_word(words[0].rstrip(",")) and not _named(words[0])
        ):
            start = text.index(words[1], start + len(words[0]))  # "Our Acme contact:": the name is "Acme"
            words = words[1:]
        if _named(text[start:end]):
            out.append(Span(start, end, "ORGANIZATION", SCORE_CONTACT, "names"))
    return out


def _senders(text: str) -> list[Span]:
    """Companies a document comes from, named before a town in brackets (``invoice from Hoarau (Marty-sur-Schmitt)``)."""
    out: list[Span] = []
    for match in _DOCUMENT_FROM.finditer(text):
        if town_like(match.group("town")) and _named(match.group("org")):
            out.append(Span(match.start("org"), match.end("org"), "ORGANIZATION", SCORE_SENDER, "names"))
    return out


def _signature_orgs(text: str) -> list[Span]:
    """Companies after a job title on a line of their own (``Account Manager | Greenchoice``)."""
    out: list[Span] = []
    for match in _SIGNATURE_ORG.finditer(text):
        if match.group("title")[0].isupper() and _named(match.group("org")):  # "The manager, Smith" is prose
            out.append(Span(match.start("org"), match.end("org"), "ORGANIZATION", SCORE_SIGNATURE, "names"))
    return out


def _contract_parties(text: str) -> list[Span]:
    """Companies a contract names by their registered office or incorporation (:data:`_REGISTERED`)."""
    out: list[Span] = []
    for found in _REGISTERED.finditer(text):
        match = _PARTY.search(text, max(0, found.start() - _PARTY_REACH), found.start())
        if match is None:
            continue
        start, end = match.span()
        words = text[start:end].split()
        while len(words) > 1 and ordinary_word(words[0].rstrip(",")) and not _named(words[0]):
            start = text.index(words[1], start + len(words[0]))  # "Between Hornig": the name is "Hornig"
            words = words[1:]
        if _named(text[start:end]):
            out.append(Span(start, end, "ORGANIZATION", SCORE_CONTACT, "names"))
    return out


def experience_lines(text: str) -> list[Span]:
    """The company (ORGANIZATION) and its town (LOCATION) of each CV experience line
    (:data:`_EXPERIENCE`, :data:`_TITLED_EXPERIENCE`)."""
    out: list[Span] = []
    for match in _EXPERIENCE.finditer(text):
        if _named(match.group("org")):
            out.append(Span(*match.span("org"), "ORGANIZATION", SCORE_EXPERIENCE, "names"))
        if town_like(match.group("town")):
            out.append(Span(*match.span("town"), "LOCATION", SCORE_EXPERIENCE, "names"))
    for match in _TITLED_EXPERIENCE.finditer(text):  # a job title and years: "Mu Sigma" is a company there
        out.append(Span(*match.span("org"), "ORGANIZATION", SCORE_EXPERIENCE, "names"))
    return out


def _institutions(text: str, pattern: regex.Pattern[str] = _INSTITUTION) -> list[Span]:
    """Capitalised words before an institution word (``Fifth Third Bank``, ``PES University``),
    from after the last word that says which one (``your``, ``The``)."""
    out = []
    for match in pattern.finditer(text):
        words = list(_NAME_WORD.finditer(text, match.start("name"), match.end("name")))
        cut = max((i + 1 for i, w in enumerate(words) if w.group().lower() in _NOT_A_NAME), default=0)
        named = [w.group() for w in words[cut:]]
        if not named or (len(named) == 1 and named[0].lower() in _GENERIC):
            continue  # "Contact Your Bank", "the Food Bank"
        kind = match.group("named")
        if kind is not None and kind.lower() in _EATERIES and all(w.lower() in _CUISINES for w in named):
            continue  # "the Italian Restaurant"
        if match.group("named") is not None and not _named(text[words[cut].start() : match.end()]):
            continue  # "Argument Clinic", "Free Software Foundation" ("Institute of Technology Karnataka" is one)
        out.append(Span(words[cut].start(), match.end(), "ORGANIZATION", SCORE_INSTITUTION, "names"))
    return out


def find_orgs(text: str) -> list[Span]:
    """ORGANIZATION spans of legal forms, organization words and three-surname firm names."""
    out: list[Span] = []
    for match in _ORG.finditer(text):
        named = match.group("named")
        weak = named is not None and _WEAK_FORM.search(match.group())
        if weak or match.group("trade") is not None:
            name = named if named is not None else match.group("trade")
            if all(
                ordinary_word(w) or w in TECH_WORDS or platform_name(w) for w in regex.findall(r"[\p{L}\p{M}]+", name)
            ):
                continue  # "Support Group", "Data Analytics", "Redis Software", "AWS Certified Solutions"
        if _COMPASS_FORM.search(match.group()) and _plain_word_before(match.group()):
            continue  # "Wind SE 7 km/h": a compass point, no Societas Europaea
        strong = named is not None and not weak
        score = SCORE_FORM if strong else SCORE_ORG
        out.append(Span(match.start(), match.end(), "ORGANIZATION", score, "names"))
        if named is not None and ", " in named:
            # "Contact: Benedikt Schäfer, Schäfer Metallbau GmbH": the name after the last comma
            # alone too, for when an earlier stage took a person's name before it
            out.append(Span(match.start("named") + named.rindex(", ") + 2, match.end(), "ORGANIZATION", score, "names"))
    out.extend(_institutions(text))
    if any(hint in text for hint in _LOCAL_HINTS):  # "Petridis Heating", "Oak Ridge Middle School"
        out.extend(_institutions(text, _LOCAL_INSTITUTION))
    for match in _SHOP.finditer(text):
        name = match.group("name")
        # after a French, Italian, German or Spanish word (Maison Lumière), a word of that language
        # names the shop; after Café, Hotel or Restaurant, an English one does not (Café Menu)
        foreign = match.group("english") is None
        if _named(name) or (foreign and not all(w.lower() in english_words() for w in words_of(name))):
            out.append(Span(match.start(), match.end(), "ORGANIZATION", SCORE_INSTITUTION, "names"))
    out.extend(_local_orgs(text))
    for match in _FIRM.finditer(text):
        if all(w in last_names() for w in match.groups()):
            out.append(Span(match.start(), match.end(), "ORGANIZATION", SCORE_FIRM, "names"))
    if " & " in text:
        for match in _PAIR_FIRM.finditer(text):
            if _family_pair(match.group("a"), match.group("b")):
                out.append(Span(match.start(), match.end(), "ORGANIZATION", SCORE_PAIR_FIRM, "names"))
    if ":" in text and any(k in text for k in _CONTACT_HINTS):
        out.extend(_contact_orgs(text))
    if "(" in text and ("from" in text or "FROM" in text or "From" in text):
        out.extend(_senders(text))
    if "\n" in text:
        out.extend(_signature_orgs(text))
    if " its " in text or " incorporated " in text or " organized " in text or " organised " in text:
        out.extend(_contract_parties(text))
    seen: set[tuple[int, int]] = set()
    return [s for s in out if (s.start, s.end) not in seen and not seen.add((s.start, s.end))]

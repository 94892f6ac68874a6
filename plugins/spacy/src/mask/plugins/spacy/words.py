"""Words of a text as the name and town rules read them, and the vocabulary both share."""

from __future__ import annotations

import regex

from .gazetteer import KEY_WORD
from .wordlists import word_set

__all__ = [
    "ADDRESSED_AFTER",
    "DESCRIBED_BEFORE",
    "KIN_WORDS",
    "NAME_PARTICLES",
    "PARTICLES",
    "ROLE_WORDS",
    "Token",
    "adjacent",
    "capitalised",
    "touches_code",
    "word_tokens",
]

ROLE_WORDS = word_set(
    """
    customer client patient tenant applicant passenger guest caller employee contractor member subscriber
    policyholder claimant beneficiary cardholder debtor borrower resident student candidate
    driver courier rider technician nurse caregiver carer nanny tutor therapist landlord landlady
    recipient sender seller buyer host receptionist pharmacist plumber electrician cleaner instructor
    agent rep representative advisor adviser supervisor operator pt witness victim suspect officer detective
    guide waiter waitress bartender barista chef doctor dentist teacher coach trainer mechanic
    magistrate judge justice senator governor councillor sheriff constable inspector sergeant commissioner
    cliente clienta paciente inquilino inquilina pasajero pasajera empleado empleada
    patiente locataire passager passagère salarié salariée
    kunde kundin patientin mieter mieterin fahrgast mitarbeiter mitarbeiterin
    paziente inquilina dipendente passeggero passeggera
    técnico técnica tecnico tecnica conductor repartidor repartidora enfermero enfermera
    technicien technicienne livreur livreuse chauffeur infirmier infirmière
    techniker technikerin fahrer fahrerin kurier pfleger pflegerin
    autista corriere infermiere infermiera
    motorista entregador entregadora enfermeiro enfermeira
    operatore operatrice agente atendente asesor asesora conseiller conseillère sachbearbeiter sachbearbeiterin
    """
)
"""Words that name a person's role just before their name (compared lower-cased)."""

KIN_WORDS = word_set(
    """
    partner wife husband spouse son daughter mother father mum mom dad brother sister fiancé fiancée fiance
    fiancee boyfriend girlfriend colleague coworker co-worker friend neighbour neighbor flatmate roommate
    sis bro hubby bf gf cousin niece nephew aunt auntie uncle grandma grandpa grandmother grandfather
    esposa esposo marido mujer hijo hija madre padre hermano hermana novio novia compañero compañera amigo amiga
    épouse époux mari femme fils fille mère père frère sœur soeur conjoint conjointe collègue ami amie
    ehefrau ehemann frau mann sohn tochter mutter vater bruder schwester partnerin kollege kollegin freund freundin
    moglie marito figlio figlia madre padre fratello sorella collega amico amica
    esposa marido filho filha mãe pai irmão irmã colega amigo amiga
    vecino vecina primo prima tío tía voisin voisine cousine nachbar nachbarin vicino vicina cugino cugina
    vizinho vizinha tio tia avô avó sobrinho sobrinha neto neta
    abuelo abuela sobrino sobrina nieto nieta oncle tante neveu nièce onkel neffe nichte zio zia nonno nonna
    vrouw echtgenote echtgenoot zoon dochter moeder vader broer zus vriend vriendin collega buurman buurvrouw
    oom tante opa oma
    kuya tita tito lola lolo manang manong bhai bhaiya didi aunty mama papa mummy daddy granny nana nanna
    """
)
"""Words that name a person by their tie to someone (``partner Mathilde``, ``my colleague Grace``):
the first name after them is a name even when it is an ordinary word too (compared lower-cased)."""

OWNERS = word_set(
    """
    my his her our their your mi mis su sus tu tus nuestro nuestra mon ma mes son sa ses notre votre leur
    mein meine meinen meiner sein seine seinen ihr ihre ihren unser unsere il la mio mia suo sua o a meu minha
    seu sua mijn zijn haar onze jouw uw hun
    """
)
"""Possessives before a tie (``his sister Funmi``, Dutch ``haar zus Sanne``), compared lower-cased."""

PARTICLES = word_set("de da di do dos das del della van von der den du la le y e bin ibn al ten ter zu")
"""Lower-case words inside a name (``Ludwig van Beethoven``, ``Maria de la Cruz``)."""

CODE_EDGE = frozenset("/\\_@=.:#$<>[]{}`|~^")
"""A character touching a word on either side makes it code (``Europe/Paris``, ``user.Name``)."""

Token = tuple[int, int, str]


def word_tokens(text: str) -> list[Token]:
    """``(start, end, word)`` of every word of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in KEY_WORD.finditer(text)]


def capitalised(word: str) -> bool:
    """The word starts with a capital and is not all capitals."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def touches_code(text: str, start: int, end: int) -> bool:
    """A character of code touches ``text[start:end]`` (``Europe/Paris``, ``user.Name``)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in CODE_EDGE:
        return True
    if after == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True
    return after in CODE_EDGE and after not in ".:"


def adjacent(text: str, left: Token, right: Token) -> bool:
    """Only one to three blanks lie between the two words."""
    gap = text[left[1] : right[0]]
    return 0 < len(gap) <= 3 and gap.strip(" \t") == ""


ADDRESSED_AFTER = regex.compile(
    r",[ ](?:your|you|we|i|please|thanks|thank|just|our|remember|welcome|kindly|don't|do)\b", regex.IGNORECASE
)
"""What follows a name that someone is addressed by (``Reminder: Otto, your appointment``,
``Grace, please confirm``)."""

DESCRIBED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:der|die|das|den|dem|ein|eine|einen|einem|el|la|los|las|le|les|il|lo|gli|un|una|uno|het|een)"
    r"[ ]\p{Ll}{3,}[ ]$"
)
"""An article and an adjective of another language before a word (``Der letzte Zug``, ``il
prossimo Treno``): the word is a common noun there, not a town it spells (``Zug``); a place
takes no adjective between an article and itself so often (``die Schweiz`` takes none)."""

NAME_PARTICLES = "da|de|do|dos|das|del|della|di|du|van|von|der|den|ten|ter"
"""The particles of a family name (``Francisca do Jesus``, ``Amber van Kuijc``), as a regex alternation."""

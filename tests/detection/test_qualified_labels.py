"""A label with a qualifier between its words and its separator: what the value is for or whose it
is, in Spanish, French, German, Portuguese, Italian, Dutch, Indonesian and English
(``Matr\u00edcula de la furgoneta:``, ``Geburtsdatum zur Verifizierung:``, ``Nome do titular do
cart\u00e3o:``, ``NIK pengirim 3174...``). A name's label qualified by a thing names the thing
(``Der Name des Projekts:``), a holder's only by what they hold (``Titular de la noticia`` is a
headline); prose without a separator stays."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        # what the value is for, or of which thing
        ("Matr\u00edcula de la furgoneta: 4821 KLM", "4821 KLM", "VEHICLE_ID"),
        ("Matr\u00edcula del veh\u00edculo: 4821 KLM", "4821 KLM", "VEHICLE_ID"),
        ("Kennzeichen des Fahrzeugs: B-AB 1234", "B-AB 1234", "VEHICLE_ID"),
        ("Targa del veicolo: AB123CD", "AB123CD", "VEHICLE_ID"),
        ("Licence plate of the van: 4821 KLM", "4821 KLM", "VEHICLE_ID"),
        ("Geburtsdatum zur Verifizierung: 14.03.1986", "14.03.1986", "DATE_TIME"),
        ("Fecha de nacimiento para verificaci\u00f3n: 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Date de naissance pour v\u00e9rification : 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Data di nascita per verifica: 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Tanggal lahir untuk verifikasi: 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Date of birth for verification: 03/04/1986", "03/04/1986", "DATE_TIME"),
        # whose value it is
        ("Fecha de nacimiento del asegurado: 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Fecha de nacimiento de la asegurada: 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Data di nascita del paziente: 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Data di nascita dell'assicurato: 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Data de nascimento do segurado: 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Geburtsdatum des Patienten: 14.03.1986", "14.03.1986", "DATE_TIME"),
        ("Geburtsdatum des Versicherten: 14.03.1986", "14.03.1986", "DATE_TIME"),
        ("Geboortedatum van de pati\u00ebnt: 03-04-1986", "03-04-1986", "DATE_TIME"),
        ("Date of birth of the patient: 03/04/1986", "03/04/1986", "DATE_TIME"),
        ("Num\u00e9ro de t\u00e9l\u00e9phone du conjoint : 06 12 34 56 78", "06 12 34 56 78", "PHONE_NUMBER"),
        ("N\u00famero de pasaporte del solicitante: X1234567", "X1234567", "US_PASSPORT"),
        # Indonesian: whose value it is right after the label
        ("NIK pengirim 3174051203860002", "3174051203860002", "NATIONAL_ID"),
        ("No. KTP pemohon: 3174051203860002", "3174051203860002", "NATIONAL_ID"),
        ("No. KTP: 3174051203860002", "3174051203860002", "NATIONAL_ID"),
        # a holder of what they hold
        ("Nome do titular do cart\u00e3o: Jo\u00e3o Silva", "Jo\u00e3o Silva", "PERSON"),
        ("Titular do cart\u00e3o: Jo\u00e3o Silva", "Jo\u00e3o Silva", "PERSON"),
        ("Nom du titulaire de la carte : Jean Dupont", "Jean Dupont", "PERSON"),
        ("Titulaire du compte : Jean Dupont", "Jean Dupont", "PERSON"),
        ("Name des Karteninhabers: Hans M\u00fcller", "Hans M\u00fcller", "PERSON"),
        ("Inhaber des Kontos: Hans M\u00fcller", "Hans M\u00fcller", "PERSON"),
        ("Name des Kunden: Hans M\u00fcller", "Hans M\u00fcller", "PERSON"),
        ("Intestatario del conto: Mario Rossi", "Mario Rossi", "PERSON"),
        ("Intestatario della carta: Mario Rossi", "Mario Rossi", "PERSON"),
        ("Nome dell'intestatario della carta: Mario Rossi", "Mario Rossi", "PERSON"),
        ("Nombre del titular de la tarjeta: Mar\u00eda Garc\u00eda", "Mar\u00eda Garc\u00eda", "PERSON"),
        ("Naam van de rekeninghouder: Jan de Vries", "Jan de Vries", "PERSON"),
        ("Nama pemegang kartu: Budi Santoso", "Budi Santoso", "PERSON"),
    ],
)
def test_a_qualified_label_protects_its_value(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "La matr\u00edcula de la universidad cuesta 300 euros",
        "Matr\u00edcula de la universidad: 2.500 euros",
        "Matr\u00edcula de honor para el curso 2024",
        "Der Name des Projekts: Apollo",
        "Der Name der Rose: Umberto Eco",
        "Nome do produto: Caf\u00e9 Especial",
        "Nome do projeto: Apollo Nove",
        "Nome do arquivo: Relatorio Final",
        "Nombre del archivo: Informe Anual",
        "Nombre del producto: Caf\u00e9 Especial",
        "Nom du fichier : rapport final",
        "Nome del progetto: Apollo Nove",
        "Naam van het project: Apollo",
        "Name of the product: Galaxy Note",
        "Name of the song: Yellow Submarine",
        "Titular de la noticia: Grandes Cambios",
        "Titular del equipo: Juan P\u00e9rez",
        "Titulaire du poste : Directeur Commercial",
        "Inhaber des Rekords: Usain Bolt",
        "N\u00famero de pedido del cliente: 4821",
        "Fecha de entrega del pedido: 03/04/2024",
        "Date de livraison de la commande : 03/04/2024",
        "Fecha de la reuni\u00f3n: 03/04/2024",
        "Date of the meeting: 03/04/2024",
        "Geburtsdatum f\u00fcr alle Teilnehmer: bitte angeben",
        "Die Nummer des Zimmers: 204",
    ],
)
def test_a_thing_named_or_prose_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text

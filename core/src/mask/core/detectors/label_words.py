"""The label vocabulary as data: field names and labels that name an entity type.

English plus the common Spanish, French, German, Portuguese and Italian field names. A
phrase is written as people write it; keys are matched after the same normalization
(snake, camel and kebab case, spaces, dots, case and accents are all one form:
``billingPhone``, ``phone_no``, ``Teléfono`` and ``postal-code`` all resolve). ``[labels]``
in the config adds phrases (see :mod:`.labels`).
"""

from __future__ import annotations

__all__ = [
    "ANY_CASE_LABELS",
    "CAPITALS_ONLY",
    "CUSTOM_FIELD_PREFIXES",
    "FIELD_ONLY",
    "PREPOSITIONS",
    "PROGRAMME_KEYS",
    "QUALIFIERS",
    "HOLDERS",
    "INSTRUMENTS",
    "POSTPOSED_OWNERS",
    "GENERIC_KEYS",
    "HOUSE_NUMBER_LABELS",
    "LABELS",
    "LIST_LABELS",
    "MODIFIERS",
    "NOT_IN_LOWER_NAMES",
    "NOT_LABELS",
    "NUMERIC_TYPES",
    "OWNERS",
    "PEOPLE_TABLES",
    "PERSON_STOP_WORDS",
    "PLACEHOLDER_WORDS",
    "SALES_REGIONS",
    "SERVICE_ACCOUNTS",
    "SERVICE_LOGIN_WORDS",
    "STOP_VALUES",
    "ON_RECORD",
    "SUFFIXES",
    "TEXT_ONLY",
    "THING_KEYS",
    "THING_NAME_QUALIFIERS",
    "GOODS_KEYS",
    "TYPE_KEYS",
    "VIRTUAL_VENUES",
    "CLOUD_REGION_AREAS",
    "CLOUD_REGION_POINTS",
    "WITH_WORDS",
    "ATTESTED",
    "AT_INTENSITIES",
]


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split("|") if p.strip())


LABELS: dict[str, tuple[str, ...]] = {
    "PERSON": _split(
        "姓名|名前|氏名|お名前|이름|성명|имя|фио|фамилия|имя и фамилия|الاسم|الاسم الكامل|नाम|họ tên|họ và tên"
        "|ชื่อ|ชื่อ นามสกุล|ad soyad|isim|name|full name|fullname|first name|firstname|last name|lastname|middle name|middlename|given name"
        "|fname|lname|mname|full nm|first nm|last nm"
        "|givenname|family name|familyname|surname|forename|display name|legal name|preferred name"
        "|maiden name|nickname|customer|customer name|contact|contact name|contact person|patient|employee"
        "|author|assignee|reporter|requester|requestor|recipient|sender|owner|holder|cardholder|card holder"
        "|account holder|account name|beneficiary|payee|payer|guest|passenger|traveler|traveller|member"
        "|applicant|signatory|attendee|candidate|student|spouse|guardian|next of kin|emergency contact"
        "|attention|attn|addressee|insured|policyholder|policy holder|driver|buyer|seller name"
        "|driver assigned|assigned driver"
        "|person|people|caller|consignee|resident|organizer|organiser|physician|doctor|dentist|nurse|technician"
        "|representative|account manager|case manager|line manager|supervisor|witness|assigned to"
        "|approved by|signed by|requested by|submitted by|ordered by|booked by|referred by|prepared by"
        "|reviewed by|acked by|tested by|reported by|suggested by|co authored by|signed off by|helped by"
        "|attendees|participants|present|apologies|absent|absentees|chair|chaired by|minutes taken by"
        "|note taker|minute taker|nok"
        "|pcp|attending|attending physician|referring physician|primary care physician|claimant|subscriber"
        "|rep|account rep|team lead|tech lead|indn|ind name"  # INDN: an ACH entry's individual name
        "|name on card|guarantor|sales rep|sales representative|attorney|lawyer|solicitor"
        "|notary|prescriber|prescribing physician|borrower|co borrower|lessee|lessor"
        # the parties of a court case; a school's pupil (a learner on the Philippines' and South
        # Africa's forms)
        "|defendant|plaintiff|respondent|appellant|petitioner|learner|learner name|pupil|pupil name"
        "|manager|manager name|agent name|teacher|approver|reviewer|landlord|landlady|parent name|broker"
        "|realtor|caregiver|carer|employee name|staff name|advisor|adviser|counselor|counsellor|therapist"
        "|pharmacist|surgeon|coach|instructor|tutor|mentor|recruiter|interviewer|interviewee|candidate name"
        "|applicant name|author name|owner name|purchaser|remitter|sender name|recipient name|shipper name"
        "|cardholder name|holder name|insured name|subscriber name|member name|patient name|student name"
        "|passenger name|guest name|traveler name|traveller name|buyer name|payer name|payee name"
        "|kundenname|nom du client|titular de la cuenta|interlocutor"
        # who a label's value belongs to, after a preposition (Fecha de nacimiento del asegurado,
        # Numero de telephone du conjoint, Data di nascita dell'assicurato) or, in Indonesian, right
        # after the label (NIK pengirim, No. KTP pemohon: the sender's, the applicant's)
        "|asegurado|asegurada|solicitante|tomador|conyuge|titulaire|assure|assuree|conjoint|conjointe"
        "|souscripteur|demandeur|versicherte|versicherter|antragsteller|ehepartner|segurado|segurada"
        "|conjuge|requerente|assicurato|assicurata|coniuge|richiedente|contraente|houder|rekeninghouder"
        "|kaarthouder|pashouder|aanvrager|verzekerde|echtgenoot|echtgenote|pasien|pelanggan|nasabah"
        "|pengirim|penerima|pemohon|peserta|tertanggung|pemegang kartu|pemegang rekening|pemilik rekening"
        "|assistant name|secretary name|child name|dependent name|dependant name|mothers maiden name"
        "|mother maiden name|executor|trustee|nominee|receiver name|consignee name|addressee name"
        # Spanish
        "|nombre|nombre completo|nombres|apellido|apellidos|primer apellido|segundo apellido|cliente"
        "|paciente|empleado|titular|destinatario|remitente|autor|contacto|beneficiario|pasajero|huesped"
        # French
        "|nom|prenom|nom complet|nom de famille|employe|destinataire|expediteur|auteur|beneficiaire|passager"
        # German
        "|vorname|nachname|familienname|vollstandiger name|vollstaendiger name|kunde|mitarbeiter|inhaber"
        "|empfanger|empfaenger|absender|ansprechpartner|kontoinhaber|karteninhaber"
        # Portuguese
        "|nome|nome completo|sobrenome|apelido|funcionario|destinatario|remetente|beneficiario|passageiro|hospede"
        # Italian
        "|cognome|paziente|dipendente|titolare|mittente|autore|intestatario|passeggero|ospite"
        # Greek
        "|ονομα|επωνυμο|ονοματεπωνυμο"
        # Dutch, the Nordic languages, Polish, Czech, Turkish, Finnish, Hungarian, Romanian, Indonesian
        "|achternaam|voornaam|voornamen|naam|volledige naam|passagier|reiziger|fornamn|efternamn|namn|fornavn|etternavn|efternavn"
        "|navn|klant|klient|kund|asiakas|zakaznik|imie|imiona|nazwisko|imie i nazwisko|jmeno|prijmeni|ad\u0131|soyad\u0131|ad\u0131 soyad\u0131|ad soyad\u0131|isim soyisim"
        "|etunimi|sukunimi|nimi|vezeteknev|keresztnev|nume|prenume|nume complet|nama|nama lengkap"
        # a consignee, a contact, a customer in Chinese, Japanese, Korean, Russian, Arabic, Hebrew
        "|收货人|收件人|联系人|客户姓名|顾客姓名|お客様名|顧客名|고객명|수령인|받는 사람|получатель|клиент|اسم العميل|שם"
        # a name's reading in kana, an account's holder (口座名義) in Japanese; an employee's name, an
        # account's holder (예금주) in Korean; a sender, a payer, an applicant in Russian and Ukrainian,
        # the full name of a Ukrainian form (прізвище, ім'я, по батькові); a beneficiary and a sender
        # in Arabic; Vietnamese, Malay, Tagalog names of a customer, a recipient, a sender, a holder
        "|フリガナ|ふりがな|氏名カナ|口座名義|口座名義人|名義人|사원명|직원명|예금주|성함|수취인|신청인"
        "|отправитель|плательщик|заявитель|заемщик|фио полностью|відправник|одержувач|отримувач|платник"
        "|заявник|піб|прізвище|по батькові|прізвище ім'я по батькові"
        "|\u0627\u0644\u0645\u0633\u062a\u0641\u064a\u062f|\u0627\u0633\u0645 \u0627\u0644\u0645\u0633\u062a\u0641\u064a\u062f"
        "|\u0627\u0644\u0645\u062d\u0648\u0644|\u0627\u0644\u0645\u0631\u0633\u0644|\u0627\u0633\u0645 \u0627\u0644\u0645\u0631\u0633\u0644"
        "|khách hàng|tên khách hàng|người nhận|người gửi|chủ tài khoản|tên chủ tài khoản"
        "|nama penuh|nama penerima|pekerja|pangalan|buong pangalan|pangalan ng aplikante|aplikante"
        "|person to notify|person to contact"
        # whose value a Russian or Ukrainian label names, after it (Счёт получателя, the recipient's)
        "|получателя|отправителя|заявителя|плательщика|клиента|одержувача|відправника|отримувача|заявника"
        "|платника|\u0644\u0644\u0645\u062d\u0648\u0644|\u0644\u0644\u0645\u0633\u062a\u0641\u064a\u062f"
        # a surname and a customer in Turkish (beside soyad, ad is the given name: FieldPath.surname);
        # Polish and Catalan full names written surname first or with i (and)
        "|soyad|soyadi|soyisim|musteri|nazwisko i imie|nom i cognoms|cognoms"
        # a CRM's record owner, a user of the CRM (a sales rep's name, or login: ACCOUNT_HOLDERS)
        "|crm owner|account owner|record owner|deal owner|lead owner|case owner|contact owner"
    ),
    "ORGANIZATION": _split(
        "公司|公司名称|单位|工作单位|会社|会社名|勤務先|회사|회사명|직장|компания|организация|место работы"
        "|الشركة|जहाँ काम|công ty|บริษัท|sirket|company|company name|organization|organisation|organization name|organisation name|employer"
        "|employer name|business name|bank name|vendor name|merchant name|school name|firm"
        "|org|org name|institution|institution name|affiliation|workplace|agency|insurer|supplier"
        "|empresa|nombre de la empresa|razon social|entreprise|societe|raison sociale|nom de l entreprise"
        "|companhia|compania|compagnie|compagnia"
        "|firma|firmenname|unternehmen|arbeitgeber|nome da empresa|azienda|societa|ditta|ragione sociale"
        "|bank|merchant|creditor|lender|school|university|hospital|clinic|empregador|datore di lavoro"
        "|bedrijf|bedrijfsnaam|werkgever|foretag|arbetsgivare|arbejdsgiver|virksomhed|yritys|tyonantaja"
        "|spolecnost|zamestnavatel|pracodawca|nazwa firmy"
    ),
    "STREET_ADDRESS": _split(
        "地址|住址|详细地址|住所|주소|адрес|адреса|العنوان|पता|địa chỉ|ที่อยู่|adresi|address|street|street address|street name|line 1|line 2|line 3|address line|address 1|address 2"
        "|address line 1|address line 2|addr|addr 1|addr 2|mailing address|postal address|delivery address"
        "|ship to|bill to|deliver to|residence|street line|street 1|street 2"
        "|direccion|calle|domicilio|direccion postal|adresse|rue|voie|adresse postale|strasse|anschrift"
        "|strasse und hausnummer|endereco|rua|morada|logradouro|indirizzo|via"
        "|adres|adresa|adress|osoite|lakcim|bydliste|ulica|ulice|straat|huisadres|postadres|gatuadress"
        "|cim|alamat|tirahan|διευθυνση|οδος|dia chi"
        "|house number|house no|h no|door no|door number|flat no|plot no"  # India's H.No. 12-3-456
        "|house nr|hausnummer|hausnr|huisnummer|numero civico|numero da casa|numero de casa"
        "|straatnaam|straatnaam en huisnummer|strassenname|strasse und nr|nombre de la calle|nom de rue"
        "|nome da rua|gatunamn|gatenavn|vejnavn"
        # Ghana's digital address (GhanaPost GPS: GA-183-4472), a home's code
        "|digital address|gps address|ghanapost gps|ghana post gps|ghanapost gps address|ghana post gps address"
    ),
    "LOCATION": _split(
        "城市|所在城市|籍贯|出生地|都市|市区町村|出身地|도시|출생지|город|место рождения|المدينة|مكان الميلاد"
        "|शहर|thành phố|quê quán|เมือง|จังหวัด|sehir|city|town|village|state|region|province|county|country|locality|municipality|city name"
        "|country name|state name|place of birth|birthplace|birth place|city of birth|country of birth"
        "|location|hometown|home town|suburb|district|borough|neighborhood|neighbourhood|place of residence"
        "|bairro|barrio|colonia|quartier|stadtteil|ortsteil|wijk|quartiere|frazione|dzielnica"
        "|city of residence"
        "|country of residence|ciudad|localidad|municipio|provincia|estado|region|pais|lugar de nacimiento"
        "|ville|commune|localite|departement|pays|lieu de naissance|stadt|ort|wohnort|gemeinde|bundesland"
        "|land|geburtsort|cidade|municipio|regiao|localidade|concelho|distrito|naturalidade|citta|comune"
        "|regione|paese|localita|luogo di nascita|administrative unit|administrative area|admin area"
        "|prefecture|都道府県|oblast|область|voivodeship|wojewodztwo|kraj|okres|powiat|gmina|canton|kanton"
        # Dutch, Polish, Czech, Nordic, Finnish, Hungarian, Romanian, Turkish
        "|plaats|woonplaats|geboorteplaats|miasto|miejscowosc|miejsce urodzenia|mesto|obec|stad|kommune"
        "|kaupunki|paikkakunta|kotikunta|varos|telepules|oras|localitate|sehir|ilce|poststed|sted|bynavn|kota|πολη"
        "|gemeente|deelgemeente|municipi"  # a Dutch and Flemish, a Catalan municipality
    ),
    "ZIP_CODE": _split(
        "zip|zipcode|zip code|zip 4|postal|postal code|postalcode|postcode|post code|plz|postleitzahl|cp"
        "|codigo postal|code postal|cep|cap|codice postale|codigo de endereçamento postal"
        "|pincode|postal index number"  # India's postcode ("PIN code" is a card's PIN)
        # Dutch, Nordic, Polish, Czech and Slovak, Finnish, Hungarian, Romanian, Turkish, Indonesian,
        # Greek (T.K.) and Russian (индекс)
        "|postnummer|postnr|kod pocztowy|psc|postinumero|iranyitoszam|cod postal|posta kodu|kode pos"
        "|τ κ|ταχυδρομικος κωδικας|индекс|почтовый индекс"
        # Chinese (simplified and traditional: 邮编 310012, 郵遞區號), Japanese, Korean
        "|邮编|邮政编码|邮递区号|郵編|郵政編碼|郵遞區號|郵便番号|우편번호"
        # Greek TK written without dots; a postcode and its town under one label (Postnr. og by, PLZ/Ort):
        # the town after the postcode is read as a place
        "|τκ|postnr og by|postnummer og by|postnr og sted|postnummer og poststed|postnr og poststed"
        "|postnummer och ort|postnr och ort|plz ort|plz und ort|codi postal"
    ),
    "PHONE_NUMBER": _split(
        "phone|phone number|telephone|telephone number|tel|mobile|mobile phone|mobile number|cell|cellphone"
        "|cell phone|cell number|fax|fax number|contact number|landline|whatsapp|home phone|work phone"
        "|telefono|numero de telefono|movil|celular|fax|telephone portable|portable|numero de telephone"
        "|tel portable|tel fixe|telefon|telefonnummer|handy|handynummer|mobil|mobilnummer|mobiltelefon"
        "|rufnummer|faxnummer|telefone|numero de telefone|telemovel|numero do celular|cellulare"
        "|numero di telefono|numero di cellulare|telefonico|recapito telefonico|numero telefonico|telefonica"
        "|numero de celular|numero de movil|telefone celular|telefone fixo|portable number|callback"
        "|callback number|call back number|call back|phone contact|msisdn"
        "|backup number|alternate number|alternative number|best number|other number|direct line|direct dial"
        "|dial in|dialin|mob|ph|tel no|telephone no|sms"
        "|phones|phone numbers|telephone numbers|contact numbers|mobile numbers|phone nos|tel nos"
        # Chinese, Japanese, Korean, Russian, Ukrainian, Arabic, Hindi, Vietnamese, Thai, Turkish
        "|电话|电话号码|手机|手机号|手机号码|联系电话|联系方式|電話|電話番号|携帯|携帯電話|携帯番号|連絡先"
        "|座机|座機|固话|固話|固定电话|固定電話"  # a Chinese landline (座机 010-8527 3316)
        "|전화|전화번호|휴대폰|휴대전화|연락처|телефон|тел|моб|мобильный|мобильный телефон|номер телефона"
        "|контактный телефон|телефону|هاتف|الهاتف|رقم الهاتف|جوال|الجوال|رقم الجوال|موبايل|फोन|फ़ोन"
        "|मोबाइल|फोन नंबर|मोबाइल नंबर|điện thoại|số điện thoại|sđt|โทร|เบอร์โทร|โทรศัพท์|เบอร์โทรศัพท์"
        "|telefon numarasi|cep telefonu|gsm"
        # Greek, Finnish, Hungarian, Dutch, Filipino
        "|τηλεφωνο|κινητο|puhelin|puhelinnumero|matkapuhelin|telefonszam|mobilszam|telefoonnummer|mobiel"
        "|telefoon|numer telefonu|telepono"
        "|tlf|tlf nr|tlfnr|telefonnr|tel nr|telnr|mobilnr"  # Danish and Norwegian tlf., Nordic -nr
    ),
    "DATE_TIME": _split(
        "出生日期|生日|生年月日|誕生日|생년월일|дата рождения|تاريخ الميلاد|जन्म तिथि|ngày sinh|วันเกิด|dogum tarihi|dob|d o b|date of birth|birth date|birthdate|birthday|bday|b day|bdate|born|born on|fecha de nacimiento"
        "|nacimiento|fecha nacimiento|date de naissance|ne le|nee le|geburtsdatum|geburtstag|geboren am"
        "|data de nascimento|nascimento|data di nascita|nato il|nata il"
        "|geboortedatum|data urodzenia|datum narozeni|fodelsedatum|fodselsdato|syntymaaika|szuletesi datum"
        "|szuletesi ido|data nasterii|dogum tarihi|year of birth|birth year|birthyear|yob|ano de nascimento"
        "|ano nascimento|ano de nacimiento|annee de naissance|geburtsjahr|anno di nascita"
        # abbreviated on forms: German geb. (geboren), Spanish fecha nac., Portuguese and Italian data nasc.
        "|geb|geb am|fecha nac|f nac|fec nac|data nasc|dt nasc|dt nascita|data di nasc"
        # a column of an export or a mainframe's record (BIRTH-DT, birth_dt, DT_OF_BIRTH)
        "|birth dt|dt birth|dt of birth|dob dt"
        # "I was born" before the date, as people write it
        "|nasci em|nasceu em|nacido el|nacida el|naci el|nata il|nato il|urodzony|urodzona|urodzilam sie"
        "|urodzilem sie|urodzil sie|urodzila sie|urodziłam się|urodziłem się|urodził się|urodziła się"
        "|narozen|narozena|jag foddes|foddes|fodd|fodt|syntynyt|szuletett"
        # Spanish "(he, she) was born on", Portuguese "has a birthday on" and "birthday date" (not
        # "aniversário" alone: an anniversary too), Vietnamese sinh ngày ("born on the day")
        "|nacio el|faz aniversario em|fez aniversario em|data de aniversario|sinh ngay|sinh vao ngay"
        # Turkish "my birth date", Indonesian "date of birth" and "born", Polish ur. (urodzony)
        "|dogum tarihim|tanggal lahir|tgl lahir|tgl lhr|lahir|lahir pada|ur|data ur"
        # Ukrainian, Malay, Tagalog; Indonesian's place and date of birth (Tempat/Tgl Lahir: KOTA, 23-09-1985)
        "|дата народження|tarikh lahir|petsa ng kapanganakan|kapanganakan|kaarawan|tempat tanggal lahir|ttl"
        "|data de naixement|data naixement|naixement|nascut el|nascuda el"  # Catalan
    ),
    "US_BANK_NUMBER": _split(
        "account|account number|acct|acct no|bank account|bank account number|checking account"
        "|savings account|cuenta|numero de cuenta|cuenta bancaria|compte|numero de compte|compte bancaire"
        "|konto|kontonummer|bankkonto|conta|numero da conta|conta bancaria|conto|numero di conto"
        "|conto corrente|rekeningnummer|numer konta|cislo uctu|tilinumero|szamlaszam|bban"
        "|basic bank account number"
        "|dfi account|dfi acct|dfi account number"  # a NACHA (ACH) entry's DFI Account Number (dfiAcct)
        "|acc|acc no|acc number|a c|a c no"  # Acc 12345678, A/C No: ...
        "|clabe|cuenta clabe|clabe interbancaria"  # Mexico's 18-digit account
        "|so tai khoan|stk"  # Vietnamese: số tài khoản
        "|dda|dda number|demand deposit account|conta corrente|numero da conta corrente|conta poupanca"
        "|rib|releve d identite bancaire"
        "|cbu|cbu destino|cvu"  # Argentina's 22-digit account
        "|rekening|no rekening|nomor rekening|no rek|norek"  # Indonesian (and Dutch) account  # France: bank, branch, account and key (30004 00550 00123456789 12)
        # where a transfer goes and comes from (Rekening Tujuan: BCA 0372881904), Malay's akaun,
        # Vietnamese tài khoản; Japanese, Korean and Chinese accounts; Russian and Ukrainian ones
        "|rekening tujuan|rekening sumber|rekening penerima|rekening pengirim|akaun|no akaun|nombor akaun"
        "|akaun bank|no akaun bank|tai khoan|so tai khoan nhan|口座番号|口座|振込口座|계좌|계좌번호|환불 계좌"
        "|입금 계좌|银行账号|银行账户|收款账号|账号|帳號|銀行帳號|номер счета|расчетный счет|лицевой счет"
        "|счет получателя|счет отправителя|номер рахунку|банковский счет"  # a bare счёт is an invoice too
        "|kontonr|konto nr"  # the Nordic account number as forms abbreviate it (Kontonr.)
        # a mobile wallet's account, named after its service: Nigeria's OPay, PalmPay and Moniepoint,
        # Colombia's Nequi and Daviplata (cuenta_nequi: 3104827719)
        "|opay|opay account|palmpay|palmpay account|moniepoint|moniepoint account|nequi|cuenta nequi"
        "|numero nequi|daviplata|cuenta daviplata|numero daviplata"
    ),
    "ABA_ROUTING_NUMBER": _split(
        "routing|routing number|aba|aba number|rtn|routing transit number|bank routing|rt|r t|routing transit|transit routing|aba routing"
        "|rtng|rtg|routing no|routing num|aba no"
        # a NACHA (ACH) entry's receiving and originating banks: their DFI identification is the
        # routing number (RDFI Routing, rdfiRouting, ODFI ID)
        "|rdfi|rdfi routing|rdfi id|receiving dfi|receiving dfi id|receiving dfi identification"
        "|odfi|odfi routing|odfi id|originating dfi|originating dfi id|originating dfi identification"
    ),
    "IBAN_CODE": _split("iban|iban number|iban code"),
    # Codes that route a payment to a bank or branch outside the US (the ABA number's peers).
    "BANK_CODE": _split(
        "sort code|sortcode|sort code number|bsb|bsb number|bsb code|ifsc|ifsc code|transit number"
        "|branch transit number|institution number|financial institution number|bank code|branch code"
        "|bank branch code|blz|bankleitzahl|code banque|code guichet|codigo de banco|codigo de sucursal"
        "|codice abi|codice cab|abi cab|numero de agencia|agencia|clearing number|clearingnummer"
        "|registreringsnummer|reg nr|routing code|bank routing code|national bank code"
    ),
    "SWIFT_CODE": _split(
        "swift|swift code|swift bic|bic|bic code|bic swift|swift bic code|bank identifier code"
        "|business identifier code|codigo swift|codigo bic|code swift|code bic|codice swift|codice bic"
    ),
    # A secret that authenticates, as a password does: a card's security code, a PIN, a one-time code.
    "PASSWORD": _split(
        "cvv|cvv2|cvc|cvc2|csc|security code|card security code|card verification code|card verification value"
        "|pin|pin code|pin number|passcode|otp|otp code|one time password|one time code|one time passcode"
        "|verification code|2fa code|mfa code|auth code|sms code|codigo de seguridad|code de securite"
        "|cryptogramme|prufnummer|codice di sicurezza|codigo de verificacao|codigo de verificacion"
        "|code de verification|bestatigungscode|codice di verifica"
    ),
    "CREDIT_CARD": _split(
        "card|card number|credit card|credit card number|debit card|cc|cc number|pan|payment card"
        "|tarjeta|numero de tarjeta|tarjeta de credito|carte|numero de carte|carte bancaire|carte de credit"
        "|karte|kartennummer|kreditkarte|kreditkartennummer|cartao|numero do cartao|cartao de credito"
        "|carta|numero di carta|numero della carta|carta di credito"
        # Dutch, Polish, Turkish, Swedish; Russian and Ukrainian, Greek, Chinese, Japanese, Korean
        "|kaartnummer|creditcard|numer karty|karta|karta kredytowa|kart numarasi|kredi karti|kortnummer|kort"
        "|карта|номер карты|банковская карта|картка|номер картки|καρτα|αριθμος καρτας|卡号|银行卡号|信用卡号"
        "|カード番号|クレジットカード番号|카드번호|카드 번호"
    ),
    "US_SSN": _split("ssn|social security number|social security|social security no|ss number|ssn number|social"),
    "US_ITIN": _split("itin|itin number|individual taxpayer identification number|individual taxpayer id"),
    "US_PASSPORT": _split(
        "passport|passport number|pasaporte|numero de pasaporte|passeport|numero de passeport|reisepass"
        "|reisepassnummer|passnummer|passaporte|numero do passaporte|passaporto|numero di passaporto"
        # Japanese, Korean, Chinese, Russian, Ukrainian
        "|旅券番号|パスポート番号|パスポート|여권번호|여권|护照号|护照号码|護照號碼|паспорт|номер паспорта"
        "|серия и номер паспорта|паспорт гражданина рф|загранпаспорт|номер загранпаспорта|паспорт громадянина"
    ),
    "US_DRIVER_LICENSE": _split(
        "license|licence|driver license|drivers license|driver s license|driver licence|drivers licence"
        "|driving licence|driving license|dl|dl number|license number|licence number|licencia de conducir"
        "|permiso de conducir|carnet de conducir|permis de conduire|numero de permis|fuhrerschein"
        "|fuehrerschein|fuhrerscheinnummer|carteira de motorista|cnh|carta de conducao|patente di guida"
        "|patente|lic no|lic number|licence no|license no"
        # a commercial driver's licence (a truck driver's: CDL)
        "|cdl|cdl number|commercial driver license|commercial drivers license|commercial driver s license"
        "|commercial driver licence|commercial drivers licence|commercial driving licence"
        # Japanese, Korean, Chinese, Tagalog, Russian
        "|運転免許証|運転免許証番号|免許証番号|免許証|운전면허번호|운전면허|면허번호|驾驶证号|驾驶证号码|驾照号"
        "|駕照號碼|lisensya|numero ng lisensya|lisensya sa pagmamaneho|водительское удостоверение"
        "|номер водительского удостоверения|посвідчення водія"
        # Dutch, Polish (een rijbewijs met nummer 5123456789, prawo jazdy nr ...)
        "|rijbewijs|rijbewijsnummer|prawo jazdy|prawem jazdy|numer prawa jazdy"
    ),
    # National identifiers: Presidio's type where it has one, NATIONAL_ID for the rest.
    "UK_NHS": _split("nhs|nhs number|nhs no|chi|chi number|chi no"),  # Scotland's CHI number: ten digits too
    "UK_NINO": _split("nino|national insurance|national insurance number|national insurance no|ni number|ni no|ni"),
    "ES_NIF": _split("dni|nif|numero de dni|documento nacional de identidad"),
    "ES_NIE": _split("nie|numero de nie|numero de identidad de extranjero|numero de identificacion de extranjero"),
    "IT_FISCAL_CODE": _split("codice fiscale|cod fiscale|fiscal code"),
    "IN_AADHAAR": _split("aadhaar|aadhar|aadhaar number|aadhar number|aadhaar no|uid number|uidai number"),
    "IN_PAN": _split("pan card|pan card number|permanent account number|income tax pan"),
    "PL_PESEL": _split("pesel|numer pesel|pesel number"),
    "NATIONAL_ID": _split(
        "national id|national id number|national identity number|national identification number|id number"
        "|numero de registre national|registre national|rijksregisternummer|numero national|insz|niss"
        "|identity number|identification number|identity card|identity card number|id card|id card number"
        "|personal id|personal id number|personal identification number|personal number|citizen id"
        "|government id|tax id|tax identification number|taxpayer id|taxpayer identification number"
        "|ein|fein|employer identification number|federal tax id|federal ein"
        "|social insurance number|social insurance|medicare number|medicare|medicare card|medicare card number"
        "|cpf|bsn|burgerservicenummer|sofinummer"
        "|personnummer|fodselsnummer|cpr|cpr nummer|henkilotunnus|hetu|nric|mykad|hkid|curp|cedula"
        "|cedula de identidad|numero de cedula|numero de identificacion|documento de identidad"
        "|cedula de ciudadania|cedula de extranjeria|documento nacional de identidad|tarjeta de identidad"
        "|numero de documento|numero de seguridad social|nuss|numero de securite sociale|securite sociale"
        "|numero insee|carte d identite|numero de carte d identite|numero fiscal|steuer id|steuerid"
        "|steuer identifikationsnummer|steueridentifikationsnummer|steuerliche identifikationsnummer"
        "|identifikationsnummer|sozialversicherungsnummer|versicherungsnummer|rentenversicherungsnummer"
        "|personalausweisnummer|ausweisnummer|personalausweis|cartao de cidadao|numero de identificacao"
        "|bilhete de identidade|registro geral|carta d identita|numero carta d identita"
        "|numero di identificazione|tessera sanitaria|resident registration number"
        "|sin|rut|rg|nir|nss|rfc|tin|tfn|nik|ktp|svnr"
        # Nigeria, Pakistan, Bangladesh, Argentina, Ireland, the Emirates, Kenya
        "|nin|nin number|national identification number nin|bvn|bank verification number|cnic|cnic number"
        "|nicop|nid|nid number|cuit|cuil|dni cuil|pps|pps number|ppsn|personal public service number"
        "|emirates id|emirates id number|huduma number|id no|id nr|cin|cnie|mykad"
        "|tc kimlik|t c kimlik|tc kimlik numarasi|kimlik numarasi|kimlik|tckn"  # Turkey: T.C. Kimlik No
        "|tc kimlik numaram|kimlik numaram"  # Turkish "my T.C. Kimlik number"
        "|afm|amka"  # Greece: the tax number (AFM) and the social security number (AMKA)
        "|contribuinte|numero de contribuinte|n de contribuinte|contribuinte n|contribuinte no"  # Portugal's NIF
        # in their own scripts: Korea's resident number, Greece's AFM, India's Aadhaar, Israel's
        # teudat zehut, Russia's SNILS and INN, China's resident identity card
        "|주민등록번호|αφμ|αμκα|आधार|आधार संख्या|ת ז|תעודת זהות|снилс|инн|身份证号|身份证号码|身份证"
        # Romania's CNP, Ukraine's RNOKPP, Japan's My Number, Germany's SV-Nummer
        "|cnp|cod numeric personal|rnokpp|individual number|マイナンバー|個人番号|id card no"
        "|sv nummer|sv nr|sozialversicherungs nr"
        "|nip|numer nip"  # Poland's tax number
        "|partita iva|p iva|piva|iva"  # Italy's VAT number (P.IVA), a sole trader's own
        # India: voter card (EPIC), ration card, EPF's universal account number, GST registration
        "|voter id|voter id number|voter card|epic number|epic no|ration card|ration card number|ration card no"
        "|uan|uan number|universal account number|gstin|gst number|gst no|gst registration number"
        # Brazil's voter title and PIS, Mexico's INE voter key, Kenya's KRA PIN, the Philippines' SSS,
        # PhilHealth and UMID, Indonesia's NPWP, Malaysia's IC, Vietnam's CCCD and CMND, Korea's RRN,
        # Saudi Arabia's iqama
        "|titulo eleitor|titulo de eleitor|pis|pis pasep|nis|clave de elector|ine|kra pin|sss|sss no|sss number"
        "|philhealth|philhealth no|philhealth number|umid|npwp|ic|ic no|ic number|nric no|cccd|cmnd|can cuoc"
        "|rrn|resident registration no|iqama|iqama no|iqama number"
        # The Gulf's civil numbers (Kuwait, Oman, Bahrain's CPR above), Qatar's QID, Israel's teudat zehut
        "|civil id|civil id number|civil id no|civil number|civil registration number|qid|qatar id|teudat zehut"
        # a national identity document named with its country's adjective (Mi DNI argentino 30.123.456)
        "|dni argentino|dni argentina|dni peruano|documento argentino|cedula venezolana|cedula colombiana"
        "|cedula ecuatoriana|cedula chilena|cedula uruguaya|cedula dominicana|cedula costarricense|cedula paraguaya"
        # Malaysia's MyKad as a camel-case word, Thailand's and Ghana's identity cards, the Czech and
        # Slovak birth number (rodné číslo)
        "|my kad|thai id|thai id card|thai id number|ghana card|ghana card number|ghana card no|ghanacard"
        "|rodne cislo|rodne c"
        # South Africa's income tax reference; Spain's social security affiliation number (Nº
        # afiliación SS); France's social security number as people say it (n° de sécu, carte Vitale)
        "|income tax ref|income tax reference|income tax reference number|income tax number|income tax no"
        "|tax reference number|tax ref no|afiliacion ss|numero de afiliacion ss|numero afiliacion ss"
        "|afiliacion seguridad social|numero de la seguridad social"
        "|afiliacion a la seguridad social|numero de afiliacion a la seguridad social"
        "|secu|numero de secu|numero secu|carte vitale|numero de carte vitale"
        # Saudi Arabia's national identity and iqama numbers, the civil registry's, in Arabic;
        # Taiwan's and Hong Kong's identity cards in traditional Chinese; Vietnam's citizen card
        "|\u0631\u0642\u0645 \u0627\u0644\u0647\u0648\u064a\u0629|\u0631\u0642\u0645 \u0627\u0644\u0647\u0648\u064a\u0629 \u0627\u0644\u0648\u0637\u0646\u064a\u0629"
        "|\u0627\u0644\u0647\u0648\u064a\u0629 \u0627\u0644\u0648\u0637\u0646\u064a\u0629|\u0627\u0644\u0647\u0648\u064a\u0629"
        "|\u0631\u0642\u0645 \u0627\u0644\u0627\u0642\u0627\u0645\u0629|\u0631\u0642\u0645 \u0627\u0644\u0633\u062c\u0644 \u0627\u0644\u0645\u062f\u0646\u064a"
        "|\u0627\u0644\u0633\u062c\u0644 \u0627\u0644\u0645\u062f\u0646\u064a"
        "|\u8eab\u5206\u8b49|\u8eab\u5206\u8b49\u5b57\u865f|\u8eab\u5206\u8b49\u865f|\u8eab\u5206\u8b49\u865f\u78bc"
        "|\u8eab\u4efd\u8b49|\u8eab\u4efd\u8b49\u865f|\u8eab\u4efd\u8b49\u865f\u78bc|\u9999\u6e2f\u8eab\u4efd\u8b49"
        "|\u7d71\u4e00\u8b49\u865f|\u5c45\u7559\u8b49\u865f|can cuoc cong dan|so cccd"
        # Ukraine's RNOKPP and Russia's INN as their own scripts write them; Indonesia's social
        # insurance (BPJS Ketenagakerjaan); Kenya's NSSF; the Philippines' Pag-IBIG (HDMF) member id
        # and PhilHealth as one word split (PhilHealth); Malaysia's EPF (KWSP) and SOCSO; Vietnam's
        # tax code (mã số thuế); the Emirates' identity card in Arabic
        "|рнокпп|ідентифікаційний код|ідентифікаційний номер|идентификационный номер|инн физического лица"
        "|bpjs ketenagakerjaan|nssf|nssf no|nssf number|pag ibig|pag ibig no|pag ibig mid|pag ibig mid no"
        "|hdmf|hdmf no|phil health|phil health no|phil health number|kwsp|no kwsp|no ahli kwsp|socso|perkeso"
        "|ma so thue|ma so thue ca nhan|mst"
        "|\u0627\u0644\u0647\u0648\u064a\u0629 \u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a\u064a\u0629"
        "|\u0631\u0642\u0645 \u0627\u0644\u0647\u0648\u064a\u0629 \u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a\u064a\u0629"
        # Spain's DNI or NIE under one label (a column holds either); Norway's fødselsnummer abbreviated;
        # Hungary's tax number (adóazonosító jel); Poland's identity card (dowód osobisty) and
        # Romania's (carte de identitate: its series and number, serie și nr. CI)
        "|dni nie|nie dni|nif nie|dni nif|dni o nie|fodselsnr|fodsels nr|adoazonosito|adoazonosito jel"
        "|adoazonosito szam|numer dowodu|numer dowodu osobistego|dowod osobisty|seria i numer dowodu"
        "|carte de identitate|serie ci|serie nr ci|serie si nr ci|serie si numar ci|seria ci"
        # Sri Lanka's national identity card (NIC), Ghana's social security number (SSNIT), Tanzania's
        # national identity number (NIDA), the Philippines' PhilSys card and its numbers (PCN, PSN),
        # Singapore's foreign identification number (FIN); the short ones are field names only, or
        # names of their value's own shape in text (label_contexts)
        "|nic|nic no|nic number|ssnit|ssnit no|ssnit number|nida|nida no|nida number|nida id"
        "|philsys|philsys number|philsys card number|philsys id|philid|pcn|psn|fin|fin no|fin number"
        # Poland's identity card in the instrumental and the locative (legitymujacy sie dowodem
        # osobistym nr ABC123456, w dowodzie osobistym)
        "|dowodem osobistym|dowodzie osobistym|dowodu osobistego"
    ),
    # Health and vehicle identifiers (HIPAA's record, plan and vehicle numbers).
    "MEDICAL_RECORD_NUMBER": _split(
        "mrn|medical record number|medical record no|medical record|patient record number|chart number"
        "|hospital number|hospital no"
        # India's hospital ids: the unique health id (UHID), an in-patient's number (IP No.);
        # Spain's clinical history number (NHC, número de historia clínica)
        "|uhid|uhid no|uhid number|ip no|inpatient no|inpatient number|in patient no|ipd no|nhc|nhc no"
        "|numero de historia clinica|historia clinica|numero de dossier medical|dossier medical"
        "|patientennummer|krankenaktennummer|numero do prontuario|prontuario|numero di cartella clinica"
        # an Italian patient's chart (numero cartella), a Nordic patient's journal number (journalnr)
        "|numero di cartella|cartella clinica|journalnummer|journalnr|journal nr"
    ),
    "HEALTH_PLAN_ID": _split(
        "member id|member number|insurance id|insurance number|health plan id|health plan number"
        "|subscriber id|subscriber number|beneficiary id|policy number|policy no|insurance policy number"
        "|numero de afiliacion|numero de poliza|numero d adherent|versichertennummer|krankenversicherungsnummer"
        "|numero da carteirinha|numero di polizza|policy|policy id|policy ref|insurance policy|insurance no"
        # an insurance claim's number; Nigeria's and Ghana's NHIS numbers; Brazil's Cartão Nacional de
        # Saúde (CNS, its SUS health card)
        "|claim number|claim no|claim id|claim ref|claim reference|insurance claim number"
        "|nhis|nhis no|nhis number|nhis id|cns|numero do cns|cartao nacional de saude|cartao sus"
        # Canada's provincial health cards (Ontario's OHIP, Quebec's RAMQ, BC's personal health number)
        "|health card|health card number|health card no|ohip|ohip number|ohip no|ramq|personal health number"
        "|carte d assurance maladie|numero d assurance maladie"
        # an insurance policy's number in other languages, as English's "policy no" already counts
        "|apolice|numero da apolice|numero de apolice|numero de police|police d assurance|versicherungsscheinnummer"
        "|policennummer|polizza|polis|polis no|polisnummer|numer polisy|police no|police numarasi"
        # Indonesia's BPJS health card, Kenya's NHIF; an insurance policy's number in Chinese, Japanese,
        # Korean
        "|bpjs|bpjs kesehatan|no bpjs|nhif|nhif no|nhif number|保單編號|保單號碼|保单号|保单编号|保险单号"
        "|証券番号|保険証番号|보험증권번호|증권번호"
        # an insurance policy's number in more languages (N\u00b0 adh\u00e9rent: a French mutual's member,
        # Nr. poli\u021b\u0103 RCA: a Romanian car policy); Catalonia's health card (its CIP code)
        "|numero adherent|poliza|polita|numar polita|polita rca|numar polita rca|polita de asigurare"
        "|forsakringsnummer|forsikringsnummer|vakuutusnumero|cislo pojistky|cislo pojistne smlouvy"
        "|kotvenyszam|αριθμος ασφαλιστηριου|sigorta police no|polizzennummer"
        "|codi cip|codigo cip|targeta sanitaria|tarjeta sanitaria|numero de tarjeta sanitaria"
        # Portugal's SNS user number (o numero de utente 187654321): "utente" alone is an Italian login
        "|numero de utente|numero de utente do sns|numero do utente|numero sns|numero do sns"
    ),
    "VEHICLE_ID": _split(
        "license plate|licence plate|plate|plate number|number plate|registration plate|vin|vehicle identification number"
        "|vehicle registration|vehicle registration number|vehicle reg|car reg|car registration|reg plate|vrm|reg"
        "|matricula|placa|plaque d immatriculation|immatriculation|kennzeichen|kfz kennzeichen|targa|chassis number"
        "|plat nomor|nomor polisi|nopol|rego|rego number|registration number plate"
        "|plate no|plate nr|vehicle no|vehicle number|vehicle plate|vehicle plate number|vehicle reg no"
        "|vehicle registration no|car plate|car number plate"
        # a rig's plates on a freight load's tender (tractor_plate, Trailer Plate No)
        "|tractor plate|trailer plate|truck plate|tractor license plate|trailer license plate|truck license plate"
        # Turkish (plaka, arac plakasi), Dutch, Polish, Malay, Portuguese, Spanish, Italian,
        # French, Czech, Hungarian, Romanian, Finnish, Danish, Norwegian, Greek, Russian
        "|plaka|plaka no|plaka numarasi|arac plakasi|arac plaka no|kenteken|kentekennummer|kentekenplaat"
        "|numer rejestracyjny|nr rejestracyjny|numer rejestracyjny pojazdu|tablica rejestracyjna"
        "|no kereta|nombor kereta|no plat|nombor plat|no plat kereta|nombor pendaftaran kenderaan"
        "|placa do veiculo|placa do carro|numero da placa|numero de placa|placa del vehiculo"
        "|numero di targa|targa veicolo|numero d immatriculation|plaque mineralogique|numero de plaque"
        "|registracni znacka|rendszam|numar de inmatriculare|rekisterinumero|nummerplade|skiltnummer"
        "|αριθμος κυκλοφοριας|\u0433\u043e\u0441\u043d\u043e\u043c\u0435\u0440|\u0433\u043e\u0441 \u043d\u043e\u043c\u0435\u0440|номер автомобиля|номерной знак|регистрационный знак"
        # Chinese, Japanese, Korean, Vietnamese, Thai, Arabic
        "|车牌|车牌号|车牌号码|車牌|車牌號碼|車両番号|ナンバープレート|차량번호|차량 번호|자동차 번호|번호판"
        "|biển số|biển số xe|ทะเบียนรถ|เลขทะเบียนรถ|رقم اللوحة|رقم لوحة السيارة"
        # Greek in Latin letters (arithmos kykloforias), a Greek plate (πινακίδα), Italian "plated"
        # (Veicolo targato FG 482 KZ)
        "|arithmos kykloforias|ar kykloforias|pinakida|αριθμος πινακιδας|πινακιδα|targato|targata|veicolo targato"
        # Polish "reg. no." abbreviated and in the locative (samochod o nr rej. WX 12345, o numerze
        # rejestracyjnym)
        "|nr rej|numer rej|numerze rejestracyjnym|nr rejestr"
    ),
    # Numbers an organization gives one person: a school's, an employer's, an airline's.
    "PERSONAL_ID": _split(
        "student id|student number|student no|student id number|matriculation number|matric number"
        "|employee id|employee number|employee no|employee id number|staff id|staff number|staff no"
        "|personnel number|payroll number|payroll id|badge number|badge id|badge no"
        "|frequent flyer number|frequent flyer|ff number|loyalty number|loyalty card number|membership number"
        "|library card number|booking reference|booking ref|booking code|pnr|record locator|reservation code"
        "|numero de estudiante|numero de empleado|numero de matricula de estudiante|numero d etudiant"
        "|numero d employe|numero de matricule|matrikelnummer|personalnummer|mitarbeiternummer"
        "|numero de funcionario|numero de aluno|numero di matricola|matricola|codice dipendente"
        "|emp id|emp no|emp number|emp code|employee code|roll no|roll number|enrollment number|enrolment number"
        "|personeelsnummer|werknemersnummer|anstallningsnummer|ansattnummer"
        "|medarbejdernummer|numer pracownika|numero dipendente|numero de colaborador|matricule employe"
        "|admission number|admission no"
        # a court's case or suit number, tied to its parties (Case No. RG24-118273, SUIT NO: ...)
        "|case no|case number|case nr|suit no|suit number|docket no|docket number"
        # a prescriber's number (Australia's PBS prescriber number); a staff member's card
        "|prescriber number|prescriber no|staff id card|staff card|employee id card|staff id card no"
        "|lrn|learner reference number|learner reference no"  # a pupil's number (the Philippines' 12-digit LRN)
        "|loyalty no|loyalty id|loyalty card|member no|membership no|membership id|borrower id|borrower number"
        "|library card|patron id|microchip|microchip number|microchip no"
        # a traveller's numbers: frequent flyer in other languages, an e-ticket's, the US DHS redress
        # number and Known Traveler Number, a hotel's or an airline's loyalty programme
        "|vielfliegernummer|numero de viajero frecuente|numero de passageiro frequente|numero grand voyageur"
        "|fidelidade|numero fidelidade|programa de fidelidade|numero de fidelite|carte de fidelite"
        "|e ticket number|eticket number|e ticket|eticket|e ticket no"
        "|redress number|redress no|known traveler number|known traveller number|ktn|trusted traveler number"
        "|localizador|codigo de reserva|code de reservation|buchungscode|buchungsnummer|numero di prenotazione"
        # a customer's or subscriber's number with a company (not an id of a record: "customer id")
        "|customer number|customer no|customer nr|kundennummer|kunden nr|numero de cliente|numero cliente"
        "|numero client|reference client|ref client|abone no|abone numarasi|id pelanggan|nomor pelanggan"
        "|subscriber no|numero allocataire|n allocataire"
        "|customer reference|customer ref|customer reference number|customer ref no"
        # the id a company gives a person it deals with: a customer's, a tenant's, a seller's or a
        # buyer's on a marketplace, an employee's reference; an ACH entry's receiver (Receiver ID,
        # NACHA's Individual Identification Number). The id of a record (id, order_id) names no one.
        "|customer id|tenant id|seller id|buyer id|debtor id|employee ref|employee reference|staff ref"
        # a user's id with a service (user_id, userId): the account of one person, as a customer's is
        "|user id"
        # an officer's badge (Sgt. Marcus DeLuca, badge 4471); the last digits of an SSN kept as a key
        # (ssn_last4: "6621"); England's Unique Pupil Number (UPN K801200123456, in capitals in text)
        "|badge|ssn last4|ssn last 4|last4 ssn|last 4 ssn|ssn4|upn|unique pupil number"
        "|receiver id|individual id|individual id number|individual identification number"
        # a practitioner's numbers: the DEA's registration, the US NPI, the UK's GMC and NMC numbers
        "|dea|dea number|dea no|dea registration|dea registration number|npi|npi number"
        "|national provider identifier|gmc|gmc number|gmc no|nmc pin|nmc number|medical license number"
        "|medical licence number|medical registration number"
        # an employee's number in Japanese, Korean and Chinese
        "|社員番号|従業員番号|職員番号|사번|사원번호|직원번호|工号|员工编号|员工号|員工編號"
        # a customer's, a contract's and a member's number in the languages of continental Europe:
        # what a company gives one person (a record's own number, Rechnungsnummer, stays in clear)
        "|numero de contrato|numero de contrat|numero di contratto|numero do contrato|numero de socio"
        "|numero de membre|numero di socio|numero di tessera|vertragsnummer|vertragsnr|vertrags nr|kundennr"
        "|kundenkonto|mieterkonto|mieternummer|mitgliedsnummer|contractnummer|klantnummer|klantnr"
        "|lidnummer|lidmaatschapsnummer|numer umowy|numer klienta|numer czlonkowski|avtalsnummer"
        "|kundnummer|kundnr|medlemsnummer|aftalenummer|kundenummer|kundenr|avtalenummer|asiakasnumero"
        "|asiakasnro|sopimusnumero|jasennumero|cislo smlouvy|cislo zakaznika|zakaznicke cislo|clenske cislo"
        "|numar contract|numar client|cod client|ugyfelszam|ugyfel azonosito|szerzodesszam|tagsagi szam"
        "|αριθμος πελατη|αριθμος συμβολαιου|musteri no|musteri numarasi|sozlesme no|sozlesme numarasi"
        "|uye no|uye numarasi"
        # a school's register number (Pakistan's GR No.), a Malay pupil's number (No. Pelajar), a
        # loan's number a lender gives its borrower, a utility's number for its customer (Consumer No.,
        # an electricity service's number)
        "|gr no|gr number|general register number|general register no|no pelajar|nombor pelajar"
        "|no murid|nombor murid|loan no|loan number|loan account no|loan account number|loan id"
        "|consumer no|consumer number|service connection no|service connection number"
        "|electricity service no|electricity service number|electricity account no|electricity account number"
        # as prose writes them: Italian and Spanish "customer code" (cod. cliente 7788123), a Polish
        # contract's number after its noun in the locative and the nominative (na umowie nr UM/2023/1)
        "|codice cliente|cod cliente|codice del cliente|codigo de cliente|codigo cliente|code client"
        "|umowie nr|umowa nr|umowy nr|umowie numer"
    ),
    # An account's login: one token of letters, digits, dots, underscores and dashes (see
    # label_shapes). ``user``, ``login`` and their translations are field names only (FIELD_ONLY): a
    # chat's ``User:`` is its speaker; ``user_id`` stays an id.
    "USERNAME": _split(
        "username|user name|login name|screen name|user login|account username|login username|user|login"
        "|nombre de usuario|usuario|nom d utilisateur|nom utilisateur|utilisateur|benutzername|benutzer"
        "|anmeldename|nome de usuario|nome de utilizador|utilizador|nome utente|utente"
        # a package's or a repository's lists of accounts (package.json's "maintainers", GitHub's
        # "assignees", "requested_reviewers"): field names only, see FIELD_ONLY
        "|maintainers|collaborators|assignees|reviewers|requested reviewers|committers"
    ),
    "EMAIL_ADDRESS": _split(
        "email|e mail|email address|e mail address|mail|correo|correo electronico|courriel"
        "|adresse e mail|adresse email|e mail adresse|email adresse|endereco de email|endereco de e mail"
        "|posta elettronica|e post|epost|e postadresse|sahkoposti|adres email|adres e mail|emailadres"
    ),
}
"""Phrases per entity type, as written (normalized when the vocabulary is built)."""

RESERVATION_LABELS = _split(
    "confirmation no|confirmation number|confirmation nr|confirmation code|confirmation ref|conf no|conf number"
    "|hotel confirmation|hotel confirmation no|hotel confirmation number|reservation|reservation no"
    "|reservation number|reservation nr|reservation ref|reservation id|reservierungsnummer|reservierungs nr"
    "|numero de reservation|numero de reserva|numero di prenotazione|prenotazione n|reserveringsnummer"
    "|booking|booking no|booking number|booking nr|booking id|reserva|buchung|boeking|prenotazione"
)
"""A hotel's or a host's number for one guest's stay (``Confirmation no.: HV-7731-0482``, ``Reservation
58-22071``, ``booking RT-20931``, ``reserva LX-40021``): it finds the guest's name and dates at the desk. Only a value in an identifier's shape, with
a digit, counts (``reservation for 2`` holds none)."""

TENANT_LABELS = _split(
    "tenant number|tenant no|tenant ref|tenant reference|tenancy number|tenancy ref|tenancy reference"
    "|huurdersnummer|huurnummer|huurcontractnummer|numero de locataire|numero locataire|numero de inquilino"
    "|mieter nr|mieternr"
)
"""A landlord's number for one tenant (``Mijn huurdersnummer is HN-208814``)."""

TRADE_LICENCE_LABELS = _split(
    "registered electrician|electrical licence|electrical license|electrician licence|electrician license"
    "|electrical registration|contractor licence|contractor license|contractor licence no|contractor license no"
    "|gas safe|gas safe no|gas safe number|gas safe reg|gas safe registration|plumbing licence|plumbing license"
    "|konz nr|konzessionsnummer|konzessions nr|taxi licence|taxi license|taxi licence no|taxi license no"
    "|hackney licence|hackney license|badge no|driver no|driver number|fahrer nr|fahrernummer"
)
"""A tradesperson's or a driver's own licence or registration number (``Registered Electrician EW
118342``, a taxi receipt's ``Konz.-Nr.: W-4417``, ``Gas Safe reg 123456``): it names one person."""

CLAIM_LABELS = _split(
    "sinistro|siniestro|sinistre|n sinistro|numero sinistro|numero di sinistro|numero del sinistro|nr sinistro|rif sinistro"
    "|numero de siniestro|numero siniestro|n siniestro|numero de sinistre|numero sinistre|n sinistre"
    "|numero do sinistro|schadennummer|schaden nr|schadenummer|skadenummer|skadenr"
)
"""An insurance claim's number in Italian, Spanish, French, Portuguese, German, Dutch and Nordic
languages (``N. sinistro: 2024/TO/0381557``), as English's ``claim no`` already counts."""

LABELS["PERSONAL_ID"] += RESERVATION_LABELS + TENANT_LABELS + TRADE_LICENCE_LABELS
LABELS["HEALTH_PLAN_ID"] += CLAIM_LABELS

NUMERIC_TYPES = frozenset(
    {
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "US_SSN",
        "US_ITIN",
        "ABA_ROUTING_NUMBER",
        "US_BANK_NUMBER",
        "BANK_CODE",
        "PASSWORD",
        "ZIP_CODE",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
        "UK_NHS",
        "IN_AADHAAR",
        "PL_PESEL",
        "NATIONAL_ID",
        "MEDICAL_RECORD_NUMBER",
        "HEALTH_PLAN_ID",
        "PERSONAL_ID",
        "DATE_TIME",
    }
)
"""Types whose value a payload may hold as an integer (``{"zip": 94105}``, ``{"cvv": 737}``,
in a payload or in JSON text)."""

ANY_CASE_LABELS: dict[str, tuple[str, ...]] = {
    "PERSON": _split(
        "full name|fullname|first name|firstname|last name|lastname|middle name|middlename|given name"
        "|givenname|family name|familyname|surname|forename|fname|lname|mname|legal name|maiden name"
        "|customer name|contact name|patient name|employee name|cardholder name|holder name|account holder"
        "|member name|student name|passenger name|guest name|traveler name|traveller name|applicant name"
        "|candidate name|recipient name|sender name|insured name|subscriber name|buyer name|payer name"
        "|payee name|name on card|staff name|parent name|manager name|agent name|owner name|author name"
        "|nombre completo|apellido|apellidos|primer apellido|segundo apellido|prenom|nom complet"
        "|nom de famille|vorname|nachname|familienname|nome completo|sobrenome|kundenname|nom du client"
    ),
    "LOCATION": _split(
        "city|town|city name|town name|birth city|city of birth|place of birth|birthplace|hometown"
        "|ciudad|ville|stadt|ort|wohnort|cidade|citta|localidad|localite|municipio|comune"
    ),
}
"""Labels whose value is a name whatever its case (``{"full_name": "john smith"}``, ``"city":
"leeds"``): ``name``, ``owner`` or ``region`` alone may hold a thing's name, a team or a setting."""

LIST_LABELS = _split(
    "attendees|participants|present|apologies|absent|absentees|guests|invitees|members|to|recipients"
    "|reviewers|assignees|witnesses|signatories|authors|people"
)
"""PERSON labels whose value is a list of people (``Present: A, B, C``): each name of it is one."""

PREPOSITIONS = frozenset(_split("of|de|di|da|do|del|della|du|des|der"))
"""Words a field name may leave out of a phrase (``data_nascita``, ``Date Naissance``)."""

QUALIFIERS = PREPOSITIONS | frozenset(
    _split("for|dell|dos|das|dello|dei|degli|delle|dal|para|pour|per|fur|zur|zum|von|van|voor|untuk|dari|milik")
    # Portuguese "on the" (CPF na nota:, the CPF for the receipt)
    + _split("na")
)
"""Prepositions that open a qualifier between a label and its separator, accents folded: whose value
it is or what it is for (``Geburtsdatum zur Verifizierung:``, ``Matr\u00edcula de la furgoneta:``,
``Date of birth of the patient:``, ``Tanggal lahir untuk verifikasi:``)."""

HOLDERS = frozenset(
    _split("holder|owner|titular|titulaire|titolare|intestatario|intestataria|inhaber|houder|pemegang|pemilik")
)
"""Person labels that name who holds an instrument :data:`INSTRUMENTS` names (``Nom du titulaire de
la carte:``, ``Intestatario del conto:``): a holder's label qualified by anything else may name a
thing (``Titular de la noticia``, a headline)."""

INSTRUMENTS = frozenset(
    _split(
        "account|card|policy|contract|cuenta|tarjeta|poliza|contrato|linea|conta|cartao|apolice|compte"
        "|carte|contrat|police|ligne|conto|carta|polizza|contratto|konto|kontos|karte|vertrag|vertrags"
        "|rekening|kaart|polis|kartu|passport|pasaporte|passeport|passaporto|reisepass"
        "|reisepasses|paspor|licencia|permis|patente|fuhrerschein|fuhrerscheins|rijbewijs"
    )
)
"""What a holder holds (see :data:`HOLDERS`)."""

POSTPOSED_OWNERS = frozenset(
    _split(
        "pengirim|penerima|pemohon|peserta|pelanggan|nasabah|pasien|tertanggung|pekerja|aplikante"
        "|nguoi nhan|nguoi gui|khach hang|получателя|отправителя|заявителя|плательщика|клиента"
        "|одержувача|відправника|отримувача|заявника|платника"
        "|\u0644\u0644\u0645\u062d\u0648\u0644|\u0644\u0644\u0645\u0633\u062a\u0641\u064a\u062f"
    )
)
"""Person labels of a language that writes whose value it is right after the label, without a
preposition (Indonesian ``NIK pengirim``, the sender's NIK; ``Nomor HP penerima``, the recipient's)."""

FIELD_ONLY = frozenset(
    _split(
        "cp|cap|via|rue|cc|dl|line 1|line 2|line 3|land|state|mail|born|voie"
        "|sin|rut|rg|nir|nss|rfc|tin|tfn|nik|ktp|svnr|ni no|id card|personal number"
        "|agencia|reg nr|ein|kraj|okres|social|pps|nid|plate|reg|psc|cdl"  # PSČ, as a US military address's PSC 4321
        "|pis|nis|ine|sss|ic|umid|rrn|cin|rek|policy"
        "|cns|nhis"  # the central nervous system; the US National Health Interview Survey
        "|secu"  # "la sécu", France's social security as an institution: only before a NIR's shape
        "|user|login|usuario|utilisateur|benutzer|utilizador|utente"  # a chat's speaker, "Last login: Mon"
        "|τκ"  # Greek TK without its dots: a key; in an address line the address pattern reads it
        "|nic|pcn|psn|fin"  # a network card, a penalty charge notice, a gaming network, French "end"
        "|maintainers|collaborators|assignees|reviewers|requested reviewers|committers"  # "two reviewers: ..."
    )
)
"""Short or ambiguous labels trusted as a field name (a JSON key) but not in running text."""

HOUSE_NUMBER_LABELS = _split(
    "house number|house no|house nr|h no|door no|door number|flat no|plot no|hausnummer|hausnr|huisnummer"
    "|numero civico|numero da casa|numero de casa"
)
"""Address labels whose value may be a house number alone (``Hausnummer: 14a``, ``H.No. 12-3-456``):
part of an address, which no street's shape reads without the street."""

CUSTOM_FIELD_PREFIXES = _split("cf|custom|custom field|x|x studio")
"""Words a system puts before the name of a field its users added (``cf_pin_code``, ``custom_phone``,
``customField_email``, Odoo's ``x_studio_phone``): a key that opens with them names what the rest names."""

CAPITALS_ONLY = frozenset({"ni", "stk", "chi", "nhc", "upn"})
"""One-word labels trusted in running text only when written in capitals (``NI: QQ123456C``; the
Spanish ``ni`` is a word: ``ni: QQ123456C is the example``; ``STK 0071001234567``, a Vietnamese
account; ``CHI 1203945678``, a Scottish patient's number, not chi-square; ``NHC: 2038471``, a Spanish
clinical history's number)."""

TEXT_ONLY: dict[str, tuple[str, ...]] = {
    "PERSON": _split(
        "from|to|de|para|von|da|reply to|bcc|pt|pt name|tenant|landlord|signed|signature|client|receiver|assigned"
    ),
    # a patient's id in a letter or a note; as a payload's key it holds any id a system gives
    # (``{"patientId": "1.18.2-rc.3"}``), which an identifier's shape would cut in two
    "MEDICAL_RECORD_NUMBER": _split("patient id|patient number|patient no|patient id number"),
    "PHONE_NUMBER": _split(
        "call me on|call me at|ring me on|ring me at|reach me on|reach me at|text me on|text me at"
        "|call us on|call us at|reach us at|reach us on"
        "|call|ring|dial|call on|call at|ring on|ring at|call back on|call back at|ring back on|whatsapp"
        "|call him on|call him at|call her on|call her at|call them on|call them at"
    ),
    # a person's own ID in a message (Hi, this is Wanjiru, my ID is 28461937: Kenya's eight digits);
    # a record's or a system's "id" names no one
    "NATIONAL_ID": _split("my id|my id number|my id no"),
}
"""Labels trusted in running text (e-mail headers: ``From: Jane Doe``) but not as field
names (``{"from": "USD", "to": "EUR"}``)."""

MODIFIERS = frozenset(
    _split(
        "billing|shipping|home|work|office|business|personal|primary|secondary|main|alt|alternate"
        "|alternative|other|emergency|mailing|physical|residential|permanent|current|previous|old|new"
        "|default|preferred|customer|client|cust|user|patient|employee|contact|legal|registered|delivery"
        "|pickup|origin|destination|from|to|my|your|his|her|their|our|the|buyer|seller|vendor|father"
        "|mother|spouse|student|applicant|insured|member|guest|holder|owner|local|international|intl"
        "|direct|day|evening|night|daytime|private|mobile|cell|bank|account|card|recipient|sender"
        "|beneficiary|payer|payee|full|complete|1st|2nd|first|second|third|us|de|del|da|do|di|du|des"
        "|la|le|el|der|die|das|persona|person|personne|kunden|cliente"
        "|orig|originator|bene"  # a wire's or a debt's originator and beneficiary (orig_acct, bene_bank_rtn)
    )
)
"""Words a field name may start with before its label (``billing_phone``, ``home_address``)."""

SUFFIXES = frozenset(
    _split("number|no|num|nr|nbr|nro|n|numero|nummer|value|val|digits|e164|formatted|raw|text|str|string")
)
"""Words a field name may end with after its label (``phone_no``, ``card_number``)."""

ON_RECORD = frozenset({"file", "record"})
"""``on file`` and ``on record`` after a label name nothing of their own: ``Card on file:``,
``Passport on record:``, ``{"card_on_file": ...}`` name a card and a passport."""

GENERIC_KEYS = frozenset(
    _split(
        "number|value|val|no|num|nr|nbr|numero|nummer|digits|full|formatted|display|raw|e164|international"
        "|national|first|last|middle|given|family|text|string|str|data|line|lines"
    )
)
"""Keys that name no type themselves and take it from their parent or a sibling
(``{"card": {"number": ...}}``, ``{"type": "phone", "value": ...}``, FHIR's
``{"address": {"line": [...]}}``)."""

TYPE_KEYS = frozenset(
    _split("type|kind|label|field|name|key|category|system|channel|medium|id_type|doc_type|document_type|types")
)
"""Sibling keys whose value may name the type of the object's value (``{"kind": "phone", ...}``); a
list's first string too (a geocoder's ``{"long_name": "10178", "types": ["postal_code"]}``)."""

GOODS_KEYS = frozenset(
    _split(
        # what is sold: its price, its stock, its code in a shop's catalogue
        "price|unit_price|sku|stock|in_stock|on_hand|stock_level|qty|quantity|ean|gtin|upc|msrp|rrp"
        "|precio|precio_unitario|existencias|prix|prix_unitaire|preis|einzelpreis|lagerbestand|bestand"
        "|preco|estoque|prezzo|giacenza|prijs|voorraad|pris|lager|cena|artikelnummer|ean13"
        # a chess opening's code and moves; a plant's or an animal's species and genus
        "|eco|moves|species|genus|cultivar|latin_name|scientific_name|botanical_name"
    )
)
"""Keys and columns of a record of goods, a game's openings, plants: no record of a person holds
one, so the record's ``name`` (``nombre``, a table's ``Name`` column) names the thing
(``{"nombre": "Niebla Hiker Mid WP", "precio": ...}``, ``| ECO | Name |``)."""

THING_KEYS = (
    frozenset(
        _split(
            "description|arguments|args|parameters|params|input_schema|inputschema|schema|version|content|role"
            "|url|uri|path|mime_type|mimetype|size|sha|checksum|language|homepage|repository|price|sku|quantity"
            "|tool_call_id|function|command|image|icon|slug|tags|dependencies|scripts|main|module|method"
        )
    )
    | GOODS_KEYS
)
"""Keys only things have: an object with one is not a person, so its ``name`` is no
person's (``{"name": "Calculator", "description": ...}``, a tool call's ``arguments``)."""

THING_NAME_QUALIFIERS = frozenset(
    _split(
        "common|latin|scientific|botanical|binomial|species|vernacular|trade|generic|chemical|variety"
        "|cultivar|opening|holiday|event|recipe|dish|plant|breed|drug|medication|medicine|ingredient"
    )
)
"""Words that, just before ``name`` in a label of running text, say the name is a thing's: a
plant card's ``Common name: Fiddle-leaf fig``, ``Latin name: Ficus lyrata``, a drug's ``Generic
name:`` (as :data:`OWNERS` do for ``Product name:``)."""

OWNERS = frozenset(
    _split(
        "file|filename|product|company|tool|host|user|project|repo|repository|app|application|service|item"
        "|brand|model|device|server|package|branch|domain|bucket|table|column|field|database|db|key|queue"
        "|topic|event|function|method|class|module|variable|var|task|job|team|group|channel|room|org"
        "|organization|organisation|business|store|shop|folder|directory|dir|path|image|container|pod"
        "|node|cluster|instance|vm|machine|network|interface|zone|resource|stack|template|plugin|extension"
        "|library|dependency|test|feature|flag|setting|config|parameter|param|property|attribute|tag"
        "|label|category|section|page|document|doc|sheet|tab|report|metric|dashboard|campaign|course|plan"
        "|sku|license|licence|bank|school|hospital|hotel|street|city|country|region|state|town|workflow"
        "|step|role|permission|scope|tier|index|font|color|colour|icon|theme|format|type|language|currency"
        "|timezone|song|album|movie|book|game|screen|host|domain|site|website|web|api|endpoint|env"
        "|environment|secret|token|account type|payment|order|invoice|ticket|dataset|schema|view|layer"
        "|object|entity|record|action|command|process|thread|signal|metric|unit|part|component|asset"
        "|call|agent|message|chain|run|span|trace|assistant|bot|tool call|function call"
    )
)
"""Words that, just before ``name`` (or as the parent of a ``name`` key), say it names a
thing, not a person: ``file_name``, ``product_name``, ``{"repo": {"name": ...}}``."""

NOT_LABELS = frozenset(_split("hostname|host name|nickname id|handle"))
"""Field names that look like a label but are not one (a ``handle`` is a file's or a product's
as often as an account's)."""

SERVICE_ACCOUNTS = frozenset(
    _split(
        "root|admin|administrator|postgres|mysql|oracle|redis|ubuntu|debian|centos|ec2-user|www-data|nginx"
        "|apache|httpd|nobody|daemon|system|sys|service|guest|anonymous|anon|test|tester|testuser|demo|bot"
        "|jenkins|git|gitlab|github|github-actions|deploy|deployer|ci|runner|docker|vagrant|pi|operator"
        "|backup|sa|default|dev|developer|dependabot|renovate|username|user|login|unknown|none|null|str"
        # a tracker's or a scheduler's own actor under a person's label ({"reporter": "automation"})
        "|automation|scheduler|integration|monitoring|alertmanager"
        # a desktop's and a daemon's own accounts, whose sessions system logs name
        "|gdm|lightdm|sddm|systemd|polkitd|sshd|ntp|chrony|messagebus|avahi|colord"
    )
)
"""Logins that are no person's, in lower case: system and service accounts, bots, placeholders. A
username's value that is one (maybe with digits after it: ``jenkins2``) stays in clear."""
PLACEHOLDER_WORDS = frozenset(
    _split("your|my|some|example|sample|dummy|fake|placeholder|test|demo|svc|bot|user|username|self|this|request")
)
"""Words of a login that make it a placeholder, a service's or code (``your_username``,
``svc-backup``, ``renovate-bot``, ``user4821``, ``request.user``): a person's login holds none."""
SERVICE_LOGIN_WORDS = frozenset(
    _split("app|apps|api|srv|etl|cron|worker|daemon|readonly|readwrite|replica|replicator|replication|migrator|ingest")
)
"""Words of a login that make it an application's account, as a database's or a queue's
configuration names one (``user: catalog_app``, ``benutzer = lager_app``, ``etl_readonly``): a
person's login holds none."""

HOME_DIR_ACCOUNTS = frozenset(
    _split(
        "shared|public|all users|default user|defaultuser0|app|node|linuxbrew|vscode|coder|jovyan|circleci"
        "|travis|appveyor|buildkite|gradle|azureuser|opc|fedora|builder|build|worker|me|you|name|yourname"
        "|your-name|your_name|yourusername|your-username|your_username|myuser|someone|foo|bar"
        # "user" in the languages of the labels: a documentation's stand-in (/home/utente/documenti)
        "|utente|usuario|utilisateur|benutzer|utilizador|gebruiker|anvandare|uzytkownik"
    )
)
"""Home directories of no person (``/home/linuxbrew``, ``/home/jovyan``, ``C:\\Users\\Public``) and
a documentation's stand-ins (``/Users/me``, ``/home/yourname``), beside :data:`SERVICE_ACCOUNTS`."""

NOT_LOGINS_AFTER_FOR_USER = frozenset(
    _split(
        "input|inputs|data|account|accounts|management|authentication|authorization|experience|interface"
        "|profile|profiles|session|sessions|settings|preferences|id|ids|name|names|access|creation|deletion"
        "|login|logout|logins|records|record|info|information|request|requests|agent|content|feedback|role"
        "|roles|group|groups|permission|permissions|consent|details|lookup|sync|update|updates|registration"
        "|verification|validation|token|tokens|credentials|password|passwords|email|emails|entry|entries"
        "|object|objects|model|models|table|event|events|activity|actions|action|level|type|types|defined"
        "|specified|provided|requested|selected|current|unknown|none|null|undefined|missing|not|with|without"
        "|and|or|the|a|an|each|every|all|any|this|that|which|who|whose|in|is|was|has|had|to|from|of|on|at|by"
    )
)
"""Words after ``for user`` in a log line that are no login (``cache miss for user profile``)."""

SALES_REGIONS = frozenset(_split("emea|apac|apj|amer|amers|americas|latam|namer|noram|anz|mea|cee|dach|emeia|ww|row"))
"""A business's sales regions: no one's place, alone or with a part (``EMEA North``, ``APAC 2``)."""

CLOUD_REGION_AREAS = frozenset(
    _split(
        "eu|us|usgov|ap|sa|ca|me|af|cn|il|mx|uk|in|jp|kr|asia|europe|northamerica|southamerica|australia|africa"
        "|emea|apac|latam"
    )
)
CLOUD_REGION_POINTS = frozenset(
    _split(
        "north|south|east|west|central|northeast|northwest|southeast|southwest|northcentral|southcentral|westcentral"
    )
)
"""A cloud's or a data centre's region code, an area and a point of the compass (``eu-west-1``,
``EU-WEST``, ``europe-west1-b``, ``ap-southeast-2``): a provider's region, no one's place."""

VIRTUAL_VENUES = frozenset(
    _split(
        "zoom|teams|microsoft teams|ms teams|google meet|meet|webex|cisco webex|skype|slack|slack huddle|hangouts"
        "|google hangouts|discord|gotomeeting|goto meeting|whereby|jitsi|chime|amazon chime|bluejeans|facetime"
        "|whatsapp|signal|telegram|online|virtual|remote|video call|phone call|conference call|dial-in|call"
    )
)
"""Where a meeting is held online, not a place (``LOCATION:Zoom``, ``Location: Microsoft Teams Meeting``):
compared case-insensitively with a location's value, or its words before ``meeting``, ``call`` or a link."""

STOP_VALUES = frozenset(
    _split(
        "n/a|na|n.a.|none|null|nil|unknown|undefined|true|false|yes|no|tbd|tba|-|--|?|redacted|hidden"
        "|private|not available|not provided|not applicable|see above|same as above|same|other|various"
        "|test|example|sample|default|empty|blank|missing|pending|active|inactive|enabled|disabled|open"
        "|closed|running|stopped|ok|error|failed|success|done|new|ready|complete|completed|cancelled"
        "|canceled|draft|all|any|me|you|self|admin|root|system|user|guest|nobody|somebody|someone"
        "|anonymous|withheld|confidential|optional|required|string|text|value|name|varies|unspecified"
        "|not set|not specified|none given|nan|aucun|aucune|ninguno|ninguna|keine|keiner|nenhum|nessuno"
        "|unassigned|unowned|unclaimed|nobody yet|not assigned"
    )
) | frozenset(SALES_REGIONS)
"""Values that fill a field without being data (checked case-insensitively)."""

NOT_IN_LOWER_NAMES = frozenset(
    _split(
        "see|below|above|the|of|in|to|for|from|with|by|on|at|is|are|not|per|via|and|or|any|this|that|these"
        "|here|there|etc|tbc|remote|onsite|on-site|hybrid|home|office|worldwide|global|local|online|virtual"
        "|pending|review|approved|rejected|awaiting|waiting|done|progress|started|complete|completed|failed"
        "|active|inactive|closed|open|new|resolved|draft|hold|queued|shipped|delivered|cancelled|canceled"
        "|processing|paid|unpaid|overdue|expired"
    )
)
"""Words a name written in lower case does not hold: prose (``location: see below``), a setting
(``remote``) or a status (``"state": "pending review"``)."""

PERSON_STOP_WORDS = frozenset(
    _split(
        "a|an|the|to|me|is|are|was|were|be|been|at|on|in|for|of|with|from|by|please|call|send|see|will"
        "|would|can|could|should|this|that|it|my|your|our|their|not|no|yes|if|or|but|as|so|we|they|he"
        "|she|you|i|here|there|when|what|who|how|why|do|does|did|have|has|had|get|got|about|after|before"
        "|into|over|under|than|then|also|just|only|any|all|some|more|most|other|such|null|none|unknown"
        "|true|false|n/a|undefined|is|am|today|tomorrow|yesterday|now"
        # a team or a department where a person was asked for ("Attn: Customer Relations")
        "|relations|service|services|support|department|dept|team|desk|office|accounts|billing"
        "|helpdesk|reception|administration|admin|operations|procurement|marketing|finance|payroll"
        "|platform|infrastructure|infra|backend|frontend|devops|engineering|qa|triage"
        # software where a name was asked for ("Name: Antergos Linux", {"name": "Acme Server"})
        "|linux|windows|macos|ubuntu|debian|fedora|android|server|edition|version|release|plugin|library"
        "|framework|sdk|api|app|application|package|module|engine|toolkit|cluster|database|pipeline|workflow"
        # a part of a program or a document, or a placeholder ({"name": "Part One"}, name="World")
        "|component|handler|widget|node|task|chapter|section|part|world|example|sample|demo|placeholder"
        # a venue, a shop or a holiday under a name's key ({"name": "Louvre Museum"}, "Christmas Day")
        "|museum|market|supermarket|square|station|airport|stadium|arena|hotel|restaurant|pizzeria|cafe|café"
        "|bakery|pharmacy|store|mall|centre|center|cathedral|university|college|school|hospital|clinic"
        "|theatre|theater|gallery|zoo|palace|foods|christmas|easter|thanksgiving|holiday|festival|weihnachten"
        "|navidad|noel|noël|ostern|pfingsten|pentecost|epiphany|assumption|ascension"
    )
)
"""Words a person's name does not contain (``call me tomorrow`` is not a name; ``Attn: Customer
Relations`` names a department)."""

WITH_WORDS = frozenset(_split("with|met|mit|con|com|avec|z|ze"))
"""Words for "with" between a document's noun and a word for number in prose (``een rijbewijs met
nummer 5123456789``, ``a passport with number ...``): the document's number."""

ATTESTED = frozenset(
    _split(
        "verified|confirmed|checked|verificada|verificado|confirmada|confirmado|comprobada|comprobado"
        "|verifiee|verifie|confirmee|confirme|verifiziert|bestatigt|verificata|verificato|confermata"
        "|confermato|geverifieerd|bevestigd|gecontroleerd|zweryfikowana|zweryfikowany|potwierdzona"
        "|potwierdzony"
    )
)
"""Participles a note writes after a label, before its colon (``Fecha de nacimiento verificada:
14/03/1987``, ``Date of birth confirmed:``): the label before them names the value, as without them."""
# Words after an ``@`` that name no one's account (see detectors.mentions): a decorator's, an
# annotation's or a doc comment's tag, a style sheet's or a template's at-rule, a chat's group
# mention, a package's version tag.
NOT_MENTIONS = frozenset(
    _split(
        # Python decorators (the stdlib's) and Java, Kotlin, C#, Swift and Objective-C annotations
        "property|staticmethod|classmethod|abstractmethod|dataclass|cached_property|functools|wraps"
        "|contextmanager|asynccontextmanager|total_ordering|lru_cache|cache|singledispatch"
        "|singledispatchmethod|overload|override|final|runtime_checkable|no_type_check|coroutine"
        "|unique|fixture|pytest|setter|getter|deleter|decorator|register|app|router|api|task"
        "|test|before|after|beforeeach|aftereach|beforeall|afterall|ignore|disabled|nested"
        "|autowired|component|service|repository|controller|restcontroller|bean|configuration"
        "|entity|table|column|id|inject|named|nullable|nonnull|notnull|valid|value|data"
        "|builder|slf4j|transactional|requestmapping|getmapping|postmapping|pathvariable"
        "|requestparam|requestbody|responsebody|suppresswarnings|functionalinterface|retention"
        "|target|documented|inherited|safevarargs|jvmstatic|jvmfield|jvmoverloads|composable"
        "|serializable|parcelize|objc|escaping|available|discardableresult|mainactor|state"
        "|published|binding|observable|environment|ibaction|iboutlet|main|interface|implementation"
        "|end|synthesize|dynamic|selector|protocol|optional|required|autoreleasepool|try|catch"
        "|finally|throw|class|public|private|protected|package|input|output|hostlistener|ngmodule"
        # doc comments' tags (Javadoc, JSDoc, Doxygen, PHPDoc)
        "|param|params|arg|args|argument|return|returns|throws|raises|exception|deprecated"
        "|since|see|author|version|link|linkplain|code|inheritdoc|serial|type|typedef|callback"
        "|example|examples|todo|fixme|note|brief|details|file|def|keyparam|var|prop|template"
        "|module|memberof|namespace|function|func|method|async|static|readonly|default"
        "|enum|event|fires|listens|license|copyright|summary|description|remarks|internal"
        # CSS, Sass, Less and Tailwind at-rules; Razor, Blade and ASP directives
        "|media|import|keyframes|font-face|supports|apply|tailwind|layer|container|charset|page"
        "|include|mixin|extend|use|forward|if|else|each|for|while|content|debug|warn|error|at-root"
        "|viewport|document|counter-style|font-feature-values|scope|starting-style"
        "|model|using|section|yield|extends|foreach|endforeach|endif|endsection|csrf|php"
        "|endphp|auth|endauth|guest|props|livewire|vite|echo"
        # a chat's group mentions, GitHub's own and a package's version tags
        "|here|channel|everyone|all|me|latest|next|beta|alpha|canary|rc|stable|lts|nightly|dev"
        # JSON-LD's keywords ({"@context": ..., "@type": "Product"})
        "|context|graph|language|list|set|vocab|base|reverse|index|nest|direction|json|none|propagate|protected"
        # a crontab's schedules in place of its five fields (@reboot /opt/jobs/bin/warm_cache)
        "|reboot|yearly|annually|monthly|weekly|daily|midnight|hourly"
    )
)
"""Words an ``@`` opens that are no one's account, in lower case (``@property``, ``@Override``,
``@param``, ``@media``, ``@here``, ``@latest``): a mention of one of them stays in clear."""

AT_INTENSITIES = frozenset(
    _split("rpe|rir|threshold|tempo|ftp|vo2max|vo2|lthr|hmp|css|zone|bodyweight|tmax|vvo2max|vma|pma|fcmax")
)
"""What a training plan's ``@`` reads "at" before, in lower case and without its digits: an effort's
intensity (``Squat 3\u00d78 @RPE6``, ``4\u00d73 min @threshold``, ``@FTP``, ``@zone2``), no account."""

# Person labels whose value is someone's account as often as their name (see label_detector): a
# login there, one token with no capital (``{"displayName": "mateus"}``, ``"crm_owner": "tsilva"``),
# is a USERNAME where a name's shape does not fit.
ACCOUNT_HOLDERS = frozenset(
    tuple(p.split())
    for p in _split(
        "display name|crm owner|account owner|record owner|deal owner|lead owner|case owner"
        "|contact owner|assignee|reporter|requester|requestor|reviewer|approver"
    )
)
"""The words of :data:`LABELS` ``PERSON`` labels whose value may be its holder's login."""

# Labels of payment receipts, payout APIs and bank forms around the world, kept in one block and
# added to :data:`LABELS` below: a Russian bank's code (БИК), an Arabic transfer's accounts (رقم
# الحساب, the account number; رقم حساب المستلم, the recipient's), Algeria Poste's CCP and RIP,
# Pakistan's Raast ID (an account's alias: a phone number), M-Pesa's BillRefNumber (the
# customer's account with the business), a SEPA mandate's reference (one debtor's mandate), a
# name in the script of Japanese forms or in Latin letters beside one in Korean (name_kanji,
# holderNameEn), Myanmar's NRC, Australia's ABN, a Thai tax payer's number, Spain's DNI/NIE, the
# BIC of a party's bank in an ISO 20022 payment (BICFI).
_PAYMENT_LABELS: dict[str, tuple[str, ...]] = {
    "US_BANK_NUMBER": _split(
        "\u0631\u0642\u0645 \u0627\u0644\u062d\u0633\u0627\u0628|\u0631\u0642\u0645 \u062d\u0633\u0627\u0628"
        "|\u0631\u0642\u0645 \u062d\u0633\u0627\u0628 \u0627\u0644\u0645\u0633\u062a\u0644\u0645"
        "|\u0631\u0642\u0645 \u062d\u0633\u0627\u0628 \u0627\u0644\u0645\u0633\u062a\u0641\u064a\u062f"
        "|\u0631\u0642\u0645 \u062d\u0633\u0627\u0628 \u0627\u0644\u0645\u0631\u0633\u0644"
        "|ccp|n ccp|no ccp|numero ccp|compte ccp|rip|releve d identite postal"
        "|raast id|raast"
        "|cuenta de ahorros|cuenta de ahorro|cuenta corriente|cuenta de cheques|cuenta de nomina"
        # Vietnamese: the account a transfer leaves (nguồn) and reaches (nhận, thụ hưởng)
        "|so tai khoan nguon|tai khoan nguon|so tai khoan chuyen|tai khoan chuyen|tai khoan nhan"
        "|so tai khoan thu huong|tai khoan thu huong"
        "|\u0634\u0628\u0627|\u0634\u0645\u0627\u0631\u0647 \u0634\u0628\u0627|\u0634\u0645\u0627\u0631\u0647 \u062d\u0633\u0627\u0628"
    ),
    # a Canadian branch's transit and institution numbers in one column (transit_inst: 04512-003)
    "BANK_CODE": _split(
        "\u0431\u0438\u043a|\u0431\u0438\u043a \u0431\u0430\u043d\u043a\u0430"
        "|transit inst|transit institution|transit and institution|transit institution number"
    ),
    # a Philippine e-wallet's number is its holder's mobile number (GCASH_NO: 0917 123 4567)
    "PHONE_NUMBER": _split("gcash|gcash no|gcash number|gcash mobile|maya no|maya number|paymaya number"),
    # ISO 20022's element for a party's bank (<DbtrAgt><FinInstnId><BICFI>)
    "SWIFT_CODE": _split("bicfi|bic fi"),
    "PERSONAL_ID": _split(
        "bill ref number|billrefnumber|bill reference number|account reference"
        "|mandate reference|mandate ref|mandate id|sepa mandate reference|unique mandate reference|umr"
        "|referencia del mandato|referencia de la orden de domiciliacion|orden de domiciliacion|referencia de mandato"
        "|reference unique du mandat|reference du mandat|rum|mandatsreferenz|riferimento mandato"
        "|referencia da autorizacao|mandaatreferentie|kenmerk machtiging"
    ),
    "PERSON": _split(
        "name kanji|name kana|name romaji|name en|name latin|holder name en|name kanji kana|emp name"
        "|shimei kanji|shimei kana|\u0628\u0647 \u0646\u0627\u0645"
        "|nguoi chuyen|ten nguoi chuyen|ten nguoi nhan|nguoi thu huong|ten nguoi thu huong"
    ),
    "NATIONAL_ID": _split(
        "nrc|nrc no|nrc number|national registration card|abn|australian business number"
        "|dni nie|nif nie|nie dni|dni nif"
        # Egypt's national number (الرقم القومي, 14 digits), as Arabic forms write it
        "|\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0642\u0648\u0645\u064a|\u0631\u0642\u0645 \u0642\u0648\u0645\u064a"
        "|\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0642\u0648\u0645\u0649"
        "|\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22\u0e20\u0e32\u0e29\u0e35"
        "|\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22\u0e20\u0e32\u0e29\u0e35\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a"
    ),
}
"""Payment and identity labels per entity type (merged into :data:`LABELS`)."""
for _etype, _phrases in _PAYMENT_LABELS.items():
    LABELS[_etype] = LABELS[_etype] + _phrases

# Polish names a value's owner in the genitive after the label (PESEL zleceniodawcy, the ordering
# party's PESEL; Rachunek odbiorcy, the recipient's account), as the languages of
# :data:`POSTPOSED_OWNERS` do.
_POLISH_POSTPOSED_OWNERS = frozenset(
    _split(
        "zleceniodawcy|nadawcy|odbiorcy|klienta|wnioskodawcy|pacjenta|beneficjenta|platnika"
        "|ubezpieczonego|pracownika|kupujacego|sprzedajacego|najemcy|wynajmujacego|dluznika|wierzyciela"
    )
)
POSTPOSED_OWNERS = POSTPOSED_OWNERS | _POLISH_POSTPOSED_OWNERS
LABELS["PERSON"] = (
    LABELS["PERSON"]
    + tuple(sorted(_POLISH_POSTPOSED_OWNERS))
    + _split("nadawca|odbiorca|zleceniodawca|platnik|beneficjent|wnioskodawca|najemca|wynajmujacy")
)

# An Arabic transfer notice's parties: from (من) and to (إلى, الى), labels only in running text as
# From and To are (a field named "from" holds a currency or a date as often).
TEXT_ONLY["PERSON"] = TEXT_ONLY["PERSON"] + _split("\u0645\u0646|\u0625\u0644\u0649|\u0627\u0644\u0649")

# Persian forms and shop messages: an address (آدرس, نشانی; the shipping and delivery address,
# آدرس ارسال, آدرس تحویل), Iran's ten-digit postal code (کد پستی), a full name (نام و نام خانوادگی),
# a phone (شماره تماس, تلفن همراه) and the ten-digit national code (کد ملی). Arabic's postal code
# (الرمز البريدي) too.
_PERSIAN_LABELS: dict[str, tuple[str, ...]] = {
    "STREET_ADDRESS": _split(
        "\u0622\u062f\u0631\u0633|\u0646\u0634\u0627\u0646\u06cc|\u0622\u062f\u0631\u0633 \u0627\u0631\u0633\u0627\u0644"
        "|\u0622\u062f\u0631\u0633 \u062a\u062d\u0648\u06cc\u0644|\u0622\u062f\u0631\u0633 \u067e\u0633\u062a\u06cc"
        "|\u0646\u0634\u0627\u0646\u06cc \u067e\u0633\u062a\u06cc"
    ),
    "ZIP_CODE": _split(
        "\u06a9\u062f \u067e\u0633\u062a\u06cc|\u06a9\u062f\u067e\u0633\u062a\u06cc"
        "|\u0627\u0644\u0631\u0645\u0632 \u0627\u0644\u0628\u0631\u064a\u062f\u064a|\u0627\u0644\u0631\u0645\u0632 \u0627\u0644\u0628\u0631\u064a\u062f\u0649"
    ),
    "PERSON": _split(
        "\u0646\u0627\u0645 \u0648 \u0646\u0627\u0645 \u062e\u0627\u0646\u0648\u0627\u062f\u06af\u06cc"
        "|\u0646\u0627\u0645 \u062e\u0627\u0646\u0648\u0627\u062f\u06af\u06cc|\u06af\u06cc\u0631\u0646\u062f\u0647"
    ),
    "PHONE_NUMBER": _split(
        "\u0634\u0645\u0627\u0631\u0647 \u062a\u0645\u0627\u0633|\u062a\u0644\u0641\u0646 \u0647\u0645\u0631\u0627\u0647"
        "|\u0634\u0645\u0627\u0631\u0647 \u0645\u0648\u0628\u0627\u06cc\u0644|\u062a\u0644\u0641\u0646"
    ),
    "NATIONAL_ID": _split("\u06a9\u062f \u0645\u0644\u06cc|\u06a9\u062f\u0645\u0644\u06cc"),
}
"""Persian labels per entity type (merged into :data:`LABELS`)."""
for _etype, _phrases in _PERSIAN_LABELS.items():
    LABELS[_etype] = LABELS[_etype] + _phrases

# A customer's and a member's number as exports and tool outputs abbreviate their keys (cust_no,
# cust_id, member_no): the number a company gives one person.
LABELS["PERSONAL_ID"] = LABELS["PERSONAL_ID"] + _split(
    "cust no|cust num|cust number|cust nr|cust id|customer num|cust ref|member num"
    "|loyalty account|loyalty account number|loyalty account no"
)

PROGRAMME_KEYS = frozenset(
    _split("loyalty|loyalty programme|loyalty program|rewards|rewards programme|rewards program|membership")
)
"""Keys of a loyalty or membership programme's object: the ``number`` in it is the member's
(``{"loyalty": {"programme": "ZX", "number": "4410923876"}}``), though the key alone names
nothing (``{"loyalty": "gold"}``, a ``loyalty`` column of points)."""

# The person an Indian insurance proposal or a ration card is for: its proposer, the head of the
# family (or household) a card lists its members under.
LABELS["PERSON"] = LABELS["PERSON"] + _split(
    "proposer|proposer name|name of proposer|head of family|head of the family|head of household|family head"
    "|name pinyin|pinyin name"  # a Chinese name in Latin letters beside the one in Han (<NamePinyin>)
)

PEOPLE_TABLES = _split(
    "customers|customer|clients|client|patients|patient|members|member|employees|employee|staff"
    "|contacts|contact|subscribers|subscriber|students|student|tenants|tenant|guests|guest"
    "|passengers|passenger|applicants|applicant|donors|donor|buyers|buyer|sellers|seller"
)
"""Tables whose rows are people: the ``id`` column of a query over one is the person's number
(:mod:`.label_queries`); ``users`` and ``accounts`` are not among them (an account's id stays an id)."""

# German abbreviated compounds of Nummer (the key reads ``Kd.-Nr.`` as ``kd nr``): a customer's,
# an employee's, a member's number.
LABELS["PERSONAL_ID"] = LABELS["PERSONAL_ID"] + _split("kd nr|kdnr|pers nr|persnr|mitgl nr|mitglieds nr|ma nr")

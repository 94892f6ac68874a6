"""Fewer false names: NER entities that are identifiers, codes or ordinary words are dropped.

Small NER models tag version strings, invoice and tracking codes, abbreviations, log
levels and code as PERSON, ORGANIZATION or LOCATION (``ETA``, ``INV-2024-00831``,
``v4.17.3``). :func:`is_false_entity` says when a (cleaned) entity value can never be
one of those: it contains a digit; it holds code punctuation (``_ / = ( ) # @``...), a
dotted or camelCase identifier (``getUserById``, ``SSLContext``) or a URL/domain; it is all
lowercase; it is an all-caps abbreviation of 2-4 letters (a few country abbreviations
excepted); every word of it names a technology (``Linux``, ``Unicode``, ``ASCII PEM``:
:data:`TECH_WORDS`, or an abbreviation); or every word of it is an ordinary word, a weekday
or month (en/es/fr/de/pt/it), a unit, a currency or an address filler (``Apt``, ``Suite``)
while none is a known first or last name or place.

:func:`in_code` says when an entity's surroundings make it code rather than prose: one word in
backticks (```Len```), an attribute (``stack_data.Line``), a path or time-zone part
(``Europe/London``, ``US/Eastern``), or a word on a ``class``, ``def`` or ``import`` line.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import regex

from .lines import line_before
from .wordlists import common_words, currencies, english_words, first_names, last_names, word_set

__all__ = [
    "ADDRESS_FILLERS",
    "BUILD_FILES",
    "CALENDAR_WORDS",
    "CAR_MAKES",
    "PLATFORMS",
    "SCIENCE_ADJECTIVES",
    "ROOM_WORDS",
    "TECH_WORDS",
    "TITLES",
    "UNITS",
    "abbreviation",
    "english_word",
    "in_code",
    "is_false_entity",
    "names_a_make",
    "ordinary_word",
    "platform_name",
    "product_word",
    "trim_lowercase",
    "words_of",
]

CALENDAR_WORDS = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    lundi mardi mercredi jeudi vendredi samedi dimanche
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    januar jänner februar märz maerz april mai juni juli august september oktober november dezember
    segunda terça terca quarta quinta sexta sábado domingo feira
    janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro dezembro
    lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    """
)
"""Weekday and month names (and their usual abbreviations) in the six languages, lower-cased."""

UNITS = word_set(
    """
    kg g mg µg lb lbs oz t km m cm mm µm nm mi ft yd in ml l cl dl gal qt pt
    b kb mb gb tb pb kib mib gib tib bit bits kbps mbps gbps bps hz khz mhz ghz
    ms ns µs us sec secs min mins hr hrs h rpm w kw kwh mw mwh v mv ma mah a va
    dpi ppi fps px em rem vw vh pct vcpu vcpus cpu cpus gpu gpus ram ssd hdd nvme iops qps rps tps
    """
)
"""Units of measure (lower-cased): never names."""

ADDRESS_FILLERS = word_set(
    """
    apt apartment apto suite ste unit floor fl flr bldg building room rm po box dept no nr piso
    étage etage bis int porta scala stock wohnung appartement bureau edificio andar sala
    """
)
"""Words of an address line that NER mistakes for places (``Apt``, ``Suite``, ``Unit``, ``Floor``)."""

TITLES = word_set(
    """
    M Mr Mrs Ms Mx Miss Dr Prof Sr Sra Srta Mme Mlle Mmes Herr Frau Sig Sig.ra Sig.na Sig.ri Dott Dott.ssa
    Ing Avv Sir Dame Madame Monsieur Señor Señora Señorita Senhor Senhora Signor Signora Signorina Don Doña Dona
    Aunt Auntie Uncle Grandma Grandpa Granny Tía Tío Tante Onkel Zia Zio
    Mevrouw Mevr Meneer Dhr Pani Fru Frk Hr Herrn Pan Pán Paní Dra Profa Lic Licda Arq
    Fr Rev Revd Capt Sgt Insp Cllr Hon
    """
)
"""Titles a name follows (``M``, ``Sr``, ``Sra`` and ``Fr`` only with their dot: ``M. Dupont``,
``Fr. O'Brien``), family
words included (``Aunt Linda``)."""

BUILD_FILES = word_set(
    """
    Dockerfile Containerfile GNUmakefile Jenkinsfile Vagrantfile Procfile Gemfile Rakefile Brewfile
    Podfile Fastfile Appfile Justfile Snakefile Pipfile Tiltfile Earthfile Caddyfile Berksfile Guardfile
    """
)
"""Names of the files a build or a deployment reads (``load build definition from Dockerfile``):
technical words, as :data:`TECH_WORDS`, kept apart so that list's block stays as it is."""
TECH_WORDS = (
    word_set(
        """
    Linux Unix Posix POSIX BSD FreeBSD OpenBSD NetBSD macOS MacOS OSX iOS iPadOS Android Ubuntu Debian CentOS
    Unicode ASCII EBCDIC UTF Latin-1 Perl PHP JavaScript TypeScript Golang Erlang Clojure Fortran COBOL Cobol
    Lisp Tcl Tkinter Bash Zsh PowerShell Docker Kubernetes Nginx PostgreSQL Postgres MySQL SQLite MongoDB
    NoSQL GraphQL OAuth JSON YAML TOML XML HTML XHTML HTTP HTTPS SMTP IMAP LDAP ASN.1 PEM DER SQL WebSocket
    Kotlin Redis Elasticsearch Kibana Grafana Terraform Ansible Istio Zookeeper Hadoop Airflow Trino Jupyter
    Django Laravel Svelte Deno Webpack Gradle Maven Clang Xcode Emacs Jira Trello Gitea Bitbucket
    NumPy Numpy SciPy Scipy Pandas Matplotlib PyTorch Pytorch TensorFlow Tensorflow Keras Numba Dask
    Flask FastAPI Starlette Uvicorn Gunicorn Celery SQLAlchemy Alembic Pydantic Jinja2 Werkzeug Cython
    Pytest Sphinx Colorama Typer Pyinstrument Mypy Pylint Flake8 Ruff Tox Nox Pipenv Virtualenv
    Anaconda Setuptools Hatch Hatchling Poetry PyPI Pypi Pip Wheel Twine Boto Boto3 Botocore Httpx Aiohttp
    Asyncio Uvloop Pygame PyQt PySide Qt wxPython Kivy Jupyter JupyterLab IPython Ipython Numexpr Xarray
    Scikit-learn Sklearn Spacy SpaCy NLTK Gensim OpenCV Pillow HuggingFace LangChain LlamaIndex
    Memcached Memcache RabbitMQ Mosquitto MariaDB DuckDB ClickHouse CockroachDB InfluxDB Prometheus Jaeger
    Zipkin OpenTelemetry Protobuf gRPC Thrift Avro Parquet Kubectl Podman Vagrant Packer Consul Nomad
    Nuxt Next.js Node.js NodeJS Npm Pnpm ESLint Prettier Babel Rollup Esbuild CMake Makefile
    Markdown reStructuredText Doxygen Javadoc LaTeX Pandoc Regex Cron Crontab Systemd Xorg Vim Neovim
    Kafka Airbyte Superset Metabase CircleCI ArgoCD Linkerd Traefik HAProxy Logstash Fluentd Vitess ScyllaDB
    CouchDB Couchbase Neo4j Pinecone Weaviate Milvus Qdrant Dramatiq Sidekiq Resque OCaml Puppeteer Storybook
    Pulumi Phabricator SonarQube Artifactory Buildah Kaniko Tekton Spinnaker Knative Dapr Samza Kylin Hudi
    Graylog Nagios Zabbix Icinga Opsgenie Hasura Prisma Sequelize Hibernate
    """
    )
    | BUILD_FILES
)
"""Names of operating systems, programming languages, encodings, formats and protocols
(as written), and developer tools and libraries (``Redis``, ``Terraform``, ``Jira``, ``NumPy``,
``Werkzeug``): never a person, place or organization. Company names are not here
(``GitHub``, ``Oracle``), nor words that are also places or people (``Java``, ``Ruby``)."""


SCIENCE_ADJECTIVES = word_set(
    """
    Bayesian Gaussian Hamiltonian Lagrangian Jacobian Hessian Laplacian Euclidean Cartesian Boolean
    Riemannian Newtonian Markovian Hermitian Abelian Lorentzian Poissonian Gibbsian Keynesian Darwinian
    Freudian Jungian Kantian Hegelian Socratic Aristotelian Pythagorean Archimedean Orwellian Kafkaesque
    Machiavellian Shakespearean Dickensian Lovecraftian Brownian Fermionic Bosonic Wagnerian
    """
)
"""Adjectives made of a scientist's, a thinker's or a writer's name (``a Gaussian process``, ``the
Jacobian``, ``Kafkaesque``): NER calls them a group of people (NORP), which they never are."""

PLATFORMS = word_set(
    """
    GitHub Github GitLab Gitlab Google Gmail YouTube Youtube Slack Datadog Dropbox Notion Confluence Zoom
    Salesforce HubSpot Hubspot Stripe PayPal Paypal Shopify Twilio SendGrid Mailchimp Zendesk Intercom Vercel
    Netlify Heroku Cloudflare AWS Azure GCP OpenAI Anthropic ChatGPT GPT Gemini Copilot Mistral Llama Claude
    WhatsApp Whatsapp Telegram Discord Twitter Facebook Instagram LinkedIn Linkedin TikTok Reddit Microsoft
    Outlook Bing DuckDuckGo FedEx UPS DHL USPS Trello Asana Airtable Figma Miro Sentry PagerDuty Splunk
    Okta Auth0 Firebase Supabase Snowflake Databricks BigQuery Tableau Looker Xero QuickBooks Quickbooks
    Venmo Zelle Klarna Revolut Uber Lyft Airbnb Expedia Spotify Netflix
    """
)
"""Names of well-known online services and their products (``GitHub``, ``Datadog``, ``Google
Drive``, ``Anthropic Claude``): NER calls them people or places (``logged in Datadog``), which
they never are. Named as an organization they are left to NER (:func:`platform_name`)."""

PLACE_ABBREVIATIONS = frozenset({"USA", "US", "UK", "UAE", "U.S.", "U.K.", "U.S.A.", "EU"})
"""All-caps abbreviations that are places, kept although 2-4 capital letters."""

_DIGIT = regex.compile(r"\d")
_CODE_CHARS = regex.compile(r"[_/\\=()\[\]{}<>#@|~^*$%+;:`\"]")
_DOTTED = regex.compile(r"\p{L}\.\p{L}{2,}")  # os.path, example.com (U.S. and J.R.R. have one letter per dot)
_LOWER_UPPER = regex.compile(r"(\p{L}*\p{Ll})(\p{Lu})")
_CAPITALS_THEN_WORD = regex.compile(r"\p{Lu}\p{Lu}\p{Ll}")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "St", "O'", "D'", "Fitz")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_ABBREVIATION = regex.compile(r"(?:\p{Lu}\.?){2,4}")
_KEY_CHORD = regex.compile(r"(?:Ctrl|Alt|Cmd|Shift|Option|Meta|Super)[-+]")
_LICENSES = frozenset({"License", "Licence", "Licenses", "Licences"})
_IMPERATIVES = word_set(
    """
    create return set get add make build use write read open close run define raise call pass take start stop
    send load save find show print compute convert parse check update remove delete register
    """
)
"""Verbs that open a docstring's sentence before an article (``Create a Marshaller instance``)."""


_CODE_LINE = regex.compile(r"[ \t]*(?:(?:>>>|\.\.\.)[ \t]+)?(?:class|def|import|from[ \t]+[\w.]+[ \t]+import)[ \t]")
"""The head of a Python line that declares or imports names (``class Meta:``, ``from x import Gt, Len``)."""


_SUBSCRIPT = regex.compile(r"\[[A-Za-z_][\w.]*[\],\[]")
"""A type's subscript after a name: ``[str,``, ``[int]``, ``[Tuple[``."""


def in_code(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` sits in code: one word in backticks, called (``Len()``) or
    subscripted (``Annotated[str``), after ``name.``, beside a ``/`` between words, the region of a
    language tag (``en-US``), or on a ``class``/``def``/``import`` line."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before == "`" and after == "`" and " " not in text[start:end]:
        return True  # `Len`; `Cory Benfield`_ (a link to a person) keeps its name
    if after == "(" and " " not in text[start:end]:
        return True  # Len(), Person('lidatong'): a call, no one's name ("Smith (2019)" has its blank)
    if after == "[" and _SUBSCRIPT.match(text, end):
        return True  # Annotated[str, Doc(...)]: a type's subscript ("Smith[1]" is a footnote)
    if before == "." and start >= 2 and (text[start - 2].isalnum() or text[start - 2] == "_"):
        return True  # stack_data.Line
    if (
        before in "-_"
        and end - start == 2
        and text[start:end].isupper()
        and _LANGUAGE_SUBTAG.search(text, max(0, start - 5), start)
    ):
        return True  # en-US, pt_BR: a language tag's region, no place anyone is in
    if (before == "/" and start >= 2 and text[start - 2].isalnum()) or (
        after == "/" and end + 1 < len(text) and text[end + 1].isalnum()
    ):
        return True  # US/Eastern, Europe/London
    head = line_before(text, start)  # a declaration's head opens the line (None: a line too long to be one)
    return head is not None and _CODE_LINE.match(head) is not None


_LANGUAGE_SUBTAG = regex.compile(r"(?<![\p{L}\d-])[a-z]{2,3}[-_]\Z")
"""A language's code right before a region's (``en-``, ``pt_``): ``en-US`` is a language tag."""
_VARIETY_AFTER = regex.compile(r"[- ](?i:ascii|english|spelling|locale|keyboard|layout)(?![\p{L}\d])")
_COUNTRY_CODES = frozenset({"US", "UK", "GB", "U.S.", "U.K."})


_COMPASS_AFTER = regex.compile(r"[-_](?i:(?:north|south)?(?:east|west)|north|south|central)(?![\p{L}])")
"""A compass point joined to a region's code: a data centre's region (``EU-West``, ``us-east-1``)."""


def names_a_variety(text: str, start: int, end: int) -> bool:
    """A country's code naming a variety or a standard, no place (``US-ASCII``, ``US English``,
    ``UK spelling``, ``US keyboard``), or a cloud provider's region (``EU-West``, ``us-east-1``)."""
    code = text[start:end]
    if end - start == 2 and code.isalpha() and _COMPASS_AFTER.match(text, end) is not None:
        return True
    return code in _COUNTRY_CODES and _VARIETY_AFTER.match(text, end) is not None


_CHANGE_VERB_BEFORE = regex.compile(
    r"(?:^|[.:;!?\n][ \t]*|^[ \t]*[-*\u2022][ \t]*)"
    r"(?:Added|Adds|Improved|Improves|Fixed|Fixes|Removed|Updated|Introduced|Deprecated|Renamed|Optimized"
    r"|Optimised|Enhanced|Reworked|Redesigned|Refactored|New)[ ]$",
    regex.MULTILINE,
)


def after_change_verb(text: str, start: int) -> bool:
    """A release note's verb opens the sentence or the item right before ``start`` (``Improved
    Smart Filters on large workspaces``): what follows is a feature, no company or place."""
    return _CHANGE_VERB_BEFORE.search(text, max(0, start - 40), start) is not None


EVENT_WORDS = word_set(
    """
    agreement agreements accord accords convention conventions treaty protocol declaration charter summit
    consensus principles marathon olympics paralympics biennale philharmonic symphony syndrome
    """
)
"""Words after a town's name that make the two a treaty's, an event's or an orchestra's name (``the
Paris Agreement``, ``the Berlin Marathon``), no one's place (compared lower-cased)."""

_LANDMARK_ENDS = EVENT_WORDS | frozenset(
    {
        "ocean", "sea", "river", "tower", "bridge", "canal", "gulf", "strait", "desert", "mountains", "glacier",
        "volcano", "cathedral", "palace", "museum", "stadium", "monument", "statue", "temple", "basilica",
        "pyramid", "pyramids", "hall", "arena",
    }
)  # fmt: skip
"""Last words of natural features and landmarks (``the Pacific Ocean``, ``Amazon River``, ``the
Eiffel Tower``, ``the Expo Hall``) and of treaties and events named after a town (``the Paris
Agreement``, ``the Berlin Marathon``), never part of where someone lives; not ``Falls``, ``Bay``, ``Island`` or
``Lake``, which end towns too (``Sioux Falls``, ``Green Bay``, ``Staten Island``)."""


_CONTINENTS = frozenset(
    {
        "Africa", "Antarctica", "Asia", "Europe", "Oceania", "Eurasia", "North America", "South America",
        "Latin America", "Central America",
    }
)  # fmt: skip
"""Continents: too wide to say where anyone is (``strong demand in Europe and Asia``)."""


def names_a_landmark(value: str) -> bool:
    """``value`` names a natural feature, a landmark (:data:`_LANDMARK_ENDS`) or a continent, no one's place."""
    words = value.split()
    return (len(words) >= 2 and words[-1].casefold() in _LANDMARK_ENDS) or value.removeprefix("the ") in _CONTINENTS


CAR_MAKES = word_set(
    """
    Toyota Honda Nissan Mazda Subaru Suzuki Mitsubishi Lexus Hyundai Kia Ford Chevrolet Chevy Dodge Jeep
    Chrysler Buick Cadillac Tesla Volkswagen VW Audi BMW Mercedes Porsche Opel Vauxhall Volvo Saab Peugeot
    Renault Citroën Citroen Fiat Skoda Škoda Seat Dacia Yamaha Kawasaki Ducati
    """
)
"""Car and motorbike makes, some of them towns or family names too (``Toyota``, ``Ford``)."""
_MODEL_AFTER = regex.compile(r"[ ](?:\p{Lu}[\p{L}\d-]*|\d[\w-]*)")


def names_a_make(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a make before its model (``2015 Toyota Corolla``, ``Ford F-150``), no
    town or person."""
    return text[start:end] in CAR_MAKES and _MODEL_AFTER.match(text, end) is not None


def platform_name(value: str) -> bool:
    """True when ``value`` is a service's name (:data:`PLATFORMS`), alone or with technology names
    and product words (``Google Drive``, ``Anthropic Claude``), and no first name alone (``Claude``);
    or a system's name (``Antergos Linux``, ``Windows Server``: :data:`_SYSTEM_ENDS` last)."""
    words = words_of(value)
    if len(words) > 1 and words[-1] in _SYSTEM_ENDS:
        return True
    if not words or not any(w in PLATFORMS for w in words):
        return False
    if len(words) == 1:
        return words[0] not in first_names()
    return all(w in PLATFORMS or w in TECH_WORDS or w in _PRODUCT_WORDS for w in words)


_SYSTEM_ENDS = frozenset({"Linux", "BSD", "OS", "Server", "Edition"})
"""Last words of a system's name (``Antergos Linux``, ``Windows Server``), never of a person's or a place's."""

_PRODUCT_WORDS = word_set(
    """
    Drive Docs Sheets Slides Cloud Maps Teams Workspace Pay Analytics Ads Search Chat Meet Calendar Mail
    Assistant Pages Actions Code Studio Store App Apps Business Enterprise Pro Plus Premium API Console
    """
)
"""Words a service's product is named with (``Google Drive``, ``GitHub Actions``, ``Slack Enterprise``)."""


def product_word(word: str) -> bool:
    """``word`` names a service's product (``Drive``, ``Enterprise``, ``Cloud``: :data:`_PRODUCT_WORDS`)."""
    return word in _PRODUCT_WORDS


def abbreviation(word: str) -> bool:
    """``ETA``, ``SKU``, ``U.S.``: two to four capitals, each with or without a dot."""
    return _ABBREVIATION.fullmatch(word) is not None


def words_of(value: str) -> list[str]:
    """The letter runs of ``value`` (``Müller-Lüdenscheidt`` -> two words)."""
    return _WORD.findall(value)


def _camel_case(token: str) -> bool:
    """``camelCase``, ``iPhone``, ``getUserById``: a lower-case letter followed by a capital, except in names
    (McDonald); ``SSLContext``, ``IOBase``: capitals, then a capitalised word."""
    if _CAPITALS_THEN_WORD.search(token):
        return True
    for match in _LOWER_UPPER.finditer(token):
        head = match.group(1)
        at_part_start = match.start() == 0 or token[match.start() - 1] == "-"  # McKeever, Nugent-McKeever
        if at_part_start and head.startswith(_NAME_PREFIXES) and head in _NAME_PREFIXES:
            continue
        return True
    return False


def _capitals_named(value: str, known_place: Callable[[str], bool]) -> bool:
    """``value`` (one word in capitals) is a known name or place (``SMITH``, ``BERLIN``)."""
    return _is_name(value.title()) or known_place(value) or known_place(value.title())


def _is_name(word: str) -> bool:
    return word in first_names() or word in last_names() or word.title() in last_names()


FOREIGN_FUNCTION_WORDS = word_set(
    # Dutch
    "mijn jouw uw onze ons het een wil je jij ik hij zij wij naam hoi hallo groetjes beste geachte bedankt"
    " dank alvast graag goedemorgen goedemiddag goedenavond"
    # Polish
    " mój moja moje mojego mojej twój nasz nasza szanowni szanowny szanowna państwo dzień dobry witam cześć"
    " pozdrawiam dziękuję proszę witaj"
    # Turkish
    " selam merhaba teşekkürler teşekkür g\u00fcnayd\u0131n iyi günler sayg\u0131lar\u0131mla benim ad\u0131m say\u0131n sevgili"
    # Swedish, Danish, Norwegian
    " mitt mina hej hejsan tack hälsningar mvh vänliga hilsen hei hallå kære kæreste kära käre"
    # Czech, Romanian
    " ahoj dobrý den vážený vážená bună dragă dragi stimate stimată"
    # Indonesian
    " halo selamat pagi siang sore malam terima kasih nama kami"
    # German, French, Spanish, Portuguese, Italian
    " die der das mein meine meinen unser unsere hallo moin servus guten bonjour bonsoir salut merci mon mes"
    " notre votre hola buenos buenas días tardes mis nuestro gracias olá oi bom boa meu minha obrigado"
    " obrigada ciao buongiorno buonasera salve mio grazie"
)
"""Greetings, articles, pronouns and possessives of other languages (no first or family name among
them: not ``Mia``, ``Min``, ``Ma``, ``Dag``): an NER entity that opens with one and holds no known
name is the small English model misreading a foreign sentence (``Szanowni Państwo``, ``Mijn naam``,
``Die Lieferung``, ``Selam``)."""


def _foreign_opening(tokens: list[str]) -> bool:
    """The entity's first word is one of :data:`FOREIGN_FUNCTION_WORDS` and no other word a known name."""
    return tokens[0].strip(",;.:!?").lower() in FOREIGN_FUNCTION_WORDS and not any(
        _is_name(t.strip(",;.:!?")) for t in tokens[1:]
    )


_TZ_AREA = regex.compile(r"(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/$")


def in_timezone(text: str, start: int) -> bool:
    """The entity at ``start`` is the city of a time zone's name (``TZ=Europe/Berlin``,
    ``America/New_York``): a setting, no one's place."""
    return start > 0 and text[start - 1] == "/" and _TZ_AREA.search(text, max(0, start - 11), start) is not None


def _closed_class(word: str) -> bool:
    low = word.lower()
    return low in CALENDAR_WORDS or low in UNITS or low in ADDRESS_FILLERS or word in currencies() or word in TITLES


_EDGE_LOWER_WORD = regex.compile(r"\p{Ll}[\p{L}\p{M}'\u2019-]*\s+")


def trim_lowercase(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the lower-case words NER glued to its front (``colis part de Stockholm``)."""
    while True:
        match = _EDGE_LOWER_WORD.match(text, start, end)
        if match is None:
            return start, end
        start = match.end()


@lru_cache(maxsize=1 << 16)
def ordinary_word(word: str) -> bool:
    """True for an ordinary word, weekday, month, unit, currency or address filler (any case)."""
    return word.lower() in common_words() or _no_name_word(word)


@lru_cache(maxsize=1 << 16)
def english_word(word: str) -> bool:
    """:func:`ordinary_word` without the other languages' words (``Violeta``, ``Oliveira`` are none):
    an ordinary English word, a weekday, a month, a unit, a currency or an address filler."""
    return word.lower() in english_words() or _no_name_word(word)


def _no_name_word(word: str) -> bool:
    """A weekday, month, unit, address filler or currency (any case)."""
    low = word.lower()
    return (
        low in CALENDAR_WORDS
        or low in UNITS
        or low in ADDRESS_FILLERS
        or (word in currencies() or (word.upper() in currencies() and len(word) == 3))
    )


ROOM_WORDS = frozenset({"Room", "Rooms", "Lounge", "Auditorium", "Boardroom", "Ballroom", "ROOM"})
"""Words that close a room's name (``Lincoln Room``, ``Blue Room``)."""


def is_false_entity(
    value: str, known_place: Callable[[str], bool] | None = None, *, ignore_ordinary: bool = False
) -> bool:
    """True when ``value`` (an NER entity, cleaned) can be no PERSON, ORGANIZATION or LOCATION.

    ``known_place`` (the gazetteer's lookup) keeps places made of ordinary words (``United
    States``, ``Reading``) that NER found; ``ignore_ordinary`` skips the ordinary-word rule.
    Without ``known_place`` the answer depends on ``value`` alone and is remembered (the name
    rules ask it of the same words again and again).
    """
    if known_place is None and len(value) <= _CACHED_LENGTH:
        return _false_entity_alone(value, ignore_ordinary)
    return _false_entity(value, known_place, ignore_ordinary)


_CACHED_LENGTH = 64
"""Entities longer than this (rare) are not remembered."""


@lru_cache(maxsize=1 << 14)
def _false_entity_alone(value: str, ignore_ordinary: bool) -> bool:
    return _false_entity(value, None, ignore_ordinary)


def _false_entity(value: str, known_place: Callable[[str], bool] | None, ignore_ordinary: bool) -> bool:
    if _DIGIT.search(value) or _CODE_CHARS.search(value.replace("A/S", "")) or "://" in value:
        return True
    if _KEY_CHORD.match(value):
        return True  # Ctrl-C, Alt+F4
    if not any(c.isupper() for c in value):
        return True  # all lowercase: an ordinary word or code
    if value in PLACE_ABBREVIATIONS:
        return False
    tokens = value.split()
    if _DOTTED.search(value) or any(_camel_case(t) for t in tokens):
        return True
    if tokens[-1].rstrip(",;.") in _LICENSES:
        return True  # the Apache License
    if len(tokens) > 1 and tokens[-1].rstrip(",;.") in ROOM_WORDS:
        return True  # the Lincoln Room, the Blue Room: a meeting room, no person and no place of one
    if (
        tokens[-1].rstrip(".") in TITLES
        and tokens[-1].rstrip(".") not in first_names()
        and all(ordinary_word(t) or t.rstrip(".") in TITLES for t in tokens[:-1])
    ):
        return True  # "Sie Herrn Dr", "Sig": titles and ordinary words (Don may be a name; "Juhászné Dr." is one)
    if len(tokens) > 2 and tokens[1] in ("a", "an", "the") and tokens[0].lower() in _IMPERATIVES:
        return True  # "Create a Marshaller": a docstring's first words, no name
    if all(_ABBREVIATION.fullmatch(t) for t in tokens):
        return True  # ETA, SKU, ASAP, FYI, PDF, USD, CEO (and runs of them)
    if known_place is not None and len(tokens) == 1 and value.isupper() and not _capitals_named(value, known_place):
        return True  # NER's FUNCID, BITMAP: one word in capitals is a constant, unless a name or a place
    if all(
        t.strip(",;.") in TECH_WORDS or t.strip(",;.") in SCIENCE_ADJECTIVES or _ABBREVIATION.fullmatch(t.strip(",;."))
        for t in tokens
    ):
        return True  # Linux, Unicode, ASCII PEM, Gaussian
    if _foreign_opening(tokens):
        return True  # "Szanowni Państwo", "Mijn naam", "Die Lieferung": a foreign sentence's words
    words = words_of(value)
    if not words:
        return True
    if ignore_ordinary:
        return False
    if all(_closed_class(w) for w in words):
        return True  # Apt, Suite, Floor, Monday, May, GHz, Dollar: never names, even where a list has them
    if all(ordinary_word(w) or _ABBREVIATION.fullmatch(w) for w in words):
        if any(_is_name(w) for w in words if not w.isupper()):
            return False
        return not (known_place is not None and known_place(value))
    return False

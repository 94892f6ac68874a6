"""URLs that name a namespace, a schema or a code system stay as written (a document breaks if
they change, and they are no one's); other URLs beside them are still protected."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "text",
    [
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"/>',
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">',
        '<project xmlns="http://maven.apache.org/POM/4.0.0">',
        '{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}',
        '{"@context": "https://schema.org", "@type": "Product", "sku": "KX-220"}',
        '{"code": {"coding": [{"system": "http://loinc.org", "code": "2345-7"}]}}',
        '{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"}',
        '<root xmlns:inv="https://schemas.acme-corp.com/invoice/v3">',
    ],
)
def test_namespaces_schemas_and_code_systems_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_other_urls_beside_them_are_protected(pattern_mask: Mask) -> None:
    text = (
        '{"$schema": "https://json-schema.org/draft/2020-12/schema", '
        '"homepage": "https://ravi-menon.dev/about", "search": "https://www.w3.org/search?q=ravi.menon"}'
    )
    out = pattern_mask.protect(text)
    assert "https://json-schema.org/draft/2020-12/schema" in out
    assert "ravi-menon.dev" not in out
    assert "q=ravi.menon" not in out

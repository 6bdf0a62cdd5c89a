import pytest
import spacy


@pytest.fixture(scope="session")
def blank_nlp():
    """Tokens and sentences only: tests of the rules layer need no trained model."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp

import pytest

from wirescope.clean.text import Line
from wirescope.split.truncation import cut_fragment, ends_truncated, title_case


def line(text, label="body", reason=""):
    return Line(start=0, end=len(text), text=text, words=len(text.split()), stop=0.3, label=label, reason=reason)


@pytest.mark.parametrize("text, heading", [
    ("What to Expect on the Crossing", True),
    ("Key Takeaways", True),
    ("Maria Lind, Defence Correspondent, Harbour Post", True),
    ("At a glance", False),
    ("The end of the ferry season", False),
])
def test_truncation_title_case(text, heading):
    assert title_case(text) is heading


@pytest.mark.parametrize("text, cut", [
    ("One of the busiest", True),            # sentence case, three words or more
    ("One of the", True),
    ("Busiest Routes", False),               # two words in Title Case: a heading
    ("Harbour officials said that, when", True),
    ("When the storm comes", True),
    ("Key Takeaways", False),
    ("Thanks for reading!", False),
    ("More at https://harbourpost.example/ferries", False),
    ("winter timetable changes in", False),  # a line starting in lower case is no paragraph's start
    # a page's calls to act and one-word labels are furniture, not sentences cut off
    ("Get a quote", False),
    ("View author page", False),
    ("Explore recent ferry guides", False),
    ("Report a correction or typo", False),
    ("About", False),
    ("Like", False),
    ("The", True),                           # a sentence's first word alone still is one
    ("With", True),
])
def test_truncation_cut_fragment(text, cut):
    assert cut_fragment(line(text, label="junk", reason="short")) is cut


@pytest.mark.parametrize("last, truncated", [
    (line("The ferry operators said the crossings would resume once the winds eased below"), True),
    (line("The ferry operators said the crossings would resume on Friday."), False),
    (line("Crossings resume on Friday", label="heading"), False),
    (line("- Life jackets for every passenger", reason="list"), False),
    (line("- The ferry companies said that passengers booked on the cancelled sailings would get", reason="list"),
     True),
    # a list of linked titles ends many stories; a contact line may end on an address
    (line("- Baltic Ferries Cancel Crossings as Storm Ilse Brings Record Gusts to the Gulf", reason="list"), False),
    (line("Further information may be obtained from the port office: info@port-tallinn.example"), False),
    (line("Rate this article"), False),
    (line("Member Log in"), False),
    (line("Trouble Signing In"), False),
    (line("The ferry operators said the crossings would resume once passengers could check in"), True),
    (line("Stay up to date! Get all the latest ferry news delivered to your inbox"), False),
])
def test_truncation_ends_truncated(last, truncated):
    assert ends_truncated(last) is truncated

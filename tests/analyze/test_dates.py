"""Dates: span finding and ISO values resolved against the publication date (fictional text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirescope.analyze.dates import find_dates, infer_published

PUB = "2031-04-16"  # a Wednesday


def _pairs(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, expected", [
    # absolute dates at the precision the text gives
    ("The treaty was signed on March 9, 2029 in Tallinn.", [("March 9, 2029", "2029-03-09")]),
    ("Talks resumed on 9 March 2029.", [("9 March 2029", "2029-03-09")]),
    ("The port reopened in August 2027.", [("August 2027", "2027-08")]),
    ("The port reopened in 2027 after repairs.", [("2027", "2027")]),
    ("Records from 2030-11-02T08:15:00Z show it.", [("2030-11-02T08:15:00Z", "2030-11-02T08:15Z")]),
    ("Filed on 28.02.2030 in Riga.", [("28.02.2030", "2030-02-28")]),
    ("Filed on 02/28/2030 in Ohio.", [("02/28/2030", "2030-02-28")]),
    ("Filed on 03/04/2030.", [("03/04/2030", None)]),
    ("Saturday, June 14, 2031: the summit opens.", [("Saturday, June 14, 2031", "2031-06-14")]),
    # month / month-day without a year: nearest occurrence to the anchor
    ("The minister spoke on Apr. 14 in Vilnius.", [("Apr. 14", "2031-04-14")]),
    ("The vote is on Nov. 2.", [("Nov. 2", "2030-11-02")]),
    ("He leaves office in January.", [("January", "2031-01")]),
    ("The ceasefire will hold until October.", [("October", "2031-10")]),
    ("The ceasefire held until October.", [("October", "2030-10")]),
    ("The court will rule on Oct. 29.", [("Oct. 29", "2031-10-29")]),
    ("The court ruled on Oct. 29.", [("Oct. 29", "2030-10-29")]),
    ("Elected on March 3, she will take office soon.", [("March 3", "2031-03-03")]),
    ("Elections are due next January.", [("next January", "2032-01")]),
    ("Prices rose last May.", [("last May", "2030-05")]),
    ("You may march on.", []),
    # relative days and weekdays
    ("Officials said today that the bridge was hit yesterday.", [("today", "2031-04-16"), ("yesterday", "2031-04-15")]),
    ("Drones struck in the early hours of Sunday.", [("the early hours of Sunday", "2031-04-13")]),
    ("The envoy arrived on Monday.", [("Monday", "2031-04-14")]),
    ("The envoy will arrive on Monday.", [("Monday", "2031-04-21")]),
    ("We look forward to meeting on Monday.", [("Monday", "2031-04-21")]),
    ("The council met on Wednesday.", [("Wednesday", "2031-04-16")]),
    ("The port was shelled on Friday last week.", [("Friday last week", "2031-04-11")]),
    ("Clashes erupted last Thursday.", [("last Thursday", "2031-04-10")]),
    ("A strike hit on Sunday at 3 a.m. local time.", [("Sunday at 3 a.m. local time", "2031-04-13T03:00")]),
    ("Sirens sounded at 14:30 GMT on Apr. 15.", [("14:30 GMT on Apr. 15", "2031-04-15T14:30Z")]),
    ("The session starts at 9:00.", [("9:00", "T09:00")]),
    # relative units
    ("Exports fell last month and earlier this year.", [("last month", "2031-03"), ("earlier this year", "2031")]),
    ("The law changes next year.", [("next year", "2032")]),
    ("Talks collapsed last week.", [("last week", "2031-W15")]),
    ("It happened two days ago.", [("two days ago", "2031-04-14")]),
    ("It happened 3 months ago.", [("3 months ago", "2031-01")]),
    ("The mine flooded in 2019. A year later it closed.", [("2019", "2019"), ("A year later", "2020")]),
    ("On May 2, 2030 the dam burst. Three weeks later the town was empty.",
     [("May 2, 2030", "2030-05-02"), ("Three weeks later", "2030-05-23")]),
    ("Three weeks later the town was empty.", [("Three weeks later", None)]),
    ("Unrest has grown over the past three years.", [("the past three years", "2028-04-17/2031-04-16")]),
    # ranges, decades, centuries, seasons, eras
    ("The fair runs March 3-5.", [("March 3-5", "2031-03-03/2031-03-05")]),
    ("Output doubled between 2019 and 2021.", [("2019 and 2021", "2019/2021")]),
    ("The 2026-28 budget passed.", [("2026-28", "2026/2028")]),
    ("From June 2 to July 9, 2030 the road was shut.", [("June 2 to July 9, 2030", "2030-06-02/2030-07-09")]),
    ("The town grew in the 1990s.", [("the 1990s", "1990/1999")]),
    ("Fashion from the ’70s returned.", [("the ’70s", "1970/1979")]),
    ("Cities of the 19th century were crowded.", [("the 19th century", "1800/1899")]),
    ("The drought of summer 2029 was severe.", [("summer 2029", "2029-06/2029-08")]),
    ("The fort dates from 508 BC.", [("508 BC", "-0508")]),
    ("Settlers came 5,000 years ago.", [("5,000 years ago", "-2970")]),
    # "the end of ..." as the deadline day; "the rest of ..." up to it
    ("Repairs should be done by the end of the year.", [("the end of the year", "2031-12-31")]),
    ("Rents rise at the start of the month.", [("the start of the month", "2031-04-01")]),
    ("Fares rise at the end of next month.", [("the end of next month", "2031-05-31")]),
    ("The road stays shut until the end of March.", [("the end of March", "2031-03-31")]),
    ("Stocks should last until the end of 2032.", [("the end of 2032", "2032-12-31")]),
    ("The ferry is suspended for the rest of the year.", [("the rest of the year", "2031-04-16/2031-12-31")]),
    ("In 2029 the mayor promised a new bridge by the end of the year.",
     [("2029", "2029"), ("the end of the year", "2029-12-31")]),
    # anaphoric weeks and "the ... before that"
    ("Talks stalled last week. The week before that, they had collapsed.",
     [("last week", "2031-W15"), ("The week before that", "2031-W14")]),
    ("The dam burst on May 2, 2030. The following week the town was empty.",
     [("May 2, 2030", "2030-05-02"), ("The following week", "2030-W19")]),
    ("This day will be remembered.", [("This day", "2031-04-16")]),
    ("Trade boomed in the 1870s. During this period the port doubled.",
     [("the 1870s", "1870/1879"), ("this period", "1870/1879")]),
    ("Sales rose 4% on the same period last year.", [("last year", "2030")]),
    # archaic "the 9th of May last": counted from the date the quoted letter was written
    ("On June 3, 1851 he wrote: the guild sits on the 4th day of Feb. next, as agreed on the 9th of May last.",
     [("June 3, 1851", "1851-06-03"), ("the 4th day of Feb. next", "1852-02-04"), ("the 9th of May last", "1851-05-09")]),
    ("The board met on the 2nd of March last.", [("the 2nd of March last", "2031-03-02")]),
    # named periods, eras carried over from an earlier "BC"
    ("The largest deployment since World War II began.", [("World War II", "1939-09-01/1945-09-02")]),
    ("Prices fell as in the Great Depression.", [("the Great Depression", "1929/1939")]),
    ("The port was founded in 480 BC and walled soon after (410).", [("480 BC", "-0480"), ("410", "-0410")]),
    ("The clinic has room for 410 beds (410).", []),
    ("The monk (c. 340 – 397) wrote in the fourth century; he moved east in 375.",
     [("340 – 397", "0340/0397"), ("the fourth century", "0300/0399"), ("375", "0375")]),
    ("The legion built its camp in the year 64.", [("64", "0064")]),
    ("Fares rose from 240 to 340 (a record) in 375 towns.", []),
    # the past N units count the anchor day
    ("Rainfall over the past week was low.", [("the past week", "2031-04-10/2031-04-16")]),
    ("Conflicts flared in the last decade.", [("the last decade", "2021-04-17/2031-04-16")]),
    # capitals, possessives, ordinal words, "prior"
    ("RIGA, MARCH 3, 2030 - The port reopened.", [("MARCH 3, 2030", "2030-03-03")]),
    ("2029's floods were worse.", [("2029's", "2029")]),
    ("In the summer of 2029, the dam held.", [("summer of 2029", "2029-06/2029-08")]),
    ("The fort was built in AD842.", [("AD842", "0842")]),
    ("It happened on the fifth of January.", [("the fifth of January", "2031-01-05")]),
    ("The mine closed in 2019; it had flooded three years prior.", [("2019", "2019"), ("three years prior", "2016")]),
    ("It happened 3 weeks ago.", [("3 weeks ago", "2031-03-26")]),
    ("Half a century ago, the dam was built.", [("Half a century ago", "1981")]),
    ("The plant opened half a year ago.", [("half a year ago", "2030-10")]),
    # "a.m." and "Oct." end no sentence: the tense of "ended" reaches the weekday after them
    ("The meeting ended at 2 a.m. Friday.", [("2 a.m. Friday", "2031-04-11T02:00")]),
    ("Surveys ran from 1928 onwards.", [("1928", "1928")]),
    ("In her 1887 pamphlet she argued for it.", [("1887", "1887")]),
    ("The mill was rebuilt in 1741 or 1742.", [("1741", "1741"), ("1742", "1742")]),
    # a history that never points at its own "now": year-less dates follow the story
    ("In January 1848 a garrison took the harbour. Rebels moved on it in June, and on October 2 both camps met.",
     [("January 1848", "1848-01"), ("June", "1848-06"), ("October 2", "1848-10-02")]),
    ("The crew sailed north between May and June in 1994, after the yard closed in March.",
     [("May and June in 1994", "1994-05/1994-06"), ("March", "1994-03")]),
    # "lapses" in the simple present is scheduled: a pact that had lapsed would have "lapsed"
    ("Officials said on Tuesday that the pact, signed on May 4, 1998, lapses on Oct. 29.",
     [("Tuesday", "2031-04-15"), ("May 4, 1998", "1998-05-04"), ("Oct. 29", "2031-10-29")]),
    ("The pact, signed on May 4, 1998, will lapse on Oct. 29.", [("May 4, 1998", "1998-05-04"), ("Oct. 29", "2031-10-29")]),
    ("The pact, signed on May 4, 2030, lapsed on Oct. 29.", [("May 4, 2030", "2030-05-04"), ("Oct. 29", "2030-10-29")]),
    # halves, abbreviated weekdays, "'71", lists of years, centuries in ranges and hundreds
    ("The album came out a year and a half ago.", [("a year and a half ago", "2029-10")]),
    ("Six and a half months ago the rocket left.", [("Six and a half months ago", "2030-09-30")]),
    ("He has led the party for the past 2 1/2 years.", [("the past 2 1/2 years", "2028-10-17/2031-04-16")]),
    ("The fair opened Sat., with a parade.", [("Sat.", "2031-04-12")]),
    ("It was in the Sun. Nobody read it.", []),
    ("Super Tuesday ads ran in the Mail on Sunday.", []),
    ("Black Friday and Cyber Monday sales rose.", [("Black Friday", "2030-11-29"), ("Cyber Monday", "2030-12-02")]),
    ("Ash Wednesday 2030 fell early; crowds gathered on Palm Sunday.",
     [("Ash Wednesday 2030", "2030-03-06"), ("Palm Sunday", "2031-04-06")]),
    ("Good Friday Agreement talks resumed; Bloody Sunday was remembered.", []),
    ("A drone struck a building in Kyiv Tuesday, officials said.", [("Tuesday", "2031-04-15")]),
    ("He left school with the class of '84.", [("'84", "1984")]),
    ("It uses the 2021 and 2027 surveys.", [("2021", "2021"), ("2027", "2027")]),
    ("Models ran over 2030 - 2060 for wheat.", [("2030 - 2060", "2030/2060")]),
    ("The council's 1829 charter and this 1833 map survive.", [("1829", "1829"), ("1833", "1833")]),
    ("Villages grew from about 1500 to about 600 BCE.", [("1500 to about 600 BCE", "-1500/-0600")]),
    ("Walls raised from the eleventh to fifteenth centuries remain.", [("the eleventh to fifteenth centuries", "1000/1499")]),
    ("Mills spread in the late 18th and early 19th centuries.",
     [("the late 18th and early 19th centuries", "1775/1824")]),
    ("The district was built in the 1800s.", [("the 1800s", "1800/1899")]),
    ("From the later 1700s to the 1850s the harbour thrived.", [("the later 1700s to the 1850s", "1775/1859")]),
    # holidays, quarters, decades in words, early/late parts, "the year before"
    ("Shops reopen after Christmas.", [("Christmas", "2030-12-25")]),
    ("The fair returns next Christmas.", [("next Christmas", "2031-12-25")]),
    ("Sales at Easter 2030 were weak.", [("Easter 2030", "2030-04-21")]),
    ("Good Friday falls early.", [("Good Friday", "2031-04-11")]),
    ("The office closes for Thanksgiving 2031.", [("Thanksgiving 2031", "2031-11-27")]),
    ("Profits rose last quarter.", [("last quarter", "2031-01/2031-03")]),
    ("Output fell in the third quarter of 2030.", [("the third quarter of 2030", "2030-07/2030-09")]),
    ("Q2 2030 sales fell.", [("Q2 2030", "2030-04/2030-06")]),
    ("The plant should close by year-end.", [("year-end", "2031-12-31")]),
    ("Music of the sixties sold well.", [("the sixties", "1960/1969")]),
    ("Rents soared in the late 1990s.", [("the late 1990s", "1995/1999")]),
    ("It was built in the early 19th century.", [("the early 19th century", "1800/1824")]),
    ("He resigned in 2029; the year before, he had won.", [("2029", "2029"), ("the year before", "2028")]),
    ("It rained last night.", [("last night", "2031-04-15")]),
    ("Sirens woke us at 4 a.m. last night; the last blast came at 11 p.m. last night.",
     [("4 a.m. last night", "2031-04-16T04:00"), ("11 p.m. last night", "2031-04-15T23:00")]),
    ("She was a guest at the fair this weekend.", [("this weekend", "2031-04-12/2031-04-13")]),
    ("The fair opens this weekend.", [("this weekend", "2031-04-19/2031-04-20")]),
    ("Don't tell them, but it's gonna be great this weekend.", [("this weekend", "2031-04-19/2031-04-20")]),
    ("Security tightened after 9/11.", [("9/11", "2001-09-11")]),
    ("They bought a Christmas tree.", []),
    ("Merry Christmas to all.", []),
    ("She starred in The Christmas Chalet with Tom Easter.", []),
    ("He scored in the last quarter.", []),
    ("He scored 10 points in the first quarter.", []),
    ("Shares fell 3% in the first quarter, the company said.", [("the first quarter", "2031-01/2031-03")]),
    ("Fighting continued through the weekend.", [("the weekend", "2031-04-12/2031-04-13")]),
    ("Talks will go on over the weekend.", [("the weekend", "2031-04-19/2031-04-20")]),
    ("The storm hit on the night of Oct. 4.", [("Oct. 4", "2030-10-04")]),
    # not dates
    ("The choir practises every Wednesday and on a Sunday now and then.", []),
    ("Markets open on Friday nights.", []),
    ("The pastor read John 3:16 aloud.", []),
    ("Updated 14:05, by the desk.", [("14:05", "T14:05")]),
    ("Doors open: Daily 08:00, Riga 14:30.", [("08:00", "T08:00"), ("14:30", "T14:30")]),
    ("It was the worst flood in 50 years.", []),
    ("The harbour iced over for the first time in three hundred years.", []),
    ("The bridge will reopen in two years.", [("in two years", "2033")]),
    ("He spent the last six months of his career at sea.", []),
    ("See Kask (2029, p. 1410) and H. R. 1544 under Rule 2014.", [("2029", "2029")]),
    ("The shop at 1355 Alder Terrace keeps a 2000-year-old recipe for the 1000+ fans.", []),
    ("It was in the 80s all week at the Summer Academy; The Saturday Review said so.", []),
    ("Talks ran through the last week of March.", [("March", "2031-03")]),
    ("A poll of 1624 pensioners was run.", []),
    ("More than 2000 people marched.", []),
    ("Nearly 1500 troops were moved.", []),
    ("An F-16 and a Su-34 were seen.", []),
    ("In their 70s, the pair still farm.", []),
    # an adjective between "the" and a decade, a decade before a noun; not an age group or a temperature
    ("Forget the dreary 90s; fans of 80s music came.", [("the dreary 90s", "1990/1999"), ("80s", "1980/1989")]),
    ("The Roaring Twenties ended in the noughties' shadow.", [("The Roaring Twenties", "1920/1929"),
                                                              ("the noughties", "2000/2009")]),
    ("The over 50s in their 60s said it was in the balmy 80s.", []),
    # a designator's number is no year: flights, roads, vehicles, rooms, pages; nor a regulation's number
    ("Flight 2031 and bus 2010 were delayed on Route 1966.", []),
    ("He lives in apartment 1998; see page 2010.", []),
    ("Regulation (EU) 2016/679 protects data.", []),
    ("The flight in 2019 was delayed.", [("2019", "2019")]),
    # but a year before "levels", and a range's end before a plural noun, are years
    ("Emissions must fall 55% below 1990 levels by 2030.", [("1990", "1990"), ("2030", "2030")]),
    ("The town grew from 1880 until 1960 per census figures.", [("1880 until 1960", "1880/1960")]),
])
def test_dates_values(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare weekday follows the sentence's tense, else goes to the nearest one (PUB is a Wednesday)
    ("The panel meets on Friday.", [("Friday", "2031-04-18")]),
    ("The panel meets on Monday.", [("Monday", "2031-04-21")]),  # a scheduled event: the coming one
    ("The panel's report on Monday found no fraud.", [("Monday", "2031-04-14")]),
    # a present progressive, "is to" or "is supposed to" with a time names an arrangement: the future
    ("Parliament is voting on Tuesday.", [("Tuesday", "2031-04-22")]),
    ("The minister is to visit Kyiv on Tuesday.", [("Tuesday", "2031-04-22")]),
    ("We're supposed to visit the market this Sat. with Ed.", [("this Sat.", "2031-04-19")]),
    ("We are releasing the album in the autumn.", [("autumn", "2031-09/2031-11")]),
    ("The company is launching the phone in March.", [("March", "2032-03")]),
    ("The trial begins Monday.", [("Monday", "2031-04-21")]),
    # adjectives and nouns in -ing or -ed are no tense: "is worrying", "the United Nations", "a planned strike"
    ("It is worrying that it hit on Monday.", [("Monday", "2031-04-14")]),
    ("The United Nations General Assembly convenes in September.", [("September", "2031-09")]),
    ("A planned strike on Monday will close ports.", [("Monday", "2031-04-21")]),
    ("This Friday the vote is held.", [("This Friday", "2031-04-18")]),
    ("The vote was held this Monday.", [("this Monday", "2031-04-14")]),
    ("The vote will be held this Monday.", [("this Monday", "2031-04-21")]),
    # the tense of the cue nearest the date decides ("Mr." ends no sentence)
    ("On Saturday, Mr. Vance said he will visit Riga.", [("Saturday", "2031-04-12")]),
    ("Mr. Vance said he will visit Riga on Saturday.", [("Saturday", "2031-04-19")]),
    ("The report will show prices rose in February.", [("February", "2031-02")]),
    # seasons with no year follow the tense; "the following autumn" counts from the last date
    ("The bridge will open in the winter.", [("winter", "2031-12/2032-02")]),
    ("The bridge opened in the autumn.", [("autumn", "2030-09/2030-11")]),
    ("The dam burst in May 2029. The following autumn the town was rebuilt.",
     [("May 2029", "2029-05"), ("following autumn", "2029-09/2029-11")]),
    ("Snow fell all through the winter of 2029-30.", [("winter of 2029-30", "2029-12/2030-02")]),
    ("It was autumn, and the port was quiet.", [("autumn", "2030-09/2030-11")]),
    ("It is a quiet spring in Riga.", [("spring", "2031-03/2031-05")]),
    ("It is a summer school. Spring and autumn bring fewer visitors.", []),
    # "March" capitalised inside a sentence is the month, not the verb, unless it is a name
    ("It felt like March.", [("March", "2031-03")]),
    ("We saw Fredric March films and the March on Washington.", []),
    # business quarters and halves; fiscal years start where each company says, so they get no value
    ("Revenue fell in the first quarter.", [("the first quarter", "2031-01/2031-03")]),
    ("Sales rose 4% in Q3.", [("Q3", "2030-07/2030-09")]),
    ("Output will rise in the second half of the year.", [("the second half of the year", "2031-07/2031-12")]),
    ("Margins fell in H1 2030.", [("H1 2030", "2030-01/2030-06")]),
    ("Revenue fell in the third quarter of fiscal 2030.", [("the third quarter of fiscal 2030", None)]),
    ("Sales in FY2030 beat forecasts.", [("FY2030", None)]),
    ("Sales in FY45 beat forecasts.", [("FY45", None)]),   # any two digits after FY
    ("Costs rose in the fiscal third quarter.", [("the fiscal third quarter", None)]),
    # "this past Sunday", "the week before last", "the month after next"
    ("This past Sunday the fair opened.", [("This past Sunday", "2031-04-13")]),
    ("The fair ran this past weekend.", [("this past weekend", "2031-04-12/2031-04-13")]),
    ("Talks failed the week before last.", [("the week before last", "2031-W14")]),
    ("Fares rise the month after next.", [("the month after next", "2031-06")]),
    ("Prices were lower this time last year.", [("this time last year", "2030-04")]),
    ("The firm will invest $2bn over the next decade.", [("the next decade", "2031-04-16/2041-04-16")]),
    ("The mine opened in 2019. The next year it flooded.", [("2019", "2019"), ("The next year", "2020")]),
    ("This time a year ago the port was shut.", [("This time a year ago", "2030-04")]),
    # "the next 15 years" in a past-tense sentence counts from the last date, in the future from the anchor
    ("The scheme started in 2010. Over the next 15 years, cash was pumped in.",
     [("2010", "2010"), ("the next 15 years", "2010/2025")]),
    ("Over the next 15 years, cash will be pumped in.", [("the next 15 years", "2031-04-16/2046-04-16")]),
    ("He died in 2020; in the previous two years he wrote little.", [("2020", "2020"), ("the previous two years", "2018/2020")]),
    # a yearless month with a year named after it: "in July last year", "in March that year"
    ("Prices peaked in July last year.", [("July last year", "2030-07")]),
    ("The plant closed in March of last year.", [("March of last year", "2030-03")]),
    ("The summit is in June next year.", [("June next year", "2032-06")]),
    ("The law passed in 2019; in March that year, protests began.", [("2019", "2019"), ("March that year", "2019-03")]),
    ("He was elected in 2019 and took office in January the following year.",
     [("2019", "2019"), ("January the following year", "2020-01")]),
    ("The fair ran from May 3 to May 5 last year.", [("May 3 to May 5 last year", "2030-05-03/2030-05-05")]),
    # "would" speaks of the future of a past saying; "would have" does not
    ("The minister said talks would resume on Monday.", [("Monday", "2031-04-21")]),
    ("He said the factory would reopen in June.", [("June", "2031-06")]),
    ("The plant would have closed in March.", [("March", "2031-03")]),
    # a range's end comes after its start: resolved alone it may not
    ("Voting runs from Friday through Sunday.", [("Friday through Sunday", "2031-04-18/2031-04-20")]),
    ("The season runs between October and April.", [("October and April", "2030-10/2031-04")]),
    ("The show ran from Thursday to Monday.", [("Thursday to Monday", "2031-04-10/2031-04-14")]),
    ("The score was 2020 to 1990.", [("2020", "2020"), ("1990", "1990")]),
    # in a text about its own time, a past-tense month follows an absolute date just told in another year,
    # unless that date is in an aside, "now" was named since, or the month is when a statement was made
    ("Talks failed on Tuesday. Fighting resumed in October 2029. By December, the city had fallen.",
     [("Tuesday", "2031-04-15"), ("October 2029", "2029-10"), ("December", "2029-12")]),
    ("Talks failed on Tuesday. The war began on Feb. 24, 2022, and the city fell in May.",
     [("Tuesday", "2031-04-15"), ("Feb. 24, 2022", "2022-02-24"), ("May", "2022-05")]),
    ("Talks failed on Tuesday. In 2019, the firm hired 300 people, and in March it opened a plant.",
     [("Tuesday", "2031-04-15"), ("2019", "2019"), ("March", "2019-03")]),
    ("Talks failed on Tuesday. The firm, founded in 1998, posted a loss in March.",
     [("Tuesday", "2031-04-15"), ("1998", "1998"), ("March", "2031-03")]),
    ("Talks failed on Tuesday. Smith, who joined in March 2020, said in January he would resign.",
     [("Tuesday", "2031-04-15"), ("March 2020", "2020-03"), ("January", "2031-01")]),
    ("Talks failed on Tuesday. The war began in February 2022. Today it is quiet. In March, troops withdrew.",
     [("Tuesday", "2031-04-15"), ("February 2022", "2022-02"), ("Today", "2031-04-16"), ("March", "2031-03")]),
    ("Talks failed on Tuesday. He was born in 1960. He died in May.",
     [("Tuesday", "2031-04-15"), ("1960", "1960"), ("May", "2031-05")]),
    # the open end of a range is the anchor day; "at the time of writing" is the anchor day
    ("She has chaired the board (2014 – present).", [("2014 – present", "2014/2031-04-16")]),
    ("She served from 2019 to the present day.", [("2019 to the present day", "2019/2031-04-16")]),
    ("The present government fell; we present the report.", []),
    ("At the time of writing, the port was shut.", [("the time of writing", "2031-04-16")]),
    # a present perfect "for 20 years" is the span up to now; a sentence or a contract is not
    ("The party has ruled for nearly 20 years.", [("nearly 20 years", "2011-04-17/2031-04-16")]),
    ("He has been jailed for 20 years.", []),
    ("He was jailed for 20 years and will stay for two years.", []),
    ("Humans have lived on these islands for about 40,000 years.", [("about 40,000 years", None)]),
    # a day of the month alone: of the month just named, else around the anchor by the tense
    ("Talks began on March 3. By the 10th, they had failed.", [("March 3", "2031-03-03"), ("the 10th", "2031-03-10")]),
    ("The ruling came on the 15th.", [("the 15th", "2031-04-15")]),
    ("The vote will be held on the 2nd.", [("the 2nd", "2031-05-02")]),
    ("She lives on the 15th floor and finished 15th.", []),
    ("Poems from the 15th to the 19th century survive.", [("the 19th century", "1800/1899")]),
    # an attribution after the date tells when it was said, not the tense of what was said
    ("The lease runs until the 30th, officials said.", [("the 30th", "2031-04-30")]),
    ("The strike hit on Monday, officials said.", [("Monday", "2031-04-14")]),
    ("May 7 On Friday, the government announced a plan to build ports.", [("May 7", "2031-05-07"), ("Friday", "2031-04-11")]),
    # "would" in a later clause is that clause's future, not the date's
    ("He stopped short of conceding on Sunday night, saying he would wait.", [("Sunday night", "2031-04-13")]),
    ("Farmers said they would decide on Tuesday whether to go on.", [("Tuesday", "2031-04-22")]),
    # a weekday in a short sentence with no tense of its own (a caption) takes the tense of the next sentence
    ("The queue at the gates minutes after opening Friday. The fair drew 9,000 people.", [("Friday", "2031-04-11")]),
    ("The queue at the gates minutes after opening Friday. The fair will draw 9,000 people.", [("Friday", "2031-04-18")]),
    # "the week of" a day is that day's week
    ("Talks are set for the week of May 5.", [("the week of May 5", "2031-W19")]),
])
def test_dates_tense_seasons_quarters(text, expected):
    assert _pairs(text) == expected


def test_dates_without_anchor_relative_values_are_null():
    got = find_dates("Talks resumed on Monday and again on March 9, 2029.", None)
    assert [(d["text"], d["value"], d["relative"]) for d in got] == [
        ("Monday", None, True), ("March 9, 2029", "2029-03-09", False)]


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_dates_anchor_at_the_calendar_edge_gives_null_not_an_error(published):
    got = find_dates("On Sunday, last Christmas and next Easter, 3 weeks ago.", published)
    assert all(d["value"] is None or isinstance(d["value"], str) for d in got)


def test_dates_anchor_with_time_is_accepted():
    assert _pairs("It rained yesterday.", "2031-04-16T09:30:00+02:00") == [("yesterday", "2031-04-15")]


@pytest.mark.parametrize("text, expected", [
    ("Headline here\nBy Jane Roe March 3, 2031 10:14 AM\nBody text follows.", "2031-03-03T10:14:00"),
    ("Headline\nUpdated 10:14 AM EST, March 3, 2031\nPublished March 2, 2031\nBody.", "2031-03-02"),
    ("Updated 10:14 AM EST, March 3, 2031\nBody text.", "2031-03-03"),
    ("March 3, 2031 — The port city woke to sirens.", "2031-03-03"),
    ("The port city woke to sirens yesterday, officials said on March 3, 2031.", None),
    ("Yesterday — the port city woke to sirens.", None),
    ("", None),
])
def test_infer_published(text, expected):
    assert infer_published(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.-/:–'’aAmMpPsS()") + [
    "May ", "Sunday ", "last ", "week", "ago ", "two ", "days ", "later ", "1990s", "BC", "GMT", "Oct. ",
    "between ", " and ", "the ", "summer ", "century", "2024", "\n", "Christmas ", "Easter ", "quarter ", "Q3 ",
    "year-end", "the end of ", "the year", "before that", "c. ", "347", "Sat.", "the 1800s", "centuries", "and a half ",
    "this period", "over the weekend", "the fifth of ", "MARCH ", "BCE", "next,"]) | st.text(max_size=5)).map("".join),
    st.sampled_from([None, PUB, "2031", "bad", "0001-01-01", "9999-12-31"]))
def test_dates_property_spans_inside_text(text, published):
    for d in find_dates(text, published):
        assert 0 <= d["start"] < d["end"] <= len(text)
        assert text[d["start"]:d["end"]] == d["text"]
        assert d["value"] is None or isinstance(d["value"], str)
    infer_published(text)

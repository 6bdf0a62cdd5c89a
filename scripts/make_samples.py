#!/usr/bin/env python3
"""Build the derived files of the wirescope demo corpus under ``samples/``.

Everything in the corpus is fictional world-affairs news written for wirescope.
Most of it is hand-written plain files (``samples/text/*.txt``,
``samples/html/*.html``, ``samples/feeds/*``). This script writes the files that
are binary, need a particular encoding, or must stay byte-identical to another
file, from sources kept in this script (or, for the syndicated copies, from the
canonical text file):

- ``text/2026-03-05_continental-ledger_gas-traders-brace.txt``   cp1252 bytes, CRLF
- ``text/2026-03-08_meridian-herald_montenegro-votes.txt``       UTF-8 with BOM
- ``text/2026-03-06_eastgate-times_eu-gas-price-corridor-deal.txt`` exact copy
- ``text/2026-03-07_meridian-herald_brussels-caps-gas-prices.txt``  near copy
- ``html/2026-03-09_meridian-herald_estonia-port-inquiry.html.gz``  gzip
- ``html/2026-03-10_baltic-wire_tallinn-port-cost.html``          windows-1252
- ``exports/2026-03-11_newsdesk-monitor.jsonl``                    JSON Lines
- ``warc/news.warc.gz``                                           WARC (warcio)

Run with the project venv: ``.venv/bin/python scripts/make_samples.py``.
The output is deterministic (fixed dates, fixed record ids, gzip mtime 0), so
re-running rewrites identical bytes; files whose bytes did not change are not
touched.
"""

from __future__ import annotations

import gzip
import html
import io
import json
import struct
import sys
import uuid
import zlib
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


# ---------------------------------------------------------------------------
# helpers


def write_bytes(rel: str, data: bytes) -> None:
    """Write ``data`` to ``samples/rel`` unless the file already holds it."""
    path = SAMPLES / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_bytes() == data:
        print(f"unchanged  {rel}", file=sys.stderr)
        return
    path.write_bytes(data)
    print(f"wrote      {rel} ({len(data)} bytes)", file=sys.stderr)


def paras(text: str) -> list[str]:
    """Split a source text into paragraphs (blank-line separated)."""
    return [" ".join(p.split("\n")).strip() for p in text.strip().split("\n\n") if p.strip()]


def p_html(text: str, indent: str = "    ") -> str:
    """Render paragraphs as <p> elements, escaping markup characters only."""
    return "\n".join(f"{indent}<p>{html.escape(p, quote=False)}</p>" for p in paras(text))


def replace_once(text: str, old: str, new: str) -> str:
    """Replace ``old`` exactly once; fail loudly if the canonical text drifted."""
    count = text.count(old)
    if count != 1:
        raise SystemExit(f"make_samples: expected exactly one {old!r} in canonical text, found {count}")
    return text.replace(old, new)


# ---------------------------------------------------------------------------
# 1. cp1252 plain text with CRLF line endings (an old Windows pipeline)

GAS_TRADERS_CP1252 = """\
Gas Traders Brace for Brussels Price Cap as France Leads Push
By Daniel Osei
March 5, 2026 5:12 pm ET

LONDON\u2014Gas traders spent Thursday trying to price a rule that does not yet exist, as European Union governments prepared for an emergency meeting in Brussels on Friday that could put a ceiling on the continent\u2019s benchmark gas contract.

The front-month contract on the Dutch TTF hub settled at \u20ac67.25 a megawatt-hour, down from Monday\u2019s peak of \u20ac71.40 but still about 80% higher than in early December. Trading volumes were thin, brokers said, as funds cut positions ahead of the meeting.

\u201cNobody wants to be caught long above the cap on Friday night,\u201d said a London-based broker who handles orders for hedge funds. \u201cSo you see people stepping back and waiting.\u201d

The European Commission\u2019s proposal would block trades in front-month TTF contracts above \u20ac65 a megawatt-hour for 90 days, with an automatic suspension if supply is threatened. France has been its most vocal champion. French Energy Minister Fran\u00e7ois Delmas spent Thursday on the phone with counterparts in Berlin and The Hague, according to officials in Paris, trying to win over the two governments most skeptical of the plan.

\u201cA ceiling is not a magic wand, and nobody in Paris thinks it is,\u201d Mr. Delmas said in an interview with French radio. \u201cBut when a cold week in Norway and a drone on the Danube can double a family\u2019s heating bill, the market is not doing its job\u2014and governments have to do theirs.\u201d

ADVERTISEMENT

Germany has warned that a hard cap could divert cargoes of liquefied natural gas to Asia. Officials in Berlin said they could accept a ceiling if the suspension mechanism was triggered automatically by objective criteria rather than by a political decision. Hungary has threatened to fight the measure, although it can be adopted without Budapest\u2019s support.

Analysts said the immediate effect of a cap at \u20ac65 would be limited, since prices were already close to that level. The bigger question, they said, was what happens if the weather turns cold again or if the talks between Ukraine and Russia in Istanbul collapse.

Energy-intensive industries are lobbying for quick action. Europe\u2019s chemical makers, which use gas both as fuel and as feedstock, said several plants in Belgium and Germany had cut output this week. \u201cOur members cannot run factories on promises,\u201d said Ingrid Holm, director general of a Brussels-based association of chemical producers.

Some traders said the bigger story was further north. Norway\u2019s Kollsnes plant, one of Europe\u2019s largest gas-processing facilities, has been running at reduced capacity since Feb. 27 because of a compressor fault, and its operator said repairs could take until the middle of next week.

\u201cFix Kollsnes and you take five euros off the price,\u201d said a trader at a utility in D\u00fcsseldorf. \u201cCap the price and you take nothing off the cold.\u201d

Mr. Delmas, for his part, said he expected a deal. \u201cWe will not leave Brussels without one,\u201d he said.
"""


# ---------------------------------------------------------------------------
# 2. UTF-8 with BOM

MONTENEGRO_VOTES_BOM = """\
Montenegro votes in election shaped by a port deal, with Vujović claiming lead
Ruth Pemberton in Podgorica
Sun 8 Mar 2026 22.35 GMT

Marko Vujović’s Forward Montenegro appeared on course to become the largest party in Montenegro’s parliament after Sunday’s snap election, according to projections by an independent monitoring group, setting up weeks of coalition bargaining in a country that hopes to be the next member of the European Union.

Civic Count, a Podgorica-based monitor that runs a parallel vote tabulation, projected that Forward Montenegro would win about 31% of the vote, ahead of the Civic Alliance of the outgoing prime minister, Danilo Radonjić, on about 28%. The pro-Serbian Homeland Union, led by Nebojša Lalić, was projected to take 18%.

On those figures no party would come close to the 41 seats needed for a majority in the 81-seat parliament. Preliminary results from the State Election Commission were expected early on Monday.

“Tonight Montenegro chose to look forward,” Vujović told supporters outside his party’s headquarters in Podgorica, where a brass band played and the crowd waved EU flags alongside the red and gold of Montenegro. “We will talk to everybody who wants this country to be honest, European and in charge of its own port.”

The election was forced by the collapse of Radonjić’s coalition in December over a 30-year lease of two terminals at the Port of Bar to a Gulf-based operator. Two junior partners joined the opposition in a no-confidence vote after details of the contract leaked, including a clause that critics said would let the operator block competing terminals until 2056.

Radonjić did not concede. Speaking at his party’s election-night event at a hotel in the capital, he said the Civic Alliance had “held its ground in difficult circumstances” and would wait for official figures. “The Bar agreement will be judged by the jobs it creates, not by one evening,” he said.

Turnout was about 62%, according to the monitors, the highest in more than a decade. Long queues formed at polling stations in Podgorica and Nikšić during the afternoon.

Lalić, whose party campaigned against Montenegro’s sanctions on Russia, said Homeland Union would be “the guarantor that no government forgets the Serbian people of Montenegro”. Vujović has ruled out governing with him.

That leaves Vujović looking to the parties of Montenegro’s Bosniak and Albanian minorities, and possibly to a new green movement from the Bay of Kotor, to build a majority. Analysts in Podgorica said a broader deal with the Civic Alliance could not be ruled out, despite the bitterness of the campaign.

“Montenegrin politics has a long tradition of enemies becoming partners within a month,” said Dragana Šćepanović, a political scientist at the University of Montenegro. “The question is what price Radonjić will ask for, and whether Bar is part of it.”

Observers from the Organization for Security and Co-operation in Europe will deliver their preliminary assessment on Monday.
"""


# ---------------------------------------------------------------------------
# 3. syndicated copies of the Baltic Wire gas-ceiling story
#
# Canonical: text/2026-03-06_baltic-wire_eu-gas-price-corridor-deal.txt
# Exact copy: Eastgate Times page around the unchanged wire text.
# Near copy: The Meridian Herald's edited version (new headline, British
# spelling, one sentence rewritten, one paragraph added, credit line replaced).

CANONICAL_GAS = "text/2026-03-06_baltic-wire_eu-gas-price-corridor-deal.txt"

EASTGATE_HEAD = """\
Skip to main content
EASTGATE TIMES
Menu
News
Central Europe
Balkans
Baltics
Ukraine
Economy
Opinion
Newsletters
Log in

Economy

"""

EASTGATE_DATE = """
Published: 2026-03-06 19:40 GMT
Baltic Wire
"""

EASTGATE_TAIL = """
ADVERTISEMENT

Latest news
19:12
Istanbul talks: prisoner working group agrees outline of exchange
17:55
Montenegro: last rallies in Podgorica before Sunday's vote
16:30
Estonia's port operator says Muuga at 60% of normal capacity
15:02
Polish farmers block Dorohusk crossing for second day

Most read
1. EU agrees temporary gas price ceiling as Hungary, Slovakia abstain
2. Who is Marko Vujović, the man who could be Montenegro's next prime minister?
3. Drone debris in Plauru: Romania's village on the front line

Get the Eastgate Briefing in your inbox
Enter your email to subscribe
Subscribe
* indicates required
By subscribing you agree to our Terms and Privacy Policy.
Thank you for signing up!

Follow us
Facebook
X
LinkedIn
Telegram

© 2026 Eastgate Media GmbH
About us
Imprint
Privacy Policy
Terms of Use
Cookie preferences
"""

MERIDIAN_HEAD = """\
We value your privacy
We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choices at any time by clicking “Privacy settings” at the bottom of any page.
Accept all
Reject all
Manage preferences

The Meridian Herald
Home
World
UK
Politics
Business
Opinion
Sport
Culture
Sign in
Subscribe

Business | Energy

Brussels caps gas prices for 90 days after late-night deal

Hungary and Slovakia abstain as ministers agree ceiling on benchmark contract

Piotr Lis and Kadri Saar, Baltic Wire | 7 March 2026
Ministers arrive for the emergency meeting of EU energy ministers in Brussels on Friday. Photo: Nordpix
Listen to this article
Share on Facebook
Share on X
Copy link

"""

MERIDIAN_TAIL = """
More on this story
Energy ministers called to Brussels as gas prices hit two-year high
Hungary's pipeline contracts and the fight over the cap
What a price ceiling means for your energy bill

Share on Facebook
Share on X
Share via Email
Copy link

Sign up to Europe Today
Our free morning briefing on the stories shaping the continent
Enter your email to subscribe
Subscribe
We will only use your email to send you newsletters. See our Privacy Policy.
Thank you for signing up. Please check your inbox to confirm.

© 2026 The Meridian Herald Ltd. All rights reserved.
Privacy Policy
Terms of Use
Cookie settings
Contact us
Complaints & corrections
"""

MERIDIAN_ADDED_PARAGRAPH = (
    "Britain, which left the EU in 2020, is not bound by the decision. A spokesperson for the "
    "Department for Energy Security and Net Zero said the government was monitoring the situation "
    "closely but had no plans to introduce a similar measure. Wholesale gas for next-day delivery "
    "in the UK fell 3.8% on Friday, tracking the move on the continent."
)

# (old, new) pairs applied to the canonical body, each exactly once.
MERIDIAN_EDITS = [
    ("in an effort to stabilize a market", "in an effort to stabilise a market"),
    ("12 billion cubic meters of LNG", "12 billion cubic metres of LNG"),
    ("voted in favor after securing", "voted in favour after securing"),
    (
        "Traders were skeptical that the ceiling would have much effect.",
        "Traders doubted that the ceiling would make much difference to what households pay.",
    ),
    ("he was not authorized to speak publicly", "he was not authorised to speak publicly"),
    ("the joint purchasing program could prove", "the joint purchasing programme could prove"),
    ("Norwegian Kollsnes processing center", "Norwegian Kollsnes processing centre"),
]


def split_canonical(text: str) -> tuple[str, str, str]:
    """Return (headline, byline, rest) of the canonical wire file."""
    headline, rest = text.split("\n\n", 1)
    byline, rest = rest.split("\n\n", 1)
    return headline, byline, rest


def build_syndicated_copies() -> None:
    canonical = (SAMPLES / CANONICAL_GAS).read_text(encoding="utf-8")
    headline, byline, rest = split_canonical(canonical)

    # Exact copy: headline, byline, body and credit line are byte-identical.
    exact = EASTGATE_HEAD + headline + "\n" + EASTGATE_DATE + "\n" + byline + "\n\n" + rest + EASTGATE_TAIL
    write_bytes("text/2026-03-06_eastgate-times_eu-gas-price-corridor-deal.txt", exact.encode("utf-8"))

    # Near copy: body edited, credit line replaced, paragraph added.
    body, credit = rest.rstrip("\n").rsplit("\n\n", 1)
    assert credit.startswith("Reporting by"), credit
    for old, new in MERIDIAN_EDITS:
        body = replace_once(body, old, new)
    anchor = "It had reached 71.40 euros on Monday, its highest level in more than two years."
    body = replace_once(body, anchor, anchor + "\n\n" + MERIDIAN_ADDED_PARAGRAPH)
    near = MERIDIAN_HEAD + body + "\n\nThis article was amended on 7 March 2026 to add the UK response.\n" + MERIDIAN_TAIL
    write_bytes("text/2026-03-07_meridian-herald_brussels-caps-gas-prices.txt", near.encode("utf-8"))


# ---------------------------------------------------------------------------
# 4. page templates, one per outlet (used by the .html.gz, the windows-1252
#    page and the WARC captures)


def meridian_page(*, slug: str, section: str, headline: str, standfirst: str, author: str,
                  published: str, display_date: str, caption: str, body: str,
                  related: list[str]) -> str:
    url = f"https://www.meridianherald.co.uk/{slug}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "description": standfirst,
        "datePublished": published,
        "author": [{"@type": "Person", "name": author}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "The Meridian Herald",
                      "url": "https://www.meridianherald.co.uk/"},
        "mainEntityOfPage": url,
        "isAccessibleForFree": True,
    }
    related_html = "\n".join(f'      <li><a href="/{slug.rsplit("/", 1)[0]}/{i}">{html.escape(r)}</a></li>'
                             for i, r in enumerate(related, 1))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{html.escape(headline)} | {section} | The Meridian Herald</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{html.escape(standfirst)}">
  <meta name="author" content="{html.escape(author)}">
  <meta property="og:site_name" content="The Meridian Herald">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{html.escape(headline)}">
  <meta property="og:description" content="{html.escape(standfirst)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{published}">
  <meta property="article:section" content="{section}">
  <link rel="canonical" href="{url}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <link rel="stylesheet" href="https://assets.meridianherald.co.uk/static/css/article.9c2e.css">
</head>
<body>
  <div class="consent-banner" role="dialog">
    <h2>We value your privacy</h2>
    <p>We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic.</p>
    <button>Accept all</button> <button>Reject all</button> <a href="/help/privacy-settings">Manage preferences</a>
  </div>
  <header class="mh-header">
    <a class="mh-logo" href="/">The Meridian Herald</a>
    <nav class="mh-pillars">
      <ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/uk">UK</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul>
    </nav>
    <a class="mh-signin" href="/signin">Sign in</a> <a class="mh-support" href="/subscribe">Subscribe</a>
  </header>
  <main>
  <article>
    <div class="mh-kicker"><a href="/world">World</a> | <a href="/world/europe">{section}</a></div>
    <h1>{html.escape(headline)}</h1>
    <div class="mh-standfirst"><p>{html.escape(standfirst)}</p></div>
    <figure class="mh-main-media"><img src="https://media.meridianherald.co.uk/img/{slug.rsplit('/', 1)[1]}.jpg" alt=""><figcaption>{html.escape(caption)}</figcaption></figure>
    <address class="mh-byline">{html.escape(author)}</address>
    <time class="mh-dateline" datetime="{published}">{display_date}</time>
    <div class="mh-audio"><button>Listen to this article</button></div>
    <div class="mh-share"><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a></div>
    <div class="mh-body" itemprop="articleBody">
{p_html(body, indent="      ")}
    </div>
    <div class="mh-share"><a>Share on Facebook</a> <a>Share on X</a> <a>Share via Email</a> <a>Copy link</a></div>
  </article>
  <aside class="mh-onward">
    <h2>More on this story</h2>
    <ul>
{related_html}
    </ul>
  </aside>
  <section class="mh-newsletter">
    <h2>Sign up to Europe Today</h2>
    <p>Our free morning briefing on the stories shaping the continent</p>
    <form action="/email/signup" method="post"><input type="email" placeholder="Enter your email to subscribe"><button>Subscribe</button></form>
    <p class="mh-small">We will only use your email to send you newsletters. See our Privacy Policy.</p>
  </section>
  <section class="mh-comments">
    <h2>Comments</h2>
    <p>Comments on this piece are premoderated to ensure discussion remains on topics raised by the article.</p>
    <div class="mh-comment"><span class="mh-comment__user">BalticWatcher</span><p>Good reporting. Worth remembering this is not the first warning these operators ignored.</p></div>
    <div class="mh-comment"><span class="mh-comment__user">northernlight77</span><p>The same questions should be asked in every European port, including ours.</p></div>
  </section>
  </main>
  <footer class="mh-footer">
    <ul><li><a href="/help/privacy-policy">Privacy Policy</a></li><li><a href="/help/terms-of-use">Terms of Use</a></li><li><a href="/help/privacy-settings">Cookie settings</a></li><li><a href="/help/contact-us">Contact us</a></li></ul>
    <p>© 2026 The Meridian Herald Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def baltic_wire_page(*, slug: str, headline: str, author: str, published: str, display_date: str,
                     body: str, related: list[str], charset: str = "utf-8") -> str:
    url = f"https://www.balticwire.eu/news/{slug}"
    related_html = "\n".join(f'<li><a href="/news/related-{i}">{html.escape(r)}</a></li>'
                             for i, r in enumerate(related, 1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="{charset}">
<title>{html.escape(headline)} | Baltic Wire</title>
<meta name="author" content="{html.escape(author)}">
<meta property="og:site_name" content="Baltic Wire">
<meta property="og:title" content="{html.escape(headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/bw.css">
</head>
<body>
<div id="cookies" class="cookie-bar">Baltic Wire uses cookies for analytics and to remember your preferences. <a href="/privacy">Read more</a> <button>OK</button></div>
<div class="bw-top">
<a class="bw-logo" href="/">BALTIC WIRE</a>
<ul class="bw-nav">
<li><a href="/">Top news</a></li><li><a href="/baltics">Baltics</a></li><li><a href="/nordics">Nordics</a></li><li><a href="/europe">Europe</a></li><li><a href="/world">World</a></li><li><a href="/markets">Markets</a></li><li><a href="/media-services">For media</a></li>
</ul>
<form class="bw-search" action="/search"><input name="q" placeholder="Search"></form>
</div>
<div class="bw-wrap">
<div class="bw-main">
<h1 class="bw-headline">{html.escape(headline)}</h1>
<div class="bw-meta"><span class="bw-author">By {html.escape(author)}</span> &middot; <span class="bw-date">{display_date}</span></div>
<div class="bw-story">
{p_html(body, indent="")}
</div>
<div class="bw-license">Baltic Wire copy may be republished by subscribing media only. For licensing contact sales@balticwire.eu</div>
<div class="bw-share"><a>Share on Facebook</a> <a>Share on LinkedIn</a> <a>Copy link</a></div>
</div>
<div class="bw-side">
<h3>Related stories</h3>
<ul>
{related_html}
</ul>
<div class="bw-newsletter">
<h3>Baltic Wire Daily</h3>
<form><input type="email" placeholder="Enter your email to subscribe"><button>Subscribe</button></form>
<p>* indicates required</p>
</div>
</div>
</div>
<div class="bw-foot">&copy; 2026 Baltic Wire OÜ, Tallinn &middot; <a href="/privacy">Privacy Policy</a> &middot; <a href="/terms">Terms of Use</a> &middot; <a href="/about">About</a></div>
</body>
</html>
"""


def eastgate_page(*, slug: str, section: str, headline: str, author: str, place: str, published: str,
                  display_published: str, caption: str, body: str, related: list[str]) -> str:
    url = f"https://www.eastgatetimes.eu/{section.lower()}/{slug}.htm"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "datePublished": published, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "NewsMediaOrganization", "name": "Eastgate Times",
                        "url": "https://www.eastgatetimes.eu/"},
          "dateline": place, "articleSection": section}
    related_html = "\n".join(f'<li><a href="/{section.lower()}/rel{i}.htm">{html.escape(r)}</a></li>'
                             for i, r in enumerate(related, 1))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(headline)} - Eastgate Times</title>
<meta name="author" content="{html.escape(author)}">
<meta property="og:site_name" content="Eastgate Times">
<meta property="og:title" content="{html.escape(headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False)}
</script>
<link rel="stylesheet" type="text/css" href="/css/eg_main.css">
</head>
<body bgcolor="#ffffff">
<div id="cookieNotice">This website uses cookies. By continuing to browse the site you are agreeing to our use of cookies. <a href="/privacy.htm">Find out more</a> <a href="#">OK</a></div>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="masthead"><a href="/index.htm"><img src="/img/eastgate_logo.gif" alt="EASTGATE TIMES" border="0"></a></td></tr>
<tr><td class="navbar"><a href="/index.htm">News</a> | <a href="/central-europe/index.htm">Central Europe</a> | <a href="/balkans/index.htm">Balkans</a> | <a href="/baltics/index.htm">Baltics</a> | <a href="/ukraine/index.htm">Ukraine</a> | <a href="/economy/index.htm">Economy</a> | <a href="/opinion/index.htm">Opinion</a> | <a href="/newsletters.htm">Newsletters</a></td></tr>
</table>
<table width="100%" cellpadding="8" cellspacing="0" border="0">
<tr>
<td valign="top" width="70%">
<div class="breadcrumb"><a href="/index.htm">Home</a> &gt; <a href="/{section.lower()}/index.htm">{section}</a></div>
<h1 class="headline">{html.escape(headline)}</h1>
<div class="dateline">Published: {display_published}<br>By {html.escape(author)}, {place}</div>
<div class="photo"><img src="/img/2026/03/{slug}.jpg" width="620" alt=""><br><span class="caption">{html.escape(caption)}</span></div>
<div class="ad">ADVERTISEMENT</div>
<div class="articletext">
{p_html(body, indent="")}
</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>
<div class="comments"><h3>Reader comments (0)</h3><form action="/comment.php" method="post"><textarea name="c" rows="3" cols="50"></textarea><br><input type="submit" value="Post comment"></form></div>
</td>
<td valign="top" width="30%" class="sidebar">
<h3>Related</h3>
<ul>
{related_html}
</ul>
<h3>Eastgate Briefing</h3>
<form action="/newsletter/subscribe.php" method="post">Enter your email to subscribe<br><input type="text" name="email" size="24"><br><input type="submit" value="Subscribe"><br><small>* indicates required</small></form>
<div class="ad">ADVERTISEMENT</div>
</td>
</tr>
</table>
<div id="footer">&copy; 2026 Eastgate Media GmbH &middot; <a href="/about.htm">About us</a> &middot; <a href="/imprint.htm">Imprint</a> &middot; <a href="/privacy.htm">Privacy Policy</a> &middot; <a href="/terms.htm">Terms of Use</a></div>
</body>
</html>
"""


def continental_page(*, slug: str, headline: str, dek: str, author: str, published: str,
                     display_date: str, caption: str, body: str, related: list[str]) -> str:
    url = f"https://www.continentalledger.com/markets/commodities/{slug}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
          "description": dek, "datePublished": published,
          "author": [{"@type": "Person", "name": author}],
          "publisher": {"@type": "Organization", "name": "Continental Ledger"}}
    related_html = "\n".join(f'      <li><a href="/markets/related-{i}">{html.escape(r)}</a></li>'
                             for i, r in enumerate(related, 1))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{html.escape(headline)} - Continental Ledger</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="author" content="{html.escape(author)}">
<meta name="description" content="{html.escape(dek)}">
<meta property="og:site_name" content="Continental Ledger">
<meta property="og:title" content="{html.escape(headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="canonical" href="{url}">
</head>
<body>
<div class="cl-consent" id="consent"><div class="cl-consent__text">Continental Ledger and our partners use cookies and similar technologies to deliver and measure ads and personalize content. <a href="/policy/cookies">Learn more</a></div><button data-action="accept">I Accept</button><button data-action="settings">Manage Settings</button></div>
<div class="cl-topbar"><a href="/subscribe">Subscribe</a> | <a href="/login">Sign In</a></div>
<header class="cl-masthead">
  <div class="cl-masthead__logo"><a href="/">Continental Ledger</a></div>
  <nav class="cl-sections"><a href="/">Home</a><a href="/world">World</a><a href="/us">U.S.</a><a href="/economy">Economy</a><a href="/markets">Markets</a><a href="/business">Business</a><a href="/tech">Tech</a><a href="/opinion">Opinion</a></nav>
</header>
<div class="cl-ad cl-ad--top"><p class="cl-ad__label">ADVERTISEMENT</p></div>
<main>
  <article class="cl-article">
    <div class="cl-article__flag">Markets / Commodities</div>
    <h1 class="cl-article__headline">{html.escape(headline)}</h1>
    <h2 class="cl-article__dek">{html.escape(dek)}</h2>
    <div class="cl-article__byline">By <a href="/authors/{author.lower().replace(' ', '-')}">{html.escape(author)}</a></div>
    <time class="cl-article__time" datetime="{published}">{display_date}</time>
    <figure class="cl-article__media"><img src="https://images.continentalledger.com/im-{slug[:6]}?width=1280" alt=""><figcaption>{html.escape(caption)}</figcaption></figure>
    <section class="cl-article__body">
{p_html(body, indent="      ")}
    </section>
    <div class="cl-share"><a>Share</a><a>Gift this article</a><a>Print</a><a>Copy link</a></div>
  </article>
  <aside class="cl-related">
    <h3>More From Continental Ledger</h3>
    <ul>
{related_html}
    </ul>
  </aside>
  <section class="cl-newsletter"><h3>Sign up for The Ledger Morning Brief</h3><form><input type="email" placeholder="Enter your email to subscribe"><button>Sign Up</button></form></section>
</main>
<footer class="cl-footer"><p>Copyright &copy;2026 Continental Ledger Media Inc. All Rights Reserved</p><a href="/policy/privacy">Privacy Notice</a> <a href="/policy/cookies">Cookie Notice</a> <a href="/policy/terms">Terms of Use</a></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 5. gzip-compressed Meridian Herald page

ESTONIA_INQUIRY_BODY = """\
Estonia’s parliament has opened an inquiry into how hackers linked to Russian military intelligence were able to cripple the Port of Tallinn, after investigators revealed that the attackers got in through a contractor’s account that was not protected by two-factor authentication.

The Riigikogu’s national defence committee voted on Monday to summon the port’s chief executive, Indrek Lill, the head of the Estonian Information System Authority, Margus Tamm, and officials from the economy ministry, which oversees the state-owned port company, to closed hearings next week.

“A country that teaches the world about cyber-security cannot leave the front door of its biggest port open with a password,” said Liina Kuusk, the committee’s chair. “We need to know who decided that, and why nobody checked.”

The information system authority said in an update on Monday that the contractor’s credentials had been stolen in a phishing campaign in mid-January. The attackers used the account to move through the port’s internal network for at least seven weeks before triggering destructive malware on 2 March, the authority said.

Tamm said the authority had warned operators of critical infrastructure about the phishing campaign in early February. “Some organisations acted on that warning immediately. Some did not,” he said. Asked whether the port was among the latter, he replied: “That is a question for the inquiry.”

Lill said in a statement that the company would “co-operate fully” and had already made two-factor authentication mandatory for all external accounts. He said cargo operations at Muuga Harbour were at about 90% of normal and would be fully restored by Tuesday.

The defence minister, Kaja Roos, who has led Estonia’s response to the attack, said the inquiry should not distract from the question of who was responsible. “The port made mistakes. Russia made a choice,” she said. “Those are different things, and we should not confuse them.”

Estonia last week attributed the attack to Ember Lynx, a hacking group that western governments have linked to Russia’s GRU military intelligence agency. Moscow has denied any involvement.

Opposition MPs said the inquiry should also examine whether other state companies, including the electricity grid operator and the national railway, had similar weaknesses. The government said it had ordered security audits of all operators of critical infrastructure, to be completed by the end of April.
"""


def build_html_gz() -> None:
    page = meridian_page(
        slug="world/2026/mar/09/estonia-parliament-inquiry-tallinn-port-hack",
        section="Europe",
        headline="Estonian MPs open inquiry into how hackers breached Tallinn port",
        standfirst="Attackers entered through a contractor account without two-factor authentication, investigators say",
        author="Eleanor Whitcombe",
        published="2026-03-09T17:25:00+00:00",
        display_date="Mon 9 Mar 2026 17.25 GMT",
        caption="The Port of Tallinn’s cargo terminal at Muuga. Photo: Tõnu Laas for The Meridian Herald",
        body=ESTONIA_INQUIRY_BODY,
        related=[
            "Estonia says Tallinn port was hit by cyber-attack as ferries and freight stall",
            "Who are Ember Lynx, the hackers Estonia blames for the port attack?",
            "Europe’s ports: the soft targets nobody wanted to talk about",
        ],
    )
    data = gzip.compress(page.encode("utf-8"), compresslevel=9, mtime=0)
    write_bytes("html/2026-03-09_meridian-herald_estonia-port-inquiry.html.gz", data)


# ---------------------------------------------------------------------------
# 6. windows-1252 Baltic Wire page (meta charset and bytes agree)

TALLINN_COST_BODY = """\
TALLINN, March 10 (Baltic Wire) - The Port of Tallinn said on Tuesday that cargo operations had returned to normal eight days after a cyberattack crippled its systems, and that the cost of the incident could exceed 6 million euros once lost revenue and rebuilding were counted.

Chief Executive Indrek Lill told reporters at Muuga, the port’s main cargo harbor, that the last of the terminal systems had been restored overnight and that the backlog of about 1,200 containers stranded by the attack had been cleared.

“Eight days ago we had cranes and no brains. Today we have both again,” Lill said. “We also have a long list of lessons, and we will publish it.”

He said the company had rebuilt more than 300 servers and workstations, replaced all administrator passwords and made two-factor authentication compulsory for contractors. A preliminary estimate put direct costs at 2.5 million euros and lost revenue at 3 million to 4 million euros, he said.

Freight forwarders said the return to normal was visible at the gate. “This morning the barrier opened in 40 seconds. Last week it took three hours,” said Märt Kõiv, a dispatcher at a Tallinn logistics company. “My drivers are smiling for the first time since March 2.”

The attack, which Estonian investigators have attributed to Ember Lynx, a hacking group linked to Russia’s GRU military intelligence service, has led to the expulsion of two Russian diplomats and an inquiry by the defense committee of Estonia’s parliament, the Riigikogu.

Lill said the port had received “dozens” of requests for advice from port operators elsewhere in Europe, including in Finland, Latvia, Poland and Germany. “Every port manager in Europe has asked himself this week: could it be us?” he said. “The honest answer for most of them is yes.”

The Estonian Information System Authority said it was working with ENISA, the European Union’s cybersecurity agency, to share technical indicators from the attack with operators of critical infrastructure across the bloc. Its director general, Margus Tamm, said the same group had probed networks in at least two other EU countries in recent weeks, without giving details.

“They were not only in Tallinn,” Tamm said. “Tallinn is simply where they decided to press the button.”

Reporting by Kadri Saar; Editing by Mark Ellery
"""


def build_cp1252_html() -> None:
    page = baltic_wire_page(
        slug="2026/03/10/tallinn-port-cyberattack-cost",
        headline="Tallinn port back to normal after cyberattack, puts cost at over 6 million euros",
        author="Kadri Saar",
        published="2026-03-10T13:40:00+02:00",
        display_date="March 10, 2026 13:40 EET",
        body=TALLINN_COST_BODY,
        related=[
            "Estonia blames Russian military intelligence hackers for Tallinn port attack",
            "Estonia expels two Russian diplomats over port cyberattack",
            "Finnish hauliers reroute freight as Tallinn systems stay down",
        ],
        charset="windows-1252",
    )
    write_bytes("html/2026-03-10_baltic-wire_tallinn-port-cost.html", page.encode("cp1252"))


# ---------------------------------------------------------------------------
# 7. JSON Lines export from a (fictional) newsroom monitoring tool

ISTANBUL_DAY_TWO = """\
ISTANBUL—Ukrainian and Russian negotiators broke into three working groups on Thursday as ceasefire talks in Istanbul entered their second day, with Turkish mediators shuttling between rooms at the Dolmabahçe Palace and both delegations keeping public comments to a minimum.

The maritime group, which is discussing the safety of commercial shipping in the Black Sea and on the Danube, met for about five hours, according to a Turkish official. The groups on prisoners and on strikes against energy infrastructure met for shorter sessions in the afternoon.

Olexander Kovalenko, who heads Kiev’s delegation, told reporters on his way into the palace that Ukraine had tabled a draft text on shipping “that any country that trades by sea would recognize as fair.” He declined to give details.

Russia’s chief negotiator, Deputy Foreign Minister Gennady Sorokin, did not speak to reporters. A member of the Russian delegation said Moscow was “studying the Ukrainian paper carefully” but repeated that any arrangement would need what he called reliable verification of cargoes bound for Ukrainian ports.

Selin Aydemir, Turkey’s special envoy, said in a brief statement that the sessions had been “long, detailed and, in places, difficult.” Turkish officials said she would meet each delegation separately on Friday, when the plenary format is paused, before a full session on Saturday.

Traders and shipowners are watching the maritime talks closely. War-risk insurance premiums for voyages to Odessa-area ports rose again on Thursday, brokers said, after the drone attack on the Danube port of Izmail on Monday destroyed about 14,000 tons of grain.

A senior Western diplomat in Istanbul said the prisoner track was closest to a result. “They have lists, they have numbers, and they have done this before,” the diplomat said. “On the sea, they have a draft and a disagreement.”
"""

BULGARIA_HTML = """\
<article class="eg-story">
<h1>Bulgaria offers to host allied air-defence unit to guard the Danube</h1>
<p class="byline">By Elena Dimitrova, Sofia | 6 March 2026</p>
<p>Bulgaria has offered to host a NATO air-defence detachment near the Danube port of Vidin, its defence minister said on Friday, as countries along the river look for ways to protect their territory from Russian drones aimed at Ukrainian ports.</p>
<p>Defence Minister Dimitar Kolev said the offer had been made to allies at a meeting in Brussels this week, days after fragments of a Russian drone fell on Romanian soil during an attack on the Ukrainian port of Izmail.</p>
<p>&ldquo;The Danube is one river and one problem. Romania is closest to it today, but drones do not read maps,&rdquo; Kolev told reporters in Sofia. &ldquo;If our allies want a base on the lower Danube, Bulgaria is ready.&rdquo;</p>
<div class="ad">ADVERTISEMENT</div>
<p>Kolev said the detachment could include short-range air-defence systems and mobile radars operated by a multinational team. He did not say which countries might contribute, and a NATO official said no decision had been made.</p>
<p>Romania has asked allies for additional air-defence systems and surveillance radars along its stretch of the river, where the border with Ukraine follows the Danube delta. Romanian Defense Minister Andrei Munteanu welcomed the Bulgarian offer, calling it &ldquo;a sign that the Danube is becoming an alliance issue, not a Romanian one&rdquo;.</p>
<p>Vidin lies several hundred kilometres upstream of Izmail and has not been affected by the drone attacks. Analysts in Sofia said the offer was as much political as military, coming as the Bulgarian government seeks a larger role in Black Sea security.</p>
<p>&ldquo;Bulgaria wants to be seen as a contributor, not only as a country that receives protection,&rdquo; said Rumen Valchev, a defence analyst at a Sofia think tank. &ldquo;This is a cheap way to send a strong message.&rdquo;</p>
<p>Opposition parties criticised the announcement, saying parliament had not been consulted. The ruling coalition said any deployment would be put to a vote.</p>
<p><a href="/baltics/">Read more: Drone debris in Plauru: Romania&rsquo;s village on the front line</a></p>
</article>
"""

ROMANIA_PARLIAMENT_TEXT = """\
Romania’s lower house of parliament voted on Wednesday to give the armed forces broader powers to shoot down drones that enter the country’s airspace, nine days after fragments of a Russian drone fell near the village of Plauru during an attack on the Ukrainian port of Izmail.

The bill, approved by 251 votes to 38 in the Chamber of Deputies, allows military commanders to order a drone destroyed without waiting for approval from the defense minister if it is judged to pose an imminent threat, and extends the powers to drones flying over the Danube and its delta. It now goes to the Senate, which is expected to pass it next week.

“The law we had was written for a drone that announces itself. The drones we face arrive at three in the morning and give you forty seconds,” said Cristian Dobre, the chairman of the chamber’s defense committee, who sponsored the amendments. “We are giving the people who guard the border the authority to do their job.”

Defense Minister Andrei Munteanu said the government supported the changes but stressed that Romania had no intention of firing across the border. “Our forces will act over Romanian territory and only over Romanian territory,” he said. “That has not changed.”

Some lawmakers warned that the rules could put civilians at risk in the densely populated areas near Galati and Tulcea. A provision requiring the military to publish an annual report on any use of the new powers was added at their request.

The vote came a day before the maritime truce agreed by Ukraine and Russia in Istanbul is due to take effect. The agreement covers the Danube ports of Izmail and Reni, directly across the river from Romanian villages, and Romanian officials have said they will keep air patrols over the delta until the truce has proved itself.
"""

KYIV_FAMILIES_TEXT = """\
KYIV — Halyna Kravets has kept her phone switched on every night since the talks in Istanbul began. Her son, Taras, a marine, was captured in the Zaporizhzhia region in the summer of 2024, and she has not heard his voice since.

“When they said there would be an exchange, I stopped sleeping,” she said on Sunday, standing with about 200 other relatives of prisoners of war in a square in central Kyiv, holding a photograph of him in uniform. “Every time the phone rings I think: this is the call.”

Negotiators in Istanbul agreed on Saturday on the outline of an exchange of 150 prisoners of war on each side, to take place through Turkey in the coming days. Ukraine’s coordination headquarters for prisoners of war said lists were still being checked and that families would be informed only after the exchange had taken place.

Officials said priority would be given to the seriously wounded and ill and to those who have been held the longest. Oleksandr Kovalenko, who leads Ukraine’s delegation in Istanbul, said on Saturday that the exchange was “a beginning, not a favor,” and that Kyiv would push for an “all for all” exchange in later rounds.

For many families, the announcement brought hope and fresh anxiety. Several relatives at Sunday’s gathering said they had received no official confirmation that their sons or husbands were alive.

“A list of 150 is a list of 150. There are thousands of us,” said Iryna Bondarenko, whose husband has been missing since 2023. “We are happy for those who come home. We are here so nobody forgets the others.”

The gathering ended with the relatives reading out names, one after another, for almost an hour.
"""

TALLINN_SANCTIONS_PAGE = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>EU ministers to weigh sanctions on hackers behind Tallinn port attack | The Meridian Herald</title>
<meta name="author" content="Ruth Pemberton">
<meta property="og:site_name" content="The Meridian Herald">
<meta property="og:title" content="EU ministers to weigh sanctions on hackers behind Tallinn port attack">
<meta property="article:published_time" content="2026-03-10T19:05:00+00:00">
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/uk">UK</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>
<main>
<article>
<h1>EU ministers to weigh sanctions on hackers behind Tallinn port attack</h1>
<p class="byline">Ruth Pemberton, Diplomatic editor | Tue 10 Mar 2026 19.05 GMT</p>
<p>European Union foreign ministers will discuss imposing sanctions on members of a Russian military intelligence hacking group blamed for last week’s cyber-attack on the Port of Tallinn, diplomats said on Tuesday, after Estonia formally asked for the group to be added to the bloc’s cyber-sanctions list.</p>
<p>The request, submitted by Estonia’s foreign ministry on Monday, names six individuals whom Estonian investigators believe belong to Ember Lynx, a group that western governments have linked to Russia’s GRU. It also asks for sanctions on a Moscow-based company that investigators say provided the group with servers.</p>
<p>“We have given our partners names, evidence and a clear request,” Estonia’s foreign minister, Andres Raud, said in Tallinn, hours after announcing the expulsion of two Russian diplomats. “Now we will see whether the EU’s cyber-sanctions regime is a tool or an ornament.”</p>
<p>Diplomats said the proposal had broad support but could face resistance from Hungary, which has previously delayed sanctions on Russian individuals. Sanctions require the unanimous approval of the 27 member states.</p>
<p>A senior EU official said the bloc wanted to show that attacks on infrastructure would carry a cost. “If a port can be switched off by a group we can name, and nothing happens, then the next port will be switched off too,” the official said.</p>
<p>The defence minister, Kaja Roos, said Estonia would also raise the attack at a meeting of Nato defence ministers next week. Russia has denied any role and has promised to retaliate for the expulsions.</p>
</article>
<aside><h2>Most viewed</h2><ul><li>Montenegro’s Radonjić concedes as Vujović begins coalition talks</li><li>Black Sea truce: what the Istanbul deal says</li></ul></aside>
<section class="newsletter"><p>Sign up to Europe Today</p><form><input placeholder="Enter your email to subscribe"><button>Subscribe</button></form></section>
</main>
<footer><p>© 2026 The Meridian Herald Ltd. All rights reserved.</p><a href="/help/privacy-policy">Privacy Policy</a> <a href="/help/terms-of-use">Terms of Use</a></footer>
</body>
</html>
"""

JSONL_RECORDS = [
    {
        "url": "https://www.continentalledger.com/world/europe/istanbul-talks-working-groups-5c1e90",
        "title": "Ukraine, Russia Working Groups Meet as Istanbul Talks Enter Second Day",
        "published": "2026-03-05T14:05:00Z",
        "outlet": "Continental Ledger",
        "authors": ["Sofia Reyes"],
        "text": ISTANBUL_DAY_TWO,
    },
    {
        "url": "https://www.eastgatetimes.eu/balkans/bulgaria-offers-danube-air-defence-unit.htm",
        "title": "Bulgaria offers to host allied air-defence unit to guard the Danube",
        "published": "2026-03-06",
        "outlet": "Eastgate Times",
        "authors": ["Elena Dimitrova"],
        "html": BULGARIA_HTML,
    },
    {
        "published": "2026-03-11",
        "text": ROMANIA_PARLIAMENT_TEXT,
    },
    {
        "url": "https://harbourpost.com/world/2026/03/08/kyiv-families-prisoners-istanbul-exchange/",
        "title": "In Kyiv, families of prisoners wait for names from Istanbul",
        "published": "2026-03-08T17:30:00+02:00",
        "outlet": "Harbour Post",
        "authors": ["Olena Shevchuk"],
        "text": KYIV_FAMILIES_TEXT,
    },
    {
        "url": "https://www.meridianherald.co.uk/world/2026/mar/10/eu-sanctions-ember-lynx-tallinn-port",
        "html": TALLINN_SANCTIONS_PAGE,
    },
]


def build_jsonl() -> None:
    records = [{k: v.strip() if k in ("text", "html") else v for k, v in rec.items()} for rec in JSONL_RECORDS]
    lines = [json.dumps(rec, ensure_ascii=False) for rec in records]
    write_bytes("exports/2026-03-11_newsdesk-monitor.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------
# 8. WARC capture (a small crawl of four article pages plus noise)

NATO_ENVOYS_BODY = """\
BRUSSELS, March 4 (Baltic Wire) - NATO ambassadors discussed the fall of Russian drone debris on Romanian territory on Wednesday and agreed to study options for strengthening air defenses along the Danube, but stopped short of any new deployment, diplomats said.

Romania briefed the North Atlantic Council on the findings of its investigation into the fragments found near the village of Plauru, across the river from the Ukrainian port of Izmail, which Russian drones attacked on Monday. Romanian officials presented photographs of an engine and a navigation module they said came from a Shahed-type drone.

"Allies expressed strong solidarity with Romania and condemned Russia's reckless attacks near allied territory," a NATO spokesperson said after the meeting. The alliance's military authorities would assess "what additional measures may be needed to protect allied airspace along the Danube," the spokesperson added.

Two diplomats said several allies, including Poland and the Baltic states, had argued for a rapid decision to send additional short-range air-defense systems to Romania. Others preferred to wait for the outcome of the ceasefire talks between Ukraine and Russia that opened in Istanbul on Wednesday, which could produce an agreement protecting ports on the Black Sea and the Danube.

"Nobody wants to look as if we are doing nothing. Nobody wants to look as if we are escalating on the day the talks start," one of the diplomats said. "So we are studying."

Romanian Defense Minister Andrei Munteanu said in Bucharest that he was satisfied with the meeting. "We did not ask for Article 4, and we did not need it. We asked to be heard, and we were heard," he said.

Romania has not requested formal consultations under Article 4 of the alliance's treaty. Officials said Bucharest would present a list of specific requirements, including radars able to detect low-flying drones over the delta, to NATO military planners next week.

The Russian mission to international organizations in Vienna said in a statement that Romania was "exploiting an unverified incident" to justify a military buildup near Russia's borders.

Reporting by Piotr Lis; Editing by Mark Ellery
"""

BALTIC_PORT_AUDITS_BODY = """\
Latvia and Lithuania have ordered urgent security audits of their main ports after the cyber-attack that paralysed the Port of Tallinn this week, as governments across the Baltic region scramble to check whether the same attackers are already inside their networks.

Latvia's transport ministry said on Friday that the ports of Riga, Ventspils and Liepāja had been instructed to review all remote-access accounts used by contractors and to report the results within ten days. Lithuania's national cyber security centre said it had begun a joint review with the port of Klaipėda, the country's only seaport.

"We have read the Estonian report very carefully, and we do not assume we are different," said Latvia's transport minister, Edgars Kalniņš. "If someone was patient enough to wait seven weeks inside Tallinn's network, we have to ask where else they have been waiting."

Estonian investigators said on Thursday that the attack had been carried out by Ember Lynx, a group that western governments have linked to Russia's GRU military intelligence service, and that the attackers had entered the port's network in January using a contractor's stolen credentials.

The Port of Riga said it had not detected any intrusion but had temporarily disabled remote access for external service providers as a precaution. Shipping agents in Riga said the measure had slowed some customs procedures but had not disrupted cargo handling.

In Lithuania, officials said Klaipėda was particularly exposed because of its role as a hub for liquefied natural gas imports through its floating terminal. "For us a port is not only a port. It is also our gas supply," said a senior Lithuanian official, who asked not to be named.

Freight diverted from Tallinn has added to pressure on the Latvian ports this week. Riga handled about 15% more containers than usual on Wednesday and Thursday, according to the port authority, as shippers looked for alternatives to Muuga.

Estonia's defence minister, Kaja Roos, said on Thursday that she had briefed her Latvian and Lithuanian counterparts and would propose a joint exercise on the protection of port infrastructure later this year.
"""

KINGMAKERS_BODY = """\
Marko Vujović woke up on Monday as the winner of Montenegro’s election and, almost immediately, as a man in need of friends. His Forward Montenegro won 28 of the 81 seats in parliament, the largest bloc by some distance, but 13 short of a majority. How he closes that gap will decide not only the shape of Montenegro’s next government but the fate of the Port of Bar lease that triggered the election.

The obvious partners are the parties of the country’s minorities. The Bosniak Party, with six seats, and the Albanian coalition, with three, have sat in most governments of the past decade and have little appetite for opposition. Both support the EU accession that Vujović has promised to complete. Together they would take him to 37.

The last four seats are the problem. Vujović has ruled out the pro-Serbian Homeland Union of Nebojša Lalić, with 16 seats, which opposes sanctions on Russia. That leaves the three seats of Green Coast, a new environmentalist movement born in protests against construction along the Bay of Kotor, and the 25 seats of the outgoing prime minister Danilo Radonjić’s Civic Alliance.

Green Coast would give Vujović a majority of one, a margin that veterans of Montenegrin politics regard as an invitation to blackmail. Its leader, Sara Đukić, a 34-year-old architect, has already set out her price: an independent review of the Bar lease and a moratorium on building along the bay.

A deal with Radonjić would be more stable and more awkward. The two men spent the campaign accusing each other of corruption and incompetence. Radonjić negotiated the Bar lease; Vujović promised to reopen it.

“Vujović’s problem is that the partner who gives him stability is the one who signed the contract he campaigned against,” said a European diplomat in Podgorica. “And the partner who agrees with him about Bar can bring down his government with a phone call.”

Brussels will be watching. Montenegro hopes to close its remaining negotiating chapters with the EU by the end of the year, and officials have made clear that a long period of caretaker government would slow that timetable.

For now, Vujović is saying little. “We will talk to everyone except those who do not want Montenegro in Europe,” he said on Monday. “And we will not sign anything at night.”
"""

GAS_BELOW_CEILING_BODY = """\
European natural gas prices fell below the European Union’s new price ceiling on Wednesday, days before the cap takes effect, as milder weather and the restart of a key Norwegian processing plant eased the supply worries that prompted Brussels to act.

The front-month contract on the Dutch TTF hub, Europe’s benchmark, settled at €58.90 a megawatt-hour, down 17.5% from its peak of €71.40 on March 2 and comfortably below the €65 ceiling that EU energy ministers agreed to on March 6. The cap applies from March 16 for 90 days.

Traders said the decline reflected changes in the physical market more than the cap itself. Norway’s Kollsnes plant returned to full capacity over the weekend after repairs to a compressor, and weather forecasters predicted above-average temperatures across northwestern Europe for the rest of March.

“The ceiling was designed for a crisis, and the crisis is fading before the ceiling has even been switched on,” said a gas trader at a European utility. “That is the best possible outcome for Brussels. It can claim credit without having to test the thing.”

The Black Sea shipping truce agreed by Ukraine and Russia in Istanbul on Monday also contributed to calmer sentiment, analysts said, although the region carries little gas to Europe directly. Prices for coal and power fell in tandem.

Not everyone was convinced the respite would last. EU gas storage sites are about 31% full, below the five-year average for the time of year, and governments will need to buy heavily over the summer to refill them before next winter. Analysts said the joint purchasing round agreed alongside the cap, covering up to 12 billion cubic meters of liquefied natural gas, would be an important test.

Hungary, which abstained in the vote on the ceiling, has said it will challenge the measure at the EU Court of Justice. EU Energy Commissioner Helena Virtanen said on Wednesday that the Commission was confident the cap would withstand any challenge.

“Prices are falling, supplies are improving and the ceiling is there if we need it,” Virtanen said. “That is exactly where we wanted to be.”
"""

WARC_DATE = "2026-03-11T22:14:{:02d}Z"
HTTP_DATE = "Wed, 11 Mar 2026 22:14:{:02d} GMT"


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG, built by hand so no image library is needed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00\x80", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def warc_pages() -> list[tuple[str, str]]:
    """(url, html) for the four article captures."""
    return [
        ("https://www.balticwire.eu/news/2026/03/04/nato-envoys-romania-drone-debris",
         baltic_wire_page(
             slug="2026/03/04/nato-envoys-romania-drone-debris",
             headline="NATO envoys discuss Romanian drone debris, weigh stronger Danube air defenses",
             author="Piotr Lis", published="2026-03-04T18:22:00+01:00",
             display_date="March 4, 2026 18:22 CET", body=NATO_ENVOYS_BODY,
             related=["Romania to press NATO on Danube air defenses after drone debris falls near Plauru",
                      "Ukraine, Russia open Istanbul talks with shipping on the table"])),
        ("https://www.eastgatetimes.eu/baltics/latvia-lithuania-port-cyber-audits.htm",
         eastgate_page(
             slug="latvia-lithuania-port-cyber-audits", section="Baltics",
             headline="Latvia and Lithuania order port cyber audits after Tallinn attack",
             author="Agnese Bērziņa", place="Riga", published="2026-03-06T12:10:00+01:00",
             display_published="2026-03-06 11:10 GMT",
             caption="Cranes at the Port of Riga. Photo: EastPhoto/Jānis Krūmiņš",
             body=BALTIC_PORT_AUDITS_BODY,
             related=["Estonia names Russian military hacking group over Tallinn port attack",
                      "Finnish hauliers reroute freight as Tallinn systems stay down"])),
        ("https://www.meridianherald.co.uk/world/2026/mar/09/montenegro-kingmakers-vujovic-coalition",
         meridian_page(
             slug="world/2026/mar/09/montenegro-kingmakers-vujovic-coalition", section="Europe",
             headline="Montenegro’s kingmakers: the small parties Marko Vujović needs",
             standfirst="Forward Montenegro won the election but needs four more seats, and every option comes with a price",
             author="Ruth Pemberton", published="2026-03-09T20:40:00+00:00",
             display_date="Mon 9 Mar 2026 20.40 GMT",
             caption="Marko Vujović celebrates with supporters in Podgorica on election night. Photo: Nordpix",
             body=KINGMAKERS_BODY,
             related=["Montenegro votes in election shaped by a port deal",
                      "The port deal that brought down a government"])),
        ("https://www.continentalledger.com/markets/commodities/gas-falls-below-eu-ceiling-3e9a41",
         continental_page(
             slug="gas-falls-below-eu-ceiling-3e9a41",
             headline="European Gas Falls Below New Price Ceiling Before It Takes Effect",
             dek="Milder weather and a Norwegian restart ease the supply fears that prompted Brussels to act",
             author="Daniel Osei", published="2026-03-11T17:45:00Z",
             display_date="March 11, 2026 1:45 pm ET",
             caption="A liquefied natural gas tanker at a terminal in Rotterdam. Photo: Nordpix",
             body=GAS_BELOW_CEILING_BODY,
             related=["EU Agrees Temporary Gas Price Ceiling", "Gas Traders Brace for Brussels Price Cap"])),
    ]


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'wirescope-samples/' + name)}>"


def build_warc() -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    second = 0

    def headers(name: str, extra: dict | None = None) -> dict:
        nonlocal second
        d = {"WARC-Record-ID": record_id(name), "WARC-Date": WARC_DATE.format(second)}
        second += 1
        d.update(extra or {})
        return d

    info = (b"software: wirescope samples/make_samples.py (warcio)\r\n"
            b"format: WARC File Format 1.1\r\n"
            b"description: fictional news pages written for the wirescope demo corpus\r\n"
            b"isPartOf: wirescope-samples-2026-03\r\n")
    writer.write_record(writer.create_warc_record(
        "", "warcinfo", payload=io.BytesIO(info), length=len(info),
        warc_content_type="application/warc-fields",
        warc_headers_dict={**headers("warcinfo"), "WARC-Filename": "news.warc.gz"}))

    # robots.txt: a non-HTML response the tool should skip
    robots = b"User-agent: *\nDisallow: /search\nDisallow: /account/\nSitemap: https://www.eastgatetimes.eu/sitemap-news.xml\n"
    writer.write_record(writer.create_warc_record(
        "https://www.eastgatetimes.eu/robots.txt", "response", payload=io.BytesIO(robots),
        length=None,
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/plain"),
                                                ("Content-Length", str(len(robots))),
                                                ("Date", HTTP_DATE.format(second))], protocol="HTTP/1.1"),
        warc_headers_dict=headers("robots")))

    for i, (url, page) in enumerate(warc_pages()):
        body = page.encode("utf-8")
        host = url.split("/")[2]
        path = "/" + url.split("/", 3)[3]
        resp_id = record_id(f"response-{i}")
        if i == 0:
            # one request record, linked to its response
            req_headers = StatusAndHeaders(f"GET {path} HTTP/1.1", [
                ("Host", host),
                ("User-Agent", "Mozilla/5.0 (compatible; wirescope-samples/0.1)"),
                ("Accept", "text/html,application/xhtml+xml"),
                ("Accept-Language", "en"),
            ], is_http_request=True)
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""), length=0, http_headers=req_headers,
                warc_headers_dict=headers("request-0", {"WARC-Concurrent-To": resp_id})))
        http_headers = StatusAndHeaders("200 OK", [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Date", HTTP_DATE.format(second)),
            ("Cache-Control", "max-age=300"),
        ], protocol="HTTP/1.1")
        h = headers(f"response-{i}")
        h["WARC-Record-ID"] = resp_id
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=None,
            http_headers=http_headers, warc_headers_dict=h))

    # an image: another non-HTML response
    png = tiny_png()
    writer.write_record(writer.create_warc_record(
        "https://www.balticwire.eu/static/img/bw-logo.png", "response", payload=io.BytesIO(png),
        length=None,
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png"),
                                                ("Content-Length", str(len(png))),
                                                ("Date", HTTP_DATE.format(second))], protocol="HTTP/1.1"),
        warc_headers_dict=headers("png")))

    write_bytes("warc/news.warc.gz", buf.getvalue())


# ---------------------------------------------------------------------------


def main() -> None:
    write_bytes("text/2026-03-05_continental-ledger_gas-traders-brace.txt",
                GAS_TRADERS_CP1252.replace("\n", "\r\n").encode("cp1252"))
    write_bytes("text/2026-03-08_meridian-herald_montenegro-votes.txt",
                MONTENEGRO_VOTES_BOM.encode("utf-8-sig"))
    build_syndicated_copies()
    build_html_gz()
    build_cp1252_html()
    build_jsonl()
    build_warc()


if __name__ == "__main__":
    main()

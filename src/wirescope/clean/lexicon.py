"""Word lists and line patterns shared by the text cleaner, metadata and splitter.

Patterns describe page furniture found on news sites in general (menus, forms,
captions, credits, feeds), never the wording of one page.
"""

from __future__ import annotations

import re

# English function words: prose has many, menus and captions have few.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says told according would could may might must shall
""".split())

_I = re.IGNORECASE

# Whole-line UI furniture: menus, buttons, share bars, audio/ad labels.
UI = re.compile(r"""^(?:
    skip\ to\ (?:main\ )?content | skip\ navigation | edit\ post | toggle\ navigation | main\ menu | menu |
    search(?:\ for)?:? | home(?:\ page)? | log\ ?in | log\ ?out | sign\ (?:in|up|out) | register | my\ account |
    subscribe(?:\ now|\ today|\ for\ \S+.*)? | donate | close | open | next | previous | prev | back\ to\ top |
    share(?:\ (?:this|on|via)\b.*)? | tweet | email | e-mail | print | copy\ link | link\ copied |
    facebook | twitter | x | linkedin | whatsapp | reddit | telegram | pinterest | instagram | youtube | tiktok | flipboard |
    load\ more | show\ more | see\ more | view\ more | read\ more(?:\ *[»›→>]+)? | learn\ more | more | keep\ reading.* | view\ all | see\ all | show\ all |
    get\ started(?:\ (?:now|today|for\ free))? | start\ (?:your\ )?free\ trial | (?:book|get|request)\ a\ demo | comments?(?:\ \(\d+\))? | \d+\ comments? |
    view\ comments | leave\ a\ comment | join\ the\ conversation | follow(?:\ us)?(?:\ on\ .*)? |
    sponsored(?:\ content)? | advertisement | advertising | advert | ad | ads | promoted | paid\ content |
    story\ continues\ (?:below|after)(?:\ (?:this\ )?(?:advertisement|ad))? | continue\ reading.* |
    (?:advertisement|ad)\s*[-–—:|]?\s*(?:continue\ reading|story\ continues|article\ continues)\ below |
    listen(?:\ to\ (?:this\ )?(?:article|story))?.* | this\ audio\ is\ .* | audio\ version.* |
    \d+\ min(?:ute)?s?\ read | reading\ time.* | watch(?:\ (?:now|live|video))? | video | photos? | gallery |
    accept(?:\ all)?(?:\ cookies)? | reject\ all | manage\ (?:cookies|preferences|consent) | cookie\ settings | got\ it |
    allow\ all(?:\ cookies)? | always\ active | manage\ consent\ preferences | confirm\ my\ choices | cookie\ list |
    consent\ leg\.?\ ?interest | checkbox\ label\ label | apply\ cancel | privacy\ preference\ cent(?:er|re) |
    breaking(?:\ news)? | live | exclusive | updated | opinion | analysis | topics:? | tags:? | filed\ under:?.*
)[.:!]?$""", _I | re.X)

# A "read on" link closing a feed summary or an excerpt, in the same line as its text:
# "… as premiums fall. Continue reading →" (on a line of its own, UI reads it).
READ_ON = re.compile(r"\s*(?:continue\s+reading|read\s+more|keep\s+reading|"
                     r"read\s+the\s+(?:full|whole|rest\s+of\s+the)\s+(?:story|article|post|report))"
                     r"\s*(?:\.{3}|…|[»›→>]+)?\s*$", re.I)

# Sub-strings that mark forms, consent banners, legal footers anywhere in a line, filed
# under a word each alternative holds (lower-case): a line holding none of the words
# cannot match, and `in` tests are far cheaper than a regex; a line holding one is
# searched with the alternatives of that word only.
_FORM_PARTS = {
    "required": r"indicates\ required",
    "mail": r"enter\ (?:your|a\ valid|correct)\ e-?mail | e-?mail\ address | confirmation\ e-?mail |"
            r" save\ my\ name,?\ e-?mail",
    "submi": r"something\ went\ wrong\ while\ submitting | your\ submission\ has\ been\ received",
    "sign": r"sign(?:ing)?\ up\ (?:for|to)\ (?:our|the|this)\b | by\ signing\ up\b",
    "thank": r"thank\ you\ for\ (?:signing\ up|subscribing|registering)",
    "subscri": r"successful+y\ subscribed | unsubscribe\ at\ any\ time | by\ subscribing\b | already\ a\ subscriber |"
               r" subscribe\ to\ (?:continue|read|our)",
    "newsletter": r"(?:our|the|daily|weekly|free)\ newsletters?",
    "privacy": r"privacy\ (?:policy|notice|settings)",
    "terms": r"terms\ (?:of|and)\ (?:use|service|conditions)",
    "cookie": r"cookie\ (?:policy|settings|preferences) | we\ use\ cookies | (?:this\ site|we)\ uses?\ cookies",
    "rights": r"all\ rights\ reserved",
    "©": r"^\s*©",
    "copyright": r"^\s*copyright\b",
    "clicking": r"by\ clicking\b",
    "continuing": r"by\ continuing\b",
    "javascript": r"javascript\ (?:is\ )?(?:disabled|required) | enable\ javascript",
    "browser": r"your\ browser\ (?:does\ not|doesn't)\ support",
    "account": r"create\ (?:a\ free\ )?account",
    "free": r"you\ have\ \d+\ free\ articles?",
    "opens": r"opens\ in\ (?:a\ )?new\ (?:window|tab)",
    "download": r"download\ (?:our|the)\ app",
}
FORM = re.compile("(?:" + " | ".join(_FORM_PARTS.values()) + ")", _I | re.X)
_FORM_BY_KEY = tuple((key, re.compile(part, _I | re.X)) for key, part in _FORM_PARTS.items())


def folded(text: str) -> str:
    """Lower case for keyword gates before `re.I` patterns: letters re.I also reads as
    i or s ("SİGN UP", "ſign up", "ı") are folded the same way."""
    low = text.lower()
    if not low.isascii():
        low = low.replace("\u0307", "").replace("\u0131", "i").replace("\u017f", "s")
    return low


def is_form(text: str, low: str | None = None) -> bool:
    """Newsletter, cookie, login and legal debris (`FORM`); `low` is `folded(text)` when known."""
    if low is None:
        low = folded(text)
    for key, rx in _FORM_BY_KEY:
        if key in low and rx.search(text):
            return True
    return False


# Consent banners, whatever their length: a line opening like one is never a story's sentence.
CONSENT = re.compile(r"""^(?:
    (?:this\ (?:web)?site|we)\ uses?\ cookies | we\ value\ your\ privacy |
    we\ and\ our\ (?:\d+\ )?(?:third[-\ ]party\ )?(?:partners|vendors)\b |
    (?:strictly\ )?(?:necessary|essential|functional|performance|analytics?|analytical|advertisement|advertising|marketing|
       targeting|preference|other\ uncategori[sz]ed)\ cookies\ (?:are|help|allow|enable|collect|may|do)\b |
    (?:the\ )?technical\ storage\ or\ access\b | store\ and/or\ access\ information\ on\ a\ device |
    cookielawinfo | by\ clicking\ [“"‘']?(?:accept|agree|allow) |
    when\ you\ visit\ any\ web\ ?site,?\ it\ may\ store\ or\ retrieve\ information | these\ cookies\ (?:are|help|allow|enable|may|do|collect)\b |
    these\ technologies\ .{0,60}\b(?:our|this|the)\ (?:web)?site\b
)""", _I | re.X)

# The publisher's note on affiliate links and commissions.
DISCLOSURE = re.compile(
    r"\b(?:(?:may|might|will|could)\s+(?:earn|receive|get)\s+(?:us\s+)?(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?"
    r"commissions?|contains?\s+affiliate\s+links?|affiliate\s+links?\s+(?:on|in)\s+this|"
    r"advertising\s+on\s+our\s+site\s+helps|earn\s+(?:a\s+)?commissions?\s+(?:from|on|when|if)|"
    r"(?:we|i)\s+(?:may\s+)?(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation)|"
    r"as\s+an\s+amazon\s+associate)", _I)

# Every alternative of DISCLOSURE holds one of these (lower-case).
_DISCLOSURE_KEYS = ("commission", "affiliate", "compensation", "associate", "advertising")


def is_disclosure(text: str, low: str | None = None) -> bool:
    """An affiliate-link note (`DISCLOSURE`); `low` is `folded(text)` when known."""
    if low is None:
        low = folded(text)
    for key in _DISCLOSURE_KEYS:
        if key in low:
            return DISCLOSURE.search(text) is not None
    return False


# A table of contents' header; its entries come back as the story's subheadings.
TOC = re.compile(r"""^(?:
    table\ of\ contents | (?:article\ )?contents | in\ this\ (?:article|guide|post|story|report) | on\ this\ page |
    jump\ to(?:\ section)? | skip\ to\ section
)\s*[:›»]?$""", _I | re.X)

# Headers that open a block of other stories: related links, feeds, most-read lists.
SECTION = re.compile(r"""^(?:
    news\ feed | latest(?:\ (?:news|stories|headlines|updates|articles|videos))? | most\ (?:read|popular|viewed|shared|commented) |
    editors?['’]?\ picks? | editor['’]s\ choice | more\ (?:news|stories|headlines|from\ .{1,40}|on\ this\ story|in\ .{1,30}) |
    related(?:\ (?:articles?|stories|content|coverage|news|topics|posts|reading|links))? | you\ (?:may|might)\ (?:also\ )?(?:like|enjoy) |
    recommended(?:\ (?:for\ you|stories|reading))? | trending(?:\ now|\ stories)? | top\ (?:stories|news|headlines) |
    popular(?:\ now|\ stories)? | what\ to\ read\ next | read\ next | up\ next | in\ other\ news | around\ the\ web |
    from\ (?:our|the)\ (?:partners|network|archive) | sponsored\ stories | promoted\ stories | most\ watched |
    the\ latest | also\ on\ .{1,40} | elsewhere\ on\ .{1,40} | more\ coverage | further\ reading |
    (?:recent|similar|popular|more|other)\ (?:posts|articles|stories|reads|guides|blogs?) | related\ reads | more\ like\ this |
    (?:more|other|recent|latest)\ (?:articles|stories|posts)\ (?:by|from)\ .{1,60} |
    about\ the\ (?:authors?|writers?|reporters?|contributors?) | author\ bio | meet\ the\ authors?
)[\s.:!»›>]*$""", _I | re.X)

# Headers that open the readers' comments under a story ("36 Comments", "12 thoughts on “…”").
COMMENTS = re.compile(r"""^(?:
    (?:\d+\s+)?comments(?:\s*\(\d+\))? | \d+\s+comment | \d+\s+(?:thoughts?|repl(?:y|ies)|responses?|comments?)\s+(?:on|to)\b.* |
    (?:join|start)\ the\ (?:discussion|conversation) | reader\ (?:interactions|comments) | (?:show|view|load|see|read)\ (?:all\ )?(?:\d+\ )?comments
)[.:!]?$""", _I | re.X)

# Forum and Q&A furniture around the posts: member cards ("2,994 posts · Joined 2021"),
# thread statistics, quote toggles, edit notes, closing notices and reply prompts.
FORUM = re.compile(r"""^(?:
    click\ to\ (?:expand|shrink)\.*…? |
    [\d.,]+[km]?\ (?:posts?|messages?|reputation|points?|karma|likes?|reactions?|repl(?:y|ies)|views?|followers?)
        (?:\s*[·•|,]\s*(?:joined|page)\b.{2,40})? |
    (?:posts?|messages?|reputation|points|karma|replies|views|likes|reactions?(?:\ score)?)\s*:?\s*[\d.,]+[km]? |
    joined:?\s+(?:[a-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?\d{4} |
    (?:well-known|new|active|senior|junior|registered|valued|established)\ member | (?:thread|discussion)\ starter |
    (?:wrote\ on\ )?last\ edited(?:\ by\ .*|:.*)? |
    (?:posted|edited|asked|answered|modified|updated|active)\ (?:\d+|an?)\ [a-z]+(?:,?\ \d+\ [a-z]+)?\ ago |
    viewed\ [\d,.]+[km]?\ times | improve\ this\ (?:answer|question|post) | add\ a\ comment\ *\|? | sort(?:ed)?\ by\b.{0,40} |
    this\ (?:topic|thread|discussion)\ (?:was|has\ been|is)\ (?:automatically\ )?(?:closed|locked|archived)\b.* |
    you\ (?:must\ (?:log\ in|sign\ in|be\ logged\ in)\ (?:or\ register\ )?to\ (?:reply|post|comment)|
         need\ to\ be\ a\ member\ in\ order)\b.* |
    (?:create\ an\ account\ or\ sign\ in|sign\ up\ for\ a\ new\ account\ in\ our\ community)\b.* | page\ \d+\ of\ \d+
)[.!]?$""", _I | re.X)

# Words of the buttons under a post or an item ("Reply Quote Like", "Save Share"): a short
# line made of them and numbers only is a row of buttons.
UI_WORDS = frozenset("""reply replies quote like likes unlike share save saved report follow unfollow cancel apply
edit delete flag upvote downvote vote votes copy link permalink print email bookmark subscribe login log register
signup comment comments helpful unhelpful react reaction reactions cite tweet""".split())

# Headers that open the buyers' reviews under a product ("Customer Reviews", "128 Reviews",
# "Ratings & Reviews"); a bare "Reviews" is as often a menu entry and is left out.
REVIEWS = re.compile(r"""^(?:
    (?:customer|product|user|guest|verified|buyer)\ reviews(?:\s*\(\d[\d,]*\))? | ratings?\s*(?:and|&)\s*reviews |
    [\d,]+\ (?:customer\ )?reviews | reviews\s*\(\d[\d,]*\)
)[.:]?$""", _I | re.X)

# A line that points at another story: "Read more: …", "RELATED: …".
TEASER = re.compile(r"^(?:read\ (?:more|also|next)|related|see\ also|also\ read|more|watch|listen|must\ read|don['’]t\ miss|"
                    r"recommended|live|explainer|analysis|opinion|video|podcast|more\ on\ this)\s*[:|–—»›>-]\s*\S", _I | re.X)
BRACKETED = re.compile(r"^\s*[\[【].{3,}[\]】]\s*$")

# Timestamps and relative times that head items of a news feed.
TIMESTAMP = re.compile(r"""^(?:
    \d{1,2}:\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+[A-Z]{2,4})? |
    \d{1,2}\.\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|[A-Z]{3,4}) |  # "18.40 GMT"; a bare "12.99" is a price
    \d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s+ago |
    yesterday(?:\s+at\s+.*)? | just\ now | today(?:\s+at\s+.*)?
)$""", _I | re.X)

# Photo captions and credits.
CAPTION_CREDIT = re.compile(r"""(?:
    \((?:[A-Z][^()/]{1,80}/\s*[A-Z][^()]{1,60}|[^()]{0,60}\b(?:photo|photograph|image|picture|getty|reuters|afp|ap|epa|
       shutterstock|file|handout|pool|courtesy|credit|illustration)\b[^()]{0,60})\)\s*$ |
    \bvia\ getty\ images\b | \b(?:photo(?:graph)?|image|picture|credit)s?\s*:\s*[^.!?]{2,80}$ | \bgetty\ images\s*$ | \bap\ photo\b | /\s*(?:reuters|afp|ap|epa|getty\ images|anadolu|tass|xinhua)\s*$
)""", _I | re.X)
CAPTION_LEAD = re.compile(r"^(?:photo|image|picture|pictured|credit|photograph|illustration|graphic|file\ photo|"
                          r"caption|source|video)\s*(?:\(.*?\))?\s*[:|–—-]", _I | re.X)

# Contributor credits and editorial notes that close a story.
CREDIT = re.compile(r"""^[\s(—–-]*(?:
    with\ (?:additional\ )?(?:assistance|reporting)\ (?:from|by) | additional\ (?:reporting|contributions)\ by | reporting\ by | reported\ by |
    [^.!?]{2,80}\bcontributed\ (?:reporting\ )?to\ this\ (?:article|report|story)\b |
    editing\ by | edited\ by | writing\ by | compiled\ by | contributing\ reporters?\b | contributors?\b\s*: |
    research\ by | graphics\ by | production\ by | (?:this|the)\ (?:story|article|report)\ (?:was|has\ been)\ (?:updated|corrected|amended) |
    correction\s*: | clarification\s*: | contact\ (?:the\ )?(?:reporter|author|us)\b | to\ contact\ the\ (?:reporter|editor) |
    (?:written|produced)\ by\ .{0,80}$ |
    # a feed's syndication footer: "The post <title> appeared first on <site>."
    the\ post\ .{2,300}?\ appeared\ first\ on\ .{2,120}$ |
    (?:this|the)\ (?:article|story|post|piece)\ (?:was\ )?(?:originally|first)\ (?:published|appeared)\ (?:on|in|at|by)
        \ (?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d)  # where, not when
)""", _I | re.X)

# "By Jane Doe", "BY JANE DOE AND JOHN ROE", "Words by …", "Author: …".
BYLINE = re.compile(r"^(?:by|words\ by|story\ by|written\ by|authors?\s*:|reporter\s*:)\s+(?P<rest>\S.*)$", _I | re.X)

TERMINAL = frozenset(".!?:\"”’'»)]…")
WORD = re.compile(r"\w+", re.UNICODE)

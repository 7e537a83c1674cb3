"""General English word lists for matching requests: stop words, request filler,
common business abbreviations and irregular word forms.

Only general language lives here; a domain's vocabulary comes from its query library.
"""

_STOPWORDS_TEXT = """
    a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each few for from further had hadn't has hasn't
    have haven't having he he'd he'll he's her here here's hers herself him himself his how
    how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most
    mustn't my myself no nor not of off on once only or other ought our ours ourselves out
    over own same shan't she she'd she'll she's should shouldn't so some such than that
    that's the their theirs them themselves then there there's these they they'd they'll
    they're they've this those through to too under until up very was wasn't we we'd we'll
    we're we've were weren't what what's when when's where where's which while who who's whose whom
    whom why's with won't would wouldn't you you'd you'll you're you've your yours yourself
    yourselves via per vs versus within across without including excluding except plus
    around among also just really much many lot lots every get got gets getting
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# Words that frame a request but say nothing about which data is wanted (thanks in the
# languages a workspace mixes into English too: "danke schön", "merci").
_FILLER_TEXT = """
    hey hi hello hiya yo folks team guys everyone anyone someone somebody all please pls plz
    thanks thank thx ty cheers quick quickly asap urgent urgently need needs needed want
    wanted wanna like would love could can able possible help know let see show shows
    showing give gimme giving pull pulling fetch grab send share tell telling find look
    looking run check provide list lists listing report reports data number numbers figure
    figures info information stats statistic statistics details detail breakdown overview
    summary view table chart graph current currently latest recent recently lately today's now real
    actual total totals overall whole entire some bit kind sort maybe perhaps probably thing
    things something stuff way board deck meeting meetings presentation slides slide exec
    execs leadership ceo cfo coo cto boss manager managers review weekly's today tomorrow
    yeah ok okay sure hmm um uh btw fyi afaik tbh imo question questions wondering wonder
    curious ask asking trying try tried go going able also again still even already ever
    what's whats how's hows us our we i me my you your one ones qbr okr okrs allhands
    standup sync offsite ops cs pm eng hr bot names name comparing compare level use using
    end beginning named
    mainly mostly normally usually typically generally approximately roughly nearly
    almost finally firstly secondly lastly respectively basically essentially remember
    forget forgot
    sorry apologies actually ballpark whatever re
    danke schon merci gracias grazie obrigado obrigada bedankt tack takk arigato
"""
FILLER = frozenset(_FILLER_TEXT.split()) - {"all"}

ABBREVIATIONS = {
    "rev": "revenue",
    "revs": "revenue",
    "avg": "average",
    "qty": "quantity",
    "amt": "amount",
    "cust": "customer",
    "custs": "customers",
    "prod": "product",
    "prods": "products",
    "yr": "year",
    "yrs": "years",
    "mo": "month",
    "mos": "months",
    "mth": "month",
    "wk": "week",
    "wks": "weeks",
    "pct": "percent",
    "perc": "percent",
    "num": "number",
    "nbr": "number",
    "nb": "number",
    "ord": "order",
    "ords": "orders",
    "incl": "including",
    "stat": "statistics",
    "txn": "transaction",
    "txns": "transactions",
    "acct": "account",
    "accts": "accounts",
    "dept": "department",
    "mgmt": "management",
    "w/": "with",
    "w/o": "without",
    "ppl": "people",
    "usr": "user",
    "usrs": "users",
    "sub": "subscription",
    "subs": "subscriptions",
    "cnt": "count",
    "max": "maximum",
    "temp": "temperature",
    "temps": "temperatures",
    "lat": "latitude",
    "lng": "longitude",
    "lon": "longitude",
    "dob": "date of birth",
    "info": "information",
    "yoy": "year over year",
    "mom": "month over month",
    "wow": "week over week",
    "e-mail": "email",
}

# Irregular forms that a suffix stemmer cannot reach.
IRREGULAR = {
    "sold": "sell",
    "sells": "sell",
    "selling": "sell",
    "bought": "buy",
    "buys": "buy",
    "made": "make",
    "makes": "make",
    "making": "make",
    "spent": "spend",
    "spending": "spend",
    "brought": "bring",
    "bringing": "bring",
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "went": "go",
    "left": "leave",
    "lost": "lose",
    "won": "win",
}

# Superlatives: words that ask for an ordering, the first rows of a ranking ("the most",
# "the 3 largest", "the oldest").
_SUPERLATIVES_TEXT = """
most least highest lowest largest smallest biggest greatest fewest longest shortest best worst
top bottom oldest newest youngest latest earliest
"""
SUPERLATIVES = tuple(_SUPERLATIVES_TEXT.split())

# Words about how a result is shown or ranked rather than what it holds ("sorted by name in
# descending order", "the distinct ids", "return the highest"). A library that does not use
# one of them has not left anything out by not knowing it.
_PRESENTATION_TEXT = """
order ordered ordering sort sorted sorting ascending descending decreasing increasing
alphabetical alphabetically reverse distinct different unique return returns returned give
find list listing id ids whos display shown show tell report provide along together also
respectively corresponding each every both either exactly highest lowest largest smallest
biggest greatest least fewest most top bottom maximum minimum number count total amount
value values record records row rows entry entries info information detail details
smaller larger bigger greater higher lower less more fewer longer shorter cheaper older newer
exceed exceeds exceeding often frequently group grouped grouping combined
"""
PRESENTATION = frozenset(_PRESENTATION_TEXT.split())
# Verbs (and a noun) that tie one thing to another without naming data: "patients who made an
# appointment", "stations located in", "the format used by", "country of origin". A library
# that does not use one of them has not left anything out by not knowing it.
_LINKING_TEXT = """
make made makes making produce produced produces producing locate located situated use used
uses using belong belongs belonging contain contains containing involve involved involves
origin
"""
LINKING = frozenset(_LINKING_TEXT.split())
# Words in a query's title that say how its result is shown ("appointment counts", "highest
# score"), not what it is about.
_SHOWN_AS_TEXT = """
count counts total totals list listing number amount highest lowest largest smallest biggest
greatest least fewest most top bottom maximum minimum best worst
"""
SHOWN_AS = frozenset(_SHOWN_AS_TEXT.split())

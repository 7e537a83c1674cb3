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
    wants wanted wanna like would love could can able possible help know let see show shows
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
    hallo danke schon merci gracias grazie obrigado obrigada bedankt tack takk arigato
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
    "hrs": "hours",
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
# Common English words of four or five letters: a request written in lower case uses them as
# words, never as the initials of a name ("made", "sold", "open").
_COMMON_SHORT_TEXT = """
able also area away baby back bad ball bank base bear beat been best bill bird blue boat body
book born both busy call came card care case cash city club cold come cost dark data date days
dead deal dear deep does done door down draw drew drop drug each east easy edge else even ever
face fact fail fair fall farm fast fear feel feet fell felt file fill film find fine fire firm
fish five flat food foot form four free from full fund gain game gave girl give glad goal goes
gold golf gone good gray grew grow hair half hall hand hard have head hear heat held hell help
here hero high hill hire hold hole home hope host hour huge idea into item jobs join july june
just keep kept kill kind king knew know lack lady laid land last late lead left less life lift
like line list live load loan lock long look lord lose loss lost love luck made mail main make
male many mark mass meal mean meet menu mile mind miss mode more most move much must name near
neck need news next nice nine none note okay once only open over page paid pain pair park part
pass past path peak pick plan play plus poll pool poor port post pull pure push race rain rank
rare rate read real rely rent rest rich ride ring rise risk road rock role roll room root rose
rule runs safe said sale same save says seat seek seem seen self sell send sent ship shop shot
show shut sick side sign site size skin slow snow soft soil sold some song soon sort soul spot
star stay step stop such suit sure take tale talk tall task team tell term test text than that
them then they thin this thus till time tiny told tone took tool tour town tree trip true turn
twin type unit upon used user vast very view vote wage wait walk wall want warm wash wave ways
weak wear week well went were west what when whom wich wide wife wild will wind wine wing wire
wise wish with wood word wore work yard yeah year your zero zone about above added admit after
again agent agree ahead alive allow alone along among apply areas argue arise asked avoid award
aware based basic basis beach began begin being below bills birth black blame block blood board
books brain brand bread break brief bring broad broke brown build built buyer cable calls carry
catch cause chain chair chart cheap check chest chief child china civil claim class clean clear
click clock close coach coast could count court cover crash cream crime cross crowd daily dance
dated dealt death debut delay depth doing doubt dozen draft drama drawn dream dress drink drive
drove early earth eight elite empty enemy enjoy enter entry equal error event every exact exist
extra faith false fault favor field fifth fifty fight final first fixed flash fleet floor focus
force forth forty forum found frame fresh front fruit fully funny given glass globe going goods
grade grand grant grass great green gross group grown guard guess guest guide happy heard heart
heavy hello horse hotel house human ideal image index inner input issue items joint judge known
label large laser later laugh layer learn lease least leave legal level light limit lived local
logic loose lower lucky lunch major maker march match maybe mayor meant media metal might minor
mixed model money month moral motor mount mouse mouth moved movie music needs never newly night
noise north noted novel nurse occur ocean offer often order other ought owner paint panel paper
party peace phase phone photo piece pilot pitch place plain plane plant plate point pound power
press price pride prime print prior prize proof proud prove queen quick quiet quite radio raise
range rapid rated ratio reach ready refer right rival river rough round route royal rural sales
scale scene scope score sense serve seven shall shape share sharp sheet shelf shell shift shirt
shock shoot short shown sight since sixth sixty sized skill sleep slide small smart smile smoke
solid solve sorry sound south space spare speak speed spend spent split spoke sport staff stage
stake stand start state steam steel stick still stock stone stood store storm story strip stuck
study stuff style sugar suite super sweet table taken taste taxes teach teeth thank theft their
theme there these thick thing think third those three threw throw tight times tired title today
topic total touch tough tower track trade train treat trend trial tried tries truck truly trust
truth twice under union unity until upper upset urban usage usual valid value video virus visit
vital voice waste watch water wheel where which while white whole whose woman women world worry
worse worst worth would wound write wrong wrote young yours youth
"""
COMMON_SHORT = frozenset(_COMMON_SHORT_TEXT.split())

# Words after which a number is a count of rows to show (top 20, first five).
RANK_WORDS = frozenset(
    {
        "top",
        "bottom",
        "first",
        "best",
        "worst",
        "biggest",
        "largest",
        "smallest",
        "highest",
        "lowest",
    }
)
# Words after which a number counts rows too ("the three most expensive", "the 3 largest").
RANK_AFTER = RANK_WORDS | {"most", "least", "fewest", "cheapest", "latest", "oldest"}

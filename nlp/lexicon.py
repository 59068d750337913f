# ruff: noqa: E501, RUF001  (cue patterns and sentences in many scripts read best one to a line)
"""Cue phrases for each outcome and polarity, per language, with negation and contrast handling.

The cues come from the definitions of the five outcomes in the West Midlands RSVSGG Standards
(seed 004) and from how people commonly say those things, not from any evaluation text. A bag of
words learnt from a few hundred synthetic comments misses phrasings it has not seen; a cue such as
"believed me" or "waiting list" carries the outcome in any comment, however long.

How a cue is read:

- Each language has cues per label (`outcome:polarity`). A plain cue names the outcome in its
  positive form for `:met` labels ("believed me") or its negative form for `:unmet` labels
  ("waiting list", "judged").
- A cue is *flipped* to the other polarity when a negation word for that language falls within a
  short window before it (and, for languages that negate after the verb, after it) in the same
  clause: "didn't believe me" is belief unmet, "never judged me" is impact met. Counterfactuals
  ("I wish they had", "should have") count as negation.
- A cue starting with "!" is *fixed*: it already contains its negation ("no one told me",
  "not my fault") and is never flipped. Fixed cues are matched first and their text is masked so
  the plain cues inside them do not fire again.
- Clauses are split at sentence ends, semicolons and contrast words ("but", "although"), so a
  negation in one clause does not flip a cue in the next.
"""

import re
from functools import cache

from nlp.taxonomy import LABELS, POLARITIES

# Score a cue hit contributes (the comment takes the larger of this and the classifier's score).
CUE_SCORE = 0.9
FLIPPED_SCORE = 0.85

_EN_NEG = (
    r"\b(?:not|no|never|nobody|no-one|noone|neither|nor|without|hardly|barely|"
    r"failed to|refused to|unable to|couldn't|can't|cannot|wouldn't|won't|didn't|don't|doesn't|"
    r"wasn't|weren't|isn't|aren't|haven't|hasn't|hadn't|lack of|instead of|rather than|"
    r"wish|if only|should have|should've|could have|could've|would have|would've|"
    r"needed them to|supposed to|too busy to|no longer)\b|n't\b"
)

# Per language: (negation before a cue, negation after a cue, contrast words that split clauses).
# Window sizes are in characters.
NEG_BEFORE_WINDOW = 32
NEG_AFTER_WINDOW = 14

_SP = r"(?=[\s.,;:!?،؛।॥።፣\"')]|$)"  # end of a token, for scripts where \b is unreliable

NEGATION: dict[str, tuple[str | None, str | None, str]] = {
    "en": (_EN_NEG, None, r"\b(?:but|although|though|however|whereas|except|until)\b"),
    "fr": (
        r"\b(?:ne|n'|pas|jamais|personne|aucune?|sans|plus|aurai(?:en)?t dû|j'aurais aimé)\b|n'",
        None,
        r"\b(?:mais|pourtant|cependant|alors que|sauf)\b",
    ),
    "de": (
        r"\b(?:nicht|nie|niemals|kein\w*|niemand|ohne|hätte\w*|sollte\w*)\b",
        r"\b(?:nicht|nie|niemals)\b",
        r"\b(?:aber|jedoch|obwohl|sondern|trotzdem)\b",
    ),
    "cy": (
        r"\b(?:ddim|nid|na|nac|neb|byth|erioed|heb|ni)\b",
        r"\b(?:ddim|neb)\b",
        r"\b(?:ond|er bod|fodd bynnag)\b",
    ),
    "pl": (
        r"\b(?:nie|nikt|nigdy|żaden|żadna|żadne|bez|ani)\b",
        None,
        r"\b(?:ale|lecz|jednak|chociaż|choć)\b",
    ),
    "ro": (
        r"\b(?:nu|n-|niciodată|nimeni|nici|fără|niciun|nicio)\b|n-",
        None,
        r"\b(?:dar|însă|deși|totuși)\b",
    ),
    "pt": (
        r"\b(?:não|nunca|ninguém|nenhum|nenhuma|sem|nem|jamais)\b",
        None,
        r"\b(?:mas|porém|embora|contudo)\b",
    ),
    "so": (
        r"\b(?:ma|ima|kuma|uma|maan|maanay|aan|ayan|weligay|weligood|cidna|qofna|la'aan)\b",
        r"\b(?:ma|maan)\b",
        r"\b(?:laakiin|hase yeeshee)\b",
    ),
    "ar": (
        r"(?:لم|لا|ما|لن|ليس|لست|أبدا|أبداً|ابدا|دون|بدون|ولا|ولم)" + _SP,
        None,
        r"(?:لكن|ولكن|لكنّ|بينما|رغم)",
    ),
    "ur": (
        r"(?:نہیں|نہ|کبھی|بغیر|کسی نے)" + _SP,
        r"(?:نہیں|نہ)" + _SP,
        r"(?:لیکن|مگر|حالانکہ)",
    ),
    "pa": (
        r"(?:ਨਹੀਂ|ਨਾ|ਕਦੇ|ਬਿਨਾਂ|ਕਿਸੇ ਨੇ)" + _SP,
        r"(?:ਨਹੀਂ|ਨਾ)" + _SP,
        r"(?:ਪਰ|ਲੇਕਿਨ|ਹਾਲਾਂਕਿ)" + _SP,
    ),
    "gu": (
        r"(?:નહીં|નહિ|ન|ક્યારેય|વગર|કોઈએ)" + _SP,
        r"(?:નહીં|નહિ|ન)" + _SP,
        r"(?:પણ|પરંતુ|જોકે)" + _SP,
    ),
    "bn": (
        r"(?:না|নি|নেই|কখনো|কখনও|ছাড়া|কেউ)" + _SP,
        r"(?:না|নি|নেই|করেনি|দেয়নি|হয়নি|নেয়নি|বলেনি|পারেনি|জানায়নি)" + _SP,
        r"(?:কিন্তু|তবে|যদিও)" + _SP,
    ),
    "fa": (
        r"(?:نه|هیچ|هرگز|بدون|هیچ‌کس|هیچکس)" + _SP,
        r"(?:ن(?:کرد|می|گرفت|گفت|داد|شد|بود|دار|داشت|فهمید|دید|کرده)\S*|نه)",
        r"(?:اما|ولی|با اینکه)",
    ),
    "ps": (
        r"(?:نه|هیڅ|هېڅ|پرته|مه|هیچا|هېچا)" + _SP,
        r"(?:نه|ونه)" + _SP,
        r"(?:خو|مګر|مگر|که څه هم)",
    ),
    "ckb": (
        r"(?:نە|هیچ|هەرگیز|بەبێ|کەس)" + _SP,
        r"(?:نە\S*|ن\S*ە)",
        r"(?:بەڵام|هەرچەندە)",
    ),
    "ti": (
        r"(?:ኣይ|ዘይ|ብዘይ|ፈጺመ|ሓደ ሰብ)",
        r"(?:የለን|የብሎምን|ኣይ)",
        r"(?:ግን|ይኹን እምበር|እኳ)",
    ),
    "zh": (
        r"(?:不|没|沒|未|从未|從未|无|無|别|別|毫无|并非|谁也)",
        None,
        r"(?:但是|但|可是|不过|虽然|然而)",
    ),
}

# label -> cue patterns. Lower-case text; "!" marks a fixed cue (see the module docstring).
Cues = dict[str, list[str]]

_EN: Cues = {
    "professionalism:met": [
        r"knew (?:exactly |straight away |immediately )?(?:which|the right|who i|what i|where i)",
        r"(?:had|with|clearly had|obviously had) (?:proper |specialist |real )?(?:training|experience) (?:in|with|of)",
        r"inside out",
        r"(?:obviously|clearly) (?:dealt with|done|seen) (?:this|it|cases like mine) before",
        r"(?:handled|treated|stored|took) (?:my )?(?:evidence|samples|statement|forms) (?:carefully|properly|with care)",
        r"kn(?:ew|ow) (?:about )?(?:that )?(?:there was |there were )?(?:a |the )?(?:specialist|isva|sarc|rape crisis|support service)",
        r"knew how to (?:handle|deal with|respond|support|help)",
        r"(?:handled|dealt with) (?:it|me|everything|my case) (?:so )?(?:well|professionally|sensitively|properly|carefully)",
        r"\b(?:knowledgeable|expert|specialist (?:knowledge|training))\b",
        r"knew (?:exactly |straight away |right away )?(?:what to do|what (?:she|he|they) (?:was|were) doing|what was needed|the (?:process|procedure|system|law|options))",
        r"knew (?:exactly )?(?:who|where|how) to (?:call|contact|refer|ring|speak to|send|go|get)",
        r"\breferred me\b",
        r"\bsignposted me\b",
        r"made (?:the|a) referral",
        r"(?:very|so|really|extremely|totally|completely|was|were|being|acted|behaved|and) (?:\w+ )?professional(?:ly)?\b|professionalism",
        r"trauma[- ]informed",
        r"(?:well|properly|specially|specialist) trained",
        r"\bexperienced\b",
        r"kept me (?:updated|up to date|posted)",
        r"(?:called|rang|texted|updated) me (?:after|every|each|regularly|as soon)",
        r"followed (?:it |things |me )?up",
        r"(?:explained|talked me through) (?:each|every|the next) step",
        r"(?:clear|good|proper|practical) (?:advice|guidance|plan|answers)",
        r"knew (?:her|his|their) stuff",
        r"did everything (?:properly|right|by the book)",
    ],
    "professionalism:unmet": [
        r"!not (?:really |even )?(?:her|his|their|my|our) (?:area|job|remit|department|field|speciality|specialty)",
        r"!(?:nobody|no one|no-one|none of them) (?:seemed to |seems to )?(?:know|knew)\b",
        r"!(?:referral|appointment|call|letter) (?:was |were )?never (?:made|sent|done|booked|arranged)",
        r"got (?:my|the) [\w ,]{0,25}wrong",
        r"wrong (?:phone )?number",
        r"(?:just|only) (?:said|told me) (?:that )?(?:i should|to) (?:go to|ring|call|contact|phone) (?:the )?police",
        r"\bmistakes?\b",
        r"(?:had|have|needed) to ask (?:someone|a colleague|her manager|his manager|around)",
        r"\bpanicked\b",
        r"!(?:didn't|did not|don't|do not|never) (?:seem to )?know (?:how to|what to|where to|who to|what (?:a|an) )",
        r"!(?:no|not|never been|wasn't|weren't|without any) (?:properly |specially )?(?:trained|training)",
        r"!(?:said|told me) (?:they|she|he) couldn't help",
        r"(?:sent|turned) me away",
        r"!(?:had|have) no (?:idea|clue) (?:what|who|where|how)",
        r"!(?:no|never) (?:follow[- ]up|feedback|update)",
        r"\bunprofessional\b",
        r"\bincompetent\b",
        r"\bclueless\b",
        r"out of (?:her|his|their) depth",
        r"!not (?:her|his|their|my|our) (?:area|job|remit|department|field|speciality|specialty)",
        r"(?:lost|mislaid|misplaced) (?:my|the) (?:file|statement|evidence|notes|referral|forms?|samples?|paperwork)",
        r"got (?:my|the) (?:details|name|facts|dates) wrong",
        r"wrong (?:information|advice|form|department|service)",
        r"(?:just|only|simply) (?:told|said|advised) (?:me )?to (?:ring|call|go to|contact|phone|report it to) the police",
        r"(?:just|only) (?:gave|handed) me a (?:leaflet|number|phone number|website)",
        r"(?:had|has) to look (?:it )?up",
        r"(?:seemed|looked) (?:lost|confused|unsure|panicked)",
        r"didn't seem to know",
        r"made (?:a |so many )?mistakes?",
    ],
    "communication:met": [
        r"told me about (?:the |a |an |their |some )?(?:local |other |specialist )?(?:\w+ )?(?:service|support|isva|rape crisis|counselling|sarc|helpline|group|charity)",
        r"(?:passed|sent|gave) (?:on )?(?:my|the) (?:details|information|notes|referral|file) (?:to|on)",
        r"explained (?:who|what|how|why|clearly|it (?:in|clearly))",
        r"pass(?:ed|ing)? (?:on )?(?:the |my )?(?:referral|information|details|notes)",
        r"explaining (?:it|what|everything|each)",
        r"made sure (?:the|my) [\w ]{0,20}knew",
        r"kept me (?:informed|in the loop)",
        r"(?:shared|passed on|sent over|forwarded) (?:the |my )?(?:information|notes|details|referral|records|statement)",
        r"(?:talked|spoke|liaised|communicated) (?:to|with) (?:each other|one another)",
        r"(?:liaised|coordinated) with",
        r"worked (?:well )?together",
        r"joined[- ]up",
        r"!(?:only|just) (?:had|needed) to (?:tell|explain|give) (?:my story|it|what happened|my statement|everything) once",
        r"told me about (?:the |a |an |their )?(?:specialist|support|isva|rape crisis|counselling|services?|sarc|options|helpline|group|charity|charities)",
        r"(?:put|linked|connected) me (?:in touch|up) with",
        r"\binterpreter\b",
        r"(?:letters?|information|leaflets?|forms?) (?:in|translated into) my (?:own )?language",
        r"explained (?:what would happen|what was happening|the process|my options|my rights|everything)",
        r"told me what (?:was happening|would happen|to expect|happens next)",
        r"(?:let|made sure) me know",
        r"(?:already )?had (?:my|the) notes",
        r"knew (?:my|the) history",
        r"(?:clear|regular|good) (?:communication|updates|information)",
    ],
    "communication:unmet": [
        r"(?:telling|tell|told|explain|explaining|repeat|repeating) (?:the whole thing|it|my story|everything) (?:all over again|to (?:five|four|three|two|several|so many|\d+|different))",
        r"(?:to|with|between) (?:five|four|three|several|so many|\d+) different (?:people|services|workers|officers|places|professionals)",
        r"found out (?:my|that|about|from)",
        r"sent from (?:the )?\w+(?: \w+){0,3} to",
        r"(?:back again|round in circles|round and round)",
        r"(?:all|only|everything) in english",
        r"(?:ringing|phoning|calling) (?:round|around)",
        r"(?:none of|didn't have|did not have|had no|without) my (?:history|notes|records|file|details)",
        r"(?:start|started|starting) (?:again )?from (?:the (?:very )?beginning|scratch)",
        r"before (?:anyone|anybody) (?:official |from \w+ )?(?:told|contacted|informed)",
        r"(?:told|telling|gave) me (?:different|conflicting) (?:things|information|answers)",
        r"(?:poor|bad|no|lack of|terrible|awful|zero) (?:communication|information[- ]sharing)",
        r"!(?:didn't|did not|never|don't) (?:explain|share|pass (?:it |anything |my \w+ )?on|tell me|inform|update)",
        r"!(?:no|without any) (?:record|notes|history|information) (?:of|about|from)",
        r"!(?:had|have) no idea what was (?:going on|happening)",
        r"!not joined[- ]up",
        r"!(?:no one|nobody|no-one|noone|none of them) (?:ever )?(?:told|explained|informed|mentioned|let me know|said anything|warned)",
        r"!never (?:told|informed|explained|mentioned|warned)",
        r"!(?:didn't|did not|don't|do not|never) (?:talk|speak|communicate|share) (?:to|with) each other",
        r"(?:had|have|having) to (?:repeat|retell|re-tell|re-live|relive|go over|explain) (?:my story|everything|it all|what happened|myself|it)",
        r"(?:tell|told|telling|explain|explaining|repeat|repeating) (?:my story|everything|what happened|it all) (?:again|over and over|to (?:each|every)|five|four|three|several|so many)",
        r"(?:passed|pushed|bounced|shunted|sent|passed) (?:between|around|from one|back and forth|from pillar to post)",
        r"from pillar to post",
        r"(?:fell|fall|lost|slipped) (?:through|between) the (?:gaps|cracks|net)",
        r"(?:in the dark|out of the loop)",
        r"found out (?:from|by|on|through) (?:the news|facebook|social media|myself|accident|chance|a letter)",
        r"(?:conflicting|mixed|contradictory) (?:information|advice|messages)",
        r"(?:had|have|having) to chase",
        r"(?:chasing|chased) (?:them|it|everyone|every|the police|my)",
        r"no (?:interpreter|information|communication)",
        r"(?:my (?:son|daughter|child|husband|children|kids?)|a family member) (?:had to )?(?:interpret|translate)",
        r"didn't (?:know|realise) (?:that |there (?:was|were) )?(?:specialist|isva|rape crisis|sarc|support services)",
        r"(?:nobody|no one) (?:joined|joining) (?:up|the dots)",
        r"(?:lost|missing) (?:my )?referral",
        r"left (?:me )?(?:guessing|wondering)",
    ],
    "belief:met": [
        r"(?:as|was|were) the truth",
        r"without (?:asking for )?(?:proof|evidence|question)",
        r"(?:was|is) a (?:crime|serious crime)",
        r"listened (?:without|carefully|properly|patiently|to every)",
        r"sorry (?:that |it |this )?(?:had )?happened",
        r"\bbeliev(?:ed|e|ing) (?:me|what i|my|in me|every|it|a word|anything|you)",
        r"\b(?:felt|was|were|am|being) believed",
        r"(?:took|take|taking|taken) (?:me|it|what i said|my (?:report|account|complaint)) seriously",
        r"taken seriously",
        r"!(?:was|is|wasn't|isn't|was not|is not)(?: still| never| in no way)?(?: not)? (?:my|your) fault",
        r"!(?:never|didn't|did not) (?:once )?(?:doubt|question)",
        r"\bvalidat(?:ed|ing|ion)\b",
        r"(?:accepted|trusted) (?:what i said|my account|my word|me)",
        r"(?:listened to me|really listened)",
        r"on my side",
    ],
    "belief:unmet": [
        r"confused about what (?:had )?happened",
        r"(?:on trial|in the dock)",
        r"(?:needed|need|needing) (?:checking|proof|evidence)",
        r"hard to prove",
        r"(?:if|whether) (?:i was|i'm|i am) (?:sure|certain|telling the truth)",
        r"(?:felt|was|were|being) (?:disbelieved|not believed)",
        r"accus(?:ed|ing) me",
        r"(?:asked|asking) (?:me )?(?:if|whether) i was sure",
        r"(?:a|just a) misunderstanding",
        r"\bregret\b",
        r"(?:wanted|asked for) it\b",
        r"\bdoubt(?:ed|ing|s)? (?:me|my|whether|what|if)",
        r"(?:like|as if|as though|thought|think|thinks) i (?:was|am|were) (?:lying|a liar|making (?:it|this|things) up|exaggerating|attention[- ]seeking|a time[- ]waster|wasting)",
        r"(?:liar|lying)\b",
        r"(?:made|making|make) (?:it|this|things|the whole thing) up",
        r"questioned (?:my|why i|whether|if i|what i|everything)",
        r"(?:asked|wanted to know|kept asking) why i (?:didn't|did not|waited|hadn't|had not|never|stayed|went back|went)",
        r"\b(?:sceptical|skeptical|suspicious|disbeliev\w*|disbelief)\b",
        r"\b(?:dismissed|dismissive|dismissing)\b",
        r"(?:my|his) word against",
        r"(?:rolled (?:her|his|their) eyes|smirk)",
        r"(?:interrogat\w+|cross-examin\w+|like a (?:suspect|criminal))",
        r"(?:inconsisten\w+|changed my story)",
    ],
    "impact:met": [
        r"recogni[sz]ed (?:the |my )?(?:flashbacks|trauma|signs|panic|dissociation|triggers)",
        r"(?:kept|held) my (?:place|space|appointment|slot) open",
        r"\b(?:so |very |really )?understanding\b",
        r"\bnon-?judg(?:e)?mental\b",
        r"felt (?:understood|listened to|cared for)",
        r"(?:what|the things) i needed",
        r"\bcompassion(?:ate)?\b",
        r"\bunderst(?:ood|and|ands|anding) (?:how|what|why|the (?:impact|effect|trauma)|that|me|my)",
        r"\b(?:patient|gentle|compassionate|sensitive|kind|caring) (?:with|to|towards|about) me",
        r"(?:at|in) my (?:own )?(?:pace|time)",
        r"(?:normal|common|natural|understandable) (?:reaction|response|to feel|to freeze)",
        r"(?:explained|talked about|understood) (?:trauma|my reactions|freezing|the freeze|flashbacks|dissociat\w+|my triggers)",
        r"(?:let|gave|giving|letting) me (?:choose|control|choices|a choice|decide|make (?:my own )?decisions|take breaks|stop)",
        r"(?:felt|feel|made me feel) (?:safe|heard|understood|less alone|comfortable|less judged|human|in control|respected)",
        r"(?:gave|give) me (?:space|time)",
        r"treated me (?:like|as) a (?:person|human)",
        r"(?:trauma|survivor)[- ](?:aware|focused|centred|centered)",
        r"(?:what|how) (?:i had|i'd|i have) been through",
        r"\bempath\w+",
    ],
    "impact:unmet": [
        r"out of proportion",
        r"(?:just|only) (?:as )?(?:anxiety|depression|stress|a phase)",
        r"never asked (?:why|what|about)",
        r"\bshut down\b",
        r"set off (?:a |my )?(?:panic|flashback)",
        r"comments about my",
        r"(?:feeling|felt|feel) (?:even )?worse",
        r"!(?:no|lack of|without any|zero|little) (?:understanding|empathy|compassion)",
        r"(?:should|ought to) (?:be|have been|have got) over it",
        r"(?:labelled|labeled|diagnosed) (?:me )?(?:as|with) (?:a |having )?(?:personality disorder|bpd|difficult|attention)",
        r"(?:just|only) (?:gave|threw|put) me (?:on )?(?:medication|tablets|pills)",
        r"\b(?:shamed|humiliat\w+|patroni[sz]\w+|condescend\w+)\b",
        r"\b(?:treated|made me feel) (?:me )?like (?:a problem|a nuisance|a burden|an inconvenience|rubbish|dirt)",
        r"\b(?:judged|judging|judgement\w*|judgment\w*|judgemental|judgmental)\b",
        r"\bblam(?:ed|ing|e) (?:me|us|the victim|my)\b",
        r"victim[- ]blam\w*",
        r"(?:what i was wearing|how much i(?:'d| had)? (?:had to )?dr[iau]nk|why i (?:was|went) (?:there|out))",
        r"(?:get over it|move on|forget (?:about )?it|put it behind|calm down|pull myself together|man up)",
        r"\b(?:overreact\w*|over-react\w*|dramatic|hysterical|too emotional)\b",
        r"\b(?:triggered|triggering|re-?traumati[sz]\w*)\b",
        r"discharged (?:me )?(?:for|because|after|when)",
        r"(?:struck|taken|kicked) (?:me )?off (?:the|their) (?:list|books|caseload)",
        r"\brushed (?:me|through|into)\b",
        r"(?:too|very) (?:complex|complicated)",
        r"\b(?:insensitive|uncaring|cold|callous|heartless)\b",
        r"no (?:empathy|compassion|understanding)",
        r"(?:made|make|making) me feel (?:ashamed|dirty|stupid|small|guilty|like it was my fault|worse|like a burden)",
        r"(?:made|making|make) me (?:feel|think) (?:like )?(?:it was|it's|it is|i was) (?:my (?:own )?fault|to blame)",
        r"(?:said|implied|suggested) (?:it was |that it was )?(?:my (?:own )?fault|partly my fault)",
        r"(?:pushed|pressured|forced) (?:me )?(?:to|into)",
        r"(?:shouted|snapped|laughed) at me",
    ],
    "priority:met": [
        r"fitted me in",
        r"within (?:a |an |the |two |three |a couple of |a few )?(?:hour|hours|day|days|minutes)",
        r"in (?:days|hours), not",
        r"(?:dealt with|saw me|seen|responded|sorted) (?:really |very |so )?(?:quickly|fast|promptly|straight away)",
        r"didn't have to wait",
        r"same (?:day|week|evening|night|afternoon|morning)",
        r"\b(?:straight away|right away|immediately|at once|within (?:an hour|hours|a day|the hour|24|48|a few days|days))\b",
        r"\b(?:quickly|promptly|swiftly|fast|quick)\b",
        r"\burgent(?:ly)?\b",
        r"\bpriorit(?:y|ised|ized|ising|izing)\b",
        r"(?:made|make|found|had) (?:time|room) for me",
        r"fast[- ]track\w*",
        r"!no (?:wait|waiting list|delay)",
        r"(?:came|arrived|turned up|got back to me) (?:within|straight|quickly|that)",
        r"(?:next|following) (?:day|morning)",
        r"(?:called|rang) (?:me )?back (?:the same|within|that|straight)",
        r"(?:put|moved) me (?:to the top|up the list)",
    ],
    "priority:unmet": [
        r"\bwait(?:ing)? (?:for|list for) [\w ]{0,30}(?:was|is|of) (?:over |about |nearly |around )?(?:\w+ )?(?:months|weeks|years)",
        r"!none of (?:them|my (?:calls|messages|emails)) (?:were|was) (?:returned|answered)",
        r"(?:weeks|months|a year|years) before (?:anyone|someone|i heard|i was|they)",
        r"(?:just )?another (?:file|case|number|name)",
        r"(?:moved|postponed|changed|rearranged) (?:\w+ )?(?:times|again)",
        r"(?:nothing they could do|until a space|no space|no spaces)",
        r"on (?:their|the) radar",
        r"(?:over|more than) (?:a|two|three|six) (?:weeks?|months?)",
        r"(?:weeks|months) away",
        r"(?:a )?burden on (?:their|her|his) time|wasting (?:their|her|his) time",
        r"!(?:still )?(?:haven't|have not|never|hadn't) heard (?:anything|back|from)",
        r"(?:left|leaving) (?:me )?(?:to cope|on my own|alone|hanging|in limbo)",
        r"\bignored\b",
        r"\bin limbo\b",
        r"waiting (?:list|lists|time|times)",
        r"\bwait(?:ed|ing)? (?:for )?(?:over |more than |nearly |almost |about )?(?:months|weeks|a year|years|ages|so long|a long time|\d+|two|three|four|five|six|eight|nine|ten|eleven|twelve|eighteen)",
        r"(?:months|weeks|a year|years|ages) (?:on|of) (?:the |a )?(?:wait|list)",
        r"!(?:nobody|no one|no-one|noone|never|they never)(?: ever)? (?:got back|called back|called me back|rang back|rang me back|returned|replied|responded|came back|followed up|contacted me|rang me|called me|heard back|got in touch)",
        r"!(?:never|didn't) (?:heard|hear) (?:back|anything)",
        r"heard nothing",
        r"(?:fobbed|brushed) (?:me )?off",
        r"\b(?:too busy|no capacity|not enough staff|under-?staffed|short[- ]staffed|under-?resourced|stretched)\b",
        r"(?:low priority|bottom of the (?:pile|list)|back of the (?:queue|list)|lost in the system)",
        r"(?:forgot|forgotten) (?:about )?(?:me|my)",
        r"\b(?:cancelled|postponed|rescheduled|adjourned)\b",
        r"\bstill waiting\b",
        r"\bdelay(?:s|ed)?\b",
        r"took (?:months|weeks|years|ages|forever|a long time|so long|over a year|more than)",
        r"like (?:a number|a case number|a statistic|a tick[- ]box|just another case)",
        r"\b(?:turned away|closed my case|no further action)\b",
        r"(?:months|weeks) (?:later|went by|passed|before)",
        r"(?:kept|keep) (?:me )?waiting",
        r"(?:no|not a single) (?:response|reply|call back|callback)",
    ],
}

_FR: Cues = {
    "professionalism:met": [
        r"(?:m'appelait|me rappelait|m'a appelée|m'a rappelée) après (?:chaque|l'audience|le)",
        r"(?:connaissai(?:t|ent)|maîtrisai(?:t|ent)) (?:toute |bien )?(?:la procédure|le processus|son travail|leur travail)",
        r"savai(?:t|ent) (?:exactement )?(?:quoi faire|ce qu'(?:il|elle)s? faisai|qui (?:appeler|contacter)|où m'(?:envoyer|orienter))",
        r"m'(?:a|ont) (?:orientée?|adressée?|dirigée?)",
        r"\bprofessionnel(?:le)?s?\b",
        r"\bformée?s?\b",
        r"tenue? au courant",
        r"(?:expliqué|expliquait) (?:chaque|toutes les) étape",
        r"(?:rappelée?|appelée?) après (?:chaque|l'audience|le rendez)",
    ],
    "professionalism:unmet": [
        r"!ne savai(?:t|ent) (?:absolument |vraiment |même )?pas (?:à qui|quoi|où|comment|qui)",
        r"!(?:aucune idée|n'avai(?:t|ent) aucune idée)",
        r"!(?:pas|plus) (?:son|leur|mon) (?:domaine|rôle|travail)",
        r"\bincompétente?s?\b",
        r"(?:perdu|égaré) (?:mon|le|ma) (?:dossier|déposition|plainte)",
        r"(?:seulement|juste) (?:dit|conseillé) d'aller (?:voir )?(?:à )?la police",
    ],
    "communication:met": [
        r"(?:on m'a|m'(?:a|ont)) parlé (?:du|de la|de l'|des|d'un|d'une) (?:centre|service|soutien|association|accompagn|aide|groupe|ligne)",
        r"tenue? informée?",
        r"m'(?:a|ont) parlé (?:du|de|des) (?:service|soutien|association|accompagn)",
        r"partag(?:é|er|eaient|ent) (?:les|mes) informations",
        r"\binterprète\b",
        r"dans ma (?:propre )?langue",
        r"se (?:parlaient|sont parlé|coordonn)",
        r"m'(?:a|ont) expliqué (?:ce qui|la procédure|mes droits|les étapes)",
        r"avai(?:t|ent) déjà (?:mon dossier|les notes|mes notes)",
        r"!qu'une seule fois",
    ],
    "communication:unmet": [
        r"(?:appris|découvert) (?:par|dans|sur) (?:un courrier|une lettre|hasard|la presse|les réseaux)",
        r"(?:dû|fallu|devoir) (?:tout )?(?:raconter|répéter|redire|réexpliquer)",
        r"(?:cinq|quatre|trois|plusieurs|\d+) (?:personnes|services|interlocuteurs) différent",
        r"!sans (?:personne|aucun interlocuteur|interlocuteur)",
        r"!personne ne m'a (?:rien )?(?:dit|expliqué|informée?|prévenue?|parlé)",
        r"!(?:jamais|rien) (?:dit|expliqué|informée?)",
        r"(?:répéter|raconter|redire|réexpliquer) (?:mon histoire|tout|ce qui s'est passé)(?: encore| à chaque| plusieurs)?",
        r"(?:baladée?|renvoyée?|trimballée?) (?:d'un|entre|de service)",
        r"se renvoyaient",
        r"(?:appris|découvert) (?:par hasard|par moi-même|dans la presse|sur facebook)",
        r"(?:relancer|courir après)",
    ],
    "belief:met": [
        r"\bme cro(?:yait|yaient|it|ient|is)\b",
        r"pris(?:e|es)? (?:\w+ \w+ )?au sérieux",
        r"\b(?:m'a|m'ont|m'avait|m'avaient|j'ai été) crue?s?\b",
        r"\bcrue?s?\b",
        r"pris(?:e|es)? au sérieux",
        r"!(?:n'était|ce n'est|c'était) pas (?:de )?ma faute",
        r"!(?:n'a|n'ont) (?:jamais |pas )douté",
        r"m'(?:a|ont) (?:vraiment )?écoutée?",
    ],
    "belief:unmet": [
        r"si j'étais (?:sûre?|certaine?)",
        r"(?:l'accusée?|banc des accusés)",
        r"\b(?:menteuse|menteur|mentais|mentir|mensonge)\b",
        r"\b(?:j'inventais|inventé|invente|inventer|affabul\w*)\b",
        r"(?:mis en doute|doutai(?:t|ent)|douter de moi|ont douté|a douté)",
        r"comme si je (?:mentais|exagérais|inventais)",
        r"(?:sceptique|méfiant)",
        r"demandé pourquoi je (?:n'avais|n'ai|suis restée|ne)",
    ],
    "impact:met": [
        r"(?:faire|prendre) des pauses",
        r"\b(?:compris|comprenait|comprenaient|comprendre|comprend)\b",
        r"\bpatiente?s?\b",
        r"à mon (?:propre )?rythme",
        r"réaction normale",
        r"!sans (?:me )?juger",
        r"!(?:ne m'ont|ne m'a) pas jugée?",
        r"(?:sentie?|senti) (?:en sécurité|écoutée?|comprise?|respectée?)",
        r"(?:bienveillante?s?|douce|doux|délicate?)",
    ],
    "impact:unmet": [
        r"\b(?:pressée?|bousculée?)\b",
        r"passée? à autre chose",
        r"(?:comment j'étais habillée|ce que je portais|combien j'avais bu|si j'avais bu)",
        r"\bjug(?:é|ée|ées|és|ement|eait|eaient|er)\b",
        r"(?:reproch|culpabilis|blâm)\w*",
        r"(?:c'était|que c'était) (?:de )?ma faute",
        r"(?:oublier|tourner la page|passer à autre chose)",
        r"\b(?:radiée?|exclue?) (?:parce|car|pour)",
        r"\b(?:exagér\w+|dramatis\w+)\b",
        r"(?:froide?s?|insensible|brusque|sans empathie)",
        r"(?:retraumatis|traumatisant)\w*",
    ],
    "priority:met": [
        r"(?:dans l'heure|dans la journée|(?:l'après-midi|le soir|le matin|la semaine) même)",
        r"(?:le jour même|le même jour|la même semaine|le lendemain)",
        r"\b(?:immédiatement|tout de suite|rapidement|vite|aussitôt)\b",
        r"(?:urgence|urgent)",
        r"\bpriorit(?:é|aire)\b",
        r"du temps pour moi",
    ],
    "priority:unmet": [
        r"attendre [\w -]{0,20}(?:mois|semaines|ans)",
        r"!personne n'a (?:jamais )?(?:répondu|rappelé|recontacté)",
        r"liste d'attente",
        r"(?:attend(?:s|u|ue|re|ais|ait)?|patient(?:é|er)) (?:depuis|pendant|plus de|des)",
        r"(?:des|plusieurs) (?:mois|semaines)",
        r"!personne ne m'a (?:rappelée?|recontactée?|répondu)",
        r"!(?:jamais|pas) (?:eu de|reçu de) (?:réponse|nouvelles)",
        r"\b(?:délais?|retard|reporté|annulé)\b",
        r"(?:débordés|pas le temps|manque de personnel)",
        r"comme un numéro",
    ],
}

_DE: Cues = {
    "professionalism:met": [
        r"nach jedem (?:schritt|termin|gespräch) (?:\w+ )?(?:angerufen|informiert)",
        r"(?:kannte|kannten) (?:den ganzen |das ganze |den )?(?:ablauf|verfahren|prozedere)",
        r"wusste(?:n)? (?:genau |sofort )?(?:was zu tun|was (?:sie|er) tat|wen|wohin|wie)",
        r"(?:überwies(?:en)?|überwiesen|vermittelt(?:e|en)?|weitergeleitet)",
        r"(?<!un)professionell",
        r"\b(?:geschult|ausgebildet|erfahrene?n?)\b(?! habe| hat|,)",
        r"auf dem laufenden gehalten",
        r"(?:jeden|alle) schritte? erklärt",
    ],
    "professionalism:unmet": [
        r"(?:aussage|akte|anzeige|unterlagen|überweisung) (?:ist |wurde |war )?(?:verloren|verlegt)",
        r"!keine ahnung",
        r"!nicht (?:zuständig|ihr bereich|sein bereich|deren aufgabe)",
        r"\b(?:inkompetent|unprofessionell|überfordert|ahnungslos)\b",
        r"(?:akte|aussage|anzeige|unterlagen) (?:verloren|verlegt)",
        r"(?:nur|einfach) (?:gesagt|geraten),? (?:ich solle|zur polizei)",
    ],
    "communication:met": [
        r"(?:auf dem laufenden|informiert) gehalten",
        r"\bdolmetscher\w*\b",
        r"in meiner (?:eigenen )?sprache",
        r"(?:miteinander|untereinander) (?:gesprochen|geredet|kommuniziert|ausgetauscht)",
        r"informationen (?:weitergegeben|geteilt|ausgetauscht)",
        r"(?:erzählt|erklärt|gesagt),? (?:was passier|wie es weiter|welche)",
        r"(?:von|über) (?:der |den |dem )?(?:beratungsstelle|fachberatung|unterstützung|angebot)\w* erzählt",
        r"!nur einmal erzählen",
    ],
    "communication:unmet": [
        r"(?:geschichte|alles) (?:\w+ ){0,3}(?:verschiedenen|mehreren) (?:leuten|personen|stellen)",
        r"aus (?:einem brief|der zeitung|den nachrichten) erfahren",
        r"!ohne (?:ansprechpartner|ansprechperson)",
        r"!(?:niemand|keiner) hat (?:mir )?(?:etwas |je )?(?:gesagt|erklärt|mitgeteilt|informiert|erzählt)",
        r"(?:immer wieder|noch einmal|jedes mal|ständig|mehrmals) (?:alles )?(?:erzählen|erklären|wiederholen)",
        r"\bwiederholen\b",
        r"hin und her (?:geschickt|geschoben)",
        r"(?:von einer|von stelle zu stelle)",
        r"(?:zufällig|selbst) (?:erfahren|herausgefunden)",
        r"nachtelefonieren|hinterhertelefonieren|hinterherlaufen",
    ],
    "belief:met": [
        r"\bmir (?:glaubt|glaubte|glaubten|geglaubt)\b",
        r"\b(?:geglaubt|glaubte(?:n)? mir|glauben mir|glaubt mir)\b",
        r"ernst genommen",
        r"!(?:nicht|keine) (?:meine )?schuld",
        r"(?:zugehört|hörte(?:n)? mir zu)",
    ],
    "belief:unmet": [
        r"ob ich (?:mir )?(?:ganz )?sicher (?:sei|bin|war)",
        r"(?:die angeklagte|auf der anklagebank)",
        r"\b(?:lüge\w*|lügnerin|lügen|gelogen|ausgedacht|erfunden)\b",
        r"(?:zweifel\w*|angezweifelt|bezweifelt|misstrau\w*)",
        r"als (?:ob|würde) ich (?:lügen|übertreiben|mir das ausdenken)",
        r"(?:warum ich (?:nicht|erst)|wieso ich (?:nicht|erst))",
    ],
    "impact:met": [
        r"pausen (?:machen|einlegen)",
        r"\b(?:verstand(?:en)?|verstanden|versteht|verständnis)\b",
        r"\bgeduldig\b",
        r"(?:in meinem|mein) (?:eigenen )?tempo",
        r"normale reaktion",
        r"!nicht (?:verurteilt|bewertet)",
        r"(?:sicher|gehört|verstanden|respektiert) gefühlt",
        r"einfühlsam",
    ],
    "impact:unmet": [
        r"(?:gedrängt|gehetzt|unter druck gesetzt)",
        r"(?:darüber|drüber) hinweg",
        r"(?:was ich (?:anhatte|getragen)|wie viel ich getrunken)",
        r"(?:verurteilt|verurteilend|bewertet|abgestempelt)",
        r"(?:schuld gegeben|vorwürfe|vorgeworfen|selbst schuld|meine schuld)",
        r"(?:vergessen|abhaken|damit abschließen|zusammenreißen)",
        r"(?:entlassen|abgemeldet|rausgeworfen)",
        r"(?:retraumatis|getriggert|übertrieben|hysterisch|gefühllos|unsensibel)",
    ],
    "priority:met": [
        r"innerhalb (?:einer|von|weniger) (?:stunde|stunden|tag|tage)",
        r"am (?:selben|gleichen|nächsten) (?:tag|nachmittag|abend|morgen|vormittag)",
        r"\b(?:sofort|schnell|umgehend|gleich|zügig)\b",
        r"\b(?:dringend|vorrang\w*|priorität)\b",
        r"zeit für mich",
    ],
    "priority:unmet": [
        r"!nie (?:eine )?antwort",
        r"warteliste",
        r"(?:gewartet|warte (?:seit|schon|noch)|wartezeit|warten (?:müssen|musste))",
        r"(?:monate|wochen)(?:lang)?",
        r"!(?:niemand|keiner) hat (?:mich )?(?:zurückgerufen|zurückgemeldet|gemeldet|geantwortet)",
        r"!nie (?:wieder )?(?:etwas )?gehört",
        r"(?:verzögerung|verschoben|abgesagt)",
        r"(?:keine zeit|überlastet|unterbesetzt)",
        r"wie eine nummer",
    ],
}

_CY: Cues = {
    "professionalism:met": [
        r"gwybod (?:yn union )?(?:beth i'w wneud|at bwy|pwy i)",
        r"(?:cyfeirio|cyfeiriodd|cyfeiriwyd|atgyfeirio|atgyfeiriodd)",
        r"(?:proffesiynol|hyfforddedig|profiadol)",
        r"(?:rhoi|roi|diweddaru|rhoddodd) (?:y )?wybod (?:i mi )?bob",
    ],
    "professionalism:unmet": [
        r"!dim syniad",
        r"!nid (?:ei|eu) maes",
        r"(?:amhroffesiynol|anghymwys)",
        r"(?:colli|collwyd) (?:fy )?(?:ffeil|datganiad|nodiadau)",
    ],
    "communication:met": [
        r"(?:rhoi|roi|rhoddodd|rhoddon nhw) (?:gwybod|wybod)",
        r"(?:diweddaru|diweddarodd)",
        r"cyfieithydd",
        r"yn (?:fy iaith|gymraeg)",
        r"(?:rhannu|rhannodd|rhannon nhw) (?:y |fy )?(?:wybodaeth|gwybodaeth|nodiadau)",
        r"(?:siarad|siaradon nhw) (?:â'i gilydd|gyda'i gilydd)",
        r"(?:dweud|ddweud|ddywedon nhw|dywedodd) (?:wrtha i )?am y (?:gwasanaeth|gefnogaeth|cymorth)",
        r"(?:eisoes )?(?:gyda|ganddo|ganddi) (?:fy )?nodiadau",
    ],
    "communication:unmet": [
        r"wrth (?:bump|pedwar|tri|sawl|lawer) o bobl",
        r"!(?:ddywedodd|esboniodd|eglurodd) neb",
        r"!neb wedi (?:dweud|esbonio|egluro|rhoi gwybod)",
        r"(?:ailadrodd|ail-adrodd|adrodd fy stori (?:eto|dro ar ôl tro))",
        r"(?:dro ar ôl tro|eto ac eto)",
        r"(?:pasio|anfon) (?:fi )?(?:o un|rhwng)",
    ],
    "belief:met": [
        r"(?:c|g|ngh|ch)red(?:u|odd|on|wyd)",
        r"o (?:ddifrif|ddifri)",
        r"!(?:nid|nad|doedd e ddim|nid oedd) (?:yn )?(?:fy mai|fai arna)",
        r"(?:gwrando|wrando|gwrandawodd|wrandawodd)",
    ],
    "belief:unmet": [
        r"a oeddwn i'n siŵr",
        r"(?:celwydd|gelwydd|nghelwydd)",
        r"(?:gwneud|wneud) (?:e|o|y cyfan|pethau) (?:i fyny|lan)",
        r"(?:amau|amheus|amheuaeth)",
        r"pam (?:na|nad|wnes i ddim)",
    ],
    "impact:met": [
        r"(?:deall|ddeall|dealltwriaeth|deallodd|ddeallodd|deallon|ddeallon)",
        r"(?:amynedd|amyneddgar)",
        r"yn fy (?:amser|mhwysau|mhwyll) fy hun",
        r"ymateb (?:normal|naturiol|arferol)",
        r"!heb (?:fy )?(?:marnu|barnu|feirniadu)",
        r"teimlo(?:'n)? (?:yn )?(?:ddiogel|saff)",
    ],
    "impact:unmet": [
        r"(?:barnu|farnu|marnu|beirniadu|feirniadu|beio|feio|mheio)",
        r"(?:fy mai i|bai arna)",
        r"(?:anghofio|symud ymlaen|dod drosto)",
        r"(?:rhyddhau|rhyddhawyd|ryddhau) (?:fi|o'r)",
        r"(?:gorymateb|ddramatig)",
    ],
    "priority:met": [
        r"o fewn (?:yr |awr|diwrnod|ychydig)",
        r"(?:yr un|yr union) (?:diwrnod|dydd|wythnos)",
        r"(?:ar unwaith|yn syth|yn gyflym|yn brydlon|cyflym)",
        r"(?:brys|blaenoriaeth)",
        r"(?:amser|wneud amser) i mi",
    ],
    "priority:unmet": [
        r"rhestr aros",
        r"(?:aros|disgwyl) (?:am|ers|dros|mwy na)",
        r"(?:misoedd|wythnosau|blwyddyn)",
        r"!(?:ffoniodd|atebodd|cysylltodd) neb",
        r"!neb wedi (?:ffonio|ateb|cysylltu)",
        r"(?:oedi|gohirio|canslo)",
    ],
}

_PL: Cues = {
    "professionalism:met": [
        r"wiedział\w* (?:dokładnie )?(?:co (?:robić|zrobić|trzeba)|do kogo|gdzie|kogo)",
        r"skierował\w*",
        r"(?<!nie)profesjonaln\w*",
        r"(?:przeszkolon|doświadczon)\w*",
        r"informował\w* mnie (?:na bieżąco|co tydzień|regularnie)",
    ],
    "professionalism:unmet": [
        r"!nie (?:miał\w*|mieli) pojęcia",
        r"!(?:to )?nie (?:jej|jego|ich) (?:sprawa|działka|dziedzina)",
        r"(?:nieprofesjonaln|niekompetentn)\w*",
        r"(?:zgubil|zgubił|zagubil)\w* (?:moje|akta|zeznani)",
    ],
    "communication:met": [
        r"informował\w*",
        r"na bieżąco",
        r"(?:tłumacz|tłumaczk)\w*",
        r"w moim (?:własnym )?języku",
        r"(?:przekazał|przekazali|wymienili|wymienił|dzielili się)\w* (?:się )?informacj\w*",
        r"(?:rozmawiał|kontaktował|komunikował)\w* (?:się )?ze sobą",
        r"powiedział\w* mi o (?:specjalist|wsparci|pomocy|organizacji|ośrodk|usłu)",
        r"!tylko raz",
    ],
    "communication:unmet": [
        r"(?:pięciu|czterem|trzem|kilku|wielu) (?:różnym )?osobom|różnym osobom",
        r"!nikt (?:mi )?nie (?:powiedział|wyjaśnił|poinformował|wspomniał)",
        r"(?:powtarzać|powtórzyć|powtarzałam|powtarzałem|opowiadać od nowa)",
        r"(?:od nowa|w kółko|za każdym razem)",
        r"(?:odsyłan|przerzucan|odbijan)\w*",
        r"(?:dowiedział\w* się przypadkiem|sam\w* musiał\w* dzwonić)",
    ],
    "belief:met": [
        r"\bmi (?:wierzy|wierzyła|wierzył|wierzyli|uwierzył\w*)",
        r"(?:uwierzył|uwierzyli|uwierzyła|wierzył|wierzyli|wierzyła|wierzyły|uwierzyły)\w*",
        r"(?:potraktował|traktował|potraktowali|traktowali)\w* (?:mnie |to )?poważnie",
        r"!nie (?:była|było|jest) (?:to )?moja wina",
        r"!nie (?:wątpił|wątpili|podważał)\w*",
        r"wysłuchał\w*",
    ],
    "belief:unmet": [
        r"czy (?:jestem|byłam|byłem) (?:pewna|pewien)|czy na pewno",
        r"(?:kłamię|kłamałam|kłamałem|kłamstw|kłamc|kłamać|kłami)\w*",
        r"(?:zmyślam|zmyślałam|zmyśliłam|wymyśliłam|zmyśl)\w*",
        r"(?:wątpił|wątpili|podważał|podważali|podważyli|powątpiew)\w*",
        r"jakbym (?:kłamał|zmyślał|przesadzał)\w*",
        r"pytal\w* dlaczego (?:nie|tak późno)",
    ],
    "impact:met": [
        r"(?:rozumiał|zrozumiał|rozumieli|zrozumieli|rozumie)\w*",
        r"cierpliw\w*",
        r"(?:we własnym|w moim) tempie",
        r"normaln\w* reakcj\w*",
        r"!nie (?:ocenial|oceniał|osądzał|osądzali)\w*",
        r"(?:czułam|czułem) się (?:bezpiecznie|wysłuchan|zrozumian)\w*",
    ],
    "impact:unmet": [
        r"powinn\w* (?:już|dawno)",
        r"(?:ocenial|oceniał|osądzał|osądzali|osądzon|ocenian)\w*",
        r"(?:obwiniał|obwiniali|obwinian|winą|moja wina)\w*",
        r"(?:zapomnieć|zapomniała|zapomniał|przejść nad tym|pozbierać się)",
        r"(?:wypisan|wypisali|skreślon|skreślili)\w*",
        r"(?:przesadzam|przewrażliwion|histeryz)\w*",
    ],
    "priority:met": [
        r"w ciągu (?:godziny|dnia|kilku godzin|doby)",
        r"tego samego dnia",
        r"(?:od razu|natychmiast|szybko|niezwłocznie|następnego dnia)",
        r"(?:pilne|pilnie|pilny|priorytet)\w*",
        r"(?:znalazł|znaleźli|miał|mieli)\w* dla mnie czas",
    ],
    "priority:unmet": [
        r"(?:lista|liście|listy) oczekujących",
        r"(?:czekam|czekałam|czekałem|czekać|czekaliśmy|oczekiwani)\w*",
        r"(?:miesiąc|miesięcy|miesiące|tygodni|tygodnie|rok)\b",
        r"!nikt (?:do mnie )?nie (?:oddzwonił|odpisał|odezwał|skontaktował)\w*",
        r"(?:odwołan|przełożon|opóźnien)\w*",
        r"jak (?:numer|kolejny numer)",
    ],
}

_RO: Cues = {
    "professionalism:met": [
        r"știa(?:u)? (?:exact |imediat )?(?:ce (?:să facă|de făcut|trebuie)|pe cine|unde|cui)",
        r"(?:m-a|m-au) (?:trimis|îndrumat|îndrumată|referit)",
        r"(?<!ne)profesionis\w*",
        r"(?:instruit|pregătit|experiment)\w*",
        r"(?:ținut|ținută) la curent",
    ],
    "professionalism:unmet": [
        r"!habar n(?:-|u )",
        r"!(?:nu avea|n-avea|nu aveau|n-aveau) (?:nicio |habar)",
        r"!nu (?:era|e) (?:domeniul|treaba)",
        r"(?:neprofesionis|incompetent)\w*",
        r"(?:pierdut|rătăcit) (?:dosarul|declarația|actele)",
    ],
    "communication:met": [
        r"vorbit între (?:ei|ele)",
        r"(?:ținut|ținută|informat|informată)\w*",
        r"la curent",
        r"\binterpret\w*",
        r"în limba mea",
        r"(?:transmis|comunicat|împărtășit|schimbat) (?:informațiile|informații)",
        r"(?:au vorbit|vorbeau|comunicau) între ei",
        r"(?:mi-a|mi-au) (?:spus|vorbit) (?:despre|de) (?:serviciul|sprijin|asocia|centrul|consiliere)",
        r"!o singură dată",
    ],
    "communication:unmet": [
        r"oameni diferiți|mai multor oameni",
        r"!nimeni nu mi-a (?:spus|explicat|zis|comunicat)",
        r"(?:repet|repetat|repeta|povestesc din nou|povestit din nou)\w*",
        r"(?:din nou și din nou|de fiecare dată)",
        r"(?:plimbat|plimbată|trimis de la unul|pasat|pasată)\w*",
    ],
    "belief:met": [
        r"\b(?:mă|m-a|m-au) cre(?:de|dea|deau|zut)",
        r"(?:m-a|m-au|am fost) crez\w*",
        r"\bcrezut\w*",
        r"(?:luat|luată) în serios",
        r"!nu (?:a fost|era|e) vina mea",
        r"!nu s-au îndoit",
        r"(?:ascultat|ascultată)",
    ],
    "belief:unmet": [
        r"dacă (?:sunt|eram) sigur",
        r"(?:mint|mințeam|mințit|minciun|mincinoas)\w*",
        r"(?:inventez|inventam|inventat|născocit)\w*",
        r"(?:îndoi|îndoială|îndoială|pus la îndoială|suspicio)\w*",
        r"de parcă (?:aș minți|mințeam|inventam)",
    ],
    "impact:met": [
        r"(?:înțeles|înțelegeau|înțelegea|înțelegere|au înțeles|a înțeles)\w*",
        r"(?:răbdare|răbdăto|răbdătoare)\w*",
        r"în ritmul meu",
        r"reacție normală",
        r"!nu m-(?:a|au) judecat",
        r"!fără să mă judece",
        r"(?:m-am simțit) (?:în siguranță|ascultat|înțeles)\w*",
    ],
    "impact:unmet": [
        r"(?:să )?tre(?:c|ci|cut) peste",
        r"(?:judecat|judecată|judecau|judeca)\w*",
        r"(?:învinov|vina mea|acuzat|acuzată)\w*",
        r"(?:să uit|uită|treci peste|mergi mai departe)",
        r"(?:externat|externată|scos din evidență|scoasă din evidență)\w*",
        r"(?:exager|isteric|dramatiz)\w*",
    ],
    "priority:met": [
        r"în decurs de (?:o |câteva )?(?:oră|ore|zi)|în mai puțin de o oră",
        r"(?:aceeași zi|chiar în ziua|a doua zi)",
        r"(?:imediat|repede|rapid|de îndată|urgent)\w*",
        r"prioritat\w*",
        r"timp pentru mine",
    ],
    "priority:unmet": [
        r"(?:listă|lista) de așteptare",
        r"(?:aștept|așteptat|așteptare)\w*",
        r"(?:luni de zile|săptămâni|luni întregi|un an)",
        r"!nimeni nu (?:m-a|mă) (?:sunat|contactat|căutat|sună)",
        r"(?:amânat|anulat|întârzier)\w*",
        r"ca pe un număr",
    ],
}

_PT: Cues = {
    "professionalism:met": [
        r"sabia(?:m)? (?:exatamente |logo )?(?:o que fazer|a quem|para onde|quem contactar|quem contatar)",
        r"(?:me )?encaminh\w*",
        r"(?<!pouco )profissional\w*",
        r"(?:formad|treinad|experiente)\w*",
        r"(?:manteve|mantiveram)-me (?:atualizad|informad)\w*",
    ],
    "professionalism:unmet": [
        r"!(?:não fazia|não faziam|sem fazer) (?:a mínima )?ideia",
        r"!(?:não (?:tinha|tinham)|sem) (?:nenhuma )?(?:ideia|noção)",
        r"!não (?:era|é) (?:a |da )?(?:sua|área dele|área dela|área deles|competência)",
        r"(?:pouco profissional|incompetente|despreparad)\w*",
        r"(?:perderam|perdeu) (?:o meu|o|a minha) (?:processo|depoimento|ficha|queixa)",
    ],
    "communication:met": [
        r"(?:informad|atualizad)\w*",
        r"a par",
        r"\bintérprete\w*",
        r"na minha (?:própria )?língua",
        r"(?:partilh|compartilh|trocaram|passaram)\w* (?:as |a )?informaç\w*",
        r"(?:falaram|comunicaram|falavam|comunicavam)(?:-se)? (?:entre si|uns com os outros)",
        r"(?:me )?(?:falaram|falou|contaram|contou|disseram)(?:-me)? (?:do|da|dos|das|sobre) (?:serviço|apoio|associação|centro|aconselhamento|linha)",
        r"!(?:só|apenas) uma vez",
    ],
    "communication:unmet": [
        r"pessoas diferentes",
        r"!ninguém me (?:disse|explicou|informou|contou|avisou)",
        r"(?:repetir|repeti|recontar|contar de novo|contar outra vez)\w*",
        r"(?:vez após vez|de novo e de novo|a cada serviço)",
        r"(?:empurrad|passad|mandad)\w* de um (?:lado|serviço)",
    ],
    "belief:met": [
        r"acredit(?:ou|aram|ava|avam|aram em mim)\w*",
        r"(?:levad|levaram|levou)\w* (?:a sério|me a sério)",
        r"!não (?:foi|era|é) (?:culpa minha|minha culpa)",
        r"!nunca duvid\w*",
        r"(?:ouviu|ouviram|escutou|escutaram)-me",
    ],
    "belief:unmet": [
        r"se (?:eu )?(?:tinha|tenho) (?:a )?certeza",
        r"(?:mentir|mentindo|mentira|mentirosa|mentiroso|menti)\w*",
        r"(?:inventar|inventando|inventado|inventei)\w*",
        r"(?:duvid|desconfi|suspeit)\w*",
        r"como se eu (?:estivesse|fosse) (?:a mentir|mentindo|inventando|a inventar|mentirosa)",
        r"perguntaram porque (?:não|só)",
    ],
    "impact:met": [
        r"(?:percebeu|perceberam)",
        r"(?:entend|compreend)\w*",
        r"(?:paciente|paciência)",
        r"(?:ao|no) meu (?:próprio )?ritmo",
        r"reação normal",
        r"!não me julg\w*",
        r"!sem (?:me )?julg\w*",
        r"(?:me )?senti(?:-me)? (?:segura|seguro|ouvida|ouvido|compreendid)\w*",
    ],
    "impact:unmet": [
        r"(?:ultrapassad|superad)\w*",
        r"julg\w*",
        r"(?:culpa|culparam|culpou|culpabiliz)\w*",
        r"(?:esquecer|seguir em frente|superar)",
        r"(?:deram-me alta|tiveram-me alta|me deram alta|desligad|expuls)\w*",
        r"(?:exager|dramátic|histéric)\w*",
    ],
    "priority:met": [
        r"dentro de (?:uma|poucas|duas) hora|em menos de uma hora",
        r"(?:mesmo dia|no próprio dia|no dia seguinte)",
        r"(?:imediatamente|logo|rapidamente|rápido|depressa)",
        r"(?:urgente|urgência|prioridade|prioritári)\w*",
        r"tempo para mim",
    ],
    "priority:unmet": [
        r"lista de espera",
        r"(?:esper(?:ei|ando|o há|ar|amos)|espera de)\w*",
        r"(?:meses|semanas|um ano)",
        r"!ninguém me (?:ligou|contactou|contatou|respondeu|retornou)",
        r"(?:adiad|cancelad|atras)\w*",
        r"como um número",
    ],
}

_SO: Cues = {
    "professionalism:met": [
        r"(?:yaqaan|yiqiin|garanay|garatay|ogaa)\w* (?:waxa|waxay|meesha|cidda|qofka)",
        r"(?:ii gudbi|igu gudbi|u gudbi|gudbiyay|gudbiyeen|i gudbiyay)\w*",
        r"(?:xirfad|xirfadlay|tababaran|khibrad)\w*",
        r"(?:i ogeysiin|i ogeysiiyay|war i siin)\w*",
    ],
    "professionalism:unmet": [
        r"(?:ma garanayn|ma yaqaanin|ma aqoon|aqoon la'aan)",
        r"(?:xirfad la'aan|khalad|qalad)\w*",
    ],
    "communication:met": [
        r"(?:la socodsiin|la socodsii|ogeysiin|ogeysiiyeen|ogeysiiyay)\w*",
        r"turjubaan\w*",
        r"(?:afkayga|luqaddayda|afka hooyo)",
        r"(?:macluumaad|xog)\w* (?:is weydaarsa|wadaag|la wadaag|isu gudbi)",
        r"(?:wada hadl|is la xiriir)\w*",
        r"(?:ii sheegay|ii sheegeen|ii sheegtay) (?:adeeg|taageer|xarun|hay'ad)",
        r"!hal mar oo keliya",
    ],
    "communication:unmet": [
        r"(?:qof|dad) (?:oo )?kala duwan",
        r"!(?:cidna|qofna) (?:ima|ii|wax ima) (?:sheegin|sharxin|ogeysiin)",
        r"(?:ku celi|ku celceli|ku celiyo|ku celcelin|dib u sheeg)\w*",
        r"(?:mar kasta|mar walba) (?:sheeko|sheegto)",
    ],
    "belief:met": [
        r"rumaysa\w*",
        r"(?:rumaysta|rumeysta|rumaysan|rumeysan|aamin|aaminsan|aamineen|aaminay)\w*",
        r"(?:si dhab ah|dhab u qaat|si muhiim ah)\w*",
        r"!(?:ma ahayn|maaha) (?:eedday|ceebtay|khaladkay)\w*",
        r"(?:i dhagaystay|i dhageystay|dhagaysteen)\w*",
    ],
    "belief:unmet": [
        r"inaan hubo",
        r"(?:been|beenaal|beenay)\w*",
        r"(?:khayaal|been abuur|samaysanayo|sameysanayo)\w*",
        r"(?:shaki|shakiy)\w*",
    ],
    "impact:met": [
        r"(?:fahm|fahan|fahmay|fahmeen|garwaaq)\w*",
        r"(?:dulqaad|samir|sabar)\w*",
        r"(?:xawaaraheyga|sidaan rabo|waqtigayga)",
        r"(?:falcelin|jawaab) caadi",
        r"!(?:ima xukumin|igu xukumin|ma xukumin)",
        r"(?:amaan|nabad) (?:dareem|ahaa)\w*",
    ],
    "impact:unmet": [
        r"ka gudubtay",
        r"(?:xukun|xukumay|xukumeen|i xukumay)\w*",
        r"(?:eedee|eedeeyay|eedeeyeen|i eedeeyay|ceebeeyay|ceeb)\w*",
        r"(?:illow|iska illow|ka gudub)\w*",
        r"(?:iga saaray|laga saaray|la iga saaray)\w*",
    ],
    "priority:met": [
        r"(?:saacad|maalin) gudaheed",
        r"(?:isla maalin|isla markiiba|isla markaas|maalinta xigta)\w*",
        r"(?:degdeg|dhaqso|si dhakhso|si deg deg)\w*",
        r"(?:mudnaan|ahmiyad)\w*",
        r"waqti (?:ii|ay ii) (?:yeel|samee)\w*",
    ],
    "priority:unmet": [
        r"(?:liiska sugitaanka|liis sugid)\w*",
        r"(?:sugayay|sugayaa|sugay|sugaa|sugitaan|sugno|sug)\b",
        r"(?:bilo|toddobaadyo|sanad|sannad)\w*",
        r"!(?:cidna|qofna) (?:dib )?(?:iima|ima) (?:soo wacin|soo jawaabin|la xiriirin)",
        r"(?:dib u dhac|la joojiyay|la baajiyay)\w*",
    ],
}

_AR: Cues = {
    "professionalism:met": [
        r"(?:عرف|يعرف|عرفت|تعرف|عرفوا|يعرفون) (?:بالضبط )?(?:ماذا|ما|ما الذي|إلى من|الى من|بمن|أين|كيف)",
        r"(?:أحال|احال|حوّل|حول)(?:ني|تني|وني)",
        r"(?:مهني|مهنية|محترف|احترافي|مدرب|مدربة|خبرة)",
        r"(?:أطلعني|اطلعني|أطلعتني|يطلعني|تطلعني) (?:على|كل|بانتظام)",
    ],
    "professionalism:unmet": [
        r"!أي فكرة",
        r"!(?:لم يكن لديه|لم يكن لديها|لم يكن لديهم|ليس لديه|ليس لديها|ليس لديهم) (?:أي )?(?:فكرة|علم)",
        r"!(?:ليس|ليست) من (?:اختصاص|مسؤولي)",
        r"(?:غير مهني|غير محترف|غير كفء|غير مؤهل)",
        r"(?:أضاعوا|فقدوا|ضيعوا) (?:ملفي|إفادتي|أوراقي)",
    ],
    "communication:met": [
        r"(?:فيما بينهم|مع بعضهم)",
        r"(?:أطلع|اطلع|أبلغ|ابلغ|أعلم)(?:وني|ني|تني)",
        r"على (?:اطلاع|علم|اتصال)",
        r"(?:مترجم|مترجمة|ترجمة)",
        r"بلغتي",
        r"(?:تبادل|شارك|تشارك)\w* (?:المعلومات|معلوماتي|الملف)",
        r"(?:تواصل|تحدث|تنسيق|نسق)\w* (?:مع بعض|فيما بينهم|مع بعضهم)",
        r"(?:أخبر|اخبر)(?:وني|ني|تني) (?:عن|بوجود) (?:خدمة|الخدمة|الدعم|دعم|مركز|جمعية|منظمة)",
        r"!مرة واحدة فقط",
    ],
    "communication:unmet": [
        r"أشخاص مختلفين|لعدة أشخاص",
        r"!لم (?:يخبرني|يشرح لي|يبلغني|يقل لي|يعلمني) أحد",
        r"!لا أحد (?:أخبرني|شرح لي|أبلغني)",
        r"(?:أكرر|تكرار|كررت|أعيد|أعدت|إعادة) (?:قصتي|روايتي|ما حدث|كل شيء)",
        r"(?:مرارا|مراراً|مرة بعد مرة|مرة تلو)",
        r"(?:تنقل|نقلوني|حولوني) (?:بين|من مكان)",
    ],
    "belief:met": [
        r"(?:صدق|صدّق)(?:ني|وني|تني|تموني)",
        r"(?:صدقوا|صدقت|صدّقوا) (?:كلامي|روايتي|ما قلت)",
        r"(?:على محمل الجد|بجدية)",
        r"!(?:ليس|لم يكن|لم تكن) (?:ذنبي|خطئي|الذنب ذنبي)",
        r"(?:استمع|استمعت|استمعوا|أصغ|أصغت|أصغوا)\w* (?:إلي|لي)",
    ],
    "belief:unmet": [
        r"(?:إن|إذا) كنت متأكد",
        r"(?:أكذب|كاذبة|كاذب|كذب|الكذب|كذابة)",
        r"(?:أختلق|اختلق|أخترع|أؤلف|ملفق)",
        r"(?<!\S)(?:شك|شكك|شككوا|يشكك|تشكك|شكوا)(?!ر)",
        r"كأنني (?:أكذب|أبالغ|أختلق|كاذبة)",
        r"(?:سألوني|سألني|سألتني) لماذا (?:لم|تأخرت)",
    ],
    "impact:met": [
        r"(?:فهم|تفهم|تفهّم|فهموا|فهمت|تفهموا|يفهم)",
        r"(?:صبور|صبورة|صبر|بصبر)",
        r"(?:بوتيرتي|على مهلي|في وقتي)",
        r"(?:رد فعل|ردة فعل) طبيعي",
        r"!(?:لم|دون أن|بدون أن) (?:يحكم|يحكموا|تحكم)",
        r"(?:شعرت|أشعر) (?:بالأمان|بالراحة|أنني مسموعة)",
    ],
    "impact:unmet": [
        r"(?:أتجاوز|تتجاوزي|تجاوزت|أتخطى) (?:الأمر|ذلك)",
        r"(?:حكم|حكموا|يحكمون|أحكام|يحكم) علي",
        r"(?:لام|لاموني|لامني|لامتني|ألقوا اللوم|يلوم|لوم)",
        r"(?:ذنبي|خطئي)",
        r"(?:أنسى|انسى|أتجاوز|تجاوزي|انسي)",
        r"(?:شطب|شطبوا|أخرجوني|أنهوا علاجي)",
        r"(?:أبالغ|مبالغة|مبالغ)",
    ],
    "priority:met": [
        r"خلال (?:ساعة|ساعات|يوم|ساعتين)",
        r"(?:نفس اليوم|اليوم نفسه|في اليوم التالي)",
        r"(?:فورا|فوراً|على الفور|بسرعة|سريعا|سريعاً|حالا|حالاً)",
        r"(?:عاجل|عاجلة|أولوية|اولوية)",
        r"(?:وقتا|وقتاً) (?:لي|من أجلي)",
    ],
    "priority:unmet": [
        r"قائمة (?:ال)?انتظار",
        r"(?:انتظرت|أنتظر|انتظار|ننتظر)",
        r"(?:أشهر|شهور|أسابيع|سنة كاملة)",
        r"!لم (?:يتصل بي|يعاود الاتصال|يرد علي|يتواصل معي) أحد",
        r"!لا أحد (?:اتصل|رد|عاود)",
        r"(?:تأجيل|تأجل|أجلوا|ألغوا|إلغاء|تأخير)",
        r"كرقم",
    ],
}

_UR: Cues = {
    "professionalism:met": [
        r"(?:پتا|پتہ|معلوم) (?:تھا|تھی|تھے) (?:کہ )?(?:کیا کرنا|کس سے|کہاں)",
        r"(?:ریفر|بھیج دیا|بھیجا|رجوع کروایا)",
        r"(?:پیشہ ور|پیشہ ورانہ|تربیت یافتہ|تجربہ کار)",
    ],
    "professionalism:unmet": [
        r"!(?:کوئی )?(?:اندازہ|علم) نہیں (?:تھا|تھی|تھے)",
        r"!(?:کوئی )?(?:اندازہ|پتا|پتہ|علم) نہیں (?:تھا|تھی|تھے) (?:کہ )?(?:کیا|کس|کہاں)",
        r"!(?:ان کا|اس کا) (?:کام|شعبہ) نہیں",
        r"(?:غیر پیشہ ور|نااہل)",
    ],
    "communication:met": [
        r"آپس میں (?:بات|رابطہ|رابطے)",
        r"(?:آگاہ|باخبر|اطلاع دی|اطلاع دیتے|مطلع)",
        r"(?:مترجم|ترجمان)",
        r"میری (?:اپنی )?زبان",
        r"(?:معلومات|تفصیلات) (?:شیئر|بانٹ|آگے بھیج)",
        r"آپس میں (?:بات|رابطہ)",
        r"(?:کے بارے میں بتایا)",
        r"!صرف ایک بار",
    ],
    "communication:unmet": [
        r"مختلف لوگوں",
        r"!کسی نے (?:مجھے )?(?:نہیں بتایا|کچھ نہیں بتایا|نہیں سمجھایا)",
        r"(?:دہرا|دوہرا|دوبارہ سنا|بار بار)",
        r"(?:ایک جگہ سے دوسری|ادھر ادھر بھیج)",
    ],
    "belief:met": [
        r"(?:یقین|بھروسہ|اعتبار) (?:کیا|کر لیا|کرتے|کرتی)",
        r"(?:مجھ پر|میری بات پر) (?:یقین|بھروسہ|اعتبار)",
        r"سنجیدگی (?:سے|سے لیا)",
        r"!(?:میری|میرا) (?:غلطی|قصور) نہیں",
    ],
    "belief:unmet": [
        r"!کیا (?:مجھے )?(?:پکا )?یقین",
        r"(?:جھوٹ|جھوٹی|جھوٹا|من گھڑت|بنا رہی)",
        r"(?<!\S)(?:شک|شبہ)(?!ر)",
        r"(?:پوچھا|پوچھتے) (?:کہ )?(?:میں نے )?(?:پہلے )?کیوں نہیں",
    ],
    "impact:met": [
        r"(?:سمجھ|سمجھا|سمجھتے|سمجھی)",
        r"(?:صبر|تحمل)",
        r"اپنی رفتار",
        r"(?:معمول کا|فطری|نارمل) ردعمل",
        r"!(?:کوئی )?فیصلہ نہیں",
        r"محفوظ محسوس",
    ],
    "impact:unmet": [
        r"آگے بڑھ (?:جانا|جاؤ|جائیں)",
        r"(?:فیصلہ صادر|مجھے پرکھا|جج کیا|فیصلہ کیا|برا بھلا)",
        r"(?:الزام|قصوروار|قصور|غلطی تھی)",
        r"(?:بھول جا|بھلا دو|آگے بڑھو)",
        r"(?:ڈسچارج|نکال دیا|خارج کر)",
    ],
    "priority:met": [
        r"(?:گھنٹے|دن) کے اندر",
        r"(?:اسی دن|اُسی دن|اگلے دن)",
        r"(?:فوراً|فورا|فوری|جلدی|فی الفور|بروقت)",
        r"(?:ترجیح|اولین)",
        r"(?:وقت نکالا|وقت دیا)",
    ],
    "priority:unmet": [
        r"(?:انتظار|ویٹنگ لسٹ|منتظر)",
        r"(?:مہینوں|ہفتوں|مہینے|ہفتے|سال بھر)",
        r"!کسی نے (?:واپس )?(?:فون نہیں|رابطہ نہیں|جواب نہیں)",
        r"(?:ملتوی|منسوخ|تاخیر)",
    ],
}

_PA: Cues = {
    "professionalism:met": [
        r"(?:ਪਤਾ|ਜਾਣਦ)\S* (?:ਸੀ|ਸਨ) (?:ਕਿ )?(?:ਕੀ ਕਰਨਾ|ਕਿਸ ਨੂੰ|ਕਿੱਥੇ)",
        r"(?:ਰੈਫਰ|ਰੈਫ਼ਰ|ਭੇਜ ਦਿੱਤਾ|ਭੇਜਿਆ)",
        r"(?:ਪੇਸ਼ੇਵਰ|ਸਿਖਲਾਈ|ਤਜਰਬੇਕਾਰ)",
    ],
    "professionalism:unmet": [
        r"!(?:ਕੋਈ )?(?:ਪਤਾ|ਅੰਦਾਜ਼ਾ) ਨਹੀਂ (?:ਸੀ|ਸਨ) (?:ਕਿ )?(?:ਕੀ|ਕਿਸ|ਕਿੱਥੇ)",
        r"!(?:ਉਹਨਾਂ ਦਾ|ਉਸ ਦਾ|ਉਨ੍ਹਾਂ ਦਾ) (?:ਕੰਮ|ਖੇਤਰ) ਨਹੀਂ",
        r"(?:ਗੈਰ-ਪੇਸ਼ੇਵਰ|ਅਯੋਗ)",
    ],
    "communication:met": [
        r"(?:ਜਾਣਕਾਰੀ ਦਿੱਤੀ|ਜਾਣੂ|ਸੂਚਿਤ|ਜਾਣਕਾਰੀ ਦਿੰਦ)",
        r"(?:ਦੁਭਾਸ਼ੀਆ|ਦੁਭਾਸ਼ੀਏ|ਅਨੁਵਾਦਕ)",
        r"ਮੇਰੀ (?:ਆਪਣੀ )?(?:ਭਾਸ਼ਾ|ਬੋਲੀ)",
        r"(?:ਜਾਣਕਾਰੀ|ਨੋਟਸ) (?:ਸਾਂਝੀ|ਸਾਂਝਾ|ਅੱਗੇ)",
        r"ਆਪਸ ਵਿੱਚ (?:ਗੱਲ|ਤਾਲਮੇਲ)",
        r"ਬਾਰੇ ਦੱਸਿਆ",
        r"!ਸਿਰਫ਼ ਇੱਕ ਵਾਰ",
    ],
    "communication:unmet": [
        r"ਵੱਖ-ਵੱਖ ਲੋਕਾਂ|ਵੱਖ ਵੱਖ ਲੋਕਾਂ",
        r"!ਕਿਸੇ ਨੇ (?:ਮੈਨੂੰ )?(?:ਨਹੀਂ ਦੱਸਿਆ|ਕੁਝ ਨਹੀਂ ਦੱਸਿਆ|ਨਹੀਂ ਸਮਝਾਇਆ)",
        r"(?:ਦੁਹਰਾ|ਦੁਹਰਾਉ|ਵਾਰ ਵਾਰ|ਵਾਰ-ਵਾਰ|ਮੁੜ ਮੁੜ)",
        r"(?:ਇੱਕ ਥਾਂ ਤੋਂ ਦੂਜੀ|ਇਧਰ ਉਧਰ)",
    ],
    "belief:met": [
        r"(?:ਯਕੀਨ|ਵਿਸ਼ਵਾਸ|ਭਰੋਸਾ|ਇਤਬਾਰ) (?:ਕੀਤਾ|ਕਰ ਲਿਆ|ਕੀਤਾ ਗਿਆ|ਕਰਦ)",
        r"(?:ਮੇਰੇ ਤੇ|ਮੇਰੇ ਉੱਤੇ|ਮੇਰੀ ਗੱਲ ਤੇ|ਮੇਰੀ ਗੱਲ ਉੱਤੇ) (?:ਯਕੀਨ|ਵਿਸ਼ਵਾਸ|ਭਰੋਸਾ)",
        r"ਗੰਭੀਰਤਾ (?:ਨਾਲ)",
        r"!(?:ਮੇਰਾ|ਮੇਰੀ) (?:ਕਸੂਰ|ਗ਼ਲਤੀ|ਗਲਤੀ|ਦੋਸ਼) ਨਹੀਂ",
    ],
    "belief:unmet": [
        r"ਪੱਕਾ ਪਤਾ|ਯਕੀਨ ਹੈ ਕਿ ਨਹੀਂ",
        r"(?:ਝੂਠ|ਝੂਠੀ|ਝੂਠਾ|ਮਨਘੜਤ|ਬਣਾ ਰਹੀ)",
        r"(?:ਸ਼ੱਕ|ਸ਼ਕ)",
        r"ਕਿਉਂ ਨਹੀਂ (?:ਦੱਸਿਆ|ਕੀਤੀ|ਆਈ)",
    ],
    "impact:met": [
        r"(?:ਸਮਝ|ਸਮਝਿਆ|ਸਮਝਦ)",
        r"(?:ਧੀਰਜ|ਸਬਰ)",
        r"ਆਪਣੀ (?:ਰਫ਼ਤਾਰ|ਰਫਤਾਰ)",
        r"(?:ਆਮ|ਕੁਦਰਤੀ|ਸੁਭਾਵਿਕ) (?:ਪ੍ਰਤੀਕਿਰਿਆ|ਪ੍ਰਤੀਕਰਮ)",
        r"!(?:ਕੋਈ )?(?:ਫ਼ੈਸਲਾ|ਫੈਸਲਾ) ਨਹੀਂ",
        r"ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ",
    ],
    "impact:unmet": [
        r"(?:ਪਰਖਿਆ|ਫ਼ੈਸਲਾ ਸੁਣਾ|ਫੈਸਲਾ ਸੁਣਾ|ਜੱਜ ਕੀਤਾ|ਮਾੜਾ ਸਮਝ)",
        r"(?:ਦੋਸ਼ ਦਿੱਤਾ|ਦੋਸ਼ੀ|ਕਸੂਰਵਾਰ|ਮੇਰੀ ਗਲਤੀ|ਮੇਰੀ ਗ਼ਲਤੀ|ਮੇਰਾ ਕਸੂਰ)",
        r"(?:ਭੁੱਲ ਜਾ|ਅੱਗੇ ਵਧ)",
        r"(?:ਡਿਸਚਾਰਜ|ਕੱਢ ਦਿੱਤਾ)",
    ],
    "priority:met": [
        r"(?:ਘੰਟੇ|ਦਿਨ) ਦੇ ਅੰਦਰ",
        r"(?:ਉਸੇ ਦਿਨ|ਉਸ ਦਿਨ ਹੀ|ਅਗਲੇ ਦਿਨ)",
        r"(?:ਤੁਰੰਤ|ਫ਼ੌਰਨ|ਫੌਰਨ|ਜਲਦੀ|ਛੇਤੀ)",
        r"(?:ਤਰਜੀਹ|ਪਹਿਲ ਦਿੱਤੀ|ਪਹਿਲ ਦੇ|ਜ਼ਰੂਰੀ ਸਮਝ)",
        r"(?:ਸਮਾਂ ਕੱਢਿਆ|ਸਮਾਂ ਦਿੱਤਾ)",
    ],
    "priority:unmet": [
        r"(?:ਉਡੀਕ|ਇੰਤਜ਼ਾਰ|ਇੰਤਜਾਰ|ਵੇਟਿੰਗ ਲਿਸਟ)",
        r"(?:ਮਹੀਨਿਆਂ|ਹਫ਼ਤਿਆਂ|ਹਫਤਿਆਂ|ਮਹੀਨੇ|ਹਫ਼ਤੇ|ਸਾਲ ਤੋਂ)",
        r"!ਕਿਸੇ ਨੇ (?:ਵਾਪਸ )?(?:ਫ਼ੋਨ ਨਹੀਂ|ਫੋਨ ਨਹੀਂ|ਸੰਪਰਕ ਨਹੀਂ|ਜਵਾਬ ਨਹੀਂ)",
        r"(?:ਮੁਲਤਵੀ|ਰੱਦ|ਦੇਰੀ)",
    ],
}

_GU: Cues = {
    "professionalism:met": [
        r"(?:ખબર|જાણ|ખ્યાલ) (?:હતી|હતું|હતો) (?:કે )?(?:શું કરવું|કોને|ક્યાં)",
        r"(?:રેફર|મોકલ્યા|મોકલી|મોકલ્યો)",
        r"(?:વ્યાવસાયિક|પ્રોફેશનલ|તાલીમ|અનુભવી)",
    ],
    "professionalism:unmet": [
        r"!(?:કોઈ )?(?:ખબર|ખ્યાલ|જાણ) (?:નહોતી|નહોતું|ન હતી|ન હતું) (?:કે )?(?:શું|કોને|ક્યાં)",
        r"!(?:તેમનું|તેનું) (?:કામ|ક્ષેત્ર) નથી",
        r"(?:બિનવ્યાવસાયિક|અયોગ્ય)",
    ],
    "communication:met": [
        r"(?:માહિતગાર|જાણ કર|માહિતી આપ|જાણ કરતા)",
        r"(?:દુભાષિયો|દુભાષિયા|અનુવાદક)",
        r"મારી (?:પોતાની )?ભાષા",
        r"(?:માહિતી|નોંધ) (?:શેર|વહેંચ|આગળ)",
        r"એકબીજા સાથે (?:વાત|સંકલન)",
        r"વિશે (?:જણાવ્યું|કહ્યું)",
        r"!ફક્ત એક જ વાર",
    ],
    "communication:unmet": [
        r"જુદા જુદા લોકો",
        r"!કોઈએ (?:મને )?(?:કહ્યું નહીં|જણાવ્યું નહીં|કંઈ કહ્યું નહીં|સમજાવ્યું નહીં)",
        r"(?:વારંવાર|ફરીથી|ફરી ફરી|પુનરાવર્તન)",
        r"(?:એક જગ્યાએથી બીજી|અહીંથી ત્યાં)",
    ],
    "belief:met": [
        r"(?:વિશ્વાસ|ભરોસો|ભરોસો) (?:કર્યો|કર્યું|કરી|મૂક્યો|કરતા)",
        r"(?:મારા પર|મારી વાત પર) (?:વિશ્વાસ|ભરોસો)",
        r"ગંભીરતાથી",
        r"!(?:મારો|મારી) (?:વાંક|દોષ|ભૂલ) (?:નથી|નહોતો|નહોતી)",
    ],
    "belief:unmet": [
        r"ખાતરી છે કે નહીં",
        r"(?:જૂઠ|જુઠ|ખોટું બોલ|બનાવટી|ઉપજાવી)",
        r"(?:શંકા|શક કર|શક હત)",
        r"કેમ (?:પહેલાં )?(?:ન|નહોતી|નહીં)",
    ],
    "impact:met": [
        r"(?:સમજ|સમજ્યા|સમજી|સમજતા)",
        r"(?:ધીરજ|ધૈર્ય)",
        r"મારી (?:ગતિ|ઝડપ)",
        r"(?:સામાન્ય|કુદરતી) પ્રતિક્રિયા",
        r"!(?:ન્યાય|ટીકા) (?:કર્યો|કરી) (?:નહીં|નહિ)",
        r"સુરક્ષિત (?:અનુભવ|લાગ)",
    ],
    "impact:unmet": [
        r"(?:ન્યાય તોળ|મૂલવ|ટીકા કરી|જજ કર)",
        r"(?:દોષ|દોષી|વાંક|મારી ભૂલ)",
        r"(?:ભૂલી જા|આગળ વધ)",
        r"(?:ડિસ્ચાર્જ|કાઢી મૂક)",
    ],
    "priority:met": [
        r"(?:કલાક|દિવસ)ની અંદર",
        r"(?:તે જ દિવસે|એ જ દિવસે|તે દિવસે જ|બીજા દિવસે)",
        r"(?:તરત|તાત્કાલિક|ઝડપથી|જલ્દી|ઝડપી)",
        r"(?:પ્રાથમિકતા|અગ્રતા)",
        r"સમય (?:કાઢ્યો|આપ્યો)",
    ],
    "priority:unmet": [
        r"(?:રાહ|પ્રતીક્ષા|વેઇટિંગ લિસ્ટ)",
        r"(?:મહિનાઓ|અઠવાડિયાઓ|મહિના|અઠવાડિયા|વર્ષથી)",
        r"!કોઈએ (?:પાછો )?(?:ફોન કર્યો નહીં|સંપર્ક કર્યો નહીં|જવાબ આપ્યો નહીં)",
        r"(?:મુલતવી|રદ|વિલંબ)",
    ],
}

_BN: Cues = {
    "professionalism:met": [
        r"(?:জানত|জানতেন|জানতো) (?:কী করতে হবে|কাকে|কোথায়)",
        r"(?:রেফার|পাঠিয়ে দিয়েছ|পাঠিয়েছিল|পাঠালেন)",
        r"(?:পেশাদার|প্রশিক্ষিত|অভিজ্ঞ)",
    ],
    "professionalism:unmet": [
        r"!(?:কোনো )?(?:ধারণা|ধারনা) (?:ছিল না|ছিলো না) (?:কী|কাকে|কোথায়)?",
        r"!(?:কী করতে হবে|কাকে|কোথায়) (?:\S+ )?(?:জানতেন না|জানত না|জানতো না)",
        r"!(?:তাদের|তার|তাঁর) (?:কাজ|বিষয়) নয়",
        r"(?:অপেশাদার|অযোগ্য)",
    ],
    "communication:met": [
        r"(?:জানিয়েছ|জানাতেন|জানাত|জানিয়ে রেখেছ|অবহিত)",
        r"(?:দোভাষী|অনুবাদক)",
        r"আমার (?:নিজের )?ভাষায়",
        r"(?:তথ্য|নোট) (?:ভাগ|শেয়ার|আদান-প্রদান|পাঠিয়ে)",
        r"নিজেদের মধ্যে (?:কথা|যোগাযোগ)",
        r"(?:সম্পর্কে|ব্যাপারে) (?:বলেছ|জানিয়েছ)",
        r"!মাত্র একবার",
    ],
    "communication:unmet": [
        r"আলাদা মানুষ|ভিন্ন ভিন্ন মানুষ",
        r"!কেউ (?:আমাকে )?(?:বলেনি|জানায়নি|কিছু বলেনি|বোঝায়নি)",
        r"(?:বারবার|বার বার|আবার বলতে|পুনরাবৃত্তি)",
        r"(?:এক জায়গা থেকে আরেক|এদিক ওদিক)",
    ],
    "belief:met": [
        r"(?:বিশ্বাস|ভরসা) (?:করেছ|করেছিল|করলেন|করেছেন|করত|করতেন)",
        r"(?:আমাকে|আমার কথা) (?:বিশ্বাস|ভরসা)",
        r"(?:গুরুত্ব দিয়ে|গুরুত্বের সাথে|গুরুত্বের সঙ্গে)",
        r"!(?:আমার|আমারই) (?:দোষ|ভুল) (?:ছিল না|নয়|না)",
    ],
    "belief:unmet": [
        r"নিশ্চিত কিনা",
        r"(?:মিথ্যা|মিথ্যে|বানিয়ে|বানানো)",
        r"(?:সন্দেহ)",
        r"কেন (?:আগে )?(?:জানাইনি|বলিনি|রিপোর্ট করিনি)",
    ],
    "impact:met": [
        r"(?:বুঝেছ|বুঝতে পেরেছ|বুঝেছিল|বুঝলেন|বোঝেন|বুঝত)",
        r"(?:ধৈর্য|ধৈর্য্য)",
        r"আমার (?:নিজের )?গতিতে",
        r"(?:স্বাভাবিক) প্রতিক্রিয়া",
        r"!(?:বিচার|দোষারোপ) করেনি",
        r"নিরাপদ (?:বোধ|মনে)",
    ],
    "impact:unmet": [
        r"(?:বিচার কর|আমাকে বিচার|বাঁকা চোখে)",
        r"(?:দোষ দিয়েছ|দোষারোপ|দোষী|আমারই দোষ|আমার দোষ)",
        r"(?:ভুলে যে|ভুলে যাও|এগিয়ে যাও)",
        r"(?:ডিসচার্জ|বাদ দিয়ে দিয়েছ)",
    ],
    "priority:met": [
        r"(?:ঘণ্টার|দিনের) মধ্যে",
        r"(?:একই দিনে|সেদিনই|সেই দিনই|পরের দিন)",
        r"(?:সঙ্গে সঙ্গে|সাথে সাথে|তাড়াতাড়ি|দ্রুত|অবিলম্বে|তৎক্ষণাৎ)",
        r"(?:জরুরি|অগ্রাধিকার)",
        r"সময় (?:দিয়েছ|বের করেছ)",
    ],
    "priority:unmet": [
        r"(?:অপেক্ষা|ওয়েটিং লিস্ট)",
        r"(?:মাসের পর মাস|কয়েক মাস|মাস ধরে|সপ্তাহ ধরে|কয়েক সপ্তাহ|বছর ধরে)",
        r"!কেউ (?:আর )?(?:ফোন করেনি|যোগাযোগ করেনি|উত্তর দেয়নি)",
        r"(?:স্থগিত|বাতিল|দেরি)",
    ],
}

_FA: Cues = {
    "professionalism:met": [
        r"(?:می‌دانست|میدانست|می دانست|می‌دانستند|میدانستند|بلد بود|بلد بودند) (?:دقیقا |دقیقاً )?(?:چه کار|چه کسی|به چه کسی|کجا)",
        r"(?:ارجاع|معرفی کرد|معرفی کردند)",
        r"(?:حرفه‌ای|حرفه ای|آموزش‌دیده|آموزش دیده|باتجربه|با تجربه)",
    ],
    "professionalism:unmet": [
        r"!(?:هیچ )?(?:ایده‌ای|ایده ای|اطلاعی) نداشت",
        r"!(?:کار|حوزه|تخصص)(?:ش|شان) نیست",
        r"(?:غیرحرفه‌ای|غیر حرفه ای|بی‌تجربه|ناوارد)",
    ],
    "communication:met": [
        r"(?:در جریان|مطلع|باخبر|خبر دادند|اطلاع دادند)",
        r"(?:مترجم)",
        r"به زبان (?:خودم|مادری)",
        r"(?:اطلاعات|پرونده)(?:م)? را (?:به اشتراک|منتقل|فرستادند)",
        r"با (?:هم|یکدیگر) (?:صحبت|هماهنگ|در ارتباط)",
        r"(?:درباره|در مورد)\s\S+\s(?:گفتند|گفت|توضیح دادند)",
        r"!فقط یک بار",
    ],
    "communication:unmet": [
        r"(?:نفر|افراد) مختلف",
        r"!(?:هیچ‌کس|هیچکس|هیچ کس) (?:به من )?(?:نگفت|توضیح نداد|خبر نداد|اطلاع نداد)",
        r"(?:تکرار|دوباره و دوباره|بارها و بارها)",
        r"(?:پاس|پاسکاری|دست به دست)",
    ],
    "belief:met": [
        r"(?:باور|حرفم را باور)",
        r"(?:جدی گرفت)",
        r"!(?:تقصیر|گناه) من نبود",
    ],
    "belief:unmet": [
        r"مطمئنم یا نه",
        r"(?:دروغ|ساختگی|از خودم ساخته|سرهم)",
        r"(?<!\S)(?:شک|تردید)(?!ر)",
        r"پرسیدند چرا (?:زودتر|قبلا)",
    ],
    "impact:met": [
        r"(?:درک|فهمید)",
        r"(?:صبور|حوصله)",
        r"(?:با سرعت خودم|به آرامی)",
        r"واکنش (?:طبیعی|عادی)",
        r"!(?:قضاوت|سرزنش)(?:م)? نکرد",
        r"احساس (?:امنیت|امن)",
    ],
    "impact:unmet": [
        r"(?:قضاوت|سرزنش|مقصر|تقصیر خودم|تقصیر من)",
        r"(?:فراموش کن|فراموشش کن|کنار بیا)",
        r"(?:ترخیص|مرخص|اخراج)",
    ],
    "priority:met": [
        r"(?:ظرف|در عرض) (?:یک |چند )?(?:ساعت|روز)",
        r"(?:همان روز|همون روز|روز بعد)",
        r"(?:فوراً|فورا|سریع|بلافاصله|فوری)",
        r"(?:اولویت)",
        r"وقت گذاشت",
    ],
    "priority:unmet": [
        r"(?:انتظار|لیست انتظار|منتظر)",
        r"(?:ماه‌ها|ماه ها|هفته‌ها|هفته ها|یک سال)",
        r"!(?:هیچ‌کس|هیچکس|هیچ کس) (?:با من )?(?:تماس نگرفت|جواب نداد)",
        r"(?:تعویق|لغو|تاخیر|تأخیر)",
    ],
}

_PS: Cues = {
    "professionalism:met": [
        r"(?:پوهېده|پوهیده|پوهېدل|پوهیدل|پوهېدله) (?:چې )?(?:څه|چا ته|چېرته|چیرته)",
        r"(?:راجع|ولېږلم|ولیږلم|معرفي)",
        r"(?:مسلکي|روزل شوي|تجربه لرونکي)",
    ],
    "professionalism:unmet": [
        r"!(?:هېڅ|هیڅ) (?:نه )?(?:پوهېده|پوهیده|پوهېدل|پوهیدل)",
        r"!(?:د هغوی|د هغه|د هغې) کار نه",
        r"(?:غیر مسلکي|ناوړه)",
    ],
    "communication:met": [
        r"(?:خبر ساتلم|خبر ساتله|خبروله|خبر کړم|خبر کړه)",
        r"(?:ژباړونکی|ژباړونکې|ژباړن)",
        r"زما په (?:خپله )?ژبه",
        r"(?:معلومات|مالومات) (?:شریک|ولېږل|ولیږل)",
        r"(?:یو بل|یوبل) سره (?:خبرې|اړیکه|همغږي)",
        r"په اړه (?:یې )?(?:وویل|راته وویل)",
        r"!یوازې یو ځل",
    ],
    "communication:unmet": [
        r"(?:بېلابېلو|بیلابیلو) کسانو",
        r"!(?:هېچا|هیچا) (?:راته )?(?:ونه ویل|نه ویل|څه ونه ویل)",
        r"(?:تکرار|بیا بیا|بیا او بیا)",
        r"(?:له یوه ځایه بل)",
    ],
    "belief:met": [
        r"(?:باور|ډاډ) (?:یې )?(?:وکړ|کاوه|راباندې)",
        r"(?:جدي|په جدي ډول)",
        r"!(?:زما|زما تقصیر|زما ګناه) (?:تقصیر |ګناه )?نه (?:و|وه)",
    ],
    "belief:unmet": [
        r"ډاډه یم که نه",
        r"(?:دروغ|دروغجن)",
        r"(?:شک|شکمن)",
    ],
    "impact:met": [
        r"(?:پوه شول|پوه شوه|پوه شو|درک)",
        r"(?:صبر|حوصله|زغم)",
        r"(?:زما په خپل سرعت|په خپل وخت)",
        r"(?:طبیعي|عادي) (?:غبرګون|عکس العمل)",
        r"!(?:قضاوت|ملامت) (?:یې )?ونه",
    ],
    "impact:unmet": [
        r"(?:قضاوت|ملامت|تور|پړه)",
        r"(?:هېر کړه|هیر کړه|هېره کړه|هیره کړه)",
        r"(?:رخصت|وایستلم|ایستل)",
    ],
    "priority:met": [
        r"په (?:یوه|یو) (?:ساعت|ورځ)",
        r"(?:په هماغه ورځ|همغه ورځ|بله ورځ)",
        r"(?:سمدستي|ژر|بېړه|بیړه|فوري)",
        r"(?:لومړیتوب|اولویت)",
        r"وخت (?:راکړ|ورکړ|وایست)",
    ],
    "priority:unmet": [
        r"(?:انتظار|په تمه|منتظر)",
        r"(?:میاشتې|میاشتو|اونۍ|اونیو)",
        r"!(?:هېچا|هیچا) (?:بېرته |بیرته )?(?:زنګ ونه|اړیکه ونه|ځواب ونه)",
        r"(?:وځنډول|ځنډ|لغوه)",
    ],
}

_CKB: Cues = {
    "professionalism:met": [
        r"(?:دەیزانی|دەیانزانی|زانیان|زانی) (?:چی|کێ|بۆ کوێ|بۆ کێ)",
        r"(?:ڕەوانە|ناردمیان|ناردیانم|ناردمی)",
        r"(?:پیشەگەر|پسپۆڕ|ڕاهێنراو|شارەزا)",
    ],
    "professionalism:unmet": [
        r"!(?:هیچ )?(?:ئاگایان|ئاگای|بیرۆکەیان) (?:لێ )?نەبوو",
        r"!(?:کاری ئەوان|کاری ئەو) نییە",
        r"(?:ناپیشەگەر|ناشارەزا)",
    ],
    "communication:met": [
        r"(?:ئاگادار|ئاگاداریان)",
        r"(?:وەرگێڕ)",
        r"بە زمانی (?:خۆم|دایکم)",
        r"(?:زانیاری)(?:یەکان)? (?:هاوبەش|گواستەوە|نارد)",
        r"(?:پێکەوە|لەگەڵ یەکتر) (?:قسە|هەماهەنگ)",
        r"(?:دەربارەی|سەبارەت بە)\s\S+\s(?:پێیان وتم|پێی وتم)",
        r"!تەنها یەک جار",
    ],
    "communication:unmet": [
        r"کەسی جیاواز",
        r"!(?:کەس|هیچ کەس) (?:پێی )?نەوتم",
        r"(?:دووبارە|چەند جار|جار لە دوای جار)",
        r"(?:لە شوێنێکەوە بۆ شوێنێکی)",
    ],
    "belief:met": [
        r"(?:باوەڕ|بڕوا)",
        r"(?:بە جدی|بەجدی)",
        r"!(?:تاوانی من|هەڵەی من) نەبوو",
    ],
    "belief:unmet": [
        r"ئایا دڵنیام",
        r"(?:درۆ|درۆزن)",
        r"(?:گومان)",
    ],
    "impact:met": [
        r"(?:تێگەیشت|تێدەگەیشت|تێگەیشتن|حاڵی بوون)",
        r"(?:ئارام|پشوودرێژ|سەبر)",
        r"(?:بە خێرایی خۆم|بە ئارەزووی خۆم)",
        r"کاردانەوەی (?:ئاسایی|سروشتی)",
        r"!(?:حوکمیان|سەرزەنشتیان) (?:لێ )?نەدا",
        r"هەستی (?:ئاسایش|سەلامەتی)",
    ],
    "impact:unmet": [
        r"(?:حوکم|سەرزەنشت|تاوانبار|لۆمە)",
        r"(?:لەبیری بکە|لە بیری بکە|لەبیرکردن)",
        r"(?:دەریانکردم|دەرکرام)",
    ],
    "priority:met": [
        r"لە ماوەی (?:یەک )?(?:کاتژمێر|ڕۆژ)",
        r"(?:هەمان ڕۆژ|ڕۆژی دواتر)",
        r"(?:دەستبەجێ|خێرا|بەپەلە|بە پەلە|یەکسەر)",
        r"(?:لەپێشینە|پێشینە|لە پێشینە)",
        r"کاتیان (?:بۆم )?(?:دانا|تەرخان)",
    ],
    "priority:unmet": [
        r"(?:چاوەڕێ|چاوەڕوان|لیستی چاوەڕوانی)",
        r"(?:مانگ|هەفتە)",
        r"!(?:کەس|هیچ کەس) (?:پەیوەندی|وەڵامی) (?:پێوە )?نەکرد",
        r"(?:دواخرا|هەڵوەشێنرایەوە|دواکەوتن)",
    ],
}

_TI: Cues = {
    "professionalism:met": [
        r"(?:ፈሊጦም|ፈሊጣ|ፈሊጡ|ይፈልጡ) (?:እንታይ|ናብ መን|ኣበይ)",
        r"(?:ኣመሓላሊፎም|ኣመሓላሊፋ|ኣመሓላሊፉ|ልኢኾምኒ|ልኢኻትኒ)",
        r"(?:ሞያዊ|ፕሮፌሽናል|ዝሰልጠኑ|ተሞክሮ)",
    ],
    "professionalism:unmet": [
        r"!(?:እንታይ ከም ዝገብሩ|እንታይ ክገብሩ) (?:ኣይፈለጡን|ኣይፈለጠትን|ኣይፈለጠን)",
        r"!(?:ስርሖም|ስርሑ|ስርሓ) ኣይኮነን",
    ],
    "communication:met": [
        r"(?:ሓበሬታ ሂቦምኒ|ሓቢሮምኒ|ኣፍሊጦምኒ|ሓበሬታ ሃቡኒ|ኣፍለጡኒ)",
        r"(?:ተርጓሚ|ተርጎምቲ)",
        r"ብቋንቋይ",
        r"(?:ሓበሬታ) (?:ተኻፊሎም|ተካፊሎም|ኣመሓላሊፎም)",
        r"(?:ምስ ሓድሕዶም|ኣብ ነንሕድሕዶም) (?:ተዘራሪቦም|ተራኺቦም)",
        r"!ሓንሳብ ጥራይ",
    ],
    "communication:unmet": [
        r"ዝተፈላለዩ ሰባት",
        r"!(?:ሓደ ሰብ'ውን|ዋላ ሓደ ሰብ) (?:ኣይነገረንን|ኣይሓበረንን|ኣይገለጸለይን)",
        r"(?:ደጋጊመ|ደጊመ|ብተደጋጋሚ|ደጋጊመ ክነግር)",
    ],
    "belief:met": [
        r"(?:ኣሚኖምኒ|ኣሚናትኒ|ኣሚኑኒ|ኣሚኖም|ኣመኑኒ|ኣመነትኒ|ኣመነኒ|ኣሚና)",
        r"(?:ብቁምነገር|ብቑም ነገር|ብቁም ነገር)",
        r"!(?:ጌጋይ|በደል)(?:የይ|ይ)? ኣይኮነን",
    ],
    "belief:unmet": [
        r"ርግጸኛ ድየ",
        r"(?:ሓሶት|ሓሰውቲ|ምሕሳው)",
        r"(?:ጥርጣረ|ተጠራጢሮም)",
    ],
    "impact:met": [
        r"(?:ተረዲኦም|ተረዲኣ|ተረዲኡ|ተረድኡ|ተረድኣ|ምርዳእ)",
        r"(?:ትዕግስቲ|ተዓጊሶም|ተዓጊሳ|ዓቕሊ)",
        r"ብናይ ባዕለይ ቅልጣፈ",
        r"(?:ንቡር|ልሙድ) (?:ግብረ-መልሲ|ግብረ መልሲ)",
        r"!ኣይፈረዱንን",
    ],
    "impact:unmet": [
        r"(?:ፈሪዶም|ፈሪዳ|ፍርዲ|ፈሪዱ)",
        r"(?:ወቒሶም|ወቐሱ|ወቒሳ|ተወቓሲ|ጌጋኺ|ጌጋይ እዩ)",
        r"(?:ረስዕዮ|ረስዒ|ረሲዕኪ)",
    ],
    "priority:met": [
        r"ኣብ ውሽጢ (?:ሓደ )?(?:ሰዓት|መዓልቲ)",
        r"(?:በታ መዓልቲ|ኣብታ መዓልቲ|ኣብ ሓንቲ መዓልቲ|ንጽባሒቱ)",
        r"(?:ብኡንብኡ|ብቕልጡፍ|ቀልጢፎም|ቀልጢፉ|ቀልጢፋ|ህጹጽ)",
        r"(?:ቀዳምነት)",
        r"ግዜ (?:ሂቦምኒ|ሂባትኒ|ወሲዶም)",
    ],
    "priority:unmet": [
        r"(?:ተጸቢ|ምጽባይ|ምጽባይ|ዝጽበዩ|ተጸበኹ|እጽበ)",
        r"(?:ኣዋርሕ|ወርሒ|ሰሙናት|ሰሙን|ዓመት)",
        r"!(?:ሓደ ሰብ'ውን|ዋላ ሓደ ሰብ) (?:ኣይደወለለይን|ኣይመለሰለይን)",
        r"(?:ተመሓላሊፉ|ተሰሪዙ|ደንጉዩ|ምድንጓይ)",
    ],
}

_ZH: Cues = {
    "professionalism:met": [
        r"知道(?:该|要|应该)?(?:怎么做|做什么|联系谁|找谁|把我转|转介)",
        r"(?:转介|转诊|轉介|介绍我去)",
        r"(?:专业|專業|受过培训|有经验)",
        r"(?:及时|定期|每周|每次)(?:告诉|通知|更新|联系)",
    ],
    "professionalism:unmet": [
        r"!(?:不知道|不清楚)(?:该|要|应该)?(?:怎么做|做什么|找谁|联系谁|把我转|往哪)",
        r"!(?:不是|不归)(?:他们|他|她)的?(?:领域|职责|管)",
        r"(?:不专业|外行|搞错|弄丢)",
    ],
    "communication:met": [
        r"(?:告知|通知|告诉我|让我知道|及时了解)",
        r"(?:翻译|口译|传译)",
        r"我的(?:母语|语言)",
        r"(?:分享|共享|转交|传递)(?:了)?(?:信息|资料|记录)",
        r"(?:互相|彼此|之间)(?:沟通|交流|联系)",
        r"!只需要?(?:讲|说)一次",
    ],
    "communication:unmet": [
        r"不同的人",
        r"!(?:没有人|没人|沒有人|谁也没)(?:告诉|通知|解释|說|说)",
        r"(?:重复|一遍又一遍|一次又一次|再讲一遍|再说一遍)",
        r"(?:踢皮球|推来推去|转来转去)",
    ],
    "belief:met": [
        r"(?:相信|信任)(?:了)?我",
        r"(?:认真对待|認真對待|重视)",
        r"!不是我的(?:错|錯)",
    ],
    "belief:unmet": [
        r"(?:是不是|是否)确定|确不确定",
        r"(?:撒谎|说谎|說謊|编造|编的|骗人)",
        r"(?:怀疑|質疑|质疑)",
        r"(?:问我为什么|为什么不早)",
    ],
    "impact:met": [
        r"(?:理解|明白|体谅)",
        r"(?:耐心)",
        r"(?:按照我的节奏|我的节奏|慢慢来)",
        r"正常(?:的)?(?:反应|反應)",
        r"!(?:没有|沒有|没)(?:评判|指责|责怪)",
        r"(?:感到|觉得)(?:安全|被尊重|被理解)",
    ],
    "impact:unmet": [
        r"走出来|早该",
        r"(?:评判|指责|责怪|怪我|歧视|看不起)",
        r"(?:忘掉|忘了吧|向前看|放下吧)",
        r"(?:出院|除名|退出名单)",
        r"(?:小题大做|太敏感|夸张)",
    ],
    "priority:met": [
        r"(?:一个|几个|两个)?(?:小时|钟头)(?:之|以)内",
        r"(?:当天|同一天|第二天|當天)",
        r"(?:马上|立刻|立即|很快|迅速|及时)",
        r"(?:紧急|优先|緊急)",
        r"(?:抽出时间|花时间)",
    ],
    "priority:unmet": [
        r"(?:等待|等了|等候|排队|排隊|候诊)",
        r"(?:几个月|好几个月|几周|数周|一年|幾個月)",
        r"!(?:没有人|没人)(?:回电|回复|联系我|回电话)",
        r"(?:推迟|取消|延误|拖延)",
    ],
}

LEXICON: dict[str, Cues] = {
    "en": _EN, "fr": _FR, "de": _DE, "cy": _CY, "pl": _PL, "ro": _RO, "pt": _PT, "so": _SO,
    "ar": _AR, "ur": _UR, "pa": _PA, "gu": _GU, "bn": _BN, "fa": _FA, "ps": _PS, "ckb": _CKB,
    "ti": _TI, "zh": _ZH,
}  # fmt: skip

_SENTENCE_END = r"(?:[.!?;:\n。！？；।॥።]+|\s[-–—]\s)"


def _other(label: str) -> str:
    outcome, polarity = label.split(":")
    return f"{outcome}:{POLARITIES[1 - POLARITIES.index(polarity)]}"


@cache
def _compiled(lang: str):
    cues = LEXICON[lang]
    before, after, contrast = NEGATION[lang]
    fixed, plain = [], []
    for label, patterns in cues.items():
        for p in patterns:
            if p.startswith("!"):
                fixed.append((label, re.compile(p[1:])))
            else:
                plain.append((label, re.compile(p)))
    return (
        fixed,
        plain,
        re.compile(before) if before else None,
        re.compile(after) if after else None,
        re.compile(f"{_SENTENCE_END}|(?:,?\\s*{contrast})"),
    )


def clauses(text: str, lang: str) -> list[str]:
    *_, splitter = _compiled(lang)
    return [c for c in splitter.split(text) if c and c.strip()]


def cue_hits(text: str, lang: str | None) -> list[tuple[str, str, bool]]:
    """(label, matched text, flipped) for every cue in the text, after negation handling."""
    if lang not in LEXICON:
        return []
    fixed, plain, neg_before, neg_after, _ = _compiled(lang)
    low = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    hits = []
    for clause in clauses(low, lang):
        masked = clause
        for label, pattern in fixed:
            for m in pattern.finditer(masked):
                hits.append((label, m.group(0), False))
                masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
        for label, pattern in plain:
            for m in pattern.finditer(masked):
                window = masked[max(0, m.start() - NEG_BEFORE_WINDOW) : m.start()]
                negated = bool(neg_before and neg_before.search(window))
                if not negated and neg_after is not None:
                    tail = masked[m.end() : m.end() + NEG_AFTER_WINDOW]
                    negated = bool(neg_after.search(tail))
                hits.append((_other(label) if negated else label, m.group(0), negated))
    return hits


def cue_scores(text: str, lang: str | None) -> dict[str, float]:
    """Each label's cue score: CUE_SCORE for a direct cue, FLIPPED_SCORE for a negated one."""
    scores = dict.fromkeys(LABELS, 0.0)
    for label, _match, flipped in cue_hits(text, lang):
        scores[label] = max(scores[label], FLIPPED_SCORE if flipped else CUE_SCORE)
    return scores

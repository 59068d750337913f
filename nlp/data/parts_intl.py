# ruff: noqa: E501, RUF001  (cue patterns and sentences in many scripts read best one to a line)
"""Parts for compose.py in the other languages: written for this project, synthetic, first person.

Per language: CONTEXT (no outcome), GENERAL (about systems in general, no outcome), OUTCOME
(label -> sentences). French and German have more, because survivors in the West Midlands write
in them too; the rest have one outcome sentence per label. Not reviewed by native speakers.
"""

PARTS: dict[str, dict] = {
    "fr": {
        "CONTEXT": [
            "J'écris ceci plusieurs années après les faits.",
            "Il m'a fallu beaucoup de temps avant d'en parler à quelqu'un.",
            "Je suis allée d'abord chez mon médecin traitant.",
            "J'étais étudiante à l'époque et je vivais seule.",
            "Le français est ma langue, l'anglais est difficile pour moi.",
            "J'ai deux enfants et je ne pouvais venir que pendant les heures d'école.",
            "C'est une amie qui m'a donné le numéro de l'association.",
            "Je ne voulais pas aller à la police au début.",
            "J'ai encore des cauchemars presque toutes les semaines.",
            "Mon procès a eu lieu l'année dernière.",
            "Je suis restée dix minutes devant la porte avant d'entrer.",
            "Je n'ai pas de famille ici, j'ai tout vécu seule.",
        ],
        "GENERAL": [
            "Franchement, tout le système semble fait pour quelqu'un d'autre.",
            "Je n'ai plus confiance dans les institutions en général.",
            "La société n'en parle toujours pas assez.",
            "Certains jours sont meilleurs que d'autres.",
        ],
        "CLOSERS": ["Merci de m'avoir lue.", "J'espère que cela aidera la prochaine personne."],
        "OUTCOME": {
            "professionalism:met": [
                "L'infirmière connaissait toute la procédure et m'a orientée vers le bon service avant que je parte.",
                "L'enquêtrice était calme, organisée, et m'appelait après chaque étape.",
            ],
            "professionalism:unmet": [
                "La réceptionniste ne savait absolument pas à qui s'adresser.",
                "Ils ont égaré ma déposition et j'ai dû tout recommencer.",
            ],
            "communication:met": [
                "La police et mon accompagnante se parlaient, je n'avais pas à faire le lien.",
                "On m'a parlé du centre d'aide spécialisé, dont je n'avais jamais entendu parler.",
            ],
            "communication:unmet": [
                "J'ai dû raconter toute l'histoire à cinq personnes différentes.",
                "J'ai appris par un courrier que l'affaire était classée, sans personne à qui parler.",
            ],
            "belief:met": [
                "Dès la première minute, elle m'a fait comprendre qu'elle me croyait.",
                "Ils ont pris ma parole au sérieux, même si c'était il y a longtemps.",
            ],
            "belief:unmet": [
                "Le policier me demandait sans cesse si j'étais sûre, comme si j'avais pu me tromper.",
                "J'avais l'impression d'être l'accusée, pas lui.",
            ],
            "impact:met": [
                "Elle a compris que ma mémoire était floue à cause du traumatisme.",
                "Ils me laissaient faire des pauses et ne m'ont jamais pressée.",
            ],
            "impact:unmet": [
                "La thérapeute m'a dit que je devrais être passée à autre chose.",
                "On m'a demandé comment j'étais habillée et combien j'avais bu.",
            ],
            "priority:met": [
                "Ils m'ont reçue dans l'heure et rien n'était de trop.",
                "Mon accompagnante m'a rappelée l'après-midi même.",
            ],
            "priority:unmet": [
                "On m'a dit qu'il fallait attendre dix-huit mois pour une thérapie.",
                "J'ai laissé trois messages et personne n'a jamais répondu.",
            ],
        },
    },
    "de": {
        "CONTEXT": [
            "Ich schreibe das einige Jahre nach der Tat.",
            "Es hat lange gedauert, bis ich mit jemandem darüber sprechen konnte.",
            "Zuerst bin ich zu meiner Hausärztin gegangen.",
            "Ich habe damals studiert und allein gewohnt.",
            "Deutsch ist meine Sprache, Englisch fällt mir schwer.",
            "Ich habe zwei Kinder und konnte nur vormittags Termine wahrnehmen.",
            "Eine Freundin hat mir die Nummer der Beratungsstelle gegeben.",
            "Am Anfang wollte ich nicht zur Polizei gehen.",
            "Ich habe immer noch fast jede Woche Albträume.",
            "Der Prozess war letztes Jahr.",
            "Ich stand zehn Minuten vor der Tür, bevor ich hineingehen konnte.",
            "Ich habe hier keine Familie und war mit allem allein.",
        ],
        "GENERAL": [
            "Ehrlich gesagt scheint das ganze System für jemand anderen gemacht zu sein.",
            "Ich habe das Vertrauen in Institutionen allgemein verloren.",
            "In der Gesellschaft wird immer noch zu wenig darüber gesprochen.",
            "Manche Tage sind besser als andere.",
        ],
        "CLOSERS": ["Danke fürs Lesen.", "Ich hoffe, das hilft der nächsten Person."],
        "OUTCOME": {
            "professionalism:met": [
                "Die Krankenschwester kannte den ganzen Ablauf und hat mich sofort an die richtige Stelle vermittelt.",
                "Die Ermittlerin war ruhig, gut organisiert und hat mich nach jedem Schritt angerufen.",
            ],
            "professionalism:unmet": [
                "Die Frau am Empfang hatte keine Ahnung, an wen sie mich verweisen sollte.",
                "Meine Aussage ist verloren gegangen und ich musste alles noch einmal machen.",
            ],
            "communication:met": [
                "Die Polizei und meine Begleiterin haben miteinander gesprochen, ich musste nichts weitergeben.",
                "Man hat mir von der Fachberatungsstelle erzählt, von der ich nie gehört hatte.",
            ],
            "communication:unmet": [
                "Ich musste die ganze Geschichte fünf verschiedenen Leuten erzählen.",
                "Dass das Verfahren eingestellt wurde, habe ich aus einem Brief erfahren, ohne Ansprechpartner.",
            ],
            "belief:met": [
                "Vom ersten Moment an hat sie mir gezeigt, dass sie mir glaubt.",
                "Sie haben mich ernst genommen, obwohl es so lange her war.",
            ],
            "belief:unmet": [
                "Der Polizist fragte immer wieder, ob ich mir sicher sei, als hätte ich mich geirrt.",
                "Ich hatte das Gefühl, ich sei die Angeklagte, nicht er.",
            ],
            "impact:met": [
                "Sie hat verstanden, dass meine Erinnerung wegen des Traumas lückenhaft ist.",
                "Ich durfte Pausen machen und niemand hat mich gedrängt.",
            ],
            "impact:unmet": [
                "Die Therapeutin sagte, ich müsste längst darüber hinweg sein.",
                "Man fragte mich, was ich anhatte und wie viel ich getrunken hatte.",
            ],
            "priority:met": [
                "Ich wurde innerhalb einer Stunde gesehen und nichts war zu viel.",
                "Meine Begleiterin hat mich noch am selben Nachmittag zurückgerufen.",
            ],
            "priority:unmet": [
                "Mir wurde gesagt, die Wartezeit für eine Traumatherapie sei achtzehn Monate.",
                "Ich habe drei Nachrichten hinterlassen und nie eine Antwort bekommen.",
            ],
        },
    },
}


def _short(context: list[str], general: list[str], outcome: list[str], closer: str) -> dict:
    """A language with one outcome sentence per label, in LABELS order."""
    labels = [
        f"{o}:{p}"
        for o in ("professionalism", "communication", "belief", "impact", "priority")
        for p in ("met", "unmet")
    ]
    assert len(outcome) == len(labels)
    return {
        "CONTEXT": context,
        "GENERAL": general,
        "CLOSERS": [closer],
        "OUTCOME": {label: [s] for label, s in zip(labels, outcome, strict=True)},
    }


PARTS["cy"] = _short(
    [
        "Rwy'n ysgrifennu hwn rai blynyddoedd ar ôl iddo ddigwydd.",
        "Fe gymerodd amser hir i mi ddweud wrth unrhyw un.",
        "Es i at fy meddyg teulu yn gyntaf.",
        "Roeddwn i'n fyfyriwr ar y pryd ac yn byw ar fy mhen fy hun.",
        "Mae gen i ddau o blant a dim ond yn ystod oriau ysgol y gallwn i fynd.",
    ],
    [
        "Mae'r system gyfan yn teimlo fel ei bod wedi'i gwneud i rywun arall.",
        "Mae rhai dyddiau'n well na'i gilydd.",
    ],
    [
        "Roedd y nyrs yn gwybod y drefn i gyd ac fe gyfeiriodd fi at y gwasanaeth iawn cyn i mi adael.",
        "Doedd gan y dderbynnydd ddim syniad at bwy i fy anfon.",
        "Roedd yr heddlu a'r eiriolwr yn siarad â'i gilydd, felly doedd dim rhaid i mi basio negeseuon.",
        "Bu'n rhaid i mi adrodd yr holl stori wrth bump o bobl wahanol.",
        "O'r funud gyntaf fe ddangosodd hi ei bod yn fy nghredu.",
        "Roedd y swyddog yn gofyn o hyd a oeddwn i'n siŵr, fel petawn i wedi camgymryd.",
        "Roedd hi'n deall bod fy nghof yn dameidiog oherwydd y trawma.",
        "Dywedodd y cwnselydd y dylwn i fod wedi dod drosto erbyn hyn.",
        "Fe wnaethon nhw fy ngweld o fewn yr awr.",
        "Dywedwyd wrtha i fod rhestr aros o ddeunaw mis am therapi.",
    ],
    "Diolch am ddarllen.",
)

PARTS["pl"] = _short(
    [
        "Piszę to kilka lat po tym, co się stało.",
        "Długo nie potrafiłam nikomu o tym powiedzieć.",
        "Najpierw poszłam do swojej lekarki rodzinnej.",
        "Byłam wtedy studentką i mieszkałam sama.",
        "Mam dwoje dzieci i mogłam przychodzić tylko w godzinach szkolnych.",
    ],
    [
        "Szczerze mówiąc, cały system wydaje się stworzony dla kogoś innego.",
        "Niektóre dni są lepsze od innych.",
    ],
    [
        "Pielęgniarka znała całą procedurę i skierowała mnie do właściwej organizacji, zanim wyszłam.",
        "Recepcjonistka nie miała pojęcia, do kogo mnie odesłać.",
        "Policja i moja doradczyni rozmawiały ze sobą, więc nie musiałam niczego przekazywać.",
        "Musiałam opowiedzieć całą historię pięciu różnym osobom.",
        "Od pierwszej minuty dała mi do zrozumienia, że mi wierzy.",
        "Policjant ciągle pytał, czy jestem pewna, jakbym mogła się pomylić.",
        "Zrozumiała, że moja pamięć jest niepełna z powodu traumy.",
        "Terapeutka powiedziała, że powinnam już dawno o tym zapomnieć.",
        "Przyjęli mnie w ciągu godziny.",
        "Powiedziano mi, że na terapię czeka się osiemnaście miesięcy.",
    ],
    "Dziękuję za przeczytanie.",
)

PARTS["ro"] = _short(
    [
        "Scriu asta la câțiva ani după ce s-a întâmplat.",
        "Mi-a luat mult timp să spun cuiva.",
        "Am mers mai întâi la medicul de familie.",
        "Eram studentă atunci și locuiam singură.",
        "Am doi copii și puteam veni doar în timpul orelor de școală.",
    ],
    ["Sincer, tot sistemul pare făcut pentru altcineva.", "Unele zile sunt mai bune decât altele."],
    [
        "Asistenta cunoștea toată procedura și m-a îndrumat spre serviciul potrivit înainte să plec.",
        "Recepționera habar nu avea cui să mă trimită.",
        "Poliția și consiliera mea au vorbit între ele, așa că nu a trebuit să transmit nimic.",
        "A trebuit să povestesc totul la cinci oameni diferiți.",
        "Din primul minut mi-a arătat că mă crede.",
        "Polițistul mă tot întreba dacă sunt sigură, de parcă m-aș fi înșelat.",
        "A înțeles că memoria mea are goluri din cauza traumei.",
        "Terapeuta mi-a spus că ar fi trebuit să trec peste asta până acum.",
        "M-au primit în decurs de o oră.",
        "Mi s-a spus că lista de așteptare pentru terapie este de optsprezece luni.",
    ],
    "Mulțumesc că ați citit.",
)

PARTS["pt"] = _short(
    [
        "Escrevo isto alguns anos depois do que aconteceu.",
        "Demorei muito tempo a contar a alguém.",
        "Fui primeiro à minha médica de família.",
        "Na altura era estudante e vivia sozinha.",
        "Tenho dois filhos e só podia ir durante o horário da escola.",
    ],
    [
        "Sinceramente, o sistema inteiro parece feito para outra pessoa.",
        "Há dias melhores do que outros.",
    ],
    [
        "A enfermeira conhecia o processo todo e encaminhou-me para o serviço certo antes de eu sair.",
        "A rececionista não fazia ideia a quem me mandar.",
        "A polícia e a minha técnica de apoio falavam entre si, por isso não tive de passar recados.",
        "Tive de contar a história toda a cinco pessoas diferentes.",
        "Desde o primeiro minuto ela mostrou que acreditava em mim.",
        "O polícia perguntava sempre se eu tinha a certeza, como se me pudesse ter enganado.",
        "Ela percebeu que a minha memória tinha falhas por causa do trauma.",
        "A terapeuta disse que eu já devia ter ultrapassado isto.",
        "Atenderam-me dentro de uma hora.",
        "Disseram-me que a lista de espera para terapia era de dezoito meses.",
    ],
    "Obrigada por lerem.",
)

PARTS["so"] = _short(
    [
        "Waxaan qorayaa tan dhowr sano kadib markii ay dhacday.",
        "Waqti dheer ayay igu qaadatay inaan qof u sheego.",
        "Marka hore waxaan u tegay dhakhtarkayga.",
        "Waqtigaas ardayad ayaan ahaa oo keligay ayaan degganaa.",
        "Laba carruur ah ayaan leeyahay, waxaan iman karay oo keliya saacadaha dugsiga.",
    ],
    [
        "Runtii nidaamka oo dhan wuxuu u eg yahay mid loo sameeyay dad kale.",
        "Maalmaha qaar way ka fiican yihiin kuwa kale.",
    ],
    [
        "Kalkaalisadu waxay garanaysay habka oo dhan, waxayna ii gudbisay adeegga saxda ah intaanan bixin.",
        "Soo-dhaweeyaha ma garanayn cidda uu ii diro.",
        "Booliska iyo la-taliyahaygu way wada hadleen, anigu wax isuma gudbin.",
        "Waxaan sheekada oo dhan ku celceliyay shan qof oo kala duwan.",
        "Daqiiqadda ugu horraysay waxay ii muujisay inay i rumaysatay.",
        "Sarkaalku wuxuu mar walba i weydiinayay inaan hubo, sidii inaan khaldamay.",
        "Way fahantay in xusuustaydu go'an tahay sababtoo ah dhaawaca nafsiga ah.",
        "La-taliyaha ayaa igu yiri waa inaad hadda ka gudubtay.",
        "Saacad gudaheed ayay i arkeen.",
        "Waxaa la ii sheegay in liiska sugitaanka daaweynta uu yahay siddeed iyo toban bilood.",
    ],
    "Waad ku mahadsan tihiin akhrinta.",
)

PARTS["ar"] = _short(
    [
        "أكتب هذا بعد بضع سنوات مما حدث.",
        "استغرق الأمر وقتا طويلا حتى أخبرت أحدا.",
        "ذهبت أولا إلى طبيبة العائلة.",
        "كنت طالبة في ذلك الوقت وأعيش وحدي.",
        "لدي طفلان ولم أستطع الحضور إلا في ساعات المدرسة.",
    ],
    ["بصراحة يبدو النظام كله مصمما لشخص آخر.", "بعض الأيام أفضل من غيرها."],
    [
        "كانت الممرضة تعرف الإجراءات كلها وأحالتني إلى الخدمة المناسبة قبل أن أغادر.",
        "لم تكن لدى موظفة الاستقبال أي فكرة إلى من ترسلني.",
        "تواصلت الشرطة والمرشدة فيما بينهم، فلم أضطر إلى نقل الرسائل.",
        "اضطررت إلى سرد القصة كلها لخمسة أشخاص مختلفين.",
        "منذ الدقيقة الأولى أظهرت لي أنها تصدقني.",
        "ظل الضابط يسألني إن كنت متأكدة، وكأنني ربما أخطأت.",
        "فهمت أن ذاكرتي متقطعة بسبب الصدمة.",
        "قالت لي المعالجة إنه كان يجب أن أتجاوز الأمر منذ زمن.",
        "استقبلوني خلال ساعة.",
        "قيل لي إن مدة الانتظار للعلاج ثمانية عشر شهرا.",
    ],
    "شكرا على القراءة.",
)

PARTS["ur"] = _short(
    [
        "میں یہ واقعے کے کچھ سال بعد لکھ رہی ہوں۔",
        "کسی کو بتانے میں مجھے بہت وقت لگا۔",
        "میں پہلے اپنی فیملی ڈاکٹر کے پاس گئی۔",
        "اس وقت میں طالبہ تھی اور اکیلی رہتی تھی۔",
        "میرے دو بچے ہیں اور میں صرف اسکول کے اوقات میں جا سکتی تھی۔",
    ],
    ["سچ کہوں تو پورا نظام کسی اور کے لیے بنا ہوا لگتا ہے۔", "کچھ دن دوسروں سے بہتر ہوتے ہیں۔"],
    [
        "نرس کو سارا طریقہ کار معلوم تھا اور اس نے جانے سے پہلے مجھے صحیح ادارے کو ریفر کر دیا۔",
        "استقبالیہ والی کو کوئی اندازہ نہیں تھا کہ مجھے کس کے پاس بھیجے۔",
        "پولیس اور میری مشیر آپس میں رابطے میں تھیں، اس لیے مجھے پیغام نہیں پہنچانے پڑے۔",
        "مجھے پوری کہانی پانچ مختلف لوگوں کو دہرانی پڑی۔",
        "پہلے ہی لمحے سے اس نے دکھایا کہ اسے میری بات پر یقین ہے۔",
        "افسر بار بار پوچھتا رہا کہ کیا مجھے پکا یقین ہے، جیسے میں غلطی کر رہی ہوں۔",
        "وہ سمجھ گئی کہ صدمے کی وجہ سے میری یادداشت ٹوٹی پھوٹی ہے۔",
        "تھراپسٹ نے کہا کہ اب تک مجھے اس سے آگے بڑھ جانا چاہیے تھا۔",
        "انہوں نے مجھے ایک گھنٹے کے اندر دیکھ لیا۔",
        "مجھے بتایا گیا کہ تھراپی کے لیے اٹھارہ مہینے کا انتظار ہے۔",
    ],
    "پڑھنے کا شکریہ۔",
)

PARTS["pa"] = _short(
    [
        "ਮੈਂ ਇਹ ਘਟਨਾ ਤੋਂ ਕੁਝ ਸਾਲ ਬਾਅਦ ਲਿਖ ਰਹੀ ਹਾਂ।",
        "ਕਿਸੇ ਨੂੰ ਦੱਸਣ ਵਿੱਚ ਮੈਨੂੰ ਬਹੁਤ ਸਮਾਂ ਲੱਗਿਆ।",
        "ਮੈਂ ਪਹਿਲਾਂ ਆਪਣੀ ਡਾਕਟਰ ਕੋਲ ਗਈ।",
        "ਉਸ ਵੇਲੇ ਮੈਂ ਵਿਦਿਆਰਥਣ ਸੀ ਅਤੇ ਇਕੱਲੀ ਰਹਿੰਦੀ ਸੀ।",
        "ਮੇਰੇ ਦੋ ਬੱਚੇ ਹਨ ਅਤੇ ਮੈਂ ਸਿਰਫ਼ ਸਕੂਲ ਦੇ ਸਮੇਂ ਹੀ ਜਾ ਸਕਦੀ ਸੀ।",
    ],
    ["ਸੱਚ ਦੱਸਾਂ ਤਾਂ ਸਾਰਾ ਸਿਸਟਮ ਕਿਸੇ ਹੋਰ ਲਈ ਬਣਿਆ ਲੱਗਦਾ ਹੈ।", "ਕੁਝ ਦਿਨ ਦੂਜਿਆਂ ਨਾਲੋਂ ਚੰਗੇ ਹੁੰਦੇ ਹਨ।"],
    [
        "ਨਰਸ ਨੂੰ ਸਾਰਾ ਤਰੀਕਾ ਪਤਾ ਸੀ ਅਤੇ ਉਸਨੇ ਮੇਰੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਮੈਨੂੰ ਸਹੀ ਸੰਸਥਾ ਕੋਲ ਰੈਫਰ ਕਰ ਦਿੱਤਾ।",
        "ਰਿਸੈਪਸ਼ਨ ਵਾਲੀ ਨੂੰ ਕੋਈ ਅੰਦਾਜ਼ਾ ਨਹੀਂ ਸੀ ਕਿ ਮੈਨੂੰ ਕਿਸ ਕੋਲ ਭੇਜੇ।",
        "ਪੁਲਿਸ ਅਤੇ ਮੇਰੀ ਸਲਾਹਕਾਰ ਆਪਸ ਵਿੱਚ ਗੱਲ ਕਰਦੀਆਂ ਸਨ, ਇਸ ਲਈ ਮੈਨੂੰ ਸੁਨੇਹੇ ਨਹੀਂ ਪਹੁੰਚਾਉਣੇ ਪਏ।",
        "ਮੈਨੂੰ ਸਾਰੀ ਕਹਾਣੀ ਪੰਜ ਵੱਖ-ਵੱਖ ਲੋਕਾਂ ਨੂੰ ਦੁਹਰਾਉਣੀ ਪਈ।",
        "ਪਹਿਲੇ ਪਲ ਤੋਂ ਹੀ ਉਸਨੇ ਦਿਖਾਇਆ ਕਿ ਉਸਨੂੰ ਮੇਰੀ ਗੱਲ ਤੇ ਯਕੀਨ ਹੈ।",
        "ਅਫ਼ਸਰ ਵਾਰ ਵਾਰ ਪੁੱਛਦਾ ਰਿਹਾ ਕਿ ਕੀ ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਹੈ, ਜਿਵੇਂ ਮੈਂ ਗ਼ਲਤੀ ਕਰ ਰਹੀ ਹੋਵਾਂ।",
        "ਉਹ ਸਮਝ ਗਈ ਕਿ ਸਦਮੇ ਕਾਰਨ ਮੇਰੀ ਯਾਦਦਾਸ਼ਤ ਟੁੱਟੀ ਹੋਈ ਹੈ।",
        "ਥੈਰੇਪਿਸਟ ਨੇ ਕਿਹਾ ਕਿ ਹੁਣ ਤੱਕ ਮੈਨੂੰ ਇਸ ਤੋਂ ਅੱਗੇ ਵਧ ਜਾਣਾ ਚਾਹੀਦਾ ਸੀ।",
        "ਉਹਨਾਂ ਨੇ ਮੈਨੂੰ ਇੱਕ ਘੰਟੇ ਦੇ ਅੰਦਰ ਦੇਖ ਲਿਆ।",
        "ਮੈਨੂੰ ਦੱਸਿਆ ਗਿਆ ਕਿ ਥੈਰੇਪੀ ਲਈ ਅਠਾਰਾਂ ਮਹੀਨਿਆਂ ਦੀ ਉਡੀਕ ਹੈ।",
    ],
    "ਪੜ੍ਹਨ ਲਈ ਧੰਨਵਾਦ।",
)

PARTS["gu"] = _short(
    [
        "હું આ ઘટનાના થોડા વર્ષો પછી લખી રહી છું.",
        "કોઈને કહેવામાં મને ઘણો સમય લાગ્યો.",
        "હું પહેલા મારા ફેમિલી ડૉક્ટર પાસે ગઈ.",
        "તે સમયે હું વિદ્યાર્થિની હતી અને એકલી રહેતી હતી.",
        "મારે બે બાળકો છે અને હું ફક્ત શાળાના સમય દરમિયાન જ જઈ શકતી હતી.",
    ],
    ["સાચું કહું તો આખી વ્યવસ્થા બીજા કોઈ માટે બનેલી લાગે છે.", "કેટલાક દિવસો બીજા કરતાં સારા હોય છે."],
    [
        "નર્સને આખી પ્રક્રિયા ખબર હતી અને હું નીકળું તે પહેલાં તેણે મને યોગ્ય સંસ્થામાં રેફર કરી દીધી.",
        "રિસેપ્શનિસ્ટને કોઈ ખ્યાલ નહોતો કે મને કોની પાસે મોકલવી.",
        "પોલીસ અને મારા સલાહકાર એકબીજા સાથે વાત કરતા હતા, તેથી મારે સંદેશા પહોંચાડવા ન પડ્યા.",
        "મારે આખી વાત પાંચ જુદા જુદા લોકોને વારંવાર કહેવી પડી.",
        "પહેલી જ મિનિટથી તેણે બતાવ્યું કે તેને મારી વાત પર વિશ્વાસ છે.",
        "અધિકારી વારંવાર પૂછતો રહ્યો કે મને ખાતરી છે કે નહીં, જાણે મારી ભૂલ થઈ હોય.",
        "તે સમજી ગઈ કે આઘાતને કારણે મારી યાદશક્તિ તૂટક છે.",
        "થેરાપિસ્ટે કહ્યું કે અત્યાર સુધીમાં મારે આ ભૂલી જવું જોઈતું હતું.",
        "તેમણે મને એક કલાકની અંદર જોઈ લીધી.",
        "મને કહેવામાં આવ્યું કે થેરાપી માટે અઢાર મહિનાની રાહ જોવી પડશે.",
    ],
    "વાંચવા બદલ આભાર.",
)

PARTS["bn"] = _short(
    [
        "ঘটনার কয়েক বছর পরে আমি এটা লিখছি।",
        "কাউকে বলতে আমার অনেক সময় লেগেছিল।",
        "আমি প্রথমে আমার পারিবারিক ডাক্তারের কাছে গিয়েছিলাম।",
        "তখন আমি ছাত্রী ছিলাম এবং একা থাকতাম।",
        "আমার দুটি সন্তান আছে, তাই শুধু স্কুলের সময়ে যেতে পারতাম।",
    ],
    ["সত্যি বলতে পুরো ব্যবস্থাটাই যেন অন্য কারও জন্য তৈরি।", "কিছু দিন অন্য দিনের চেয়ে ভালো যায়।"],
    [
        "নার্স পুরো প্রক্রিয়াটা জানতেন এবং আমি যাওয়ার আগেই আমাকে সঠিক সংস্থায় রেফার করে দিলেন।",
        "রিসেপশনের মহিলার কোনো ধারণা ছিল না আমাকে কার কাছে পাঠাবেন।",
        "পুলিশ আর আমার পরামর্শদাতা নিজেদের মধ্যে কথা বলতেন, তাই আমাকে খবর পৌঁছে দিতে হয়নি।",
        "পুরো ঘটনাটা আমাকে পাঁচজন আলাদা মানুষকে বারবার বলতে হয়েছে।",
        "প্রথম মিনিট থেকেই তিনি বুঝিয়ে দিলেন যে তিনি আমাকে বিশ্বাস করেন।",
        "অফিসার বারবার জিজ্ঞেস করছিলেন আমি নিশ্চিত কিনা, যেন আমি ভুল করছি।",
        "তিনি বুঝেছিলেন যে আঘাতের কারণে আমার স্মৃতি ভাঙা ভাঙা।",
        "থেরাপিস্ট বললেন এতদিনে আমার এটা ভুলে যাওয়া উচিত ছিল।",
        "তারা এক ঘণ্টার মধ্যে আমাকে দেখেছিলেন।",
        "আমাকে বলা হলো থেরাপির জন্য আঠারো মাস অপেক্ষা করতে হবে।",
    ],
    "পড়ার জন্য ধন্যবাদ।",
)

PARTS["fa"] = _short(
    [
        "این را چند سال بعد از آن اتفاق می‌نویسم.",
        "مدت زیادی طول کشید تا به کسی بگویم.",
        "اول پیش پزشک خانواده‌ام رفتم.",
        "آن موقع دانشجو بودم و تنها زندگی می‌کردم.",
        "دو بچه دارم و فقط در ساعت مدرسه می‌توانستم بروم.",
    ],
    ["راستش کل این سیستم انگار برای کس دیگری ساخته شده.", "بعضی روزها بهتر از بقیه است."],
    [
        "پرستار همه مراحل را بلد بود و قبل از رفتنم مرا به سازمان درست ارجاع داد.",
        "مسئول پذیرش هیچ ایده‌ای نداشت که مرا پیش چه کسی بفرستد.",
        "پلیس و مشاورم با هم در ارتباط بودند، پس لازم نبود پیغام برسانم.",
        "مجبور شدم کل ماجرا را برای پنج نفر مختلف تکرار کنم.",
        "از همان دقیقه اول نشان داد که حرفم را باور دارد.",
        "افسر مدام می‌پرسید که مطمئنم یا نه، انگار اشتباه کرده باشم.",
        "او درک کرد که حافظه‌ام به خاطر آسیب روانی تکه‌تکه است.",
        "درمانگر گفت که تا حالا باید از آن گذشته باشم.",
        "ظرف یک ساعت مرا دیدند.",
        "به من گفتند صف انتظار برای درمان هجده ماه است.",
    ],
    "ممنون که خواندید.",
)

PARTS["ps"] = _short(
    [
        "زه دا د پېښې څو کاله وروسته لیکم.",
        "ډېر وخت یې ونیو چې چا ته ووایم.",
        "لومړی د خپلې کورنۍ ډاکټرې ته ورغلم.",
        "هغه وخت زده کوونکې وم او یوازې اوسېدم.",
        "دوه ماشومان لرم او یوازې د ښوونځي په وخت کې تلای شوم.",
    ],
    [
        "رښتیا ووایم ټول نظام داسې ښکاري لکه د بل چا لپاره چې جوړ شوی وي.",
        "ځینې ورځې له نورو ښې وي.",
    ],
    [
        "نرسې ټوله طریقه پېژندله او مخکې له دې چې لاړ شم ما یې سم ادارې ته راجع کړم.",
        "د استقبال ښځه هېڅ نه پوهېده چې ما چا ته ولېږي.",
        "پولیسو او زما مشاورې یو بل سره خبرې کولې، نو ما ته اړتیا نه وه چې پیغامونه ورسوم.",
        "ما باید ټوله کیسه پنځو بېلابېلو کسانو ته تکرار کړې وای.",
        "له لومړۍ دقیقې یې وښوده چې په ما باور کوي.",
        "افسر بیا بیا پوښتنه کوله چې ډاډه یم که نه، لکه ما چې تېروتنه کړې وي.",
        "هغه پوه شوه چې زما حافظه د ټپ له امله ټوټې ټوټې ده.",
        "معالجې وویل چې تر اوسه باید ما دا هېر کړي وای.",
        "په یوه ساعت کې یې وکتلم.",
        "راته وویل شول چې د درملنې لپاره اتلس میاشتې انتظار دی.",
    ],
    "د لوستلو مننه.",
)

PARTS["ckb"] = _short(
    [
        "ئەمە چەند ساڵێک دوای ڕووداوەکە دەنووسم.",
        "ماوەیەکی زۆری خایاند تا بە کەسێکی بڵێم.",
        "یەکەمجار چووم بۆ لای دکتۆری خێزانەکەم.",
        "ئەو کاتە خوێندکار بووم و بە تەنها دەژیام.",
        "دوو منداڵم هەیە و تەنها لە کاتی قوتابخانەدا دەمتوانی بچم.",
    ],
    [
        "ڕاستی هەموو سیستەمەکە وەک ئەوە وایە بۆ کەسێکی تر دروست کرابێت.",
        "هەندێک ڕۆژ لە ڕۆژانی تر باشترن.",
    ],
    [
        "پەرستارەکە هەموو ڕێکارەکەی دەزانی و پێش ئەوەی بڕۆم ڕەوانەی ڕێکخراوی دروستی کردم.",
        "کارمەندی پێشوازی هیچ بیرۆکەیەکی نەبوو بۆ لای کێ بمنێرێت.",
        "پۆلیس و ڕاوێژکارەکەم پێکەوە قسەیان دەکرد، بۆیە پێویست نەبوو من پەیام بگەیەنم.",
        "ناچار بووم هەموو چیرۆکەکە بۆ پێنج کەسی جیاواز دووبارە بکەمەوە.",
        "لە یەکەم خولەکەوە نیشانی دا کە باوەڕم پێ دەکات.",
        "ئەفسەرەکە هەر دەیپرسی ئایا دڵنیام، وەک ئەوەی هەڵەم کردبێت.",
        "تێگەیشت کە یادەوەریم بەهۆی ترۆماوە پچڕ پچڕە.",
        "چارەسەرکارەکە گوتی دەبوو تا ئێستا لەبیری بکەم.",
        "لە ماوەی یەک کاتژمێردا بینیانم.",
        "پێیان وتم چاوەڕوانی بۆ چارەسەر هەژدە مانگە.",
    ],
    "سوپاس بۆ خوێندنەوە.",
)

PARTS["ti"] = _short(
    [
        "እዚ ካብቲ ፍጻመ ቁሩብ ዓመታት ጸኒሑ እጽሕፎ ኣለኹ።",
        "ንሓደ ሰብ ክነግር ነዊሕ ግዜ ወሲዱለይ።",
        "ፈለማ ናብ ሓኪም ስድራይ ከይደ።",
        "በቲ ግዜ ተምሃሪት ነይረ በይነይ ድማ እነብር ነይረ።",
        "ክልተ ቆልዑ ኣለዉኒ፡ ኣብ ሰዓታት ቤት ትምህርቲ ጥራይ ክኸይድ ይኽእል ነይረ።",
    ],
    ["ብሓቂ እቲ ስርዓት ብምሉኡ ንኻልእ ሰብ ዝተሰርሐ ይመስል።", "ገለ መዓልታት ካብ ካልኦት ይሓይሹ።"],
    [
        "እታ ነርስ ነቲ ኣሰራርሓ ብምሉኡ ትፈልጦ ነይራ፡ ቅድሚ ምኻደይ ድማ ናብቲ ቅኑዕ ትካል ኣመሓላሊፋትኒ።",
        "እታ ተቐባሊት ናብ መን ከም እትሰደኒ ኣይፈለጠትን።",
        "ፖሊስን ኣማኻሪተይን ምስ ሓድሕዶም ተዘራሪቦም፡ ስለዚ መልእኽቲ ከመሓላልፍ ኣየድለየንን።",
        "ነቲ ታሪኽ ብምሉኡ ንሓሙሽተ ዝተፈላለዩ ሰባት ደጋጊመ ክነግር ግድን ኮይኑኒ።",
        "ካብታ ቀዳመይቲ ደቒቕ ኣትሒዛ ከም ዝኣመነትኒ ኣርእያትኒ።",
        "እቲ ፖሊስ ርግጸኛ ድየ ኢሉ ብተደጋጋሚ ይሓተኒ ነይሩ፡ ከም ዝተጋገኹ ገይሩ።",
        "ብሰንኪ እቲ ስንባደ ዝኽረይ ከም ዝተበታተነ ተረዲኣ።",
        "እታ ኣማኻሪት ክሳብ ሕጂ ክርስዖ ነይሩኒ በለትኒ።",
        "ኣብ ውሽጢ ሓደ ሰዓት ረኣዩኒ።",
        "ንሕክምና ዓሰርተ ሸሞንተ ወርሒ ምጽባይ ከም ዘሎ ተነገረኒ።",
    ],
    "ስለ ዘንበብኩም የቐንየለይ።",
)

PARTS["zh"] = _short(
    [
        "事情发生几年后我才写下这些。",
        "我花了很长时间才告诉别人。",
        "我先去看了我的家庭医生。",
        "那时我还是学生，一个人住。",
        "我有两个孩子，只能在上学时间去。",
    ],
    ["说实话，整个系统好像是为别人设计的。", "有些日子比其他日子好一些。"],
    [
        "护士很熟悉整个流程，在我离开前就把我转介到合适的机构。",
        "前台的人完全不知道该把我交给谁。",
        "警察和我的顾问互相沟通，所以我不用来回传话。",
        "我不得不把整件事讲给五个不同的人听。",
        "从第一分钟起她就让我知道她相信我。",
        "警官一直问我是不是确定，好像我弄错了一样。",
        "她理解我的记忆因为创伤而断断续续。",
        "治疗师说我现在早该走出来了。",
        "他们一个小时之内就见了我。",
        "他们告诉我心理治疗要等十八个月。",
    ],
    "谢谢阅读。",
)

# Round 3: a second outcome sentence per label and three more context sentences for each of the
# languages above, translated by the same author (not reviewed by native speakers) from this
# English set, written for this round; reviewers can check each translation against it.
#   context: I went to the police station with my friend. / It happened when I was living in
#     another city. / I did not tell my family for a long time.
#   professionalism met: The worker knew exactly which service could help me and phoned them
#     while I was with her.
#   professionalism unmet: The doctor did not know where to refer me and told me to look on the
#     internet.
#   communication met: The hospital sent my information to the counsellor, so I did not have to
#     explain everything again.
#   communication unmet: Every service asked me the same questions because nobody passed on my
#     information.
#   belief met: She listened to everything and never questioned what I said.
#   belief unmet: The police asked why I had not reported it earlier, as if I was lying.
#   impact met: They let me take breaks and understood when I could not speak.
#   impact unmet: The doctor told me to forget it and get on with my life.
#   priority met: They gave me an appointment the next day because they saw how much I needed
#     help.
#   priority unmet: I waited months for counselling and nobody called me back.
# Outcome sentences in LABELS order, as in _short.
MORE: dict[str, tuple[list[str], list[str]]] = {
    "cy": (
        [
            "Es i i orsaf yr heddlu gyda fy ffrind.",
            "Digwyddodd e pan oeddwn i'n byw mewn dinas arall.",
            "Wnes i ddim dweud wrth fy nheulu am amser hir.",
        ],
        [
            "Roedd y gweithiwr yn gwybod yn union pa wasanaeth allai fy helpu ac fe ffoniodd nhw tra roeddwn i gyda hi.",
            "Doedd y meddyg ddim yn gwybod i ble i fy nghyfeirio a dywedodd wrtha i am edrych ar y rhyngrwyd.",
            "Anfonodd yr ysbyty fy ngwybodaeth at y cwnselydd, felly doedd dim rhaid i mi esbonio popeth eto.",
            "Roedd pob gwasanaeth yn gofyn yr un cwestiynau i mi achos doedd neb yn trosglwyddo fy ngwybodaeth.",
            "Gwrandawodd hi ar bopeth a wnaeth hi byth amau beth ddywedais i.",
            "Gofynnodd yr heddlu pam nad oeddwn i wedi dweud yn gynt, fel petawn i'n dweud celwydd.",
            "Gadawon nhw i mi gymryd seibiant ac roedden nhw'n deall pan nad oeddwn i'n gallu siarad.",
            "Dywedodd y meddyg wrtha i am anghofio'r peth a bwrw ymlaen â fy mywyd.",
            "Rhoeson nhw apwyntiad i mi drannoeth achos roedden nhw'n gweld cymaint roedd angen help arna i.",
            "Arhosais i fisoedd am gwnsela a wnaeth neb fy ffonio'n ôl.",
        ],
    ),
    "pl": (
        [
            "Poszłam na komisariat z koleżanką.",
            "To się stało, kiedy mieszkałam w innym mieście.",
            "Długo nie mówiłam nic rodzinie.",
        ],
        [
            "Pracownica dokładnie wiedziała, która organizacja może mi pomóc, i zadzwoniła tam, kiedy u niej byłam.",
            "Lekarz nie wiedział, dokąd mnie skierować, i kazał mi poszukać w internecie.",
            "Szpital przekazał moje informacje terapeutce, więc nie musiałam wszystkiego tłumaczyć od nowa.",
            "W każdym miejscu zadawano mi te same pytania, bo nikt nie przekazywał moich informacji dalej.",
            "Wysłuchała wszystkiego i ani razu nie podważyła tego, co mówiłam.",
            "Policja pytała, dlaczego nie zgłosiłam tego wcześniej, jakbym kłamała.",
            "Pozwalali mi robić przerwy i rozumieli, kiedy nie mogłam mówić.",
            "Lekarz powiedział, żebym o tym zapomniała i żyła dalej.",
            "Dali mi wizytę na następny dzień, bo widzieli, jak bardzo potrzebuję pomocy.",
            "Czekałam miesiącami na terapię i nikt do mnie nie oddzwonił.",
        ],
    ),
    "ro": (
        [
            "Am mers la secția de poliție cu o prietenă.",
            "S-a întâmplat când locuiam în alt oraș.",
            "Mult timp nu le-am spus nimic celor din familie.",
        ],
        [
            "Lucrătoarea știa exact ce serviciu mă putea ajuta și i-a sunat cât timp eram la ea.",
            "Medicul nu știa unde să mă trimită și mi-a spus să caut pe internet.",
            "Spitalul mi-a trimis informațiile la consilieră, așa că nu a trebuit să explic totul din nou.",
            "Fiecare serviciu mă întreba aceleași lucruri, pentru că nimeni nu transmitea informațiile mele.",
            "M-a ascultat până la capăt și nu a pus niciodată la îndoială ce am spus.",
            "Poliția m-a întrebat de ce nu am raportat mai devreme, ca și cum aș fi mințit.",
            "M-au lăsat să iau pauze și au înțeles când nu puteam vorbi.",
            "Medicul mi-a spus să uit și să-mi văd de viață.",
            "Mi-au dat o programare a doua zi pentru că au văzut cât de mult aveam nevoie de ajutor.",
            "Am așteptat luni de zile pentru consiliere și nimeni nu m-a sunat înapoi.",
        ],
    ),
    "pt": (
        [
            "Fui à esquadra da polícia com uma amiga.",
            "Aconteceu quando eu vivia noutra cidade.",
            "Durante muito tempo não contei nada à minha família.",
        ],
        [
            "A técnica sabia exatamente que serviço me podia ajudar e ligou para lá enquanto eu estava com ela.",
            "O médico não sabia para onde me encaminhar e disse-me para procurar na internet.",
            "O hospital enviou as minhas informações à psicóloga, por isso não tive de explicar tudo outra vez.",
            "Cada serviço fazia-me as mesmas perguntas porque ninguém passava as minhas informações.",
            "Ela ouviu tudo e nunca pôs em causa o que eu disse.",
            "A polícia perguntou porque é que eu não tinha denunciado mais cedo, como se eu estivesse a mentir.",
            "Deixaram-me fazer pausas e perceberam quando eu não conseguia falar.",
            "O médico disse-me para esquecer e seguir com a minha vida.",
            "Deram-me uma consulta no dia seguinte porque viram o quanto eu precisava de ajuda.",
            "Esperei meses por acompanhamento psicológico e ninguém me ligou de volta.",
        ],
    ),
    "so": (
        [
            "Waxaan saldhigga booliiska la tegay saaxiibaddey.",
            "Waxay dhacday markii aan ku noolaa magaalo kale.",
            "Muddo dheer qoyskayga waxba uma sheegin.",
        ],
        [
            "Shaqaalaha si fiican ayay u ogayd adeegga i caawin kara, waxayna u wacday intii aan la joogay.",
            "Dhakhtarku ma uusan aqoon meel uu ii gudbiyo, wuxuuna igu yiri internetka ka raadi.",
            "Isbitaalku macluumaadkayga wuxuu u diray lataliyaha, sidaas darteed mar kale ma aanan sharxin wax walba.",
            "Adeeg kasta su'aalo isku mid ah ayuu i weydiiyay sababtoo ah qofna ma gudbin macluumaadkayga.",
            "Way dhageysatay wax walba, marnaba shaki kama muujin waxaan sheegay.",
            "Booliisku waxay i weydiiyeen sababta aanan horay u soo sheegin, sidii inaan been sheegayay.",
            "Waxay ii oggolaadeen inaan nasasho qaato waxayna fahmeen markaan hadli kari waayay.",
            "Dhakhtarku wuxuu igu yiri iska illow oo noloshaada sii wad.",
            "Waxay i siiyeen ballan maalinta xigta maxaa yeelay waxay arkeen sida aan caawimaad ugu baahnaa.",
            "Bilo ayaan sugayay latalin qofna dib iima soo wacin.",
        ],
    ),
    "ar": (
        [
            "ذهبت إلى مركز الشرطة مع صديقتي.",
            "حدث ذلك عندما كنت أعيش في مدينة أخرى.",
            "لم أخبر عائلتي لفترة طويلة.",
        ],
        [
            "كانت الموظفة تعرف بالضبط أي خدمة يمكنها مساعدتي واتصلت بهم وأنا معها.",
            "لم يعرف الطبيب إلى أين يحيلني وقال لي أن أبحث على الإنترنت.",
            "أرسل المستشفى معلوماتي إلى المعالجة، فلم أضطر إلى شرح كل شيء من جديد.",
            "كانت كل جهة تسألني الأسئلة نفسها لأن أحدًا لم ينقل معلوماتي.",
            "استمعت إلى كل شيء ولم تشكك أبدًا في ما قلته.",
            "سألتني الشرطة لماذا لم أبلغ في وقت أبكر، كأنني أكذب.",
            "سمحوا لي بأخذ استراحات وتفهموا عندما لم أستطع الكلام.",
            "قال لي الطبيب أن أنسى الأمر وأكمل حياتي.",
            "أعطوني موعدًا في اليوم التالي لأنهم رأوا كم كنت بحاجة إلى المساعدة.",
            "انتظرت شهورًا للحصول على استشارة ولم يتصل بي أحد.",
        ],
    ),
    "ur": (
        [
            "میں اپنی سہیلی کے ساتھ تھانے گئی۔",
            "یہ تب ہوا جب میں دوسرے شہر میں رہتی تھی۔",
            "میں نے بہت عرصے تک اپنے گھر والوں کو نہیں بتایا۔",
        ],
        [
            "کارکن کو بالکل معلوم تھا کہ کون سی سروس میری مدد کر سکتی ہے اور اس نے میرے سامنے ہی انہیں فون کیا۔",
            "ڈاکٹر کو معلوم نہیں تھا کہ مجھے کہاں ریفر کرے اور اس نے کہا کہ انٹرنیٹ پر دیکھ لو۔",
            "ہسپتال نے میری معلومات کونسلر کو بھیج دیں، اس لیے مجھے سب کچھ دوبارہ نہیں بتانا پڑا۔",
            "ہر ادارہ مجھ سے وہی سوال پوچھتا تھا کیونکہ کوئی میری معلومات آگے نہیں بھیجتا تھا۔",
            "اس نے سب کچھ سنا اور میری بات پر کبھی شک نہیں کیا۔",
            "پولیس نے پوچھا کہ میں نے پہلے رپورٹ کیوں نہیں کی، جیسے میں جھوٹ بول رہی ہوں۔",
            "انہوں نے مجھے وقفہ لینے دیا اور سمجھ گئے جب میں بول نہیں پا رہی تھی۔",
            "ڈاکٹر نے کہا کہ اسے بھول جاؤ اور اپنی زندگی میں آگے بڑھو۔",
            "انہوں نے مجھے اگلے دن کا وقت دیا کیونکہ انہوں نے دیکھا کہ مجھے مدد کی کتنی ضرورت ہے۔",
            "میں نے کونسلنگ کے لیے مہینوں انتظار کیا اور کسی نے مجھے واپس فون نہیں کیا۔",
        ],
    ),
    "pa": (
        [
            "ਮੈਂ ਆਪਣੀ ਸਹੇਲੀ ਨਾਲ ਥਾਣੇ ਗਈ।",
            "ਇਹ ਉਦੋਂ ਹੋਇਆ ਜਦੋਂ ਮੈਂ ਕਿਸੇ ਹੋਰ ਸ਼ਹਿਰ ਵਿੱਚ ਰਹਿੰਦੀ ਸੀ।",
            "ਮੈਂ ਬਹੁਤ ਸਮੇਂ ਤੱਕ ਆਪਣੇ ਪਰਿਵਾਰ ਨੂੰ ਨਹੀਂ ਦੱਸਿਆ।",
        ],
        [
            "ਕਰਮਚਾਰੀ ਨੂੰ ਪਤਾ ਸੀ ਕਿ ਕਿਹੜੀ ਸੇਵਾ ਮੇਰੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ ਅਤੇ ਉਸਨੇ ਮੇਰੇ ਸਾਹਮਣੇ ਹੀ ਉਹਨਾਂ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ।",
            "ਡਾਕਟਰ ਨੂੰ ਨਹੀਂ ਪਤਾ ਸੀ ਕਿ ਮੈਨੂੰ ਕਿੱਥੇ ਭੇਜਣਾ ਹੈ ਅਤੇ ਉਸਨੇ ਕਿਹਾ ਕਿ ਇੰਟਰਨੈੱਟ ਤੇ ਲੱਭ ਲਓ।",
            "ਹਸਪਤਾਲ ਨੇ ਮੇਰੀ ਜਾਣਕਾਰੀ ਕਾਉਂਸਲਰ ਨੂੰ ਭੇਜ ਦਿੱਤੀ, ਇਸ ਲਈ ਮੈਨੂੰ ਸਭ ਕੁਝ ਦੁਬਾਰਾ ਨਹੀਂ ਦੱਸਣਾ ਪਿਆ।",
            "ਹਰ ਸੇਵਾ ਮੈਨੂੰ ਉਹੀ ਸਵਾਲ ਪੁੱਛਦੀ ਸੀ ਕਿਉਂਕਿ ਕੋਈ ਵੀ ਮੇਰੀ ਜਾਣਕਾਰੀ ਅੱਗੇ ਨਹੀਂ ਭੇਜਦਾ ਸੀ।",
            "ਉਸਨੇ ਸਭ ਕੁਝ ਸੁਣਿਆ ਅਤੇ ਮੇਰੀ ਗੱਲ ਤੇ ਕਦੇ ਸ਼ੱਕ ਨਹੀਂ ਕੀਤਾ।",
            "ਪੁਲਿਸ ਨੇ ਪੁੱਛਿਆ ਕਿ ਮੈਂ ਪਹਿਲਾਂ ਰਿਪੋਰਟ ਕਿਉਂ ਨਹੀਂ ਕੀਤੀ, ਜਿਵੇਂ ਮੈਂ ਝੂਠ ਬੋਲ ਰਹੀ ਹੋਵਾਂ।",
            "ਉਹਨਾਂ ਨੇ ਮੈਨੂੰ ਰੁਕਣ ਦਿੱਤਾ ਅਤੇ ਸਮਝ ਗਏ ਜਦੋਂ ਮੈਂ ਬੋਲ ਨਹੀਂ ਸਕੀ।",
            "ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਕਿ ਇਸਨੂੰ ਭੁੱਲ ਜਾਓ ਅਤੇ ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਵਿੱਚ ਅੱਗੇ ਵਧੋ।",
            "ਉਹਨਾਂ ਨੇ ਮੈਨੂੰ ਅਗਲੇ ਦਿਨ ਦਾ ਸਮਾਂ ਦਿੱਤਾ ਕਿਉਂਕਿ ਉਹਨਾਂ ਨੇ ਦੇਖਿਆ ਕਿ ਮੈਨੂੰ ਮਦਦ ਦੀ ਕਿੰਨੀ ਲੋੜ ਸੀ।",
            "ਮੈਂ ਕਾਉਂਸਲਿੰਗ ਲਈ ਮਹੀਨਿਆਂ ਤੱਕ ਉਡੀਕ ਕੀਤੀ ਅਤੇ ਕਿਸੇ ਨੇ ਮੈਨੂੰ ਵਾਪਸ ਫ਼ੋਨ ਨਹੀਂ ਕੀਤਾ।",
        ],
    ),
    "gu": (
        [
            "હું મારી બહેનપણી સાથે પોલીસ સ્ટેશન ગઈ.",
            "આ ત્યારે બન્યું જ્યારે હું બીજા શહેરમાં રહેતી હતી.",
            "મેં ઘણા સમય સુધી મારા પરિવારને કહ્યું ન હતું.",
        ],
        [
            "કાર્યકરને બરાબર ખબર હતી કે કઈ સેવા મને મદદ કરી શકે છે અને તેણે મારી સામે જ તેમને ફોન કર્યો.",
            "ડૉક્ટરને ખબર ન હતી કે મને ક્યાં મોકલવી અને તેમણે કહ્યું કે ઇન્ટરનેટ પર શોધી લો.",
            "હોસ્પિટલે મારી માહિતી કાઉન્સેલરને મોકલી, તેથી મારે બધું ફરીથી સમજાવવું ન પડ્યું.",
            "દરેક સેવા મને એ જ પ્રશ્નો પૂછતી હતી કારણ કે કોઈ મારી માહિતી આગળ મોકલતું ન હતું.",
            "તેણે બધું સાંભળ્યું અને મારી વાત પર ક્યારેય શંકા ન કરી.",
            "પોલીસે પૂછ્યું કે મેં પહેલાં કેમ ફરિયાદ ન કરી, જાણે હું ખોટું બોલતી હોઉં.",
            "તેમણે મને વિરામ લેવા દીધો અને જ્યારે હું બોલી શકતી ન હતી ત્યારે સમજી ગયા.",
            "ડૉક્ટરે કહ્યું કે તે ભૂલી જાઓ અને જીવનમાં આગળ વધો.",
            "તેમણે મને બીજા દિવસની એપોઇન્ટમેન્ટ આપી કારણ કે તેમણે જોયું કે મને મદદની કેટલી જરૂર હતી.",
            "મેં કાઉન્સેલિંગ માટે મહિનાઓ સુધી રાહ જોઈ અને કોઈએ મને પાછો ફોન ન કર્યો.",
        ],
    ),
    "bn": (
        [
            "আমি আমার বান্ধবীর সাথে থানায় গিয়েছিলাম।",
            "এটা ঘটেছিল যখন আমি অন্য শহরে থাকতাম।",
            "অনেক দিন আমি পরিবারকে কিছু বলিনি।",
        ],
        [
            "কর্মী ঠিক জানতেন কোন পরিষেবা আমাকে সাহায্য করতে পারে, আর আমি থাকতেই তিনি তাদের ফোন করলেন।",
            "ডাক্তার জানতেন না আমাকে কোথায় পাঠাবেন, তিনি বললেন ইন্টারনেটে খুঁজে নিতে।",
            "হাসপাতাল আমার তথ্য কাউন্সেলরের কাছে পাঠিয়েছিল, তাই আমাকে আবার সব কিছু বুঝিয়ে বলতে হয়নি।",
            "প্রতিটি পরিষেবা আমাকে একই প্রশ্ন করত কারণ কেউ আমার তথ্য পাঠায়নি।",
            "তিনি সব কথা শুনলেন এবং আমার কথায় কখনো সন্দেহ করলেন না।",
            "পুলিশ জিজ্ঞেস করল কেন আমি আগে রিপোর্ট করিনি, যেন আমি মিথ্যা বলছি।",
            "তারা আমাকে বিরতি নিতে দিয়েছিল এবং যখন আমি কথা বলতে পারছিলাম না তখন বুঝেছিল।",
            "ডাক্তার বললেন এটা ভুলে গিয়ে জীবনে এগিয়ে যেতে।",
            "তারা আমাকে পরের দিনই অ্যাপয়েন্টমেন্ট দিল কারণ তারা দেখেছিল আমার কতটা সাহায্য দরকার।",
            "আমি কাউন্সেলিংয়ের জন্য মাসের পর মাস অপেক্ষা করেছি আর কেউ আমাকে ফোন করেনি।",
        ],
    ),
    "fa": (
        [
            "با دوستم به کلانتری رفتم.",
            "وقتی در شهر دیگری زندگی می‌کردم این اتفاق افتاد.",
            "مدت زیادی به خانواده‌ام چیزی نگفتم.",
        ],
        [
            "مددکار دقیقاً می‌دانست کدام خدمات می‌تواند به من کمک کند و همان موقع که پیشش بودم به آنها زنگ زد.",
            "دکتر نمی‌دانست مرا به کجا ارجاع بدهد و گفت در اینترنت جستجو کنم.",
            "بیمارستان اطلاعاتم را برای مشاور فرستاد، پس لازم نبود همه چیز را دوباره توضیح بدهم.",
            "هر جا همان سؤال‌ها را از من می‌پرسیدند چون هیچ‌کس اطلاعاتم را منتقل نمی‌کرد.",
            "او به همه چیز گوش داد و هرگز در حرف‌هایم شک نکرد.",
            "پلیس پرسید چرا زودتر گزارش ندادم، انگار که دروغ می‌گفتم.",
            "اجازه دادند استراحت کنم و وقتی نمی‌توانستم حرف بزنم درک کردند.",
            "دکتر گفت فراموشش کن و به زندگی‌ات ادامه بده.",
            "برای روز بعد به من وقت دادند چون دیدند چقدر به کمک نیاز دارم.",
            "ماه‌ها برای مشاوره منتظر ماندم و هیچ‌کس با من تماس نگرفت.",
        ],
    ),
    "ps": (
        [
            "زه د خپلې ملګرې سره پولیسو ته لاړم.",
            "دا هغه وخت وشول چې زه په بل ښار کې اوسېدم.",
            "ما د ډېر وخت لپاره خپلې کورنۍ ته څه ونه ویل.",
        ],
        [
            "کارکوونکې ښه پوهېده چې کوم خدمت زما مرسته کولی شي او زما په وړاندې یې هغوی ته زنګ وواهه.",
            "ډاکټر نه پوهېده چې ما چېرته ولېږي او ویې ویل چې په انټرنېټ کې یې ولټوه.",
            "روغتون زما معلومات مشاور ته ولېږل، نو اړتیا نه وه چې بیا ټول شیان تشریح کړم.",
            "هر ځای به ما څخه هماغه پوښتنې کولې ځکه چې هیچا زما معلومات نه لېږدول.",
            "هغې ټول شیان واورېدل او هېڅکله یې زما په خبرو شک ونه کړ.",
            "پولیسو وپوښتل چې ولې مې مخکې راپور ور نه کړ، لکه چې زه دروغ وایم.",
            "دوی ما ته اجازه راکړه چې دمه وکړم او کله چې ما خبرې نه شوې کولی، پوه شول.",
            "ډاکټر وویل چې هېر یې کړه او په خپل ژوند کې مخ ته لاړه شه.",
            "دوی بلې ورځې ته وخت راکړ ځکه چې ولیدل چې زه مرستې ته څومره اړتیا لرم.",
            "ما د مشورې لپاره میاشتې انتظار وکړ او هیچا بېرته زنګ رانه کړ.",
        ],
    ),
    "ckb": (
        [
            "لەگەڵ هاوڕێکەم چوومە بنکەی پۆلیس.",
            "ئەمە ڕوویدا کاتێک لە شارێکی تر دەژیام.",
            "بۆ ماوەیەکی زۆر هیچم بە خێزانەکەم نەوت.",
        ],
        [
            "کارمەندەکە بە تەواوی دەیزانی کام خزمەتگوزاری دەتوانێت یارمەتیم بدات و لە کاتێکدا لای بووم تەلەفۆنی بۆ کردن.",
            "دکتۆرەکە نەیدەزانی بۆ کوێم بنێرێت و پێی وتم لە ئینتەرنێت بگەڕێم.",
            "نەخۆشخانەکە زانیارییەکانی منی بۆ ڕاوێژکارەکە نارد، بۆیە پێویست نەبوو هەموو شتێک دووبارە ڕوون بکەمەوە.",
            "هەموو شوێنێک هەمان پرسیاری لێ دەکردم چونکە کەس زانیارییەکانی منی نەدەگواستەوە.",
            "گوێی لە هەموو شتێک گرت و هەرگیز گومانی لە قسەکانم نەکرد.",
            "پۆلیس پرسیی بۆچی زووتر ڕاپۆرتم نەدا، وەک ئەوەی درۆ بکەم.",
            "ڕێگەیان دا پشوو بدەم و تێگەیشتن کاتێک نەمدەتوانی قسە بکەم.",
            "دکتۆرەکە وتی لەبیری بکە و بەردەوام بە لە ژیانت.",
            "بۆ ڕۆژی دواتر کاتیان پێدام چونکە بینیان چەندە پێویستم بە یارمەتی هەیە.",
            "مانگەها چاوەڕێی ڕاوێژکاری بووم و کەس پەیوەندی پێوە نەکردمەوە.",
        ],
    ),
    "ti": (
        [
            "ምስ መሓዛይ ናብ ፖሊስ ጣቢያ ከይደ።",
            "ኣብ ካልእ ከተማ እናነበርኩ እዩ ኣጋጢሙ።",
            "ንነዊሕ እዋን ንስድራይ ኣይነገርክዎምን።",
        ],
        [
            "እታ ሰራሕተኛ ኣየናይ ኣገልግሎት ክሕግዘኒ ከም ዝኽእል ብልክዕ ትፈልጥ ነበረት፡ ምሳኣ ከለኹ ድማ ደወለትሎም።",
            "እቲ ሓኪም ናበይ ከም ዝሰደኒ ኣይፈለጠን፡ ኣብ ኢንተርነት ድለዪ ድማ በለኒ።",
            "እቲ ሆስፒታል ሓበሬታይ ናብታ ኣማኻሪት ሰደዶ፡ ስለዚ ኩሉ ከም ብሓድሽ ክገልጽ ኣየድለየንን።",
            "ነፍሲ ወከፍ ኣገልግሎት ሓደ ዓይነት ሕቶታት ይሓተኒ ነበረ፡ ምኽንያቱ ሓደ ሰብ እውን ሓበሬታይ ኣየሕለፈን።",
            "ንኹሉ ሰሚዓቶ፡ ኣብ ዝበልክዎ ድማ ፈጺማ ኣይተጠራጠረትን።",
            "ፖሊስ ስለምንታይ ቀልጢፈ ዘይሓበርኩ ሓተቱኒ፡ ከም ዝሕሱ ገይሮም።",
            "ዕረፍቲ ክወስድ ኣፍቀዱለይ፡ ክዛረብ ምስ ዘይከኣልኩ ድማ ተረድኡኒ።",
            "እቲ ሓኪም ረስዕዮ እሞ ምስ ህይወትኪ ቀጽሊ በለኒ።",
            "ክንደይ ሓገዝ ከም ዘድልየኒ ስለ ዝረኣዩ ንጽባሒቱ ቆጸራ ሃቡኒ።",
            "ንምኽሪ ንኣዋርሕ ተጸበኹ፡ ሓደ ሰብ እውን መሊሱ ኣይደወለለይን።",
        ],
    ),
    "zh": (
        [
            "我和朋友一起去了警察局。",
            "这件事发生时我住在另一个城市。",
            "很长时间我都没有告诉家人。",
        ],
        [
            "那位工作人员很清楚哪个机构能帮我，我还在她那里时她就给他们打了电话。",
            "医生不知道该把我转介到哪里，只让我自己上网查。",
            "医院把我的资料转给了心理咨询师，所以我不用再从头解释一遍。",
            "每个机构都问我同样的问题，因为没有人把我的信息转过去。",
            "她听完了所有的话，从来没有怀疑过我说的。",
            "警察问我为什么不早点报案，好像我在撒谎。",
            "他们让我休息，在我说不出话的时候也能理解我。",
            "医生叫我忘掉这件事，继续过日子。",
            "他们看到我多么需要帮助，第二天就给我安排了预约。",
            "我等心理咨询等了好几个月，也没有人给我回电话。",
        ],
    ),
}


for _lang, (_context, _outcome) in MORE.items():
    PARTS[_lang]["CONTEXT"] += _context
    for _label, _sentence in zip(PARTS[_lang]["OUTCOME"], _outcome, strict=True):
        PARTS[_lang]["OUTCOME"][_label].append(_sentence)

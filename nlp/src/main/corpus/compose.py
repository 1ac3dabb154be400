#!/usr/bin/env python3
"""Writes the labelled corpus (TSV, label<TAB>text) for Samvad's sentiment, theme and
language models from hand-written phrases: topics (per theme), predicates (per
sentiment), openers and closers, in Devanagari Hindi, romanized Hindi and English.

Every phrase list is split in two: train phrases and test phrases. Held-out lines are
built only from test phrases, so no held-out line repeats a training topic or predicate.
Run from this directory: python3 compose.py (the output is deterministic).
"""
import random

T = {  # theme -> lang -> (train topics, test topics)
 "organisation_strength": {
  "hi-Latn": (["hamari booth committee", "booth samiti ki meeting", "mandal star par sangathan", "booth pe karyakartaon ki sankhya", "panna pramukh wali vyavastha", "sangathan ka kaam", "shakti kendra"],
              ["humare ward ki booth committe", "samiti ke sadasyon ki upasthiti", "booth level ka sangathan"]),
  "hi": (["हमारी बूथ समिति", "बूथ समिति की बैठक", "मंडल स्तर पर संगठन", "बूथ पर कार्यकर्ताओं की संख्या", "पन्ना प्रमुख की व्यवस्था", "संगठन का काम", "शक्ति केंद्र"],
         ["वार्ड की बूथ कमेटी", "समिति के सदस्यों की उपस्थिति", "बूथ स्तर का संगठन"]),
  "en": (["our booth committee", "the booth committee meeting", "the organisation at mandal level", "the number of active workers at the booth", "the page in-charge system", "party organisation work", "the shakti kendra"],
         ["the ward booth committe", "attendance of committee members", "booth level organisation"])},
 "training": {
  "hi-Latn": (["karyakarta prashikshan shivir", "training camp", "naye karyakartaon ki training", "social media ki training", "prashikshan varg", "booth management ki training", "workshop"],
              ["pichhle mahine ka prashikshan", "mobile app chalane ki training", "voter list wali trening"]),
  "hi": (["कार्यकर्ता प्रशिक्षण शिविर", "ट्रेनिंग कैंप", "नए कार्यकर्ताओं का प्रशिक्षण", "सोशल मीडिया की ट्रेनिंग", "प्रशिक्षण वर्ग", "बूथ प्रबंधन का प्रशिक्षण", "कार्यशाला"],
         ["पिछले महीने का प्रशिक्षण", "मोबाइल ऐप चलाने की ट्रेनिंग", "मतदाता सूची वाला प्रशिक्षण"]),
  "en": (["the worker training camp", "the training session", "training for new workers", "social media training", "the district training programme", "booth management training", "the workshop"],
         ["last month's training", "training on the mobile app", "voter list trainng"])},
 "leadership": {
  "hi-Latn": (["hamare zila adhyaksh", "mandal adhyaksh ji", "sthaniya neta", "booth adhyaksh", "naya netritva", "vidhayak ji ka vyavhar", "purane neta"],
              ["block pramukh", "zile ka netritv", "hamare pradhan ji"]),
  "hi": (["हमारे जिला अध्यक्ष", "मंडल अध्यक्ष जी", "स्थानीय नेता", "बूथ अध्यक्ष", "नया नेतृत्व", "विधायक जी का व्यवहार", "पुराने नेता"],
         ["ब्लॉक प्रमुख", "जिले का नेतृत्व", "हमारे प्रधान जी"]),
  "en": (["our district president", "the mandal president", "the local leader", "the booth president", "the new leadership", "the MLA's behaviour", "the old leaders"],
         ["the block chief", "district leadership", "our pradhan"])},
 "communication_with_leaders": {
  "hi-Latn": (["upar ke netaon se sampark", "neta ji se baat karne ka mauka", "hamari baat upar tak pahunchana", "phone karne par jawab", "senior netaon ka gaon aana", "karyakartaon ki sunwai", "netaon se samvad"],
              ["neta log se milna", "whatsapp group pe reply", "zila karyalay se baatcheet"]),
  "hi": (["ऊपर के नेताओं से संपर्क", "नेता जी से बात करने का मौका", "हमारी बात ऊपर तक पहुँचाना", "फ़ोन करने पर जवाब", "वरिष्ठ नेताओं का गाँव आना", "कार्यकर्ताओं की सुनवाई", "नेताओं से संवाद"],
         ["नेताओं से मिलना", "व्हाट्सऐप ग्रुप पर जवाब", "जिला कार्यालय से बातचीत"]),
  "en": (["contact with senior leaders", "a chance to talk to the leaders", "getting our voice heard upstairs", "reply when we call the office", "visits by senior leaders", "hearing of workers' complaints", "dialogue with leaders"],
         ["meeting the leaders", "replies on the whatsapp group", "communication with the district office"])},
 "inclusion": {
  "hi-Latn": (["yuvaon ki bhagidari", "mahilaon ki bhagidari", "SC ST samaj ke log", "OBC varg ki bhagidari", "alpsankhyak samaj ka judna", "mahila morcha", "yuva morcha"],
              ["dalit bhaiyon ki bhagidari", "naujawan ladke", "behno ki upasthiti"]),
  "hi": (["युवाओं की भागीदारी", "महिलाओं की भागीदारी", "अनुसूचित जाति जनजाति के लोग", "पिछड़ा वर्ग की भागीदारी", "अल्पसंख्यक समाज का जुड़ना", "महिला मोर्चा", "युवा मोर्चा"],
         ["दलित भाइयों की भागीदारी", "नौजवान लड़के", "बहनों की उपस्थिति"]),
  "en": (["youth participation", "participation of women", "SC/ST members", "OBC participation", "minority community involvement", "the women's wing", "the youth wing"],
         ["involvement of dalit members", "young people", "presence of women workers"])},
 "roads": {
  "hi-Latn": (["gaon ki sadak", "pakki sadak", "pradhan mantri sadak yojana ka kaam", "main road", "gali ka khadanja", "pul ka nirman", "sadak"],
              ["highway tak ka rasta", "sadak ke gaddhe", "mohalle ki road"]),
  "hi": (["गाँव की सड़क", "पक्की सड़क", "प्रधानमंत्री सड़क योजना का काम", "मुख्य सड़क", "गली का खड़ंजा", "पुल का निर्माण", "सड़क"],
         ["हाईवे तक का रास्ता", "सड़क के गड्ढे", "मोहल्ले की रोड"]),
  "en": (["the village road", "the paved road", "the PMGSY road work", "the main road", "the lane pavement", "bridge construction", "the road"],
         ["the route to the highway", "potholes on the road", "the road in our colony"])},
 "water": {
  "hi-Latn": (["peene ka pani", "hand pump", "nal jal yojana", "paani ki tanki", "kuan", "sinchai ka pani", "pani"],
              ["pani ki supply", "nal se aane wala paani", "talab ka pani"]),
  "hi": (["पीने का पानी", "हैंडपंप", "नल जल योजना", "पानी की टंकी", "कुआँ", "सिंचाई का पानी", "पानी"],
         ["पानी की सप्लाई", "नल से आने वाला पानी", "तालाब का पानी"]),
  "en": (["drinking water", "the hand pump", "the tap water scheme", "the water tank", "the village well", "irrigation water", "water"],
         ["the water supply", "water from the taps", "the pond water"])},
 "electricity": {
  "hi-Latn": (["bijli", "light ki supply", "transformer", "bijli ka bill", "solar light", "bijli ke khambe", "bijli vibhag"],
              ["gaon mein light", "bijli ki katauti", "meter wala bill"]),
  "hi": (["बिजली", "लाइट की सप्लाई", "ट्रांसफार्मर", "बिजली का बिल", "सोलर लाइट", "बिजली के खंभे", "बिजली विभाग"],
         ["गाँव में बिजली", "बिजली की कटौती", "मीटर वाला बिल"]),
  "en": (["electricity", "the power supply", "the transformer", "the electricity bill", "the solar street light", "the electric poles", "the electricity department"],
         ["power in the village", "the power cuts", "the meter bill"])},
 "jobs": {
  "hi-Latn": (["naukri", "berozgari", "yuvaon ke liye rozgar", "MNREGA ka kaam", "bharti pariksha", "factory mein kaam", "rozgar mela"],
              ["padhe likhe ladkon ko kaam", "sarkari vacancy", "majdoori ka paisa"]),
  "hi": (["नौकरी", "बेरोज़गारी", "युवाओं के लिए रोज़गार", "मनरेगा का काम", "भर्ती परीक्षा", "फैक्ट्री में काम", "रोज़गार मेला"],
         ["पढ़े लिखे लड़कों को काम", "सरकारी भर्ती", "मजदूरी का पैसा"]),
  "en": (["jobs", "unemployment", "employment for youth", "MGNREGA work", "the recruitment exam", "factory jobs", "the job fair"],
         ["work for educated boys", "government vacancies", "wage payments"])},
 "local_issues": {
  "hi-Latn": (["gaon ka school", "primary health centre", "ration ki dukan", "naali ki safai", "aspatal mein doctor", "kachra", "pension"],
              ["anganwadi kendra", "dawai ki kami", "gaon ki nali"]),
  "hi": (["गाँव का स्कूल", "प्राथमिक स्वास्थ्य केंद्र", "राशन की दुकान", "नाली की सफ़ाई", "अस्पताल में डॉक्टर", "कचरा", "पेंशन"],
         ["आंगनवाड़ी केंद्र", "दवाई की कमी", "गाँव की नाली"]),
  "en": (["the village school", "the primary health centre", "the ration shop", "drain cleaning", "the doctor at the hospital", "garbage", "the pension"],
         ["the anganwadi centre", "shortage of medicines", "the village drain"])},
}

P = {  # lang -> sentiment -> (train predicates, test predicates)
 "hi-Latn": {
  "negative": (["ki halat bahut kharab hai", "par koi dhyan nahi deta", "ko lekar log bahut naraz hain", "ka koi kaam nahi hua", "se hum log pareshan hain", "ki shikayat kitni baar ki, kuch nahi hua", "bilkul bekar hai", "mein bahut dikkat hai"],
               ["ka haal bura hai, koi sunta nahi", "ki wajah se sab dukhi hain", "ekdam fail ho gaya hai", "ko lekar gussa badh raha hai"]),
  "positive": (["bahut accha chal raha hai", "mein kaafi sudhar hua hai", "se sab log khush hain", "ka kaam badhiya hua", "ki vyavastha ab theek ho gayi hai", "shandar hai, dhanyavaad", "se bahut fayda hua", "ab pehle se behtar hai"],
               ["ekdum mast chal raha hai", "dekh ke man khush ho gaya", "mein zabardast kaam hua hai", "ki tareef har koi kar raha hai"]),
  "neutral": (["ke baare mein kal meeting hui thi", "par agle hafte charcha hogi", "ki jaankari mandal ko de di hai", "ka survey chal raha hai", "ke liye form bhara gaya hai", "ki list bana rahe hain", "ke baare mein abhi kuch kehna mushkil hai", "par baat chal rahi hai"],
              ["ki report bhej di gayi hai", "ke baare mein sochna padega", "ka hisab abhi baaki hai", "par sarpanch ji se baat karni hai"])},
 "hi": {
  "negative": (["की हालत बहुत खराब है", "पर कोई ध्यान नहीं देता", "को लेकर लोग बहुत नाराज़ हैं", "का कोई काम नहीं हुआ", "से हम लोग परेशान हैं", "की शिकायत कई बार की, कुछ नहीं हुआ", "बिल्कुल बेकार है", "में बहुत दिक्कत है"],
               ["का हाल बुरा है, कोई सुनता नहीं", "की वजह से सब दुखी हैं", "पूरी तरह फेल हो गया है", "को लेकर गुस्सा बढ़ रहा है"]),
  "positive": (["बहुत अच्छा चल रहा है", "में काफ़ी सुधार हुआ है", "से सब लोग खुश हैं", "का काम बढ़िया हुआ", "की व्यवस्था अब ठीक हो गई है", "शानदार है, धन्यवाद", "से बहुत फ़ायदा हुआ", "अब पहले से बेहतर है"],
               ["एकदम मस्त चल रहा है", "देखकर मन खुश हो गया", "में ज़बरदस्त काम हुआ है", "की तारीफ़ हर कोई कर रहा है"]),
  "neutral": (["के बारे में कल बैठक हुई थी", "पर अगले हफ़्ते चर्चा होगी", "की जानकारी मंडल को दे दी है", "का सर्वे चल रहा है", "के लिए फ़ॉर्म भरा गया है", "की सूची बना रहे हैं", "के बारे में अभी कुछ कहना मुश्किल है", "पर बात चल रही है"],
              ["की रिपोर्ट भेज दी गई है", "के बारे में सोचना पड़ेगा", "का हिसाब अभी बाकी है", "पर सरपंच जी से बात करनी है"])},
 "en": {
  "negative": (["is in very bad shape", "is ignored by everyone", "has made people very angry", "has not improved at all", "is a big problem for us", "- we complained many times, nothing happened", "is useless", "is causing a lot of trouble"],
               ["is terrible and nobody listens", "has left everyone upset", "has completely failed", "is making people furious"]),
  "positive": (["is going very well", "has improved a lot", "has made everyone happy", "was done really well", "is finally working properly", "is excellent, thank you", "has helped us a lot", "is better than before"],
               ["is going great", "made us really glad", "has seen wonderful work", "is praised by everyone"]),
  "neutral": (["was discussed in yesterday's meeting", "will be discussed next week", "- details were sent to the mandal", "- the survey is going on", "- forms have been filled", "- we are preparing the list", "- hard to say anything yet", "is being discussed"],
              ["- the report has been sent", "needs some thought", "- accounts are still pending", "- we need to talk to the sarpanch"])},
}

N = {  # lines without a theme: lang -> sentiment -> (train, test)
 "hi-Latn": {
  "positive": (["sab badhiya hai ji", "bahut accha laga aapse baat karke", "dhanyavaad, sab theek chal raha hai", "haan ji sab mast hai", "party ka kaam accha ho raha hai", "bahut khushi hui"],
               ["sab kuch zabardast hai bhai", "aapka bahut shukriya, accha lag raha hai"]),
  "negative": (["kuch theek nahi chal raha", "bahut bura haal hai yahan", "koi sunne wala nahi hai", "sab bekar hai ji", "log bahut naraz hain", "kuch nahi badla"],
               ["yahan sab gadbad hai, koi puchta nahi", "bahut nirasha hai bhai"]),
  "neutral": (["haan ji", "baad mein bataunga", "abhi bahar hoon", "kal baat karte hain", "theek hai, form bhar diya", "ok ji"],
              ["shaam ko call karta hoon", "abhi yaad nahi, dekh ke batata hoon"])},
 "hi": {
  "positive": (["सब बढ़िया है जी", "आपसे बात करके बहुत अच्छा लगा", "धन्यवाद, सब ठीक चल रहा है", "हाँ जी सब मस्त है", "पार्टी का काम अच्छा हो रहा है", "बहुत खुशी हुई"],
               ["सब कुछ ज़बरदस्त है भाई", "आपका बहुत शुक्रिया, अच्छा लग रहा है"]),
  "negative": (["कुछ ठीक नहीं चल रहा", "यहाँ बहुत बुरा हाल है", "कोई सुनने वाला नहीं है", "सब बेकार है जी", "लोग बहुत नाराज़ हैं", "कुछ नहीं बदला"],
               ["यहाँ सब गड़बड़ है, कोई पूछता नहीं", "बहुत निराशा है भाई"]),
  "neutral": (["हाँ जी", "बाद में बताऊँगा", "अभी बाहर हूँ", "कल बात करते हैं", "ठीक है, फ़ॉर्म भर दिया", "ओके जी"],
              ["शाम को फ़ोन करता हूँ", "अभी याद नहीं, देखकर बताता हूँ"])},
 "en": {
  "positive": (["everything is fine here", "really nice talking to you", "thank you, all good", "yes, things are great", "party work is going well", "very happy with it"],
               ["all is wonderful, brother", "thanks a lot, feeling good about it"]),
  "negative": (["nothing is working here", "things are really bad", "nobody listens to us", "everything is useless", "people are very angry", "nothing has changed"],
               ["it is a mess here and no one cares", "very disappointed"]),
  "neutral": (["yes", "will tell you later", "I am outside right now", "let us talk tomorrow", "ok, filled the form", "noted"],
              ["I will call in the evening", "don't remember, will check and tell you"])},
}

EXTRA_T = {  # more training topics: words workers use, in other phrasings than the test topics
 "organisation_strength": {"hi-Latn": ["committee ke members", "ward star ki samiti", "booth ki team"], "hi": ["कमेटी के मेंबर", "वार्ड स्तर की समिति", "बूथ की टीम"], "en": ["committee members", "the ward committee", "the booth team"]},
 "training": {"hi-Latn": ["app ki training", "pichhla training shivir", "voter list ka prashikshan"], "hi": ["ऐप की ट्रेनिंग", "पिछला प्रशिक्षण शिविर", "मतदाता सूची का काम सिखाना"], "en": ["app training", "the previous training camp", "training on voter lists"]},
 "leadership": {"hi-Latn": ["gram pradhan", "block ke neta", "zila netritva"], "hi": ["ग्राम प्रधान", "ब्लॉक के नेता", "जिला नेतृत्व"], "en": ["the village pradhan", "the block leaders", "the district leaders"]},
 "communication_with_leaders": {"hi-Latn": ["whatsapp par sandesh ka jawab", "karyalay se sampark", "netaon se mulakat"], "hi": ["व्हाट्सऐप पर संदेश का जवाब", "कार्यालय से संपर्क", "नेताओं से मुलाकात"], "en": ["answers to our whatsapp messages", "contact with the office", "meetings with leaders"]},
 "inclusion": {"hi-Latn": ["dalit samaj", "naujawano ka judna", "behno ki bhagidari"], "hi": ["दलित समाज", "नौजवानों का जुड़ना", "बहनों की भागीदारी"], "en": ["the dalit community", "young members joining", "women members"]},
 "roads": {"hi-Latn": ["road ke gaddhe", "highway ka rasta", "kacchi sadak"], "hi": ["रोड के गड्ढे", "हाईवे वाला रास्ता", "कच्ची सड़क"], "en": ["road potholes", "the highway", "the mud road"]},
 "water": {"hi-Latn": ["nal ka paani", "talab", "paani ki supply line"], "hi": ["नल का पानी", "तालाब", "पानी की पाइपलाइन"], "en": ["tap water", "the village pond", "the water pipeline"]},
 "electricity": {"hi-Latn": ["bijli katauti", "bijli ka meter", "gaon ki light"], "hi": ["बिजली कटौती", "बिजली का मीटर", "गाँव की लाइट"], "en": ["power cuts", "the electricity meter", "village power"]},
 "jobs": {"hi-Latn": ["sarkari naukri", "majdoori", "padhe likhe yuvaon ka kaam"], "hi": ["सरकारी नौकरी", "मजदूरी", "पढ़े लिखे युवाओं का काम"], "en": ["government jobs", "daily wages", "work for educated youth"]},
 "local_issues": {"hi-Latn": ["anganwadi", "dawai", "nali"], "hi": ["आंगनवाड़ी", "दवाई", "नाली"], "en": ["the anganwadi", "medicines", "the drain"]},
}
EXTRA_P = {
 "hi-Latn": {"negative": ["se sab dukhi hain", "fail ho gaya", "ko lekar bahut gussa hai", "ka bura haal hai"], "positive": ["mast hai", "dekh kar khushi hui", "zabardast hai", "ki sab tareef karte hain"], "neutral": ["ki report banani hai", "par sochna hoga", "ka hisab kitab dekhna hai", "par pradhan ji se baat hogi"]},
 "hi": {"negative": ["से सब दुखी हैं", "फेल हो गया", "को लेकर बहुत गुस्सा है", "का बुरा हाल है"], "positive": ["मस्त है", "देखकर खुशी हुई", "ज़बरदस्त है", "की सब तारीफ़ करते हैं"], "neutral": ["की रिपोर्ट बनानी है", "पर सोचना होगा", "का हिसाब किताब देखना है", "पर प्रधान जी से बात होगी"]},
 "en": {"negative": ["has upset everyone", "failed", "has made people furious", "is terrible"], "positive": ["is great", "made us glad", "is wonderful", "is praised"], "neutral": ["- a report is to be made", "needs thinking", "- accounts to be checked", "- will talk to the pradhan"]},
}
for _theme, _langs in EXTRA_T.items():
    for _lang, _topics in _langs.items():
        T[_theme][_lang][0].extend(_topics)
for _lang, _sents in EXTRA_P.items():
    for _sent, _preds in _sents.items():
        P[_lang][_sent][0].extend(_preds)

OPEN = {"hi-Latn": ["", "", "haan ji, ", "ji ", "sir ", "bhai sahab, ", "dekhiye, ", "hamare yahan ", "namaste ji, "],
        "hi": ["", "", "जी, ", "हाँ जी, ", "भाई साहब, ", "देखिए, ", "हमारे यहाँ ", "नमस्ते जी, "],
        "en": ["", "", "sir, ", "well, ", "honestly ", "in our area ", "hello, "]}
CLOSE = {"hi-Latn": {"negative": ["", "", " kripya dhyan dein", " jaldi kuch kijiye", " 🙏"], "positive": ["", "", " dhanyawad", " 👍", " 🙏"], "neutral": ["", "", ".", " ji"]},
         "hi": {"negative": ["", "।", " कृपया ध्यान दें।", " जल्दी कुछ करिए", " 🙏"], "positive": ["", "।", " धन्यवाद।", " 👍", " 🙏"], "neutral": ["", "।", " जी"]},
         "en": {"negative": ["", ".", " please look into it", " do something soon!", " 🙏"], "positive": ["", ".", " thanks", " 👍"], "neutral": ["", ".", " ok"]}}
AND = {"hi-Latn": [" aur ", ", aur ", ", "], "hi": [" और ", ", और ", "। "], "en": [" and ", ", and ", ". "]}

OTHER = ["Bonjour, la route du village est en très mauvais état", "Merci beaucoup pour la formation d'hier",
         "El agua potable no llega a nuestro pueblo desde hace semanas", "La reunión del comité fue muy buena",
         "Die Straße im Dorf ist seit Monaten kaputt", "Wir brauchen mehr Schulungen für neue Mitglieder",
         "A estrada da aldeia está muito ruim", "La strada del villaggio è piena di buche",
         "আমাদের গ্রামের রাস্তা খুব খারাপ", "বুথ কমিটির মিটিং ভালো হয়েছে",
         "ہمارے گاؤں میں پانی کی بہت کمی ہے", "بوتھ کمیٹی کی میٹنگ اچھی رہی",
         "எங்கள் கிராமத்தில் சாலை மிகவும் மோசமாக உள்ளது", "ਸਾਡੇ ਪਿੰਡ ਵਿੱਚ ਬਿਜਲੀ ਨਹੀਂ ਆਉਂਦੀ",
         "અમારા ગામમાં પાણીની સમસ્યા છે", "Дорога в деревне очень плохая"]

SENTS = ["positive", "negative", "neutral"]


def typo(rng, s, lang):
    if lang == "hi" or rng.random() > 0.2 or len(s) < 8:
        return s
    i = rng.randrange(1, len(s) - 1)
    if not s[i].isalpha():
        return s
    op = rng.randrange(3)
    return s[:i] + s[i + 1:] if op == 0 else s[:i] + s[i] + s[i:] if op == 1 else s[:i] + s[i + 1] + s[i] + s[i + 2:]


def line(rng, lang, split, themes, sent):
    parts = []
    preds = rng.sample(P[lang][sent][split], len(themes))
    for theme, pred in zip(themes, preds):
        topic = rng.choice(T[theme][lang][split])
        parts.append(f"{topic} {pred}".replace(" -", ":"))
    text = parts[0] if len(parts) == 1 else rng.choice(AND[lang]).join(parts)
    text = rng.choice(OPEN[lang]) + text + rng.choice(CLOSE[lang][sent])
    if lang != "hi" and rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    return typo(rng, text, lang)


def compose(split, per_theme, pairs, rng):
    rows, seen = [], set()
    s = 0 if split == 0 else 1
    for lang in ["hi", "hi-Latn", "en"]:
        names = list(T)
        for theme in names:
            made = 0
            while made < per_theme:
                sent = SENTS[(made + names.index(theme)) % 3]
                themes = [theme]
                if made < pairs:
                    themes.append(rng.choice([t for t in names if t != theme]))
                text = line(rng, lang, s, themes, sent)
                if text not in seen:
                    seen.add(text)
                    rows.append((lang, sent, sorted(themes), text))
                    made += 1
        for sent in SENTS:
            for base in N[lang][sent][s]:
                for _ in range(2 if s == 0 else 1):
                    text = rng.choice(OPEN[lang]) + base + rng.choice(CLOSE[lang][sent])
                    if text not in seen:
                        seen.add(text)
                        rows.append((lang, sent, [], text))
    rng.shuffle(rows)
    return rows


def write(name, rows):
    with open(name, "w", encoding="utf-8") as f:
        for label, text in rows:
            f.write(f"{label}\t{text}\n")


if __name__ == "__main__":
    rng = random.Random(20250601)
    for split, (per_theme, pairs) in {"train": (44, 12), "test": (12, 4)}.items():
        rows = compose(0 if split == "train" else 1, per_theme, pairs, rng)
        write(f"sentiment-{split}.tsv", [(s, t) for _, s, _, t in rows])
        write(f"themes-{split}.tsv", [(",".join(th) or "none", t) for _, _, th, t in rows])
        lang_rows = [(l, t) for l, _, _, t in rows]
        if split == "train":
            lang_rows = [(l, t) for l, t in lang_rows if l != "hi"]
        else:
            lang_rows += [("other", t) for t in OTHER]
        write(f"language-{split}.tsv", lang_rows)

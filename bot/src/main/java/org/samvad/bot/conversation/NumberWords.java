package org.samvad.bot.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Numbers from 0 to 100 written as words: Hindi in Devanagari (each of 1 to 100 is its
 * own word, with common spellings), romanized Hindi (ek, paanch, pachees, sau) and
 * English (twenty five, twenty-five, one hundred). A spelling that two numbers share
 * once folded is left out, so it is asked again rather than guessed.
 */
final class NumberWords {

    /** Index is the number; variants are separated by slashes. */
    private static final String[] HINDI = {
        "शून्य/सुन्न", "एक", "दो", "तीन", "चार", "पाँच/पांच/पाच", "छह/छः/छै/छे/छ", "सात", "आठ", "नौ", "दस",
        "ग्यारह/ग्यारा", "बारह/बारा", "तेरह/तेरा", "चौदह/चौदा", "पंद्रह/पन्द्रह/पंद्रा", "सोलह/सोला", "सत्रह/सतरह/सत्रा",
        "अठारह/अट्ठारह/अठारा", "उन्नीस/उन्निस", "बीस/बिस",
        "इक्कीस/इक्किस", "बाईस/बाइस", "तेईस/तेइस", "चौबीस/चौबिस", "पच्चीस/पच्चिस/पचीस", "छब्बीस/छब्बिस",
        "सत्ताईस/सत्ताइस", "अट्ठाईस/अट्ठाइस/अठाईस", "उनतीस/उन्तीस", "तीस",
        "इकतीस/इकत्तीस", "बत्तीस", "तैंतीस/तेंतीस/तैंतिस", "चौंतीस/चौतीस", "पैंतीस/पैतीस", "छत्तीस", "सैंतीस/सैतीस",
        "अड़तीस", "उनतालीस/उन्तालीस", "चालीस",
        "इकतालीस", "बयालीस/ब्यालीस", "तैंतालीस/तेंतालीस", "चवालीस/चौवालीस/चौंवालीस", "पैंतालीस/पैतालीस",
        "छियालीस", "सैंतालीस/सैतालीस", "अड़तालीस", "उनचास/उन्चास", "पचास",
        "इक्यावन/इकावन", "बावन", "तिरेपन/तिरपन", "चौवन/चौव्वन", "पचपन", "छप्पन", "सत्तावन", "अट्ठावन", "उनसठ",
        "साठ",
        "इकसठ", "बासठ", "तिरसठ", "चौंसठ/चौसठ", "पैंसठ/पैसठ", "छियासठ", "सड़सठ/सरसठ", "अड़सठ", "उनहत्तर",
        "सत्तर",
        "इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर", "सतहत्तर", "अठहत्तर", "उन्यासी/उनासी",
        "अस्सी",
        "इक्यासी", "बयासी", "तिरासी", "चौरासी", "पचासी", "छियासी", "सत्तासी", "अट्ठासी", "नवासी/नौवासी", "नब्बे",
        "इक्यानवे/इक्यानबे", "बानवे/बानबे", "तिरानवे/तिरानबे", "चौरानवे/चौरानबे", "पचानवे/पचानबे",
        "छियानवे/छियानबे", "सत्तानवे/सत्तानबे", "अट्ठानवे/अट्ठानबे", "निन्यानवे/निन्यानबे/निनानवे", "सौ/एक सौ",
    };

    private static final String[] ROMANIZED = {
        "shunya/shoonya/sunya", "ek/ik/aek", "do/doo", "teen/tin", "char/chaar/chaar", "paanch/panch/pach/paach",
        "chhe/chhah/che/chah/chhey/chhah", "saat/sat", "aath/ath", "nau/nou", "das/dus/dass",
        "gyarah/gyaarah/gyara/gyaara", "barah/baarah/bara/baara", "terah/tera", "chaudah/chauda/chodah/choudah",
        "pandrah/pandra/pandreh", "solah/sola", "satrah/satra/sattrah", "atharah/athara/attharah/athaarah",
        "unnis/unees/unnees/unis", "bees/bis",
        "ikkis/ikkees/ikis", "bais/baees/baais/bayees", "teis/teees/teyis/taees", "chaubis/chaubees/choubees/chobis",
        "pachis/pachees/pachchees/pacchis/pachchis", "chhabbis/chabbees/chhabbees/chabbis", "sattais/sattaees",
        "atthais/athaees/atthaees/athais", "untis/untees", "tees/tis",
        "iktis/iktees/ikattees/ikattis", "battis/battees", "taintis/taintees/tentees/tentis",
        "chauntis/chauntees/chontees/chontis", "paintis/paintees/pentees/pentis", "chhattis/chattees/chhattees/chattis",
        "saintis/saintees/sentees", "adtis/adtees/artees/artis/adatis", "untalis/untalees/untaalis", "chalis/chalees",
        "iktalis/iktalees/iktaalis", "bayalis/bayalees/byalis/byalees", "taintalis/taintalees/tentalis",
        "chawalis/chavalees/chauvalis/chauwalis/chavalis", "paintalis/paintalees/pentalis", "chhiyalis/chhiyalees/chiyalis",
        "saintalis/saintalees/sentalis", "adtalis/adtalees/artalis", "unchas/unchaas", "pachas/pachaas",
        "ikyavan/ikyawan/ikyaavan/ikavan", "baavan/bavan/bawan", "tirepan/tirpan", "chauvan/chauwan/chauvvan",
        "pachpan", "chhappan/chappan", "sattavan/sattawan", "atthavan/atthawan/athavan", "unsath/unsaath",
        "saath/sath",
        "iksath/iksaath", "baasath/basath", "tirsath/tirsaath", "chaunsath/chausath/chonsath", "painsath/paisath/pensath",
        "chhiyasath/chiyasath", "sadsath/sarsath", "adsath/arsath", "unhattar/unhatar", "sattar/satar",
        "ikhattar/ikahattar", "bahattar/bahatar", "tihattar/tihatar", "chauhattar/chohattar", "pachhattar/pachattar",
        "chhihattar/chihattar", "sathattar/satattar/satahattar", "athhattar/athattar", "unasi/unaasi/unyasi",
        "assi/asi",
        "ikyasi/ikyaasi", "bayasi/byasi/bayaasi", "tirasi/tiraasi", "chaurasi/chauraasi", "pachasi/pachaasi",
        "chhiyasi/chiyasi", "sattasi/sattaasi", "atthasi/atthaasi", "navasi/nawasi/nawaasi", "nabbe/nabe",
        "ikyanve/ikyaanve/ikyanbe", "baanve/banve/baanbe", "tiranve/tiraanve", "chauranve/chauraanve",
        "pachanve/pachaanve", "chhiyanve/chhiyaanve/chiyanve", "sattanve/sattaanve", "atthanve/atthaanve",
        "ninyanve/ninyaanve/ninanve", "sau/ek sau",
    };

    private static final String[] ENGLISH_UNITS = {
        "zero/nil/none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };
    private static final String[] ENGLISH_TENS = {
        "", "", "twenty", "thirty", "forty/fourty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };

    private static final Map<String, Integer> WORDS = build();

    private NumberWords() {
    }

    /** The number the words are, if they are one number from 0 to 100 and nothing else. */
    static OptionalInt value(String normalized) {
        Integer value = WORDS.get(Folding.key(normalized));
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** Whether the word is one of the number words (so a text with it is about a number). */
    static boolean isNumberWord(String word) {
        return WORDS.containsKey(Folding.key(word));
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> words = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (int n = 0; n <= 100; n++) {
            addAll(words, shared, HINDI[n], n);
            addAll(words, shared, ROMANIZED[n], n);
        }
        for (int n = 0; n < ENGLISH_UNITS.length; n++) {
            addAll(words, shared, ENGLISH_UNITS[n], n);
        }
        for (int tens = 2; tens <= 9; tens++) {
            for (String ten : ENGLISH_TENS[tens].split("/")) {
                add(words, shared, ten, tens * 10);
                for (int unit = 1; unit <= 9; unit++) {
                    for (String one : ENGLISH_UNITS[unit].split("/")) {
                        add(words, shared, ten + " " + one, tens * 10 + unit);
                        add(words, shared, ten + one, tens * 10 + unit);
                    }
                }
            }
        }
        for (String hundred : new String[] {"hundred", "one hundred", "a hundred", "hundred only"}) {
            add(words, shared, hundred, 100);
        }
        shared.forEach(words::remove);
        return Map.copyOf(words);
    }

    private static void addAll(Map<String, Integer> words, Set<String> shared, String variants, int value) {
        for (String variant : variants.split("/")) {
            add(words, shared, variant, value);
        }
    }

    private static void add(Map<String, Integer> words, Set<String> shared, String word, int value) {
        String key = Folding.key(Typing.normalize(word));
        Integer before = words.putIfAbsent(key, value);
        if (before != null && before != value) {
            shared.add(key);
        }
    }
}

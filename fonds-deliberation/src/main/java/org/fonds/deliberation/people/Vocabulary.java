package org.fonds.deliberation.people;

import java.util.Set;

/**
 * General words that are written with a capital but never name a person: months and days,
 * countries, peoples and their adjectives, bodies and offices. Hand-kept and general: no names of
 * people. The corpus adds its own such words (those it also writes in lower case).
 */
final class Vocabulary {
    private static final Set<String> WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "soviet", "soviets", "russia", "russian", "russians", "hungary", "hungarian", "hungarians", "poland", "polish",
            "poles", "china", "chinese", "yugoslavia", "yugoslav", "yugoslavs", "czechoslovakia", "czechoslovak", "czech",
            "slovak", "romania", "romanian", "rumania", "rumanian", "bulgaria", "bulgarian", "albania", "albanian",
            "germany", "german", "germans", "gdr", "frg", "ussr", "usa", "us", "america", "american", "americans",
            "england", "english", "britain", "british", "france", "french", "italy", "italian", "cuba", "cuban",
            "cubans", "korea", "korean", "vietnam", "viet", "vietnamese", "mongolia", "mongolian", "egypt", "egyptian",
            "israel", "israeli", "austria", "austrian", "turkey", "turkish", "japan", "japanese", "india", "indian",
            "ukraine", "ukrainian", "europe", "european", "asia", "asian", "africa", "african", "latin", "western",
            "eastern", "moscow", "budapest", "warsaw", "prague", "berlin", "bucharest", "sofia", "belgrade", "beijing",
            "peking", "havana", "washington", "london", "paris", "vienna", "kiev", "tirana", "hanoi", "pyongyang",
            "union", "republic", "people", "peoples", "party", "committee", "central", "presidium", "politburo",
            "council", "ministry", "ministers", "government", "army", "embassy", "congress", "plenum", "bureau",
            "secretariat", "department", "state", "states", "united", "nations", "national", "security", "archive",
            "archives", "library", "university", "institute", "press", "bulletin", "documents", "document", "history",
            "cold", "war", "international", "project", "communist", "communists", "socialist", "workers", "worker",
            "democratic", "federal", "revolutionary", "revolution", "radio", "pact", "treaty", "declaration",
            "god", "lord", "christ", "marxism", "leninism", "stalinism", "titoism", "comintern", "cominform",
            "kgb", "mvd", "nkvd", "cc", "cpsu", "hwp", "hswp", "puwp", "sed", "cpcz", "un", "nato", "urss", "cia",
            "fbi", "mfa", "frus", "wcda", "nsa", "cwihp", "rgani", "aprf", "tsk", "kpss", "ii", "iii", "iv", "vi",
            // words that open sentences, headings and field labels
            "the", "a", "an", "and", "or", "but", "if", "of", "in", "on", "at", "to", "by", "for", "from", "with",
            "without", "about", "after", "before", "during", "under", "over", "between", "against", "among", "as",
            "so", "then", "than", "this", "that", "these", "those", "there", "here", "it", "he", "she", "we", "they",
            "you", "his", "her", "our", "their", "my", "your", "its", "who", "what", "when", "where", "why", "how",
            "not", "no", "yes", "all", "both", "each", "every", "some", "any", "other", "another", "such", "only",
            "also", "even", "still", "yet", "now", "later", "today", "yesterday", "tomorrow", "new", "old", "great",
            "first", "second", "third", "last", "next", "dear", "mister", "la", "le", "les", "el", "los", "las",
            "der", "die", "das", "von", "van", "summary", "source", "sources", "present", "absent", "subject",
            "place", "date", "dates", "interpreter", "recorder", "participating", "participants", "body", "contents",
            "citation", "note", "notes", "original", "classification", "count", "number", "type", "decision",
            "discussion", "release", "creation", "publication", "sequence", "case", "content", "extract", "excerpt",
            "excerpts", "minutes", "translation", "translated", "attendees", "distribution", "top", "secret",
            "confidential", "memorandum", "conversation", "telegram", "letter", "report", "speech", "record",
            "appendix", "attachment", "enclosure", "copy", "copies", "page", "ibid", "briefing", "information",
            "question", "questions", "situation", "resolution", "protocol", "item", "items", "point", "agenda",
            "chaired", "signed", "recorded", "prepared", "making", "prohibited", "commission", "military",
            "meeting", "session", "working", "transcript", "stenographic", "draft", "language", "author", "min",
            "sb", "director", "directory", "deputy", "candidate", "aid", "economic", "cooperation", "ceremonies",
            "marking", "mediating", "television", "corps", "staff", "assembly", "publishers", "publisher", "evidence",
            "archival", "quarterly", "vol", "volume", "smallholders", "independent", "subsequently", "affirm", "aus",
            "special", "allied", "review", "journal", "studies", "edition", "series", "fragments", "fragment", "text",
            "excerpted", "abridged", "unofficial", "official", "translator", "translators", "editor", "editors",
            "strictly", "urgent", "personal", "eyes", "classified", "everyone", "everybody", "nobody", "someone",
            "somebody", "anyone", "anybody", "crisis", "missile", "missiles", "affair", "incident",
            // FRUS's file lines ("Marshall Mission Files, Lot 54–D270"), a title used as a name ("the
            // Generalissimo"), offices and the archive page's own field names ("Associated Places")
            "files", "lot", "generalissimo", "affairs", "invited", "associated", "places", "subjects", "discussed",
            "rights", "advisor", "adviser", "administrator", "heads",
            // a transcript's labels for who chairs and who attends, and the room's "Voices." and "Votes:" (probe 19)
            "attending", "chairing", "voices", "votes",
            // a telegram's abbreviated months ("received by President Johnson Dec 18", "in Cairo Dec 9": FRUS's
            // telegrams of the 1960s) and the adverbs that open its sentences ("However, Nasser ...", "Since
            // Birdsall visit ...") made people "Dec", "Cairo Dec", "However", "Since Birdsall" (people29). "Jan",
            // "Mar", "Jun" and "Jul" stay out: Jan is a given name, and the others end Chinese and Korean syllables
            "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "however", "since", "moreover", "meanwhile",
            "therefore", "thus", "nevertheless", "furthermore",
            // the offices a participant list writes after a name and a comma ("Vasiliy G. Makarov, Chef de Cabinet
            // to the Minister", "Viktor M. Sukhodrev, Counsellor, Second European Department", "Yuriy E. Fokin,
            // Special Assistant to the Minister", "Han Xu, MFA Protocol Department Acting Director": FRUS's
            // memoranda of 1969-76, the Romanian party's minutes): an item beside a person, each was learnt as a
            // surname (people29)
            "assistant", "acting", "chef", "collegium", "counsellor", "counselor", "member", "members",
            // and "Brigadier Hikmat Shihabi, Chief of Army Intelligence" (FRUS 1969-76's participants: people30)
            "chief",
            // peoples a telegram lists before a plural office ("US, UK, French, Greek and Turk Ambassadors": FRUS's
            // telegrams of the 1950s), the plural offices themselves ("the Foreign Secretaries") and a meeting's
            // word after the names it joins ("Shultz-Shevardnadze Plenary": FRUS 1981-88): each was a person (people30)
            "greek", "greece", "greeks", "turk", "turks", "syria", "syrian", "syrians", "arab", "arabs", "iran", "iranian",
            "iraq", "iraqi", "spain", "spanish", "canada", "canadian", "swiss", "swedish", "dutch", "belgian",
            "portuguese", "persian", "balkan", "balkans", "ambassadors", "secretaries", "plenary",
            // "the Director of Central Intelligence (Dulles)" (FRUS 1955-57) made a person "Intelligence" (people31)
            "intelligence",
            // a participle that opens a sentence before a minutes' verb ("Having noted that all members ...": a
            // Soviet ambassador's journal) was a person "Having" (people31)
            "having", "being");
    /** Words that make a run of capitalised words the name of a body or a place, never a person. */
    private static final Set<String> NOT_PERSON = Set.of("foundation", "corporation", "family", "fund", "trust",
            "center", "centre", "society", "association", "company", "agency", "services", "service", "hall",
            "theater", "theatre", "bay", "lake", "river", "street", "square", "house", "cross", "island", "islands",
            "sea", "ocean", "mountains", "oblast", "region", "province", "district", "county", "city", "town",
            "bridge", "palace", "hotel", "station", "airport", "port", "school", "college", "academy", "museum",
            "church", "cathedral", "prize", "award", "avenue", "road", "canal", "gulf", "straits", "strait",
            "peninsula", "park", "prospekt", "ulitsa", "utca", "ter", "kremlin", "agreement", "conference",
            "revolucion", "archiv", "arkhiv", "tsentr", "fond", "fonds", "opis", "delo", "papka", "newspaper",
            "times", "post", "herald", "tribune", "pravda", "izvestiia", "izvestiya", "nep", "radio", "council",
            "committee", "presidium", "politburo", "congress", "plenum", "bureau", "secretariat", "ministry",
            "government", "party", "army", "union", "republic", "embassy", "department", "front", "directorate",
            "administration", "office", "parliament", "assembly", "corps", "staff", "commission", "commissions",
            "committees",
            // Hungarian bodies as translators leave them: "Allam-Vedelmi Osztaly", "Vedelmi Hatosag"
            "osztaly", "hatosag", "hivatal", "bizottsag",
            // the units of a ministry or an embassy after a name's office ("Chief, USA Division", "Foreign
            // Relations Division Chief", "the U.S. Interests Section of the Spanish Embassy": people29)
            "division", "section",
            // the armed services and alliances whose names were read as people's ("Air Force Chief of Staff", "Civil
            // Air Fleet", "Balkan Alliance", "Trade Unions": FRUS's participant lists and telegrams, the Polish
            // minutes, a Chinese record of conversation; people29 and people30)
            "force", "forces", "fleet", "alliance", "unions",
            // the powers counted as one ("the Big Three": a FRUS telegram from Cairo, 1956, and a Soviet record of
            // conversation with India's ambassador, 1958), the agreements named for a place ("the Geneva Accords":
            // a Soviet record of conversation with Ho Chi Minh, 1957), a French school ("the Ecole Alsacienne":
            // FRUS 1955-57) and the officers of a service ("Support Officers": a CIA morning meeting): each was a
            // person (people31)
            "two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "accords", "accord",
            "agreements", "ecole", "lycee", "gymnasium", "officers", "officials");

    private Vocabulary() {
    }

    static boolean general(String folded) {
        return WORDS.contains(folded) || NOT_PERSON.contains(folded);
    }

    /** True when a general word begins with {@code prefix}: "yug" (Yugoslavia), "mosc" (Moscow). */
    static boolean begins(String prefix) {
        String next = SORTED.higher(prefix);
        return next != null && next.startsWith(prefix);
    }

    private static final java.util.TreeSet<String> SORTED = new java.util.TreeSet<>();

    static {
        SORTED.addAll(WORDS);
        SORTED.addAll(NOT_PERSON);
    }

    /** True for a word that makes its run a body or a place ("Red Cross", "Leon Levy Foundation"). */
    static boolean notPerson(String folded) {
        return NOT_PERSON.contains(folded);
    }
}

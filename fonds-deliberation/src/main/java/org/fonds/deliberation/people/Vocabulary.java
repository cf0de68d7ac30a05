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
            "fbi", "mfa", "frus", "wcda", "nsa", "cwihp", "rgani", "aprf", "tsk", "kpss", "ii", "iii", "iv", "vi");

    private Vocabulary() {
    }

    static boolean general(String folded) {
        return WORDS.contains(folded);
    }
}

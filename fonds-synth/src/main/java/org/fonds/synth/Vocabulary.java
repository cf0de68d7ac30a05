package org.fonds.synth;

import java.util.List;

/**
 * The fictional world the synthetic records are written in: invented people, councils, archives,
 * places and sentences. Nothing here is taken from a real document. Sentences are chosen so that
 * they hold no dates, note numbers or attributions by accident: those are placed deliberately.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    static final List<String> SURNAMES = List.of("Varenko", "Dolgin", "Terekhin", "Maslova", "Kurbatov", "Lindqvist",
            "Orlovsky", "Petrash", "Sabirov", "Tamberg", "Ulmanis", "Vesnin", "Yakunin", "Zorich", "Belsky", "Chernykh",
            "Danilova", "Efremov", "Golub", "Hradek", "Ilyin", "Jarosz", "Kárász", "Lukács", "Mészöly", "Novák", "Ostrava",
            "Pálffy", "Rusnák", "Sedlák", "Tóthné", "Urbán", "Vámos", "Weiss", "Zöldi", "Almásy", "Bérczi", "Csorba",
            "Dörner", "Erdős", "Fodor", "Gáll", "Halmi", "Iványi", "Jóna", "Kovách", "Lengyel", "Mádl", "Nyiri", "Ormos");

    static final List<String> COUNCILS = List.of("Harbor Council Presidium", "Presidium of the Veldor Central Committee",
            "Council of the Northern Union", "Standing Bureau of the Aven Assembly", "Presidium of the Lakeside Committee");

    static final List<String> REPOSITORIES = List.of("Northfield Digital Archive", "Lakeside Institute Digital Archive",
            "Program on Modern History Digital Archive", "Meridian Center Digital Archive");

    /** Archive acronyms for archival references, as in Russian-style citations. */
    static final List<String> ARCHIVES = List.of("GAVR", "TsANO", "RGAKO", "APVR", "TsGAM", "AVPN");

    static final List<String> JOURNALS = List.of("Harbor History Bulletin", "Northfield Review", "Journal of Veldor Studies",
            "Aven Quarterly");

    static final List<String> LANGUAGES = List.of("Russian", "Hungarian", "Polish", "Czech", "German");

    static final List<String> PLACES = List.of("Veldor", "Port Aven", "Lakeside", "Northfield", "Ostmark", "Drava Bay");

    static final List<String> TOPICS = List.of("the Situation in %s", "the Grain Deliveries to %s",
            "the Harbor Question in %s", "Measures Concerning %s", "the Railway Strike in %s");

    /** Sentences of speech; %s is a place. None starts with a heading word (On, About, ...). */
    static final List<String> SPEECH = List.of(
            "The situation in %s has become more difficult.", "We must act carefully and without haste.",
            "The workers support the new committee.", "There is no unity inside the leadership.",
            "We should send a delegation to %s at once.", "Reports from %s are alarming.",
            "The army must not be drawn into this.", "I don't agree that we should wait.",
            "Everything depends on the next few days.", "The declaration should be short and clear.",
            "We cannot allow %s to leave our camp.", "The harbor workers are on strike again.",
            "It is better now to support the existing committee.", "Decisive measures are needed.",
            "The press in %s is hostile to us.", "We must establish order by political means.",
            "The question must be considered at the plenum.", "Agrees with the previous speaker.",
            "The ministers are asking for instructions.", "Relations must be built on an equal basis.");

    /** Sentences of translator's notes; %s is a place. */
    static final List<String> NOTE = List.of(
            "The protocol for this session has not been found.", "Presumably the speaker refers to the events in %s.",
            "It is unclear precisely who is meant here.", "This is how the sentence reads in the original.",
            "The delegation returned from %s the same evening.", "The name is misspelled in the original notes.",
            "Most likely there is an omission in the text.", "The decision was later confirmed by the full committee.",
            "The reference is to the railway strike in %s.", "Several pages of the file are out of sequence.");

    /** Lowercase words a note may put in italics, as translators do with transliterated terms. */
    static final List<String> TERMS = List.of("obsuzhdenie", "infra", "supra", "sic", "nomenklatura", "aktiv");

    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
}

package org.fonds.parse.session;

import java.util.Set;

/**
 * Words that open a point of minutes or notes as its topic, never as its speaker: "Korea: the delegation …",
 * "On Hungary: …", "Reference: Legtel 50" (a telegram's), "NATO:" (a memorandum's), "Spravka:" (a Soviet note's "information"). The
 * countries, regions and capitals Cold War records discuss stand here because "Korea:" has the shape of
 * "Munnich:"; a speaker whose family name is a country's is rarer than a point headed by the country.
 */
final class Topics {
    private static final Set<String> WORDS = Set.of(
            "Reference", "References", "Spravka", "Destination", "Background", "Assessment", "Recommendation",
            "Recommendations", "Comment", "Action", "Subject", "Matter", "Matters", "Issue", "Issues",
            // countries, regions and cities that head a point
            "Korea", "Germany", "Hungary", "Poland", "China", "Cuba", "Vietnam", "Laos", "Cambodia", "Berlin", "Japan",
            "Yugoslavia", "Albania", "Romania", "Rumania", "Bulgaria", "Czechoslovakia", "Austria", "India", "Egypt",
            "Suez", "Taiwan", "Formosa", "Indonesia", "Iran", "Iraq", "Congo", "Algeria", "Mongolia", "Finland", "France",
            "Italy", "Greece", "Turkey", "Britain", "England", "America", "USA", "USSR", "Africa", "Asia", "Europe",
            "Lebanon", "Syria", "Burma", "Pakistan", "Afghanistan", "Spain", "Portugal", "Sweden", "Norway", "Denmark",
            "Switzerland", "Belgium", "Netherlands", "Holland", "Canada", "Mexico", "Brazil", "Argentina", "Chile",
            "Angola", "Ethiopia", "Somalia", "Nicaragua", "Palestine", "Kampuchea", "Tibet", "Manchuria",
            "Geneva", "Vienna", "Moscow", "Washington", "Peking", "Beijing", "Warsaw", "Prague", "Budapest", "Bucharest",
            "Sofia", "Belgrade", "Tirana", "Pyongyang", "Seoul", "Hanoi", "Saigon", "Tokyo", "London", "Paris", "Bonn",
            // the alliances and bodies a memorandum of conversation takes point by point ("NATO: …", "UN: …")
            "NATO", "UN", "UNO", "SEATO", "CENTO", "OAS", "EDC", "EEC", "OEEC", "GATT", "IAEA", "WEU", "COMECON", "CMEA");

    private Topics() {
    }

    /** Whether {@code word} is a point's topic, not a speaker's name. */
    static boolean isTopic(String word) {
        return WORDS.contains(word);
    }
}

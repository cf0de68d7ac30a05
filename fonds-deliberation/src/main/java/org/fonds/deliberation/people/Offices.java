package org.fonds.deliberation.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fonds.deliberation.people.Runs.Run;

/**
 * A name beside an office says it is a person: "HWP leader Rakosi", "Italian communist, Palmiro
 * Togliatti", "Micunovic, the ambassador in Mosc.", "Imre Nagy, Hungarian prime minister". The
 * office words are general vocabulary, written in lower case (capitalised ones are titles).
 */
final class Offices {
    private static final Set<String> OFFICES = Set.of("ambassador", "minister", "secretary", "chairman", "president",
            "premier", "leader", "leaders", "chief", "head", "general", "marshal", "commander", "editor", "editors",
            "historian", "deputy", "communist", "official", "colonel", "officer", "journalist", "writer", "poet",
            "cardinal", "bishop", "envoy", "diplomat", "spokesman", "correspondent", "interpreter", "counsellor",
            "counselor", "attaché", "attache", "director", "scholar", "member", "functionary", "politician", "statesman",
            "prime", "king", "queen", "emperor", "pope", "chancellor", "senator", "governor", "professor", "comrade",
            "comrades", "dictator", "rebel", "insurgent", "memoirist", "translator", "premier's", "aide", "adviser",
            "advisor", "economist", "philosopher", "sinologist", "biographer", "friend", "representative");
    /** How far before or after a name its office may stand. */
    private static final int REACH = 50;
    private static final int WORDS_AFTER = 5;

    private Offices() {
    }

    static boolean office(String folded) {
        return OFFICES.contains(folded) || "member".equals(folded);
    }

    /** What only a person has: "Tsedenbal's diary", "Adenauer's government". */
    private static final Set<String> OWN = Set.of("diary", "diaries", "notes", "speech", "memoirs", "letter",
            "remarks", "report", "note", "words", "statement", "proposal", "message", "telegram", "article", "book",
            "account", "recollections", "government", "cabinet", "secretariat", "wife", "son", "daughter", "father",
            "mother", "brother", "death", "funeral", "resignation", "removal", "dismissal", "arrest", "execution",
            "behest", "clique",
            // "Kvitsinsky will speak with Genscher's representative", "Shevardnadze's representative Aboymov" (the
            // SED's minutes of 1989: people16 and people29), "Nixon's visit": a person sends one or pays it
            "representative", "representatives", "envoy", "aide", "deputy", "visit", "interpreter",
            // "the 85th anniversary of Lenin's birth" (a Soviet ambassador's journal, people31): only a person is born
            "birth", "birthday");

    /**
     * Words for what a person gives a name to, right after the name or before "of" and the name:
     * "the Rakosi clique", "the Stalin era", "the Rajk affair", "the clique of Ulbricht".
     */
    private static final Set<String> EPONYMS = Set.of("clique", "era", "affair");

    /** Verbs before "to" or "with" and a name: "I said to Gomulka", "Khrushchev had spoken with Gomulka". */
    private static final Set<String> ADDRESS = Set.of("said", "spoke", "spoken", "speaking", "talked", "talking",
            "wrote", "written", "complained", "replied", "explained", "promised", "met");

    /** Verbs only a person does, right after the name: "Rakosi said", "Rakosi would say". */
    private static final Set<String> SPEECH = Set.of("said", "says", "say", "stated", "states", "asked", "asks",
            "replied", "replies", "declared", "declares", "told", "tells", "proposed", "proposes", "believes",
            "believed", "thinks", "thought", "remarked", "answered", "answers", "insisted", "insists", "suggested",
            "suggests", "objected", "explained", "explains", "wrote", "writes", "recalled", "recalls", "spoke",
            "speaks", "emphasized", "stressed", "announced", "admitted", "warned", "demanded", "expressed",
            "promised", "criticized", "criticizes", "confirmed", "confirms", "agreed", "agrees", "argued", "argues",
            "complained", "responded", "responds", "assured", "informed", "reported", "resigned", "visited",
            // the verbs of a meeting's minutes that report what each member brought ("Godfrey noted ...", "Godfrey
            // observed ...", "Warner advised ...": the CIA's morning-meeting memoranda in CREST, people31)
            "noted", "observed", "advised", "commented", "cautioned", "urged", "mentioned");
    private static final Set<String> MODALS = Set.of("would", "will", "should", "can", "could", "must", "may",
            "might", "did", "does", "has", "had", "also", "then", "again", "himself", "herself");

    static boolean beside(String text, Run run) {
        return before(text, run.start()) || after(text, run.end()) || owns(text, run) || speaks(text, run.end())
                || eponym(text, run) || addressed(text, run.start()) || serves(text, run.end()) || lived(text, run.start())
                || bidden(text, run.start());
    }

    /**
     * Verbs whose object right after them is someone who is asked or told: "The Director asked Goodwin to
     * review the record" (the CIA's morning meetings), "what he had told Trevelyan and me" (a FRUS telegram
     * from Cairo, 1956): bare surnames that nothing else in those records marks (people31). Places and bodies
     * told something ("told Moscow") are general words and never reach here.
     */
    private static final Set<String> BIDDEN = Set.of("asked", "told", "urged", "instructed", "thanked", "reminded",
            "congratulated", "persuaded");

    private static boolean bidden(String text, int start) {
        return BIDDEN.contains(wordBefore(text, start, 0));
    }

    /**
     * What befalls only a person, before "of" and the name: "after death of Stalin" (a FRUS telegram of
     * 1955, which drops its articles), "the arrest of Rajk". The possessive ("Stalin's death") is {@link #owns}.
     */
    private static final Set<String> LIFE = Set.of("death", "funeral", "arrest", "execution", "resignation",
            "dismissal", "removal", "widow", "wife", "son", "daughter", "memoirs", "diary", "birth", "birthday");

    private static boolean lived(String text, int start) {
        return "of".equals(wordBefore(text, start, 0)) && LIFE.contains(wordBefore(text, start, 1));
    }

    /**
     * Offices that English prose writes before a surname as a title without being one of the
     * {@link PersonName#isTitle honorifics}: "USIA Director Wick", "USOM Chief Killen", "Interpreter
     * Sukhodrev" (FRUS's memoranda and telegrams). Words for groups ("Communist") are left out: "Communist
     * Manifesto" names no one.
     */
    private static final Set<String> TITLE_OFFICES = Set.of("director", "chief", "deputy", "counselor", "counsellor",
            "attache", "attaché", "envoy", "spokesman", "interpreter", "aide", "adviser", "advisor", "commander",
            "professor", "king", "queen", "emperor", "pope");

    /**
     * The words of {@code run} after a capitalised office used as a title ("USIA Director Wick" gives
     * "Wick"), as a run of their own; null when no such office stands before the run's last word, when
     * an honorific comes after it (the scanner reads those already), or when what follows is not a name's words.
     */
    static Run afterOffice(Run run) {
        List<String> tokens = PersonName.tokens(run.text());
        int office = -1;
        for (int i = 0; i < tokens.size() - 1; i++) {
            String t = tokens.get(i);
            if (PersonName.isTitle(t)) office = -1;
            else if (Character.isUpperCase(t.charAt(0)) && TITLE_OFFICES.contains(Fold.fold(t))) office = i;
        }
        if (office < 0) return null;
        for (int i = office + 1; i < tokens.size(); i++) {
            // "Deputy Chief, USA Division": an office after the office is no name
            if (!PersonName.isGivenWord(tokens.get(i)) || office(Fold.fold(tokens.get(i)))) return null;
        }
        String first = tokens.get(office + 1);
        int at = run.text().indexOf(first, run.text().indexOf(tokens.get(office)) + tokens.get(office).length());
        return at < 0 ? null : new Run(run.text().substring(at), run.start() + at, run.end());
    }

    /**
     * "taken over from Chervonenko as ambassador", "Kadar as chairman", "Gero as first secretary": an
     * office that the name holds, within two lower-case words after "as" (an article aside).
     */
    private static boolean serves(String text, int end) {
        if (!text.startsWith(" as ", end)) return false;
        int k = end + 4;
        for (int w = 0; w < 3 && k < text.length(); w++) {
            int s = k;
            while (k < text.length() && k - s < REACH && Character.isLowerCase(text.charAt(k))) k++;
            String word = text.substring(s, k);
            if (OFFICES.contains(word)) return true;
            boolean article = word.equals("the") || word.equals("a") || word.equals("an");
            if (word.isEmpty() || w == 2 || k >= text.length() || text.charAt(k) != ' ' || article && w > 0) return false;
            k++;
        }
        return false;
    }

    /** "the Rakosi clique", "the Stalin era", "the clique of Ulbricht": what a person gives a name to. */
    static boolean eponym(String text, Run run) {
        return EPONYMS.contains(wordAfter(text, run.end())) || "of".equals(wordBefore(text, run.start(), 0))
                && EPONYMS.contains(wordBefore(text, run.start(), 1));
    }

    /** "the Rakosi-Gero clique": a double name before a word for a group of people names two people. */
    static boolean group(String text, Run run) {
        return "clique".equals(wordAfter(text, run.end()));
    }

    /** "said to Gomulka", "spoken with Gomulka": one is spoken to or with only as a person. */
    private static boolean addressed(String text, int start) {
        String link = wordBefore(text, start, 0);
        return ("to".equals(link) || "with".equals(link)) && ADDRESS.contains(wordBefore(text, start, 1));
    }

    /** The lower-case word one space after {@code end}; "" when none. */
    private static String wordAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') return "";
        int k = end + 1;
        while (k < text.length() && k - end < REACH && Character.isLowerCase(text.charAt(k))) k++;
        return text.substring(end + 1, k);
    }

    /** The lower-case word {@code skip} words before {@code start}, each one space apart; "" when none. */
    private static String wordBefore(String text, int start, int skip) {
        int end = start;
        for (int w = 0; ; w++) {
            if (end < 2 || text.charAt(end - 1) != ' ') return "";
            int k = end - 1;
            while (k > 0 && end - k < REACH && Character.isLowerCase(text.charAt(k - 1))) k--;
            if (w == skip) return text.substring(k, end - 1);
            end = k;
        }
    }

    /** "Rakosi said", "Rakosi would say", "Nagy also stated": a verb of speech follows the name. */
    private static boolean speaks(String text, int end) {
        int k = end;
        for (int w = 0; w < 2; w++) {
            if (k + 1 >= text.length() || text.charAt(k) != ' ') return false;
            int s = ++k;
            while (k < text.length() && k - s < REACH && Character.isLowerCase(text.charAt(k))) k++;
            String word = text.substring(s, k);
            if (SPEECH.contains(word)) return true;
            if (!MODALS.contains(word)) return false;
        }
        return false;
    }

    /** "Tsedenbal's diary": a possessive before a word for what only a person has. */
    private static boolean owns(String text, Run run) {
        String r = run.text();
        if (PersonName.stripPossessive(r).length() != r.length() - 2 || run.end() + 1 >= text.length() || text.charAt(run.end()) != ' ') return false;
        int k = run.end() + 1;
        int s = k;
        while (k < text.length() && k - s < REACH && Character.isLetter(text.charAt(k))) k++;
        return OWN.contains(text.substring(s, k));
    }

    /**
     * "leader Rakosi", "communist, Laszlo Rajk": an office word ends right before the name; a quoted
     * one and an editor's aside may stand between ("my 'friend' [Russian word used in text] Grol").
     */
    private static boolean before(String text, int start) {
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        if (k >= 0 && text.charAt(k) == ']') {
            int open = text.lastIndexOf('[', k);
            if (open < 0 || k - open > REACH) return false;
            k = open - 1;
            while (k >= 0 && text.charAt(k) == ' ') k--;
        }
        if (k >= 0 && "'’`\"”".indexOf(text.charAt(k)) >= 0) k--;
        if (k >= 0 && text.charAt(k) == ',') k--;
        int end = k + 1;
        while (k >= 0 && start - k < REACH && Character.isLetter(text.charAt(k))) k--;
        String word = text.substring(k + 1, end);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && OFFICES.contains(word);
    }

    /** ", the ambassador in Mosc.", ", Hungarian prime minister": an apposition that holds an office word. */
    /** How long a description in an apposition may be. */
    private static final int DESCRIPTION = 160;

    /**
     * The apposition that says who the person named before {@code end} is, as a translator's note
     * writes it ("Imre Nagy, Hungarian prime minister (1953-55, 1956)." gives "Hungarian prime
     * minister (1953-55, 1956)"); null when none follows or it holds no office word.
     */
    static String description(String text, int end) {
        if (!after(text, end)) return null;
        int from = end + 2;
        int k = from;
        int depth = 0;
        while (k < text.length() && k - from < DESCRIPTION) {
            char c = text.charAt(k);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0 && (c == '.' && (k + 1 >= text.length() || text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '\n')
                    || c == ';' || c == ',' || c == '\n' || c == ')')) break;
            k++;
        }
        String d = text.substring(from, k).strip();
        if (d.endsWith(",")) d = d.substring(0, d.length() - 1);
        return d.isEmpty() ? null : d;
    }

    private static boolean after(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' ') return false;
        int k = end + 2;
        for (int w = 0; w < WORDS_AFTER && k < text.length() && k - end < REACH; w++) {
            int s = k;
            while (k < text.length() && Character.isLetter(text.charAt(k))) k++;
            if (k == s) return false;
            String word = text.substring(s, k);
            if (OFFICES.contains(word.toLowerCase(Locale.ROOT)) && Character.isLowerCase(word.charAt(0))) return true;
            if (k >= text.length() || text.charAt(k) != ' ') return false;
            k++;
        }
        return false;
    }
}

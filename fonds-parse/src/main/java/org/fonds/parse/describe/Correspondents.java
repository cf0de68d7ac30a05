package org.fonds.parse.describe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fonds.parse.session.Participants;
import org.fonds.parse.text.Anchors;

/**
 * Senders and addressees as written: from the title ("Memorandum from P. Shelest to CPSU CC",
 * "Fidel Castro's Letter to Nikita Khrushchev", "Mikoyan-Suslov Report", "The Secretary of State
 * to the Ambassador in China (Stuart)"), an address line ("To Comrades Khrushchev, Mikoyan,
 * Gromyko", "Cde. Constantin Oancea, Deputy Minister,") or a distribution list ("Produced in 9
 * copies for:" and "- Comrade Péter"). Titles such as "Comrade" are dropped; lists are split.
 */
public final class Correspondents {
    public record Parties(List<String> from, List<String> to) {
    }

    private static final String STOP = "(?=,| concerning| on | about| regarding| reporting| with | in connection|$| \\(|'|‘)";
    static final Pattern FROM = Pattern.compile("\\b[Ff]rom (?:the )?(.{2,120}?)(?= to |" + STOP.substring(3));
    static final Pattern TO = Pattern.compile("\\b[Tt]o (?:the )?(.{2,120}?)" + STOP);
    private static final Pattern POSSESSIVE = Pattern.compile("(?:^|\\b[Ff]rom )((?:\\p{Lu}[\\p{L}.]* ?){1,4})['’]s (?:[Ll]etter|[Dd]iary|[Rr]eport|[Mm]essage|[Nn]otes)");
    static final Pattern NAMED_REPORT = Pattern.compile("^((?:\\p{Lu}[\\p{L}]+)(?:-\\p{Lu}[\\p{L}]+)*) [Rr]eport\\b");
    private static final Pattern SPEECH_BY = Pattern.compile("[Ss]peech by (?:Premier |Comrade |Cde\\. |President |Chairman )?((?:\\p{Lu}[\\p{L}.]* ?){1,4}?)(?= at| on| to|,|\\)|$)");
    // "The Secretary of State to Certain Diplomatic Offices" (FRUS 1948 IV, 706, a circular telegram): an addressee
    // written without "the", capitalised; read only as "to", the sender was lost
    private static final Pattern HEADING = Pattern.compile("^(The .{3,80}?) to ((?:the )?\\p{Lu}.{2,120})$");
    private static final Pattern ADDRESS = Pattern.compile("^To (?:Comrades?|Cdes?\\.) (.{2,200})$");
    /**
     * "To the Embassy in Hungary:", "To the Foreign Ministry and the Party Center:": the address line that opens the
     * Chinese Foreign Ministry's and its embassies' cables (WCDA's pages of them), a body named after "To the" and a
     * colon closing the line. A body's word must stand in it: "To the question of the border:" opens a topic.
     */
    private static final Pattern BODY_ADDRESS = Pattern.compile("^To the (\\p{Lu}[^:]{2,100}):$");
    private static final Pattern ADDRESSED_BODY = Pattern.compile(
            "\\b(?:Ministry|Embassy|Committee|Center|Centre|Department|Government|Council|Office|Legation|Consulate|Bureau)\\b");
    /**
     * "To: [Foreign Ministry Director Eugeniusz] MILNIKIEL1", "To: [Foreign Ministry Director General Maria] WIERNA,
     * URGENT, EYES ONLY": a ciphergram's addressee field (the Polish foreign ministry's, in the archive's translations),
     * the editors' brackets before the name, a note's marker glued after it, handling words after a comma.
     */
    private static final Pattern TO_FIELD = Pattern.compile("^To: (?:\\[[^\\]]{1,80}\\] ?)?(\\p{Lu}[\\p{L}'’.-]{1,30}"
            + "(?: \\p{Lu}[\\p{L}'’.-]{1,30}){0,2}?)(?: ?\\d{1,2})?(?:,.{0,80})?$");
    /**
     * The archive's titles that name the kind, then sender "to" addressee after a comma: "Ciphered Telegram No. 25553,
     * Roshchin to Filippov [Stalin]", "Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry".
     */
    private static final Pattern KIND_THEN_SENDER = Pattern.compile(
            "^(?:Ciphered |Coded |Cipher )?(?:[Tt]elegram|[Cc]able|Report|Letter|Message|Note)(?: No\\. ?[\\d/-]{1,12})?, (?:the )?"
                    + "(\\p{Lu}[^,]{1,80}?) to \\S");
    /**
     * An envoy's post before his name, as the archive's titles write a sender: "Soviet Ambassador to the USA Dobrynin",
     * "Soviet Ambassador to the USA A. Dobrynin", "Soviet Ambassador to China Stepan Chervonenko". The "to" is the post's,
     * not the addressee's: the country follows it, the name (initials, then one word) closes it, before the title's
     * own " to " or its end.
     */
    private static final Pattern ENVOY = Pattern.compile("(?:\\p{Lu}[\\p{L}.]* ){0,3}(?:Ambassador|Envoy|Representative|Charg[ée] d['’]Affaires)"
            + " to (?:the )?(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3}?) ((?:\\p{Lu}\\. ?){0,3}\\p{Lu}[\\p{L}'’-]+)(?= to |$|,| \\()");
    /** Words of a body an envoy may write to ("Ambassador to the Foreign Ministry"): then the "to" is the addressee's. */
    private static final Pattern BODY_WORD = Pattern.compile("\\b(?:Ministry|Foreign|Department|Government|Embassy|Committee|Council|Office|CC|MFA)\\b");
    /** "Memorandum by the Director of Central Intelligence (Souers)", "Memorandum of Conversation, by the Acting Secretary of State". */
    private static final Pattern MEMORANDUM_BY = Pattern.compile("^Memorandum(?: of (?:a )?Conversation,?)? by (?:the )?(\\p{Lu}.{1,120}?)(?= to |" + STOP.substring(3));
    private static final Pattern ADDRESSEE_LINE = Pattern.compile("^(?:Cde\\.|Comrade) ((?:\\p{Lu}[\\p{L}.'’-]* ?){1,4}),.*,$");
    /** "Produced in 9 copies for:", "Distribution:", "Copies to:": a list of addressees follows, one to a line. */
    private static final Pattern COPIES = Pattern.compile("(?i)^(?:produced in \\d{1,3} copies for|distribution|copies to|copy to)\\s*:$");
    private static final Pattern COPY = Pattern.compile("^(?:- )?(?:Comrade|Cde\\.) (.{2,60})$");
    private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{Lu}\\. ?){1,3}");
    private static final String TITLES = "(?:Comrades?|Cdes?\\.|Premier|Chairm[ae]n|President|Soviet Politburo members?|Politburo members?|"
            + "Italian Communist Leader|Comrade Dr\\.)\\s+";
    /** What {@link #split} splits a list at and drops from each item's start, compiled once (not per list, per item). */
    private static final Pattern PARTS = Pattern.compile(",| and ");
    private static final Pattern LEADING_TITLE = Pattern.compile("^" + TITLES);

    private Correspondents() {
    }

    public static Parties of(String title, String kind, List<String> firstLines) {
        LinkedHashSet<String> from = new LinkedHashSet<>();
        LinkedHashSet<String> to = new LinkedHashSet<>();
        title = envoysNamed(title);
        if (title.startsWith("Memorandum") && title.contains(" by ")) {
            Matcher by = MEMORANDUM_BY.matcher(title);
            if (by.find()) from.add(by.group(1).strip());
        }
        Matcher h = HEADING.matcher(title);
        if (title.startsWith("The ") && title.contains(" to ") && h.matches()
                && (title.contains(" to the ") || namesPost(h.group(1)))) {
            from.add(h.group(1).strip());
            to.add(h.group(2).strip());
        } else {
            Matcher k = KIND_THEN_SENDER.matcher(title);
            if (k.lookingAt()) from.add(k.group(1).strip());
            fromTitle(title, kind, from, to);
        }
        boolean titled = !to.isEmpty(); // a title that names the addressee outranks a cover's "To Comrade …"
        boolean copies = false;
        for (String line : firstLines) {
            // each pattern only where its first words (or the list heading's colon) stand
            if (line.startsWith("To ")) {
                Matcher a = ADDRESS.matcher(line);
                if (a.matches() && !titled) to.addAll(split(a.group(1)));
            }
            if (line.startsWith("To the ") && line.endsWith(":") && to.isEmpty() && !titled) {
                Matcher b = BODY_ADDRESS.matcher(line);
                if (b.matches() && ADDRESSED_BODY.matcher(b.group(1)).find()) to.addAll(bodies(b.group(1)));
            }
            if (line.startsWith("To: ") && to.isEmpty()) {
                Matcher a = TO_FIELD.matcher(line);
                if (a.matches()) to.addAll(split(a.group(1)));
            }
            if ((line.startsWith("Cde.") || line.startsWith("Comrade")) && line.endsWith(",")) { // the pattern's last char
                Matcher l = ADDRESSEE_LINE.matcher(line);
                if (l.matches()) to.add(l.group(1).strip());
            }
            if (copies) {
                Matcher c = COPY.matcher(line);
                if (c.matches()) {
                    to.add(c.group(1).strip());
                    continue;
                }
            }
            copies = line.endsWith(":") && COPIES.matcher(line).matches();
        }
        return new Parties(new ArrayList<>(from), new ArrayList<>(to));
    }

    /** Posts and offices FRUS's headings name a sender by ("The Secretary of State", "The Chargé in …"). */
    private static final List<String> POSTS = List.of("Secretary", "Ambassador", "Minister", "Chargé", "Consul", "President",
            "Embassy", "Legation", "Department", "Delegation", "Representative", "Director", "Mission", "Counselor");

    /**
     * Whether a heading's sender names a post: "The Secretary of State to Certain Diplomatic Offices" is a sender and an
     * addressee, "The Road to Socialism" a title.
     */
    private static boolean namesPost(String sender) {
        for (String post : POSTS) {
            if (sender.contains(post)) return true;
        }
        return false;
    }

    /**
     * The title with each envoy's post before his name reduced to the name ("Telegram from Soviet Ambassador to the USA
     * Dobrynin to the USSR MFA" -> "Telegram from Dobrynin to the USSR MFA"), so that the post's "to" is read as no
     * addressee; a post followed by a body's words ("Ambassador to the Foreign Ministry") is left for the addressee.
     */
    static String envoysNamed(String title) {
        if (!title.contains(" to ") || !(title.contains("Ambassador") || title.contains("Envoy") || title.contains("Representative")
                || title.contains("Affaires"))) {
            return title;
        }
        Matcher m = ENVOY.matcher(title);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (BODY_WORD.matcher(m.group(1)).find()) continue;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A body that issues papers, in a letterhead: "Communist Party of the Soviet Union. CENTRAL COMMITTEE". */
    private static final Pattern ISSUER = Pattern.compile(
            "(?i).*\\b(?:committee|party|ministry|embassy|legation|presidium|politburo|council|secretariat|government|department)\\b.*");
    /** The classification a letterhead stands above or below. */
    private static final Pattern CLASSIFIED = Pattern.compile("(?i)(?:top |strictly )?(?:secret|confidential)[.!]?");

    /**
     * The issuing body of a paper whose heading names no sender: a letterhead line (capitalised words
     * naming a committee, party, ministry, embassy …, no sentence) next to its classification line
     * ("TOP SECRET"), as a protocol extract or an embassy's letter opens (real record b04).
     */
    public static java.util.Optional<String> letterhead(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!issuer(line)) continue;
            boolean next = i + 1 < lines.size() && CLASSIFIED.matcher(lines.get(i + 1).strip()).matches();
            boolean before = i > 0 && CLASSIFIED.matcher(lines.get(i - 1).strip()).matches();
            if (next || before) return java.util.Optional.of(line);
        }
        return java.util.Optional.empty();
    }

    private static boolean issuer(String line) {
        if (line.length() < 5 || line.length() > 100) return false;
        for (String w : line.split(" ")) if (!headingWord(w)) return false;
        return ISSUER.matcher(line).matches(); // the pattern last: most lines fail on a word first
    }

    /** A word of a signature or a letterhead: a particle ("of", "the"), or a capitalised word of letters, dots, hyphens, apostrophes. */
    private static boolean headingWord(String w) {
        if (w.isEmpty() || SIGNATURE_PARTICLES.contains(w)) return true;
        if (!Character.isUpperCase(w.charAt(0))) return false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') return false;
        }
        return true;
    }

    private static void fromTitle(String title, String kind, LinkedHashSet<String> from, LinkedHashSet<String> to) {
        // "X's Letter": tried only where the title has a possessive, the pattern backtracks over every word before it
        Matcher p = POSSESSIVE.matcher(title);
        if ((title.contains("'s ") || title.contains("’s ")) && p.find()) from.add(p.group(1).strip());
        Matcher r = NAMED_REPORT.matcher(title);
        int reportEnd = -1;
        if (mayName(title, REPORT_WORDS) && r.find()) {
            from.addAll(List.of(r.group(1).split("-")));
            reportEnd = r.end();
        }
        Matcher s = SPEECH_BY.matcher(title);
        if (title.contains("peech by ") && s.find()) from.add(s.group(1).strip());
        // "Working Notes from the Session of …", "Minutes from the Meeting": a record of a meeting has no sender
        // "From the Journal of Ambassador Pavel Yudin: Record of Conversation …": an entry of the diarist's journal, its
        // author the diarist, and no other sender for the words after it to name
        String diarist = Participants.diarist(title);
        if (diarist != null) from.add(diarist);
        boolean meeting = "working notes".equals(kind) || "minutes".equals(kind) || "transcript".equals(kind)
                || title.regionMatches(true, 0, "From the Journal of", 0, 19) || title.regionMatches(true, 0, "From the Diary of", 0, 17)
                // "Excerpt, Note from the Session of the Political Bureau …" (WCDA): a note taken at a session, which sent nothing
                || Anchors.containsIgnoreCase(title, "from the session of")
                || Anchors.containsIgnoreCase(title, "from the meeting of");
        Matcher f = FROM.matcher(title);
        // "Andropov Report from Budapest to Moscow" (a blog's reprint): the report's writer is named before it, and "from"
        // right after "Report" says where he wrote
        boolean fromPlace = reportEnd >= 0 && title.startsWith(" from ", reportEnd);
        if (!meeting && !fromPlace && mayName(title, FROM_WORDS) && f.find() && !title.regionMatches(true, 0, "excerpts from", 0, 13)) {
            // a post its holder's name follows in brackets is one sender, whatever "and" it holds: FRUS's "the Assistant
            // Secretary of State for European and Canadian Affairs (Burt)"
            boolean held = HOLDER.matcher(title).region(f.end(1), title.length()).lookingAt();
            from.addAll(held ? post(f.group(1)) : split(f.group(1)));
        }
        Matcher t = TO.matcher(title);
        // a diary is written to no one: "Excerpts from Tsedenbal's diary on his conversation … on … Aid to the People's
        // Republic of Mongolia" (WCDA) made "People" its addressee
        boolean mayTo = !meeting && !"diary".equals(kind) && mayName(title, TO_WORDS);
        while (mayTo && t.find()) {
            if (t.start() > 0 && Character.isLetter(title.charAt(t.start() - 1))) continue;
            String who = t.group(1);
            if (Character.isUpperCase(who.charAt(0))) to.addAll(split(who));
            break;
        }
    }

    /** The literals {@link #NAMED_REPORT}, {@link #FROM} and {@link #TO} cannot match without. */
    static final String[] REPORT_WORDS = {"Report", "report"};
    static final String[] FROM_WORDS = {"From ", "from "};
    static final String[] TO_WORDS = {"To ", "to "};

    /**
     * Whether one of {@code words} stands in the title, as the pattern that needs it must find: the
     * three patterns open with a word boundary or an anchor, so a {@code find()} tried every position
     * of every title, and most titles name no sender or addressee.
     */
    static boolean mayName(String title, String[] words) {
        for (String w : words) if (title.contains(w)) return true;
        return false;
    }

    /** How far into the text a writer names himself ("On 24 Oct. 1956 I [Novotny] attended …"). */
    private static final int FIRST_PERSON_REACH = 600;
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|We) \\[(\\p{Lu}[\\p{L}.'’ -]{1,60}?)\\]");
    /** Lowercase words a signature may hold ("Central Committee of the CPSU"). */
    private static final java.util.Set<String> SIGNATURE_PARTICLES = java.util.Set.of("of", "the", "and", "for", "de", "von", "van");

    /**
     * The sender of a letter, telegram or report whose heading does not name one: the signature that
     * ends the text ("… appropriate decisions. / CC CPSU", "… airline. / Marshall"), else the writer
     * an editor names in the first sentences ("I [Novotny] attended a meeting").
     */
    public static List<String> signer(String kind, String body) {
        String slashed = SlashedSignature.of(body);
        if (slashed != null) return List.of(slashed);
        if (!"letter".equals(kind) && !"telegram".equals(kind) && !"report".equals(kind) && !"note".equals(kind)) return List.of();
        String signature = signature(body);
        if (signature != null) return List.of(signature);
        int reach = Math.min(body.length(), FIRST_PERSON_REACH);
        int open = body.indexOf(" [", 0);
        if (open < 0 || open >= reach) return List.of();
        Matcher m = FIRST_PERSON.matcher(body).region(0, reach);
        return m.find() ? List.of(m.group(1).strip()) : List.of();
    }

    /** The text's last paragraph when it is a signature: a few capitalised words, no sentence, no date. */
    static String signature(String body) {
        String last = body.substring(body.lastIndexOf("\n\n") + 1).strip();
        if (last.length() < 2 || last.length() > 60 || body.length() - last.length() < 40) return null;
        char end = last.charAt(last.length() - 1);
        if (".!?:;,)]".indexOf(end) >= 0 && !(end == '.' && last.length() >= 2 && Character.isUpperCase(last.charAt(last.length() - 2)))) {
            return null;
        }
        String[] words = last.split(" ");
        if (words.length > 6) return null;
        for (String w : words) {
            if (!headingWord(w)) return null;
            // a dot inside a signature closes an initial ("A. Mikoyan"), never a sentence
            if (w.endsWith(".") && !initial(w)) return null;
        }
        String lower = last.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("secret") || lower.contains("confidential")) return null;
        return last;
    }

    /** "A." or "Yu.": an initial. */
    private static boolean initial(String w) {
        return w.length() <= 3 && Character.isUpperCase(w.charAt(0));
    }

    /** " (Burt)": the surname of a post's holder, in brackets after it. */
    private static final Pattern HOLDER = Pattern.compile(" \\(\\p{Lu}\\p{L}+\\)");

    /** A post named whole, its leading title dropped as {@link #split} drops it. */
    private static List<String> post(String s) {
        String p = LEADING_TITLE.matcher(s.strip()).replaceFirst("").strip();
        return p.isEmpty() || !Character.isUpperCase(p.charAt(0)) ? List.of() : List.of(p);
    }

    /** "Mikoyan and Suslov", "Khrushchev, Mikoyan, Gromyko": one entry each, titles dropped. */
    /** "Foreign Ministry and the Party Center" -> "the Foreign Ministry", "the Party Center": each body as addressed. */
    private static List<String> bodies(String list) {
        List<String> out = new ArrayList<>();
        for (String part : PARTS.split(list)) {
            String p = part.strip();
            if (p.startsWith("the ")) p = p.substring(4);
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) out.add("the " + p);
        }
        return out;
    }

    static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        for (String part : PARTS.split(list)) {
            String p = LEADING_TITLE.matcher(part.strip()).replaceFirst("").strip();
            if (INITIALS_ONLY.matcher(p).matches() && !out.isEmpty()) { // "Mikoyan, A.I.": surname, then initials
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p);
                continue;
            }
            if (p.endsWith(".") && p.length() > 3 && !Character.isUpperCase(p.charAt(p.length() - 2))) p = p.substring(0, p.length() - 1);
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) out.add(p);
        }
        return out;
    }
}

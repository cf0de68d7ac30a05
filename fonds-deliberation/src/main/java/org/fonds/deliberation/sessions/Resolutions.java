package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fonds.deliberation.people.PersonName;

/**
 * Tells decisions and tasks among a session's sentences.
 *
 * <p>A decision is an imperative resolution outside anyone's turn: a sentence opening with a verb
 * of the resolution family ("Approve the plan.", "Adopt it with amendments.", "Affirm the text of
 * the response.", "Bring back Cdes. Mikoyan and Brezhnev.", "Pull out the KGB advisers"), or a
 * labelled one ("Decided: ..."). Inside a turn the same verbs are a speaker's proposal, not the
 * body's resolution.
 *
 * <p>A task names people and what they are to do, anywhere in the body: "Furtseva, Pospelov,
 * Shepilov, and Elyutin are to come up with ...", "Cde. Kadar is to say ...", "Cde. Konev is to be
 * sent", "Cde. Mikoyan should confer with Kovacs", "Cdes. Suslov, Brezhnev, + Hungarian comrades—
 * to prepare measures", "To Cdes. Pospelov, Shepilov, and Ponomarev", "Instruct Cde. X to ...".
 */
final class Resolutions {
    private static final Set<String> VERBS = Set.of("Approve", "Adopt", "Affirm", "Confirm", "Accept", "Endorse",
            "Ratify", "Sanction", "Authorize", "Authorise", "Instruct", "Entrust", "Assign", "Charge", "Commission",
            "Oblige", "Send", "Dispatch", "Bring", "Recall", "Provide", "Grant", "Allocate", "Publish", "Broadcast",
            "Transmit", "Convene", "Postpone", "Defer", "Decide", "Agree", "Reject", "Rescind", "Cancel", "Annul",
            "Abolish", "Establish", "Create", "Form", "Appoint", "Dismiss", "Relieve", "Release", "Issue", "Consider",
            "Deem", "Recognize", "Recognise", "Permit", "Allow", "Forbid", "Prohibit", "Direct", "Order", "Request",
            "Propose", "Recommend", "Approved", "Adopted", "Accepted", "Confirmed", "Pull", "Withdraw", "Prepare",
            "Draft", "Inform", "Tell", "Give", "Hold", "Organize", "Organise", "Invite", "Reply", "Answer", "Refrain",
            "Remove", "Replace", "Strengthen", "Support", "Write", "Assist", "Help", "Keep", "Reinforce", "Include",
            "Exclude", "Study", "Examine", "Ensure", "Secure", "Declare", "Announce", "Notify", "Summon",
            "Arrest", "Disband", "Reorganize", "Reorganise", "Introduce", "Restore", "Take", "Set", "Put", "Carry",
            "Deliver", "Report", "Submit", "Familiarize", "Acquaint", "Distribute", "Print", "Resolve", "Resolved");
    /** How long a "+ Hungarian comrades" group may be. */
    private static final int GROUP = 60;
    private static final Pattern LABELLED = Pattern.compile("(?:Decided|Resolved|Resolution|Decision) ?[:—–-]");
    /** What follows the names of a task: "is to", "are to", "should", "— to". */
    private static final String[] ASSIGNING = {" is to ", " are to ", ", is to ", ", are to ", " should ", " must ",
            "— to ", " — to ", "—to ", "– to ", " – to "};
    /** Words that open a task before its names: "To Cdes. Pospelov, Shepilov", "Instruct Cde. Kadar to". */
    private static final String[] OPENING = {"To ", "Instruct ", "Entrust ", "Charge ", "Assign ", "Commission "};

    private Resolutions() {
    }

    static boolean isDecision(String sentence) {
        boolean enumerated = !sentence.equals(Sentences.withoutEnumerator(sentence));
        String s = Sentences.withoutEnumerator(sentence);
        if (LABELLED.matcher(s).lookingAt()) return true;
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        if (!first.isEmpty() && ".,;:".indexOf(first.charAt(first.length() - 1)) >= 0) {
            first = first.substring(0, first.length() - 1);
        }
        if (first.isEmpty()) return false;
        String capitalised = Character.toUpperCase(first.charAt(0)) + first.substring(1);
        return VERBS.contains(enumerated ? capitalised : first);
    }

    /**
     * The names a task assigns, or null when {@code sentence} is no task: names then "is to" / "are
     * to" (also "is to be sent"), "should", "— to" ("Cdes. Suslov, Brezhnev, + Hungarian comrades— to
     * prepare"); or "To Cdes. A, B" and "Instruct Cde. X to ..." before the names.
     */
    static List<String> taskNames(String sentence) {
        String s = Sentences.withoutEnumerator(sentence);
        return mayAssign(s) ? tasked(s) : null;
    }

    /** {@link #taskNames} of a sentence without its list number, read whatever it holds. */
    static List<String> tasked(String s) {
        for (String open : OPENING) {
            if (!s.startsWith(open)) continue;
            List<String> names = new ArrayList<>();
            int end = NameList.read(s, open.length(), names);
            boolean titled = s.startsWith("Cde", open.length()) || s.startsWith("Comrade", open.length());
            names.removeIf(n -> PersonName.parse(n) == null);
            if (end > 0 && !names.isEmpty() && (titled || !open.equals("To "))) return names;
        }
        List<String> names = new ArrayList<>();
        int end = NameList.read(s, 0, names);
        names.removeIf(n -> PersonName.parse(n) == null); // "We should ..." names no one
        if (end < 0 || names.isEmpty()) return null;
        int k = end;
        if (s.startsWith(", + ", k) || s.startsWith(" + ", k)) k = groupEnd(s, k); // "+ Hungarian comrades"
        boolean titled = s.startsWith("Cde") || s.startsWith("Comrade");
        for (String a : ASSIGNING) {
            boolean dash = a.indexOf('—') >= 0 || a.indexOf('–') >= 0;
            // "Cdes. A, B— to ...": after bare names a dash is a speaker's label ("Relations must be built"
            // names no one: such a task is dropped when names are resolved to people)
            if (dash && !titled) continue;
            if (s.startsWith(a, k) && k + a.length() < s.length() && Character.isLowerCase(s.charAt(k + a.length()))) return names;
        }
        return null;
    }

    /**
     * Whether {@code s} holds what every task must: an opening word at its start or an assigning
     * phrase somewhere. Most sentences hold neither, and reading their names as a list first was a
     * quarter of a session's reading.
     */
    static boolean mayAssign(String s) {
        for (String open : OPENING) if (s.startsWith(open)) return true;
        for (String a : ASSIGNING) if (s.contains(a)) return true;
        return false;
    }

    /** The end of a "+ Hungarian comrades" group of people named by kind, before the dash. */
    private static int groupEnd(String s, int k) {
        int limit = Math.min(s.length(), k + GROUP);
        for (int i = k; i < limit; i++) if (s.charAt(i) == '—' || s.charAt(i) == '–') return i > 0 && s.charAt(i - 1) == ' ' ? i - 1 : i;
        return k;
    }

    /**
     * The people a decision names after a title ("Bring back Cdes. Mikoyan and Brezhnev.", "Exert
     * influence on Cde. Kadar"): each list that opens with "Cde.", "Cdes." or "Comrade", titles dropped.
     * A bare capitalised word is not taken: in a decision it is as often a country or a body.
     */
    static List<String> namedIn(String sentence) {
        List<String> names = new ArrayList<>();
        if (sentence == null) return names;
        for (int i = nextTitle(sentence, 0); i >= 0; i = nextTitle(sentence, i + 1)) {
            int end = NameList.read(sentence, i, names);
            if (end > i) i = end - 1;
        }
        names.removeIf(n -> PersonName.parse(n) == null);
        return List.copyOf(names);
    }

    /** Where the next "Cde" or "Comrade" that opens a word starts, or -1. */
    private static int nextTitle(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if ((s.startsWith("Cde", i) || s.startsWith("Comrade", i)) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) return i;
        }
        return -1;
    }
}

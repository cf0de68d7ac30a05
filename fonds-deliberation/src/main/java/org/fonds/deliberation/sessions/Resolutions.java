package org.fonds.deliberation.sessions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells decisions and tasks among a session's sentences.
 *
 * <p>A decision is an imperative resolution outside anyone's turn: a sentence opening with a verb
 * of the resolution family ("Approve the plan.", "Adopt it with amendments.", "Affirm the text of
 * the response.", "Bring back Cdes. Mikoyan and Brezhnev.", "Consider it necessary ..."), a
 * labelled one ("Decided: ..."), or a passive assignment ("Cde. Konev is to be sent to Budapest").
 * Inside a turn the same verbs are a speaker's proposal, not the body's resolution.
 *
 * <p>A task names people and what they are to do, anywhere in the body: "Furtseva, Pospelov,
 * Shepilov, and Elyutin are to come up with ...", "Cde. Kadar is to say ...", "Cdes. Suslov,
 * Brezhnev, + Hungarian comrades— to prepare measures".
 */
final class Resolutions {
    private static final Set<String> VERBS = Set.of("Approve", "Adopt", "Affirm", "Confirm", "Accept", "Endorse",
            "Ratify", "Sanction", "Authorize", "Authorise", "Instruct", "Entrust", "Assign", "Charge", "Commission",
            "Oblige", "Send", "Dispatch", "Bring", "Recall", "Provide", "Grant", "Allocate", "Publish", "Broadcast",
            "Transmit", "Convene", "Postpone", "Defer", "Decide", "Agree", "Reject", "Rescind", "Cancel", "Annul",
            "Abolish", "Establish", "Create", "Form", "Appoint", "Dismiss", "Relieve", "Release", "Issue", "Consider",
            "Deem", "Recognize", "Recognise", "Permit", "Allow", "Forbid", "Prohibit", "Direct", "Order", "Request",
            "Propose", "Recommend", "Approved", "Adopted", "Accepted", "Confirmed");
    private static final String NAME = "(?:\\p{Lu}\\. ?){0,3}\\p{Lu}[\\p{L}'’-]+";
    private static final String CDE = "(?:Cdes?\\. ?)?";
    private static final String NEXT = "(?: ?, ?(?:and )?| and )" + CDE + NAME;
    private static final Pattern LABELLED = Pattern.compile("(?:Decided|Resolved|Resolution|Decision) ?[:—–-]");
    /** Lists of names are walked name by name ({@link NameLists}): one pattern over the list overflowed the stack. */
    private static final NameLists PASSIVE = new NameLists(CDE + NAME, NEXT, " (?:is|are) to be \\p{Ll}+");
    private static final NameLists ARE_TO = new NameLists(CDE + NAME, NEXT, ",? (?:is|are) to (?!be )\\p{Ll}");
    private static final Pattern DASH_TO_START = Pattern.compile("Cdes?\\. ?");
    private static final NameLists DASH_TO = new NameLists(NAME, NEXT, ",?(?: ?\\+ ?[^—–\\n]{1,60}?)? ?[—–] ?to \\p{Ll}");

    private Resolutions() {
    }

    static boolean isDecision(String sentence) {
        boolean enumerated = !sentence.equals(Sentences.withoutEnumerator(sentence));
        String s = Sentences.withoutEnumerator(sentence);
        if (LABELLED.matcher(s).lookingAt() || PASSIVE.listAt(s, 0) != null) return true;
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        if (!first.isEmpty() && ".,;:".indexOf(first.charAt(first.length() - 1)) >= 0) {
            first = first.substring(0, first.length() - 1);
        }
        if (first.isEmpty()) return false;
        String capitalised = Character.toUpperCase(first.charAt(0)) + first.substring(1);
        return VERBS.contains(enumerated ? capitalised : first);
    }

    /** The names a task assigns, or null when {@code sentence} is no task. */
    static List<String> taskNames(String sentence) {
        String s = Sentences.withoutEnumerator(sentence);
        String list = ARE_TO.listAt(s, 0);
        if (list == null) {
            Matcher start = DASH_TO_START.matcher(s);
            if (!start.lookingAt()) return null;
            list = DASH_TO.listAt(s, start.end());
            if (list == null) return null;
        }
        return names(list);
    }

    private static List<String> names(String list) {
        Set<String> out = new LinkedHashSet<>(); // a set: lists may be thousands of names long
        for (String part : list.split(",| and ")) {
            String name = part.strip().replaceFirst("^and ", "").replaceFirst("^Cdes?\\. ?", "").strip();
            if (!name.isEmpty()) out.add(name);
        }
        return new ArrayList<>(out);
    }
}

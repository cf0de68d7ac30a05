package org.fonds.oai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a request's arguments against its verb and reports every problem at once: badVerb when the
 * verb is missing, repeated or unknown; otherwise badArgument for each argument that is illegal,
 * repeated, missing, malformed, or out of order with another.
 */
final class Arguments {
    static final String RESUMPTION_TOKEN = "resumptionToken";
    /** The schema's setSpecType: unreserved URL characters, {@code :} between levels. */
    static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    /** The schema's metadataPrefixType. */
    private static final Pattern METADATA_PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

    /** A request that can be answered, or the errors that say why not. */
    sealed interface Checked {
    }

    record Valid(OaiRequest request) implements Checked {
    }

    record Invalid(List<OaiError> errors) implements Checked {
        Invalid {
            errors = List.copyOf(errors);
        }
    }

    private Arguments() {
    }

    static Checked check(Map<String, List<String>> params) {
        List<String> verbs = params.getOrDefault("verb", List.of());
        if (verbs.isEmpty()) return invalid(ErrorCode.BAD_VERB, "the verb argument is missing");
        if (verbs.size() > 1) return invalid(ErrorCode.BAD_VERB, "the verb argument is repeated");
        Optional<Verb> named = Verb.named(verbs.get(0));
        if (named.isEmpty()) return invalid(ErrorCode.BAD_VERB, "'" + verbs.get(0) + "' is not an OAI-PMH verb");
        Verb verb = named.get();

        List<OaiError> errors = new ArrayList<>();
        Map<String, String> args = new LinkedHashMap<>();
        args.put("verb", verb.name());
        params.forEach((name, values) -> {
            if (name.equals("verb")) return;
            if (!verb.allows(name)) {
                errors.add(bad("'" + name + "' is not an argument of " + verb));
            } else if (values.size() != 1) {
                errors.add(bad("the argument '" + name + "' is repeated"));
            } else {
                args.put(name, values.get(0));
            }
        });
        if (args.containsKey(RESUMPTION_TOKEN)) {
            if (args.size() > 2) errors.add(bad("resumptionToken is an exclusive argument: it must come alone"));
        } else {
            for (String name : verb.required()) {
                if (!args.containsKey(name) && !params.containsKey(name)) errors.add(bad("the argument '" + name + "' is missing"));
            }
        }
        checkSyntax(args, errors);
        UtcDate from = date(args.get("from"), "from", errors);
        UtcDate until = date(args.get("until"), "until", errors);
        if (from != null && until != null) {
            if (from.isDay() != until.isDay()) {
                errors.add(bad("from and until must have the same granularity (got: " + args.get("from") + ", "
                        + args.get("until") + ")"));
            } else if (from.firstSecond() > until.lastSecond()) {
                errors.add(bad("from (" + args.get("from") + ") is later than until (" + args.get("until") + ")"));
            }
        }
        return errors.isEmpty() ? new Valid(new OaiRequest(verb, args, from, until)) : new Invalid(errors);
    }

    /** Values that would not fit the response's request element are refused here, never echoed. */
    private static void checkSyntax(Map<String, String> args, List<OaiError> errors) {
        String set = args.get("set");
        if (set != null && !SET_SPEC.matcher(set).matches()) errors.add(bad("'" + set + "' is not a setSpec"));
        String prefix = args.get("metadataPrefix");
        if (prefix != null && !METADATA_PREFIX.matcher(prefix).matches()) {
            errors.add(bad("'" + prefix + "' is not a metadataPrefix"));
        }
        String identifier = args.get("identifier");
        if (identifier != null && (identifier.isEmpty() || identifier.chars().anyMatch(c -> c <= ' '))) {
            errors.add(bad("'" + identifier + "' is not an identifier"));
        }
        String token = args.get(RESUMPTION_TOKEN);
        if (token != null && token.isEmpty()) errors.add(bad("the resumptionToken is empty"));
    }

    private static UtcDate date(String text, String name, List<OaiError> errors) {
        if (text == null) return null;
        Optional<UtcDate> date = UtcDate.parse(text);
        if (date.isEmpty()) {
            errors.add(bad(name + " must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (got: " + text + ")"));
        }
        return date.orElse(null);
    }

    private static OaiError bad(String message) {
        return new OaiError(ErrorCode.BAD_ARGUMENT, message);
    }

    private static Invalid invalid(ErrorCode code, String message) {
        return new Invalid(List.of(new OaiError(code, message)));
    }
}

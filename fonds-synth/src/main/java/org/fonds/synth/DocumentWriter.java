package org.fonds.synth;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.fonds.record.ArchivalReference;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.DateMention;
import org.fonds.record.DateRange;
import org.fonds.record.Description;
import org.fonds.record.ProtocolRef;
import org.fonds.record.PublishedIn;
import org.fonds.record.Turn;
import org.fonds.record.Warning;
import org.fonds.synth.Blocks.Block;
import org.fonds.synth.Blocks.Sentence;

/** Writes one synthetic document: chooses its variants, plans it, renders it, states its record. */
final class DocumentWriter {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Dice dice;
    private final long seed;
    private final int index;
    private final Set<Variant> variants = EnumSet.noneOf(Variant.class);

    DocumentWriter(SplittableRandom random, long seed, int index) {
        this.dice = new Dice(random);
        this.seed = seed;
        this.index = index;
    }

    Synthetic write() {
        Facts f = facts();
        PageLayout page = pageLayout(f);
        boolean runTogether = page.mayRunTogether() && dice.chance(0.2);
        if (runTogether) variants.add(Variant.BODY_RUN_TOGETHER);
        MarkerStyle markers = dice.pick(List.of(MarkerStyle.values()));
        variants.add(markers.variant());
        boolean frus = page == PageLayout.FRUS;
        NotesWriter.Layout layout = frus ? NotesWriter.Layout.FRUS : notesLayout(runTogether);

        List<Block> plan = plan(f, runTogether);
        BodyWriter body = new BodyWriter(dice, variants, runTogether, markers, frus ? 2 : 1);
        String dateline = frus ? PageWriter.dateline(dice, f.place, f.from) : "";
        int wanted = layout == NotesWriter.Layout.SINGULAR ? 1 : dice.between(1, 21);
        TwinWriter bodyText = body.write(plan, wanted);
        int noteCount = body.notesPlaced();
        NotesWriter notes = new NotesWriter(dice, variants, f.from.getYear());
        // a FRUS document always has its source note, marked on the heading
        String notesRaw = noteCount == 0 && !frus ? "" : notes.write(noteCount, layout, runTogether);
        String title = frus ? PageWriter.frusTitle(f) : f.title;

        String head;
        String tail = "";
        Stated stated;
        if (page == PageLayout.EXPORT) {
            variants.add(Variant.LAYOUT_EXPORT);
            Header header = new Header(dice, variants, f);
            head = header.render(runTogether);
            stated = header.stated();
        } else {
            PageWriter.Page p = new PageWriter(dice, variants, f).write(page);
            head = p.head() + (frus ? dateline + "\n\n" : "");
            tail = p.tail();
            stated = p.stated();
        }
        if (frus) stated = sourceNoted(stated, notes.notes().get(0).text());
        String raw = head + bodyText.raw() + (notesRaw.isEmpty() ? "" : (runTogether ? " " : "\n\n") + notesRaw) + tail + "\n";
        List<DateMention> mentions = new ArrayList<>(bodyText.mentions());
        mentions.addAll(notes.mentions());
        List<Turn> turns = body.turns();
        Encoded encoded = encode(raw);
        List<Warning> warnings = new ArrayList<>(encoded.warnings);
        warnings.addAll(stated.warnings());
        String number = documentNumber(stated.urls());
        String citation = stated.citation();
        String id = number != null ? "example-" + number
                : "h-" + digest(title + "\n" + f.from + "\n" + citation + "\n" + bodyText.clean());
        ArchiveRecord record = new ArchiveRecord(id, title, f.from.toString(),
                f.to.equals(f.from) ? null : new DateRange(f.from.toString(), f.to.toString()), stated.dateText(),
                stated.repository() == null ? "" : stated.repository(), stated.urls().isEmpty() ? null : stated.urls().get(0),
                stated.urls(), number, citation, stated.references(), stated.compiler(), stated.publishedIn(), stated.summary(),
                stated.language(), stated.translation(), participants(plan), speakers(turns, plan, runTogether), turns,
                f.protocol == null ? List.of() : List.of(f.protocol), bodyText.clean(), notes.notes(), bodyText.markers(),
                warnings, mentions)
                // every synthetic document is a session's working notes, in whichever layout it is written
                .describedAs(frus ? frusDescription(f, stated.classification())
                        : new Description(stated.layout(), "working notes", List.of(), List.of(), null,
                                stated.classification(), List.of(), null));
        return new Synthetic(String.format("synthetic-%06d.txt", index), encoded.bytes, record, variants);
    }

    /** A FRUS telegram says what it is, who sent it and to whom, and where (its heading and its place and date line). */
    private static Description frusDescription(Facts f, String classification) {
        return new Description("frus", "telegram", List.of("Embassy in " + f.place), List.of("Department of State"), f.place,
                classification, List.of(), null);
    }

    /**
     * FRUS's source note ("Source: Department of State, Central Files. Secret; Niact. …") is the record's citation, as
     * the parser reads it: the repository and its file as the archival reference, the first marking as the
     * classification; the page then lacks a URL rather than a citation.
     */
    private static Stated sourceNoted(Stated s, String note) {
        String citation = note.substring("Source: ".length());
        String marking = citation.substring(citation.indexOf("Central Files. ") + "Central Files. ".length(), citation.indexOf(';'));
        List<Warning> warnings = new ArrayList<>();
        for (Warning w : s.warnings()) if (!w.code().equals("no-citation")) warnings.add(w);
        warnings.add(new Warning("no-url", "no URL in the citation", 1));
        return new Stated(s.layout(), s.dateText(), citation, "Department of State", s.urls(),
                List.of(new ArchivalReference("Department of State", null, null, null, null, null, "Central Files")), s.compiler(),
                s.publishedIn(), s.summary(), s.language(), s.translation(), marking, warnings);
    }

    /** Half the records in the labelled export, the rest in the other layouts (those that can date a range, for a range). */
    private PageLayout pageLayout(Facts f) {
        if (dice.chance(0.5)) return PageLayout.EXPORT;
        List<PageLayout> layouts = new ArrayList<>(List.of(PageLayout.values()));
        layouts.remove(PageLayout.EXPORT);
        if (!f.to.equals(f.from)) layouts.removeIf(l -> !l.datesRanges());
        return dice.pick(layouts);
    }

    /** The archive's own number of the record, from the first URL of the form ".../document/N". */
    private static String documentNumber(List<String> urls) {
        for (String url : urls) {
            int at = url.indexOf("/document/");
            if (at >= 0) {
                int end = at + "/document/".length();
                while (end < url.length() && Character.isDigit(url.charAt(end))) end++;
                return url.substring(at + "/document/".length(), end);
            }
        }
        return null;
    }

    /** A record with no archive's number in a URL is known by a digest of its title, date, citation and body (DocumentIds). */
    private static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** Everything about the document that does not depend on how it is written. */
    static final class Facts {
        LocalDate from;
        LocalDate to;
        String title;
        String council;
        String place;
        int documentNumber;
        List<String> urls;
        String repository;
        Refs.Written reference;
        String compiler;
        PublishedIn publishedIn;
        String publishedText;
        String summary;
        String language;
        ProtocolRef protocol;
        String protocolText;
        List<String> people;
    }

    private Facts facts() {
        Facts f = new Facts();
        f.from = LocalDate.of(dice.between(1950, 1965), dice.between(1, 12), dice.between(1, 25));
        f.to = f.from;
        if (dice.chance(0.08)) {
            variants.add(Variant.DATE_RANGE);
            f.to = f.from.plusDays(dice.between(1, 3));
        }
        f.council = dice.pick(Vocabulary.COUNCILS);
        f.place = dice.pick(Vocabulary.PLACES);
        f.title = f.to.equals(f.from)
                ? "Working Notes from the Session of the " + f.council + " on " + dayMonthYear(f.from)
                : "Working Notes from the Sessions of the " + f.council;
        f.documentNumber = 100_000 + index;
        String host = dice.chance(0.3) ? "mirror.example.net" : "archive.example.org";
        if (host.startsWith("mirror")) variants.add(Variant.MIRROR_HOST);
        f.urls = new ArrayList<>(List.of("https://" + host + "/document/" + f.documentNumber));
        if (dice.chance(0.1)) {
            variants.add(Variant.TWO_URLS);
            f.urls.add("https://archive.example.org/document/" + f.documentNumber + "/pdf");
        }
        f.repository = dice.pick(Vocabulary.REPOSITORIES);
        f.reference = Refs.write(dice, variants);
        f.compiler = dice.chance(0.15) ? null : withInitials(dice.pick(Vocabulary.SURNAMES));
        if (f.compiler == null) variants.add(Variant.NO_COMPILER);
        publication(f);
        f.summary = "Synthetic record " + index + " made by the Fonds generator (seed " + seed
                + "); it is not a historical document. The " + f.council + " discusses the situation in " + f.place + ".";
        f.language = dice.pick(Vocabulary.LANGUAGES);
        protocol(f);
        f.people = dice.distinct(Vocabulary.SURNAMES, dice.between(6, 14));
        return f;
    }

    private void publication(Facts f) {
        if (dice.chance(0.15)) {
            variants.add(Variant.NO_PUBLICATION);
            return;
        }
        String journal = dice.pick(Vocabulary.JOURNALS);
        String issue = dice.chance(0.5) ? Integer.toString(dice.between(1, 40)) : dice.between(1, 9) + "-" + dice.between(10, 12);
        int page = dice.between(10, 600);
        String pages;
        String written;
        switch (dice.between(0, 2)) {
            case 0 -> {
                variants.add(Variant.PAGE_SINGLE);
                pages = Integer.toString(page);
                written = "p. " + pages;
            }
            case 1 -> {
                variants.add(Variant.PAGE_NO_SPACE);
                pages = Integer.toString(page);
                written = "p." + pages;
            }
            default -> {
                pages = page + "-" + (page + dice.between(1, 5));
                written = "pp. " + pages;
            }
        }
        f.publishedIn = new PublishedIn(journal, issue, pages);
        f.publishedText = "Published in " + journal + " " + issue + ", " + written;
    }

    private void protocol(Facts f) {
        int number = dice.between(10, 99);
        switch (dice.between(0, 2)) {
            case 0 -> {
                variants.add(Variant.PROTOCOL_POINT);
                String point = dice.pick(Vocabulary.ROMAN);
                f.protocol = new ProtocolRef(Integer.toString(number), point);
                f.protocolText = "(Re: " + dice.oneOf("Point ", "point ") + point + " of Protocol No. " + number + ")";
            }
            case 1 -> {
                variants.add(Variant.PROTOCOL_NUMBER_ONLY);
                f.protocol = new ProtocolRef(Integer.toString(number), null);
                f.protocolText = "(Re: Protocol No. " + number + ")";
            }
            default -> {
                // no formal protocol reference
            }
        }
    }

    /** The blocks of the body: title line, participants, then agenda items with their turns. */
    private List<Block> plan(Facts f, boolean runTogether) {
        List<Block> blocks = new ArrayList<>();
        boolean single = f.to.equals(f.from);
        String mention = single ? dayMonthYear(f.from) : null;
        blocks.add(new Blocks.TitleLine(f.title, mention, single ? f.from.toString() : null, f.protocolText));
        blocks.add(participantsBlock(f, runTogether));
        int items = dice.between(1, 4);
        for (int item = 0; item < items; item++) {
            blocks.add(heading(f, item, runTogether));
            int turns = dice.between(2, 8);
            for (int t = 0; t < turns; t++) {
                blocks.add(turn(f, runTogether));
                if (dice.chance(0.35)) blocks.add(plain(f, runTogether));
            }
        }
        return blocks;
    }

    private Block participantsBlock(Facts f, boolean runTogether) {
        List<String> people = f.people;
        int main = Math.max(2, people.size() - (dice.chance(0.3) ? 3 : 0));
        List<String> written = new ArrayList<>();
        for (String name : people.subList(0, main)) {
            if (dice.chance(0.1)) {
                variants.add(Variant.PARTICIPANTS_INITIALS);
                written.add(withInitials(name));
            } else {
                written.add(name);
            }
        }
        List<String> continuation = people.subList(main, people.size());
        if (!continuation.isEmpty()) variants.add(Variant.PARTICIPANTS_CONTINUATION);
        boolean group = !runTogether && dice.chance(0.2);
        if (group) variants.add(Variant.PARTICIPANTS_GROUP);
        return new Blocks.Participants(written, List.copyOf(continuation), group);
    }

    private Block heading(Facts f, int item, boolean runTogether) {
        String topic = String.format(dice.pick(Vocabulary.TOPICS), f.place);
        if (runTogether || dice.chance(0.3)) {
            variants.add(Variant.HEADING_ROMAN);
            return new Blocks.Heading(Vocabulary.ROMAN.get(item + 1) + ". On " + topic, Blocks.HeadingKind.ROMAN);
        }
        if (dice.chance(0.3)) {
            variants.add(Variant.HEADING_MARKDOWN);
            return new Blocks.Heading("Exchange of Opinions about " + topic, Blocks.HeadingKind.MARKDOWN);
        }
        return new Blocks.Heading("On " + topic, Blocks.HeadingKind.PLAIN);
    }

    private Block turn(Facts f, boolean runTogether) {
        List<Blocks.Attribution> forms = new ArrayList<>(List.of(Blocks.Attribution.EM_DASH, Blocks.Attribution.EN_DASH,
                Blocks.Attribution.HYPHEN, Blocks.Attribution.COLON, Blocks.Attribution.CDES_LIST,
                Blocks.Attribution.SEVERAL_CDES));
        if (!runTogether) {
            forms.add(Blocks.Attribution.PAGE_BREAK);
            forms.add(Blocks.Attribution.BARE);
        }
        Blocks.Attribution form = dice.pick(forms);
        variants.add(switch (form) {
            case EM_DASH -> Variant.TURN_EM_DASH;
            case EN_DASH -> Variant.TURN_EN_DASH;
            case HYPHEN -> Variant.TURN_HYPHEN;
            case COLON -> Variant.TURN_COLON;
            case CDES_LIST -> Variant.TURN_CDES_LIST;
            case SEVERAL_CDES -> Variant.TURN_SEVERAL_CDES;
            case PAGE_BREAK -> Variant.TURN_PAGE_BREAK_IN_ATTRIBUTION;
            case BARE -> Variant.TURN_BARE_NAME;
        });
        int count = switch (form) {
            case CDES_LIST, SEVERAL_CDES -> dice.between(2, 3);
            case PAGE_BREAK -> 3;
            default -> 1;
        };
        List<String> speakers = dice.distinct(f.people, count);
        return new Blocks.Turn(form, speakers, speech(f, dice.between(1, 7)));
    }

    private List<Sentence> speech(Facts f, int count) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (dice.chance(0.1)) {
                sentences.add(romanDate(f));
            } else {
                sentences.add(new Sentence(String.format(dice.pick(Vocabulary.SPEECH), dice.pick(Vocabulary.PLACES))));
            }
        }
        return sentences;
    }

    /** "31-X-56", "3 XI 56", "(4 XI)": how the note-taker wrote dates. */
    private Sentence romanDate(Facts f) {
        variants.add(Variant.ROMAN_DATE_MENTION);
        LocalDate d = f.from.minusDays(dice.between(0, 5));
        String month = Vocabulary.ROMAN.get(d.getMonthValue() - 1);
        String yy = String.format("%02d", d.getYear() % 100);
        boolean ambiguous = month.equals("I") || month.equals("V");
        String iso = d.withYear(f.from.getYear() / 100 * 100 + d.getYear() % 100).toString();
        return switch (dice.between(0, 2)) {
            case 0 -> new Sentence("This follows the decision of " + d.getDayOfMonth() + "-" + month + "-" + yy + ".",
                    d.getDayOfMonth() + "-" + month + "-" + yy, iso);
            case 1 -> new Sentence("The answer is expected on " + d.getDayOfMonth() + " " + month + " " + yy + ".",
                    d.getDayOfMonth() + " " + month + " " + yy, iso);
            default -> ambiguous || d.getYear() != f.from.getYear()
                    ? new Sentence("The answer is expected on " + d.getDayOfMonth() + "-" + month + "-" + yy + ".",
                    d.getDayOfMonth() + "-" + month + "-" + yy, iso)
                    : new Sentence("Decide on it later (" + d.getDayOfMonth() + " " + month + ").",
                    d.getDayOfMonth() + " " + month, iso);
        };
    }

    private Block plain(Facts f, boolean runTogether) {
        String who = dice.pick(f.people);
        String other = dice.pick(f.people);
        List<Blocks.PlainKind> kinds = new ArrayList<>(List.of(Blocks.PlainKind.REPORTED, Blocks.PlainKind.TASK,
                Blocks.PlainKind.LIST_ENTRY, Blocks.PlainKind.CONTINUATION, Blocks.PlainKind.SPEAKER_IN_PARENTHESES));
        Blocks.PlainKind kind = dice.pick(kinds);
        String place = dice.pick(Vocabulary.PLACES);
        return switch (kind) {
            case REPORTED -> {
                variants.add(Variant.REPORTED_SPEECH);
                yield new Blocks.Plain(kind, List.of(new Sentence(dice.oneOf(
                        "Cde. " + who + " provides information about the situation in " + place + ".",
                        "Cde. " + who + " is to be sent to " + place + ".",
                        "Cde. " + who + "'s ciphered cable from " + place + " is read aloud."))));
            }
            case TASK -> {
                variants.add(Variant.TASK_LINE);
                yield new Blocks.Plain(kind, List.of(new Sentence(dice.oneOf(
                        "Cdes. " + who + " and " + other + " are to prepare measures on the harbor question.",
                        "Cdes. " + who + ", " + other + ", + local comrades— to prepare measures."))));
            }
            case LIST_ENTRY -> {
                variants.add(Variant.LIST_ENTRIES);
                yield new Blocks.Plain(kind, List.of(new Sentence(who + "-the minister of fisheries.")));
            }
            case SPEAKER_IN_PARENTHESES -> {
                variants.add(Variant.SPEAKER_IN_PARENTHESES);
                yield new Blocks.Plain(kind, List.of(new Sentence("(Cde. " + who + ")")));
            }
            case CONTINUATION -> new Blocks.Plain(kind, speech(f, dice.between(1, 3)));
        };
    }

    private NotesWriter.Layout notesLayout(boolean runTogether) {
        List<NotesWriter.Layout> layouts = new ArrayList<>(List.of(NotesWriter.Layout.values()));
        layouts.remove(NotesWriter.Layout.FRUS); // FRUS's own, chosen with its page
        if (runTogether) layouts.remove(NotesWriter.Layout.SINGULAR);
        NotesWriter.Layout layout = dice.pick(layouts);
        variants.add(switch (layout) {
            case PER_LINE -> Variant.NOTES_PER_LINE;
            case DOTTED -> Variant.NOTES_DOTTED;
            case BRACKETED -> Variant.NOTES_BRACKETED;
            case ONE_PARAGRAPH -> Variant.NOTES_ONE_PARAGRAPH;
            case GLUED -> Variant.NOTES_GLUED;
            case SUPERSCRIPT -> Variant.NOTES_SUPERSCRIPT;
            case SINGULAR -> Variant.NOTE_SINGULAR;
            case FRUS -> Variant.LAYOUT_FRUS;
        });
        return layout;
    }

    private static List<String> participants(List<Block> plan) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Block b : plan) {
            if (b instanceof Blocks.Participants p) {
                for (String w : p.written()) names.add(w.substring(w.lastIndexOf(' ') + 1));
                names.addAll(p.continuation());
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Those who open turns, then those named only by a "(Cde. X)" closing a remark: run together on
     * one line it follows a sentence's full stop and says who made the remark (spec/RECORD.md,
     * "speakers"); on a line of its own it is a heading, and names no speaker.
     */
    private static List<String> speakers(List<Turn> turns, List<Block> plan, boolean runTogether) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        turns.forEach(t -> names.addAll(t.speakers()));
        if (runTogether) {
            for (Block b : plan) {
                if (b instanceof Blocks.Plain p && p.kind() == Blocks.PlainKind.SPEAKER_IN_PARENTHESES) {
                    String text = p.sentences().get(0).text();
                    names.add(text.substring("(Cde. ".length(), text.length() - 1));
                }
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * "Zhukov" as "G. K. Zhukov": one person keeps the same initials in every document of a corpus,
     * as in real exports, so that the initials tell people of one surname apart instead of inventing
     * a new one each time.
     */
    static String withInitials(String surname) {
        int h = surname.hashCode() & 0x7fffffff;
        String first = (char) ('A' + h % 26) + ". ";
        return (h / 26) % 2 == 0 ? first + surname : first + (char) ('A' + (h / 52) % 26) + ". " + surname;
    }

    static String dayMonthYear(LocalDate d) {
        return d.getDayOfMonth() + " " + Vocabulary.MONTHS.get(d.getMonthValue() - 1) + " " + d.getYear();
    }

    private record Encoded(byte[] bytes, List<Warning> warnings) {
    }

    /** The encoding and line endings the file is saved with, and the warning that earns. */
    private Encoded encode(String text) {
        if (dice.chance(0.1)) {
            variants.add(Variant.CRLF);
            text = text.replace("\n", "\r\n");
        }
        int pick = dice.between(0, 9);
        if (pick == 0) {
            variants.add(Variant.ENCODING_UTF8_BOM);
            return new Encoded(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)), List.of());
        }
        if (pick == 1) {
            variants.add(Variant.ENCODING_UTF16LE);
            return new Encoded(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)), List.of());
        }
        if (pick == 2) {
            variants.add(Variant.ENCODING_UTF16BE);
            return new Encoded(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)), List.of());
        }
        if (pick == 3 && WINDOWS_1252.newEncoder().canEncode(text)) {
            variants.add(Variant.ENCODING_WINDOWS_1252);
            int firstNonAscii = -1;
            for (int i = 0; i < text.length() && firstNonAscii < 0; i++) {
                if (text.charAt(i) > 0x7F) firstNonAscii = i;
            }
            List<Warning> warnings = firstNonAscii < 0 ? List.of()
                    : List.of(new Warning("encoding-fallback", "not UTF-8; read as windows-1252", lineOf(text, firstNonAscii)));
            return new Encoded(text.getBytes(WINDOWS_1252), warnings);
        }
        return new Encoded(text.getBytes(StandardCharsets.UTF_8), List.of());
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The part above the contents: date line, title, labelled sections. */
    private static final class Header {
        private final Dice dice;
        private final Set<Variant> variants;
        private final Facts f;
        private String dateText;
        private String citation;
        private String repository;

        Header(Dice dice, Set<Variant> variants, Facts f) {
            this.dice = dice;
            this.variants = variants;
            this.f = f;
        }

        /** What the export's labels state; call after {@link #render}. */
        Stated stated() {
            return new Stated("wcda-export", dateText, citation, repository, f.urls, List.of(f.reference.reference()),
                    f.compiler, f.publishedIn, f.summary, f.language, "English", null, List.of());
        }

        String render(boolean runTogetherBody) {
            int style = dice.between(0, 3);
            Variant labels = new Variant[] {Variant.LABELS_BOLD, Variant.LABELS_PLAIN, Variant.LABELS_HEADING,
                    Variant.LABELS_RUN_TOGETHER}[style];
            variants.add(labels);
            boolean source = dice.chance(0.15);
            StringBuilder out = new StringBuilder("\n\n");
            out.append(titleBlock(source));
            String citationRaw = source ? sourceBlock() : citationBlock(labels == Variant.LABELS_RUN_TOGETHER);
            String translation = translation();
            String label = source ? "Source" : "Citation";
            if (labels == Variant.LABELS_RUN_TOGETHER) {
                out.append(label).append(": ").append(citationRaw).append(" Summary: ").append(f.summary)
                        .append(" Original Language: ").append(f.language).append(" Contents: ").append(translation)
                        .append(runTogetherBody ? " " : "\n\n");
                return out.toString();
            }
            out.append(label(labels, label)).append(citationRaw).append("\n\n");
            out.append(label(labels, "Summary")).append(f.summary).append("\n\n");
            out.append(label(labels, "Original Language")).append(f.language).append("\n\n");
            if (dice.chance(0.3)) {
                variants.add(Variant.CONTENTS_SAME_LINE);
                out.append(labels == Variant.LABELS_BOLD ? "**Contents:** " : "Contents: ").append(translation);
            } else {
                out.append(label(labels, "Contents")).append(translation);
            }
            out.append("\n\n");
            return out.toString();
        }

        private static String label(Variant style, String name) {
            return switch (style) {
                case LABELS_BOLD -> "**" + name + ":**\n\n";
                case LABELS_HEADING -> "#### " + name + "\n\n";
                default -> name + ":\n\n";
            };
        }

        private String translation() {
            if (dice.chance(0.5)) {
                variants.add(Variant.TRANSLATION_DASH);
                return "Translation - English";
            }
            variants.add(Variant.TRANSLATION_WORD_FIRST);
            return "English Translation";
        }

        private String titleBlock(boolean source) {
            StringBuilder out = new StringBuilder();
            // a source block has no date of its own: then the date line is the only one
            String written = dateLine(!source);
            if (written != null) {
                dateText = written;
                if (dice.chance(0.5)) {
                    variants.add(Variant.DATE_LINE_BOLD);
                    out.append("**").append(written).append("**  \n");
                } else {
                    variants.add(Variant.DATE_LINE_PLAIN);
                    out.append(written).append("\n");
                }
            }
            String title = f.title;
            if (dice.chance(0.5)) {
                variants.add(Variant.TITLE_BROKEN);
                int cut = title.lastIndexOf(' ', title.length() / 2 + 10);
                title = title.substring(0, cut) + "  \n" + title.substring(cut + 1);
            }
            out.append(dice.chance(0.7) ? "**" + title + "**" : title).append("\n\n");
            return out.toString();
        }

        /** The date as the date line writes it, or null for no date line (the citation's date counts then). */
        private String dateLine(boolean mayBeMissing) {
            if (!f.to.equals(f.from)) {
                return f.from.getDayOfMonth() + " and " + f.to.getDayOfMonth() + " "
                        + Vocabulary.MONTHS.get(f.from.getMonthValue() - 1) + " " + f.from.getYear();
            }
            switch (dice.between(mayBeMissing ? 0 : 1, 4)) {
                case 0 -> {
                    variants.add(Variant.NO_DATE_LINE);
                    return null;
                }
                case 1 -> {
                    variants.add(Variant.DATE_DAY_FIRST);
                    return dayMonthYear(f.from);
                }
                case 2 -> {
                    variants.add(Variant.DATE_ZERO_PADDED);
                    return Vocabulary.MONTHS.get(f.from.getMonthValue() - 1) + " " + String.format("%02d", f.from.getDayOfMonth())
                            + ", " + f.from.getYear();
                }
                default -> {
                    variants.add(Variant.DATE_MONTH_FIRST);
                    return monthDayYear(f.from);
                }
            }
        }

        private String citationBlock(boolean oneLine) {
            boolean curly = dice.chance(0.3);
            if (curly) variants.add(Variant.CURLY_QUOTES);
            String open = curly ? "“" : "\"";
            String close = curly ? "”" : "\"";
            String cited = monthDayYear(f.from);
            if (dateText == null) dateText = cited;
            repository = f.repository;
            StringBuilder c = new StringBuilder(open + f.title + close + ", " + cited + ", " + f.repository + ", "
                    + f.reference.text());
            if (f.compiler != null) c.append(", compiled by ").append(f.compiler).append(".");
            if (f.publishedText != null) c.append(" ").append(f.publishedText);
            String text = c.toString().strip();
            StringBuilder raw = new StringBuilder(text);
            StringBuilder clean = new StringBuilder(text);
            for (String url : f.urls) {
                String sep = oneLine ? " " : "  \n";
                raw.append(sep).append("<").append(url).append(">");
                clean.append(" ").append(url);
            }
            citation = clean.toString();
            return raw.toString();
        }

        private String sourceBlock() {
            variants.add(Variant.SOURCE_BLOCK);
            repository = f.repository;
            StringBuilder c = new StringBuilder(f.reference.text());
            if (f.compiler != null) c.append(", compiled by ").append(f.compiler).append(".");
            if (f.publishedText != null) c.append(" ").append(f.publishedText).append(".");
            c.append(" ").append(f.repository);
            String text = c.toString();
            StringBuilder clean = new StringBuilder(text);
            for (String url : f.urls) clean.append(" ").append(url);
            citation = clean.toString();
            StringBuilder raw = new StringBuilder(text);
            for (String url : f.urls) raw.append(" <").append(url).append(">");
            return raw.toString();
        }

        private static String monthDayYear(LocalDate d) {
            return Vocabulary.MONTHS.get(d.getMonthValue() - 1) + " " + d.getDayOfMonth() + ", " + d.getYear();
        }
    }
}

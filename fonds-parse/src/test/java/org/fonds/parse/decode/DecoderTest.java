package org.fonds.parse.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fonds.parse.Parsing;
import org.fonds.parse.Refusal;
import org.fonds.parse.RefusalCode;
import org.fonds.parse.Seeds;
import org.fonds.parse.WarningCode;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Warning;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bytes to text: byte-order marks, UTF-16, the windows-1252 fallback, and what is refused, on which line. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String FALLBACK = WarningCode.ENCODING_FALLBACK.code();

    static Stream<Arguments> seedsWithByteOrderMarks() {
        List<Arguments> args = new ArrayList<>();
        for (Seeds.Seed seed : Seeds.material()) {
            args.add(Arguments.of(seed, "UTF-8", bytes(0xEF, 0xBB, 0xBF), StandardCharsets.UTF_8));
            args.add(Arguments.of(seed, "UTF-16LE", bytes(0xFF, 0xFE), StandardCharsets.UTF_16LE));
            args.add(Arguments.of(seed, "UTF-16BE", bytes(0xFE, 0xFF), StandardCharsets.UTF_16BE));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("seedsWithByteOrderMarks")
    void a_seed_with_a_byte_order_mark_reads_as_it_does_in_plain_utf8(Seeds.Seed seed, String name, byte[] mark,
                                                                       Charset charset) {
        ArchiveRecord plain = Parsing.accept(seed.bytes());

        ArchiveRecord marked = Parsing.accept(concat(mark, seed.string().getBytes(charset)));

        assertThat(marked.title()).isEqualTo(plain.title());
        assertThat(marked.participants()).isEqualTo(plain.participants());
        assertThat(marked.body()).isEqualTo(plain.body());
        assertThat(marked.notes()).isEqualTo(plain.notes());
        assertThat(marked.warnings()).as("warnings of the marked text").isEqualTo(plain.warnings());
    }

    static Stream<Arguments> seedsInUtf16WithoutAMark() {
        return Seeds.material().stream().flatMap(seed -> Stream.of(
                Arguments.of(seed, StandardCharsets.UTF_16LE), Arguments.of(seed, StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("seedsInUtf16WithoutAMark")
    void a_seed_in_utf16_without_a_mark_is_read_with_an_encoding_fallback_warning(Seeds.Seed seed, Charset charset) {
        ArchiveRecord plain = Parsing.accept(seed.bytes());

        ArchiveRecord r = Parsing.accept(seed.string().getBytes(charset));

        assertThat(r.title()).isEqualTo(plain.title());
        assertThat(r.body()).isEqualTo(plain.body());
        assertThat(r.warnings()).extracting(Warning::code).contains(FALLBACK);
    }

    /** Seeds that windows-1252 can encode and that differ from their UTF-8 bytes (curly quotes, dashes, é). */
    static Stream<Seeds.Seed> seedsIn1252() {
        List<Seeds.Seed> seeds = Seeds.material().stream()
                .filter(s -> WINDOWS_1252.newEncoder().canEncode(s.string()))
                .filter(s -> s.string().chars().anyMatch(c -> c > 0x7F))
                .toList();
        assertThat(seeds).as("seeds with non-ASCII text that windows-1252 can encode").isNotEmpty();
        return seeds.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedsIn1252")
    void a_seed_in_windows_1252_is_read_with_an_encoding_fallback_warning_on_its_first_non_ascii_line(Seeds.Seed seed) {
        String text = seed.string();
        ArchiveRecord plain = Parsing.accept(seed.bytes());

        ArchiveRecord r = Parsing.accept(text.getBytes(WINDOWS_1252));

        assertThat(r.title()).isEqualTo(plain.title());
        assertThat(r.participants()).isEqualTo(plain.participants());
        assertThat(r.body()).isEqualTo(plain.body());
        int firstNonAscii = 0;
        while (text.charAt(firstNonAscii) <= 0x7F) firstNonAscii++;
        int line = lineOf(text, firstNonAscii);
        assertThat(r.warnings()).filteredOn(w -> w.code().equals(FALLBACK))
                .singleElement()
                .extracting(Warning::line).as("line of the fallback warning").isEqualTo(line);
    }

    @Test
    void bytes_neither_utf8_nor_windows_1252_are_refused_as_undecodable_on_their_line() {
        byte[] bytes = concat("Minutes of the Harbour Committee\nContents:\nThe crane ".getBytes(StandardCharsets.US_ASCII),
                bytes(0x81, 0x8D, 0xC3, 0x28), " is broken.\nEnd.\n".getBytes(StandardCharsets.US_ASCII));

        Refusal refusal = Parsing.refuse(bytes);

        assertThat(refusal.code()).isEqualTo(RefusalCode.UNDECODABLE);
        assertThat(refusal.line()).isEqualTo(3);
        assertThat(refusal.describe("export.txt")).startsWith("export.txt:3: undecodable: ");
    }

    @Test
    void an_undecodable_file_is_refused_on_the_line_that_neither_encoding_can_read() {
        // line 2 holds é as windows-1252 writes it (not UTF-8, but fine in 1252); line 4 holds 0x81, which no
        // encoding on offer can read: the refusal should point at line 4
        byte[] bytes = concat("Minutes of the Harbour Committee\nCaf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9),
                " Orlov\nContents:\nThe crane ".getBytes(StandardCharsets.US_ASCII), bytes(0x81),
                " is broken.\n".getBytes(StandardCharsets.US_ASCII));

        Refusal refusal = Parsing.refuse(bytes);

        assertThat(refusal.code()).isEqualTo(RefusalCode.UNDECODABLE);
        assertThat(refusal.line()).isEqualTo(4);
    }

    @Test
    void utf8_with_a_stray_byte_is_still_a_text_read_with_the_byte_replaced_and_a_warning() {
        // ” (E2 80 9D) and ő (C5 91) hold bytes windows-1252 leaves undefined: the fallback cannot read
        // this text, yet it is UTF-8 but for one byte, as a damaged or carelessly edited copy is
        byte[] bytes = concat("Minutes of the Harbour Committee\nContents:\nThe crane, said Kov\u00e1cs and Hegedűs, is \u201dbroken\u201d."
                .getBytes(StandardCharsets.UTF_8), bytes(0xFF), " End.\n".getBytes(StandardCharsets.US_ASCII));

        Decoder.Result r = new Decoder().decode(bytes);

        assertThat(r).isInstanceOfSatisfying(Decoder.Text.class, t -> {
            assertThat(t.decoded().text()).contains("Hegedűs", "\u201dbroken\u201d", "\uFFFD End.");
            assertThat(t.decoded().fallback()).isTrue();
            assertThat(t.decoded().charset()).isEqualTo("UTF-8 with bad bytes replaced");
        });
    }

    @Test
    void many_bad_bytes_among_a_few_good_characters_are_no_text() {
        byte[] bytes = concat("Kov\u00e1cs ".getBytes(StandardCharsets.UTF_8), bytes(0xFF, 0xFE, 0x81, 0x90, 0x9D, 0xC0),
                " end".getBytes(StandardCharsets.US_ASCII));
        assertThat(Decoder.mostlyUtf8(bytes)).isFalse();
    }

    @Test
    void a_zero_byte_is_refused_as_binary_on_its_line() {
        byte[] bytes = concat("Minutes\nContents:\nThe crane".getBytes(StandardCharsets.US_ASCII), bytes(0),
                " is broken.\n".getBytes(StandardCharsets.US_ASCII));

        Refusal refusal = Parsing.refuse(bytes);

        assertThat(refusal.code()).isEqualTo(RefusalCode.BINARY);
        assertThat(refusal.line()).isEqualTo(3);
    }

    @Test
    void text_that_is_mostly_control_characters_is_refused_as_binary() {
        String controls = "Minutes\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\n\u000E\u000F\u0010\u0011 Contents:";

        Refusal refusal = Parsing.refuse(controls.repeat(20));

        assertThat(refusal.code()).isEqualTo(RefusalCode.BINARY);
    }

    @Test
    void the_decoder_reads_a_utf16_mark_without_calling_it_a_fallback() {
        Decoder.Result result = new Decoder().decode(concat(bytes(0xFF, 0xFE), "Orlov—crane".getBytes(StandardCharsets.UTF_16LE)));

        assertThat(result).isInstanceOfSatisfying(Decoder.Text.class, text -> {
            assertThat(text.decoded().text()).isEqualTo("Orlov—crane");
            assertThat(text.decoded().fallback()).isFalse();
        });
    }

    @Test
    void the_decoder_reads_windows_1252_as_a_fallback() {
        Decoder.Result result = new Decoder().decode("“Orlov’s crane” – café".getBytes(WINDOWS_1252));

        assertThat(result).isInstanceOfSatisfying(Decoder.Text.class, text -> {
            assertThat(text.decoded().text()).isEqualTo("“Orlov’s crane” – café");
            assertThat(text.decoded().fallback()).isTrue();
        });
    }

    /**
     * A file with a byte-order mark is read by the JDK's (vectorised) String decoder, which replaces what is
     * malformed with U+FFFD; it must read exactly as the strict decoder does: the same text where the bytes are
     * valid (a U+FFFD written in the text included), a refusal where they are not. Random texts of letters, a
     * written U+FFFD, lone surrogates, stray bytes and a cut last character, with each mark.
     */
    @Test
    void a_marked_file_reads_as_the_strict_decoder_reads_it() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"Orlov", " ", "—", "Hegedűs", "\uFFFD", "\uD835\uDC00", "\n", "Contents:"};
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
        byte[][] marks = {bytes(0xEF, 0xBB, 0xBF), bytes(0xFF, 0xFE), bytes(0xFE, 0xFF)};
        int refused = 0;
        int withReplacementChar = 0;
        for (int n = 0; n < 3000; n++) {
            int which = n % 3;
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
            byte[] body = text.toString().getBytes(charsets[which]);
            switch (random.nextInt(5)) {
                case 0 -> body = concat(body, bytes(0x80 + random.nextInt(128))); // a stray byte, or an odd length
                case 1 -> body = concat(body, which == 0 ? bytes(0xC3) : which == 1 ? bytes(0x00, 0xD8) : bytes(0xD8, 0x00)); // a cut char, a lone surrogate
                default -> { }
            }
            byte[] file = concat(marks[which], body);
            String strict = strictly(body, charsets[which]);

            Decoder.Result result = new Decoder().decode(file);

            if (strict == null) {
                refused++;
                assertThat(result).as("file %s", java.util.HexFormat.of().formatHex(file)).isInstanceOf(Decoder.Refused.class);
            } else if (!strict.isBlank()) {
                if (strict.indexOf('\uFFFD') >= 0) withReplacementChar++;
                assertThat(result).as("file %s", java.util.HexFormat.of().formatHex(file))
                        .isInstanceOfSatisfying(Decoder.Text.class, t -> assertThat(t.decoded().text()).isEqualTo(strict));
            }
        }
        assertThat(refused).as("malformed files among the random ones").isGreaterThan(300);
        assertThat(withReplacementChar).as("valid files holding a written U+FFFD").isGreaterThan(300);
    }

    /** What a strict decoder (malformed and unmappable input reported) makes of {@code b}, or null. */
    private static String strictly(byte[] b, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n' || (text.charAt(i) == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }


    @org.junit.jupiter.api.Test
    void a_utf8_file_cut_in_the_middle_of_a_character_stays_utf8_and_is_marked_truncated() {
        byte[] whole = "Title\nCde. K\u00e1d\u00e1r: \u201cyes\u201d".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        var result = new Decoder().decode(cut);
        org.assertj.core.api.Assertions.assertThat(result).isInstanceOf(Decoder.Text.class);
        var decoded = ((Decoder.Text) result).decoded();
        org.assertj.core.api.Assertions.assertThat(decoded.charset()).isEqualTo("UTF-8");
        org.assertj.core.api.Assertions.assertThat(decoded.truncated()).isTrue();
        org.assertj.core.api.Assertions.assertThat(decoded.text()).endsWith("\u201cyes").contains("K\u00e1d\u00e1r");
        org.assertj.core.api.Assertions.assertThat(decoded.firstNonUtf8Line()).isEqualTo(2);
    }
}

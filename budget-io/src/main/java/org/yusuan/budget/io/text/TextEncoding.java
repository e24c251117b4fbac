package org.yusuan.budget.io.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The encodings that published disclosures and the spreadsheets made from them come in: UTF-8,
 * with or without a byte order mark, and GB18030 (what Excel and most Chinese-locale tools write;
 * a superset of GBK and GB2312).
 */
public enum TextEncoding {
    /** UTF-8 (a leading byte order mark is skipped). */
    UTF_8(StandardCharsets.UTF_8),
    /** GB18030, the Chinese national standard encoding. */
    GB18030(Charset.forName("GB18030"));

    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Charset charset;

    TextEncoding(Charset charset) {
        this.charset = charset;
    }

    /** The Java charset. */
    public Charset charset() {
        return charset;
    }

    /**
     * Detects the encoding of some bytes: UTF-8 when they start with a UTF-8 byte order mark;
     * GB18030 when they are not valid UTF-8; and when they are valid in both, the reading with the
     * larger share of characters a Chinese document is made of (common Chinese characters, ASCII,
     * CJK and full-width punctuation), UTF-8 on a tie. A short GB18030 text such as {@code 一}
     * (bytes {@code D2 BB}) is also valid UTF-8, for the Cyrillic {@code һ}; this picks GB18030.
     * Pure ASCII reads the same in both and is reported as UTF-8. Where the encoding is known, use
     * {@link #read(byte[])} of that encoding.
     *
     * @param bytes the whole text
     * @return the encoding
     */
    public static TextEncoding detect(byte[] bytes) {
        return detected(bytes).encoding();
    }

    /**
     * The encoding {@link #detect} finds, with the text as deciding it decoded it, if it did: a
     * strict decoding that succeeds is what {@link #read} gives, so {@link #decode} need not decode
     * the bytes again.
     *
     * @param encoding the encoding found
     * @param text the bytes decoded in it, or null if deciding did not decode them in it
     */
    private record Detected(TextEncoding encoding, String text) {}

    private static Detected detected(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (startsWithBom(bytes)) {
            return new Detected(UTF_8, null);
        }
        Optional<String> utf8 = strictDecode(StandardCharsets.UTF_8, bytes);
        if (utf8.isEmpty()) {
            return new Detected(GB18030, null);
        }
        if (isAscii(bytes)) {
            return new Detected(UTF_8, utf8.get());
        }
        Optional<String> gb = strictDecode(GB18030.charset, bytes);
        if (gb.isEmpty()) {
            return new Detected(UTF_8, utf8.get());
        }
        // compare the shares exactly: usual(gb) / length(gb) > usual(utf8) / length(utf8)
        long gbScore = (long) usualCharacters(gb.get()) * utf8.get().length();
        long utf8Score = (long) usualCharacters(utf8.get()) * gb.get().length();
        return gbScore > utf8Score ? new Detected(GB18030, gb.get()) : new Detected(UTF_8, utf8.get());
    }

    private static Optional<String> strictDecode(Charset charset, byte[] bytes) {
        CharsetDecoder strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(strict.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Characters a Chinese document is made of: common Chinese characters, ASCII, punctuation. */
    private static int usualCharacters(String text) {
        int usual = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean common = (c >= '\u4e00' && c <= '\u9fff')
                    || (c >= ' ' && c < '\u007f')
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= '\u3000' && c <= '\u303f')
                    || (c >= '\uff00' && c <= '\uffef');
            if (common) {
                usual++;
            }
        }
        return usual;
    }

    /**
     * Decodes some bytes in the encoding {@link #detect} finds, without a byte order mark.
     *
     * @param bytes the whole text
     * @return the text
     */
    public static String decode(byte[] bytes) {
        Detected detected = detected(bytes);
        return detected.text() != null ? detected.text() : detected.encoding().read(bytes);
    }

    /**
     * Decodes some bytes in this encoding, skipping a UTF-8 byte order mark. Malformed input is
     * replaced with U+FFFD, which a reader then reports where it meets it.
     *
     * @param bytes the whole text
     * @return the text
     */
    public String read(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        int offset = this == UTF_8 && startsWithBom(bytes) ? UTF_8_BOM.length : 0;
        CharBuffer chars = charset.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF_8_BOM[0] && bytes[1] == UTF_8_BOM[1] && bytes[2] == UTF_8_BOM[2];
    }
}

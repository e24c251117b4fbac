package org.yusuan.budget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
    private static final String LINE = "2080107\t社会保险业务管理事务\t446.71\t446.71";

    @Test
    void detectsUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = LINE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFF" + LINE).getBytes(StandardCharsets.UTF_8);
        assertThat(TextEncoding.detect(plain)).isEqualTo(TextEncoding.UTF_8);
        assertThat(TextEncoding.detect(withBom)).isEqualTo(TextEncoding.UTF_8);
        assertThat(TextEncoding.decode(plain)).isEqualTo(LINE);
        assertThat(TextEncoding.decode(withBom)).isEqualTo(LINE);
    }

    @Test
    void detectsGb18030AsExcelWritesIt() {
        byte[] gb = LINE.getBytes(Charset.forName("GB18030"));
        assertThat(TextEncoding.detect(gb)).isEqualTo(TextEncoding.GB18030);
        assertThat(TextEncoding.decode(gb)).isEqualTo(LINE);
    }

    @Test
    void prefersTheChineseReadingOfBytesValidInBoth() {
        byte[] gb = "一".getBytes(Charset.forName("GB18030")); // D2 BB, also valid UTF-8 for U+04BB
        assertThat(TextEncoding.detect(gb)).isEqualTo(TextEncoding.GB18030);
        assertThat(TextEncoding.decode(gb)).isEqualTo("一");
        byte[] cyrillic = "һ".getBytes(StandardCharsets.UTF_8);
        assertThat(TextEncoding.UTF_8.read(cyrillic)).isEqualTo("һ");
    }

    @Test
    void readsAsciiAsUtf8() {
        assertThat(TextEncoding.detect("code,name\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(TextEncoding.UTF_8);
        assertThat(TextEncoding.detect(new byte[0])).isEqualTo(TextEncoding.UTF_8);
    }

    @Property
    void chineseTextInUtf8IsAlwaysReadBack(
            @ForAll @StringLength(min = 1, max = 200) @CharRange(from = '\u4e00', to = '\u9fa5') String text) {
        assertThat(TextEncoding.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    /**
     * GB18030 text is read back once it is as long as a table cell usually is: a short text can be
     * valid, plausible UTF-8 too (see {@link #shortGb18030TextCanReadAsPlausibleUtf8}).
     */
    @Property
    void chineseTextInGb18030IsReadBack(
            @ForAll @StringLength(min = 16, max = 200) @CharRange(from = '\u4e00', to = '\u9fa5') String text) {
        assertThat(TextEncoding.decode(text.getBytes(Charset.forName("GB18030"))))
                .isEqualTo(text);
    }

    @Test
    void shortGb18030TextCanReadAsPlausibleUtf8() {
        // 鍊丂 in GB18030 is E5 80 81 40, which is also UTF-8 for 倁@: both readings are plausible,
        // and a tie goes to UTF-8. Callers who know the encoding pass it instead of detecting it.
        byte[] gb = "鍊丂".getBytes(Charset.forName("GB18030"));
        assertThat(TextEncoding.detect(gb)).isEqualTo(TextEncoding.UTF_8);
        assertThat(TextEncoding.GB18030.read(gb)).isEqualTo("鍊丂");
    }

    /**
     * Decoding is detecting and then reading in the encoding found, whatever the bytes: valid in
     * one encoding, in both, or in neither (read with replacement characters). {@link
     * TextEncoding#decode} keeps the text that detecting decoded instead of decoding it again.
     */
    @Property
    void decodingIsDetectingThenReading(@ForAll byte[] bytes) {
        assertThat(TextEncoding.decode(bytes))
                .isEqualTo(TextEncoding.detect(bytes).read(bytes));
    }

    @Property
    void decodingTextIsDetectingThenReading(@ForAll String text, @ForAll boolean gb, @ForAll boolean bom) {
        byte[] bytes =
                ((bom ? "\uFEFF" : "") + text).getBytes(gb ? Charset.forName("GB18030") : StandardCharsets.UTF_8);
        assertThat(TextEncoding.decode(bytes))
                .isEqualTo(TextEncoding.detect(bytes).read(bytes));
    }
}

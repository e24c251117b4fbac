package org.yusuan.budget.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The narrative reader's word matching without regular expressions gives what the expressions it
 * stands for give: {@link NarrativeReader#compared}, {@link NarrativeReader#isChange} and the leading
 * ordinal and year a figure's words lose.
 */
class NarrativeWordsProperties {
    private static final Pattern CHANGE = Pattern.compile(".*(增加|减少|增长|下降|增减|持平|上升|降低)$");

    private static final Pattern COMPARED = Pattern.compile("比上年|较上年|比\\d{4}年|较\\d{4}年|与上年|与\\d{4}年|同比|上年为|上年的|上年是");

    private static final Pattern LEADING_ORDINAL = Pattern.compile("^\\d+、");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年度?");

    private static int byRegex(String text) {
        Matcher m = COMPARED.matcher(text);
        return m.find() ? m.start() : -1;
    }

    @Property(tries = 5000)
    void comparedIsWhereTheExpressionFirstMatches(@ForAll("sentences") String text) {
        assertEquals(byRegex(text), NarrativeReader.compared(text), text);
    }

    @Property(tries = 3000)
    void isChangeIsWhatTheExpressionMatches(@ForAll("phrases") String phrase) {
        assertEquals(CHANGE.matcher(phrase).matches(), NarrativeReader.isChange(phrase), phrase);
    }

    @Property(tries = 3000)
    void leadingOrdinalAndYearGoAsTheExpressionsTakeThem(@ForAll("leads") String words) {
        assertEquals(
                LEADING_ORDINAL.matcher(words).replaceFirst(""), NarrativeReader.withoutLeadingOrdinal(words), words);
        assertEquals(LEADING_YEAR.matcher(words).replaceFirst(""), NarrativeReader.withoutLeadingYear(words), words);
    }

    @Provide
    Arbitrary<String> leads() {
        // digits (ASCII and full-width), the ordinal's and the year's marks, and other words
        return Arbitraries.of("1", "2025", "202", "0", "１", "、", "年", "度", "年度", "支出", "，", " ", "\n")
                .list()
                .ofMaxSize(6)
                .map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> phrases() {
        // the words, their halves, line terminators and other characters
        return Arbitraries.of(
                        "增加", "减少", "增长", "下降", "增减", "持平", "上升", "降低", "增", "加", "降", "支出", "\n", "\r", "\u0085",
                        "\u2028", "\u2029", " ", "%")
                .list()
                .ofMaxSize(5)
                .map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> sentences() {
        // pieces of the words, digits and a few others, so that near misses and words cut at the
        // end of the text are common
        return Arbitraries.of("比", "较", "与", "同", "上年", "上", "年", "2019", "201", "2019年", "为", "的", "是", "度", "０", "，")
                .list()
                .ofMaxSize(8)
                .map(pieces -> String.join("", pieces));
    }
}

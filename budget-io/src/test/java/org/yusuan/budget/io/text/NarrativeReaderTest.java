package org.yusuan.budget.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.NarrativeChange;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.table.DisclosureKind;

/** How the narrative's sentences are read when the text wraps them over lines. */
class NarrativeReaderTest {
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();

    private static NarrativeReader.Narrative read(String... body) {
        List<String> lines = new java.util.ArrayList<>(List.of("第三部分 情况说明", "一、收入支出决算总体情况说明"));
        lines.addAll(List.of(body));
        return NarrativeReader.read(lines, DisclosureKind.FINAL_ACCOUNTS, "本单位", Map.of(), CATALOG);
    }

    private static String change(NarrativeChange c) {
        return c.sourceLine().getAsInt() + " "
                + c.movements().stream()
                        .map(m -> m.word() + m.figure().value().toPlainString())
                        .toList()
                + (c.level() ? " 持平" : "");
    }

    private static String figure(NarrativeFigure f) {
        return f.sourceLine().getAsInt() + " " + f.value().toPlainString() + " " + f.quote();
    }

    @Test
    void readsASentenceWrappedOverAdjacentLinesWithEachFigureOnItsOwnLine() {
        NarrativeReader.Narrative n = read("本单位收入支出总计2995.39万元。与2023年度相比，收入", "支出总计减少56.95万元，下降1.87%。");
        assertThat(n.changes()).extracting(NarrativeReaderTest::change).containsExactly("3 [减少56.95, 下降1.87]");
        assertThat(n.figures())
                .extracting(NarrativeReaderTest::figure)
                .containsExactly("3 2995.39 本单位收入支出总计2995.39万元", "4 56.95 收入支出总计减少56.95万元", "4 1.87 下降1.87%");
    }

    @Test
    void readsASentenceWrappedOverABlankLineOnlyWhereTheLineCannotStartAParagraph() {
        NarrativeReader.Narrative n = read("与上年相比，支出减少68.63万元，下降", "", "13.76%。", "", "项目绩效目标", "", "2025年共10个项目。");
        assertThat(n.changes()).extracting(NarrativeReaderTest::change).containsExactly("3 [减少68.63, 下降13.76]");
        assertThat(n.figures()).extracting(NarrativeReaderTest::figure).contains("5 13.76 下降13.76%");
    }

    @Test
    void aSentenceEndAHeadingANumberedItemOrANoteEndsTheParagraph() {
        NarrativeReader.Narrative n = read(
                "支出总计2995.39万元。（如持平作持平表述）",
                "与2023年度相比，支出总计减少56.95万元。",
                "其中：",
                "1、人员经费减少",
                "（一）与2023年度相比，公用经费持平",
                "10.00万元。");
        assertThat(n.changes()).extracting(NarrativeReaderTest::change).containsExactly("4 [减少56.95]", "7 [] 持平");
        // the heading line is not joined with the next: 10.00 is read on its own
        assertThat(n.figures()).extracting(NarrativeReaderTest::figure).contains("8 10.00 10.00万元");
    }
}

package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.cli.Cli.Run;

/** {@code budget catalog}: codes looked up, names resolved, ambiguity listed, nothing guessed. */
class CatalogCommandTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2080107|2080107\t项\t社会保险业务管理事务\t支出功能分类",
                "208|208\t类\t社会保障和就业支出\t支出功能分类",
                "30101|30101\t款\t基本工资\t部门预算支出经济分类",
                "八、社会保障和就业支出|208\t类\t社会保障和就业支出\t支出功能分类",
                "人力资源和社会保障管理|20801\t款\t人力资源和社会保障管理事务\t支出功能分类",
                "[2080108] 信息化建设|2080108\t项\t信息化建设\t支出功能分类",
                "基本工资|30101\t款\t基本工资\t部门预算支出经济分类"
            })
    void printsCodeLevelNameAndClassification(String query, String line) {
        Run run = Cli.run("catalog", query);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(line + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anAmbiguousNameListsTheCandidatesAndExitsOne() {
        Run run = Cli.run("catalog", "其他社会保障和就业支出");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly("20899\t款\t其他社会保障和就业支出\t支出功能分类", "2089999\t项\t其他社会保障和就业支出\t支出功能分类");
        assertThat(run.err()).isEqualTo("budget: \"其他社会保障和就业支出\" is ambiguous: 2 codes fit\n");
    }

    @Test
    void aNameOfTwoClassificationsIsAmbiguousToo() {
        Run run = Cli.run("catalog", "工资福利支出");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out().lines())
                .hasSize(2)
                .anyMatch(l -> l.startsWith("301\t"))
                .anyMatch(l -> l.startsWith("50501\t"));
    }

    @Test
    void anUnknownCodeOrNameExitsOneWithAMessage() {
        Run code = Cli.run("catalog", "2089998");
        assertThat(code.status()).isEqualTo(1);
        assertThat(code.out()).isEmpty();
        assertThat(code.err()).startsWith("budget: 2089998 is not in the catalog (edition 2023–2026): 支出功能分类 unknown");
        Run invalid = Cli.run("catalog", "299");
        assertThat(invalid.status()).isEqualTo(1);
        assertThat(invalid.err()).contains("invalid (the catalog is complete at its level)");
        Run name = Cli.run("catalog", "火星探索支出");
        assertThat(name.status()).isEqualTo(1);
        assertThat(name.err())
                .isEqualTo("budget: no code in the catalog (edition 2023–2026) has the name \"火星探索支出\"\n");
        Run malformed = Cli.run("catalog", "2080");
        assertThat(malformed.status()).isEqualTo(1);
        assertThat(malformed.err()).contains("is not a code");
    }

    @Test
    void theEditionMustBeOneTheCatalogCovers() {
        assertThat(Cli.run("catalog", "208", "--edition", "2026").status()).isZero();
        Run run = Cli.run("catalog", "208", "--edition", "2022");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("budget: no catalog edition covers 2022");
        assertThat(Cli.run("catalog").status()).isEqualTo(2);
    }
}

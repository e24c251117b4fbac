package org.yusuan.budget.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.core.BudgetFormatException;
import org.yusuan.budget.core.code.NameResolution.Match;
import org.yusuan.budget.core.code.NameResolution.Status;
import org.yusuan.budget.core.unit.UnitType;

class ClassificationCatalogTest {
    private static final ClassificationCatalog BUNDLED = ClassificationCatalog.bundled();
    private static final CatalogEdition Y2026 = CatalogEdition.of(Year.of(2026), "test");

    private static FunctionalCode f(String digits) {
        return FunctionalCode.of(digits);
    }

    private static EconomicCode e(String digits) {
        return EconomicCode.of(digits);
    }

    @Test
    void bundledCatalogSaysItIsPartial() {
        assertThat(BUNDLED.isComplete()).isFalse();
        assertThat(BUNDLED.isComplete(Classification.FUNCTIONAL, CodeLevel.CLASS))
                .isTrue();
        assertThat(BUNDLED.isComplete(Classification.FUNCTIONAL, CodeLevel.ITEM))
                .isFalse();
        assertThat(BUNDLED.edition().covers(Year.of(2025))).isTrue();
        assertThat(BUNDLED.edition().covers(Year.of(2022))).isFalse();
        assertThat(BUNDLED.edition()).hasToString("2023–2026");
        assertThat(BUNDLED.toString()).contains("partial");
        assertThat(BUNDLED.functionalEntries()).hasSize(55);
        assertThat(BUNDLED.economicEntries(EconomicSystem.DEPARTMENT)).hasSize(109);
        assertThat(BUNDLED.economicEntries(EconomicSystem.GOVERNMENT)).hasSize(78);
    }

    @Test
    void missingCodeIsUnknownWhereThePartialCatalogCannotTell() {
        assertThat(BUNDLED.status(f("2080107"))).isEqualTo(CodeStatus.KNOWN);
        assertThat(BUNDLED.status(f("2010101"))).isEqualTo(CodeStatus.UNKNOWN);
        assertThat(BUNDLED.status(f("20102"))).isEqualTo(CodeStatus.UNKNOWN);
        assertThat(BUNDLED.status(f("299"))).isEqualTo(CodeStatus.INVALID);
        assertThat(BUNDLED.status(e("30217"))).isEqualTo(CodeStatus.KNOWN);
        assertThat(BUNDLED.status(e("30298"))).isEqualTo(CodeStatus.UNKNOWN);
        assertThat(BUNDLED.status(e("308"))).isEqualTo(CodeStatus.INVALID);
        assertThat(BUNDLED.status(e("598"))).isEqualTo(CodeStatus.UNKNOWN);
    }

    @Test
    void looksUpNamesLevelsParentsAndChildren() {
        CatalogEntry<FunctionalCode> entry = BUNDLED.functional(f("20801")).orElseThrow();
        assertThat(entry.name()).isEqualTo("人力资源和社会保障管理事务");
        assertThat(entry.level()).isEqualTo(CodeLevel.SECTION);
        assertThat(entry.parent()).contains(f("208"));
        assertThat(entry.variants()).contains("人力资源和社会保障管理", "人力资源和社会管理事务");
        assertThat(BUNDLED.children(f("20805")))
                .extracting(CatalogEntry::code)
                .containsExactly(f("2080501"), f("2080502"), f("2080505"), f("2080506"), f("2080507"));
        assertThat(BUNDLED.children(e("505")))
                .extracting(CatalogEntry::code)
                .containsExactly(e("50501"), e("50502"), e("50599"));
        assertThat(BUNDLED.economic(e("50202")).orElseThrow().nameVerified()).isFalse();
        assertThat(BUNDLED.economic(e("50201")).orElseThrow().nameVerified()).isTrue();
    }

    @Test
    void resolvesExactNamesWithOrdinalsAndSpaces() {
        NameResolution<FunctionalCode> r = BUNDLED.resolveFunctional("八、社会保障和就业支出");
        assertThat(r.status()).isEqualTo(Status.RESOLVED);
        assertThat(r.code()).contains(f("208"));
        assertThat(r.match()).contains(Match.EXACT);
        assertThat(BUNDLED.resolveFunctional("二十二、国有资本经营 预算支出").code()).contains(f("223"));
    }

    @Test
    void resolvesCutShortNames() {
        NameResolution<FunctionalCode> r = BUNDLED.resolveFunctional("对机关事业单位基本养老保险基金的");
        assertThat(r.code()).contains(f("2080507"));
        assertThat(r.match()).contains(Match.CUT_SHORT);
        // a published cut form the catalog records as a variant
        assertThat(BUNDLED.resolveFunctional("人力资源和社会保障管理").code()).contains(f("20801"));
        assertThat(BUNDLED.resolveFunctional("人力资源和社会保障管理").match()).contains(Match.VARIANT);
    }

    @Test
    void refusesCutShortNamesTooShortToTrust() {
        assertThat(BUNDLED.resolveFunctional("行政单位").status()).isEqualTo(Status.UNRESOLVED);
    }

    @Test
    void resolvesCodesPrintedInTheName() {
        NameResolution<FunctionalCode> r = BUNDLED.resolveFunctional("[2080108] 信息化建设");
        assertThat(r.code()).contains(f("2080108"));
        assertThat(r.match()).contains(Match.CODE_IN_NAME);
        assertThat(BUNDLED.resolveFunctional("【20801】人力资源和社会保障管理").code()).contains(f("20801"));
        assertThat(BUNDLED.resolveFunctional("2080108 信息化建设").code()).contains(f("2080108"));
        // a code the partial catalog lacks is still the code the document prints
        assertThat(BUNDLED.resolveFunctional("[2010101] 行政运行").code()).contains(f("2010101"));
        assertThat(BUNDLED.resolveEconomic("[30201] 办公费", EconomicSystem.DEPARTMENT)
                        .code())
                .contains(e("30201"));
    }

    @Test
    void reportsACodeThatItsNameContradicts() {
        NameResolution<FunctionalCode> r = BUNDLED.resolveFunctional("[2080108] 事业运行");
        assertThat(r.status()).isEqualTo(Status.CONFLICTING);
        assertThat(r.candidates()).containsExactly(f("2080108"), f("2080150"));
        assertThat(r.code()).isEmpty();
    }

    @Test
    void reportsAmbiguityInsteadOfGuessing() {
        NameResolution<FunctionalCode> r = BUNDLED.resolveFunctional("其他社会保障和就业支出");
        assertThat(r.status()).isEqualTo(Status.AMBIGUOUS);
        assertThat(r.candidates()).containsExactly(f("20899"), f("2089999"));
        // the table's layout can narrow the choice
        assertThat(BUNDLED.resolveFunctional("其他社会保障和就业支出", c -> c.level() == CodeLevel.ITEM)
                        .code())
                .contains(f("2089999"));
        NameResolution<EconomicCode> building = BUNDLED.resolveEconomic("房屋建筑物购建", EconomicSystem.DEPARTMENT);
        assertThat(building.candidates()).containsExactly(e("30901"), e("31001"));
        assertThat(BUNDLED.resolveEconomic(
                                "房屋建筑物购建",
                                EconomicSystem.DEPARTMENT,
                                c -> c.parent().equals(Optional.of(e("310"))))
                        .code())
                .contains(e("31001"));
    }

    @Test
    void resolvesEconomicNamesInTheirSystem() {
        assertThat(BUNDLED.resolveEconomic("工资福利支出", EconomicSystem.DEPARTMENT).code())
                .contains(e("301"));
        assertThat(BUNDLED.resolveEconomic("工资福利支出", EconomicSystem.GOVERNMENT).code())
                .contains(e("50501"));
        assertThat(BUNDLED.resolveEconomic("基本工资", EconomicSystem.GOVERNMENT).status())
                .isEqualTo(Status.UNRESOLVED);
        assertThat(BUNDLED.resolveEconomic("不存在的经济科目名称", EconomicSystem.DEPARTMENT)
                        .candidates())
                .isEmpty();
    }

    @Test
    void mapsDepartmentCodesToGovernmentCodesByUnitType() {
        assertThat(BUNDLED.governmentCodes(e("30101"), UnitType.ADMINISTRATIVE)).containsExactly(e("50101"));
        assertThat(BUNDLED.governmentCodes(e("30101"), UnitType.PUBLIC_INSTITUTION))
                .containsExactly(e("50501"));
        assertThat(BUNDLED.governmentCodes(e("30217"), UnitType.PUBLIC_INSTITUTION))
                .containsExactly(e("50206"));
        assertThat(BUNDLED.governmentCodes(e("31099"), UnitType.PUBLIC_INSTITUTION))
                .containsExactly(e("50601"), e("50602"));
        assertThat(BUNDLED.governmentCodes(e("30101"), UnitType.CIVIL_SERVICE_MANAGED_INSTITUTION))
                .isEmpty();
        assertThatThrownBy(() -> BUNDLED.governmentCodes(e("50101"), UnitType.ADMINISTRATIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("50101");
    }

    @Test
    void loadsAFullCatalogFromCsvAndChecksExactly(@TempDir Path dir) throws Exception {
        Path functional = dir.resolve("functional.csv");
        Files.writeString(
                functional,
                "\uFEFFcode,name,level,parent\n"
                        + "201,一般公共服务支出,类,\n"
                        + "20101,人大事务,款,201\n"
                        + "2010101,行政运行,项,20101\n"
                        + "20102,政协事务,款,201\n"
                        + "2010201,行政运行,项,20102\n"
                        + "\"2010250\",\"事业运行, 其他\",item,20102\n");
        ClassificationCatalog full = ClassificationCatalog.builder(Y2026)
                .readFunctional(functional)
                .complete(Classification.FUNCTIONAL)
                .build();
        assertThat(full.status(f("2010101"))).isEqualTo(CodeStatus.KNOWN);
        assertThat(full.status(f("2010102"))).isEqualTo(CodeStatus.INVALID);
        assertThat(full.isComplete(Classification.FUNCTIONAL, CodeLevel.ITEM)).isTrue();
        assertThat(full.functional(f("2010250")).orElseThrow().name()).isEqualTo("事业运行, 其他");
        assertThat(full.resolveFunctional("行政运行").candidates()).containsExactly(f("2010101"), f("2010201"));
        assertThat(full.resolveFunctional("行政运行", f("20102")::isAncestorOf).code())
                .contains(f("2010201"));
    }

    @Test
    void reportsMalformedCatalogRowsWithLineAndColumn() {
        assertFormatError("code,name,level,parent\n201,一般公共服务支出,class,\n2010X,人大事务,section,201\n", 3, 1, "2010X");
        assertFormatError("code,name,level,parent\n201,一般公共服务支出,class,\n20101,人大事务,item,201\n", 3, 12, "does not fit");
        assertFormatError("code,name,level,parent\n201,一般公共服务支出,class,\n20101,人大事务,section,202\n", 3, 20, "202");
        assertFormatError("code,name,level,parent\n201,一般公共服务支出,class,\n201,重复,class,\n", 3, 1, "duplicate");
        assertFormatError("code,name,level,parent\n20101,人大事务,section,201\n", 2, 1, "parent 201");
        assertFormatError("code,name,level\n201,一般公共服务支出,class\n", 1, 0, "missing column \"parent\"");
        assertFormatError("code,name,level,parent\n201,\"一般公共服务支出,class,\n", 2, 5, "unclosed quote");
        assertFormatError("code,name,level,parent\n201,一般公共服务支出,class,,extra\n", 2, 21, "more cells");
        assertFormatError("code,name,level,parent\n201,,class,\n", 2, 5, "blank");
    }

    private static void assertFormatError(String csv, int line, int column, String reason) {
        assertThatThrownBy(() -> ClassificationCatalog.builder(Y2026)
                        .readFunctional(new StringReader(csv), "test.csv")
                        .build())
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining(reason)
                .satisfies(ex -> {
                    BudgetFormatException b = (BudgetFormatException) ex;
                    assertThat(b.source()).isEqualTo("test.csv");
                    assertThat(b.line()).as("line").isEqualTo(line);
                    assertThat(b.column()).as("column").isEqualTo(column);
                });
    }

    @Test
    void rejectsAMappingToCodesTheCatalogLacks() {
        String economic = "code,name,level,parent\n301,工资福利支出,class,\n30101,基本工资,section,301\n";
        String mapping = "department_code,unit_type,government_code\n30101,administrative,50101\n";
        assertThatThrownBy(() -> ClassificationCatalog.builder(Y2026)
                        .readEconomic(new StringReader(economic), "economic.csv")
                        .readMapping(new StringReader(mapping), "mapping.csv")
                        .build())
                .isInstanceOf(BudgetFormatException.class)
                .hasMessageContaining("mapping.csv:2:")
                .hasMessageContaining("50101");
    }
}

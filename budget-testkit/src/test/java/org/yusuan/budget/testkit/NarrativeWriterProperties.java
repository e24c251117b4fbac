package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.disclosure.BudgetDisclosure;
import org.yusuan.budget.core.disclosure.Disclosure;
import org.yusuan.budget.core.disclosure.NarrativeChange;
import org.yusuan.budget.core.disclosure.NarrativeFigure;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountFormat;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.core.table.CellRef;
import org.yusuan.budget.io.text.DisclosureImporter;
import org.yusuan.budget.io.text.NarrativeWriter;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/**
 * Laws of the narrative written from the tables: it imports back to figures linked to their cells
 * with no narrative finding, and one figure or one direction word changed is found, once, on its
 * line.
 */
class NarrativeWriterProperties {
    private static final Budgets BUDGETS = Budgets.of(ClassificationCatalog.bundled());
    private static final Validator VALIDATOR = Validator.builder().build();
    private static final DisclosureImporter IMPORTER = DisclosureImporter.standard();
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern DIRECTION = Pattern.compile(".*(增加|减少|增长|下降)$");
    private static final AmountFormat WAN_YUAN =
            AmountFormat.of(AmountUnit.WAN_YUAN, 2).withGrouping(true);

    /** This year's and last year's disclosure of a unit. */
    record TwoYears(BudgetDisclosure current, BudgetDisclosure lastYear) {
        String text() {
            return TextRendering.render(current, NarrativeWriter.write(current, lastYear));
        }
    }

    @Provide
    Arbitrary<TwoYears> twoYears() {
        return Combinators.combine(BUDGETS.consistentDisclosures(), BUDGETS.consistentDisclosures())
                .as(TwoYears::new);
    }

    private static Disclosure read(String text) {
        return IMPORTER.read(text, "rendered.txt").disclosure();
    }

    private static List<Finding> aboveInfo(Disclosure d) {
        return VALIDATOR.validate(d).findings().stream()
                .filter(f -> f.severity() != Severity.INFO)
                .toList();
    }

    @Property(tries = 100)
    void theWrittenNarrativeImportsBackLinkedToItsCellsWithNoNarrativeFinding(@ForAll("twoYears") TwoYears years) {
        Disclosure back = read(years.text());
        assertThat(back.narrative()).isNotEmpty();
        // every figure but a change (比上年增加…，增长…) states a cell; every share has its whole
        assertThat(back.narrative())
                .filteredOn(f -> !DIRECTION.matcher(f.label()).matches())
                .allSatisfy(f -> assertThat(f.cell()).as(f.quote()).isPresent())
                .filteredOn(f -> f.unit() == NarrativeFigure.Unit.PERCENT)
                .allSatisfy(f -> assertThat(f.base()).as(f.quote()).isPresent());
        ValidationReport report = VALIDATOR.validate(back);
        assertThat(report.findings())
                .as(report.toString())
                .noneMatch(f -> f.ruleId().startsWith("NAR-"));
        assertThat(back.changes()).isNotEmpty();
    }

    @Property(tries = 100)
    void oneFigureChangedBeyondItsRoundingIsOneNarrativeFindingOnItsLine(
            @ForAll("twoYears") TwoYears years,
            @ForAll @IntRange(min = 0, max = 10_000) int which,
            @ForAll @IntRange(min = 1, max = 99_999) int bump) {
        String text = years.text();
        Disclosure back = read(text);
        List<NarrativeFigure> linked =
                back.narrative().stream().filter(f -> f.cell().isPresent()).toList();
        NarrativeFigure figure = linked.get(which % linked.size());
        String changed = figure.unit() == NarrativeFigure.Unit.PERCENT
                ? new BigDecimal(bump)
                        .movePointLeft(2)
                        .add(shareBeyondRounding(back, figure))
                        .setScale(2, RoundingMode.UP)
                        .toPlainString()
                : WAN_YUAN.format(Amount.of(figure.value(), AmountUnit.WAN_YUAN)
                        .plus(Amount.parse(new BigDecimal(bump).movePointLeft(2).toPlainString(), AmountUnit.WAN_YUAN))
                        .plus(Amount.parse("0.02", AmountUnit.WAN_YUAN)));
        int line = figure.sourceLine().getAsInt();
        String edited = replaceOnLine(
                text, line, occurrence(back, figure), figure.quote(), lastNumber(figure.quote(), changed));

        List<Finding> found = aboveInfo(read(edited));
        assertThat(found).as(figure.quote() + " → " + changed).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).startsWith("NAR-");
            assertThat(f.location().sourceLine()).hasValue(line);
        });
    }

    @Property(tries = 100)
    void oneDirectionWordTurnedIsOneDirectionFindingOnItsLine(
            @ForAll("twoYears") TwoYears years,
            @ForAll @IntRange(min = 0, max = 10_000) int which,
            @ForAll boolean turnTheRate) {
        String text = years.text();
        Disclosure back = read(text);
        // where the sentence decides: a changed amount and its rate, both printed nonzero
        List<NarrativeChange> decidable = back.changes().stream()
                .filter(c -> c.movements().size() == 2)
                .filter(c ->
                        c.movements().stream().allMatch(m -> m.figure().value().signum() > 0))
                .toList();
        Assume.that(!decidable.isEmpty());
        NarrativeChange change = decidable.get(which % decidable.size());
        NarrativeChange.Movement movement = change.movements().get(turnTheRate ? 1 : 0);
        String quote = movement.figure().quote();
        int at = quote.lastIndexOf(movement.word());
        String turned = quote.substring(0, at)
                + opposite(movement.word())
                + quote.substring(at + movement.word().length());
        String sentence = change.quote();
        String editedSentence = sentence.replaceFirst(Pattern.quote(quote), Matcher.quoteReplacement(turned));
        int line = change.sourceLine().getAsInt();
        String edited = replaceOnLine(text, line, 0, sentence, editedSentence);

        List<Finding> found = aboveInfo(read(edited));
        assertThat(found).as(sentence + " → " + editedSentence).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NAR-DIRECTION");
            assertThat(f.location().sourceLine()).hasValue(line);
        });
    }

    private static String opposite(String word) {
        return switch (word) {
            case "增加" -> "减少";
            case "减少" -> "增加";
            case "增长" -> "下降";
            case "下降" -> "增长";
            default -> throw new IllegalArgumentException(word);
        };
    }

    /**
     * The highest percentage the share's cells allow (the validator's interval: part up half a
     * unit over base down half a unit), plus a hundredth: beyond its rounding.
     */
    private static BigDecimal shareBeyondRounding(Disclosure d, NarrativeFigure share) {
        BigDecimal part = cell(d, share.cell().orElseThrow());
        BigDecimal base = cell(d, share.base().orElseThrow());
        BigDecimal half = new BigDecimal("0.005");
        return part.add(half)
                .multiply(BigDecimal.valueOf(100))
                .divide(base.subtract(half), MathContext.DECIMAL64)
                .add(new BigDecimal("0.01"));
    }

    private static BigDecimal cell(Disclosure d, CellRef ref) {
        return d.table(ref.table())
                .flatMap(t -> t.row(ref.section(), ref.row()))
                .flatMap(r -> r.cell(ref.column()))
                .orElseThrow()
                .toBigDecimal(AmountUnit.WAN_YUAN);
    }

    /** Which occurrence of its quote on its line a figure is (the same words can be printed twice). */
    private static int occurrence(Disclosure d, NarrativeFigure figure) {
        int n = 0;
        for (NarrativeFigure f : d.narrative()) {
            if (f == figure) {
                return n;
            }
            if (f.sourceLine().equals(figure.sourceLine()) && f.quote().equals(figure.quote())) {
                n++;
            }
        }
        throw new IllegalStateException("not read: " + figure);
    }

    /** The quote with its last number printed as {@code value}. */
    private static String lastNumber(String quote, String value) {
        Matcher m = NUMBER.matcher(quote);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        return quote.substring(0, start) + value + quote.substring(end);
    }

    private static String replaceOnLine(String text, int lineNumber, int occurrence, String what, String by) {
        String[] lines = text.split("\n", -1);
        String line = lines[lineNumber - 1];
        int at = -1;
        for (int k = 0; k <= occurrence; k++) {
            at = line.indexOf(what, at + 1);
        }
        assertThat(at).as("\"" + what + "\" on line " + lineNumber).isNotNegative();
        lines[lineNumber - 1] = line.substring(0, at) + by + line.substring(at + what.length());
        return String.join("\n", lines);
    }
}

package org.yusuan.budget.cli.internal;

import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import org.yusuan.budget.core.code.ClassificationCatalog;
import org.yusuan.budget.core.money.Amount;
import org.yusuan.budget.core.money.AmountUnit;
import org.yusuan.budget.validation.Language;
import org.yusuan.budget.validation.Tolerance;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** The values of options several commands share, read from their text. */
public final class Options {
    private Options() {}

    /** {@code --lang zh|en}. */
    public static final class LanguageConverter implements ITypeConverter<Language> {
        /** Creates the converter (picocli instantiates it). */
        public LanguageConverter() {}

        @Override
        public Language convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "zh", "chinese", "中文" -> Language.CHINESE;
                case "en", "english" -> Language.ENGLISH;
                default -> throw new TypeConversionException("'" + value + "' is not zh or en");
            };
        }
    }

    /** {@code --tolerance exact|tails|AMOUNT}, the amount in 万元. */
    public static final class ToleranceConverter implements ITypeConverter<Tolerance> {
        /** Creates the converter (picocli instantiates it). */
        public ToleranceConverter() {}

        @Override
        public Tolerance convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "exact":
                    return Tolerance.exact();
                case "tails":
                    return Tolerance.roundingTails();
                default:
                    try {
                        return Tolerance.absolute(Amount.parse(value, AmountUnit.WAN_YUAN));
                    } catch (IllegalArgumentException e) {
                        throw new TypeConversionException("'" + value
                                + "' is not exact, tails or an amount of 万元 no finer than a fen (0.000001 万元): "
                                + e.getMessage());
                    }
            }
        }
    }

    /**
     * The catalog for {@code --edition YEAR}. The library has one catalog, the bundled partial one
     * (edition 2023–2026); a year it does not cover is an argument error, not a silent fallback.
     * Without the option, the bundled catalog is used whatever the disclosure's year (its rules
     * then say nothing about codes of years it does not cover).
     *
     * @param edition the year asked for, if any
     * @param commandLine the command, for the error
     * @return the catalog
     * @throws ParameterException if no catalog covers the year
     */
    public static ClassificationCatalog catalog(Optional<Year> edition, CommandLine commandLine) {
        ClassificationCatalog bundled = ClassificationCatalog.bundled();
        if (edition.isPresent() && !bundled.edition().covers(edition.get())) {
            throw new ParameterException(
                    commandLine,
                    "no catalog edition covers " + edition.get() + ": the only one is the bundled catalog, edition "
                            + bundled.edition());
        }
        return bundled;
    }
}
